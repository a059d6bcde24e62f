/**
 * `npm run bench`: how long one notification takes, side by side with what it is compared to.
 *
 * Starts an SMTP server on 127.0.0.1 (implicit TLS, a certificate generated for the run and
 * trusted through NODE_EXTRA_CA_CERTS), then runs in turns, each as a fresh Node process:
 *   - action:     dist/index.js, as the runner runs it (INPUT_* variables, command files);
 *   - nodemailer: scripts/bench-nodemailer.mjs, a bare script sending the same message;
 *   - empty:      node -e "".
 * Prints the median wall time of each, the ratios, the peak memory (maxRSS, measured in
 * separate runs so the hook that reads it does not cost the timed ones anything), the bundle
 * size, and how fast a send fails against a closed port and a server that never greets.
 *
 * Options: --runs N (timed runs per variant after one warm-up, default 15), --json (one JSON
 * object instead of the table), --check (exit 1 when a target is missed), --compare FILE (also
 * time another script, such as an experimental build, that must exit 0; may be repeated),
 * --floor (also bundle scripts/bench-floor.mjs, nodemailer's smallest send, with ncc and time
 * it: what is left of the action's time once its own code is taken away).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { APP_PASSWORD as PASSWORD, RUNNER_ENV, USERNAME } from '../__tests__/support/action.ts'
import { createTestPki } from '../__tests__/support/certs.ts'
import { closedPort, startGmailDouble } from '../__tests__/support/gmail-double.ts'
import { composeMessage } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'

const ROOT = join(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const BUNDLE = join(DIST, 'index.js')
const BARE_SCRIPT = join(ROOT, 'scripts', 'bench-nodemailer.mjs')
const USAGE_HOOK = join(ROOT, 'scripts', 'bench-usage.mjs')
const FLOOR_SCRIPT = join(ROOT, 'scripts', 'bench-floor.mjs')
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/** The targets of issue 6. */
const TARGETS = {
  vsNodemailer: 0.75,
  vsEmptyNode: 3.5,
  peakMiB: 64,
  closedPortMs: 1000,
  /** Added to `timeout` for a server that never greets. */
  silentGraceMs: 1000
}

const { values: flags } = parseArgs({
  options: {
    runs: { type: 'string', default: '15' },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
    compare: { type: 'string', multiple: true, default: [] },
    floor: { type: 'boolean', default: false }
  }
})
const runs = Number(flags.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1')

const EVENT = {
  head_commit: {
    id: RUNNER_ENV.GITHUB_SHA,
    message: 'Speed up the notification step\n\nLoad only what a send needs.',
    author: { name: 'Mona Lisa', username: 'mona' }
  }
}
const TO = 'team@example.com'

interface Outcome {
  ms: number
  code: number | null
  output: string
}

function runNode(args: readonly string[], env: NodeJS.ProcessEnv): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ ms: performance.now() - started, code, output }))
  })
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

const work = mkdtempSync(join(tmpdir(), 'notify-bench-'))
const pki = await createTestPki()
const double = await startGmailDouble({ mode: 'implicit', keyPath: pki.keyPath, certPath: pki.certPath })

