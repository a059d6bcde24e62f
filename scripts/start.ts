/**
 * `npm start`: runs the built action (dist/index.js) locally, as a runner would, for a
 * sample failed run.
 *
 * - With no account set: a Gmail-like SMTP server on 127.0.0.1 captures the message, which
 *   is printed (headers and plain text) and saved (HTML and .eml) under .demo/. A stand-in
 *   for the GitHub REST API serves the run's jobs and the failed job's log.
 * - With NOTIFY_USERNAME and NOTIFY_PASSWORD: sends through the real server (Gmail unless
 *   NOTIFY_SERVER says otherwise), so an App Password can be tried before it goes into a secret.
 * - `--verify-only` (npm run verify): connects and logs in, sends nothing.
 *
 * Any INPUT_* variable in the environment is passed on, so every input can be tried:
 * `INPUT_SUBJECT='Nightly {{ status }}' npm start`, `INPUT_DRY_RUN=true npm start`.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { isAbsolute, join, relative, resolve } from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { RUNNER_ENV } from '../__tests__/support/action.ts'
import { createTestPki } from '../__tests__/support/certs.ts'
import { startApiDouble } from '../__tests__/support/github-api-double.ts'
import { startGmailDouble } from '../__tests__/support/gmail-double.ts'
import { BAD_CREDENTIALS } from '../__tests__/support/gmail-replies.ts'
import { runBuiltAction } from '../__tests__/support/runner.ts'

const root = resolve(import.meta.dirname, '..')
// INPUT_VERIFY_ONLY=true asks the same as `npm run verify`: a login check, no message.
const verifyOnly = process.argv.includes('--verify-only') || process.env.INPUT_VERIFY_ONLY === 'true'
const outDir = resolve(process.env.DEMO_DIR || join(root, '.demo'))

function unescapeCommand(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%')
}

/**
 * Echoes the action's output line by line, folding the runner's `::add-mask::` commands
 * (the password and its base64 forms) into one line: a person needs to know they were
 * registered, not to read them.
 */
function echoLines(): { write(chunk: string): void; end(): void } {
  let pending = ''
  let masks = 0
  const flushMasks = () => {
    if (masks) console.log(`::add-mask:: ×${masks} (secret values registered with the runner, which then hides them in every log line)`)
    masks = 0
  }
  const line = (text: string) => {
    if (text.startsWith('::add-mask::')) return void masks++
    flushMasks()
    // Annotations and debug lines arrive escaped for the runner (%0A for a line break); show them as it would.
    const annotation = /^::(error|warning|notice|debug)[^:]*::(.*)$/.exec(text)
    console.log(annotation ? `${annotation[1]}: ${unescapeCommand(annotation[2]).replace(/\n/g, '\n  ')}` : text)
  }
  return {
    write(chunk) {
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const text of lines) line(text)
    },
    end() {
      if (pending) line(pending)
      flushMasks()
    }
  }
}

const SHA = RUNNER_ENV.GITHUB_SHA!
const PREVIOUS_SHA = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678'
const AUTHOR = { name: 'Mona Lisa Octocat', email: 'mona@example.com', username: 'mona' }

/** The push that started the sample run: two commits, the second of which broke the tests. */
const SAMPLE_EVENT = {
  ref: 'refs/heads/main',
  before: 'fedcba9876543210fedcba9876543210fedcba98',
  after: SHA,
  compare: `https://github.com/octo-org/app/compare/fedcba987654...${SHA.slice(0, 12)}`,
  commits: [
    { id: PREVIOUS_SHA, message: 'Add a weekly summary to the report exporter', url: `https://github.com/octo-org/app/commit/${PREVIOUS_SHA}`, author: AUTHOR },
    {
      id: SHA,
      message: 'Parse ISO week dates in the report exporter\n\nISO weeks start on Monday.',
      url: `https://github.com/octo-org/app/commit/${SHA}`,
      author: AUTHOR
    }
  ],
  head_commit: {
    id: SHA,
    message: 'Parse ISO week dates in the report exporter\n\nISO weeks start on Monday.',
    timestamp: '2026-11-26T21:30:00Z',
    url: `https://github.com/octo-org/app/commit/${SHA}`,
    author: AUTHOR
  },
  pusher: { name: 'mona', email: 'mona@example.com' },
  repository: { full_name: 'octo-org/app', html_url: 'https://github.com/octo-org/app' },
  sender: { login: 'octocat' }
}

