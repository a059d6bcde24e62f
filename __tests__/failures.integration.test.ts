import dns from 'node:dns'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runAgainst, tlsFiles } from './support/action.ts'
import { closedPort, startGmailDouble, type DoubleOptions, type GmailDouble } from './support/gmail-double.ts'
import * as gmail from './support/gmail-replies.ts'

/**
 * One test per row of the error-code table (README "Error codes"): each failure is
 * produced for real, over loopback, and the test checks what the user sees (the code,
 * the fix in the annotation and the job summary) and what the server saw (connections,
 * logins, messages) and the back-off waits (recorded, not waited).
 */

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
  vi.restoreAllMocks()
})

type Result = Awaited<ReturnType<typeof runAgainst>>

function expectDiagnosis(result: Result, code: string, hint: string): void {
  expect(result.outputs['error-code']).toBe(code)
  expect(result.failed).toContain(`[error-code: ${code}]`)
  expect(result.failed).toContain(`How to fix: `)
  expect(result.failed).toContain(hint)
  expect(result.summary).toContain(`**error-code:** \`${code}\``)
  expect(result.summary).toContain(hint)
}

const attemptLines = (result: Result) => result.lines.filter((line) => /^Attempt \d+ of \d+ in/.test(line.text)).length

interface ReplyRow {
  code: string
  options: Partial<DoubleOptions>
  inputs?: Record<string, string>
  hint: string
  /** Words of the server's reply that the annotation must keep. */
  reply: string
  /** Words the annotation must not have: advice that does not fit this failure. */
  absent?: string
  connections: number
  sleeps: number[]
}

