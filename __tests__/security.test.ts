import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { ehloName } from '../src/send.ts'
import { readSettings } from '../src/settings.ts'
import { APP_PASSWORD, RUNNER_ENV, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type DoubleOptions, type GmailDouble, type SeenLogin } from './support/gmail-double.ts'
import { TLS_NOT_AVAILABLE } from './support/gmail-replies.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'
import { findLeaks } from './support/leaks.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

const untrustedTlsFiles = () => ({ keyPath: process.env.TEST_UNTRUSTED_TLS_KEY!, certPath: process.env.TEST_UNTRUSTED_TLS_CERT! })

/** The message's own header lines, up to the first blank line. */
const headerBlock = (raw: string) => raw.slice(0, raw.indexOf('\r\n\r\n'))

/** True when any credential (an AUTH command or a base64 form of the password) crossed the wire. */
function credentialsOnTheWire(transcript: string[]): boolean {
  return transcript.some((line) => /^C: AUTH\b/i.test(line)) || findLeaks(transcript.join('\n'), [APP_PASSWORD]).length > 0
}

describe('transport: credentials never cross the wire unencrypted', () => {
  it.each<[string, Partial<DoubleOptions>]>([
    ['does not offer STARTTLS', { offerStartTls: false }],
    ['has its STARTTLS line stripped and still advertises AUTH in plain text', { offerStartTls: false, authBeforeTls: true }],
    ['offers STARTTLS but answers it with an error', { startTlsReply: TLS_NOT_AVAILABLE }],
    ['offers STARTTLS, refuses it, and advertises AUTH in plain text', { startTlsReply: TLS_NOT_AVAILABLE, authBeforeTls: true }]
  ])('fails with tls-required and sends no AUTH when the server %s', async (_case, options) => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), ...options })
    const result = await runAgainst(double, { secure: 'false', retries: '2' })

    expect(result.outputs['error-code']).toBe('tls-required')
    expect(result.failed).toContain('STARTTLS')
    expect(result.failed).toContain('`port: 465`')
    expect(double.transcript).toContain('C: STARTTLS')
    expect(double.logins).toEqual([])
    expect(credentialsOnTheWire(double.transcript)).toBe(false)
    expect(double.messages).toEqual([])
    expect(double.connections).toBe(1)
  })

  it('upgrades before AUTH on a port that is not 465 even when secure is left empty', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), authMethods: ['PLAIN'] })
    // runAgainst sets secure from the double's mode; empty here means "decide from the port".
    const result = await runAgainst(double, { secure: '' })

    expect(result.failed).toBeUndefined()
    const starttls = double.transcript.indexOf('C: STARTTLS')
    const auth = double.transcript.findIndex((line) => line.startsWith('C: AUTH'))
    expect(starttls).toBeGreaterThan(-1)
    expect(auth).toBeGreaterThan(starttls)
    expect(double.logins).toEqual([{ method: 'PLAIN', username: USERNAME, secret: APP_PASSWORD, encrypted: true }])
  })

  it.each<['implicit' | 'starttls']>([['implicit'], ['starttls']])(
    'refuses a certificate no trusted authority signed (%s TLS), before any AUTH',
    async (mode) => {
      double = await startGmailDouble({ mode, ...untrustedTlsFiles() })
      const result = await runAgainst(double, { retries: '2' })

      expect(result.outputs['error-code']).toBe('certificate')
      expect(result.failed).toContain('NODE_EXTRA_CA_CERTS')
      expect(double.logins).toEqual([])
      expect(credentialsOnTheWire(double.transcript)).toBe(false)
      expect(double.connections).toBe(1)
    }
  )

  it('says EHLO with a host name, never an address literal', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await runAgainst(double, { secure: 'false' })

    expect(result.failed).toBeUndefined()
    const greetings = double.transcript.filter((line) => /^C: (EHLO|HELO) /.test(line))
    // Once in plain text, once again after STARTTLS.
    expect(greetings).toEqual([`C: EHLO ${ehloName()}`, `C: EHLO ${ehloName()}`])
    for (const line of greetings) {
      const name = line.slice('C: EHLO '.length)
      expect(name).not.toMatch(/^\[|^[\d.]+$|:/)
      expect(name).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/i)
    }
  })

  it.each([
    ['runner-12.example.com', 'runner-12.example.com'],
    ['fv-az1105-832', 'fv-az1105-832'],
    ['[127.0.0.1]', 'localhost'],
    ['10.1.0.4', 'localhost'],
    ['::1', 'localhost'],
    ['my_laptop', 'localhost'],
    ['', 'localhost']
  ])('ehloName(%j) is %j', (host, expected) => {
    expect(ehloName(host)).toBe(expected)
  })
})

