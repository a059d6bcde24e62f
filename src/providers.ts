import type { ErrorCode } from './errors.ts'

// The mail providers this action knows beyond Gmail: how to recognise each, the connection
// settings it takes, and what its refusals mean, in its own words. Every text a user reads
// about a provider is in this file, so that another language can be added beside each one.
// Texts are templates: {server} and {username} are filled from the settings.
//
// Reply texts and menus come from the providers' help pages and from real reports: each
// reply's source is beside it in __tests__/support/provider-replies.ts, and a pattern no
// primary source or real report confirmed says so in a comment beside it.

/** What a failure means and what to do, before {server} and {username} are filled in. */
export interface Advice {
  code: ErrorCode
  title: string
  fix: string
  /** Whether a later attempt in the same step can help. */
  retryable: boolean
}

/** A reply of the provider's, recognised by its own words (never by a whole reply: IDs and timestamps vary). */
export interface ReplyAdvice extends Advice {
  reply: RegExp
}

/** A connection setting the provider takes mail from programs on. */
export interface PortSetting {
  port: number
  secure: boolean
}

/** What to say when OAuth2 fails with this provider's token endpoint or server. */
export interface OAuth2Advice {
  /** Its token endpoints (`oauth2-token-url`). */
  tokenUrl: RegExp
  /** Said when the refresh token (or the scope) was refused at the token endpoint. */
  tokenRefused: string
  /** Said when the client ID or secret was refused. */
  clientRefused: string
  /** Said when the server refused the access token. */
  serverRefused: string
  /** Said, as the reason an input is refused, when the scope it needs was not given. */
  scopeMissing?: { problem: string; fix: string }
}

export interface Provider {
  name: string
  /** The host to put in `server`, as the README shows it. */
  server: string
  /** Every host name of its SMTP submission servers, regional ones included. */
  hosts: RegExp
  /** What only its replies carry, to know it behind a host name of one's own (a CNAME). */
  replyMarks?: RegExp
  /** The settings it takes mail from programs on, the recommended first. */
  ports: readonly PortSetting[]
  /** The fix when the connection failed on a port or `secure` it does not take. */
  portFix?: string
  /** Any other refused login (a 5xx to AUTH), when no reply below says more. */
  loginRefused?: Advice
  oauth2?: OAuth2Advice
  /** Its known replies, the most specific first; the first match wins. */
  replies: readonly ReplyAdvice[]
}

const MICROSOFT_OAUTH2_SETUP =
  'the `oauth2-*` inputs with `oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token` and `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` (README: "Microsoft 365 and Outlook.com with OAuth2")'

const MICROSOFT_OAUTH2: OAuth2Advice = {
  tokenUrl: /^https:\/\/login\.microsoftonline\.com\//i,
  tokenRefused:
    'Get a new refresh token for the mailbox in `username`, with the scope `https://outlook.office.com/SMTP.Send offline_access`, from the app registration whose ID is in `oauth2-client-id`, and store it in the secret passed as `oauth2-refresh-token`; `oauth2-scope` must ask for the same scopes (or fewer). ' +
    'AADSTS700082 means the refresh token was not used for 90 days; AADSTS700025 means the app is a public client, which takes no client secret: this action sends `oauth2-client-secret`, so use an app registration with a client secret (Certificates & secrets).',
  clientRefused:
    'Copy the Application (client) ID from Microsoft Entra admin center → App registrations → (the app) → Overview into the secret passed as `oauth2-client-id`, and a current client secret value from Certificates & secrets into `oauth2-client-secret`; a client secret expires on the date shown there.',
  serverRefused:
    'Exchange Online refused the token. Check that the refresh token was issued for the mailbox in `username` with the delegated permission SMTP.Send (scope `https://outlook.office.com/SMTP.Send`), that `oauth2-scope` asks for `https://outlook.office.com/SMTP.Send offline_access`, and that authenticated SMTP is on for the mailbox, which OAuth2 needs too (Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled).',
  scopeMissing: {
    problem: "is empty, but `oauth2-token-url` is Microsoft's token endpoint, which needs the scope of the token",
    fix: 'Set `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`, the scopes the refresh token was issued with.'
  }
}

