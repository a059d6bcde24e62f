import { describe, expect, it } from 'vitest'
import { diagnose } from '../src/diagnose.ts'
import { LANGUAGES } from '../src/language.ts'
import { portMayNotBeTaken } from '../src/main.ts'
import { fill, PROVIDERS, portNotTaken, type PortSetting } from '../src/providers.ts'

// The check before connecting (main.ts checkPort): the pure decision in providers.ts, and the
// test main.ts makes to leave the catalogue unloaded. The run's warning itself is in
// providers.integration.test.ts.

const USERNAME = 'ci@contoso.com'
const at = (server: string, port: number, secure: boolean) => ({ server, port, secure, username: USERNAME })

/** Every port and `secure` a workflow is likely to set, and some it is not. */
const SETTINGS: PortSetting[] = [25, 465, 587, 2525, 993].flatMap((port) => [
  { port, secure: true },
  { port, secure: false }
])

describe('portNotTaken: a port or `secure` the provider in `server` does not take', () => {
  it('Microsoft 365 on 465: its own words, and the setting it recommends', () => {
    const notTaken = portNotTaken(at('smtp.office365.com', 465, true), 'en')
    expect(notTaken).toEqual({
      provider: 'Microsoft 365',
      fix: expect.stringContaining('does not offer SMTP AUTH on port 465: set `port: 587` and `secure: false`'),
      recommended: { port: 587, secure: false }
    })
    expect(portNotTaken(at('smtp.office365.com', 465, true), 'ko')?.fix).toContain('465번 포트에서는 SMTP AUTH를 제공하지 않습니다')
  })

  it('a `secure` that does not go with the port is caught too: 587 with TLS from the first byte', () => {
    expect(portNotTaken(at('smtp.office365.com', 587, true), 'en')?.fix).toContain('`secure: false`')
    expect(portNotTaken(at('smtp.daum.net', 465, false), 'en')?.fix).toContain('`secure: true`')
  })

  it('the host as people write it: any case, a trailing dot, a regional Zoho host', () => {
    expect(portNotTaken(at('SMTP.Office365.COM.', 465, true), 'en')?.provider).toBe('Microsoft 365')
    expect(portNotTaken(at('smtppro.zoho.eu', 587, true), 'en')?.fix).toContain('port 465')
  })

  it('port 25: as the catalogue says, Microsoft 365 takes it and the others do not', () => {
    expect(portNotTaken(at('smtp.office365.com', 25, false), 'en')).toBeUndefined()
    for (const server of ['smtp.naver.com', 'smtp.mail.me.com', 'smtp.mail.yahoo.com', 'smtp-mail.outlook.com', 'smtp.daum.net', 'smtp.zoho.com'])
      expect(portNotTaken(at(server, 25, false), 'en'), server).toBeDefined()
  })

  it('nothing for a server the catalogue does not know, a look-alike host, or Gmail (whose diagnoses word its ports)', () => {
    for (const setting of SETTINGS) {
      expect(portNotTaken({ ...setting, server: 'mail.example.com', username: USERNAME }, 'en')).toBeUndefined()
      expect(portNotTaken({ ...setting, server: 'smtp.office365.com.attacker.example', username: USERNAME }, 'en')).toBeUndefined()
      expect(portNotTaken({ ...setting, server: 'smtp.gmail.com', username: USERNAME }, 'en')).toBeUndefined()
    }
  })

  it.each(PROVIDERS.filter((provider) => provider.portFix).map((provider) => [provider.name, provider] as const))(
    '%s: nothing for each setting it takes; for any other, its portFix filled in, in each language',
    (_name, provider) => {
      for (const setting of SETTINGS) {
        const taken = provider.ports.some((p) => p.port === setting.port && p.secure === setting.secure)
        for (const language of LANGUAGES) {
          const notTaken = portNotTaken({ ...setting, server: provider.server, username: USERNAME }, language)
          if (taken) expect(notTaken).toBeUndefined()
          else
            expect(notTaken).toEqual({
              provider: provider.name,
              fix: fill(provider.portFix![language], { server: provider.server, username: USERNAME }),
              recommended: provider.ports[0]
            })
        }
      }
    }
  )

  it('the warning gives the very fix a failed connection gets, so the report can tell the two are the same', () => {
    const timeout = Object.assign(new Error('Connection timeout'), { code: 'ETIMEDOUT', command: 'CONN' })
    for (const provider of PROVIDERS.filter((p) => p.portFix))
      for (const language of LANGUAGES) {
        const connection = at(provider.server, 2525, true)
        const diagnosis = diagnose(timeout, { ...connection, timeoutSeconds: 30, usesOAuth2: false, language })
        expect(diagnosis.fix, `${provider.name} ${language}`).toBe(portNotTaken(connection, language)?.fix)
      }
  })
})

describe('portMayNotBeTaken: whether the run loads the catalogue to ask', () => {
  it('not for Gmail on 465 with TLS or 587 with STARTTLS, the defaults and most runs', () => {
    expect(portMayNotBeTaken({ server: 'smtp.gmail.com', port: 465, secure: true })).toBe(false)
    expect(portMayNotBeTaken({ server: 'smtp.gmail.com', port: 587, secure: false })).toBe(false)
    expect(portMayNotBeTaken({ server: 'SMTP.googlemail.com.', port: 587, secure: false })).toBe(false)
  })

  it('not for an IP address, which is no provider host', () => {
    for (const server of ['127.0.0.1', '::1', '2001:db8::25']) expect(portMayNotBeTaken({ server, port: 465, secure: true }), server).toBe(false)
  })

  it('for Gmail on any other setting, and for every other host name', () => {
    expect(portMayNotBeTaken({ server: 'smtp.gmail.com', port: 465, secure: false })).toBe(true)
    expect(portMayNotBeTaken({ server: 'smtp.gmail.com', port: 587, secure: true })).toBe(true)
    expect(portMayNotBeTaken({ server: 'smtp.gmail.com', port: 25, secure: false })).toBe(true)
    expect(portMayNotBeTaken({ server: 'smtp.office365.com', port: 587, secure: false })).toBe(true)
    expect(portMayNotBeTaken({ server: 'localhost', port: 465, secure: true })).toBe(true)
  })

  it('never skips a setting the catalogue would warn of', () => {
    const servers = [...PROVIDERS.map((provider) => provider.server), 'smtp.googlemail.com', '127.0.0.1', '::1']
    for (const server of servers)
      for (const setting of SETTINGS)
        if (!portMayNotBeTaken({ ...setting, server }))
          expect(portNotTaken({ ...setting, server, username: USERNAME }, 'en'), `${server} ${setting.port}`).toBeUndefined()
  })
})
