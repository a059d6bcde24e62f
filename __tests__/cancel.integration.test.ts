import { afterEach, describe, expect, it } from 'vitest'
import { run } from '../src/main.ts'
import { APP_PASSWORD, RUNNER_ENV, tlsFiles, USERNAME } from './support/action.ts'
import { stubCore } from './support/core-stub.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'
import { startTokenEndpoint, type TokenEndpoint } from './support/token-endpoint.ts'

/**
 * A cancelled run: the runner sends SIGINT, then SIGTERM. The step says what it was doing
 * and whether the server may already have the message, sets `error-code: cancelled`, and
 * exits on its own (the test's time-out bounds it).
 */

let double: GmailDouble | undefined
let api: ApiDouble | undefined
let endpoint: TokenEndpoint | undefined
afterEach(async () => {
  await Promise.all([double?.close(), api?.close(), endpoint?.close()])
  double = api = endpoint = undefined
})

const smtpInputs = (server: GmailDouble, extra: Record<string, string> = {}) => ({
  server: server.host,
  port: String(server.port),
  secure: String(server.mode === 'implicit'),
  username: USERNAME,
  password: APP_PASSWORD,
  to: 'team@example.com',
  status: 'failure',
  // Long enough that only the signal ends a wait.
  timeout: '60',
  // Prints the conversation, which tells the test how far the step got.
  debug: 'true',
  ...extra
})

/** The step's report of a cancellation: output, annotation and summary agree; it ended by itself. */
function expectCancelled(result: RunnerResult, signal: string, doing: string, fate: string): void {
  expect(result.outputs['error-code']).toBe('cancelled')
  // Ended by itself, with a failure: a signal without a handler would leave no exit code.
  expect(result.exitCode).not.toBeNull()
  expect(result.exitCode).not.toBe(0)
  const title = `The step was cancelled (${signal}) while ${doing}: ${fate}`
  expect(result.stdout).toContain(`::error::${title}`)
  expect(result.summary).toContain(`Email notification not sent: ${title}`)
  expect(result.summary).toContain('**error-code:** `cancelled`')
}

describe('a cancelled step (the built action, run as the runner runs it)', () => {
  it('SIGINT while waiting for the greeting: says so, and that nothing was sent', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), greet: false })
    const result = await runBuiltAction(smtpInputs(double), {
      env: testStepEnv(),
      event: {},
      cancel: { signal: 'SIGINT', when: (output) => output.includes('Connection established to') }
    })

    expectCancelled(result, 'SIGINT', `connecting to 127.0.0.1:${double.port} (connected, waiting for its greeting)`, 'the message was not sent')
    expect(result.summary).toContain('re-run the job to send the notification')
    expect(double.transcript).toEqual([])
  })

  it('SIGINT after the final dot, with no reply yet: the message may already have been delivered', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: () => 'silent' })
    const result = await runBuiltAction(smtpInputs(double), {
      env: testStepEnv(),
      event: {},
      cancel: { signal: 'SIGINT', when: (output) => output.includes('bytes encoded mime message') }
    })

    expectCancelled(
      result,
      'SIGINT',
      `waiting for 127.0.0.1:${double.port} to confirm the message after its final dot`,
      `the message may already have been delivered (it went out whole, final dot included, on attempt 1, and 127.0.0.1 had not confirmed it)`
    )
    expect(result.summary).toContain("Look in the recipients' mailboxes before re-running the job")
  })

  it('SIGTERM while waiting to try again after a connection lost after the final dot: no further attempt, and it may have arrived', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: () => 'drop' })
    const result = await runBuiltAction(smtpInputs(double, { retries: '2' }), {
      env: testStepEnv(),
      event: {},
      cancel: { signal: 'SIGTERM', when: (output) => output.includes('Attempt 2 of 3 in 2 s.') }
    })

    expectCancelled(
      result,
      'SIGTERM',
      'waiting before attempt 2 of 3',
      'the message may already have been delivered (it went out whole, final dot included, on attempt 1, and 127.0.0.1 had not confirmed it)'
    )
    expect(double.connections).toBe(1)
  })

  it('SIGINT during the second message of 101 recipients: names who already has it', async () => {
    const recipients = Array.from({ length: 101 }, (_, i) => `r${i}@example.com`)
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: (_message, attempt) => (attempt === 2 ? 'silent' : undefined) })
    const result = await runBuiltAction(smtpInputs(double, { to: recipients.join(',') }), {
      env: testStepEnv(),
      event: {},
      cancel: { signal: 'SIGINT', when: (output) => output.split('bytes encoded mime message').length > 2 }
    })

    expectCancelled(
      result,
      'SIGINT',
      `waiting for 127.0.0.1:${double.port} to confirm the message after its final dot`,
      `127.0.0.1 had already accepted the message for 100 recipients: ${recipients.slice(0, 10).join(', ')} and 90 more (see the \`accepted\` output); ` +
        'the others may have it too (it went out whole, final dot included, on attempt 1, and 127.0.0.1 had not confirmed it)'
    )
    expect(result.outputs.accepted).toBe(recipients.slice(0, 100).join(','))
    expect(result.outputs['message-id']).toMatch(/^<.*>$/)
  })
})