const rows: [string, ReplyRow][] = [
  [
    '535-5.7.8 BadCredentials',
    {
      code: 'auth-rejected',
      options: { onAuth: () => gmail.BAD_CREDENTIALS },
      hint: 'https://myaccount.google.com/apppasswords',
      reply: '535-5.7.8 Username and Password not accepted',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '534-5.7.9 InvalidSecondFactor',
    {
      code: 'auth-rejected',
      options: { onAuth: () => gmail.APP_PASSWORD_REQUIRED },
      hint: '2-Step Verification',
      reply: 'Application-specific password required',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '534-5.7.9 WebLoginRequired',
    {
      code: 'web-login-required',
      options: { onAuth: () => gmail.WEB_LOGIN_REQUIRED },
      hint: 'Yes, it was me',
      reply: '?p=WebLoginRequired',
      connections: 1,
      sleeps: []
    }
  ],
  [
    'the older 534-5.7.14 web login',
    {
      code: 'web-login-required',
      options: { onAuth: () => gmail.WEB_LOGIN_REQUIRED_OLD },
      hint: 'Sign in to the account in a browser',
      reply: 'Please log in via your web browser',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '454-4.7.0 too many login attempts',
    {
      code: 'too-many-logins',
      options: { onAuth: () => gmail.TOO_MANY_LOGINS },
      hint: 'do not re-run it in a loop',
      reply: 'Too many login attempts',
      connections: 1,
      sleeps: []
    }
  ],
  [
    'a STARTTLS the server refuses',
    {
      code: 'tls-required',
      options: { mode: 'starttls', startTlsReply: ['454 4.7.0 TLS not available due to local problem'] },
      inputs: { secure: 'false' },
      hint: '`port: 465`',
      reply: '454 4.7.0 TLS not available',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '550-5.4.5 daily sending limit',
    {
      code: 'quota-exceeded',
      options: { onData: () => gmail.DAILY_LIMIT },
      hint: '24 hours',
      reply: 'Daily user sending limit exceeded',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '552-5.3.4 message too large',
    {
      code: 'message-too-large',
      options: { onData: () => gmail.TOO_LARGE },
      hint: 'workflow artifact and link to it',
      reply: '?p=MaxSizeError',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '552-5.7.0 blocked content',
    { code: 'message-blocked', options: { onData: () => gmail.BLOCKED }, hint: '.exe', reply: 'message was blocked', connections: 1, sleeps: [] }
  ],
  [
    '553-5.1.3 for every recipient',
    {
      code: 'recipient-rejected',
      options: { onRcpt: (address) => gmail.invalidRecipient(address) },
      inputs: { to: 'not-valid@example.com' },
      hint: 'Correct not-valid@example.com (in `to`): each address must be one valid mailbox',
      reply: 'The recipient address <not-valid@example.com> is not a valid RFC 5321 address',
      absent: 'well formed',
      connections: 1,
      sleeps: []
    }
  ],
  [
    "Postfix's 550 5.1.1 User unknown for every recipient",
    {
      code: 'recipient-rejected',
      options: { onRcpt: (address) => [`550 5.1.1 <${address}>: Recipient address rejected: User unknown in local recipient table`] },
      inputs: { to: 'nobody@example.com', bcc: 'gone@example.com' },
      hint: 'Check the spelling of nobody@example.com (in `to`) and gone@example.com (in `bcc`)',
      reply: 'Recipient address rejected: User unknown in local recipient table',
      absent: 'valid mailbox',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '554 5.7.1 Relay access denied for an outside recipient, after a login',
    {
      code: 'recipient-rejected',
      options: { onRcpt: (address) => [`554 5.7.1 <${address}>: Relay access denied`] },
      inputs: { to: 'someone@elsewhere.example' },
      hint: 'refused someone@elsewhere.example (in `to`) although the action logged in as octo.cat@gmail.com',
      reply: 'Relay access denied',
      absent: 'valid mailbox',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '553 on MAIL FROM',
    {
      code: 'sender-rejected',
      options: { onMail: (address) => [`553 5.7.1 <${address}>: Sender address rejected: not owned by user`] },
      inputs: { from: 'CI <someone.else@example.com>' },
      hint: 'Set `from` to an address',
      reply: 'Sender address rejected',
      connections: 1,
      sleeps: []
    }
  ],
  [
    '452-4.5.3 for every recipient, outlasting one retry',
    {
      code: 'too-many-recipients',
      options: { onRcpt: () => gmail.TOO_MANY_RECIPIENTS },
      inputs: { retries: '1' },
      hint: 'at most 100 recipients',
      reply: 'Your message has too many recipients',
      connections: 2,
      sleeps: [2000]
    }
  ],
  [
    '421-4.7.0 on EHLO, outlasting two retries',
    {
      code: 'try-again-later',
      options: { onEhlo: () => gmail.TRY_AGAIN_LATER },
      hint: 'raise `retries`',
      reply: '421-4.7.0 Try again later, closing connection. (EHLO)',
      connections: 3,
      sleeps: [2000, 4000]
    }
  ],
  [
    '454-4.7.0 temporary authentication problem, outlasting one retry',
    {
      code: 'try-again-later',
      options: { onAuth: () => gmail.TEMPORARY_AUTH_PROBLEM },
      inputs: { retries: '1' },
      hint: 'Re-run the job later',
      reply: 'Cannot authenticate due to temporary system problem',
      connections: 2,
      sleeps: [2000]
    }
  ],
  [
    'a reply nobody knows',
    {
      code: 'unknown',
      options: { onData: () => ['554 5.6.0 Something nobody has seen'] },
      hint: '`debug: true`',
      reply: '554 5.6.0 Something nobody has seen',
      connections: 1,
      sleeps: []
    }
  ]
]

describe('every error code, produced by a real conversation', () => {
  it.each(rows)('%s', async (_name, row) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), ...row.options })
    const result = await runAgainst(double, { retries: '2', ...row.inputs })

    expectDiagnosis(result, row.code, row.hint)
    expect(result.failed).toContain(`Server replied: `)
    expect(result.failed).toContain(row.reply)
    expect(result.summary).toContain(row.reply)
    expect(double.connections).toBe(row.connections)
    expect(result.sleeps).toEqual(row.sleeps)
    expect(attemptLines(result)).toBe(row.sleeps.length)
    expect(double.messages).toEqual([])
    expect(result.outputs.accepted ?? '').toBe('')
    // Nothing was sent, so there is no Message-ID to report.
    expect(result.outputs['message-id']).toBeUndefined()
    if (row.absent) expect(result.failed).not.toContain(row.absent)
  })

  it.each<[string, Partial<DoubleOptions>]>([
    ['AUTH', { onAuth: () => gmail.SHUTTING_DOWN }],
    ['the end of the message', { onData: () => gmail.SHUTTING_DOWN }]
  ])('a 421 in reply to %s, after which the server hangs up, is reported with that reply and retried', async (_command, options) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), ...options })
    const result = await runAgainst(double, { retries: '1' })

    expect(result.outputs['error-code']).toBe('try-again-later')
    expect(result.failed).toContain(`Server replied: ${gmail.SHUTTING_DOWN[0]}`)
    // The server refused the message in so many words: not a lost connection, no duplicate.
    expect(result.failed).not.toMatch(/was lost|may have been delivered|duplicate/)
    expect(double.connections).toBe(2)
    expect(result.sleeps).toEqual([2000])
    expect(double.messages).toEqual([])
  })

  it('recipient-rejected names the refused addresses and their inputs in the annotation, and lists them in `rejected`', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onRcpt: (address) => gmail.invalidRecipient(address) })
    const result = await runAgainst(double, { to: 'first@example.com', cc: 'second@example.com' })

    expectDiagnosis(result, 'recipient-rejected', 'Correct first@example.com (in `to`) and second@example.com (in `cc`)')
    expect(result.failed).toContain('refused first@example.com, second@example.com: not valid addresses')
    expect(result.outputs.rejected).toBe('first@example.com,second@example.com')
    expect(result.outputs.accepted).toBe('')
    expect(result.outputs['message-id']).toBeUndefined()
    expect(double.dataAttempts).toBe(0)
  })

  it('a 421 in reply to RCPT TO, sent in one write with the replies before it as Postfix and Exim do, is reported with that reply and retried', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      batchReplies: true,
      onRcpt: (_address, index) => (index === 2 ? ['421 4.7.0 Try again later, closing connection.'] : undefined)
    })
    const result = await runAgainst(double, { to: 'a@example.com, b@example.com, c@example.com', retries: '1' })

    expectDiagnosis(result, 'try-again-later', 'raise `retries`')
    expect(result.failed).toContain('Server replied: 421 4.7.0 Try again later, closing connection.')
    expect(result.failed).not.toMatch(/was lost|Connection closed/)
    expect(result.lines).toContainEqual({
      kind: 'warning',
      text: expect.stringContaining('Attempt 1 of 2 failed: 127.0.0.1 refused the message for now (421 4.7.0 Try again later, closing connection.)')
    })
    expect(double.connections).toBe(2)
    expect(result.sleeps).toEqual([2000])
    expect(double.messages).toEqual([])
  })

  it('a 421 in reply to RCPT TO is outlasted by a retry: the message goes out on the next connection', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      batchReplies: true,
      onRcpt: (_address, index) => (double!.connections === 1 && index === 2 ? ['421 4.7.0 Try again later, closing connection.'] : undefined)
    })
    const result = await runAgainst(double, { to: 'a@example.com, b@example.com, c@example.com', retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.messages.map((message) => message.rcptTo)).toEqual([['a@example.com', 'b@example.com', 'c@example.com']])
    expect(result.outputs.accepted).toBe('a@example.com,b@example.com,c@example.com')
    expect(result.sleeps).toEqual([2000])
    expect(result.lines).toContainEqual({
      kind: 'warning',
      text: expect.stringContaining('(421 4.7.0 Try again later, closing connection.). This is temporary')
    })
  })

  it('tls-required when the server offers no STARTTLS: no AUTH is sent', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), offerStartTls: false })
    const result = await runAgainst(double, { secure: 'false', retries: '2' })

    expectDiagnosis(result, 'tls-required', '`port: 465`')
    expect(result.failed).toContain('the password was not sent')
    expect(double.logins).toEqual([])
    expect(double.connections).toBe(1)
    expect(result.sleeps).toEqual([])
  })

  it('tls-mismatch: `secure: true` against a port that starts in plain text, in words, with the OpenSSL reason alone', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await runAgainst(double, { secure: 'true', retries: '2' })

    expectDiagnosis(result, 'tls-mismatch', '`secure: false`')
    expect(result.failed).toContain(`127.0.0.1:${double.port} answered in plain text, but \`secure\` is true, so the action expected TLS from the first byte`)
    expect(result.failed).toMatch(/\nError: OpenSSL: (wrong version number|packet length too long)\nHow to fix: /)
    expect(result.failed).not.toMatch(/SSL routines|openssl\/|\n\n/)
    expect(result.summary).toMatch(/\n```\nOpenSSL: (wrong version number|packet length too long)\n```\n/)
    expect(double.connections).toBe(1)
    expect(double.logins).toEqual([])
    expect(result.sleeps).toEqual([])
  })

  it('certificate: a server certificate from an unknown authority, never retried, no password sent', async () => {
    double = await startGmailDouble({ mode: 'implicit', keyPath: process.env.TEST_UNTRUSTED_TLS_KEY!, certPath: process.env.TEST_UNTRUSTED_TLS_CERT! })
    const result = await runAgainst(double, { retries: '2' })

    expectDiagnosis(result, 'certificate', 'NODE_EXTRA_CA_CERTS')
    expect(result.failed).toMatch(/Error: .*self[- ]signed certificate/)
    expect(double.connections).toBe(1)
    expect(double.logins).toEqual([])
    expect(result.sleeps).toEqual([])
  })

  it('connection-refused: nothing listens, fails at once without retrying', async () => {
    const port = await closedPort()
    const result = await runAgainst({ host: '127.0.0.1', port, mode: 'implicit' }, { retries: '2' })

    expectDiagnosis(result, 'connection-refused', 'self-hosted runner')
    expect(result.failed).toContain(`127.0.0.1:${port}`)
    expect(result.failed).toContain('ECONNREFUSED')
    expect(result.sleeps).toEqual([])
    expect(attemptLines(result)).toBe(0)
  })

  it('dns: a name under .invalid does not resolve, and no query leaves the machine', async () => {
    // nodemailer asks the DNS servers itself (resolve4/resolve6) and then getaddrinfo; all
    // three are answered here the way a resolver answers for .invalid (RFC 6761).
    const asked: string[] = []
    const notFound = (host: string, syscall: string) =>
      Object.assign(new Error(`${syscall} ENOTFOUND ${host}`), { code: 'ENOTFOUND', errno: -3008, syscall, hostname: host })
    const answer = (syscall: string) =>
      function (host: string, ...rest: unknown[]) {
        asked.push(host)
        const callback = rest.at(-1) as (error: Error) => void
        process.nextTick(callback, notFound(host, syscall))
      }
    vi.spyOn(dns.Resolver.prototype, 'resolve4').mockImplementation(answer('queryA') as never)
    vi.spyOn(dns.Resolver.prototype, 'resolve6').mockImplementation(answer('queryAaaa') as never)
    vi.spyOn(dns, 'lookup').mockImplementation(answer('getaddrinfo') as never)

    const result = await runAgainst(undefined, { server: 'smtp.gmail.invalid', port: '465', retries: '2' })

    expectDiagnosis(result, 'dns', 'Check the `server` input for typos')
    expect(result.failed).toContain('`smtp.gmail.invalid` could not be resolved')
    expect(result.failed).toContain('ENOTFOUND')
    expect(asked.length).toBeGreaterThan(0)
    expect(asked.every((host) => host === 'smtp.gmail.invalid')).toBe(true)
    expect(result.sleeps).toEqual([])
  })

  it('timeout: a plain-text connection to an implicit-TLS port gets no greeting; the fix says 465 needs `secure: true`', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { secure: 'false', timeout: '1', retries: '1' })

    expectDiagnosis(result, 'timeout', '`secure: true`')
    expect(result.failed).toContain('did not answer within 1 s (no greeting)')
    expect(result.failed).toContain('Greeting never received')
    expect(double.connections).toBe(2)
    expect(result.sleeps).toEqual([2000])
    expect(double.logins).toEqual([])
  })

  it('timeout: a server that never greets is given `timeout` per attempt and retried', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), greet: false })
    const result = await runAgainst(double, { secure: 'false', timeout: '1', retries: '2' })

    expectDiagnosis(result, 'timeout', 'Raise `timeout`')
    expect(double.connections).toBe(3)
    expect(result.sleeps).toEqual([2000, 4000])
  })

  it('invalid-input: a bad input fails before any connection', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { retries: 'twice' })

    expectDiagnosis(result, 'invalid-input', 'Set `retries` to a whole number')
    expect(result.failed).toContain('Input `retries`')
    expect(double.connections).toBe(0)
  })
})
