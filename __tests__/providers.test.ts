import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diagnose, type ConnectionFacts } from '../src/diagnose.ts'
import { InputError } from '../src/errors.ts'
import { checkOAuth2Settings, diagnoseTokenAnswer } from '../src/oauth2.ts'
import { LANGUAGES } from '../src/language.ts'
import { fill, PROVIDERS, providerOfHost, providerOfReply, providerOfTokenUrl } from '../src/providers.ts'
import { readSettings } from '../src/settings.ts'
import * as gmail from './support/gmail-replies.ts'
import * as replies from './support/provider-replies.ts'

// The provider catalogue (src/providers.ts) through diagnose(), with `server` set to each
// provider's host: the diagnosis is pure, so any host can be named here. The same replies
// come from the test SMTP server in providers.integration.test.ts.

const facts = (server: string, more: Partial<ConnectionFacts> = {}): ConnectionFacts => ({
  server,
  port: 587,
  secure: false,
  username: 'ci@contoso.com',
  timeoutSeconds: 30,
  usesOAuth2: false,
  ...more
})

/** An error shaped as nodemailer 10 raises it for a reply (see diagnose.test.ts). */
function replyError(lines: string[], command: string): Error {
  const response = lines.join('\n')
  const responseCode = Number(response.slice(0, 3))
  const code = command.startsWith('AUTH') ? 'EAUTH' : command === 'CONN' || command === 'EHLO' ? 'EPROTOCOL' : 'EENVELOPE'
  return Object.assign(new Error(`Failed: ${response}`), { code, response, responseCode, permanent: responseCode >= 500, command })
}

function socketError(message: string, code: string, originalCode?: string): Error {
  return Object.assign(new Error(message), { code, command: 'CONN', ...(originalCode ? { originalCode } : {}) })
}

interface Row {
  server: string
  reply: string[]
  command: string
  code: string
  /** What the fix must say: the provider's page and the input to change. */
  fix: string[]
  more?: Partial<ConnectionFacts>
  retryable?: boolean
}

const OAUTH2_RECIPE = [
  '`oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`',
  '`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`'
]

