import type { ErrorCode } from './errors.ts'
import type { Language, Wording } from './language.ts'

// The mail providers this action knows beyond Gmail: how to recognise each, the connection
// settings it takes, and what its refusals mean, in its own words. Every text a user reads
// about a provider is in this file, every language beside the other (`{ en, ko }`, the shape
// of a defineWords entry; __tests__/language.test.ts walks the catalogue like a table).
// Texts are templates: {server} and {username} are filled from the settings.
//
// Reply texts and menus come from the providers' help pages and from real reports: each
// reply's source is beside it in __tests__/support/provider-replies.ts, and a pattern no
// primary source or real report confirmed says so in a comment beside it.

/** One text of the catalogue in every language, a template before {server} and {username} are filled in. */
export type Said = Wording<string>

/** What a failure means and what to do, before {server} and {username} are filled in. */
export interface Advice {
  code: ErrorCode
  title: Said
  fix: Said
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
  tokenRefused: Said
  /** Said when the client ID or secret was refused. */
  clientRefused: Said
  /** Said when the server refused the access token. */
  serverRefused: Said
  /** Said, as the reason an input is refused, when the scope it needs was not given. */
  scopeMissing?: { problem: Said; fix: Said }
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
  portFix?: Said
  /** Any other refused login (a 5xx to AUTH), when no reply below says more. */
  loginRefused?: Advice
  oauth2?: OAuth2Advice
  /** Its known replies, the most specific first; the first match wins. */
  replies: readonly ReplyAdvice[]
}

const MICROSOFT_OAUTH2_SETUP: Said = {
  en: 'the `oauth2-*` inputs with `oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token` and `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` (README: "Microsoft 365 and Outlook.com with OAuth2")',
  ko: '`oauth2-*` 입력을 쓰고 `oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`, `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` 로 설정하세요(README: "Microsoft 365 and Outlook.com with OAuth2")'
}

/** Log in with OAuth2 at Microsoft, `lead` said first, and `after` after the setup. */
const withMicrosoftOAuth2 = (lead: Said, after: Said = { en: '', ko: '' }): Said => ({
  en: `${lead.en}${MICROSOFT_OAUTH2_SETUP.en}${after.en}`,
  ko: `${lead.ko}${MICROSOFT_OAUTH2_SETUP.ko}${after.ko}`
})

const MICROSOFT_OAUTH2: OAuth2Advice = {
  tokenUrl: /^https:\/\/login\.microsoftonline\.com\//i,
  tokenRefused: {
    en:
      'Get a new refresh token for the mailbox in `username`, with the scope `https://outlook.office.com/SMTP.Send offline_access`, from the app registration whose ID is in `oauth2-client-id`, and store it in the secret passed as `oauth2-refresh-token`; `oauth2-scope` must ask for the same scopes (or fewer). ' +
      'AADSTS700082 means the refresh token was not used for 90 days; AADSTS700025 means the app is a public client, which takes no client secret: this action sends `oauth2-client-secret`, so use an app registration with a client secret (Certificates & secrets).',
    ko:
      'ID가 `oauth2-client-id`에 있는 앱 등록에서 `username` 메일박스의 새 리프레시 토큰을 범위(scope) `https://outlook.office.com/SMTP.Send offline_access` 로 발급받아, `oauth2-refresh-token`으로 넘기는 시크릿에 저장하세요. `oauth2-scope`는 같은 범위(또는 그보다 적은 범위)를 요청해야 합니다. ' +
      'AADSTS700082는 리프레시 토큰을 90일 동안 쓰지 않았다는 뜻입니다. AADSTS700025는 앱이 클라이언트 시크릿을 받지 않는 공용 클라이언트(public client)라는 뜻입니다. 이 액션은 `oauth2-client-secret`을 보내므로 클라이언트 시크릿이 있는 앱 등록을 쓰세요(Certificates & secrets).'
  },
  clientRefused: {
    en: 'Copy the Application (client) ID from Microsoft Entra admin center → App registrations → (the app) → Overview into the secret passed as `oauth2-client-id`, and a current client secret value from Certificates & secrets into `oauth2-client-secret`; a client secret expires on the date shown there.',
    ko: 'Microsoft Entra admin center → App registrations → (해당 앱) → Overview 의 Application (client) ID를 `oauth2-client-id`로 넘기는 시크릿에, Certificates & secrets 의 유효한 클라이언트 시크릿 값을 `oauth2-client-secret`에 복사하세요. 클라이언트 시크릿은 그곳에 표시된 날짜에 만료됩니다.'
  },
  serverRefused: {
    en: 'Exchange Online refused the token. Check that the refresh token was issued for the mailbox in `username` with the delegated permission SMTP.Send (scope `https://outlook.office.com/SMTP.Send`), that `oauth2-scope` asks for `https://outlook.office.com/SMTP.Send offline_access`, and that authenticated SMTP is on for the mailbox, which OAuth2 needs too (Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled).',
    ko: 'Exchange Online이 토큰을 거부했습니다. 리프레시 토큰이 `username` 메일박스에 대해 위임된 권한 SMTP.Send(범위 `https://outlook.office.com/SMTP.Send`)로 발급되었는지, `oauth2-scope`가 `https://outlook.office.com/SMTP.Send offline_access`를 요청하는지, 그리고 OAuth2에도 필요한 인증된 SMTP(Authenticated SMTP)가 메일박스에 켜져 있는지 확인하세요(Microsoft 365 admin center → Users → Active users → (해당 사용자) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled ).'
  },
  scopeMissing: {
    problem: {
      en: "is empty, but `oauth2-token-url` is Microsoft's token endpoint, which needs the scope of the token",
      ko: '비어 있습니다. 그런데 `oauth2-token-url`이 Microsoft의 토큰 엔드포인트이고, 여기에는 토큰의 범위(scope)가 필요합니다'
    },
    fix: {
      en: 'Set `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`, the scopes the refresh token was issued with.',
      ko: '리프레시 토큰을 발급받은 범위인 `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` 로 설정하세요.'
    }
  }
}

