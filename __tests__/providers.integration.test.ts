import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { parse } from 'yaml'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runAgainst, tlsFiles } from './support/action.ts'
import { closedPort, startGmailDouble, type DoubleOptions, type GmailDouble } from './support/gmail-double.ts'
import { findLeaks } from './support/leaks.ts'
import { providerHostsOnLoopback, providerTlsFiles } from './support/provider-hosts.ts'
import * as replies from './support/provider-replies.ts'
import { BUNDLE, runBuiltAction, testStepEnv } from './support/runner.ts'
import { MICROSOFT_ACCESS_TOKEN, ROTATED_REFRESH_TOKEN, startTokenEndpoint, type TokenEndpoint } from './support/token-endpoint.ts'

/**
 * The providers' replies from the test SMTP server, through the whole action. `server` is
 * the provider's own host name (smtp.office365.com…): providerHostsOnLoopback() points those
 * names at 127.0.0.1 and the double presents a certificate for them from the test CA, so the
 * action recognises the provider the way it does on a runner, by `server`, with TLS verified.
 * A second group keeps `server: localhost`, where only the reply can tell the provider.
 */

let double: GmailDouble | undefined
let endpoint: TokenEndpoint | undefined
afterEach(async () => {
  await double?.close()
  await endpoint?.close()
  double = undefined
  endpoint = undefined
  vi.restoreAllMocks()
})

type Result = Awaited<ReturnType<typeof runAgainst>>

/** The code, the words of the fix and the provider's reply, in the annotation and the job summary alike. */
function expectDiagnosis(result: Result, code: string, fix: string[], reply: string): void {
  expect(result.outputs['error-code']).toBe(code)
  expect(result.failed).toContain(`[error-code: ${code}]`)
  expect(result.failed).toContain(`Server replied: ${reply}`)
  expect(result.summary).toContain(`**error-code:** \`${code}\``)
  for (const words of fix) {
    expect(result.failed).toContain(words)
    expect(result.summary).toContain(words)
  }
}

interface Row {
  server: string
  /** The double's hooks that make it answer as the provider. */
  options: Partial<DoubleOptions>
  code: string
  fix: string[]
  reply: string[]
  inputs?: Record<string, string>
  connections?: number
}

const atAuth = (reply: string[]): Partial<DoubleOptions> => ({ onAuth: () => reply })
const atMail = (reply: string[]): Partial<DoubleOptions> => ({ onMail: () => reply })
const atData = (reply: string[]): Partial<DoubleOptions> => ({ onData: () => reply })