describe('secrets: debug prints the conversation, never a credential', () => {
  const bodyMarker = 'BODY-ONLY-MARKER-7f3a'

  it.each<['PLAIN' | 'LOGIN']>([['PLAIN'], ['LOGIN']])(
    'AUTH %s: commands and replies are printed, the body and every form of the password are not',
    async (method) => {
      double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: [method] })
      const result = await runAgainst(double, { debug: 'true', body: `Deploy notes: ${bodyMarker}` })

      expect(result.failed).toBeUndefined()
      // The wire carried the password in base64, so a leak detector that finds nothing means something.
      expect(findLeaks(double.transcript.join('\n'), [APP_PASSWORD])).not.toEqual([])
      const printed = result.everything()
      expect(printed).toContain(`AUTH ${method}`)
      expect(printed).toContain('MAIL FROM:<octo.cat@gmail.com>')
      expect(printed).toContain('250 2.1.5 OK')
      expect(printed).toContain('354 Go ahead')
      expect(printed).not.toContain(bodyMarker)
      expect(findLeaks(printed, [APP_PASSWORD])).toEqual([])
      expect(double.messages[0].raw).toContain(bodyMarker)
    }
  )

  /** A server that quotes the credentials it got back in its refusal, as some do. */
  const echoCredentials = (login: SeenLogin) => [
    `535 5.7.8 Authentication failed for ${
      login.method === 'PLAIN' ? Buffer.from(`\0${login.username}\0${login.secret}`).toString('base64') : Buffer.from(login.secret).toString('base64')
    } (${login.secret})`
  ]

  it.each<['PLAIN' | 'LOGIN']>([['PLAIN'], ['LOGIN']])(
    'AUTH %s refused with the credentials quoted back: the failure, summary and debug log mask them',
    async (method) => {
      double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: [method], onAuth: echoCredentials })
      const result = await runAgainst(double, { debug: 'true', server: 'localhost' })

      expect(result.outputs['error-code']).toBe('auth-rejected')
      expect(result.failed).toContain('Authentication failed for ***')
      expect(result.summary).toContain('Authentication failed for ***')
      expect(findLeaks(result.everything(), [APP_PASSWORD])).toEqual([])
    }
  )

  it('the built action prints ::add-mask:: for every form before any other line, then no form of the password', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: ['LOGIN'], onAuth: echoCredentials })
    const result = await runBuiltAction(
      {
        server: 'localhost',
        port: String(double.port),
        secure: 'true',
        username: USERNAME,
        password: APP_PASSWORD,
        to: 'team@example.com',
        timeout: '5',
        debug: 'true'
      },
      { env: testStepEnv(), event: {} }
    )

    expect(result.exitCode).toBe(1)
    const lines = result.stdout.split('\n')
    const isMask = (line: string) => line.startsWith('::add-mask::')
    const firstOther = lines.findIndex((line) => !isMask(line))
    expect(firstOther).toBeGreaterThan(0)
    expect(lines.slice(firstOther).some(isMask)).toBe(false)
    const registered = lines.filter(isMask).map((line) => line.slice('::add-mask::'.length))
    expect(registered).toContain(APP_PASSWORD)
    // What AUTH LOGIN put on the wire is covered by a registered form.
    const onWire = Buffer.from(APP_PASSWORD).toString('base64')
    expect(registered.some((form) => form !== APP_PASSWORD && onWire.includes(form))).toBe(true)

    const printed = [...lines.filter((line) => !isMask(line)), result.summary, ...Object.values(result.outputs)].join('\n')
    expect(printed).toContain('AUTH LOGIN')
    expect(printed).toContain('Authentication failed for ***')
    expect(findLeaks(printed, [APP_PASSWORD])).toEqual([])
  })

  it('a pasted Gmail App Password is registered as pasted and as sent, with a notice, and never printed', async () => {
    // A dry run reads the inputs as for smtp.gmail.com but opens no connection to it. The
    // runner trims inputs, so only the spaces inside reach the action.
    const pasted = 'qwer tzui opas dfgh'
    const result = await runAgainst(undefined, { password: pasted, 'dry-run': 'true', debug: 'true' }, { ...RUNNER_ENV, RUNNER_TEMP: tmpdir() })

    expect(result.failed).toBeUndefined()
    expect(result.secrets).toContain(pasted)
    expect(result.secrets).toContain(APP_PASSWORD)
    expect(result.lines.filter((line) => line.kind === 'notice').map((line) => line.text)).toEqual([
      expect.stringContaining('Removed the spaces from the App Password')
    ])
    for (const secret of [pasted, APP_PASSWORD]) expect(findLeaks(result.everything(), [secret])).toEqual([])
    const inputs: Record<string, string> = { username: USERNAME, password: pasted, to: 'team@example.com' }
    expect(readSettings((name) => inputs[name] ?? '').password).toBe(APP_PASSWORD)
  })
})