/** Replies Exchange Online gives on both Microsoft 365 and Outlook.com. */
const MICROSOFT_QUOTA: ReplyAdvice = {
  // Microsoft's documentation of the 10,000-recipient limit quotes this reply.
  reply: /SubmissionQuotaExceeded/i,
  code: 'quota-exceeded',
  title: '{username} has used up its sending limit on {server}',
  fix: 'Exchange Online allows 10,000 recipients a day per mailbox (and delays more than 30 messages a minute). Wait up to 24 hours, send to fewer recipients (for example only on failure, with `if: failure()`), or use a mail service made for volume.',
  retryable: false
}

const MICROSOFT_THREADS: ReplyAdvice = {
  reply: /sender thread limit exceeded/i,
  code: 'try-again-later',
  title: '{server} refused the message for now: {username} has too many connections open at once',
  fix: 'Exchange Online limits how many connections one mailbox may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
  retryable: true
}

/** The Microsoft 365 (Exchange Online) submission server, smtp.office365.com. */
const MICROSOFT_365: Provider = {
  name: 'Microsoft 365',
  server: 'smtp.office365.com',
  hosts: /^smtp\.office365\.com\.?$/i,
  // Server IDs such as [TY1PR01CA0183.jpnprd01.prod.outlook.com], and words only Exchange writes.
  replyMarks: /\.prod\.outlook\.com\b|aka\.ms\/smtp_auth_disabled|SmtpClientAuthentication|STOREDRV\./i,
  ports: [
    { port: 587, secure: false },
    { port: 25, secure: false }
  ],
  portFix:
    'Microsoft 365 takes mail from programs on smtp.office365.com, port 587 with STARTTLS, and does not offer SMTP AUTH on port 465: set `port: 587` and `secure: false` (or leave `secure` empty).',
  loginRefused: {
    code: 'auth-rejected',
    title: '{server} did not accept the login of {username}',
    fix:
      'Microsoft gives one answer for several causes; check them in this order: 1) authenticated SMTP must be on for the mailbox (Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled); ' +
      '2) `username` must be the full address of the mailbox and `password` its password, from a repository secret; ' +
      `3) an account with MFA, under security defaults, or under a Conditional Access policy that blocks legacy authentication cannot log in with a password (nor an app password): log in with OAuth2, ${MICROSOFT_OAUTH2_SETUP}.`,
    retryable: false
  },
  oauth2: MICROSOFT_OAUTH2,
  replies: [
    {
      // 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled … (nodemailer#1484). XOAUTH2 gets it too.
      reply: /SmtpClientAuthentication is disabled/i,
      code: 'smtp-auth-disabled',
      title: '{server} refused the login of {username}: authenticated SMTP (SMTP AUTH) is turned off for this mailbox or for the whole tenant',
      fix:
        'An Exchange admin must turn it on for the mailbox: Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → tick "Authenticated SMTP" → Save changes; ' +
        'or in Exchange Online PowerShell `Set-CASMailbox -Identity {username} -SmtpClientAuthenticationDisabled $false` (for the whole tenant `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; the mailbox setting wins over the tenant one). ' +
        'OAuth2 (the `oauth2-*` inputs with `oauth2-scope`) needs this switch too. See https://aka.ms/smtp_auth_disabled.',
      retryable: false
    },
    {
      // 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nodemailer#1714);
      // 550 5.7.30 Basic authentication is not supported for Client Submission. (Microsoft's retirement notice).
      reply: /basic authentication is disabled|Basic authentication is not supported/i,
      code: 'basic-auth-disabled',
      title: '{server} refused the password login of {username}: basic authentication (a password over SMTP) is turned off for this account',
      fix: `Microsoft takes no password, app passwords included, for this account. Log in with OAuth2 instead, leaving \`password\` out: ${MICROSOFT_OAUTH2_SETUP}. Only an admin can allow password logins again, in the tenant's authentication policies.`,
      retryable: false
    },
    {
      // Weak source: a third-party troubleshooting page; the same string appears in several repositories.
      reply: /locked by your organization's security defaults/i,
      code: 'basic-auth-disabled',
      title: "{server} refused the password login of {username}: the tenant's security defaults block it",
      fix: `Security defaults in Microsoft Entra block password logins over SMTP, app passwords included. Log in with OAuth2, ${MICROSOFT_OAUTH2_SETUP}; or an admin replaces the security defaults with Conditional Access policies (Microsoft Entra admin center).`,
      retryable: false
    },
    {
      // Weak source: the same page; a localised copy in gophish#3220.
      reply: /did not meet the criteria to be authenticated/i,
      code: 'basic-auth-disabled',
      title: '{server} refused the login of {username}: a Conditional Access policy of the tenant blocks this sign-in',
      fix: `Conditional Access policies that block legacy authentication refuse every password login over SMTP. Log in with OAuth2, ${MICROSOFT_OAUTH2_SETUP}; or ask an admin to exclude {username} from the policy (Microsoft Entra admin center → Conditional Access).`,
      retryable: false
    },
    {
      // 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. (freescout#4930)
      reply: /user credentials were incorrect/i,
      code: 'auth-rejected',
      title: '{server} did not accept the password of {username}',
      fix: `Check that \`username\` is the full address of the mailbox and \`password\` its current password, from a repository secret. An account with MFA cannot log in with a password at all: log in with OAuth2, ${MICROSOFT_OAUTH2_SETUP}.`,
      retryable: false
    },
    {
      // 554 5.2.252 SendAsDenied; … not allowed to send as … (gophish#2900); older: 554 5.2.0
      // STOREDRV.Submission.Exception:SendAsDeniedException (rss2email#147); 550 5.7.60 SMTP; Client does not have permissions to send as this sender (gophish#1600).
      reply: /SendAsDenied|permissions to send as this sender/i,
      code: 'sender-rejected',
      title: '{server} refused to send as the address in `from`: {username} may not send as it',
      fix:
        'Set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`. ' +
        'To send as a shared mailbox or another address, an Exchange admin gives {username} Send As permission on it: `Add-RecipientPermission -Identity <address in from> -Trustee {username} -AccessRights SendAs` in Exchange Online PowerShell.',
      retryable: false
    },
    MICROSOFT_QUOTA,
    MICROSOFT_THREADS,
    {
      // 550 5.1.8 Access denied, bad outbound sender (Microsoft's troubleshooting page for 5.7.3 and 5.7.57).
      reply: /bad outbound sender/i,
      code: 'message-blocked',
      title: '{server} blocks {username} from sending: the mailbox was restricted for sending spam',
      fix: 'Microsoft restricts a mailbox that sent what looked like spam. An admin must check the account is not compromised (change its password if it might be) and release it in the Microsoft Defender portal under Restricted entities.',
      retryable: false
    }
  ]
}

