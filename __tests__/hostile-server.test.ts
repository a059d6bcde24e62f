import http from 'node:http'
import net from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

/**
 * The built action, run the way the runner runs it, against servers and inputs an attacker
 * (or a mistake) could put in its way: addresses longer than SMTP allows, ports that do not
 * speak SMTP, servers that offer no login.
 */

let double: GmailDouble | undefined
/** Closes the server `listen` started, with its open connections. */
let closeOther: (() => Promise<void>) | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
  await closeOther?.()
  closeOther = undefined
})

/** Another kind of server on a loopback port, closed after the test. */
async function listen(server: net.Server): Promise<{ port: number; mode: 'starttls' }> {
  const sockets = new Set<net.Socket>()
  server.on('connection', (socket: net.Socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  closeOther = async () => {
    for (const socket of sockets) socket.destroy()
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  return { port: (server.address() as net.AddressInfo).port, mode: 'starttls' }
}

/** Control characters a peer sent that must never reach the log or the summary raw (tab and line feed aside). */
const RAW_CONTROL = /(?![\t\n])\p{Cc}/u

/** Runs dist/index.js against `target` with a Gmail-like login, then `inputs`. */
function runBundle(target: Pick<GmailDouble, 'port' | 'mode'>, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  return runBuiltAction(
    {
      server: 'localhost',
      port: String(target.port),
      secure: String(target.mode === 'implicit'),
      username: USERNAME,
      password: APP_PASSWORD,
      to: 'team@example.com',
      timeout: '5',
      retries: '0',
      ...inputs
    },
    { env: testStepEnv(), event: {} }
  )
}

/** The `::error` annotation the step printed. */
const annotation = (result: RunnerResult) => result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? ''

describe('addresses longer than SMTP allows', () => {
  it.each([
    ['to', `${'x'.repeat(10_000)}@example.com`, 'before the @ is 10000 octets long; SMTP allows 64'],
    ['cc', `${'é'.repeat(33)}@example.com`, 'before the @ is 66 octets long'],
    ['reply-to', `me@${'d'.repeat(64)}.example.com`, 'is 64 octets long; SMTP allows 63']
  ])('fails `%s` as invalid-input before connecting, showing only the start of the value', async (input, value, problem) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBundle(double, { [input]: value })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(annotation(result)).toContain(`Input \`${input}\`: `)
    expect(annotation(result)).toContain(problem)
    expect(annotation(result)).toContain('RFC 5321')
    expect(result.stdout).not.toContain('x'.repeat(100))
    expect(double.connections).toBe(0)
    expect(double.messages).toEqual([])
  })
})

describe('a port that does not speak SMTP', () => {
  const HTTP_RESPONSE = 'HTTP/1.1 400 Bad Request\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<html><body>::warning::read me</body></html>\r\n'
  const IMAP_GREETING = '* OK [CAPABILITY IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE IDLE STARTTLS AUTH=PLAIN] Dovecot ready.\r\n'
  const BINARY = Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x07, 0x1b, 0x5d, 0x30, 0x3b, 0x78, 0x07, 0x0d, 0x0a])

  it.each<[string, 'implicit' | 'starttls', Buffer, string, string]>([
    [
      'an HTTP response on connect',
      'starttls',
      Buffer.from(HTTP_RESPONSE),
      'it answered like a web server (HTTP)',
      'Its greeting began "HTTP/1.1 400 Bad Request"'
    ],
    ['an IMAP greeting', 'starttls', Buffer.from(IMAP_GREETING), 'it answered like an IMAP server', 'Its greeting began "* OK [CAPABILITY'],
    ['binary bytes', 'starttls', BINARY, 'it sent binary data', '\\x00\\x1b[2J\\xff\\xfe\\x07'],
    ['binary bytes after the TLS handshake', 'implicit', BINARY, 'it sent binary data', '\\x00\\x1b[2J']
  ])('fails with protocol-error for %s, once, showing only an escaped excerpt', async (_case, mode, greeting, title, excerpt) => {
    double = await startGmailDouble({ mode, ...tlsFiles(), greetWith: greeting })
    const result = await runBundle(double, { retries: '2' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('protocol-error')
    expect(annotation(result)).toContain(`localhost:${double.port} does not speak SMTP: ${title}`)
    expect(annotation(result)).toContain('Check `server` and `port`')
    expect(result.stdout).toContain(excerpt)
    expect(result.summary).toContain('**error-code:** `protocol-error`')
    for (const printed of [result.stdout, result.summary]) {
      expect(printed).not.toMatch(RAW_CONTROL)
      expect(printed).not.toContain('<html>')
      expect(printed).not.toContain('::warning::')
    }
    expect(double.connections).toBe(1)
    expect(double.transcript.some((line) => /^C: (AUTH|MAIL)/.test(line))).toBe(false)
  })

  it('fails with protocol-error for a 220 greeting followed by an HTTP answer to EHLO, without retrying', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), onEhlo: () => ['HTTP/1.1 400 Bad Request', 'Connection: close', ''] })
    const result = await runBundle(double, { retries: '2' })

    expect(result.outputs['error-code']).toBe('protocol-error')
    expect(annotation(result)).toContain('does not speak SMTP: it answered like a web server (HTTP)')
    expect(annotation(result)).toContain('Its reply to EHLO began')
    expect(double.connections).toBe(1)
  })

  it('fails with protocol-error for a greeting that never ends, within the deadline', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'A')
    let clientGone = false
    const target = await listen(
      net.createServer((socket) => {
        socket.on('error', () => {})
        socket.on('close', () => (clientGone = true))
        const pour = () => {
          while (!socket.destroyed && socket.write(chunk));
        }
        socket.on('drain', pour)
        pour()
      })
    )
    const result = await runBundle(target, { timeout: '10' })

    expect(result.outputs['error-code']).toBe('protocol-error')
    expect(annotation(result)).toContain('Its greeting ran past 1 MB without ending')
    expect(result.stdout).not.toContain('A'.repeat(100))
    expect(clientGone).toBe(true)
  })

  it('fails with protocol-error for a server that pours out empty lines, which no reply limit catches', async () => {
    const chunk = Buffer.from('\r\n'.repeat(32 * 1024))
    let clientGone = false
    const target = await listen(
      net.createServer((socket) => {
        socket.on('error', () => {})
        socket.on('close', () => (clientGone = true))
        const pour = () => {
          while (!socket.destroyed && socket.write(chunk));
        }
        socket.on('drain', pour)
        pour()
      })
    )
    const result = await runBundle(target, { timeout: '10' })

    expect(result.outputs['error-code']).toBe('protocol-error')
    expect(annotation(result)).toContain('It sent far more than an SMTP conversation takes (over 4 MB or 10,000 lines)')
    expect(clientGone).toBe(true)
  })

  it('shows nothing of a reply to AUTH that is not SMTP: a cut excerpt of a quoted password would escape the masking', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: ['LOGIN'], onAuth: (login) => [`${'x'.repeat(30)}${login.secret}`] })
    const result = await runBundle(double)

    expect(result.outputs['error-code']).toBe('protocol-error')
    expect(annotation(result)).toContain('Its reply to AUTH was not an SMTP reply (not shown')
    const printed =
      result.stdout
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n') + result.summary
    expect(printed).not.toContain(APP_PASSWORD.slice(0, 6))
  })

  it('says that a web server, which waits for a request, may be why no greeting came', async () => {
    const target = await listen(http.createServer((_request, response) => response.end('hello')))
    const result = await runBundle(target, { timeout: '1' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(annotation(result)).toContain('not an SMTP server (a web server, for one) stays silent too')
  })
})