/** The run's jobs as the REST API lists them: `test` failed; `notify`, which sends the email, is still running. */
const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/${RUNNER_ENV.GITHUB_RUN_ID}/job/${id}`
const step = (name: string, conclusion: string | null) => ({ name, status: conclusion ? 'completed' : 'in_progress', conclusion })
const SAMPLE_JOBS = [
  { id: 501, name: 'build', html_url: jobUrl(501), status: 'completed', conclusion: 'success', steps: [step('Checkout', 'success'), step('Build', 'success')] },
  {
    id: 502,
    name: 'test',
    html_url: jobUrl(502),
    status: 'completed',
    conclusion: 'failure',
    steps: [step('Checkout', 'success'), step('Install', 'success'), step('Run tests', 'failure'), step('Upload coverage', 'skipped')]
  },
  { id: 503, name: 'notify', html_url: jobUrl(503), status: 'in_progress', conclusion: null, steps: [step('Email the result', null)] }
]
const SAMPLE_LOG = [
  '2026-11-26T21:31:02.1000000Z ##[group]Run npm test',
  '2026-11-26T21:31:02.1000000Z npm test',
  '2026-11-26T21:31:02.1000000Z ##[endgroup]',
  '2026-11-26T21:31:04.2000000Z  ✓ exporter/csv.test.ts (12 tests) 41ms',
  '2026-11-26T21:31:04.6000000Z  ❯ exporter/weeks.test.ts (8 tests | 1 failed) 37ms',
  '2026-11-26T21:31:04.6000000Z    × ISO week 1 of 2027 starts on Monday 4 January',
  "2026-11-26T21:31:04.6000000Z      → expected '2026-12-28' to be '2027-01-04'",
  '2026-11-26T21:31:04.7000000Z  Test Files  1 failed | 14 passed (15)',
  '2026-11-26T21:31:04.7000000Z       Tests  1 failed | 211 passed (212)',
  '2026-11-26T21:31:04.8000000Z ##[error]Process completed with exit code 1.'
].join('\n')

/**
 * The step's RUNNER_TEMP, where a dry run writes its .eml file. A runner empties it for
 * every job; the demo empties it at every start, so runs do not pile up previews.
 */
const runnerTemp = join(outDir, 'runner-temp')
rmSync(runnerTemp, { recursive: true, force: true })
mkdirSync(runnerTemp, { recursive: true })

/**
 * The files the demo writes for a captured message. They go at every start too: a dry run,
 * a refused login or a quiet run writes neither, and an earlier message's file left beside
 * this run's paths would be taken for this run's.
 */
const htmlPath = join(outDir, 'notification.html')
const capturedEmlPath = join(outDir, 'notification.eml')
for (const path of [htmlPath, capturedEmlPath]) rmSync(path, { force: true })

/**
 * The workflow's earlier runs on main, for `notify-when` and `thread`
 * (`INPUT_NOTIFY_WHEN=changes npm start`): the sample run (#42, in progress) follows a
 * failed #41 and a passing #40, so it is still failing, the 2nd failed run in a row.
 */
const SAMPLE_WORKFLOW_ID = 161335
const sampleRun = (runNumber: number, conclusion: string | null, sha: string) => ({
  id: Number(RUNNER_ENV.GITHUB_RUN_ID) - (42 - runNumber),
  run_number: runNumber,
  run_attempt: 1,
  workflow_id: SAMPLE_WORKFLOW_ID,
  event: 'push',
  status: conclusion ? 'completed' : 'in_progress',
  conclusion,
  head_branch: 'main',
  head_sha: sha,
  html_url: `https://github.com/octo-org/app/actions/runs/${Number(RUNNER_ENV.GITHUB_RUN_ID) - (42 - runNumber)}`,
  pull_requests: [],
  head_repository: { full_name: 'octo-org/app' }
})
const SAMPLE_RUNS = [sampleRun(42, null, SHA), sampleRun(41, 'failure', PREVIOUS_SHA), sampleRun(40, 'success', 'fedcba9876543210fedcba9876543210fedcba98')]
/** The commits since the last success (#40), as the compare endpoint lists them. */
const SAMPLE_COMPARISONS = {
  [`fedcba9876543210fedcba9876543210fedcba98...${SHA}`]: SAMPLE_EVENT.commits.map((commit) => ({
    sha: commit.id,
    commit: { message: commit.message, author: { name: commit.author.name, email: commit.author.email } },
    author: { login: commit.author.username }
  }))
}