const rows: [string, Row][] = [
  // Microsoft 365
  [
    'Microsoft 365: SMTP AUTH off for the tenant',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_SMTP_AUTH_DISABLED,
      command: 'AUTH LOGIN',
      code: 'smtp-auth-disabled',
      fix: [
        'Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps',
        'Authenticated SMTP',
        'Set-CASMailbox -Identity ci@contoso.com -SmtpClientAuthenticationDisabled $false',
        'https://aka.ms/smtp_auth_disabled',
        '`oauth2-scope`'
      ]
    }
  ],
  [
    'Microsoft 365: SMTP AUTH off, with an OAuth2 token (not a token problem)',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_SMTP_AUTH_DISABLED,
      command: 'AUTH XOAUTH2',
      more: { usesOAuth2: true },
      code: 'smtp-auth-disabled',
      fix: ['Manage email apps', 'OAuth2']
    }
  ],
  [
    'Microsoft 365: basic authentication disabled',
    { server: 'smtp.office365.com', reply: replies.MS_BASIC_AUTH_DISABLED, command: 'AUTH LOGIN', code: 'basic-auth-disabled', fix: OAUTH2_RECIPE }
  ],
  [
    'Microsoft 365: basic authentication retired for client submission',
    { server: 'smtp.office365.com', reply: replies.MS_BASIC_AUTH_RETIRED, command: 'AUTH LOGIN', code: 'basic-auth-disabled', fix: OAUTH2_RECIPE }
  ],
  [
    'Microsoft 365: security defaults',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_SECURITY_DEFAULTS,
      command: 'AUTH LOGIN',
      code: 'basic-auth-disabled',
      fix: ['Security defaults', ...OAUTH2_RECIPE]
    }
  ],
  [
    'Microsoft 365: Conditional Access',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_CONDITIONAL_ACCESS,
      command: 'AUTH LOGIN',
      code: 'basic-auth-disabled',
      fix: ['Conditional Access', 'exclude ci@contoso.com', ...OAUTH2_RECIPE]
    }
  ],
  [
    'Microsoft 365: the user credentials were incorrect',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_CREDENTIALS_INCORRECT,
      command: 'AUTH LOGIN',
      code: 'auth-rejected',
      fix: ['`username` is the full address', '`password`', 'MFA']
    }
  ],
  [
    'Microsoft 365: 535 5.7.3, with the causes in the order Microsoft gives them',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_AUTH_UNSUCCESSFUL,
      command: 'AUTH LOGIN',
      code: 'auth-rejected',
      fix: ['1) authenticated SMTP', 'Manage email apps', '2) `username`', '`password`', '3) an account with MFA', ...OAUTH2_RECIPE]
    }
  ],
  [
    'Microsoft 365: 535 5.7.3 to an OAuth2 token',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_AUTH_UNSUCCESSFUL,
      command: 'AUTH XOAUTH2',
      more: { usesOAuth2: true },
      code: 'oauth2-rejected',
      fix: ['SMTP.Send', '`oauth2-scope`', 'Manage email apps']
    }
  ],
  [
    'Microsoft 365: 554 5.2.252 SendAsDenied',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_SEND_AS_DENIED,
      command: 'DATA',
      code: 'sender-rejected',
      fix: ['Set `from` to ci@contoso.com', 'Add-RecipientPermission', '-Trustee ci@contoso.com']
    }
  ],
  [
    'Microsoft 365: 550 5.7.60 no permission to send as this sender',
    { server: 'smtp.office365.com', reply: replies.MS_SEND_AS_PERMISSIONS, command: 'MAIL FROM', code: 'sender-rejected', fix: ['`from`', 'Send As'] }
  ],
  [
    'Microsoft 365: the daily recipient quota',
    { server: 'smtp.office365.com', reply: replies.MS_SUBMISSION_QUOTA, command: 'DATA', code: 'quota-exceeded', fix: ['10,000 recipients a day'] }
  ],
  [
    'Microsoft 365: too many connections at once',
    {
      server: 'smtp.office365.com',
      reply: replies.MS_THREAD_LIMIT,
      command: 'MAIL FROM',
      code: 'try-again-later',
      retryable: true,
      fix: ['`needs:`', '`retries`']
    }
  ],
  [
    'Microsoft 365: a mailbox restricted for spam',
    {
      server: 'smtp.office365.com',
      reply: ['550 5.1.8 Access denied, bad outbound sender'],
      command: 'MAIL FROM',
      code: 'message-blocked',
      fix: ['Restricted entities']
    }
  ],
  // Outlook.com
  [
    'Outlook.com: basic authentication disabled (passwords and app passwords)',
    {
      server: 'smtp-mail.outlook.com',
      reply: replies.OUTLOOK_BASIC_AUTH_DISABLED,
      command: 'AUTH LOGIN',
      code: 'basic-auth-disabled',
      fix: [
        '16 September 2024',
        'https://login.microsoftonline.com/consumers/oauth2/v2.0/token',
        '`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`'
      ]
    }
  ],
  [
    'Outlook.com: any other refused password',
    {
      server: 'smtp-mail.outlook.com',
      reply: replies.MS_AUTH_UNSUCCESSFUL,
      command: 'AUTH LOGIN',
      code: 'basic-auth-disabled',
      fix: ['takes no password over SMTP', '`oauth2-scope:']
    }
  ],
  [
    'Outlook.com: the older SendAsDenied wording',
    { server: 'smtp-mail.outlook.com', reply: replies.MS_SEND_AS_DENIED_OLD, command: 'DATA', code: 'sender-rejected', fix: ['set `from` to ci@contoso.com'] }
  ],
  [
    'Outlook.com: an unverified or limited account',
    {
      server: 'smtp-mail.outlook.com',
      reply: replies.OUTLOOK_REFUSE_QUOTA,
      command: 'DATA',
      code: 'quota-exceeded',
      fix: ['https://outlook.live.com', 'verification']
    }
  ],
  [
    'Outlook.com: a human check',
    { server: 'smtp-mail.outlook.com', reply: replies.OUTLOOK_HIP_NOTIFY, command: 'DATA', code: 'web-login-required', fix: ['https://outlook.live.com'] }
  ],
  // Yahoo
  [
    'Yahoo: (#AUTH005), its answer to the account password',
    {
      server: 'smtp.mail.yahoo.com',
      reply: replies.YAHOO_AUTH005,
      command: 'AUTH PLAIN',
      code: 'auth-rejected',
      fix: [
        '"External connections" → "Create app password"',
        'https://help.yahoo.com/kb/SLN15241.html',
        '`password: ${{ secrets.YAHOO_APP_PASSWORD }}`',
        '`username`'
      ]
    }
  ],
  [
    'Yahoo: (#MBR1212) incorrect username or password',
    {
      server: 'smtp.mail.yahoo.com',
      reply: replies.YAHOO_MBR1212,
      command: 'AUTH PLAIN',
      code: 'auth-rejected',
      fix: ['Create app password', 'https://help.yahoo.com/kb/SLN15241.html', '`password:']
    }
  ],
  [
    'Yahoo: any other refused login',
    {
      server: 'smtp.mail.yahoo.com',
      reply: replies.GENERIC_AUTH_FAILED,
      command: 'AUTH PLAIN',
      code: 'auth-rejected',
      fix: ['Create app password', '`password:']
    }
  ],
  [
    'Yahoo: a sender that is not the account',
    {
      server: 'smtp.mail.yahoo.com',
      reply: replies.YAHOO_MAILBOX_UNAVAILABLE,
      command: 'MAIL FROM',
      code: 'sender-rejected',
      fix: ['set `from` to ci@contoso.com']
    }
  ],
  // iCloud
  [
    'iCloud: a refused login',
    {
      server: 'smtp.mail.me.com',
      reply: replies.GENERIC_AUTH_FAILED,
      command: 'AUTH PLAIN',
      code: 'auth-rejected',
      fix: ['Sign-In and Security → App-Specific Passwords', 'https://support.apple.com/en-us/102654', '`password:', '`username` to the full iCloud address']
    }
  ],
  [
    'iCloud: the daily limit',
    { server: 'smtp.mail.me.com', reply: replies.ICLOUD_DAILY_LIMIT, command: 'DATA', code: 'quota-exceeded', fix: ['1,000 messages'] }
  ],
  // Naver
  [
    'Naver: a wrong password or SMTP switched off',
    {
      server: 'smtp.naver.com',
      reply: replies.NAVER_NOT_ACCEPTED,
      command: 'AUTH LOGIN',
      code: 'auth-rejected',
      fix: [
        '환경설정 → POP3/IMAP 설정 → IMAP/SMTP 설정',
        '"IMAP/SMTP 사용" = 사용함',
        'https://help.naver.com/service/30029/contents/21344',
        '애플리케이션 비밀번호',
        '`password:'
      ]
    }
  ],
  [
    'Naver: too many connections at once',
    { server: 'smtp.naver.com', reply: replies.NAVER_CONCURRENT, command: 'EHLO', code: 'try-again-later', retryable: true, fix: ['`needs:`'] }
  ],
  // Daum
  [
    'Daum: a wrong password or SMTP switched off',
    {
      server: 'smtp.daum.net',
      reply: replies.GENERIC_AUTH_FAILED,
      command: 'AUTH PLAIN',
      more: { port: 465, secure: true },
      code: 'auth-rejected',
      fix: ['환경설정 → IMAP/POP3 → "IMAP / SMTP 사용" → 사용함 → 저장', '2단계 인증', '`password:']
    }
  ],
  // Zoho
  [
    'Zoho (EU): a refused login',
    {
      server: 'smtp.zoho.eu',
      reply: replies.ZOHO_AUTH_FAILED,
      command: 'AUTH PLAIN',
      code: 'auth-rejected',
      fix: ['Security → App Passwords', 'https://accounts.zoho.com/home#security/app_password', 'IMAP/POP access', '`server`', '`password:']
    }
  ],
  [
    'Zoho: relaying disallowed for another sender',
    { server: 'smtppro.zoho.com', reply: replies.ZOHO_RELAYING, command: 'MAIL FROM', code: 'sender-rejected', fix: ['set `from` to ci@contoso.com', 'alias'] }
  ],
  [
    'Zoho: relaying disallowed, bare',
    { server: 'smtp.zoho.com', reply: replies.ZOHO_RELAYING_BARE, command: 'MAIL FROM', code: 'sender-rejected', fix: ['`from`'] }
  ],
  [
    'Zoho: unusual sending activity',
    { server: 'smtp.zoho.com', reply: replies.ZOHO_UNUSUAL_ACTIVITY, command: 'DATA', code: 'quota-exceeded', fix: ['https://mail.zoho.com/UnblockMe'] }
  ]
]

