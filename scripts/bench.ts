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
 * it: what is left of the action's time once its own code is taken away; the start-up target
 * is relative to it), --latency MS (also time a success mail and a failed run that reads one
 * failed job and its log from an API stand-in, with every server behind a proxy that makes a
 * round trip cost MS milliseconds, and report the round trips each waited).
 */
import { execFileSync, spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { APP_PASSWORD as PASSWORD, RUNNER_ENV, USERNAME } from '../__tests__/support/action.ts'
import { createTestPki } from '../__tests__/support/certs.ts'
import { startApiDouble } from '../__tests__/support/github-api-double.ts'
import { closedPort, startGmailDouble } from '../__tests__/support/gmail-double.ts'
import { composeMessage } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'
import { escapeNonAscii } from './ascii-bundle.ts'
import { startDelayProxy } from './delay-proxy.ts'

const ROOT = join(import.meta.dirname, '..')
const DIST = join(ROOT, 'dist')
const BUNDLE = join(DIST, 'index.js')
const BARE_SCRIPT = join(ROOT, 'scripts', 'bench-nodemailer.mjs')
const USAGE_HOOK = join(ROOT, 'scripts', 'bench-usage.mjs')
const FLOOR_SCRIPT = join(ROOT, 'scripts', 'bench-floor.mjs')
const NCC = join(ROOT, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

/**
 * The targets (issue 13): start-up relative to nodemailer's own floor, which no code of the
 * action can go below, rather than to an empty Node, which the floor alone already exceeds.
 */
const TARGETS = {
  vsFloor: 1.15,
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
    floor: { type: 'boolean', default: false },
    latency: { type: 'string' }
  }
})
const runs = Number(flags.runs)
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs takes a whole number of at least 1')
const roundTripMs = flags.latency === undefined ? undefined : Number(flags.latency)
if (roundTripMs !== undefined && !(Number.isInteger(roundTripMs) && roundTripMs > 0))
  throw new Error('--latency takes a round trip in whole milliseconds, at least 1')

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
  if (flags.floor) {
    execFileSync(process.execPath, [NCC, 'build', FLOOR_SCRIPT, '-o', join(work, 'floor'), '--quiet'], { stdio: 'inherit' })
    // Made ASCII as the action's bundle is (npm run bundle), so the two hold their source alike.
    writeFileSync(floorBundle, escapeNonAscii(readFileSync(floorBundle, 'utf8')))
  }

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
  const vsFloor = flags.floor ? medians.action / medians.floor : undefined
  const peakMiB = Object.fromEntries(Object.entries(peakKiB).map(([name, kib]) => [name, kib / 1024]))
  const checks = [
    vsFloor === undefined
      ? { target: `action ≤ ${TARGETS.vsFloor}× the floor`, value: 'not measured (add --floor)', met: true }
      : { target: `action ≤ ${TARGETS.vsFloor}× the floor`, value: `${vsFloor.toFixed(2)}×`, met: vsFloor <= TARGETS.vsFloor },
    { target: `action peak memory ≤ ${TARGETS.peakMiB} MiB`, value: `${peakMiB.action.toFixed(1)} MiB`, met: peakMiB.action <= TARGETS.peakMiB },
    { target: `closed port fails within ${TARGETS.closedPortMs} ms`, value: `${Math.round(refused.ms)} ms`, met: refused.ms <= TARGETS.closedPortMs },
    {
      target: `silent server fails within timeout (${silentTimeoutSeconds} s) + ${TARGETS.silentGraceMs} ms`,
      value: `${Math.round(neverGreets.ms)} ms`,
      met: neverGreets.ms <= silentTimeoutSeconds * 1000 + TARGETS.silentGraceMs
    }
  ]

  const latency = roundTripMs === undefined ? undefined : await measureLatency(roundTripMs)

  const report = {
    node: process.version,
    runs,
    medianMs: medians,
    minMs: Object.fromEntries(Object.entries(times).map(([name, values]) => [name, Math.min(...values)])),
    ratios: { vsNodemailer, vsEmptyNode, ...(flags.floor ? { vsFloor, floorVsEmptyNode: medians.floor / medians.empty } : {}) },
    peakMiB,
    cpuMs: Object.fromEntries(Object.entries(cpu).map(([name, values]) => [name, median(values)])),
    bundle: { files: bundleFiles, bytes: bundleBytes, entryBytes },
    failFastMs: { closedPort: refused.ms, neverGreets: neverGreets.ms, neverGreetsTimeoutSeconds: silentTimeoutSeconds },
    targets: TARGETS,
    targetsMet: checks.every((c) => c.met),
    ...(latency ? { latency } : {})
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
    console.log(`bundle: ${bundleFiles.join(', ')}: ${(bundleBytes / 1024).toFixed(0)} KiB (entry ${(entryBytes / 1024).toFixed(0)} KiB)`)
    console.log(`action: ${vsNodemailer.toFixed(2)}× the bare nodemailer script, ${vsEmptyNode.toFixed(2)}× empty node\n`)
    for (const check of checks) console.log(`${check.met ? 'met   ' : 'MISSED'}  ${check.target}: ${check.value}`)
    if (flags.floor) {
      console.log(
        `\nfloor (nodemailer's smallest send, bundled): ${report.ratios.floorVsEmptyNode!.toFixed(2)}× empty node; ` +
          `the action takes ${(medians.action - medians.floor).toFixed(1)} ms more (${((medians.action / medians.floor - 1) * 100).toFixed(0)} %)`
      )
    }
    if (latency) {
      console.log(
        `\nOn a far network: ${latency.roundTripMs} ms per round trip (a delaying proxy in front of the SMTP server, the API and the log host), ` +
          `median of ${runs} runs each; "round trips" is the time added by the delay divided by one round trip.\n`
      )
      const pathWidth = Math.max(...latency.paths.map((path) => path.name.length))
      console.log(`${'path'.padEnd(pathWidth)}  no delay  ${`${latency.roundTripMs} ms RTT`.padStart(10)}      waited  round trips`)
      for (const path of latency.paths) {
        console.log(
          `${path.name.padEnd(pathWidth)} ${ms(path.directMs)} ${ms(path.delayedMs).padStart(11)} ${ms(path.waitedMs).padStart(11)} ${path.roundTrips.toFixed(1).padStart(12)}`
        )
      }
    }
  }
  if (flags.check && !report.targetsMet) process.exitCode = 1

  /**
   * Times each path with its servers behind a delaying proxy, once without delay and once with
   * `rtt` per round trip, in turns; the difference is what the path waited on the network.
   */
  async function measureLatency(rtt: number) {
    const smtp = await startGmailDouble({ mode: 'implicit', keyPath: pki.keyPath, certPath: pki.certPath })
    const api = await startApiDouble({
      tls: { keyPath: pki.keyPath, certPath: pki.certPath },
      jobs: [
        {
          id: 21,
          name: 'build',
          html_url: `https://github.com/${RUNNER_ENV.GITHUB_REPOSITORY}/actions/runs/${RUNNER_ENV.GITHUB_RUN_ID}/job/21`,
          status: 'completed',
          conclusion: 'failure',
          steps: [{ name: 'Compile', status: 'completed', conclusion: 'failure' }]
        }
      ],
      logs: { 21: '2026-11-26T21:00:00Z Compiling 412 files\n2026-11-26T21:00:09Z ##[error]src/main.ts(3,7): error TS2322\n' }
    })
    const paths: { name: string; args: string[]; extra: (api: string) => Record<string, string> }[] = [
      { name: 'success mail: action', args: [BUNDLE], extra: () => ({}) },
      { name: 'success mail: bare nodemailer', args: [BARE_SCRIPT], extra: () => ({}) },
      ...(flags.floor ? [{ name: 'success mail: floor', args: [floorBundle], extra: () => ({}) }] : []),
      {
        name: 'failed run, one job and its log from the API: action',
        args: [BUNDLE],
        extra: (apiUrl: string) => ({ INPUT_STATUS: 'failure', 'INPUT_GITHUB-TOKEN': 'ghs_bench0123456789abcdefghijklmnopqrstu', GITHUB_API_URL: apiUrl })
      }
    ]
    const samples = new Map<string, number[]>(paths.flatMap((path) => [0, rtt].map((delay) => [`${path.name}@${delay}`, []])))
    try {
      for (const delay of [0, rtt]) {
        const proxies = await Promise.all([smtp.port, new URL(api.url).port, new URL(api.blobsUrl).port].map((port) => startDelayProxy(Number(port), delay)))
        const [smtpProxy, apiProxy, blobsProxy] = proxies
        api.redirectTo = `https://127.0.0.1:${blobsProxy.port}`
        const apiUrl = `https://127.0.0.1:${apiProxy.port}/api/v3`
        try {
          for (let round = 0; round <= runs; round++) {
            for (let i = 0; i < paths.length; i++) {
              const path = paths[(i + round) % paths.length]
              const before = smtp.messages.length
              const outcome = await runNode(path.args, environment(`latency-${i}`, { INPUT_PORT: String(smtpProxy.port), ...path.extra(apiUrl) }))
              // A warning means the API leg did not complete: its time would not be the path's.
              if (outcome.code !== 0 || smtp.messages.length !== before + 1 || outcome.output.includes('::warning::')) {
                throw new Error(`${path.name} did not send cleanly through the delaying proxy (exit ${outcome.code}):\n${outcome.output}`)
              }
              if (round > 0) samples.get(`${path.name}@${delay}`)!.push(outcome.ms)
            }
          }
        } finally {
          await Promise.all(proxies.map((proxy) => proxy.close()))
        }
      }
    } finally {
      await smtp.close()
      await api.close()
    }
    return {
      roundTripMs: rtt,
      paths: paths.map((path) => {
        const directMs = median(samples.get(`${path.name}@0`)!)
        const delayedMs = median(samples.get(`${path.name}@${rtt}`)!)
        return { name: path.name, directMs, delayedMs, waitedMs: delayedMs - directMs, roundTrips: (delayedMs - directMs) / rtt }
      })
    }
  }
} finally {
  await double.close()
  rmSync(work, { recursive: true, force: true })
  rmSync(pki.dir, { recursive: true, force: true })
}
