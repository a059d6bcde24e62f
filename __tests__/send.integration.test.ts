import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { APP_PASSWORD_REQUIRED, BAD_CREDENTIALS } from './support/gmail-replies.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

describe('sending a notification', () => {
  it('delivers over implicit TLS with AUTH PLAIN, and the message carries the run in both parts', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: ['PLAIN'] })
    const result = await runAgainst(double, { status: 'failure', cc: 'lead@example.com', from: 'CI Bot <octo.cat@gmail.com>' })

    expect(result.failed).toBeUndefined()
    expect(double.logins).toEqual([{ method: 'PLAIN', username: USERNAME, secret: APP_PASSWORD, encrypted: true }])
    expect(double.messages).toHaveLength(1)
    const received = double.messages[0]
    expect(received.mailFrom).toBe(USERNAME)
    expect(received.rcptTo).toEqual(['team@example.com', 'lead@example.com'])

    const mail = await simpleParser(received.raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(mail.from?.value).toEqual([{ name: 'CI Bot', address: 'octo.cat@gmail.com' }])
    expect(mail.messageId).toBe(result.outputs['message-id'])
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated')
    const runUrl = 'https://github.com/octo-org/app/actions/runs/9876543210'
    expect(mail.text).toContain('FAILED: CI #42 failed')
    expect(mail.text).toContain(runUrl)
    expect(mail.text).toContain('0123456')
    expect(mail.html).toContain(`href="${runUrl}"`)
    expect(mail.html).toContain('href="https://github.com/octo-org/app/commit/0123456789abcdef0123456789abcdef01234567"')
    expect(result.outputs.accepted).toBe('team@example.com,lead@example.com')
    expect(result.outputs.rejected).toBe('')
  })

  it('gives an international domain in the envelope in its ASCII (punycode) form, which every server takes', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { to: 'Jaan <jaan@jõgeva.ee>', from: 'CI Bot <ci@bücher.de>', status: 'success' })

    expect(result.failed).toBeUndefined()
    expect(double.messages[0].mailFrom).toBe('ci@xn--bcher-kva.de')
    expect(double.messages[0].rcptTo).toEqual(['jaan@xn--jgeva-dua.ee'])
    expect(double.transcript.filter((line) => /^C: (MAIL|RCPT)/.test(line)).join('\n')).not.toContain('SMTPUTF8')
  })

  it('upgrades with STARTTLS before AUTH LOGIN when secure is false', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), authMethods: ['LOGIN'] })
    const result = await runAgainst(double, { secure: 'false', status: 'success' })

    expect(result.failed).toBeUndefined()
    expect(double.transcript).toContain('C: STARTTLS')
    expect(double.logins).toEqual([{ method: 'LOGIN', username: USERNAME, secret: APP_PASSWORD, encrypted: true }])
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 succeeded on main')
  })

  it.each([
    ['535-5.7.8 BadCredentials', BAD_CREDENTIALS, 'did not accept the username and password'],
    ['534-5.7.9 InvalidSecondFactor', APP_PASSWORD_REQUIRED, 'needs an App Password']
  ])('fails with the App Password fix when Gmail answers %s, and does not retry', async (_name, reply, title) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => reply })
    const result = await runAgainst(double, { retries: '2' })

    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(result.failed).toContain(title)
    expect(result.failed).toContain(reply[0].slice(4, 40))
    expect(result.failed).toContain('https://myaccount.google.com/apppasswords')
    expect(result.failed).toContain('2-Step Verification')
    expect(result.failed).toContain('`username`')
    expect(result.summary).toContain('https://myaccount.google.com/apppasswords')
    expect(double.logins).toHaveLength(1)
    expect(double.connections).toBe(1)
    expect(result.sleeps).toEqual([])
    expect(double.messages).toHaveLength(0)
  })

  it.each([['smtp.gmail.com'], ['smtp.googlemail.com']])(
    'fails before connecting when the password for %s is missing, and says why a fork has none',
    async (server) => {
      double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
      const result = await runAgainst(double, { password: '', server })

      expect(result.outputs['error-code']).toBe('invalid-input')
      expect(result.failed).toContain('`password`')
      expect(result.failed).toContain('secrets.GMAIL_APP_PASSWORD')
      expect(result.failed).toContain('fork')
      expect(double.connections).toBe(0)
    }
  )

  it('never sends the password when the server offers no STARTTLS', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), offerStartTls: false })
    const result = await runAgainst(double, { secure: 'false' })

    expect(result.outputs['error-code']).toBe('tls-required')
    expect(double.logins).toEqual([])
    expect(double.transcript.some((line) => line.startsWith('C: AUTH'))).toBe(false)
    expect(double.transcript.join('\n')).not.toContain(Buffer.from(APP_PASSWORD).toString('base64').slice(0, 12))
  })

  it('registers the password and its encoded forms as secrets before doing anything else, and never prints them', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => BAD_CREDENTIALS })
    const result = await runAgainst(double, { debug: 'true' })

    expect(result.secrets).toContain(APP_PASSWORD)
    const plain = Buffer.from(`\0${USERNAME}\0${APP_PASSWORD}`).toString('base64')
    expect(result.secrets.some((form) => plain.includes(form))).toBe(true)
    // debug prints the conversation, which carried AUTH PLAIN with the password in base64
    expect(result.lines.some((line) => line.text.includes('AUTH PLAIN'))).toBe(true)
    const printed = result.everything()
    expect(printed).not.toContain(APP_PASSWORD)
    expect(printed).not.toContain(plain)
    expect(printed).not.toContain(Buffer.from(APP_PASSWORD).toString('base64').replace(/=+$/, ''))
  })
})
