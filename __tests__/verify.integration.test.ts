import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { APP_PASSWORD_REQUIRED, BAD_CREDENTIALS } from './support/gmail-replies.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

describe('verify-only: checking a login without sending', () => {
  it('is cut off by the same per-attempt deadline as a send when the server trickles its replies', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), trickleAfter: { command: 'EHLO', msPerByte: 300 } })
    const result = await runAgainst(double, { 'verify-only': 'true', timeout: '1' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(result.failed).toContain('the attempt did not finish within 2 s (twice `timeout`)')
    expect(result.lines.map((l) => l.text).join('\n')).not.toMatch(/Login accepted/)
  })

  it('logs in over STARTTLS, sends no MAIL FROM, and says nothing was sent', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await runAgainst(double, { 'verify-only': 'true', to: '' })

    expect(result.failed).toBeUndefined()
    expect(double.logins).toEqual([expect.objectContaining({ username: USERNAME, secret: APP_PASSWORD, encrypted: true })])
    expect(double.messages).toHaveLength(0)
    expect(double.transcript.some((line) => /^C: MAIL FROM/i.test(line))).toBe(false)
    expect(result.outputs['error-code']).toBeUndefined()
    expect(result.outputs['message-id']).toBeUndefined()
    expect(result.lines.map((l) => l.text).join('\n')).toMatch(/Login accepted.*No message was sent/)
    expect(result.summary).toContain('Email login verified')
  })

  it('fails with auth-unavailable when the server offers no AUTH although credentials are given', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: [], acceptWithoutLogin: true })
    const result = await runAgainst(double, { 'verify-only': 'true' })

    expect(result.outputs['error-code']).toBe('auth-unavailable')
    expect(result.failed).toContain('offers no login over this connection')
    expect(result.failed).toContain('leave `password` empty')
    expect(double.logins).toEqual([])
    expect(result.lines.map((l) => l.text).join('\n')).not.toMatch(/Login accepted/)
    expect(result.summary).not.toContain('verified')
  })

  it('connects without a login when `password` is empty on a server other than Gmail, and says no login was checked', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), acceptWithoutLogin: true })
    const result = await runAgainst(double, { 'verify-only': 'true', password: '', server: 'localhost' })

    expect(result.failed).toBeUndefined()
    expect(double.logins).toEqual([])
    expect(double.transcript).toContain('C: STARTTLS')
    const printed = result.lines.map((l) => l.text).join('\n')
    expect(printed).toContain('no login was tried, because `password` is empty')
    expect(printed).not.toMatch(/Login accepted/)
    expect(result.summary).toContain('Email connection verified, without a login')
  })

  it.each([
    ['535 5.7.8 BadCredentials', BAD_CREDENTIALS],
    ['534 5.7.9 InvalidSecondFactor', APP_PASSWORD_REQUIRED]
  ])('fails a rejected login (%s) with auth-rejected and the App Password steps, without retrying', async (_name, reply) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => reply })
    const result = await runAgainst(double, { 'verify-only': 'true' })

    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(result.failed).toContain(reply[0])
    expect(result.failed).toContain('https://myaccount.google.com/apppasswords')
    expect(result.summary).toContain('auth-rejected')
    expect(double.connections).toBe(1)
    expect(double.messages).toHaveLength(0)
    expect(result.everything()).not.toContain(APP_PASSWORD)
  })

  it('still requires `to` when sending', async () => {
    const result = await runAgainst(undefined, { to: '' })
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('`to`')
  })

  it('rejects a verify-only that is neither true nor false before connecting', async () => {
    const result = await runAgainst(undefined, { 'verify-only': 'yes' })
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('verify-only')
  })
})
