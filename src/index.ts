import { run } from './main.ts'
import { runnerCore } from './runner.ts'
import { stopOptimisingCompilers } from './short-lived.ts'

stopOptimisingCompilers()
await run(runnerCore)