describe("the provider catalogue: each provider's replies", () => {
  it.each(rows)('%s', (_name, row) => {
    const d = diagnose(replyError(row.reply, row.command), facts(row.server, row.more))
    expect(d.code).toBe(row.code)
    for (const words of row.fix) expect(d.fix).toContain(words)
    expect(d.retryable).toBe(row.retryable ?? false)
    // The reply is kept as the provider wrote it, so it can be searched for.
    expect(d.reply).toBe(row.reply.join(' '))
    expect(`${d.title} ${d.fix}`).not.toMatch(/\{(server|username)\}/)
  })

  it("a provider's own reply beats the generic OAuth2 and Gmail rules, and Gmail's wording is untouched", () => {
    const gmailFacts = facts('smtp.gmail.com', { port: 465, secure: true, username: 'octo.cat@gmail.com' })
    const d = diagnose(replyError(gmail.BAD_CREDENTIALS, 'AUTH PLAIN'), gmailFacts)
    expect(d.code).toBe('auth-rejected')
    expect(d.fix).toContain('https://myaccount.google.com/apppasswords')
  })

  it('a server that is no known provider keeps the generic diagnosis', () => {
    const d = diagnose(replyError(replies.GENERIC_AUTH_FAILED, 'AUTH PLAIN'), facts('mail.example.org'))
    expect(d.code).toBe('auth-rejected')
    expect(d.fix).toContain('`username` and `password`')
  })
})