/** Outlook.com, Hotmail and Live accounts: smtp-mail.outlook.com. */
const OUTLOOK_COM: Provider = {
  name: 'Outlook.com',
  server: 'smtp-mail.outlook.com',
  hosts: /^smtp-mail\.outlook\.com\.?$/i,
  ports: [{ port: 587, secure: false }],
  portFix:
    'Outlook.com takes mail from programs on smtp-mail.outlook.com, port 587 with STARTTLS: set `port: 587` and `secure: false` (or leave `secure` empty).',
  loginRefused: {
    code: 'basic-auth-disabled',
    title: '{server} did not accept the password login of {username}',
    fix: `Since 16 September 2024 Outlook.com takes no password over SMTP, app passwords included: log in with OAuth2, leaving \`password\` out, with the \`oauth2-*\` inputs, \`oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token\` and \`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access\` (README: "Microsoft 365 and Outlook.com with OAuth2").`,
    retryable: false
  },
  oauth2: MICROSOFT_OAUTH2,
  replies: [
    {
      // 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nina-ground-station#17; app passwords: rallly#3154)
      reply: /basic authentication is disabled|Basic authentication is not supported/i,
      code: 'basic-auth-disabled',
      title: '{server} refused the password login of {username}: Outlook.com takes no password over SMTP any more',
      fix: `Since 16 September 2024 Outlook.com takes only OAuth2 over SMTP; app passwords get the same answer. Log in with OAuth2, leaving \`password\` out, with the \`oauth2-*\` inputs, \`oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token\` and \`oauth2-scope: https://outlook.office.com/SMTP.Send offline_access\` (README: "Microsoft 365 and Outlook.com with OAuth2").`,
      retryable: false
    },
    {
      reply: /SendAsDenied|permissions to send as this sender/i,
      code: 'sender-rejected',
      title: '{server} refused to send as the address in `from`: {username} may not send as it',
      fix: 'Outlook.com sends only as the signed-in address or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`.',
      retryable: false
    },
    {
      // 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; … Actual verdict is RefuseQuota, ShowTierUpgrade. (nodejs-nodemailer-outlook#11: the account was not verified)
      reply: /RefuseQuota/i,
      code: 'quota-exceeded',
      title: '{server} refused to send for {username}: the account is limited (not verified yet, or over its sending limit)',
      fix: 'Sign in at https://outlook.live.com with this account and complete the verification it asks for (a new account cannot send through SMTP before that); otherwise wait for the sending limit to reset (up to 24 hours) before re-running.',
      retryable: false
    },
    {
      // … Actual verdict is HipNotify, ShowTierUpgrade. (Valine-Admin#26)
      reply: /HipNotify/i,
      code: 'web-login-required',
      title: '{server} wants a human check for {username} before it sends again',
      fix: 'Sign in at https://outlook.live.com in a browser, send one message from there and complete the check Outlook.com shows, then re-run the job.',
      retryable: false
    },
    MICROSOFT_QUOTA,
    MICROSOFT_THREADS
  ]
}