const rows: [string, Row][] = [
  [
    'Microsoft 365: SMTP AUTH disabled for the tenant',
    {
      server: 'smtp.office365.com',
      options: atAuth(replies.MS_SMTP_AUTH_DISABLED),
      code: 'smtp-auth-disabled',
      fix: ['Manage email apps', 'Authenticated SMTP', 'Set-CASMailbox -Identity ci@contoso.com -SmtpClientAuthenticationDisabled $false'],
      reply: replies.MS_SMTP_AUTH_DISABLED
    }
  ],
  [
    'Microsoft 365: basic authentication disabled',
    {
      server: 'smtp.office365.com',
      options: atAuth(replies.MS_BASIC_AUTH_DISABLED),
      code: 'basic-auth-disabled',
      fix: ['https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token', '`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`'],
      reply: replies.MS_BASIC_AUTH_DISABLED
    }
  ],
  [
    'Microsoft 365: 535 5.7.3 Authentication unsuccessful',
    {
      server: 'smtp.office365.com',
      options: atAuth(replies.MS_AUTH_UNSUCCESSFUL),
      code: 'auth-rejected',
      fix: ['1) authenticated SMTP must be on', '2) `username` must be the full address', '`password`'],
      reply: replies.MS_AUTH_UNSUCCESSFUL
    }
  ],
  [
    'Microsoft 365: 554 5.2.252 SendAsDenied after the message',
    {
      server: 'smtp.office365.com',
      options: atData(replies.MS_SEND_AS_DENIED),
      inputs: { from: 'security@contoso.com' },
      code: 'sender-rejected',
      fix: ['Set `from` to ci@contoso.com', 'Add-RecipientPermission'],
      reply: replies.MS_SEND_AS_DENIED
    }
  ],
  [
    'Outlook.com: basic authentication disabled, app passwords included',
    {
      server: 'smtp-mail.outlook.com',
      options: atAuth(replies.OUTLOOK_BASIC_AUTH_DISABLED),
      inputs: { username: 'ci@outlook.com' },
      code: 'basic-auth-disabled',
      fix: ['16 September 2024', 'https://login.microsoftonline.com/consumers/oauth2/v2.0/token', '`oauth2-scope:'],
      reply: replies.OUTLOOK_BASIC_AUTH_DISABLED
    }
  ],
  [
    'Outlook.com: an unverified account',
    {
      server: 'smtp-mail.outlook.com',
      options: atData(replies.OUTLOOK_REFUSE_QUOTA),
      inputs: { username: 'ci@outlook.com' },
      code: 'quota-exceeded',
      fix: ['https://outlook.live.com'],
      reply: replies.OUTLOOK_REFUSE_QUOTA
    }
  ],
  [
    'Yahoo: (#AUTH005) to the account password',
    {
      server: 'smtp.mail.yahoo.com',
      options: atAuth(replies.YAHOO_AUTH005),
      inputs: { username: 'octo.cat@yahoo.com' },
      code: 'auth-rejected',
      fix: ['"External connections" → "Create app password"', 'https://help.yahoo.com/kb/SLN15241.html', '`password: ${{ secrets.YAHOO_APP_PASSWORD }}`'],
      reply: replies.YAHOO_AUTH005
    }
  ],
  [
    'Yahoo: (#MBR1212) incorrect username or password',
    {
      server: 'smtp.mail.yahoo.com',
      options: atAuth(replies.YAHOO_MBR1212),
      inputs: { username: 'octo.cat@yahoo.com' },
      code: 'auth-rejected',
      fix: ['Create app password', '`username` to the full Yahoo address'],
      reply: replies.YAHOO_MBR1212
    }
  ],
  [
    'Yahoo: a sender that is not the account',
    {
      server: 'smtp.mail.yahoo.com',
      options: atMail(replies.YAHOO_MAILBOX_UNAVAILABLE),
      inputs: { username: 'octo.cat@yahoo.com', from: 'ci@example.com' },
      code: 'sender-rejected',
      fix: ['set `from` to octo.cat@yahoo.com'],
      reply: replies.YAHOO_MAILBOX_UNAVAILABLE
    }
  ],
  [
    'iCloud: a refused login',
    {
      server: 'smtp.mail.me.com',
      options: atAuth(replies.GENERIC_AUTH_FAILED),
      inputs: { username: 'octo.cat@icloud.com' },
      code: 'auth-rejected',
      fix: ['Sign-In and Security → App-Specific Passwords', 'https://support.apple.com/en-us/102654', '`password: ${{ secrets.ICLOUD_APP_PASSWORD }}`'],
      reply: replies.GENERIC_AUTH_FAILED
    }
  ],
  [
    'iCloud: the daily limit',
    {
      server: 'smtp.mail.me.com',
      options: atData(replies.ICLOUD_DAILY_LIMIT),
      inputs: { username: 'octo.cat@icloud.com' },
      code: 'quota-exceeded',
      fix: ['1,000 messages'],
      reply: replies.ICLOUD_DAILY_LIMIT
    }
  ],
  [
    'Naver: a wrong password, or SMTP switched off',
    {
      server: 'smtp.naver.com',
      options: atAuth(replies.NAVER_NOT_ACCEPTED),
      inputs: { username: 'octocat@naver.com' },
      code: 'auth-rejected',
      fix: [
        '환경설정 → POP3/IMAP 설정 → IMAP/SMTP 설정',
        'https://help.naver.com/service/30029/contents/21344',
        '애플리케이션 비밀번호',
        '`password: ${{ secrets.NAVER_APP_PASSWORD }}`'
      ],
      reply: replies.NAVER_NOT_ACCEPTED
    }
  ],
  [
    'Daum: a wrong password, or SMTP switched off',
    {
      server: 'smtp.daum.net',
      options: atAuth(replies.GENERIC_AUTH_FAILED),
      inputs: { username: 'octocat@hanmail.net' },
      code: 'auth-rejected',
      fix: ['환경설정 → IMAP/POP3 → "IMAP / SMTP 사용" → 사용함 → 저장', '`password: ${{ secrets.DAUM_APP_PASSWORD }}`'],
      reply: replies.GENERIC_AUTH_FAILED
    }
  ],
  [
    'Zoho (EU host): a refused login',
    {
      server: 'smtp.zoho.eu',
      options: atAuth(replies.ZOHO_AUTH_FAILED),
      code: 'auth-rejected',
      fix: ['Security → App Passwords', 'IMAP/POP access', '`password: ${{ secrets.ZOHO_APP_PASSWORD }}`'],
      reply: replies.ZOHO_AUTH_FAILED
    }
  ],
  [
    'Zoho: relaying disallowed for another sender',
    {
      server: 'smtppro.zoho.com',
      options: atMail(replies.ZOHO_RELAYING),
      inputs: { from: 'test@gmail.com' },
      code: 'sender-rejected',
      fix: ['set `from` to ci@contoso.com', 'alias'],
      reply: replies.ZOHO_RELAYING
    }
  ],
  [
    'Zoho: unusual sending activity',
    {
      server: 'smtp.zoho.com',
      options: atData(replies.ZOHO_UNUSUAL_ACTIVITY),
      code: 'quota-exceeded',
      fix: ['https://mail.zoho.com/UnblockMe'],
      reply: replies.ZOHO_UNUSUAL_ACTIVITY
    }
  ]
]