describe('untrusted text cannot add headers, recipients or markup', () => {
  it('a subject with line breaks stays one header and adds no recipient', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { subject: 'Build failed\r\nBcc: evil@example.com\nX-Injected: yes\rTo: evil@example.com' })

    expect(result.failed).toBeUndefined()
    const received = double.messages[0]
    expect(received.rcptTo).toEqual(['team@example.com'])
    expect(headerBlock(received.raw)).not.toMatch(/^(Bcc|X-Injected|To: evil)/im)
    const mail = await simpleParser(received.raw)
    expect(mail.subject).toBe('Build failed Bcc: evil@example.com X-Injected: yes To: evil@example.com')
    expect(mail.headers.has('x-injected')).toBe(false)
  })

  it('a workflow name with line breaks in the generated subject adds no header', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, {}, { ...RUNNER_ENV, GITHUB_WORKFLOW: 'CI\r\nBcc: evil@example.com\r\nX-Injected: yes' })

    expect(result.failed).toBeUndefined()
    const received = double.messages[0]
    expect(received.rcptTo).toEqual(['team@example.com'])
    expect(headerBlock(received.raw)).not.toMatch(/^(Bcc|X-Injected):/im)
    const mail = await simpleParser(received.raw)
    expect(mail.subject).toContain('CI Bcc: evil@example.com X-Injected: yes #42')
  })

  it.each([
    ['to', 'team@example.com\r\nBcc: evil@example.com', 'address group'],
    ['to', 'team@example.com\rBcc: evil@example.com', 'address group'],
    ['to', 'Friends: team@example.com, evil@example.com;', 'address group'],
    ['cc', 'undisclosed-recipients: evil@example.com;', 'address group'],
    ['bcc', '"Team\rBcc: evil@example.com" <team@example.com>', ''],
    ['reply-to', '"Mona\tLisa" <mona@example.com>', 'control character'],
    ['from', 'Mona\r\nBcc: evil@example.com <octo.cat@gmail.com>', ''],
    ['from', 'Mona: Lisa <octo.cat@gmail.com>', 'address group'],
    ['username', 'octo.cat@gmail.com\r\nRCPT TO:<evil@example.com>', 'control character']
  ])('%s = %j is refused before connecting', async (input, value, problem) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { [input]: value })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain(`\`${input}\``)
    if (problem) expect(result.failed).toContain(problem)
    expect(double.connections).toBe(0)
  })

  it('placeholders filled from the event add no header, recipient, markup or link', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const eventPath = join(mkdtempSync(join(tmpdir(), 'notify-event-')), 'event.json')
    const title = 'Fix\r\nBcc: evil@example.com\r\nX-Injected: yes'
    const message = 'Update <img src=x onerror="alert(1)"> and [click here](https://evil.example/) <script>alert(2)</script>'
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 7,
          title,
          html_url: 'https://github.com/octo-org/app/pull/7',
          head: { ref: 'feature', sha: RUNNER_ENV.GITHUB_SHA },
          base: { ref: 'main' }
        },
        head_commit: { id: RUNNER_ENV.GITHUB_SHA, message, author: { name: 'Mona' } }
      })
    )
    const result = await runAgainst(
      double,
      { subject: 'PR: {{ pr_title }}', body: 'Commit: {{ commit_message }}\n\nTitle: {{ pr_title }}' },
      { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath }
    )

    expect(result.failed).toBeUndefined()
    const received = double.messages[0]
    expect(received.rcptTo).toEqual(['team@example.com'])
    expect(headerBlock(received.raw)).not.toMatch(/^(Bcc|X-Injected):/im)
    const mail = await simpleParser(received.raw)
    expect(mail.subject).toMatch(/^PR: Fix\s+Bcc: evil@example.com\s+X-Injected: yes$/)
    const html = String(mail.html)
    // The commit message reached the HTML part, as text.
    expect(html).toContain('click here')
    expect(html).not.toMatch(/<\s*(img|script)\b/i)
    expect(html).not.toContain('href="https://evil.example/')
  })

  it('event text (pull request title, branches, commit author) is text, never markup, in the HTML part', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const eventPath = join(mkdtempSync(join(tmpdir(), 'notify-event-')), 'event.json')
    const title = '<img src=x onerror="alert(1)"> Fix'
    const head = 'feature/<script>alert(2)</script>'
    const author = 'Mona <a href="https://evil.example/">click</a>'
    writeFileSync(
      eventPath,
      JSON.stringify({
        pull_request: {
          number: 7,
          title,
          html_url: 'https://github.com/octo-org/app/pull/7',
          head: { ref: head, sha: RUNNER_ENV.GITHUB_SHA },
          base: { ref: 'main' }
        },
        head_commit: { id: RUNNER_ENV.GITHUB_SHA, message: '<iframe src="https://evil.example/">', author: { name: author } }
      })
    )
    const result = await runAgainst(double, {}, { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: eventPath, GITHUB_HEAD_REF: head })

    expect(result.failed).toBeUndefined()
    const mail = await simpleParser(double.messages[0].raw)
    // The title reached the message, as text.
    expect(mail.text).toContain(title)
    const html = String(mail.html)
    expect(html).toContain('&#60;img src=x onerror=')
    expect(html).not.toMatch(/<\s*(img|script|iframe)\b/i)
    expect(html).not.toContain('href="https://evil.example/')
  })
})