/** The step's environment: the runner's variables for the `notify` job of that run, whose `test` job failed. */
function stepEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { GITHUB_STEP_SUMMARY: _summary, ...runner } = RUNNER_ENV
  return { PATH: process.env.PATH, ...runner, GITHUB_JOB: 'notify', RUNNER_TEMP: runnerTemp, ...extra, ...shellInputs }
}

/**
 * INPUT_* variables from the shell, as the runner names them. A shell (and so npm) drops
 * variables with a hyphen in the name, so `dry-run` is written INPUT_DRY_RUN there; input
 * names never contain an underscore.
 */
const shellInputs = Object.fromEntries(
  Object.entries(process.env)
    .filter(([name]) => name.startsWith('INPUT_'))
    .map(([name, value]) => [`INPUT_${name.slice(6).replace(/_/g, '-')}`, value])
)

/** The demo's inputs, minus those the shell sets (which win). */
function demoInputs(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(inputs).filter(([name]) => shellInputs[`INPUT_${name.toUpperCase()}`] === undefined))
}

/** The step's outputs, one a line, as the runner would hand them to later steps. */
function printOutputs(outputs: Record<string, string>): void {
  for (const [name, value] of Object.entries(outputs)) console.log(`output ${name}: ${value}`)
}

/** Headers as a person reads them: decoded, one per line, the MIME plumbing left out. */
function formatHeaders(mail: ParsedMail): string {
  const lines: string[] = []
  for (const line of mail.headerLines) {
    const name = line.line.slice(0, line.line.indexOf(':'))
    if (/^(content-|mime-version)/i.test(name)) continue
    const value = mail.headers.get(line.key)
    const shown =
      typeof value === 'string'
        ? value
        : value instanceof Date
          ? value.toUTCString()
          : value && typeof value === 'object' && 'text' in value
            ? String(value.text)
            : line.line.slice(name.length + 1).trim()
    lines.push(`${name}: ${shown}`)
  }
  return lines.join('\n')
}