describe('providers recognised by `server`, their replies from the test SMTP server', () => {
  it.each(rows)('%s', async (_name, row) => {
    const { asked } = providerHostsOnLoopback()
    double = await startGmailDouble({ mode: 'implicit', ...providerTlsFiles(), ...row.options })
    const result = await runAgainst(double, { server: row.server, username: 'ci@contoso.com', retries: '2', ...row.inputs })

    expectDiagnosis(result, row.code, row.fix, row.reply.join(' '))
    // A permanent refusal: one connection, no retry.
    expect(double.connections).toBe(1)
    expect(result.sleeps).toEqual([])
    expect(double.messages).toEqual([])
    // Every name asked for was the provider's, answered on this machine.
    expect(asked.every((host) => host === row.server)).toBe(true)
  })

  it("Microsoft 365's thread limit is temporary: retried within `retries`, then the message goes out", async () => {
    providerHostsOnLoopback()
    double = await startGmailDouble({
      mode: 'implicit',
      ...providerTlsFiles(),
      onMail: () => (double!.connections === 1 ? replies.MS_THREAD_LIMIT : undefined)
    })
    const result = await runAgainst(double, { server: 'smtp.office365.com', username: 'ci@contoso.com', retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.connections).toBe(2)
    expect(result.sleeps).toEqual([2000])
    expect(double.messages).toHaveLength(1)
  })

  it("Naver's limit on connections at once, when it outlasts the retries, says to send from one job", async () => {
    providerHostsOnLoopback()
    double = await startGmailDouble({ mode: 'implicit', ...providerTlsFiles(), onEhlo: () => replies.NAVER_CONCURRENT })
    const result = await runAgainst(double, { server: 'smtp.naver.com', username: 'octocat@naver.com', retries: '1' })

    expectDiagnosis(result, 'try-again-later', ['`needs:`'], replies.NAVER_CONCURRENT.join(' '))
    expect(double.connections).toBe(2)
  })

  it("a port the provider does not take: warned of before connecting in the provider's words, said once; the failure's fix points there", async () => {
    providerHostsOnLoopback()
    const port = await closedPort()
    const result = await runAgainst(undefined, {
      server: 'smtp.office365.com',
      port: String(port),
      username: 'ci@contoso.com',
      password: 'x',
      to: 'team@example.com',
      timeout: '5'
    })

    const warnings = result.lines.filter((line) => line.kind === 'warning').map((line) => line.text)
    expect(warnings[0]).toContain(`Microsoft 365 does not take mail on \`port: ${port}\` with \`secure: false\``)
    expect(warnings[0]).toContain('Microsoft 365 takes mail from programs on smtp.office365.com, port 587 with STARTTLS')
    expect(warnings[0]).toContain('Connecting with these settings anyway, in case the list is out of date.')
    // Before anything else the run says, the connection included.
    expect(result.lines.findIndex((line) => line.text === warnings[0])).toBeLessThan(result.lines.findIndex((line) => line.text.startsWith('Sending')))
    expect(result.outputs['error-code']).toBe('connection-refused')
    const shortFix = 'Set `port: 587` and `secure: false`; the warning before connecting says which settings Microsoft 365 takes.'
    expect(result.failed).toContain(`How to fix: ${shortFix}`)
    expect(result.summary).toContain(shortFix)
    expect(result.everything().split('Microsoft 365 takes mail from programs').length - 1).toBe(1)
  })

  it('the same in Korean, checking the login only (`verify-only`)', async () => {
    providerHostsOnLoopback()
    const port = await closedPort()
    const result = await runAgainst(undefined, {
      server: 'smtp.office365.com',
      port: String(port),
      secure: 'true',
      username: 'ci@contoso.com',
      password: 'x',
      'verify-only': 'true',
      language: 'ko',
      timeout: '5'
    })

    const warnings = result.lines.filter((line) => line.kind === 'warning').map((line) => line.text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`\`port: ${port}\`, \`secure: true\`는 Microsoft 365에서 메일을 받는 설정이 아닙니다`)
    expect(warnings[0]).toContain('목록이 오래되었을 수도 있으므로 이 설정 그대로 로그인을 확인합니다.')
    expect(result.lines.findIndex((line) => line.text === warnings[0])).toBeLessThan(result.lines.findIndex((line) => line.text.includes('로그인합니다')))
    expect(result.failed).toContain('해결 방법: `port: 587`, `secure: false`로 설정하세요. Microsoft 365에서 받는 설정은 연결 전에 낸 경고에 있습니다.')
    expect(result.everything().split('Microsoft 365는 프로그램이 보내는 메일을').length - 1).toBe(1)
  })

  it('the send still goes ahead: a server that takes the setting after all gets the message', async () => {
    providerHostsOnLoopback()
    double = await startGmailDouble({ mode: 'implicit', ...providerTlsFiles() })
    const result = await runAgainst(double, { server: 'smtp.office365.com', username: 'ci@contoso.com' })

    expect(result.failed).toBeUndefined()
    expect(result.lines.filter((line) => line.kind === 'warning').map((line) => line.text)).toEqual([
      expect.stringContaining(`Microsoft 365 does not take mail on \`port: ${double.port}\` with \`secure: true\``)
    ])
    expect(double.messages).toHaveLength(1)
  })

  it("a failure that is not about the port keeps the provider's own fix after the warning", async () => {
    providerHostsOnLoopback()
    double = await startGmailDouble({ mode: 'implicit', ...providerTlsFiles(), onAuth: () => replies.MS_SMTP_AUTH_DISABLED })
    const result = await runAgainst(double, { server: 'smtp.office365.com', username: 'ci@contoso.com' })

    expect(result.lines.filter((line) => line.kind === 'warning')).toHaveLength(1)
    expectDiagnosis(result, 'smtp-auth-disabled', ['Manage email apps'], replies.MS_SMTP_AUTH_DISABLED.join(' '))
    expect(result.failed).not.toContain('the warning before connecting')
  })

  it('Microsoft 365 over STARTTLS (its port 587 mode): the refusal is diagnosed the same', async () => {
    providerHostsOnLoopback()
    double = await startGmailDouble({ mode: 'starttls', ...providerTlsFiles(), onAuth: () => replies.MS_SMTP_AUTH_DISABLED })
    const result = await runAgainst(double, { server: 'smtp.office365.com', username: 'ci@contoso.com' })

    expectDiagnosis(result, 'smtp-auth-disabled', ['Manage email apps'], replies.MS_SMTP_AUTH_DISABLED.join(' '))
    expect(double.logins[0].encrypted).toBe(true)
  })
})

describe('providers recognised by their reply, behind a host name of their own', () => {
  it.each<[string, string[], Partial<DoubleOptions>, string, string]>([
    ['Microsoft: SmtpClientAuthentication', replies.MS_SMTP_AUTH_DISABLED, atAuth(replies.MS_SMTP_AUTH_DISABLED), 'smtp-auth-disabled', 'Manage email apps'],
    [
      'Microsoft: 5.7.3 with its server ID',
      replies.MS_AUTH_UNSUCCESSFUL,
      atAuth(replies.MS_AUTH_UNSUCCESSFUL),
      'auth-rejected',
      'https://aka.ms/smtp_auth_disabled'
    ],
    ['Microsoft: SendAsDenied', replies.MS_SEND_AS_DENIED, atData(replies.MS_SEND_AS_DENIED), 'sender-rejected', 'Add-RecipientPermission'],
    ['Yahoo: (#AUTH005)', replies.YAHOO_AUTH005, atAuth(replies.YAHOO_AUTH005), 'auth-rejected', 'Create app password']
  ])('%s', async (_name, reply, options, code, words) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), ...options })
    const result = await runAgainst(double, { server: 'localhost', username: 'ci@contoso.com' })

    expectDiagnosis(result, code, [words], reply.join(' '))
  })
})

