/**
 * The built action against a real Postfix, set up by scripts/postfix-interop.sh (run it with
 * `npm run test:postfix`): submission with STARTTLS required, SASL through Dovecot (a password
 * file, and XOAUTH2 checked against an OAuth2 provider this file serves), mail for example.test
 * delivered to a Maildir. Proves the action works with an SMTP server nobody
 * here wrote, where the Gmail double only says what we think Gmail does.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { createServer, type Server } from 'node:https'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { RUNNER_ENV } from './support/action.ts'
import { runBuiltAction, type RunnerResult, testStepEnv } from './support/runner.ts'

function fromSetup(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`${name} is not set: run this test with \`npm run test:postfix\`, which starts Postfix and Dovecot.`)
  return value
}

const postfix = {
  host: fromSetup('POSTFIX_INTEROP_HOST'),
  port: fromSetup('POSTFIX_INTEROP_PORT'),
  plainPort: fromSetup('POSTFIX_INTEROP_PLAIN_PORT'),
  username: fromSetup('POSTFIX_INTEROP_USER'),
  password: fromSetup('POSTFIX_INTEROP_PASSWORD'),
  recipient: fromSetup('POSTFIX_INTEROP_RECIPIENT'),
  maildir: fromSetup('POSTFIX_INTEROP_MAILDIR'),
  log: fromSetup('POSTFIX_INTEROP_LOG'),
  oauthPort: fromSetup('POSTFIX_INTEROP_OAUTH_PORT'),
  tlsKey: fromSetup('POSTFIX_INTEROP_TLS_KEY'),
  tlsCert: fromSetup('POSTFIX_INTEROP_TLS_CERT')
}

/** A push whose commit message carries markup, as untrusted event text can. */
const PUSH = {
  head_commit: {
    id: RUNNER_ENV.GITHUB_SHA,
    message: 'Render <script>alert(1)</script> & "quotes" as text\n\nBody that stays out of the summary line.',
    author: { name: 'Hubot <bot>', username: 'hubot' }
  }
}

/** Runs dist/index.js as the runner does, trusting the CA the setup script made for Postfix. */
function runBundle(inputs: Record<string, string>): Promise<RunnerResult> {
  return runBuiltAction(inputs, { env: testStepEnv(), event: PUSH })
}

/** Inputs for the submission port: STARTTLS (`secure: false`) as on port 587. */
const submission = {
  server: postfix.host,
  port: postfix.port,
  secure: 'false',
  username: postfix.username,
  password: postfix.password,
  to: postfix.recipient,
  status: 'failure',
  timeout: '10'
}

/** Raw messages delivered to the mailbox so far. */
function delivered(): string[] {
  const dir = join(postfix.maildir, 'new')
  let names: string[] = []
  try {
    names = readdirSync(dir)
  } catch {
    // The virtual delivery agent creates the Maildir with the first message.
  }
  return names.map((name) => readFileSync(join(dir, name), 'utf8'))
}

/** The raw message with this Message-ID, once Postfix's virtual delivery agent has written it after queueing. */
function arrival(messageId: string): Promise<string> {
  return vi.waitFor(
    () => {
      const message = delivered().find((text) => text.includes(messageId))
      if (!message) throw new Error(`no message ${messageId} in ${postfix.maildir}/new yet`)
      return message
    },
    { timeout: 20_000, interval: 100 }
  )
}

/** Waits for a line in Postfix's log that matches `pattern` (postlogd writes it a moment later). */
function postfixLogged(pattern: RegExp): Promise<string> {
  return vi.waitFor(
    () => {
      const line = readFileSync(postfix.log, 'utf8')
        .split('\n')
        .find((entry) => pattern.test(entry))
      if (!line) throw new Error(`Postfix has not logged a line matching ${pattern} in ${postfix.log}`)
      return line
    },
    { timeout: 10_000, interval: 100 }
  )
}

/**
 * Waits for the end of a session on one of Postfix's smtpd services (submission or plain). At
 * disconnect Postfix sums up the session's commands, such as
 * `ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1 quit=1 commands=8`.
 */