describe('recognising the provider', () => {
  it.each([
    ['smtp.office365.com', 'Microsoft 365'],
    ['SMTP.Office365.com.', 'Microsoft 365'],
    ['smtp-mail.outlook.com', 'Outlook.com'],
    ['smtp.mail.yahoo.com', 'Yahoo Mail'],
    ['smtp.mail.me.com', 'iCloud Mail'],
    ['smtp.naver.com', 'Naver Mail'],
    ['smtp.daum.net', 'Daum Mail'],
    ['smtp.zoho.com', 'Zoho Mail'],
    ['smtp.zoho.eu', 'Zoho Mail'],
    ['smtp.zoho.com.au', 'Zoho Mail'],
    ['smtppro.zoho.in', 'Zoho Mail'],
    ['smtp.gmail.com', 'Gmail / Google Workspace']
  ])('by `server`: %s is %s', (server, name) => {
    expect(providerOfHost(server)?.name).toBe(name)
  })

  it.each(['smtp.office365.com.attacker.example', 'xsmtp.office365.com', 'smtp.zoho.example', 'smtp.naver.com.evil', 'mail.example.org'])(
    'not a lookalike: %s',
    (server) => {
      expect(providerOfHost(server)).toBeUndefined()
    }
  )

  it.each([
    ['Microsoft by its server ID', replies.MS_AUTH_UNSUCCESSFUL, 'Microsoft 365'],
    ['Microsoft by SmtpClientAuthentication', replies.MS_SMTP_AUTH_DISABLED, 'Microsoft 365'],
    ['Microsoft by STOREDRV', replies.MS_SEND_AS_DENIED_OLD, 'Microsoft 365'],
    ['Yahoo by (#AUTH005)', replies.YAHOO_AUTH005, 'Yahoo Mail'],
    ['Yahoo by (#MBR1212)', replies.YAHOO_MBR1212, 'Yahoo Mail']
  ])('by the reply, for a host of its own: %s', (_name, reply, name) => {
    expect(providerOfReply(reply.join('\n'))?.name).toBe(name)
  })

  it("Gmail's and generic replies name no provider", () => {
    expect(providerOfReply(gmail.BAD_CREDENTIALS.join('\n'))).toBeUndefined()
    expect(providerOfReply(replies.GENERIC_AUTH_FAILED.join('\n'))).toBeUndefined()
  })

  it('a CNAME of its own to Microsoft 365 gets the Microsoft fix from the reply', () => {
    const d = diagnose(replyError(replies.MS_SMTP_AUTH_DISABLED, 'AUTH LOGIN'), facts('smtp.contoso.com'))
    expect(d.code).toBe('smtp-auth-disabled')
    expect(d.title).toContain('smtp.contoso.com refused the login of ci@contoso.com')
  })

  it('a login refused with Yahoo marks at a host of its own gets the Yahoo steps', () => {
    const d = diagnose(replyError(replies.YAHOO_AUTH005, 'AUTH PLAIN'), facts('mail.example.org'))
    expect(d.fix).toContain('Create app password')
  })

  it('fills {server} and {username} once: a value that looks like a placeholder stays as it is', () => {
    expect(fill('{server}: {username}', { server: '{username}', username: '{server}' })).toBe('{username}: {server}')
    const d = diagnose(replyError(replies.MS_SEND_AS_DENIED, 'DATA'), facts('smtp.office365.com', { username: '{server}' }))
    expect(d.fix).toContain('Set `from` to {server}')
  })
})