try {
  const eventPath = join(work, 'event.json')
  writeFileSync(eventPath, JSON.stringify(EVENT))
  const inputs: Record<string, string> = {
    INPUT_SERVER: double.host,
    INPUT_PORT: String(double.port),
    INPUT_SECURE: 'true',
    INPUT_USERNAME: USERNAME,
    INPUT_PASSWORD: PASSWORD,
    INPUT_TO: TO,
    INPUT_STATUS: 'success',
    INPUT_TIMEOUT: '5'
  }
  // The message the action composes, so the bare script sends the same bytes of content.
  const composed = await composeMessage({ status: 'success' }, buildRunContext(RUNNER_ENV, EVENT))
  const messagePath = join(work, 'message.json')
  writeFileSync(messagePath, JSON.stringify({ from: USERNAME, to: TO, ...composed }))

  /** Every process gets the same environment, so each pays the same to load the CA file. */
  const environment = (name: string, extra: Record<string, string> = {}): NodeJS.ProcessEnv => {
    const output = join(work, `${name}-output`)
    const summary = join(work, `${name}-summary`)
    writeFileSync(output, '')
    writeFileSync(summary, '')
    return {
      PATH: process.env.PATH,
      NODE_EXTRA_CA_CERTS: pki.caPath,
      ...RUNNER_ENV,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
      BENCH_MESSAGE: messagePath,
      ...inputs,
      ...extra
    }
  }

  const floorBundle = join(work, 'floor', 'index.mjs')
  if (flags.floor) execFileSync(process.execPath, [NCC, 'build', FLOOR_SCRIPT, '-o', join(work, 'floor'), '--quiet'], { stdio: 'inherit' })

  const variants: { name: string; args: string[]; sends: boolean }[] = [
    { name: 'action', args: [BUNDLE], sends: true },
    { name: 'nodemailer', args: [BARE_SCRIPT], sends: true },
    { name: 'empty', args: ['-e', ''], sends: false },
    ...(flags.floor ? [{ name: 'floor', args: [floorBundle], sends: true }] : []),
    ...flags.compare.map((file) => ({ name: file, args: [file], sends: false }))
  ]
  const times: Record<string, number[]> = Object.fromEntries(variants.map((variant) => [variant.name, []]))

  // Round 0 is the warm-up (file cache, the server's first TLS handshakes); it is not counted.
  for (let round = 0; round <= runs; round++) {
    // Rotated each round, so no variant always runs right after the same one.
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length]
      const before = double.messages.length
      const outcome = await runNode(variant.args, environment(String(i)))
      if (outcome.code !== 0 || (variant.sends && double.messages.length !== before + 1)) {
        throw new Error(`${variant.name} did not send (exit ${outcome.code}):\n${outcome.output}`)
      }
      if (round > 0) times[variant.name].push(outcome.ms)
    }
  }

  // Peak memory and CPU time: separate runs, in turns too, with a hook that reads them when the
  // process exits. CPU time hardly changes with the load of the machine, wall time does.
  const peakKiB: Record<string, number> = {}
  const cpu: Record<string, number[]> = Object.fromEntries(variants.map((variant) => [variant.name, []]))
  for (let round = 0; round < Math.max(3, Math.ceil(runs / 2)); round++) {
    for (let i = 0; i < variants.length; i++) {
      const variant = variants[(i + round) % variants.length]
      const usageFile = join(work, 'usage.json')
      const outcome = await runNode(['--import', USAGE_HOOK, ...variant.args], environment('usage', { BENCH_USAGE_FILE: usageFile }))
      if (outcome.code !== 0) throw new Error(`${variant.name} failed under the usage hook:\n${outcome.output}`)
      const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { maxRssKiB: number; cpuMs: number }
      peakKiB[variant.name] = Math.max(peakKiB[variant.name] ?? 0, usage.maxRssKiB)
      cpu[variant.name].push(usage.cpuMs)
    }
  }

  // Failing fast.
  const refused = await runNode([BUNDLE], environment('refused', { INPUT_PORT: String(await closedPort()) }))
  const silent = await startGmailDouble({ mode: 'implicit', keyPath: pki.keyPath, certPath: pki.certPath, greet: false })
  const silentTimeoutSeconds = 2
  const neverGreets = await runNode(
    [BUNDLE],
    environment('silent', { INPUT_PORT: String(silent.port), INPUT_TIMEOUT: String(silentTimeoutSeconds), INPUT_RETRIES: '0' })
  )
  await silent.close()
  for (const [name, outcome] of [
    ['closed port', refused],
    ['never greets', neverGreets]
  ] as const) {
    if (outcome.code !== 1) throw new Error(`${name}: expected the action to fail with exit 1, got ${outcome.code}:\n${outcome.output}`)
  }

  const bundleFiles = readdirSync(DIST).filter((file) => file.endsWith('.js'))
  const bundleBytes = bundleFiles.reduce((sum, file) => sum + statSync(join(DIST, file)).size, 0)
  const entryBytes = statSync(BUNDLE).size

  const medians = Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]))
  const vsNodemailer = medians.action / medians.nodemailer
  const vsEmptyNode = medians.action / medians.empty
  const peakMiB = Object.fromEntries(Object.entries(peakKiB).map(([name, kib]) => [name, kib / 1024]))
  const checks = [
    { target: `action ≤ ${TARGETS.vsNodemailer}× bare nodemailer`, value: `${vsNodemailer.toFixed(2)}×`, met: vsNodemailer <= TARGETS.vsNodemailer },
    { target: `action ≤ ${TARGETS.vsEmptyNode}× empty node`, value: `${vsEmptyNode.toFixed(2)}×`, met: vsEmptyNode <= TARGETS.vsEmptyNode },
    { target: `action peak memory ≤ ${TARGETS.peakMiB} MiB`, value: `${peakMiB.action.toFixed(1)} MiB`, met: peakMiB.action <= TARGETS.peakMiB },
    { target: `closed port fails within ${TARGETS.closedPortMs} ms`, value: `${Math.round(refused.ms)} ms`, met: refused.ms <= TARGETS.closedPortMs },
    {
      target: `silent server fails within timeout (${silentTimeoutSeconds} s) + ${TARGETS.silentGraceMs} ms`,
      value: `${Math.round(neverGreets.ms)} ms`,
      met: neverGreets.ms <= silentTimeoutSeconds * 1000 + TARGETS.silentGraceMs
    }
  ]

  const report = {
    node: process.version,
    runs,
    medianMs: medians,
    minMs: Object.fromEntries(Object.entries(times).map(([name, values]) => [name, Math.min(...values)])),
    ratios: { vsNodemailer, vsEmptyNode, ...(flags.floor ? { floorVsEmptyNode: medians.floor / medians.empty } : {}) },
    peakMiB,
    cpuMs: Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, median(values)])),
    bundle: { files: bundleFiles, bytes: bundleBytes, entryBytes },
    failFastMs: { closedPort: refused.ms, neverGreets: neverGreets.ms, neverGreetsTimeoutSeconds: silentTimeoutSeconds },
    targetsMet: checks.every((c) => c.met)
  }

  if (flags.json) {
    console.log(JSON.stringify(report, null, 2))
  } else {
    const ms = (value: number) => `${value.toFixed(1)} ms`.padStart(10)
    console.log(`Node ${process.version}, ${runs} timed runs of each after a warm-up, run in turns.\n`)
    const width = Math.max(...variants.map((variant) => variant.name.length))
    console.log(`${'variant'.padEnd(width)}  wall median   wall min   CPU median   peak memory`)
    for (const variant of variants) {
      const name = variant.name
      console.log(
        `${name.padEnd(width)} ${ms(medians[name]).padStart(12)} ${ms(report.minMs[name])} ${ms(report.cpuMs[name]).padStart(12)} ${`${peakMiB[name].toFixed(1)} MiB`.padStart(13)}`
      )
    }
    console.log(`\nCPU time is user + system, read at exit in separate runs; it varies less with the machine's load than wall time.`)
    console.log(`bundle: ${bundleFiles.join(', ')}: ${(bundleBytes / 1024).toFixed(0)} KiB (entry ${(entryBytes / 1024).toFixed(0)} KiB)\n`)
    for (const check of checks) console.log(`${check.met ? 'met   ' : 'MISSED'}  ${check.target}: ${check.value}`)
    if (flags.floor) {
      console.log(
        `\nfloor (nodemailer's smallest send, bundled): ${report.ratios.floorVsEmptyNode!.toFixed(2)}× empty node; ` +
          `the action takes ${(medians.action - medians.floor).toFixed(1)} ms more (${((medians.action / medians.floor - 1) * 100).toFixed(0)} %)`
      )
    }
  }
  if (flags.check && !report.targetsMet) process.exitCode = 1
} finally {
  await double.close()
  rmSync(work, { recursive: true, force: true })
  rmSync(pki.dir, { recursive: true, force: true })
}
