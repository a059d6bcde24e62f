import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_EXCERPT_LINE } from '../src/jobs.ts'
import { inputsFor, tlsFiles } from './support/action.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'

let double: GmailDouble | undefined
let api: ApiDouble | undefined
afterEach(async () => {
  await double?.close()
  await api?.close()
  double = undefined
  api = undefined
})

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const FAILED_JOB = {
  id: 21,
  name: 'build',
  html_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/21',
  status: 'completed',
  conclusion: 'failure',
  steps: [{ name: 'Compile', status: 'completed', conclusion: 'failure' }]
}

/** The built action, run the runner's way, for a failed run whose job log the API stand-in serves. */
async function notifyWithLog(timeout = '10') {
  double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
  const result = await runBuiltAction(inputsFor(double, { status: 'failure', timeout, 'github-token': TOKEN }), {
    env: testStepEnv({ GITHUB_API_URL: api!.url }),
    event: {}
  })
  const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
  return { result, warnings, mail: double.messages[0] && (await simpleParser(double.messages[0].raw)) }
}

describe('job logs that are hostile to read', () => {
  it('reads a 70 MB log with no line break, keeps the start of its line and says why it stopped', async () => {
    api = await startApiDouble({ jobs: [FAILED_JOB], logs: { 21: Buffer.alloc(70 * 1024 * 1024, 'q') } })
    const { result, warnings, mail } = await notifyWithLog()

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([
      '::warning::The log excerpt of job "build" shows the last lines read, which may not reach its first error: the log has no error line in its first 64.0 MB, where reading stopped.'
    ])
    expect(mail.text).toContain(`  | ${'q'.repeat(MAX_EXCERPT_LINE - 1)}…`)
  })

  it('finds the error after a long line with no break, and says nothing is missing', async () => {
    api = await startApiDouble({ jobs: [FAILED_JOB], logs: { 21: `${'m'.repeat(8 * 1024 * 1024)}\n2026-11-26T21:00:00Z ##[error]tsc found 3 errors\n` } })
    const { result, warnings, mail } = await notifyWithLog()

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([])
    expect(mail.text).toContain(`  | ${'m'.repeat(MAX_EXCERPT_LINE - 1)}…\n  | Error: tsc found 3 errors`)
  })

  it('keeps what it read of a log whose download outlasts `timeout`, and blames the time limit, not the API', async () => {
    api = await startApiDouble({ jobs: [FAILED_JOB], stalledLogs: { 21: '2026-11-26T21:00:00Z Compiling 412 files\n' } })
    const { result, warnings, mail } = await notifyWithLog('2')

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([
      '::warning::The log excerpt of job "build" shows the last lines read, which may not reach its first error: reading the log did not finish within 2 s (input `timeout`) after 0.0 MB.'
    ])
    expect(mail.text).toContain('  | Compiling 412 files')
  })
})

describe('answers that are not the REST API', () => {
  it.each([
    ['a proxy sign-in page', { status: 200, contentType: 'text/html', body: '<html>Sign in to the proxy</html>' }, 'an HTML or XML page (text/html)'],
    [
      'JSON that is not a list of jobs',
      { status: 200, contentType: 'application/json', body: '{"message":"ok"}' },
      'JSON without a list of jobs (application/json)'
    ]
  ])('still sends the mail after %s, says what came instead, and does not call the run a success', async (_case, jobsAnswer, what) => {
    api = await startApiDouble({ jobsAnswer })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(double, { status: '', 'github-token': TOKEN }), { env: testStepEnv({ GITHUB_API_URL: api.url }), event: {} })

    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`${api.url} answered with ${what} instead of the run's jobs: a proxy or a wrong GITHUB_API_URL is probably in the way`)
    expect(warnings[0]).not.toContain('Sign in to the proxy')
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 finished on main')
  })
})