describe('bad inputs fail before any connection, naming the input, the value and what is allowed', () => {
  it.each([
    ['to', '', 'is empty', 'at least one recipient'],
    ['to', 'team@', '"team@"', 'user@example.com'],
    ['cc', 'lead@example.com, nobody', '"nobody"', 'user@example.com'],
    ['bcc', 'x@@example.com', '"x@@example.com"', 'user@example.com'],
    ['reply-to', 'reply', '"reply"', 'user@example.com'],
    ['from', 'ci at example.com', 'ci at example.com', 'user@example.com'],
    ['port', '0', '"0"', 'from 1 to 65535'],
    ['port', '70000', '"70000"', 'from 1 to 65535'],
    ['port', '587a', '"587a"', 'from 1 to 65535'],
    ['secure', 'yes', '"yes"', 'true or false'],
    ['timeout', '-5', '"-5"', 'whole number'],
    ['timeout', 'soon', '"soon"', 'whole number'],
    ['retries', '1.5', '"1.5"', 'whole number'],
    ['retries', 'many', '"many"', 'whole number'],
    ['debug', 'verbose', '"verbose"', 'true or false'],
    ['status', 'done', '"done"', 'success, failure or cancelled'],
    ['server', 'smtp.gmail.com:465', '"smtp.gmail.com:465"', 'host name'],
    ['log-lines', 'lots', '"lots"', 'whole number'],
    ['verify-only', 'maybe', '"maybe"', 'true or false'],
    ['dry-run', 'yes', '"yes"', 'true or false'],
    ['if-no-files-found', 'skip', '"skip"', 'warn'],
    ['body-file', 'missing/notes.md', 'missing/notes.md', 'relative to the workspace'],
    ['subject', 'Build {{ nope }}', '{{ nope }}', 'commit_message'],
    ['oauth2-token-url', 'http://oauth2.example.invalid/token', '"http://oauth2.example.invalid/token"', 'https']
  ])('%s = %j', async (input, value, shown, allowed) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    // The token URL is only read when OAuth2 is in use.
    const oauth2: Record<string, string> =
      input === 'oauth2-token-url' ? { 'oauth2-client-id': 'client-7d1e', 'oauth2-client-secret': 'secret-8f2a', 'oauth2-refresh-token': 'refresh-9c3b' } : {}
    const result = await runAgainst(double, { ...oauth2, [input]: value })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain(`Input \`${input}\``)
    expect(result.failed).toContain(shown)
    expect(result.failed).toContain(allowed)
    expect(result.summary).toContain('invalid-input')
    expect(double.connections).toBe(0)
    expect(findLeaks(result.everything(), [APP_PASSWORD])).toEqual([])
  })

  it('the built action fails with an ::error annotation naming the input, before connecting', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      { server: 'localhost', port: String(double.port), secure: 'true', username: USERNAME, password: APP_PASSWORD, to: 'team@example.com', retries: 'many' },
      { env: testStepEnv(), event: {} }
    )

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(annotation).toContain('Input `retries`: "many" is not a whole number from 0 to')
    expect(double.connections).toBe(0)
  })
})