/** Replies Exchange Online gives on both Microsoft 365 and Outlook.com. */
const MICROSOFT_QUOTA: ReplyAdvice = {
  // Microsoft's documentation of the 10,000-recipient limit quotes this reply.
  reply: /SubmissionQuotaExceeded/i,
  code: 'quota-exceeded',
  title: { en: '{username} has used up its sending limit on {server}', ko: '{username} 계정이 {server}의 발송 한도를 다 썼습니다' },
  fix: {
    en: 'Exchange Online allows 10,000 recipients a day per mailbox (and delays more than 30 messages a minute). Wait up to 24 hours, send to fewer recipients (for example only on failure, with `if: failure()`), or use a mail service made for volume.',
    ko: 'Exchange Online은 메일박스당 하루 10,000명의 수신자까지 허용합니다(1분에 30통이 넘으면 늦춥니다). 최대 24시간 기다리거나, 수신자를 줄이거나(예: `if: failure()`로 실패했을 때만 보내기), 대량 발송용 메일 서비스를 쓰세요.'
  },
  retryable: false
}

const MICROSOFT_THREADS: ReplyAdvice = {
  reply: /sender thread limit exceeded/i,
  code: 'try-again-later',
  title: {
    en: '{server} refused the message for now: {username} has too many connections open at once',
    ko: '{server} 서버가 메시지를 당분간 거부했습니다: {username} 계정이 동시에 연 연결이 너무 많습니다'
  },
  fix: {
    en: 'Exchange Online limits how many connections one mailbox may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
    ko: 'Exchange Online은 한 메일박스가 동시에 열 수 있는 연결 수를 제한합니다. 매트릭스 작업마다 보내지 말고 마지막 작업 하나에서(`needs:` + `if: always()`) 알림을 한 번 보내세요. 동시에 보내는 곳이 남아 있다면 `retries`를 늘리세요.'
  },
  retryable: true
}