describe('a port or `secure` the provider does not take', () => {
  it.each([
    [
      'Microsoft 365 on 465 (no answer)',
      facts('smtp.office365.com', { port: 465, secure: true }),
      socketError('Connection timeout', 'ETIMEDOUT'),
      'timeout',
      '`port: 587`'
    ],
    [
      'Microsoft 365 on 587 with `secure: true`',
      facts('smtp.office365.com', { port: 587, secure: true }),
      socketError('error:0A00010B:SSL routines::wrong version number', 'ESOCKET'),
      'tls-mismatch',
      '`secure: false`'
    ],
    [
      'iCloud on 465 (refused)',
      facts('smtp.mail.me.com', { port: 465, secure: true }),
      socketError('connect ECONNREFUSED 17.42.251.41:465', 'ESOCKET', 'ECONNREFUSED'),
      'connection-refused',
      '`port: 587`'
    ],
    ['Daum on 587', facts('smtp.daum.net', { port: 587, secure: false }), socketError('Connection timeout', 'ETIMEDOUT'), 'timeout', '`port: 465`'],
    [
      'Yahoo on 465 without TLS',
      facts('smtp.mail.yahoo.com', { port: 465, secure: false }),
      Object.assign(socketError('Greeting never received', 'ETIMEDOUT'), { timeoutKind: 'greeting' }),
      'timeout',
      '`secure: true`'
    ],
    [
      'Naver on 993, its IMAP port',
      facts('smtp.naver.com', { port: 993, secure: true }),
      replyError(['* OK IMAP4rev1 Service Ready'], 'CONN'),
      'protocol-error',
      '`port: 587`'
    ]
  ])("%s: the fix names the provider's port", (_name, connection, error, code, words) => {
    const d = diagnose(error, connection)
    expect(d.code).toBe(code)
    expect(d.fix).toContain(connection.server)
    expect(d.fix).toContain(words)
  })

  it('the right port keeps the generic fix', () => {
    const d = diagnose(socketError('Connection timeout', 'ETIMEDOUT'), facts('smtp.office365.com'))
    expect(d.code).toBe('timeout')
    expect(d.fix).not.toContain('Microsoft 365')
    expect(d.fix).toContain('Raise `timeout`')
  })

  it("Gmail's port fixes stay as they were", () => {
    const d = diagnose(
      Object.assign(socketError('Greeting never received', 'ETIMEDOUT'), { timeoutKind: 'greeting' }),
      facts('smtp.gmail.com', { port: 465, secure: false })
    )
    expect(d.fix).toContain('Port 465 is TLS from the first byte')
  })

  it('a provider known only from its reply is not judged by its port (a host of its own may use any)', () => {
    const d = diagnose(replyError(replies.MS_AUTH_UNSUCCESSFUL, 'AUTH LOGIN'), facts('smtp.contoso.com', { port: 2525 }))
    expect(d.code).toBe('auth-rejected')
    expect(d.fix).not.toContain('port: 587')
  })
})