/** The `with:` of the Microsoft 365 recipe in the README, as a user copies it. */
function readmeMicrosoftRecipe(): Record<string, string> {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
  const start = readme.indexOf('## Microsoft 365 and Outlook.com with OAuth2')
  expect(start).toBeGreaterThan(-1)
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1))
  const yaml = /^```yaml\n([\s\S]*?)^```/m.exec(section)?.[1] ?? ''
  const steps = parse(yaml.replace(/^ {6}/gm, '')) as { with: Record<string, string | number> }[]
  return Object.fromEntries(Object.entries(steps[0].with).map(([name, value]) => [name, String(value)]))
}

describe('Microsoft 365 with OAuth2: the README recipe, run by the built action', () => {
  const CLIENT_ID = '00001111-aaaa-2222-bbbb-3333cccc4444'
  const CLIENT_SECRET = 'Qz8Q~abcDEFghiJKLmnoPQRstuVWXyz0123456789'
  const REFRESH_TOKEN = '1.AXkAq7sYk9w8c0u2ZrTvBnQ4mXoL5pDgHjKfEaSdR3tWyUiO0P-original-Zx9Yw8Vu7Ts6'
  const SECRETS = [CLIENT_ID, CLIENT_SECRET, REFRESH_TOKEN, MICROSOFT_ACCESS_TOKEN, ROTATED_REFRESH_TOKEN]

  it('sends the scope to the tenant endpoint, takes the rotated refresh token in its stride without printing it, and logs in with XOAUTH2', async () => {
    const recipe = readmeMicrosoftRecipe()
    expect(recipe.server).toBe('smtp.office365.com')
    expect(recipe.port).toBe('587')
    const tokenUrl = /^https:\/\/login\.microsoftonline\.com\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(recipe['oauth2-token-url'])
    expect(tokenUrl, recipe['oauth2-token-url']).not.toBeNull()

    endpoint = await startTokenEndpoint({
      ...tlsFiles(),
      microsoft: { tenant: 'contoso.onmicrosoft.com', grantedScopes: ['https://outlook.office.com/SMTP.Send', 'offline_access'] }
    })
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    // The recipe as written, with the secrets filled in and the hosts pointed at the stand-ins
    // (the double's certificate is for localhost; the endpoint keeps Microsoft's path).
    const result = await runBuiltAction(
      {
        ...recipe,
        server: 'localhost',
        port: String(double.port),
        'oauth2-client-id': CLIENT_ID,
        'oauth2-client-secret': CLIENT_SECRET,
        'oauth2-refresh-token': REFRESH_TOKEN,
        'oauth2-token-url': endpoint.url,
        username: 'ci@contoso.com',
        to: 'team@contoso.com',
        status: 'failure',
        timeout: '5',
        debug: 'true'
      },
      { env: testStepEnv(), event: {} }
    )

    expect(result.stdout).not.toContain('::error::')
    expect(result.exitCode).toBe(0)
    expect(endpoint.paths).toEqual(['/contoso.onmicrosoft.com/oauth2/v2.0/token'])
    expect(Object.fromEntries(endpoint.requests[0])).toEqual({
      grant_type: 'refresh_token',
      client_id: CLIENT_ID,
      client_secret: CLIENT_SECRET,
      refresh_token: REFRESH_TOKEN,
      scope: recipe['oauth2-scope']
    })
    expect(recipe['oauth2-scope']).toBe('https://outlook.office.com/SMTP.Send offline_access')
    expect(double.logins).toEqual([{ method: 'XOAUTH2', username: 'ci@contoso.com', secret: MICROSOFT_ACCESS_TOKEN, encrypted: true }])
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toContain('failed')
    // Nothing secret is printed, the new refresh token included, in any form.
    const printed = [...result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')), result.summary, JSON.stringify(result.outputs)].join('\n')
    expect(printed).toContain('AUTH XOAUTH2')
    expect(findLeaks(printed, SECRETS)).toEqual([])
    expect(result.stdout).not.toContain(ROTATED_REFRESH_TOKEN)
  })

  it("refuses Microsoft's token endpoint without `oauth2-scope` before anything is contacted, also in a dry run", async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    // A dry run fetches no token: without the check it would succeed.
    const result = await runAgainst(double, {
      password: '',
      'oauth2-client-id': CLIENT_ID,
      'oauth2-client-secret': CLIENT_SECRET,
      'oauth2-refresh-token': REFRESH_TOKEN,
      'oauth2-token-url': 'https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/v2.0/token',
      username: 'ci@contoso.com',
      'dry-run': 'true'
    })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('Input `oauth2-scope`: is empty')
    expect(result.failed).toContain('`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`')
    expect(double.connections).toBe(0)
  })

  it('without `oauth2-scope` the endpoint refuses the request, and the step says so with its AADSTS text', async () => {
    endpoint = await startTokenEndpoint({
      ...tlsFiles(),
      microsoft: { tenant: 'contoso.onmicrosoft.com', grantedScopes: ['https://outlook.office.com/SMTP.Send', 'offline_access'] }
    })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, {
      password: '',
      'oauth2-client-id': CLIENT_ID,
      'oauth2-client-secret': CLIENT_SECRET,
      'oauth2-refresh-token': REFRESH_TOKEN,
      'oauth2-token-url': endpoint.url,
      username: 'ci@contoso.com'
    })

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(result.failed).toContain('AADSTS900144')
    expect(endpoint.requests[0].has('scope')).toBe(false)
    expect(double.connections).toBe(0)
  })

  it('with a scope wider than the token was granted, the refusal is reported and nothing connects', async () => {
    endpoint = await startTokenEndpoint({
      ...tlsFiles(),
      microsoft: { tenant: 'contoso.onmicrosoft.com', grantedScopes: ['https://outlook.office.com/SMTP.Send', 'offline_access'] }
    })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, {
      password: '',
      'oauth2-client-id': CLIENT_ID,
      'oauth2-client-secret': CLIENT_SECRET,
      'oauth2-refresh-token': REFRESH_TOKEN,
      'oauth2-token-url': endpoint.url,
      'oauth2-scope': 'https://outlook.office.com/SMTP.Send https://outlook.office.com/Mail.ReadWrite offline_access',
      username: 'ci@contoso.com'
    })

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    expect(result.failed).toContain('AADSTS70000')
    expect(double.connections).toBe(0)
  })
})