function sessionLogged(service: string, summary: RegExp): Promise<string> {
  return postfixLogged(new RegExp(` postfix/${service}/smtpd\\[\\d+\\]: disconnect from .*${summary.source}`))
}

describe('the built action against Postfix with Dovecot SASL', () => {
  it('logs in after STARTTLS, and Postfix delivers the notification to the mailbox', async () => {
    const before = delivered().length
    const result = await runBundle(submission)

    expect(result.stdout).not.toContain('::error')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.accepted).toBe(postfix.recipient)
    expect(result.outputs.rejected).toBe('')
    expect(result.outputs['message-id']).toMatch(/^<[0-9a-f-]{36}@example\.test>$/)
    expect(result.summary).toContain('Email notification sent')

    const raw = await arrival(result.outputs['message-id'])
    expect(delivered()).toHaveLength(before + 1)

    const mail = await simpleParser(raw)
    expect(mail.messageId).toBe(result.outputs['message-id'])
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(mail.text).toContain('Render <script>alert(1)</script> & "quotes" as text — by Hubot <bot>')
    expect(mail.html).toContain('Render &#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;quotes&#34; as text')
    expect(mail.html).not.toContain('<script>')
    // Postfix's own record of the session: ESMTPSA is ESMTP with STARTTLS (S) and a login (A),
    // and the EHLO name is a host name rather than an address literal such as [127.0.0.1].
    const received = String(mail.headers.get('received'))
    expect(received).toMatch(/with ESMTPSA/)
    expect(received).toMatch(/using TLSv1\.[23]/)
    expect(received).toMatch(/^from [a-z0-9.-]+ \(/i)
    expect(raw).toContain(`(Authenticated sender: ${postfix.username})`)
    await sessionLogged('submission', /ehlo=2 starttls=1 auth=1 mail=1 rcpt=1 data=1/)
  })

  it('reports a recipient Postfix does not know as refused, and delivers to the others', async () => {
    const before = delivered().length
    const unknown = 'nobody@example.test'
    const result = await runBundle({ ...submission, cc: unknown })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.accepted).toBe(postfix.recipient)
    expect(result.outputs.rejected).toBe(unknown)
    // Postfix's own refusal, passed on in the warning.
    const warning = result.stdout.split('\n').find((line) => line.startsWith('::warning') && line.includes(unknown))
    expect(warning).toMatch(/5\.1\.1/)
    const raw = await arrival(result.outputs['message-id'])
    expect(delivered()).toHaveLength(before + 1)
    expect((await simpleParser(raw)).cc).toMatchObject({ text: unknown })
  })

  it('fails with auth-rejected and a hint that is not about Gmail when Dovecot refuses the password', async () => {
    const before = delivered().length
    const wrongPassword = 'not-the-password-0123'
    const result = await runBundle({ ...submission, password: wrongPassword })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error::'))
    // Postfix's reply, kept in the annotation.
    expect(annotation).toMatch(/535 5\.7\.8 Error: authentication failed/)
    expect(annotation).toContain('`username`')
    expect(annotation).toContain('`password`')
    expect(annotation).not.toMatch(/App Password|myaccount\.google\.com/)
    expect(result.summary).toContain('auth-rejected')
    const printed = result.stdout.replace(/^::add-mask::.*$/gm, '') + result.summary
    expect(printed).not.toContain(wrongPassword)
    expect(delivered()).toHaveLength(before)
    // The one attempt, refused by Dovecot: the log shows a failed AUTH after STARTTLS.
    await sessionLogged('submission', /starttls=1 auth=0\/1/)
  })

  it('refuses to log in where Postfix does not offer STARTTLS, and sends no AUTH', async () => {
    const before = delivered().length
    const result = await runBundle({ ...submission, port: postfix.plainPort })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('tls-required')
    expect(result.stdout).toMatch(/^::error::.*did not offer STARTTLS/m)
    // The only session on this port; the tests above show how a sent AUTH appears in it.
    const session = await sessionLogged('plain', /ehlo=/)
    expect(session).toMatch(/ehlo=1/)
    expect(session).not.toMatch(/auth=/)
    expect(delivered()).toHaveLength(before)
  })
})

