import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { inputsFor, tlsFiles } from './support/action.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'
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
  id: 31,
  name: 'test',
  html_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/31',
  status: 'completed',
  conclusion: 'failure',
  steps: [{ name: 'Run tests', status: 'completed', conclusion: 'failure' }]
}

/** Resolves once `condition` holds, checked every few milliseconds. */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5))
}

const warningsIn = (stdout: string) => stdout.split('\n').filter((line) => line.startsWith('::warning::'))

describe('the SMTP session and the REST API, side by side', () => {
  it('logs in to the mail server while the API is still answering, then sends on that session', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    // The jobs come only once the mail server has seen the login: one after the other, the
    // API would wait for ever (up to `timeout`) and the mail would go without the jobs.
    api = await startApiDouble({ jobs: [FAILED_JOB], holdJobsUntil: until(() => double!.logins.length > 0) })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', 'github-token': TOKEN, 'log-lines': '0', timeout: '10' }), {
      env: testStepEnv({ GITHUB_API_URL: api.url }),
      event: {}
    })

    expect(result.exitCode, result.stdout).toBe(0)
    expect(warningsIn(result.stdout)).toEqual([])
    expect(double.connections).toBe(1)
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.text).toContain('- test failed at step “Run tests”')
  })

  it('ends the run with auth-rejected as soon as the login is refused, without waiting for an API that does not answer', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => BAD_CREDENTIALS })
    api = await startApiDouble({ silent: true })
    // One after the other, the refusal would come only after `timeout` (60 s), past the test's own limit.
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', 'github-token': TOKEN, timeout: '60' }), {
      env: testStepEnv({ GITHUB_API_URL: api.url }),
      event: {}
    })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(result.stdout).toContain('535-5.7.8 Username and Password not accepted')
    expect(warningsIn(result.stdout)).toEqual([])
    expect(api.requests.length).toBeGreaterThan(0)
    expect(double.messages).toEqual([])
  }, 20_000)

  it('connects again, without calling it a failed attempt, when the server closed the session while the message was prepared', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), closeAfterLogin: (connection) => connection === 1 })
    api = await startApiDouble({ jobs: [FAILED_JOB], holdJobsUntil: until(() => double!.closedAfterLogin > 0) })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', 'github-token': TOKEN, 'log-lines': '0', timeout: '10', retries: '0' }), {
      env: testStepEnv({ GITHUB_API_URL: api.url }),
      event: {}
    })

    expect(result.exitCode, result.stdout).toBe(0)
    expect(warningsIn(result.stdout)).toEqual([])
    expect(result.stdout).toContain('The connection opened while the message was prepared was closed while it waited')
    expect(double.connections).toBe(2)
    expect(double.messages).toHaveLength(1)
  })

  it('opens no connection for a dry run, nor before a notify-when decision', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const dry = await runBuiltAction(inputsFor(double, { status: 'failure', 'dry-run': 'true' }), {
      env: testStepEnv({ RUNNER_TEMP: process.env.TMPDIR || '/tmp' }),
      event: {}
    })
    expect(dry.exitCode, dry.stdout).toBe(0)
    expect(double.connections).toBe(0)
  })
})

describe('connections to the REST API', () => {
  it('asks every page of jobs and the log on the connection the first answer came on, so a far runner does not pay for new ones', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const passed = { ...FAILED_JOB, conclusion: 'success', steps: [{ name: 'Run tests', status: 'completed', conclusion: 'success' }] }
    const jobs = [
      { ...passed, id: 31, name: 'lint' },
      { ...passed, id: 32, name: 'build' },
      { ...FAILED_JOB, id: 33 }
    ]
    api = await startApiDouble({
      tls: tlsFiles(),
      jobs,
      pageSize: 1,
      logs: { 33: '2026-11-26T21:00:00Z ##[error]expected 2, got 3\n' },
      annotations: { 33: [] }
    })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', 'github-token': TOKEN, timeout: '10' }), {
      env: testStepEnv({ GITHUB_API_URL: api.url }),
      event: {}
    })

    expect(result.exitCode, result.stdout).toBe(0)
    expect(warningsIn(result.stdout)).toEqual([])
    const apiRequests = api.requests.filter((request) => request.server === 'api')
    const connectionOf = (pathPart: string) => apiRequests.filter((request) => request.path.includes(pathPart)).map((request) => request.connection)
    expect(connectionOf('/jobs?')).toEqual([1, 1, 1])
    // The log is redirected to another host, the longest way: it goes first, on the warm connection.
    expect(connectionOf('/logs')).toEqual([1])
    expect(connectionOf('/annotations')).toHaveLength(1)
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.text).toContain('expected 2, got 3')
  })
})
