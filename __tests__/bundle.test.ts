import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, RUNNER_ENV, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'
import { runBuiltAction, type RunnerResult, testStepEnv } from './support/runner.ts'

const DIST = join(import.meta.dirname, '..', 'dist')

/** Runs dist/index.js the way the runner does, with the test CA trusted. */
function runBundle(inputs: Record<string, string>, event: unknown): Promise<RunnerResult> {
  return runBuiltAction(inputs, { env: testStepEnv(), event })
}

const PUSH_EVENT = {
  head_commit: {
    id: RUNNER_ENV.GITHUB_SHA,
    message: 'Fix <b>parser</b> & "escape" handling\n\nLonger description that stays out of the summary line.',
    author: { name: 'Mona <Lisa>', username: 'mona' }
  }
}

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

describe('the built action (dist/index.js) run as the runner runs it', () => {
  it('sends the notification, sets the outputs and writes the summary', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBundle(
      {
        server: double.host,
        port: String(double.port),
        secure: 'true',
        username: USERNAME,
        password: APP_PASSWORD,
        to: 'team@example.com',
        status: 'failure',
        timeout: '5'
      },
      PUSH_EVENT
    )

    expect(result.stdout).not.toContain('::error')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`::add-mask::${APP_PASSWORD}`)
    expect(result.outputs.accepted).toBe('team@example.com')
    expect(result.outputs['message-id']).toMatch(/^<[0-9a-f-]{36}@gmail\.com>$/)
    expect(result.summary).toContain('Email notification sent')

    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.messageId).toBe(result.outputs['message-id'])
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(mail.text).toContain('Fix <b>parser</b> & "escape" handling — by Mona <Lisa>')
    expect(mail.text).not.toContain('Longer description')
    // Event text is escaped in the HTML part: it cannot add markup.
    expect(mail.html).toContain('Fix &#60;b&#62;parser&#60;/b&#62; &#38; &#34;escape&#34; handling')
    expect(mail.html).not.toContain('<b>parser</b>')
  })

  it('fails the step with an ::error annotation carrying the App Password fix when Gmail rejects the login', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => BAD_CREDENTIALS })
    const result = await runBundle(
      { server: double.host, port: String(double.port), secure: 'true', username: USERNAME, password: APP_PASSWORD, to: 'team@example.com', timeout: '5' },
      PUSH_EVENT
    )

    expect(result.exitCode).toBe(1)
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(annotation).toContain('535-5.7.8 Username and Password not accepted')
    expect(annotation).toContain('https://myaccount.google.com/apppasswords')
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(result.summary).toContain('auth-rejected')
    expect(result.summary).toContain('https://myaccount.google.com/apppasswords')
    expect(double.connections).toBe(1)
    const printed = result.stdout.replace(/^::add-mask::.*$/gm, '') + result.summary
    expect(printed).not.toContain(APP_PASSWORD)
  })

  /** The inputs for the double, with `inputs` on top. */
  const against = (running: GmailDouble, inputs: Record<string, string> = {}) => ({
    server: running.host,
    port: String(running.port),
    secure: String(running.mode === 'implicit'),
    username: USERNAME,
    password: APP_PASSWORD,
    to: 'team@example.com',
    timeout: '5',
    ...inputs
  })
  /** The ::error:: annotation, its line breaks (%0A) turned back into line breaks. */
  const annotationOf = (result: RunnerResult) =>
    (result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? '').slice('::error::'.length).replace(/%0A/g, '\n')

  it('a well-formed recipient the server does not know: says so, names the input, and leaves `message-id` empty', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onRcpt: (address) => [`550 5.1.1 <${address}>: Recipient address rejected: User unknown in local recipient table`]
    })
    const result = await runBundle(against(double, { to: 'Team <team@example.com>', cc: 'nobody@example.com' }), PUSH_EVENT)

    expect(result.exitCode).toBe(1)
    const annotation = annotationOf(result)
    expect(annotation).toContain('127.0.0.1 does not know the mailboxes team@example.com, nobody@example.com [error-code: recipient-rejected]')
    expect(annotation).toContain('Check the spelling of team@example.com (in `to`) and nobody@example.com (in `cc`)')
    expect(annotation).not.toContain('valid mailbox')
    expect(result.outputs['error-code']).toBe('recipient-rejected')
    expect(result.outputs.rejected).toBe('team@example.com,nobody@example.com')
    expect(result.outputs.accepted).toBe('')
    expect(result.outputs['message-id']).toBeUndefined()
    expect(double.dataAttempts).toBe(0)
  })

  it('a 421 in reply to RCPT TO, then a hang-up: the reply is shown and the failure is try-again-later', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      batchReplies: true,
      onRcpt: (_address, index) => (index === 2 ? ['421 4.7.0 Try again later, closing connection.'] : undefined)
    })
    const result = await runBundle(against(double, { to: 'a@example.com, b@example.com, c@example.com', retries: '0' }), PUSH_EVENT)

    expect(result.exitCode).toBe(1)
    const annotation = annotationOf(result)
    expect(annotation).toContain('[error-code: try-again-later]')
    expect(annotation).toContain('Server replied: 421 4.7.0 Try again later, closing connection.')
    expect(annotation).not.toMatch(/was lost|Connection closed/)
    expect(result.outputs['error-code']).toBe('try-again-later')
    expect(double.messages).toEqual([])
  })

  it('tls-mismatch is worded for people: no raw OpenSSL string, no empty line', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await runBundle(against(double, { secure: 'true' }), PUSH_EVENT)

    expect(result.exitCode).toBe(1)
    const annotation = annotationOf(result)
    expect(annotation).toContain('answered in plain text, but `secure` is true, so the action expected TLS from the first byte [error-code: tls-mismatch]')
    expect(annotation).toMatch(/\nError: OpenSSL: (wrong version number|packet length too long)\nHow to fix: /)
    expect(annotation).toContain('set `secure: false`')
    expect(annotation).not.toMatch(/SSL routines|openssl\/|\n\n/)
    expect(result.summary).not.toContain('SSL routines')
    expect(double.logins).toEqual([])
  })
})