describe('the port checked before connecting, by the built action', () => {
  const DIST = join(BUNDLE, '..')
  /** The chunk of dist/ that holds the provider catalogue (src/providers.ts). */
  const catalogueChunk = readdirSync(DIST).find(
    (name) => /^\d+\.index\.js$/.test(name) && readFileSync(join(DIST, name), 'utf8').includes('smtp.office365.com')
  )

  /** A dry run (it connects nowhere, so `server` can be any provider's host), and the chunks Node loaded for it. */
  async function dryRun(inputs: Record<string, string>) {
    const runnerTemp = mkdtempSync(join(tmpdir(), 'port-check-'))
    const result = await runBuiltAction(
      { username: 'ci@contoso.com', password: 'x', to: 'team@contoso.com', status: 'failure', 'dry-run': 'true', ...inputs },
      // Node names each module it loads on stderr, which the runner's log holds too.
      { env: testStepEnv({ NODE_DEBUG: 'esm', RUNNER_TEMP: runnerTemp }), event: {} }
    ).finally(() => rmSync(runnerTemp, { recursive: true, force: true }))
    const loaded = [...result.stdout.matchAll(/Translating StandardModule file:\/\/\S*\/([^/\s]+\.js)\b/g)].map((match) => match[1])
    expect(loaded).toContain('index.js')
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    return { result, warnings, catalogueLoaded: loaded.includes(catalogueChunk!) }
  }

  it('Microsoft 365 on 465: warns in its words, and the dry run goes on', async () => {
    expect(catalogueChunk).toBeDefined()
    const { result, warnings, catalogueLoaded } = await dryRun({ server: 'smtp.office365.com', port: '465' })

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([
      "::warning::By this action's list of providers, Microsoft 365 does not take mail on `port: 465` with `secure: true`. " +
        'Microsoft 365 takes mail from programs on smtp.office365.com, port 587 with STARTTLS, and does not offer SMTP AUTH on port 465: set `port: 587` and `secure: false` (or leave `secure` empty). ' +
        'A run without `dry-run` would still connect with these settings, in case the list is out of date.'
    ])
    expect(result.outputs['eml-path']).toBeTruthy()
    expect(catalogueLoaded).toBe(true)
  })

  it.each<[string, boolean, Record<string, string>]>([
    ['Gmail on 465 with TLS (the defaults)', false, {}],
    ['Gmail on 587 with STARTTLS', false, { server: 'smtp.gmail.com', port: '587' }],
    ['Microsoft 365 on 587', true, { server: 'smtp.office365.com', port: '587' }],
    ['a server the catalogue does not know', true, { server: 'mail.example.com', port: '465' }],
    ['an IP address', false, { server: '192.0.2.25', port: '25' }]
  ])('%s: no warning; the catalogue loaded: %s', async (_name, loadsCatalogue, inputs) => {
    const { result, warnings, catalogueLoaded } = await dryRun(inputs)

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([])
    expect(catalogueLoaded).toBe(loadsCatalogue)
  })
})