/** Microsoft's answer to a login it refused for several causes. */
const MICROSOFT_LOGIN_REFUSED = withMicrosoftOAuth2(
  {
    en:
      'Microsoft gives one answer for several causes; check them in this order: 1) authenticated SMTP must be on for the mailbox (Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled); ' +
      '2) `username` must be the full address of the mailbox and `password` its password, from a repository secret; ' +
      '3) an account with MFA, under security defaults, or under a Conditional Access policy that blocks legacy authentication cannot log in with a password (nor an app password): log in with OAuth2, ',
    ko:
      'Microsoft는 여러 원인에 같은 응답을 줍니다. 다음 순서로 확인하세요. 1) 메일박스에 인증된 SMTP(Authenticated SMTP)가 켜져 있어야 합니다(Microsoft 365 admin center → Users → Active users → (해당 사용자) → Mail → Manage email apps → Authenticated SMTP; https://aka.ms/smtp_auth_disabled ). ' +
      '2) `username`은 메일박스의 전체 주소, `password`는 그 비밀번호여야 하며 저장소 시크릿에서 가져와야 합니다. ' +
      '3) MFA를 쓰는 계정, 보안 기본값(security defaults)이 적용된 계정, 레거시 인증을 막는 조건부 액세스(Conditional Access) 정책이 적용된 계정은 비밀번호(앱 비밀번호 포함)로 로그인할 수 없습니다. OAuth2로 로그인하세요. '
  },
  { en: '.', ko: '.' }
)

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
  portFix: {
    en: 'Microsoft 365 takes mail from programs on smtp.office365.com, port 587 with STARTTLS, and does not offer SMTP AUTH on port 465: set `port: 587` and `secure: false` (or leave `secure` empty).',
    ko: 'Microsoft 365는 프로그램이 보내는 메일을 smtp.office365.com의 587번 포트(STARTTLS)로 받으며, 465번 포트에서는 SMTP AUTH를 제공하지 않습니다. `port: 587`, `secure: false`로 설정하세요(또는 `secure`를 비워 두세요).'
  },
  loginRefused: {
    code: 'auth-rejected',
    title: { en: '{server} did not accept the login of {username}', ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다' },
    fix: MICROSOFT_LOGIN_REFUSED,
    retryable: false
  },
  oauth2: MICROSOFT_OAUTH2,
  replies: [
    {
      // 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled … (nodemailer#1484). XOAUTH2 gets it too.
      reply: /SmtpClientAuthentication is disabled/i,
      code: 'smtp-auth-disabled',
      title: {
        en: '{server} refused the login of {username}: authenticated SMTP (SMTP AUTH) is turned off for this mailbox or for the whole tenant',
        ko: '{server} 서버가 {username} 계정의 로그인을 거부했습니다: 이 메일박스 또는 테넌트 전체에서 인증된 SMTP(SMTP AUTH)가 꺼져 있습니다'
      },
      fix: {
        en:
          'An Exchange admin must turn it on for the mailbox: Microsoft 365 admin center → Users → Active users → (the user) → Mail → Manage email apps → tick "Authenticated SMTP" → Save changes; ' +
          'or in Exchange Online PowerShell `Set-CASMailbox -Identity {username} -SmtpClientAuthenticationDisabled $false` (for the whole tenant `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; the mailbox setting wins over the tenant one). ' +
          'OAuth2 (the `oauth2-*` inputs with `oauth2-scope`) needs this switch too. See https://aka.ms/smtp_auth_disabled.',
        ko:
          'Exchange 관리자가 메일박스에서 이 기능을 켜야 합니다: Microsoft 365 admin center → Users → Active users → (해당 사용자) → Mail → Manage email apps → "Authenticated SMTP" 선택 → Save changes. ' +
          '또는 Exchange Online PowerShell에서 `Set-CASMailbox -Identity {username} -SmtpClientAuthenticationDisabled $false` 를 실행합니다(테넌트 전체는 `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`, 메일박스 설정이 테넌트 설정보다 우선합니다). ' +
          'OAuth2(`oauth2-*` 입력과 `oauth2-scope`)도 이 설정이 켜져 있어야 합니다. 자세한 내용: https://aka.ms/smtp_auth_disabled.'
      },
      retryable: false
    },
    {
      // 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nodemailer#1714);
      // 550 5.7.30 Basic authentication is not supported for Client Submission. (Microsoft's retirement notice).
      reply: /basic authentication is disabled|Basic authentication is not supported/i,
      code: 'basic-auth-disabled',
      title: {
        en: '{server} refused the password login of {username}: basic authentication (a password over SMTP) is turned off for this account',
        ko: '{server} 서버가 {username} 계정의 비밀번호 로그인을 거부했습니다: 이 계정은 기본 인증(SMTP로 보내는 비밀번호)이 꺼져 있습니다'
      },
      fix: withMicrosoftOAuth2(
        {
          en: 'Microsoft takes no password, app passwords included, for this account. Log in with OAuth2 instead, leaving `password` out: ',
          ko: 'Microsoft는 이 계정에 대해 비밀번호를 앱 비밀번호까지 포함해 받지 않습니다. `password`를 빼고 OAuth2로 로그인하세요. '
        },
        {
          en: ". Only an admin can allow password logins again, in the tenant's authentication policies.",
          ko: '. 비밀번호 로그인을 다시 허용하는 것은 관리자만 테넌트의 인증 정책에서 할 수 있습니다.'
        }
      ),
      retryable: false
    },
    {
      // Weak source: a third-party troubleshooting page; the same string appears in several repositories.
      reply: /locked by your organization's security defaults/i,
      code: 'basic-auth-disabled',
      title: {
        en: "{server} refused the password login of {username}: the tenant's security defaults block it",
        ko: '{server} 서버가 {username} 계정의 비밀번호 로그인을 거부했습니다: 테넌트의 보안 기본값(security defaults)이 막고 있습니다'
      },
      fix: withMicrosoftOAuth2(
        {
          en: 'Security defaults in Microsoft Entra block password logins over SMTP, app passwords included. Log in with OAuth2, ',
          ko: 'Microsoft Entra의 보안 기본값은 SMTP 비밀번호 로그인을 앱 비밀번호까지 포함해 막습니다. OAuth2로 로그인하세요. '
        },
        {
          en: '; or an admin replaces the security defaults with Conditional Access policies (Microsoft Entra admin center).',
          ko: '. 또는 관리자가 보안 기본값을 조건부 액세스(Conditional Access) 정책으로 바꿉니다(Microsoft Entra admin center).'
        }
      ),
      retryable: false
    },
    {
      // Weak source: the same page; a localised copy in gophish#3220.
      reply: /did not meet the criteria to be authenticated/i,
      code: 'basic-auth-disabled',
      title: {
        en: '{server} refused the login of {username}: a Conditional Access policy of the tenant blocks this sign-in',
        ko: '{server} 서버가 {username} 계정의 로그인을 거부했습니다: 테넌트의 조건부 액세스(Conditional Access) 정책이 이 로그인을 막고 있습니다'
      },
      fix: withMicrosoftOAuth2(
        {
          en: 'Conditional Access policies that block legacy authentication refuse every password login over SMTP. Log in with OAuth2, ',
          ko: '레거시 인증을 막는 조건부 액세스 정책은 SMTP 비밀번호 로그인을 모두 거부합니다. OAuth2로 로그인하세요. '
        },
        {
          en: '; or ask an admin to exclude {username} from the policy (Microsoft Entra admin center → Conditional Access).',
          ko: '. 또는 관리자에게 {username} 계정을 정책에서 제외해 달라고 요청하세요(Microsoft Entra admin center → Conditional Access).'
        }
      ),
      retryable: false
    },
    {
      // 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. (freescout#4930)
      reply: /user credentials were incorrect/i,
      code: 'auth-rejected',
      title: { en: '{server} did not accept the password of {username}', ko: '{server} 서버가 {username} 계정의 비밀번호를 받아들이지 않았습니다' },
      fix: withMicrosoftOAuth2(
        {
          en: 'Check that `username` is the full address of the mailbox and `password` its current password, from a repository secret. An account with MFA cannot log in with a password at all: log in with OAuth2, ',
          ko: '`username`이 메일박스의 전체 주소인지, `password`가 저장소 시크릿에서 가져온 현재 비밀번호인지 확인하세요. MFA를 쓰는 계정은 비밀번호로는 전혀 로그인할 수 없습니다. OAuth2로 로그인하세요. '
        },
        { en: '.', ko: '.' }
      ),
      retryable: false
    },
    {
      // 554 5.2.252 SendAsDenied; … not allowed to send as … (gophish#2900); older: 554 5.2.0
      // STOREDRV.Submission.Exception:SendAsDeniedException (rss2email#147); 550 5.7.60 SMTP; Client does not have permissions to send as this sender (gophish#1600).
      reply: /SendAsDenied|permissions to send as this sender/i,
      code: 'sender-rejected',
      title: {
        en: '{server} refused to send as the address in `from`: {username} may not send as it',
        ko: '{server} 서버가 `from`의 주소로 보내기를 거부했습니다: {username} 계정은 그 주소로 보낼 권한이 없습니다'
      },
      fix: {
        en:
          'Set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`. ' +
          'To send as a shared mailbox or another address, an Exchange admin gives {username} Send As permission on it: `Add-RecipientPermission -Identity <address in from> -Trustee {username} -AccessRights SendAs` in Exchange Online PowerShell.',
        ko:
          '`from`을 {username}(으)로 설정하세요(`from`을 비워 두면 `username`을 씁니다). 표시 이름은 그대로 둘 수 있습니다: `CI <{username}>`. ' +
          '공유 메일박스나 다른 주소로 보내려면 Exchange 관리자가 {username} 계정에 그 주소의 Send As 권한을 주어야 합니다. Exchange Online PowerShell에서 `Add-RecipientPermission -Identity <address in from> -Trustee {username} -AccessRights SendAs` 를 실행합니다.'
      },
      retryable: false
    },
    MICROSOFT_QUOTA,
    MICROSOFT_THREADS,
    {
      // 550 5.1.8 Access denied, bad outbound sender (Microsoft's troubleshooting page for 5.7.3 and 5.7.57).
      reply: /bad outbound sender/i,
      code: 'message-blocked',
      title: {
        en: '{server} blocks {username} from sending: the mailbox was restricted for sending spam',
        ko: '{server} 서버가 {username} 계정의 발송을 막고 있습니다: 스팸을 보낸 것으로 보여 메일박스가 제한되었습니다'
      },
      fix: {
        en: 'Microsoft restricts a mailbox that sent what looked like spam. An admin must check the account is not compromised (change its password if it might be) and release it in the Microsoft Defender portal under Restricted entities.',
        ko: 'Microsoft는 스팸으로 보이는 메일을 보낸 메일박스를 제한합니다. 관리자가 계정이 탈취되지 않았는지 확인하고(그럴 가능성이 있으면 비밀번호를 바꿉니다), Microsoft Defender portal의 Restricted entities에서 제한을 풀어야 합니다.'
      },
      retryable: false
    }
  ]
}