async function captureLocally(): Promise<number> {
  const pki = await createTestPki()
  const server = await startGmailDouble({
    mode: 'starttls',
    keyPath: pki.keyPath,
    certPath: pki.certPath,
    // Like Gmail, which refuses an account password over SMTP: only an App Password's shape
    // (16 letters) logs in, so INPUT_PASSWORD=anything-else shows how a refused login reads.
    onAuth: (login) => (/^[a-z]{16}$/i.test(login.secret.replace(/ /g, '')) ? undefined : BAD_CREDENTIALS)
  })
  const api = await startApiDouble({ jobs: SAMPLE_JOBS, logs: { 502: SAMPLE_LOG }, runs: SAMPLE_RUNS, comparisons: SAMPLE_COMPARISONS })
  try {
    console.log(`Capture server (answers like smtp.gmail.com) on ${server.host}:${server.port}, STARTTLS.`)
    console.log(`GitHub REST API stand-in (the run's jobs and the failed job's log) on ${api.url}.\n`)
    console.log('── the action (dist/index.js) ──')
    const echo = echoLines()
    const result = await runBuiltAction(
      demoInputs({
        server: server.host,
        port: String(server.port),
        secure: 'false',
        username: 'ci-bot@gmail.com',
        password: 'abcdefghijklmnop',
        to: 'Team <team@example.com>',
        status: 'failure',
        'github-token': 'ghs_demoTokenForTheLocalApiStandIn0000',
        ...(verifyOnly ? { 'verify-only': 'true' } : {})
      }),
      { env: stepEnv({ NODE_EXTRA_CA_CERTS: pki.caPath, GITHUB_API_URL: api.url }), event: SAMPLE_EVENT, onOutput: echo.write }
    )
    echo.end()
    console.log(`── exit code ${result.exitCode} ──`)
    printOutputs(result.outputs)
    console.log('')
    if (result.exitCode !== 0) return 1
    if (verifyOnly) {
      console.log(`Logged in; the server received ${server.messages.length} messages.`)
      return 0
    }
    const captured = server.messages[0]
    // With INPUT_DRY_RUN=true nothing reaches the server; the action writes the message to eml-path.
    const composedPath = result.outputs['eml-path']
    const raw = captured?.raw ?? (composedPath ? readFileSync(composedPath, 'utf8') : undefined)
    if (!raw && result.outputs.transition) {
      console.log(`Nothing was sent: this run is ${result.outputs.transition}, which \`notify-when\` does not list (output transition).`)
      return 0
    }
    if (!raw) {
      console.error('The action succeeded but the capture server received no message.')
      return 1
    }
    const mail = await simpleParser(raw)
    mkdirSync(outDir, { recursive: true })
    // A dry run's file is already the whole message; a captured one is saved beside the HTML.
    const emlPath = captured ? capturedEmlPath : composedPath!
    writeFileSync(htmlPath, mail.html || '')
    if (captured) writeFileSync(emlPath, raw)
    if (captured) {
      console.log('── the message the server received ──')
      console.log(`Envelope: MAIL FROM:<${captured.mailFrom}> RCPT TO:${captured.rcptTo.map((a) => `<${a}>`).join(',')}`)
    } else {
      console.log('── the message dry-run composed; nothing was sent ──')
    }
    console.log(formatHeaders(mail))
    console.log('')
    console.log(mail.text?.trimEnd() ?? '(no plain-text part)')
    console.log('── end of message ──\n')
    console.log(`HTML part: ${htmlPath}`)
    console.log(`Whole message (.eml): ${emlPath}`)
    // A path under the current directory reads shorter relative; one elsewhere (DEMO_DIR) does not.
    const below = relative(process.cwd(), htmlPath)
    const shown = below.startsWith('..') || isAbsolute(below) ? htmlPath : below
    console.log(`Open the HTML part in a browser, e.g. \`xdg-open ${shown}\` or \`open ${shown}\`.`)
    return 0
  } finally {
    await Promise.all([server.close(), api.close()])
  }
}

async function sendForReal(): Promise<number> {
  const username = process.env.NOTIFY_USERNAME ?? ''
  const password = process.env.NOTIFY_PASSWORD ?? ''
  if (!username || !password) {
    console.error('Set both NOTIFY_USERNAME (the full address, you@gmail.com) and NOTIFY_PASSWORD (the 16-letter App Password), or neither for the local demo.')
    return 2
  }
  const server = process.env.NOTIFY_SERVER || 'smtp.gmail.com'
  const port = process.env.NOTIFY_PORT || '465'
  console.log(`${verifyOnly ? 'Logging in to' : 'Sending through'} ${server}:${port} as ${username}.\n`)
  const echo = echoLines()
  const result = await runBuiltAction(
    demoInputs({
      server,
      port,
      username,
      password,
      to: process.env.NOTIFY_TO || username,
      status: 'failure',
      ...(verifyOnly ? { 'verify-only': 'true' } : {})
    }),
    { env: stepEnv({ NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS }), event: SAMPLE_EVENT, onOutput: echo.write }
  )
  echo.end()
  console.log(`\n── exit code ${result.exitCode} ──`)
  printOutputs(result.outputs)
  return result.exitCode === 0 ? 0 : 1
}

const realAccount = Boolean(process.env.NOTIFY_USERNAME || process.env.NOTIFY_PASSWORD)
process.exitCode = await (realAccount ? sendForReal() : captureLocally())
