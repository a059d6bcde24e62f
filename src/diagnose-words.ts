import { defineWords, type Language } from './language.ts'
import { oauth2TokenHint } from './oauth2.ts'
import { missingSecretHint } from './settings.ts'

// The words of every diagnosis (diagnose.ts decides which one fits, and with what values),
// each entry in every language side by side, as language.ts describes. An entry that words a
// diagnosis returns its title and fix; the server's reply and the system's error are added by
// diagnose.ts as they came, never translated. Provider-specific texts (providers.ts) follow
// the same pattern.

/** The title and fix of a diagnosis, in one language. */
export interface Said {
  title: string
  fix: string
}

/** Where a connection went: `smtp.gmail.com:465`, and the settings a fix refers to. */
export interface Where {
  /** `host:port`, IPv6 in brackets. */
  hostPort: string
  server: string
  port: number
  secure: boolean
  username: string
  usesOAuth2: boolean
  timeoutSeconds: number
}

export const APP_PASSWORD_URL = 'https://myaccount.google.com/apppasswords'

/** What a refused recipient's fix says about the addresses, from diagnose.ts. */
export interface Refused {
  /** The addresses, joined: "a@x, b@y", or "a recipient" when none is known. */
  list: string
  /** The addresses with the inputs that hold them: "a@x (in `to`)". */
  where: string
  several: boolean
  replies: number
}

/** Gmail's App Password steps, said by more than one diagnosis. */
const APP_PASSWORD_STEPS = defineWords('diagnose: App Password', {
  steps: {
    en:
      '1) turn on 2-Step Verification for the Google account (https://myaccount.google.com/signinoptions/twosv); ' +
      `2) create an App Password at ${APP_PASSWORD_URL} (if that page says the setting is not available, open Google Account → Security and search "App passwords"; ` +
      'work and school accounts whose admin disabled App Passwords must use the oauth2-* inputs instead); ' +
      '3) store its 16 letters as a repository secret (Settings → Secrets and variables → Actions → New repository secret), for example GMAIL_APP_PASSWORD; ' +
      '4) pass it as `password: ${{ secrets.GMAIL_APP_PASSWORD }}` and set `username` to the full address (you@gmail.com).',
    ko:
      '1) Google 계정의 2단계 인증을 켭니다(https://myaccount.google.com/signinoptions/twosv). ' +
      `2) ${APP_PASSWORD_URL} 에서 앱 비밀번호를 만듭니다(설정을 사용할 수 없다고 나오면 Google 계정 → 보안에서 "앱 비밀번호"를 검색하세요. ` +
      '관리자가 앱 비밀번호를 막은 회사·학교 계정은 대신 oauth2-* 입력을 사용해야 합니다). ' +
      '3) 16자리 문자를 저장소 시크릿으로 저장합니다(Settings → Secrets and variables → Actions → New repository secret), 예: GMAIL_APP_PASSWORD. ' +
      '4) `password: ${{ secrets.GMAIL_APP_PASSWORD }}`로 넘기고 `username`에는 전체 주소(you@gmail.com)를 넣습니다.'
  }
})

/** The App Password steps in `language`. */
export function appPasswordSteps(language: Language): string {
  return APP_PASSWORD_STEPS[language].steps
}

const HINTS = defineWords('diagnose: hints', {
  oauth2Token: { en: oauth2TokenHint('en'), ko: oauth2TokenHint('ko') },
  silentNonSmtp: {
    en: 'a server that is not an SMTP server (a web server, for one) stays silent too',
    ko: 'SMTP 서버가 아닌 서버(예: 웹 서버)도 아무 말을 하지 않습니다'
  },
  smtpServerOfProvider: {
    en: 'Gmail: smtp.gmail.com with 465, or 587 with `secure: false`',
    ko: 'Gmail: smtp.gmail.com에 465, 또는 587에 `secure: false`'
  }
})

/** Words shared by several diagnoses. */
export function hints(language: Language) {
  return HINTS[language]
}

/** What a peer that does not speak SMTP sent, in words; see notSpeakingSmtp in diagnose.ts. */
export type NotSmtpWhat = 'http' | 'imap' | 'pop3' | 'ssh' | 'binary' | { unknownVerb: string }
/** Which of the peer's answers was wrong. */
export type NotSmtpPart = { kind: 'unasked' } | { kind: 'reply'; verb: string } | { kind: 'greeting' }
/** What was wrong with it. */
export type NotSmtpDetail =
  | { kind: 'began'; part: NotSmtpPart; excerpt: string }
  | { kind: 'after-login'; part: NotSmtpPart }
  | { kind: 'endless'; part: NotSmtpPart }
  | { kind: 'flood' }
  | { kind: 'unexpected-code'; part: NotSmtpPart; code: string }

const enPart = (part: NotSmtpPart) => (part.kind === 'unasked' ? 'A reply to no command' : part.kind === 'reply' ? `Its reply to ${part.verb}` : 'Its greeting')
const koPart = (part: NotSmtpPart) =>
  part.kind === 'unasked' ? '요청하지 않은 응답' : part.kind === 'reply' ? `${part.verb} 명령에 대한 응답` : '인사말(greeting)'

