import { run } from './main.ts'
import { runnerCore } from './runner.ts'
import { stopOptimisingCompilers } from './short-lived.ts'

/** A cancelled step that has not ended by itself within this long is ended without its report. */
const CANCEL_GRACE_MS = 3000

// A cancelled run gets SIGINT, then SIGTERM a few seconds later. Either one aborts the work
// under way, and run() reports what it was doing through its usual failure path; without
// the handlers Node would die at once, without a word.
const cancellation = new AbortController()
const cancel = (signal: NodeJS.Signals) => {
  cancellation.abort(signal)
  // Unref'd: it only ends a run that something keeps alive, never waits itself.
  setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref()
}
process.on('SIGINT', cancel)
process.on('SIGTERM', cancel)

stopOptimisingCompilers()
await run(runnerCore, { signal: cancellation.signal })
// The report is written: nothing left can change the outcome. A socket of abandoned work (a
// cancelled send, a history lookup outlived by a failure) must not keep the step alive. The
// empty write calls back once everything printed before it is out.
process.stdout.write('', () => process.exit())