describe("Microsoft's token endpoint", () => {
  const MICROSOFT_URL = 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token'

  it('is known by its host', () => {
    expect(providerOfTokenUrl(MICROSOFT_URL)?.name).toBe('Microsoft 365')
    expect(providerOfTokenUrl('https://oauth2.googleapis.com/token')).toBeUndefined()
    expect(providerOfTokenUrl('https://login.microsoftonline.com.attacker.example/x')).toBeUndefined()
  })

  it('a refused refresh token gets the Microsoft steps, not the Google ones', () => {
    const d = diagnoseTokenAnswer(
      MICROSOFT_URL,
      400,
      {
        error: 'invalid_grant',
        error_description: 'AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2025-01-01 and was inactive for 90.00:00:00.'
      },
      'en'
    )
    expect(d.code).toBe('oauth2-rejected')
    expect(d.detail).toContain('AADSTS700082')
    expect(d.fix).toContain('`https://outlook.office.com/SMTP.Send offline_access`')
    expect(d.fix).toContain('`oauth2-scope`')
    expect(d.fix).toContain('`oauth2-refresh-token`')
    expect(d.fix).toContain('90 days')
    expect(d.fix).not.toContain('mail.google.com')
  })

  it('a refused client names the app registration pages', () => {
    const d = diagnoseTokenAnswer(MICROSOFT_URL, 401, { error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' }, 'en')
    expect(d.fix).toContain('App registrations')
    expect(d.fix).toContain('Certificates & secrets')
    expect(d.fix).toContain('`oauth2-client-secret`')
  })

  it('in Korean: the Microsoft steps and the title, the endpoint, inputs and error codes as they are', () => {
    const d = diagnoseTokenAnswer(MICROSOFT_URL, 400, { error: 'invalid_grant' }, 'ko')
    expect(d.title).toBe(`OAuth2 토큰 엔드포인트 ${MICROSOFT_URL} 에서 리프레시 토큰(\`oauth2-refresh-token\`)을 거부했습니다`)
    expect(d.fix).toContain('AADSTS700082는 리프레시 토큰을 90일 동안 쓰지 않았다는 뜻입니다.')
    expect(diagnoseTokenAnswer('https://oauth2.googleapis.com/token', 503, {}, 'ko').fix).toBe(
      '토큰 엔드포인트가 일시적인 문제를 알렸습니다. 나중에 작업을 다시 실행하세요.'
    )
  })

  it("Google's endpoint keeps Google's steps", () => {
    const d = diagnoseTokenAnswer('https://oauth2.googleapis.com/token', 400, { error: 'invalid_grant' }, 'en')
    expect(d.fix).toContain('https://mail.google.com/')
  })
})

describe('the `oauth2-scope` input', () => {
  const base = {
    username: 'ci@contoso.com',
    to: 'team@example.com',
    'oauth2-client-id': 'id',
    'oauth2-client-secret': 'secret',
    'oauth2-refresh-token': 'refresh'
  }
  const read = (inputs: Record<string, string>) => readSettings((name) => (inputs[name] ?? '').trim())

  it('is empty by default and for Google', () => {
    expect(read(base).oauth2?.scope).toBe('')
  })

  it('keeps the scopes, one space apart, also when a YAML block put them on lines of their own', () => {
    const scope = read({ ...base, 'oauth2-scope': 'https://outlook.office.com/SMTP.Send\n  offline_access' }).oauth2?.scope
    expect(scope).toBe('https://outlook.office.com/SMTP.Send offline_access')
  })

  it("is required with Microsoft's token endpoint, and the error says what to set", () => {
    const oauth2 = read({ ...base, 'oauth2-token-url': 'https://login.microsoftonline.com/common/oauth2/v2.0/token' }).oauth2!
    expect(() => checkOAuth2Settings(read(base).oauth2!)).not.toThrow()
    expect(() => checkOAuth2Settings(oauth2)).toThrow(InputError)
    try {
      checkOAuth2Settings(oauth2)
    } catch (error) {
      const d = (error as InputError).diagnosis
      expect(d.title).toContain('Input `oauth2-scope`: is empty')
      expect(d.fix).toContain('`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`')
    }
  })
})

describe('the catalogue itself', () => {
  const others = PROVIDERS.filter((provider) => provider.name !== 'Gmail / Google Workspace')

  it.each(others.map((provider) => [provider.name, provider] as const))(
    '%s: its server is one of its hosts, and its fixes name a page and the input',
    (_name, provider) => {
      expect(provider.hosts.test(provider.server)).toBe(true)
      for (const language of LANGUAGES) {
        expect(provider.loginRefused?.fix[language]).toMatch(/https:\/\//)
        expect(provider.loginRefused?.fix[language]).toMatch(/`password[`:]|`oauth2-scope/)
        expect(provider.portFix?.[language]).toContain(`\`port: ${provider.ports[0].port}\``)
      }
      const texts = [
        provider.portFix,
        provider.loginRefused?.title,
        provider.loginRefused?.fix,
        ...provider.replies.flatMap((advice) => [advice.title, advice.fix])
      ].flatMap((said) => LANGUAGES.map((language) => said?.[language]))
      // Only the two placeholders fill() knows; `${{ secrets.X }}` is workflow syntax, shown as it is.
      for (const text of texts)
        for (const placeholder of text?.replace(/\$\{\{[^}]*\}\}/g, '').match(/\{[^}]*\}/g) ?? []) expect(['{server}', '{username}']).toContain(placeholder)
    }
  )

  it('the README table "Other providers" lists each provider with its server, and every port and `secure` it takes', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    const start = readme.indexOf('## Other providers')
    expect(start).toBeGreaterThan(-1)
    const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
    const tableRows = [...section.matchAll(/^\| ([^|`]+?) \| `([^`]+)` \| ([^|]+) \| ([^|]+) \|/gm)].map((m) => ({
      name: m[1].trim(),
      server: m[2],
      ports: m[3],
      secure: m[4]
    }))
    for (const provider of PROVIDERS) {
      const row = tableRows.find((r) => r.server === provider.server)
      expect(row, provider.server).toBeDefined()
      expect(row!.name).toBe(provider.name)
      // Every setting it takes: the warning before connecting says the others are not in this table.
      for (const { port, secure } of provider.ports) {
        expect(row!.ports).toContain(String(port))
        expect(row!.secure).toContain(`${port}: \`${secure}\``)
      }
    }
  })
})