/** How to log in to Outlook.com with OAuth2, said after "log in with OAuth2". */
const OUTLOOK_OAUTH2: Said = {
  en: ', leaving `password` out, with the `oauth2-*` inputs, `oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token` and `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` (README: "Microsoft 365 and Outlook.com with OAuth2").',
  ko: '`password`를 빼고 OAuth2로 로그인하세요. `oauth2-*` 입력을 쓰고 `oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token`, `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` 로 설정합니다(README: "Microsoft 365 and Outlook.com with OAuth2").'
}

/** Outlook.com, Hotmail and Live accounts: smtp-mail.outlook.com. */
const OUTLOOK_COM: Provider = {
  name: 'Outlook.com',
  server: 'smtp-mail.outlook.com',
  hosts: /^smtp-mail\.outlook\.com\.?$/i,
  ports: [{ port: 587, secure: false }],
  portFix: {
    en: 'Outlook.com takes mail from programs on smtp-mail.outlook.com, port 587 with STARTTLS: set `port: 587` and `secure: false` (or leave `secure` empty).',
    ko: 'Outlook.com은 프로그램이 보내는 메일을 smtp-mail.outlook.com의 587번 포트(STARTTLS)로 받습니다. `port: 587`, `secure: false`로 설정하세요(또는 `secure`를 비워 두세요).'
  },
  loginRefused: {
    code: 'basic-auth-disabled',
    title: { en: '{server} did not accept the password login of {username}', ko: '{server} 서버가 {username} 계정의 비밀번호 로그인을 받아들이지 않았습니다' },
    fix: {
      en: `Since 16 September 2024 Outlook.com takes no password over SMTP, app passwords included: log in with OAuth2${OUTLOOK_OAUTH2.en}`,
      ko: `2024년 9월 16일부터 Outlook.com은 SMTP에서 비밀번호를 앱 비밀번호까지 포함해 받지 않습니다. ${OUTLOOK_OAUTH2.ko}`
    },
    retryable: false
  },
  oauth2: MICROSOFT_OAUTH2,
  replies: [
    {
      // 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nina-ground-station#17; app passwords: rallly#3154)
      reply: /basic authentication is disabled|Basic authentication is not supported/i,
      code: 'basic-auth-disabled',
      title: {
        en: '{server} refused the password login of {username}: Outlook.com takes no password over SMTP any more',
        ko: '{server} 서버가 {username} 계정의 비밀번호 로그인을 거부했습니다: Outlook.com은 이제 SMTP에서 비밀번호를 받지 않습니다'
      },
      fix: {
        en: `Since 16 September 2024 Outlook.com takes only OAuth2 over SMTP; app passwords get the same answer. Log in with OAuth2${OUTLOOK_OAUTH2.en}`,
        ko: `2024년 9월 16일부터 Outlook.com은 SMTP에서 OAuth2만 받으며, 앱 비밀번호에도 같은 응답을 줍니다. ${OUTLOOK_OAUTH2.ko}`
      },
      retryable: false
    },
    {
      reply: /SendAsDenied|permissions to send as this sender/i,
      code: 'sender-rejected',
      title: {
        en: '{server} refused to send as the address in `from`: {username} may not send as it',
        ko: '{server} 서버가 `from`의 주소로 보내기를 거부했습니다: {username} 계정은 그 주소로 보낼 권한이 없습니다'
      },
      fix: {
        en: 'Outlook.com sends only as the signed-in address or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`.',
        ko: 'Outlook.com은 로그인한 주소나 그 별칭으로만 보냅니다. `from`을 {username}(으)로 설정하세요(`from`을 비워 두면 `username`을 씁니다). 표시 이름은 그대로 둘 수 있습니다: `CI <{username}>`.'
      },
      retryable: false
    },
    {
      // 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; … Actual verdict is RefuseQuota, ShowTierUpgrade. (nodejs-nodemailer-outlook#11: the account was not verified)
      reply: /RefuseQuota/i,
      code: 'quota-exceeded',
      title: {
        en: '{server} refused to send for {username}: the account is limited (not verified yet, or over its sending limit)',
        ko: '{server} 서버가 {username} 계정의 발송을 거부했습니다: 계정이 제한되어 있습니다(아직 인증되지 않았거나 발송 한도를 넘었습니다)'
      },
      fix: {
        en: 'Sign in at https://outlook.live.com with this account and complete the verification it asks for (a new account cannot send through SMTP before that); otherwise wait for the sending limit to reset (up to 24 hours) before re-running.',
        ko: '이 계정으로 https://outlook.live.com 에 로그인해 요청하는 인증을 마치세요(새 계정은 그 전까지 SMTP로 보낼 수 없습니다). 그렇지 않다면 발송 한도가 초기화될 때까지(최대 24시간) 기다린 뒤 다시 실행하세요.'
      },
      retryable: false
    },
    {
      // … Actual verdict is HipNotify, ShowTierUpgrade. (Valine-Admin#26)
      reply: /HipNotify/i,
      code: 'web-login-required',
      title: {
        en: '{server} wants a human check for {username} before it sends again',
        ko: '{server} 서버가 다시 보내기 전에 {username} 계정에 사람인지 확인하는 절차를 요구합니다'
      },
      fix: {
        en: 'Sign in at https://outlook.live.com in a browser, send one message from there and complete the check Outlook.com shows, then re-run the job.',
        ko: '브라우저에서 https://outlook.live.com 에 로그인해 메시지를 한 통 보내고 Outlook.com이 보여 주는 확인 절차를 마친 뒤 작업을 다시 실행하세요.'
      },
      retryable: false
    },
    MICROSOFT_QUOTA,
    MICROSOFT_THREADS
  ]
}

