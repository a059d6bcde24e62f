import { tmpdir } from 'node:os'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { RUNNER_ENV, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { OAUTH2_TOKEN_REJECTED } from './support/gmail-replies.ts'
import { findLeaks } from './support/leaks.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'
import { ACCESS_TOKEN, INVALID_GRANT, startTokenEndpoint, type TokenEndpoint, type TokenEndpointOptions, type TokenReply } from './support/token-endpoint.ts'

const CLIENT_ID = '1234567890-abcdefghijklmnopqrstuvwxyz012345.apps.googleusercontent.com'
const CLIENT_SECRET = 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12'
const REFRESH_TOKEN = '1//0gAbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQrStUvWxYz'
const ALL_SECRETS = [CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, ACCESS_TOKEN]

let double: GmailDouble | undefined
let endpoint: TokenEndpoint | undefined
afterEach(async () => {
  await double?.close()
  await endpoint?.close()
  double = undefined
  endpoint = undefined
})

const oauth2Inputs = (tokenUrl: string) => ({
  password: '',
  'oauth2-client-id': CLIENT_ID,
  'oauth2-client-secret': CLIENT_SECRET,
  'oauth2-refresh-token': REFRESH_TOKEN,
  'oauth2-token-url': tokenUrl
})

async function start(
  tokenOptions: Partial<TokenEndpointOptions> = {},
  doubleOptions: Parameters<typeof startGmailDouble>[0] = { mode: 'implicit', ...tlsFiles() }
) {
  endpoint = await startTokenEndpoint({ ...tlsFiles(), ...tokenOptions })
  double = await startGmailDouble(doubleOptions)
  return { endpoint, double }
}

describe('OAuth2 (XOAUTH2) login', () => {
  it('exchanges the refresh token, logs in with XOAUTH2 over TLS and sends, without a password', async () => {
    const { endpoint, double } = await start()
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), status: 'success' })

    expect(result.failed).toBeUndefined()
    expect(endpoint.requests.map((form) => Object.fromEntries(form))).toEqual([
      { grant_type: 'refresh_token', client_id: CLIENT_ID, client_secret: CLIENT_SECRET, refresh_token: REFRESH_TOKEN }
    ])
    expect(double.logins).toEqual([{ method: 'XOAUTH2', username: USERNAME, secret: ACCESS_TOKEN, encrypted: true }])
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 succeeded on main')
  })

  it("uses Google's token endpoint when oauth2-token-url is empty", async () => {
    const { readSettings } = await import('../src/settings.ts')
    const inputs: Record<string, string> = { username: USERNAME, to: 'team@example.com', ...oauth2Inputs('') }
    expect(readSettings((name) => inputs[name] ?? '').oauth2?.tokenUrl).toBe('https://oauth2.googleapis.com/token')
  })

  it('debug shows the XOAUTH2 conversation with every OAuth2 value and the access token masked in every form', async () => {
    const { endpoint, double } = await start()
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), debug: 'true' })

    expect(result.failed).toBeUndefined()
    // The wire carried the token in base64: the leak detector finds what it looks for.
    expect(findLeaks(double.transcript.join('\n'), [ACCESS_TOKEN])).not.toEqual([])
    for (const secret of ALL_SECRETS) expect(result.secrets).toContain(secret)
    const printed = result.everything()
    expect(printed).toContain('AUTH XOAUTH2')
    expect(printed).toContain('235 2.7.0 Accepted')
    expect(findLeaks(printed, ALL_SECRETS)).toEqual([])
  })

  it('a revoked refresh token (invalid_grant) fails with oauth2-rejected and the scope and 7-day hints, before connecting', async () => {
    const { endpoint, double } = await start({ respond: () => INVALID_GRANT })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), retries: '2' })

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(result.failed).toContain('invalid_grant')
    expect(result.failed).toContain('`oauth2-refresh-token`')
    expect(result.failed).toContain('https://mail.google.com/')
    expect(result.failed).toContain('7 days')
    expect(result.failed).toContain('Testing')
    expect(result.summary).toContain('oauth2-rejected')
    expect(endpoint.requests).toHaveLength(1)
    expect(double.connections).toBe(0)
    expect(findLeaks(result.everything(), ALL_SECRETS)).toEqual([])
  })

  it('a wrong client secret (invalid_client) fails with oauth2-rejected naming the client inputs', async () => {
    const { endpoint, double } = await start({ respond: () => ({ status: 401, body: { error: 'invalid_client', error_description: 'Unauthorized' } }) })
    const result = await runAgainst(double, oauth2Inputs(endpoint.url))

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(result.failed).toContain('`oauth2-client-secret`')
    expect(double.connections).toBe(0)
  })

  it('a token Gmail refuses (334 challenge, then 535) fails with oauth2-rejected and the hints, once', async () => {
    const { endpoint, double } = await start({}, { mode: 'implicit', ...tlsFiles(), onAuth: () => OAUTH2_TOKEN_REJECTED })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), server: 'localhost', retries: '2', debug: 'true' })

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(result.failed).toContain('535-5.7.8')
    expect(result.failed).toContain('https://mail.google.com/')
    expect(result.failed).toContain('7 days')
    expect(double.logins).toHaveLength(1)
    // The client answered the challenge with an empty line and got the final reply.
    expect(double.transcript).toContain('C: ')
    expect(result.sleeps).toEqual([])
    expect(findLeaks(result.everything(), ALL_SECRETS)).toEqual([])
  })

  it('a token endpoint that does not answer fails within `timeout`, before connecting', async () => {
    const { endpoint, double } = await start({ respond: () => 'hang' })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), timeout: '1', retries: '0' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(result.failed).toContain('within 1 s')
    expect(result.failed).toContain('`oauth2-token-url`')
    expect(double.connections).toBe(0)
  })

  it.each<[string, TokenReply]>([
    ['answers 503', { status: 503, body: { error: 'backend_error' } }],
    ['does not answer', 'hang']
  ])('a token endpoint that %s for now is asked again within `retries`, then the message goes out', async (_case, firstReply) => {
    const { endpoint, double } = await start({ respond: (_form, n) => (n === 1 ? firstReply : { status: 200, body: { access_token: ACCESS_TOKEN } }) })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), timeout: '1', retries: '1' })

    expect(result.failed).toBeUndefined()
    expect(endpoint.requests).toHaveLength(2)
    expect(result.sleeps).toEqual([2000])
    expect(result.lines.filter((line) => line.kind === 'warning').map((line) => line.text)).toEqual([expect.stringContaining('trying again in 2 s')])
    expect(double.logins).toEqual([{ method: 'XOAUTH2', username: USERNAME, secret: ACCESS_TOKEN, encrypted: true }])
  })

  it('a token endpoint that keeps failing gives up after `retries` extra attempts', async () => {
    const { endpoint, double } = await start({ respond: () => ({ status: 503, body: { error: 'backend_error' } }) })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), retries: '2' })

    expect(result.outputs['error-code']).toBe('try-again-later')
    expect(result.failed).toContain('HTTP 503')
    expect(endpoint.requests).toHaveLength(3)
    expect(result.sleeps).toEqual([2000, 4000])
    expect(double.connections).toBe(0)
  })

  it('a token endpoint with an untrusted certificate gets no client secret', async () => {
    const { endpoint, double } = await start({ keyPath: process.env.TEST_UNTRUSTED_TLS_KEY!, certPath: process.env.TEST_UNTRUSTED_TLS_CERT! })
    const result = await runAgainst(double, oauth2Inputs(endpoint.url))

    expect(result.outputs['error-code']).toBe('certificate')
    expect(result.failed).toContain('oauth2-token-url')
    expect(endpoint.requests).toEqual([])
    expect(double.connections).toBe(0)
  })

  it('a token URL on a port fetch refuses (a mail port) is named as the input to fix, before connecting', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { ...oauth2Inputs('https://127.0.0.1:587/token'), retries: '2' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('port 587')
    expect(result.failed).toContain('`oauth2-token-url`')
    expect(result.sleeps).toEqual([])
    expect(double.connections).toBe(0)
  })

  it('does not follow a redirect, which would carry the client secret elsewhere', async () => {
    const { endpoint, double } = await start({
      respond: (_form, n) =>
        n === 1 ? { status: 307, body: {}, headers: { location: `${endpoint!.url}?moved` } } : { status: 200, body: { access_token: ACCESS_TOKEN } }
    })
    const result = await runAgainst(double, oauth2Inputs(endpoint.url))

    expect(result.failed).toContain('`oauth2-token-url`')
    expect(endpoint.requests).toHaveLength(1)
    expect(double.connections).toBe(0)
  })

  it('never sends the token in clear text: no STARTTLS means tls-required and no AUTH', async () => {
    const { endpoint, double } = await start({}, { mode: 'starttls', ...tlsFiles(), offerStartTls: false, authBeforeTls: true })
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), secure: 'false' })

    expect(result.outputs['error-code']).toBe('tls-required')
    expect(double.logins).toEqual([])
    expect(double.transcript.some((line) => line.startsWith('C: AUTH'))).toBe(false)
    expect(findLeaks(double.transcript.join('\n'), [ACCESS_TOKEN])).toEqual([])
  })

  it('a dry run fetches no token and opens no connection; verify-only logs in with the token', async () => {
    const { endpoint, double } = await start()
    const preview = await runAgainst(double, { ...oauth2Inputs(endpoint.url), 'dry-run': 'true' }, { ...RUNNER_ENV, RUNNER_TEMP: tmpdir() })
    expect(preview.failed).toBeUndefined()
    expect(endpoint.requests).toEqual([])
    expect(double.connections).toBe(0)

    const verified = await runAgainst(double, { ...oauth2Inputs(endpoint.url), 'verify-only': 'true' })
    expect(verified.failed).toBeUndefined()
    expect(endpoint.requests).toHaveLength(1)
    expect(double.logins).toEqual([{ method: 'XOAUTH2', username: USERNAME, secret: ACCESS_TOKEN, encrypted: true }])
    expect(double.messages).toEqual([])
  })

  it('says that `password` is not used when OAuth2 inputs are given too', async () => {
    const { endpoint, double } = await start()
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), password: 'left-over-password' })

    expect(result.failed).toBeUndefined()
    expect(
      result.lines
        .filter((line) => line.kind === 'notice')
        .map((line) => line.text)
        .join('\n')
    ).toContain('`password` is not used')
    expect(double.logins[0].method).toBe('XOAUTH2')
  })

  it.each([
    [{ 'oauth2-client-secret': '' }, 'oauth2-client-secret', 'is empty', 'needs all three'],
    [{ 'oauth2-client-id': '', 'oauth2-client-secret': '' }, 'oauth2-client-id', 'is empty', 'needs all three'],
    [
      { 'oauth2-token-url': 'http://oauth2.example.invalid/token' },
      'oauth2-token-url',
      '"http://oauth2.example.invalid/token" is not an https:// URL',
      'https://oauth2.googleapis.com/token'
    ],
    [
      { 'oauth2-token-url': 'http://client:hunter2-9f8e7d@oauth2.example.invalid/token' },
      'oauth2-token-url',
      '"http://oauth2.example.invalid/token" carries a user name or password',
      '`oauth2-client-id`'
    ],
    [
      { 'oauth2-token-url': 'oauth2.googleapis.com/token' },
      'oauth2-token-url',
      '"oauth2.googleapis.com/token" is not an https:// URL',
      'https://oauth2.googleapis.com/token'
    ]
  ])('refuses incomplete or unsafe OAuth2 inputs %j before any connection', async (override, input, problem, allowed) => {
    const { endpoint, double } = await start()
    const result = await runAgainst(double, { ...oauth2Inputs(endpoint.url), ...override })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain(`Input \`${input}\`: ${problem}`)
    expect(result.failed).toContain(allowed)
    expect(endpoint.requests).toEqual([])
    expect(double.connections).toBe(0)
    expect(findLeaks(result.everything(), [...ALL_SECRETS, 'hunter2-9f8e7d'])).toEqual([])
  })

  it('the built action registers the access token before the conversation prints, and prints no OAuth2 value', async () => {
    const { endpoint, double } = await start({}, { mode: 'implicit', ...tlsFiles(), onAuth: () => OAUTH2_TOKEN_REJECTED })
    const result = await runBuiltAction(
      {
        server: 'localhost',
        port: String(double.port),
        secure: 'true',
        username: USERNAME,
        to: 'team@example.com',
        timeout: '5',
        debug: 'true',
        ...oauth2Inputs(endpoint.url)
      },
      { env: testStepEnv(), event: {} }
    )

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    const lines = result.stdout.split('\n')
    const isMask = (line: string) => line.startsWith('::add-mask::')
    const firstOther = lines.findIndex((line) => !isMask(line))
    for (const secret of [CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN]) expect(lines.slice(0, firstOther)).toContain(`::add-mask::${secret}`)
    const tokenMask = lines.indexOf(`::add-mask::${ACCESS_TOKEN}`)
    const conversation = lines.findIndex((line) => line.includes('AUTH XOAUTH2') || line.includes('220 smtp.gmail.com'))
    expect(tokenMask).toBeGreaterThan(-1)
    expect(conversation).toBeGreaterThan(tokenMask)
    const printed = [...lines.filter((line) => !isMask(line)), result.summary].join('\n')
    expect(printed).toContain('AUTH XOAUTH2')
    expect(findLeaks(printed, ALL_SECRETS)).toEqual([])
  })
})