/**
 * An OAuth2 provider on the port Dovecot was configured with: a token endpoint for the action
 * (refresh token → access token) and an introspection endpoint (RFC 7662) that Dovecot asks
 * whether the token the action sent in XOAUTH2 is active and whose it is.
 */
interface Provider {
  server: Server
  /** Tokens Dovecot asked about, in order. */
  introspected: string[]
  /** Access tokens issued, in order. */
  issued: string[]
  /** When set, the provider calls every token inactive, as after an admin withdrew access. */
  revoked: boolean
}

const CLIENT = { id: 'interop-client.apps.example.test', secret: 'interop-client-secret' }
const REFRESH_TOKEN = '1//interop-refresh-token'

async function startProvider(): Promise<Provider> {
  const provider: Provider = { server: undefined as unknown as Server, introspected: [], issued: [], revoked: false }
  provider.server = createServer({ key: readFileSync(postfix.tlsKey), cert: readFileSync(postfix.tlsCert) }, (request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const form = new URLSearchParams(body)
      const answer = (status: number, json: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' })
        response.end(JSON.stringify(json))
      }
      if (request.method === 'POST' && request.url === '/token') {
        if (form.get('client_id') !== CLIENT.id || form.get('client_secret') !== CLIENT.secret) return answer(401, { error: 'invalid_client' })
        if (form.get('grant_type') !== 'refresh_token' || form.get('refresh_token') !== REFRESH_TOKEN) {
          return answer(400, { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' })
        }
        const token = `ya29.interop-${provider.issued.length + 1}`
        provider.issued.push(token)
        return answer(200, { access_token: token, token_type: 'Bearer', expires_in: 3599, scope: 'https://mail.google.com/' })
      }
      if (request.method === 'POST' && request.url === '/introspect') {
        const token = form.get('token') ?? ''
        provider.introspected.push(token)
        return answer(
          200,
          !provider.revoked && provider.issued.includes(token)
            ? { active: true, email: postfix.username, scope: 'https://mail.google.com/' }
            : { active: false }
        )
      }
      answer(404, { error: 'not_found' })
    })
  })
  await new Promise<void>((resolve) => provider.server.listen(Number(postfix.oauthPort), '127.0.0.1', resolve))
  return provider
}

describe('the built action logging in to Postfix with OAuth2 (XOAUTH2, checked by Dovecot)', () => {
  let provider: Provider
  beforeAll(async () => {
    provider = await startProvider()
  })
  afterAll(() => new Promise<void>((resolve) => provider.server.close(() => resolve())))

  const oauth2 = {
    ...submission,
    password: '',
    'oauth2-client-id': CLIENT.id,
    'oauth2-client-secret': CLIENT.secret,
    'oauth2-refresh-token': REFRESH_TOKEN,
    'oauth2-token-url': `https://localhost:${postfix.oauthPort}/token`
  }

  it('sends with the access token from the token endpoint, which Dovecot verifies with the provider', async () => {
    const result = await runBundle(oauth2)

    expect(result.stdout).not.toContain('::error')
    expect(result.exitCode).toBe(0)
    expect(result.outputs.accepted).toBe(postfix.recipient)
    expect(provider.issued).toHaveLength(1)
    expect(provider.introspected).toEqual(provider.issued)
    const mail = await simpleParser(await arrival(result.outputs['message-id']))
    expect(String(mail.headers.get('received'))).toMatch(/with ESMTPSA/)
    expect(await postfixLogged(/sasl_method=XOAUTH2, sasl_username=/)).toContain(`sasl_username=${postfix.username}`)
  })

  it('fails with oauth2-rejected when Dovecot finds the access token inactive', async () => {
    const before = delivered().length
    provider.revoked = true
    const result = await runBundle(oauth2)

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(provider.introspected.at(-1)).toBe(provider.issued.at(-1))
    await postfixLogged(/SASL XOAUTH2 authentication failed/)
    expect(delivered()).toHaveLength(before)
    const printed = result.stdout.replace(/^::add-mask::.*$/gm, '') + result.summary
    expect(printed).not.toMatch(/ya29\.interop-/)
  })
})