const YAHOO_APP_PASSWORD =
  'Yahoo Mail takes only an app password from programs, never the account password: sign in at https://login.yahoo.com/account/security, open "External connections" → "Create app password", enter a name (for example "GitHub Actions") and choose "Generate password" (help: https://help.yahoo.com/kb/SLN15241.html; Yahoo may refuse until the browser has signed in to Yahoo for a few days). ' +
  'Store it as a repository secret, pass it as `password: ${{ secrets.YAHOO_APP_PASSWORD }}`, and set `username` to the full Yahoo address.'

/** Yahoo Mail: smtp.mail.yahoo.com. */
const YAHOO: Provider = {
  name: 'Yahoo Mail',
  server: 'smtp.mail.yahoo.com',
  hosts: /^smtp\.mail\.yahoo\.com\.?$/i,
  // Yahoo's own reason codes, such as (#AUTH005) and (#MBR1212).
  replyMarks: /\(#(?:AUTH|MBR)\d{3,4}\)/,
  ports: [
    { port: 465, secure: true },
    { port: 587, secure: false }
  ],
  portFix:
    'Yahoo Mail takes mail from programs on smtp.mail.yahoo.com, port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
  loginRefused: { code: 'auth-rejected', title: '{server} did not accept the login of {username}', fix: YAHOO_APP_PASSWORD, retryable: false },
  replies: [
    {
      // 535 5.7.0 (#AUTH005) Too many bad auth attempts. — Yahoo's answer to the account password
      // where an app password is needed, from the first attempt (PHPMailer#2034, nodemailer#1112,
      // maildroid#17, all fixed by an app password), so it is auth-rejected despite its words.
      reply: /\(#AUTH005\)/,
      code: 'auth-rejected',
      title: '{server} refused the login of {username} with "Too many bad auth attempts", its answer to the account password',
      fix: `${YAHOO_APP_PASSWORD} If an app password is already in \`password\`, wait a while before the next run: every refused attempt prolongs the block.`,
      retryable: false
    },
    {
      // 535 5.7.0 (#MBR1212) Incorrect username or password. (PHPMailer#1287)
      reply: /\(#MBR1212\)/,
      code: 'auth-rejected',
      title: '{server} did not accept the username or password (username: {username})',
      fix: YAHOO_APP_PASSWORD,
      retryable: false
    },
    {
      // 550 Request failed; Mailbox unavailable — seen when `from` was not the account's address (mattermost#13652).
      reply: /Request failed; Mailbox unavailable/i,
      code: 'sender-rejected',
      title: '{server} refused the message from {username}: "Mailbox unavailable", its answer to a sender that is not the account',
      fix: 'Yahoo Mail sends only as the address of the account you log in as: set `from` to {username} (or leave `from` empty, which means `username`). If it already is, Yahoo refused the message itself: send a plainer message.',
      retryable: false
    },
    {
      // UNCONFIRMED on smtp.mail.yahoo.com: seen from Yahoo's incoming servers (sisimai), not on submission.
      reply: /\[PH01\] Email not accepted for policy reasons/i,
      code: 'message-blocked',
      title: '{server} refused the message for policy reasons',
      fix: 'Yahoo judged the message unacceptable. Send fewer, plainer messages (no shortened links); the reason codes are explained at https://postmaster.yahooinc.com/error-codes.',
      retryable: false
    }
  ]
}

/** iCloud Mail: smtp.mail.me.com. Apple publishes no SMTP reply texts. */
const ICLOUD: Provider = {
  name: 'iCloud Mail',
  server: 'smtp.mail.me.com',
  hosts: /^smtp\.mail\.me\.com\.?$/i,
  ports: [{ port: 587, secure: false }],
  portFix:
    'iCloud Mail takes mail from programs on smtp.mail.me.com, port 587 with STARTTLS; Apple documents no other port: set `port: 587` and `secure: false` (or leave `secure` empty).',
  loginRefused: {
    code: 'auth-rejected',
    title: '{server} did not accept the login of {username}',
    fix:
      'iCloud Mail takes only an app-specific password from programs: with two-factor authentication on for the Apple Account, open https://account.apple.com → Sign-In and Security → App-Specific Passwords → Generate an app-specific password (help: https://support.apple.com/en-us/102654). ' +
      'Store it as a repository secret, pass it as `password: ${{ secrets.ICLOUD_APP_PASSWORD }}`, and set `username` to the full iCloud address (you@icloud.com). Changing the Apple Account password revokes every app-specific password.',
    retryable: false
  },
  replies: [
    {
      // UNCONFIRMED over SMTP: Apple's webmail shows "You have exceeded your daily sending limit."
      reply: /exceeded your daily sending limit/i,
      code: 'quota-exceeded',
      title: '{username} has used up its daily sending limit on {server}',
      fix: 'iCloud Mail allows 1,000 messages and 1,000 recipients a day, and 500 recipients per message (https://support.apple.com/en-us/102198). Wait up to 24 hours, or send fewer messages, for example only on failure with `if: failure()`.',
      retryable: false
    }
  ]
}

/** Naver Mail: smtp.naver.com. Its replies are in English; its menus in Korean. */
const NAVER: Provider = {
  name: 'Naver Mail',
  server: 'smtp.naver.com',
  hosts: /^smtp\.naver\.com\.?$/i,
  ports: [
    { port: 587, secure: false },
    { port: 465, secure: true }
  ],
  portFix:
    'Naver Mail takes mail from programs on smtp.naver.com, port 587 with STARTTLS (`port: 587`, `secure: false`), or port 465 with TLS from the first byte (`secure: true`).',
  // Weak source for the reply (535 5.7.1 Username and Password not accepted): notes in two
  // public repositories, which say Naver answers the same to a wrong password and to SMTP switched off.
  loginRefused: {
    code: 'auth-rejected',
    title: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
    fix:
      'Naver answers both the same. 1) Switch SMTP on: Naver Mail → 환경설정 → POP3/IMAP 설정 → IMAP/SMTP 설정 → "IMAP/SMTP 사용" = 사용함 → 저장 (https://help.naver.com/service/30029/contents/21344). ' +
      '2) Naver wants 2단계 인증 (2-Step Verification) and an 애플리케이션 비밀번호 (application password) for SMTP, not the account password: 네이버ID → 보안설정 → 2단계 인증 → 관리 → 애플리케이션 비밀번호 (https://help.naver.com/service/5640/contents/8584). ' +
      'Store it as a repository secret and pass it as `password: ${{ secrets.NAVER_APP_PASSWORD }}`.',
    retryable: false
  },
  replies: [
    {
      // Weak source: the same repository notes.
      reply: /Too many concurrent connection/i,
      code: 'try-again-later',
      title: '{server} refused the connection for now: too many connections from {username} at once',
      fix: 'Naver limits how many connections one account may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
      retryable: true
    }
  ]
}

/** Daum Mail (hanmail.net, daum.net; Kakao accounts): smtp.daum.net. No public report quotes a Daum reply. */
const DAUM: Provider = {
  name: 'Daum Mail',
  server: 'smtp.daum.net',
  hosts: /^smtp\.daum\.net\.?$/i,
  ports: [{ port: 465, secure: true }],
  portFix:
    'Daum Mail takes mail from programs on smtp.daum.net, port 465 with TLS from the first byte: set `port: 465` and `secure: true` (or leave both empty: those are the defaults).',
  loginRefused: {
    code: 'auth-rejected',
    title: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
    fix:
      '1) Switch SMTP on, in Daum Mail on a PC: 환경설정 → IMAP/POP3 → "IMAP / SMTP 사용" → 사용함 → 저장. ' +
      '2) With 2단계 인증 (2-Step Verification) on, Daum takes the password issued on the 2단계 인증 settings page (앱 비밀번호), not the account password (Kakao account: 계정 보안 → 2단계 인증; help: https://cs.daum.net/faq/site/43/cat/9234/faq/33671). ' +
      'Store it as a repository secret and pass it as `password: ${{ secrets.DAUM_APP_PASSWORD }}`.',
    retryable: false
  },
  replies: []
}

/** Zoho Mail: smtp.zoho.com and its regional hosts; smtppro.zoho.* for an organisation's own domain. */
const ZOHO: Provider = {
  name: 'Zoho Mail',
  server: 'smtp.zoho.com',
  hosts: /^smtp(?:pro)?\.zoho\.(?:com|eu|in|com\.au|jp|com\.cn|sa)\.?$/i,
  ports: [
    { port: 465, secure: true },
    { port: 587, secure: false }
  ],
  portFix:
    'Zoho Mail takes mail from programs on port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
  loginRefused: {
    code: 'auth-rejected',
    title: '{server} did not accept the login of {username}',
    fix:
      "Check that `username` is the full address and that `server` is the host of your account's region (smtp.zoho.eu for an account on zoho.eu, and so on; smtppro.zoho.com and its regional forms for an organisation's own domain). " +
      'With two-factor authentication on, Zoho takes an application-specific password: Zoho Accounts → Security → App Passwords → Generate New Password (https://accounts.zoho.com/home#security/app_password, or accounts.zoho.eu and so on), passed as `password: ${{ secrets.ZOHO_APP_PASSWORD }}`. ' +
      'SMTP also needs IMAP or POP access on: Zoho Mail → Settings → Mail Accounts → IMAP/POP access.',
    retryable: false
  },
  replies: [
    {
      // 553 Relaying disallowed as test@gmail.com (grav-plugin-email#77, mattermost#13224, odoo#1493)
      reply: /Relaying disallowed/i,
      code: 'sender-rejected',
      title: '{server} refused the sender: the address in `from` is not {username} or one of its aliases',
      fix: 'Zoho Mail sends only as the address of the account or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), or add the address as an alias of the account in Zoho Mail → Settings → Mail Accounts.',
      retryable: false
    },
    {
      // 550 5.4.6 Unusual sending activity detected. Please try after sometime. (Zoho community thread)
      reply: /Unusual sending activity/i,
      code: 'quota-exceeded',
      title: '{server} blocked sending from {username}: "unusual sending activity"',
      fix: 'Zoho blocks the outgoing mail of an account that sends too much or looks abused; the block lasts from 1 to 5 business days. The account owner can ask to be unblocked at https://mail.zoho.com/UnblockMe; an organisation admin under Admin Console → Users → Blocked Users. Send fewer messages, for example only on failure with `if: failure()`.',
      retryable: false
    }
  ]
}

/** Gmail, whose replies and fixes live in diagnose.ts; here for its connection settings and the README table. */
const GMAIL: Provider = {
  name: 'Gmail / Google Workspace',
  server: 'smtp.gmail.com',
  hosts: /^smtp\.(?:gmail|googlemail)\.com\.?$/i,
  ports: [
    { port: 465, secure: true },
    { port: 587, secure: false }
  ],
  replies: []
}

/** Every provider the action knows, Gmail first. */
export const PROVIDERS: readonly Provider[] = [GMAIL, MICROSOFT_365, OUTLOOK_COM, YAHOO, ICLOUD, NAVER, DAUM, ZOHO]

/** The provider whose SMTP server `server` is. */
export function providerOfHost(server: string): Provider | undefined {
  return PROVIDERS.find((provider) => provider.hosts.test(server))
}

/** The provider whose marks a reply carries, for a `server` that is not a known host (a CNAME of one's own). */
export function providerOfReply(reply: string): Provider | undefined {
  return PROVIDERS.find((provider) => provider.replyMarks?.test(reply))
}

/** The provider whose token endpoint `oauth2-token-url` is. */
export function providerOfTokenUrl(tokenUrl: string): Provider | undefined {
  return PROVIDERS.find((provider) => provider.oauth2?.tokenUrl.test(tokenUrl))
}

/** The first of the provider's replies that this reply is. */
export function replyAdvice(provider: Provider, reply: string): ReplyAdvice | undefined {
  return provider.replies.find((advice) => advice.reply.test(reply))
}

/** Whether the provider takes mail on this port with this `secure`. */
export function takesPort(provider: Provider, setting: PortSetting): boolean {
  return provider.ports.some(({ port, secure }) => port === setting.port && secure === setting.secure)
}

/** A template with {server} and {username} filled in, in one pass (a value is never read as a template). */
export function fill(template: string, values: { server: string; username: string }): string {
  return template.replace(/\{(server|username)\}/g, (_match, name: 'server' | 'username') => values[name])
}