describe('the bundle as ASCII (scripts/ascii-bundle.ts)', () => {
  // Each snippet is an expression; escaped, it must evaluate to the same value.
  it.each([
    ['a Korean string', `'서버 응답: ' + "“quoted” …"`],
    ['an identity escape before a character', `'\\é\\\\é'`],
    ['a template literal', '`${1}→${"가"}`'],
    ['a character class', `/^[가-힣]+$/.test('한글') && !/^[가-힣]+$/.test('abc')`],
    ['an astral character, in a string and with the u flag', `['😀'.length, /^.$/u.test('😀'), /😀/u.test('a😀'), /[😀]/u.test('😀')]`],
    ['an identifier', `(() => { const café = 1; return café + 1 })()`],
    ['a comment', `/* “quoted” */ 1 // 끝`]
  ])('keeps the meaning of %s', async (_what, snippet) => {
    const { escapeNonAscii } = await import('../scripts/ascii-bundle.ts')
    const escaped = escapeNonAscii(snippet)
    expect(escaped).toMatch(/^[\0-\x7f]*$/)
    expect(new Function(`return (${escaped}\n)`)()).toEqual(new Function(`return (${snippet}\n)`)())
  })

  it('refuses code that reads raw template text, where an escape would show as written', async () => {
    const { escapeNonAscii } = await import('../scripts/ascii-bundle.ts')
    expect(() => escapeNonAscii('String.raw`가`')).toThrow(/String\.raw/)
  })

  it('is what npm run bundle wrote: every file of dist/ that Node loads is ASCII', () => {
    const files = readdirSync(DIST).filter((name) => name.endsWith('.js'))
    expect(files).toContain('index.js')
    for (const file of files) expect(readFileSync(join(DIST, file), 'utf8'), file).toMatch(/^[\0-\x7f]*$/)
  })
})