const YAHOO_APP_PASSWORD: Said = {
  en:
    'Yahoo Mail takes only an app password from programs, never the account password: sign in at https://login.yahoo.com/account/security, open "External connections" → "Create app password", enter a name (for example "GitHub Actions") and choose "Generate password" (help: https://help.yahoo.com/kb/SLN15241.html; Yahoo may refuse until the browser has signed in to Yahoo for a few days). ' +
    'Store it as a repository secret, pass it as `password: ${{ secrets.YAHOO_APP_PASSWORD }}`, and set `username` to the full Yahoo address.',
  ko:
    'Yahoo Mail은 프로그램에서 계정 비밀번호가 아니라 앱 비밀번호만 받습니다. https://login.yahoo.com/account/security 에 로그인해 "External connections" → "Create app password"를 열고, 이름(예: "GitHub Actions")을 입력한 뒤 "Generate password"를 누릅니다(도움말: https://help.yahoo.com/kb/SLN15241.html ; 브라우저로 며칠 동안 Yahoo에 로그인한 적이 있어야 만들어 주기도 합니다). ' +
    '이를 저장소 시크릿으로 저장해 `password: ${{ secrets.YAHOO_APP_PASSWORD }}`처럼 넘기고, `username`에는 Yahoo 전체 주소를 넣으세요.'
}

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
  portFix: {
    en: 'Yahoo Mail takes mail from programs on smtp.mail.yahoo.com, port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
    ko: 'Yahoo Mail은 프로그램이 보내는 메일을 smtp.mail.yahoo.com의 465번 포트(처음부터 TLS: `port: 465`, `secure: true`, 기본값) 또는 587번 포트(STARTTLS: `port: 587`, `secure: false`)로 받습니다.'
  },
  loginRefused: {
    code: 'auth-rejected',
    title: { en: '{server} did not accept the login of {username}', ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다' },
    fix: YAHOO_APP_PASSWORD,
    retryable: false
  },
  replies: [
    {
      // 535 5.7.0 (#AUTH005) Too many bad auth attempts. — Yahoo's answer to the account password
      // where an app password is needed, from the first attempt (PHPMailer#2034, nodemailer#1112,
      // maildroid#17, all fixed by an app password), so it is auth-rejected despite its words.
      reply: /\(#AUTH005\)/,
      code: 'auth-rejected',
      title: {
        en: '{server} refused the login of {username} with "Too many bad auth attempts", its answer to the account password',
        ko: '{server} 서버가 {username} 계정의 로그인을 "Too many bad auth attempts"로 거부했습니다. 계정 비밀번호를 쓰면 이렇게 응답합니다'
      },
      fix: {
        en: `${YAHOO_APP_PASSWORD.en} If an app password is already in \`password\`, wait a while before the next run: every refused attempt prolongs the block.`,
        ko: `${YAHOO_APP_PASSWORD.ko} \`password\`에 이미 앱 비밀번호가 있다면 다음 실행까지 잠시 기다리세요. 거부된 시도마다 차단이 길어집니다.`
      },
      retryable: false
    },
    {
      // 535 5.7.0 (#MBR1212) Incorrect username or password. (PHPMailer#1287)
      reply: /\(#MBR1212\)/,
      code: 'auth-rejected',
      title: {
        en: '{server} did not accept the username or password (username: {username})',
        ko: '{server} 서버가 사용자 이름 또는 비밀번호를 받아들이지 않았습니다(username: {username})'
      },
      fix: YAHOO_APP_PASSWORD,
      retryable: false
    },
    {
      // 550 Request failed; Mailbox unavailable — seen when `from` was not the account's address (mattermost#13652).
      reply: /Request failed; Mailbox unavailable/i,
      code: 'sender-rejected',
      title: {
        en: '{server} refused the message from {username}: "Mailbox unavailable", its answer to a sender that is not the account',
        ko: '{server} 서버가 {username} 계정의 메시지를 "Mailbox unavailable"로 거부했습니다. 보내는 사람이 계정 주소가 아닐 때 이렇게 응답합니다'
      },
      fix: {
        en: 'Yahoo Mail sends only as the address of the account you log in as: set `from` to {username} (or leave `from` empty, which means `username`). If it already is, Yahoo refused the message itself: send a plainer message.',
        ko: 'Yahoo Mail은 로그인한 계정의 주소로만 보냅니다. `from`을 {username}(으)로 설정하세요(`from`을 비워 두면 `username`을 씁니다). 이미 그렇다면 Yahoo가 메시지 자체를 거부한 것이니 더 단순한 메시지를 보내세요.'
      },
      retryable: false
    },
    {
      // UNCONFIRMED on smtp.mail.yahoo.com: seen from Yahoo's incoming servers (sisimai), not on submission.
      reply: /\[PH01\] Email not accepted for policy reasons/i,
      code: 'message-blocked',
      title: { en: '{server} refused the message for policy reasons', ko: '{server} 서버가 정책상의 이유로 메시지를 거부했습니다' },
      fix: {
        en: 'Yahoo judged the message unacceptable. Send fewer, plainer messages (no shortened links); the reason codes are explained at https://postmaster.yahooinc.com/error-codes.',
        ko: 'Yahoo가 메시지를 받아들일 수 없다고 판단했습니다. 메시지를 줄이고 더 단순하게 보내세요(단축 링크 없이). 사유 코드는 https://postmaster.yahooinc.com/error-codes 에 설명되어 있습니다.'
      },
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
  portFix: {
    en: 'iCloud Mail takes mail from programs on smtp.mail.me.com, port 587 with STARTTLS; Apple documents no other port: set `port: 587` and `secure: false` (or leave `secure` empty).',
    ko: 'iCloud Mail은 프로그램이 보내는 메일을 smtp.mail.me.com의 587번 포트(STARTTLS)로 받으며, Apple은 다른 포트를 안내하지 않습니다. `port: 587`, `secure: false`로 설정하세요(또는 `secure`를 비워 두세요).'
  },
  loginRefused: {
    code: 'auth-rejected',
    title: { en: '{server} did not accept the login of {username}', ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다' },
    fix: {
      en:
        'iCloud Mail takes only an app-specific password from programs: with two-factor authentication on for the Apple Account, open https://account.apple.com → Sign-In and Security → App-Specific Passwords → Generate an app-specific password (help: https://support.apple.com/en-us/102654). ' +
        'Store it as a repository secret, pass it as `password: ${{ secrets.ICLOUD_APP_PASSWORD }}`, and set `username` to the full iCloud address (you@icloud.com). Changing the Apple Account password revokes every app-specific password.',
      ko:
        'iCloud Mail은 프로그램에서 앱 암호(app-specific password)만 받습니다. Apple 계정에 이중 인증을 켠 상태에서 https://account.apple.com → 로그인 및 보안 → 앱 암호 → 앱 암호 생성을 엽니다(도움말: https://support.apple.com/en-us/102654 ). ' +
        '이를 저장소 시크릿으로 저장해 `password: ${{ secrets.ICLOUD_APP_PASSWORD }}`처럼 넘기고, `username`에는 iCloud 전체 주소(you@icloud.com)를 넣으세요. Apple 계정 비밀번호를 바꾸면 모든 앱 암호가 취소됩니다.'
    },
    retryable: false
  },
  replies: [
    {
      // UNCONFIRMED over SMTP: Apple's webmail shows "You have exceeded your daily sending limit."
      reply: /exceeded your daily sending limit/i,
      code: 'quota-exceeded',
      title: { en: '{username} has used up its daily sending limit on {server}', ko: '{username} 계정이 {server}의 하루 발송 한도를 다 썼습니다' },
      fix: {
        en: 'iCloud Mail allows 1,000 messages and 1,000 recipients a day, and 500 recipients per message (https://support.apple.com/en-us/102198). Wait up to 24 hours, or send fewer messages, for example only on failure with `if: failure()`.',
        ko: 'iCloud Mail은 하루 메시지 1,000통, 수신자 1,000명, 메시지당 수신자 500명까지 허용합니다(https://support.apple.com/en-us/102198 ). 최대 24시간 기다리거나, 예를 들어 `if: failure()`로 실패했을 때만 보내 메시지 수를 줄이세요.'
      },
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
  portFix: {
    en: 'Naver Mail takes mail from programs on smtp.naver.com, port 587 with STARTTLS (`port: 587`, `secure: false`), or port 465 with TLS from the first byte (`secure: true`).',
    ko: '네이버 메일은 프로그램이 보내는 메일을 smtp.naver.com의 587번 포트(STARTTLS: `port: 587`, `secure: false`) 또는 465번 포트(처음부터 TLS: `secure: true`)로 받습니다.'
  },
  // Weak source for the reply (535 5.7.1 Username and Password not accepted): notes in two
  // public repositories, which say Naver answers the same to a wrong password and to SMTP switched off.
  loginRefused: {
    code: 'auth-rejected',
    title: {
      en: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
      ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다: 비밀번호가 틀렸거나 계정의 SMTP가 꺼져 있습니다'
    },
    fix: {
      en:
        'Naver answers both the same. 1) Switch SMTP on: Naver Mail → 환경설정 → POP3/IMAP 설정 → IMAP/SMTP 설정 → "IMAP/SMTP 사용" = 사용함 → 저장 (https://help.naver.com/service/30029/contents/21344). ' +
        '2) Naver wants 2단계 인증 (2-Step Verification) and an 애플리케이션 비밀번호 (application password) for SMTP, not the account password: 네이버ID → 보안설정 → 2단계 인증 → 관리 → 애플리케이션 비밀번호 (https://help.naver.com/service/5640/contents/8584). ' +
        'Store it as a repository secret and pass it as `password: ${{ secrets.NAVER_APP_PASSWORD }}`.',
      ko:
        '네이버는 두 경우에 같은 응답을 줍니다. 1) SMTP를 켭니다: 네이버 메일 → 환경설정 → POP3/IMAP 설정 → IMAP/SMTP 설정 → "IMAP/SMTP 사용" = 사용함 → 저장 (https://help.naver.com/service/30029/contents/21344 ). ' +
        '2) 네이버는 SMTP에 계정 비밀번호가 아니라 2단계 인증과 애플리케이션 비밀번호를 요구합니다: 네이버ID → 보안설정 → 2단계 인증 → 관리 → 애플리케이션 비밀번호 (https://help.naver.com/service/5640/contents/8584 ). ' +
        '이를 저장소 시크릿으로 저장해 `password: ${{ secrets.NAVER_APP_PASSWORD }}`처럼 넘기세요.'
    },
    retryable: false
  },
  replies: [
    {
      // Weak source: the same repository notes.
      reply: /Too many concurrent connection/i,
      code: 'try-again-later',
      title: {
        en: '{server} refused the connection for now: too many connections from {username} at once',
        ko: '{server} 서버가 연결을 당분간 거부했습니다: {username} 계정의 동시 연결이 너무 많습니다'
      },
      fix: {
        en: 'Naver limits how many connections one account may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
        ko: '네이버는 한 계정이 동시에 열 수 있는 연결 수를 제한합니다. 매트릭스 작업마다 보내지 말고 마지막 작업 하나에서(`needs:` + `if: always()`) 알림을 한 번 보내세요. 동시에 보내는 곳이 남아 있다면 `retries`를 늘리세요.'
      },
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
  portFix: {
    en: 'Daum Mail takes mail from programs on smtp.daum.net, port 465 with TLS from the first byte: set `port: 465` and `secure: true` (or leave both empty: those are the defaults).',
    ko: '다음 메일은 프로그램이 보내는 메일을 smtp.daum.net의 465번 포트(처음부터 TLS)로 받습니다. `port: 465`, `secure: true`로 설정하세요(둘 다 기본값이므로 비워 두어도 됩니다).'
  },
  loginRefused: {
    code: 'auth-rejected',
    title: {
      en: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
      ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다: 비밀번호가 틀렸거나 계정의 SMTP가 꺼져 있습니다'
    },
    fix: {
      en:
        '1) Switch SMTP on, in Daum Mail on a PC: 환경설정 → IMAP/POP3 → "IMAP / SMTP 사용" → 사용함 → 저장. ' +
        '2) With 2단계 인증 (2-Step Verification) on, Daum takes the password issued on the 2단계 인증 settings page (앱 비밀번호), not the account password (Kakao account: 계정 보안 → 2단계 인증; help: https://cs.daum.net/faq/site/43/cat/9234/faq/33671). ' +
        'Store it as a repository secret and pass it as `password: ${{ secrets.DAUM_APP_PASSWORD }}`.',
      ko:
        '1) PC의 다음 메일에서 SMTP를 켭니다: 환경설정 → IMAP/POP3 → "IMAP / SMTP 사용" → 사용함 → 저장. ' +
        '2) 2단계 인증을 켰다면 다음은 계정 비밀번호가 아니라 2단계 인증 설정 페이지에서 발급한 비밀번호(앱 비밀번호)를 받습니다(카카오계정: 계정 보안 → 2단계 인증; 도움말: https://cs.daum.net/faq/site/43/cat/9234/faq/33671 ). ' +
        '이를 저장소 시크릿으로 저장해 `password: ${{ secrets.DAUM_APP_PASSWORD }}`처럼 넘기세요.'
    },
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
  portFix: {
    en: 'Zoho Mail takes mail from programs on port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
    ko: 'Zoho Mail은 프로그램이 보내는 메일을 465번 포트(처음부터 TLS: `port: 465`, `secure: true`, 기본값) 또는 587번 포트(STARTTLS: `port: 587`, `secure: false`)로 받습니다.'
  },
  loginRefused: {
    code: 'auth-rejected',
    title: { en: '{server} did not accept the login of {username}', ko: '{server} 서버가 {username} 계정의 로그인을 받아들이지 않았습니다' },
    fix: {
      en:
        "Check that `username` is the full address and that `server` is the host of your account's region (smtp.zoho.eu for an account on zoho.eu, and so on; smtppro.zoho.com and its regional forms for an organisation's own domain). " +
        'With two-factor authentication on, Zoho takes an application-specific password: Zoho Accounts → Security → App Passwords → Generate New Password (https://accounts.zoho.com/home#security/app_password, or accounts.zoho.eu and so on), passed as `password: ${{ secrets.ZOHO_APP_PASSWORD }}`. ' +
        'SMTP also needs IMAP or POP access on: Zoho Mail → Settings → Mail Accounts → IMAP/POP access.',
      ko:
        '`username`이 전체 주소인지, `server`가 계정이 속한 지역의 호스트인지 확인하세요(zoho.eu 계정은 smtp.zoho.eu 등, 조직 자체 도메인은 smtppro.zoho.com 또는 그 지역 호스트). ' +
        '2단계 인증을 켰다면 Zoho는 애플리케이션 전용 비밀번호를 받습니다: Zoho Accounts → Security → App Passwords → Generate New Password (https://accounts.zoho.com/home#security/app_password , 또는 accounts.zoho.eu 등). 이를 `password: ${{ secrets.ZOHO_APP_PASSWORD }}`처럼 넘기세요. ' +
        'SMTP에는 IMAP 또는 POP 접근도 켜져 있어야 합니다: Zoho Mail → Settings → Mail Accounts → IMAP/POP access.'
    },
    retryable: false
  },
  replies: [
    {
      // 553 Relaying disallowed as test@gmail.com (grav-plugin-email#77, mattermost#13224, odoo#1493)
      reply: /Relaying disallowed/i,
      code: 'sender-rejected',
      title: {
        en: '{server} refused the sender: the address in `from` is not {username} or one of its aliases',
        ko: '{server} 서버가 보내는 사람을 거부했습니다: `from`의 주소가 {username} 또는 그 별칭이 아닙니다'
      },
      fix: {
        en: 'Zoho Mail sends only as the address of the account or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), or add the address as an alias of the account in Zoho Mail → Settings → Mail Accounts.',
        ko: 'Zoho Mail은 계정의 주소나 그 별칭으로만 보냅니다. `from`을 {username}(으)로 설정하거나(`from`을 비워 두면 `username`을 씁니다), Zoho Mail → Settings → Mail Accounts 에서 그 주소를 계정의 별칭으로 추가하세요.'
      },
      retryable: false
    },
    {
      // 550 5.4.6 Unusual sending activity detected. Please try after sometime. (Zoho community thread)
      reply: /Unusual sending activity/i,
      code: 'quota-exceeded',
      title: {
        en: '{server} blocked sending from {username}: "unusual sending activity"',
        ko: '{server} 서버가 {username} 계정의 발송을 막았습니다: "unusual sending activity"(비정상적인 발송 활동)'
      },
      fix: {
        en: 'Zoho blocks the outgoing mail of an account that sends too much or looks abused; the block lasts from 1 to 5 business days. The account owner can ask to be unblocked at https://mail.zoho.com/UnblockMe; an organisation admin under Admin Console → Users → Blocked Users. Send fewer messages, for example only on failure with `if: failure()`.',
        ko: 'Zoho는 너무 많이 보내거나 악용된 것으로 보이는 계정의 발신 메일을 막으며, 차단은 영업일 기준 1~5일 이어집니다. 계정 소유자는 https://mail.zoho.com/UnblockMe 에서, 조직 관리자는 Admin Console → Users → Blocked Users 에서 차단 해제를 요청할 수 있습니다. 예를 들어 `if: failure()`로 실패했을 때만 보내 메시지 수를 줄이세요.'
      },
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

/** A provider's host in `server` with a `port` and `secure` it does not take: what to warn of before connecting. */
export interface PortNotTaken {
  /** The provider's name, as the README table shows it. */
  provider: string
  /** Its `portFix`, filled in: the same text the fix of a failed connection gives. */
  fix: string
  /** The setting it recommends, its first. */
  recommended: PortSetting
}

/**
 * What is wrong with `port` and `secure` for the provider whose host `server` is; undefined
 * for a setting it takes, for a server the catalogue does not know, and for a provider with no
 * `portFix` (Gmail, whose wrong ports diagnose-words.ts words after a failure).
 */
export function portNotTaken(connection: PortSetting & { server: string; username: string }, language: Language): PortNotTaken | undefined {
  const provider = providerOfHost(connection.server)
  if (!provider?.portFix || takesPort(provider, connection)) return undefined
  return { provider: provider.name, fix: fill(provider.portFix[language], connection), recommended: provider.ports[0] }
}

/** A template with {server} and {username} filled in, in one pass (a value is never read as a template). */
export function fill(template: string, values: { server: string; username: string }): string {
  return template.replace(/\{(server|username)\}/g, (_match, name: 'server' | 'username') => values[name])
}