export const DIAGNOSES = defineWords('diagnose', {
  noStartTls: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} did not offer STARTTLS, so the password was not sent`,
      fix:
        'The action never sends credentials over an unencrypted connection. Use `port: 465` (TLS from the first byte), or a port where the server offers STARTTLS (587 for most providers). ' +
        'If the server should offer STARTTLS, something on the network may be stripping it.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버가 STARTTLS를 제공하지 않아 비밀번호를 보내지 않았습니다`,
      fix:
        '이 액션은 암호화되지 않은 연결로는 인증 정보를 절대 보내지 않습니다. `port: 465`(처음부터 TLS)를 쓰거나, 서버가 STARTTLS를 제공하는 포트(대부분 587)를 쓰세요. ' +
        '서버가 STARTTLS를 제공해야 하는데 없다면, 네트워크 중간에서 무언가가 이를 제거하고 있을 수 있습니다.'
    })
  },
  noLoginOffered: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} offers no login over this connection (no AUTH ${w.secure ? 'over TLS' : 'after STARTTLS'}), although ${w.usesOAuth2 ? 'the `oauth2-*` inputs are' : '`username` and `password` are'} given; nothing was sent`,
      fix:
        "With credentials the action never sends without logging in. Check `server`, `port` and `secure`: they must name the server that takes your login, usually the submission port (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`); port 25 and a domain's incoming mail server often offer no login. " +
        `For a relay that takes mail without a login (by network address), leave \`password\` empty${w.usesOAuth2 ? ' and remove the `oauth2-*` inputs' : ''}.`
    }),
    ko: (w: Where): Said => ({
      title: `${w.usesOAuth2 ? '`oauth2-*` 입력을' : '`username`과 `password`를'} 주었지만 ${w.hostPort} 서버가 이 연결에서 로그인을 제공하지 않습니다(${w.secure ? 'TLS에서' : 'STARTTLS 뒤에'} AUTH 없음). 아무것도 보내지 않았습니다`,
      fix:
        '인증 정보가 있으면 이 액션은 로그인 없이 보내지 않습니다. `server`, `port`, `secure`를 확인하세요. 로그인을 받는 서버, 보통 제출(submission) 포트여야 합니다(Gmail: smtp.gmail.com에 465, 또는 587에 `secure: false`). 25번 포트나 도메인의 수신 메일 서버는 로그인을 제공하지 않는 경우가 많습니다. ' +
        `로그인 없이 (네트워크 주소로) 메일을 받는 릴레이라면 \`password\`를 비워 두세요${w.usesOAuth2 ? '. `oauth2-*` 입력도 지우세요' : ''}.`
    })
  },
  notSmtpWhat: {
    en: (what: NotSmtpWhat): string =>
      typeof what === 'object'
        ? `it does not know ${what.unknownVerb}`
        : {
            http: 'it answered like a web server (HTTP)',
            imap: 'it answered like an IMAP server, which is for reading mail',
            pop3: 'it answered like a POP3 server, which is for reading mail',
            ssh: 'it answered like an SSH server',
            binary: 'it sent binary data'
          }[what],
    ko: (what: NotSmtpWhat): string =>
      typeof what === 'object'
        ? `${what.unknownVerb} 명령을 모릅니다`
        : {
            http: '웹 서버(HTTP)처럼 응답했습니다',
            imap: '메일을 읽는 데 쓰는 IMAP 서버처럼 응답했습니다',
            pop3: '메일을 읽는 데 쓰는 POP3 서버처럼 응답했습니다',
            ssh: 'SSH 서버처럼 응답했습니다',
            binary: '바이너리 데이터를 보냈습니다'
          }[what]
  },
  notSmtpDetail: {
    en: (detail: NotSmtpDetail): string => {
      switch (detail.kind) {
        case 'began':
          return `${enPart(detail.part)} began "${detail.excerpt}"`
        case 'after-login':
          return `${enPart(detail.part)} was not an SMTP reply (not shown: it came after the login, so it could quote a credential)`
        case 'endless':
          return `${enPart(detail.part)} ran past 1 MB without ending, so the connection was closed`
        case 'flood':
          return 'It sent far more than an SMTP conversation takes (over 4 MB or 10,000 lines), so the connection was closed'
        case 'unexpected-code':
          return `${enPart(detail.part)} was a ${detail.code} reply${detail.part.kind === 'greeting' ? '; an SMTP server greets with 220' : ''}`
      }
    },
    ko: (detail: NotSmtpDetail): string => {
      switch (detail.kind) {
        case 'began':
          return `${koPart(detail.part)}의 시작: "${detail.excerpt}"`
        case 'after-login':
          return `${koPart(detail.part)}이 SMTP 응답이 아니었습니다(로그인 뒤에 온 것이라 인증 정보가 들어 있을 수 있어 보여 주지 않습니다)`
        case 'endless':
          return `${koPart(detail.part)}이 끝나지 않고 1 MB를 넘어 연결을 닫았습니다`
        case 'flood':
          return 'SMTP 대화에 필요한 양보다 훨씬 많이(4 MB 또는 10,000줄 이상) 보내서 연결을 닫았습니다'
        case 'unexpected-code':
          return `${koPart(detail.part)}이 ${detail.code} 응답이었습니다${detail.part.kind === 'greeting' ? '. SMTP 서버는 220으로 인사합니다' : ''}`
      }
    }
  },
  notSmtp: {
    en: (w: Where, what: string | undefined, usualService: string | undefined): Said => ({
      title: `${w.hostPort} does not speak SMTP${what ? `: ${what}` : ''}`,
      fix:
        'Check `server` and `port`: they must name an SMTP server, the one your provider gives for sending mail (Gmail: smtp.gmail.com with port 465, or 587 with `secure: false`).' +
        (usualService ? ` Port ${w.port} usually carries ${usualService}, not SMTP.` : '')
    }),
    ko: (w: Where, what: string | undefined, usualService: string | undefined): Said => ({
      title: `${w.hostPort} 서버가 SMTP로 응답하지 않습니다${what ? `: ${what}` : ''}`,
      fix:
        '`server`와 `port`를 확인하세요. 메일 서비스가 메일 보내기용으로 알려 준 SMTP 서버여야 합니다(Gmail: smtp.gmail.com에 465, 또는 587에 `secure: false`).' +
        (usualService ? ` ${w.port}번 포트는 보통 SMTP가 아니라 ${usualService}에 쓰입니다.` : '')
    })
  },
  recipientDeferred: {
    en: (server: string, r: Refused): Said => ({
      title: `${server} deferred the recipient${r.several ? 's' : ''} ${r.list}`,
      fix: `The server refused ${r.where} for now and usually takes ${r.several ? 'them' : 'it'} later. Re-run the job, or raise \`retries\`.`
    }),
    ko: (server: string, r: Refused): Said => ({
      title: `${server} 서버가 받는 사람 ${r.list} 주소를 나중으로 미뤘습니다`,
      fix: `서버가 ${r.where} 주소를 지금은 거절했지만 보통 나중에는 받습니다. 작업(job)을 다시 실행하거나 \`retries\`를 늘리세요.`
    })
  },
  recipientUnknown: {
    en: (server: string, r: Refused): Said => ({
      title: `${server} does not know the mailbox${r.several ? 'es' : ''} ${r.list}`,
      fix:
        `${r.several ? 'The addresses are' : 'The address is'} well formed, but ${server} has no mailbox by ${r.several ? 'those names' : 'that name'} (or no route to ${r.several ? 'their domains' : 'its domain'}). ` +
        `Check the spelling of ${r.where}, before and after the @, and that the ${r.several ? 'mailboxes still exist; remove any that do not.' : 'mailbox still exists; remove it if it does not.'}`
    }),
    ko: (server: string, r: Refused): Said => ({
      title: `${server} 서버에 ${r.list} 메일함이 없습니다`,
      fix:
        `주소 형식은 올바르지만 ${server} 서버에 그런 메일함이 없습니다(또는 그 도메인으로 가는 경로가 없습니다). ` +
        `${r.where} 주소의 철자를 @ 앞뒤 모두 확인하고, 메일함이 아직 있는지 확인하세요. 없는 주소는 지우세요.`
    })
  },
  recipientRelayDenied: {
    en: (w: Where, r: Refused): Said => ({
      title: `${w.server} will not relay to ${r.list}`,
      fix:
        `${w.server} passes mail on to domains it does not serve only for senders it trusts, and it refused ${r.where} although the action logged in as ${w.username}. ` +
        "Check that `server` and `port` name the server your provider gives for sending mail (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`), not a domain's incoming mail server, " +
        `and that ${w.username} may send to outside addresses; or remove the address.`
    }),
    ko: (w: Where, r: Refused): Said => ({
      title: `${w.server} 서버가 ${r.list} 주소로 메일을 중계(relay)하지 않습니다`,
      fix:
        `${w.server} 서버는 자신이 맡지 않은 도메인으로는 신뢰하는 발신자의 메일만 전달하는데, 액션이 ${w.username} 계정으로 로그인했는데도 ${r.where} 주소를 거절했습니다. ` +
        '`server`와 `port`가 도메인의 수신 메일 서버가 아니라 메일 서비스가 알려 준 발신용 서버인지 확인하세요(Gmail: smtp.gmail.com에 465, 또는 587에 `secure: false`). ' +
        `또 ${w.username} 계정이 외부 주소로 보낼 수 있는지 확인하거나, 그 주소를 지우세요.`
    })
  },
  recipientNotValid: {
    en: (server: string, r: Refused): Said => ({
      title: `${server} refused ${r.list}: not ${r.several ? 'valid addresses' : 'a valid address'}`,
      fix: `Correct ${r.where}: each address must be one valid mailbox such as \`Name <user@example.com>\`.`
    }),
    ko: (server: string, r: Refused): Said => ({
      title: `${server} 서버가 ${r.list} 주소를 거절했습니다: 올바른 주소가 아닙니다`,
      fix: `${r.where} 주소를 고치세요. 각 주소는 \`Name <user@example.com>\`처럼 올바른 메일함 하나여야 합니다.`
    })
  },
  recipientRefused: {
    en: (server: string, r: Refused): Said => ({
      title: `${server} refused the recipient${r.several ? 's' : ''} ${r.list}`,
      fix: `The server gave its reason in its ${r.replies > 1 ? 'replies' : 'reply'}. Check ${r.where}; if the address is right, the refusal is a rule of ${server} or of the recipient's domain: remove the address, or ask the administrator of ${server}.`
    }),
    ko: (server: string, r: Refused): Said => ({
      title: `${server} 서버가 받는 사람 ${r.list} 주소를 거절했습니다`,
      fix: `거절 이유는 서버 응답에 있습니다. ${r.where} 주소를 확인하세요. 주소가 맞다면 ${server} 서버나 받는 쪽 도메인의 규칙 때문에 거절된 것입니다. 주소를 지우거나 ${server} 관리자에게 문의하세요.`
    })
  },
  webLoginRequired: {
    en: (w: Where): Said => ({
      title: `${w.server} blocked the sign-in of ${w.username} as suspicious`,
      fix:
        'Google blocks sign-ins from places it does not know, such as CI runners. Sign in to the account in a browser, open Google Account → Security → Recent security activity and confirm "Yes, it was me", then re-run the job. ' +
        `If it happens again, use an App Password: ${appPasswordSteps('en')}`
    }),
    ko: (w: Where): Said => ({
      title: `${w.server} 서버가 ${w.username} 계정의 로그인을 의심스러운 시도로 보고 막았습니다`,
      fix:
        'Google은 CI 러너처럼 처음 보는 곳에서의 로그인을 막습니다. 브라우저에서 계정에 로그인한 뒤 Google 계정 → 보안 → 최근 보안 활동에서 "예, 본인입니다"를 눌러 확인하고, 작업(job)을 다시 실행하세요. ' +
        `다시 막히면 앱 비밀번호를 사용하세요. ${appPasswordSteps('ko')}`
    })
  },
  tooManyLogins: {
    en: (w: Where): Said => ({
      title: `${w.server} refused the login of ${w.username}: too many login attempts`,
      fix:
        'Google limits how often an account may sign in. Wait (from a few minutes to an hour) before running the job again; do not re-run it in a loop, which extends the lock-out. ' +
        'If many jobs send mail, send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.server} 서버가 ${w.username} 계정의 로그인을 거절했습니다: 로그인 시도가 너무 많습니다`,
      fix:
        'Google은 계정의 로그인 횟수를 제한합니다. 작업(job)을 다시 실행하기 전에 몇 분에서 한 시간 정도 기다리세요. 반복해서 다시 실행하면 잠금이 길어집니다. ' +
        '여러 작업이 메일을 보낸다면 매트릭스 작업마다 보내지 말고 마지막 작업(`needs:` + `if: always()`)에서 알림을 한 번만 보내세요.'
    })
  },
  oauth2TokenRefused: {
    en: (w: Where): Said => ({
      title: `${w.server} rejected the OAuth2 access token for ${w.username}`,
      fix: `The token was fetched, but the server refused it. ${HINTS.en.oauth2Token}`
    }),
    ko: (w: Where): Said => ({
      title: `${w.server} 서버가 ${w.username} 계정의 OAuth2 액세스 토큰을 거절했습니다`,
      fix: `토큰은 받아 왔지만 서버가 거절했습니다. ${HINTS.ko.oauth2Token}`
    })
  },
  startTlsRequired: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} requires STARTTLS before login`,
      fix: 'Use `port: 465` (TLS from the first byte), or `port: 587` with `secure: false` so the action upgrades the connection with STARTTLS before it sends the password.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버는 로그인 전에 STARTTLS가 필요합니다`,
      fix: '`port: 465`(처음부터 TLS)를 쓰거나, `port: 587`에 `secure: false`를 설정하세요. 그러면 액션이 비밀번호를 보내기 전에 STARTTLS로 연결을 암호화합니다.'
    })
  },
  authRejected: {
    en: (w: Where, appPasswordUsedWrongly: boolean, google: boolean): Said => ({
      title: appPasswordUsedWrongly
        ? `${w.server} needs an App Password for ${w.username}: 2-Step Verification is on and the account password was used`
        : `${w.server} did not accept the username and password (username: ${w.username})`,
      fix: google
        ? `Gmail only accepts an App Password over SMTP, never the account password. ${appPasswordSteps('en')}`
        : `Check the \`username\` and \`password\` inputs against the account settings of ${w.server}; the password should come from a repository secret.`
    }),
    ko: (w: Where, appPasswordUsedWrongly: boolean, google: boolean): Said => ({
      title: appPasswordUsedWrongly
        ? `${w.server} 서버는 ${w.username} 계정에 앱 비밀번호가 필요합니다: 2단계 인증이 켜져 있는데 계정 비밀번호를 사용했습니다`
        : `${w.server} 서버가 사용자 이름과 비밀번호를 받아들이지 않았습니다(username: ${w.username})`,
      fix: google
        ? `Gmail은 SMTP에서 계정 비밀번호가 아니라 앱 비밀번호만 받습니다. ${appPasswordSteps('ko')}`
        : `\`username\`과 \`password\` 입력을 ${w.server}의 계정 설정과 비교해 확인하세요. 비밀번호는 저장소 시크릿에서 가져와야 합니다.`
    })
  },
  loginNeededWithoutPassword: {
    en: (w: Where): Said => ({
      title: `${w.server} requires a login before sending, and \`password\` is empty, so none was made`,
      fix: `Pass the password from a repository secret, such as \`password: \${{ secrets.SMTP_PASSWORD }}\`, with the account in \`username\`; an empty \`password\` means sending without a login, which only a relay that knows the runner accepts. ${missingSecretHint('en')}`
    }),
    ko: (w: Where): Said => ({
      title: `${w.server} 서버는 보내기 전에 로그인이 필요한데 \`password\`가 비어 있어 로그인하지 않았습니다`,
      fix: `\`password: \${{ secrets.SMTP_PASSWORD }}\`처럼 저장소 시크릿에서 비밀번호를 넘기고, 계정은 \`username\`에 넣으세요. \`password\`가 비어 있으면 로그인 없이 보내는데, 이는 러너를 아는 릴레이만 받아 줍니다. ${missingSecretHint('ko')}`
    })
  },
  loginNeededAfterLogin: {
    en: (w: Where): Said => ({
      title: `${w.server} requires a login before sending, although the action logged in as ${w.username}`,
      fix: `Check that ${w.username} may send through ${w.server}, and that \`username\` and \`password\` belong to that account (an App Password for Gmail).`
    }),
    ko: (w: Where): Said => ({
      title: `액션이 ${w.username} 계정으로 로그인했는데도 ${w.server} 서버가 보내기 전에 로그인을 요구합니다`,
      fix: `${w.username} 계정이 ${w.server} 서버로 보낼 수 있는지, \`username\`과 \`password\`가 그 계정의 것인지(Gmail은 앱 비밀번호) 확인하세요.`
    })
  },
  quotaExceeded: {
    en: (w: Where): Said => ({
      title: `${w.username} has used up its daily sending limit on ${w.server}`,
      fix: 'Gmail allows about 500 recipients a day (2,000 messages for Google Workspace), counted over a rolling 24 hours. Wait up to 24 hours, send to fewer recipients (for example notify only on failure with `if: failure()`), or use a mail provider made for volume. Re-running the job now fails the same way.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.username} 계정이 ${w.server}의 하루 발송 한도를 다 썼습니다`,
      fix: 'Gmail은 하루에 받는 사람 약 500명(Google Workspace는 메시지 2,000개)까지 허용하며, 최근 24시간 기준으로 셉니다. 최대 24시간 기다리거나, 받는 사람을 줄이거나(예: `if: failure()`로 실패할 때만 알림), 대량 발송용 메일 서비스를 쓰세요. 지금 작업(job)을 다시 실행해도 똑같이 실패합니다.'
    })
  },
  messageTooLarge: {
    en: (w: Where): Said => ({
      title: `${w.server} refused the message as too large`,
      fix: 'Gmail accepts about 25 MB of attachments (after base64 encoding). Attach less, or upload the files as a workflow artifact and link to it in the body.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.server} 서버가 메시지가 너무 크다며 거절했습니다`,
      fix: 'Gmail은 첨부 파일을 (base64 인코딩 후) 약 25 MB까지 받습니다. 첨부를 줄이거나, 파일을 워크플로 아티팩트로 올리고 본문에 링크하세요.'
    })
  },
  messageLargerThanAnnounced: {
    en: (w: Where): Said => ({
      title: `The message is larger than ${w.server} accepts`,
      fix: 'The server announced a size limit the message exceeds. Attach less, or upload the files as a workflow artifact and link to it in the body.'
    }),
    ko: (w: Where): Said => ({
      title: `메시지가 ${w.server} 서버가 받는 크기보다 큽니다`,
      fix: '서버가 알린 크기 제한을 메시지가 넘습니다. 첨부를 줄이거나, 파일을 워크플로 아티팩트로 올리고 본문에 링크하세요.'
    })
  },
  tooManyRecipients: {
    en: (w: Where, list: string): Said => ({
      title: `${w.server} refused ${list}: too many recipients in one message`,
      fix:
        "The action already sends at most 100 recipients (to + cc + bcc) per message, Gmail's limit; this server allows fewer. " +
        'Use fewer recipients in `to`, `cc` and `bcc`, or one mailing-list address.'
    }),
    ko: (w: Where, list: string): Said => ({
      title: `${w.server} 서버가 ${list} 주소를 거절했습니다: 한 메시지의 받는 사람이 너무 많습니다`,
      fix:
        '액션은 이미 메시지 하나에 받는 사람을 Gmail 한도인 100명(to + cc + bcc)까지만 보내는데, 이 서버는 더 적게 허용합니다. ' +
        '`to`, `cc`, `bcc`의 받는 사람을 줄이거나 메일링 리스트 주소 하나를 쓰세요.'
    })
  },
  senderRejected: {
    en: (w: Where, google: boolean): Said => ({
      title: `${w.server} refused the sender address`,
      fix: google
        ? 'Gmail sends only from the signed-in account or a verified "Send mail as" address: set `from` to `username`, or add the address under Gmail Settings → Accounts → Send mail as.'
        : `Set \`from\` to an address that ${w.username} may send as on ${w.server} (often the \`username\` itself).`
    }),
    ko: (w: Where, google: boolean): Said => ({
      title: `${w.server} 서버가 보내는 사람 주소를 거절했습니다`,
      fix: google
        ? 'Gmail은 로그인한 계정이나 확인된 "다른 주소에서 메일 보내기" 주소로만 보냅니다. `from`을 `username`과 같게 하거나, Gmail 설정 → 계정 → 다른 주소에서 메일 보내기에 주소를 추가하세요.'
        : `\`from\`을 ${w.username} 계정이 ${w.server}에서 보낼 수 있는 주소로 설정하세요(보통 \`username\` 자체).`
    })
  },
  messageBlocked: {
    en: (w: Where, spam: boolean): Said => ({
      title: `${w.server} blocked the message because of its content`,
      fix: spam
        ? 'The server judged the message to be spam. Send fewer, plainer messages (no shortened links), and check the account has not been flagged.'
        : 'Gmail blocks executable and script attachments (.exe, .js, .bat, some archives), even inside zip files. Drop or rename the attachment, or upload it as a workflow artifact and link to it.'
    }),
    ko: (w: Where, spam: boolean): Said => ({
      title: `${w.server} 서버가 내용 때문에 메시지를 차단했습니다`,
      fix: spam
        ? '서버가 메시지를 스팸으로 판단했습니다. 메시지를 줄이고 더 단순하게(단축 링크 없이) 보내며, 계정이 표시(flag)되지 않았는지 확인하세요.'
        : 'Gmail은 실행 파일과 스크립트 첨부(.exe, .js, .bat, 일부 압축 파일)를 zip 안에 있어도 차단합니다. 첨부를 빼거나 이름을 바꾸거나, 워크플로 아티팩트로 올리고 링크하세요.'
    })
  },
  /** ` (in reply to RCPT)` after a refusal's title. */
  during: {
    en: (verb: string) => ` (in reply to ${verb})`,
    ko: (verb: string) => ` (${verb} 명령에 대한 응답)`
  },
  refusedForNow: {
    en: (w: Where, during: string): Said => ({
      title: `${w.server} refused the message for now${during}`,
      fix: 'The server reported a temporary problem and the retries did not outlast it. Re-run the job later; raise `retries` if it happens often.'
    }),
    ko: (w: Where, during: string): Said => ({
      title: `${w.server} 서버가 지금은 메시지를 거절했습니다${during}`,
      fix: '서버가 일시적인 문제를 알렸고, 재시도하는 동안 풀리지 않았습니다. 나중에 작업(job)을 다시 실행하세요. 자주 일어나면 `retries`를 늘리세요.'
    })
  },
  unknownReply: {
    en: (w: Where, during: string): Said => ({
      title: `${w.server} refused the message${during}`,
      fix: 'The server gave a reply this action does not know. Search for the reply below; set `debug: true` to see the whole SMTP conversation (secrets masked), and open an issue with it.'
    }),
    ko: (w: Where, during: string): Said => ({
      title: `${w.server} 서버가 메시지를 거절했습니다${during}`,
      fix: '이 액션이 모르는 서버 응답입니다. 아래 응답으로 검색해 보세요. `debug: true`로 전체 SMTP 대화(시크릿은 가려짐)를 보고, 그 내용으로 이슈를 열어 주세요.'
    })
  },
  tlsMismatchAfterStartTls: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} agreed to switch to TLS (STARTTLS), then went on in plain text; the password was not sent`,
      fix:
        'The server, or something on the network in between (some firewalls and antivirus programs intercept mail traffic), broke the switch to TLS. ' +
        'Check `server` and `port`; if the server offers TLS from the first byte (port 465), use that port with `secure: true`.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버가 TLS 전환(STARTTLS)에 동의한 뒤 평문으로 계속했습니다. 비밀번호는 보내지 않았습니다`,
      fix:
        '서버나 중간 네트워크(메일 트래픽을 가로채는 방화벽이나 백신 프로그램 등)가 TLS 전환을 망가뜨렸습니다. ' +
        '`server`와 `port`를 확인하세요. 서버가 처음부터 TLS(465번 포트)를 제공하면 그 포트에 `secure: true`를 쓰세요.'
    })
  },
  tlsMismatchPlainAnswer: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} answered in plain text, but \`secure\` is true, so the action expected TLS from the first byte`,
      fix:
        w.port === 587 || w.port === 25
          ? `Port ${w.port} starts in plain text and switches to TLS with STARTTLS: set \`secure: false\` (the password is still sent only after the switch), or use \`port: 465\`, which is TLS from the first byte.`
          : 'Port 465 needs `secure: true` (TLS from the first byte); port 587 needs `secure: false` (plain text, then STARTTLS). This server starts in plain text: set `secure: false`, or check `port`.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버가 평문으로 응답했지만 \`secure\`가 true라서 액션은 처음부터 TLS를 기대했습니다`,
      fix:
        w.port === 587 || w.port === 25
          ? `${w.port}번 포트는 평문으로 시작해 STARTTLS로 TLS 연결로 바꿉니다. \`secure: false\`로 설정하거나(비밀번호는 여전히 전환 뒤에만 보냅니다), 처음부터 TLS인 \`port: 465\`를 쓰세요.`
          : '465번 포트는 `secure: true`(처음부터 TLS), 587번 포트는 `secure: false`(평문으로 시작한 뒤 STARTTLS)가 필요합니다. 이 서버는 평문으로 시작하므로 `secure: false`로 설정하거나 `port`를 확인하세요.'
    })
  },
  oauth2EndpointRefused: {
    en: (): Said => ({
      title: 'The OAuth2 token endpoint refused the refresh token',
      fix: `Check \`oauth2-client-id\`, \`oauth2-client-secret\` and \`oauth2-refresh-token\`. "invalid_grant" means the refresh token was revoked or expired. ${HINTS.en.oauth2Token}`
    }),
    ko: (): Said => ({
      title: 'OAuth2 토큰 엔드포인트가 리프레시 토큰을 거절했습니다',
      fix: `\`oauth2-client-id\`, \`oauth2-client-secret\`, \`oauth2-refresh-token\`을 확인하세요. "invalid_grant"는 리프레시 토큰이 취소되었거나 만료되었다는 뜻입니다. ${HINTS.ko.oauth2Token}`
    })
  },
  certificate: {
    en: (w: Where): Said => ({
      title: `The TLS certificate of ${w.hostPort} is not trusted`,
      fix:
        'Check that `server` is the host name on the certificate (smtp.gmail.com for Gmail, not an IP address). ' +
        "For a server with a private certificate authority, add that CA to the runner with the environment variable NODE_EXTRA_CA_CERTS (a PEM file); an expired certificate must be renewed by the server's administrator. Certificate checks are never switched off."
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버의 TLS 인증서를 신뢰할 수 없습니다`,
      fix:
        '`server`가 인증서에 적힌 호스트 이름인지 확인하세요(Gmail은 IP 주소가 아니라 smtp.gmail.com). ' +
        '사설 인증 기관(CA)을 쓰는 서버라면 환경 변수 NODE_EXTRA_CA_CERTS(PEM 파일)로 러너에 그 CA를 추가하세요. 만료된 인증서는 서버 관리자가 갱신해야 합니다. 인증서 검사는 절대 끄지 않습니다.'
    })
  },
  connectionRefused: {
    en: (w: Where, refused: boolean): Said => ({
      title: refused ? `Nothing accepted the connection at ${w.hostPort}` : `The runner has no route to ${w.hostPort}`,
      fix:
        'Check `server` and `port` (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`). ' +
        'A firewall, or a self-hosted runner without outbound SMTP, can also refuse it; some cloud networks block outbound ports 25, 465 and 587.'
    }),
    ko: (w: Where, refused: boolean): Said => ({
      title: refused ? `${w.hostPort}에서 연결을 받는 곳이 없습니다` : `러너에서 ${w.hostPort}(으)로 가는 경로가 없습니다`,
      fix:
        '`server`와 `port`를 확인하세요(Gmail: smtp.gmail.com에 465, 또는 587에 `secure: false`). ' +
        '방화벽이나 외부 SMTP가 막힌 자체 호스팅 러너도 연결을 거절할 수 있습니다. 일부 클라우드 네트워크는 밖으로 나가는 25, 465, 587번 포트를 막습니다.'
    })
  },
  dns: {
    en: (w: Where, temporary: boolean): Said => ({
      title: `The host name \`${w.server}\` could not be resolved`,
      fix: temporary
        ? "The runner's DNS did not answer in time. Re-run the job; if it persists, check the runner's network."
        : 'Check the `server` input for typos (Gmail is smtp.gmail.com), and that the runner can resolve public names.'
    }),
    ko: (w: Where, temporary: boolean): Said => ({
      title: `호스트 이름 \`${w.server}\`의 주소를 찾을 수 없습니다`,
      fix: temporary
        ? '러너의 DNS가 제때 응답하지 않았습니다. 작업(job)을 다시 실행하세요. 계속되면 러너의 네트워크를 확인하세요.'
        : '`server` 입력에 오타가 없는지(Gmail은 smtp.gmail.com), 러너가 공개 도메인 이름을 조회할 수 있는지 확인하세요.'
    })
  },
  noGreetingOn465: {
    en: (w: Where): Said => ({
      title: `${w.hostPort} never sent its greeting: it expects TLS from the first byte`,
      fix: 'Port 465 is TLS from the first byte: set `secure: true` (or leave `secure` empty, which means true on port 465).'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort} 서버가 인사말(greeting)을 보내지 않았습니다: 처음부터 TLS를 기대합니다`,
      fix: '465번 포트는 처음부터 TLS입니다. `secure: true`로 설정하세요(또는 `secure`를 비워 두면 465번 포트에서는 true입니다).'
    })
  },
  timeout: {
    en: (w: Where, kind: 'attempt' | 'answer', noGreeting: boolean): Said => ({
      title:
        kind === 'attempt'
          ? `${w.hostPort} kept answering too slowly: the attempt did not finish within ${2 * w.timeoutSeconds} s (twice \`timeout\`)`
          : `${w.hostPort} did not answer within ${w.timeoutSeconds} s${noGreeting ? ' (no greeting)' : ''}`,
      fix:
        (noGreeting && !w.secure
          ? `The server never greeted a plain-text connection: if it is an implicit-TLS port such as 465, set \`secure: true\` (port 587 needs \`secure: false\`); otherwise check \`server\` and \`port\`: ${HINTS.en.silentNonSmtp}. `
          : `Check \`server\` and \`port\`; a firewall that silently drops packets looks like this${noGreeting ? `, and ${HINTS.en.silentNonSmtp}` : ''}. `) +
        'Raise `timeout` if the server is just slow.'
    }),
    ko: (w: Where, kind: 'attempt' | 'answer', noGreeting: boolean): Said => ({
      title:
        kind === 'attempt'
          ? `${w.hostPort} 서버가 계속 너무 느리게 응답했습니다: 시도가 ${2 * w.timeoutSeconds}초(\`timeout\`의 두 배) 안에 끝나지 않았습니다`
          : `${w.hostPort} 서버가 ${w.timeoutSeconds}초 안에 응답하지 않았습니다${noGreeting ? '(인사말 없음)' : ''}`,
      fix:
        (noGreeting && !w.secure
          ? `서버가 평문 연결에 인사말을 보내지 않았습니다. 465처럼 처음부터 TLS인 포트라면 \`secure: true\`로 설정하세요(587번 포트는 \`secure: false\`). 아니라면 \`server\`와 \`port\`를 확인하세요. ${HINTS.ko.silentNonSmtp}. `
          : `\`server\`와 \`port\`를 확인하세요. 패킷을 조용히 버리는 방화벽도 이렇게 보입니다${noGreeting ? `. 또 ${HINTS.ko.silentNonSmtp}` : ''}. `) +
        '서버가 그저 느린 것이라면 `timeout`을 늘리세요.'
    })
  },
  connectionLost: {
    en: (w: Where): Said => ({
      title: `The connection to ${w.hostPort} was lost before the server confirmed the message`,
      fix: 'This is usually a passing network problem and the retries did not outlast it: re-run the job, or raise `retries`.'
    }),
    ko: (w: Where): Said => ({
      title: `서버가 메시지를 확인하기 전에 ${w.hostPort} 연결이 끊겼습니다`,
      fix: '보통 일시적인 네트워크 문제인데 재시도하는 동안 풀리지 않았습니다. 작업(job)을 다시 실행하거나 `retries`를 늘리세요.'
    })
  },
  unknownFailure: {
    en: (w: Where): Said => ({
      title: `Sending through ${w.hostPort} failed`,
      fix: 'This failure is not one the action knows. Set `debug: true` to see the SMTP conversation (secrets masked), and open an issue with it.'
    }),
    ko: (w: Where): Said => ({
      title: `${w.hostPort}(으)로 보내지 못했습니다`,
      fix: '이 액션이 모르는 실패입니다. `debug: true`로 SMTP 대화(시크릿은 가려짐)를 보고, 그 내용으로 이슈를 열어 주세요.'
    })
  },
  unconfirmed: {
    en: (said: Said): Said => ({
      title: `${said.title}, after the whole message had been sent: it may have been delivered`,
      fix: `${said.fix} Check the recipients' mailboxes before re-running the job: a second copy is possible.`
    }),
    ko: (said: Said): Said => ({
      title: `${said.title}. 메시지 전체를 보낸 뒤였으므로 이미 전달되었을 수 있습니다`,
      fix: `${said.fix} 작업(job)을 다시 실행하기 전에 받는 사람의 메일함을 확인하세요. 같은 메일이 두 번 갈 수 있습니다.`
    })
  },
  /** An address with the inputs that list it: "a@example.com (in `to`)". */
  addressIn: {
    en: (address: string, inputs: string) => `${address} (in ${inputs})`,
    ko: (address: string, inputs: string) => `${address}(${inputs})`
  },
  /** Addresses whose inputs are not known, or none at all. */
  addressesIn: {
    en: (addresses: string, inputs: string) => `${addresses || 'the address'} in ${inputs}`,
    ko: (addresses: string, inputs: string) => `${inputs}의 ${addresses || '주소'}`
  },
  aRecipient: { en: 'a recipient', ko: '받는 사람' }
})