describe('a server that offers no login', () => {
  it('with credentials, refuses to send through a server that offers no AUTH but would take the mail', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: [], acceptWithoutLogin: true })
    const result = await runBundle(double, { retries: '2' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-unavailable')
    expect(annotation(result)).toContain(`localhost:${double.port} offers no login over this connection (no AUTH over TLS)`)
    expect(annotation(result)).toContain('Check `server`, `port` and `secure`')
    expect(annotation(result)).toContain('leave `password` empty')
    expect(result.summary).toContain('**error-code:** `auth-unavailable`')
    expect(double.transcript.some((line) => /^C: (AUTH|MAIL|RCPT|DATA)/.test(line))).toBe(false)
    expect(double.messages).toEqual([])
    expect(double.connections).toBe(1)
  })

  it('with credentials, says auth-unavailable, not "give username and password", when such a server then wants a login (STARTTLS)', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), authMethods: [] })
    const result = await runBundle(double)

    expect(result.outputs['error-code']).toBe('auth-unavailable')
    expect(annotation(result)).toContain('(no AUTH after STARTTLS), although `username` and `password` are given')
    expect(annotation(result)).not.toContain('Give `username` and `password`')
    expect(double.transcript.some((line) => /^C: MAIL/.test(line))).toBe(false)
  })

  it('with credentials and verify-only, fails the same way instead of passing with a warning', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: [], acceptWithoutLogin: true })
    const result = await runBundle(double, { 'verify-only': 'true' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-unavailable')
    expect(result.stdout).not.toContain('::warning::')
  })

  it('with `password` empty, sends through a relay on a server other than Gmail without a login, and says so once', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), authMethods: [], acceptWithoutLogin: true })
    const result = await runBundle(double, { password: '' })

    expect(result.exitCode).toBe(0)
    expect(result.outputs['error-code']).toBeUndefined()
    expect(double.messages).toHaveLength(1)
    expect(double.transcript).toContain('C: STARTTLS')
    expect(double.transcript.some((line) => /^C: AUTH/.test(line))).toBe(false)
    const notices = result.stdout.split('\n').filter((line) => line.startsWith('::notice::'))
    expect(notices).toEqual([`::notice::\`password\` is empty, so no login is used: the message goes to localhost as to a relay that takes mail without one.`])
  })

  it('with `password` empty, does not log in even where AUTH is offered, and a 530 asks for `password`, naming forks', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBundle(double, { password: '' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(annotation(result)).toContain('requires a login before sending, and `password` is empty, so none was made')
    expect(annotation(result)).toContain('Pass the password from a repository secret')
    expect(annotation(result)).toContain('pull request from a fork')
    expect(double.logins).toEqual([])
    expect(double.transcript.some((line) => /^C: AUTH/.test(line))).toBe(false)
  })
})