/** Runs the action in-process, cancelled by `cancel` (aborted by the test at the right moment). */
async function runCancellable(inputs: Record<string, string>, cancel: AbortController, env: NodeJS.ProcessEnv = RUNNER_ENV) {
  const record = stubCore({ username: USERNAME, password: APP_PASSWORD, to: 'team@example.com', timeout: '60', ...inputs })
  await run(record.core, { env, signal: cancel.signal, sleep: async () => {} })
  return record
}

describe('a cancelled step, at each stage before sending', () => {
  it('while reading the inputs: nothing was sent', async () => {
    const cancel = new AbortController()
    cancel.abort('SIGINT')
    const result = await runCancellable({ server: '127.0.0.1', port: '9', status: 'failure' }, cancel)

    expect(result.outputs['error-code']).toBe('cancelled')
    expect(result.failed).toContain('The step was cancelled (SIGINT) while reading the inputs and composing the message: the message was not sent')
  })

  it('while fetching the OAuth2 token: the request is abandoned, not retried', async () => {
    const cancel = new AbortController()
    endpoint = await startTokenEndpoint({
      ...tlsFiles(),
      respond: () => {
        cancel.abort('SIGTERM')
        return 'hang'
      }
    })
    const result = await runCancellable(
      {
        server: '127.0.0.1',
        port: '9',
        password: '',
        'oauth2-client-id': 'client',
        'oauth2-client-secret': 'secret',
        'oauth2-refresh-token': 'refresh',
        'oauth2-token-url': endpoint.url,
        status: 'success',
        retries: '2'
      },
      cancel
    )

    expect(result.outputs['error-code']).toBe('cancelled')
    expect(result.failed).toContain(`The step was cancelled (SIGTERM) while fetching the OAuth2 access token from ${endpoint.url}: the message was not sent`)
    expect(endpoint.requests).toHaveLength(1)
    expect(result.lines.filter((line) => line.kind === 'warning')).toEqual([])
  })

  it("while asking the GitHub API for the run's jobs: no warning about the API, nothing sent", async () => {
    const cancel = new AbortController()
    api = await startApiDouble({ silent: true, onRequest: () => cancel.abort('SIGINT') })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runCancellable(
      { server: double.host, port: String(double.port), secure: 'true', status: 'failure', 'github-token': 'ghs_token' },
      cancel,
      { ...RUNNER_ENV, GITHUB_API_URL: api.url }
    )

    expect(result.outputs['error-code']).toBe('cancelled')
    expect(result.failed).toContain("The step was cancelled (SIGINT) while asking the GitHub API for the run's jobs: the message was not sent")
    expect(result.lines.filter((line) => line.kind === 'warning')).toEqual([])
    // The session opened beside the API calls is closed unused.
    expect(double.messages).toEqual([])
  })

  it('while logging in (verify-only): the session is closed', async () => {
    const cancel = new AbortController()
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onAuth: () => {
        cancel.abort('SIGINT')
        return undefined
      }
    })
    const result = await runCancellable(
      { server: double.host, port: String(double.port), secure: 'true', 'verify-only': 'true', status: 'success', retries: '2' },
      cancel
    )

    expect(result.outputs['error-code']).toBe('cancelled')
    expect(result.failed).toContain(`The step was cancelled (SIGINT) while logging in to 127.0.0.1:${double.port} as ${USERNAME}: the message was not sent`)
    expect(double.connections).toBe(1)
  })
})
