import { isIPv6 as isIPv6Address } from 'node:net'
import { domainToASCII } from 'node:url'
import addressparser from 'nodemailer/lib/addressparser'
import { InputError, inputErrorIn, type InputProblem } from './errors.ts'
import { checkPlaceholders } from './template.ts'
import { GOOGLE_TOKEN_URL, type OAuth2Settings } from './xoauth2.ts'
import { parseNotifyWhen, type NotifyWhen } from './notify-when.ts'
import { DEFAULT_LANGUAGE, defineWords, isLanguage, LANGUAGES, type Language } from './language.ts'

import type { JobStatus } from './jobs.ts'
import { EVERY_CONTROL_CHARACTER, hasControlCharacter } from './printable.ts'

/** One mailbox, as parsed from an address input. */
export interface Mailbox {
  name: string
  address: string
}

/** Everything the action was asked to do, read and validated from its inputs. */
export interface Settings {
  /** SMTP host name or IP address; an IPv6 address without brackets (`::1`). */
  server: string
  port: number
  /** True: TLS from the first byte. False: plain, then STARTTLS is required before login. */
  secure: boolean
  username: string
  /** App Password (or account password for other servers); already registered as a secret. Empty with OAuth2, and for a relay without login. */
  password: string
  /** Log in with XOAUTH2 instead of the password; every value is registered as a secret. */
  oauth2?: OAuth2Settings
  from: Mailbox
  to: Mailbox[]
  cc: Mailbox[]
  bcc: Mailbox[]
  replyTo: Mailbox[]
  /** Subject given by the user; undefined means the generated one. */
  subject?: string
  /** Markdown body given by the user; undefined means the generated notification. */
  body?: string
  /** Markdown file to use as the body, as given (relative to the workspace); read by the caller. */
  bodyFile?: string
  /** Token for the REST API (jobs, logs); empty leaves those parts out. Already registered as a secret. */
  githubToken: string
  /** Lines of log excerpt per failed job; 0 reads no logs. */
  logLines: number
  /** Outcome of the job; undefined when it cannot be known. */
  status?: JobStatus
  /** Seconds allowed for each network phase: connect, greeting, TLS, each reply. */
  timeoutSeconds: number
  /** Extra attempts for temporary failures. */
  retries: number
  /** Print the SMTP conversation (secrets masked). */
  debug: boolean
  /** Connect and log in only: check the credentials, send nothing. */
  verifyOnly: boolean
  /** Glob patterns of files to attach, relative to the workspace; `!` excludes. */
  attachments: string[]
  /** What a pattern that matches no file does, as in actions/upload-artifact. */
  ifNoFilesFound: 'warn' | 'error' | 'ignore'
  /** Compose and write the message to a file and the job summary; open no connection. */
  dryRun: boolean
  /** The transitions that send a mail; 'always' sends every run and reads no history. */
  notifyWhen: NotifyWhen
  /** With still-failing listed: mail only the 1st, (N+1)th, (2N+1)th… failed run of a streak. */
  stillFailingEvery: number
  /** Put the mails of one failure streak in one conversation, with a List-Id. */
  thread: boolean
  /** Glob patterns of JUnit XML reports, relative to the workspace; `!` excludes. */
  testReports: string[]
  /** Add the authors of the listed commits as recipients on a failure. */
  mailCommitters: boolean
  /** The only domains (lower case) a committer's address may have to be mailed. */
  committerDomains: string[]
  /** The language of the notification, the log lines, the job summary and the diagnosis. */
  language: Language
}

/** Reads one input by its action.yml name; `@actions/core.getInput` in production. */
export type InputReader = (name: string, options?: { trimWhitespace?: boolean }) => string

/** What reading the inputs found worth telling the user, besides errors. */
export interface SettingsNotes {
  notices: string[]
}

// The local part may hold dots anywhere (some providers hand out `a..b@` and `a.@`). One
// character class for it, not `x+(\.x+)*` around a class that itself takes dots: that form
// backtracks exponentially on `a.a.a.…@`.
const MAILBOX_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/
const APP_PASSWORD_AS_SHOWN = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/i

/** Gmail's SMTP host names, which always need a login (a trailing dot is the same host). */
export function isGoogleServer(server: string): boolean {
  return /^smtp\.(gmail|googlemail)\.com\.?$/i.test(server)
}

/** Why a secret can be empty although it exists, and how to skip the step there. */
export const MISSING_SECRET_HINT =
  'If the secret exists, this run probably comes from a pull request from a fork, which GitHub does not give secrets to; ' +
  "skip the step there with `if: always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)`. " +
  "Dependabot's runs get no Actions secrets either: add the secret under Settings → Secrets and variables → Dependabot."

/** RFC 5321, 4.5.3.1: the longest local part, domain label and path SMTP servers must accept, in octets. */
export const SMTP_LIMITS = { localPart: 64, label: 63, address: 254 } as const

/** Which part of an address is longer than SMTP allows, and by how much. */
export type AddressLength = { part: 'local'; octets: number } | { part: 'label'; label: string; octets: number } | { part: 'whole'; octets: number }

/** The problems with the inputs and their fixes, and the notices, in every language (see language.ts). */
const WORDS = defineWords('settings', {
  /** An over-long value, cut: "abc… (4000 characters)". */
  cut: { en: (start: string, length: number) => `${start}… (${length} characters)`, ko: (start: string, length: number) => `${start}… (${length}자)` },
  addressLength: {
    en: (length: AddressLength): string =>
      length.part === 'local'
        ? `its part before the @ is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.localPart}`
        : length.part === 'label'
          ? `a part of its domain ("${length.label}") is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.label}`
          : `it is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.address}`,
    ko: (length: AddressLength): string =>
      length.part === 'local'
        ? `@ 앞부분이 ${length.octets}옥텟입니다. SMTP는 ${SMTP_LIMITS.localPart}옥텟까지 허용합니다`
        : length.part === 'label'
          ? `도메인의 한 부분("${length.label}")이 ${length.octets}옥텟입니다. SMTP는 ${SMTP_LIMITS.label}옥텟까지 허용합니다`
          : `전체가 ${length.octets}옥텟입니다. SMTP는 ${SMTP_LIMITS.address}옥텟까지 허용합니다`
  },
  addressControlCharacter: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" contains a control character`,
      fix: 'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines, with no tabs or other control characters.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"에 제어 문자가 들어 있습니다`,
      fix: 'user@example.com 또는 `Name <user@example.com>` 형식의 주소를 쉼표나 줄바꿈으로 구분해 적고, 탭이나 다른 제어 문자는 넣지 마세요.'
    })
  },
  addressGroup: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" is an address group`,
      fix: 'List each recipient as a plain address (user@example.com) or `Name <user@example.com>`, separated by commas or new lines.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"은(는) 주소 그룹입니다`,
      fix: '받는 사람을 하나씩 일반 주소(user@example.com) 또는 `Name <user@example.com>` 형식으로, 쉼표나 줄바꿈으로 구분해 적으세요.'
    })
  },
  addressInDisplayName: {
    en: (name: string, address: string, input: string): InputProblem =>
      input === 'from'
        ? {
            problem: `"${name}" holds an address, but would be the display name of the sender ${address}`,
            fix: 'A display name with an @ in it goes in double quotes: `"ci@work" <ci-bot@example.com>`. `from` is one address.'
          }
        : {
            problem: `"${name}" holds an address, but would be the display name of ${address}, not ${input === 'reply-to' ? 'an address to reply to' : 'a recipient'}`,
            fix: 'Separate addresses with commas or new lines: `a@example.com, b@example.com`. A display name with an @ in it goes in double quotes: `"alice@work" <alice@example.com>`.'
          },
    ko: (name: string, address: string, input: string): InputProblem =>
      input === 'from'
        ? {
            problem: `"${name}"에 주소가 들어 있지만, 보내는 사람 ${address}의 표시 이름이 됩니다`,
            fix: '@가 들어간 표시 이름은 큰따옴표로 감싸세요: `"ci@work" <ci-bot@example.com>`. `from`에는 주소 하나만 적습니다.'
          }
        : {
            problem: `"${name}"에 주소가 들어 있지만, ${input === 'reply-to' ? '답장 주소가' : '받는 사람이'} 아니라 ${address}의 표시 이름이 됩니다`,
            fix: '주소는 쉼표나 줄바꿈으로 구분하세요: `a@example.com, b@example.com`. @가 들어간 표시 이름은 큰따옴표로 감싸세요: `"alice@work" <alice@example.com>`.'
          }
  },
  addressUnclosed: {
    en: (shown: string, mark: string): InputProblem => ({
      problem: `"${shown}" has a \`${mark}\` that is never closed`,
      fix: `Close it or remove it: what follows it would be read as part of a name, and no recipient in it would be mailed. Give addresses such as user@example.com or \`Name <user@example.com>\`, separated by commas or new lines.`
    }),
    ko: (shown: string, mark: string): InputProblem => ({
      problem: `"${shown}"에 닫히지 않은 \`${mark}\`이(가) 있습니다`,
      fix: `닫거나 지우세요. 그 뒤의 내용은 이름의 일부로 읽혀서, 그 안의 받는 사람에게는 메일이 가지 않습니다. user@example.com 또는 \`Name <user@example.com>\` 형식의 주소를 쉼표나 줄바꿈으로 구분해 적으세요.`
    })
  },
  addressMailto: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" is a mailto: link, not an address`,
      fix: 'Remove `mailto:` and give the address alone (user@example.com) or `Name <user@example.com>`, separated by commas or new lines.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"은(는) 주소가 아니라 mailto: 링크입니다`,
      fix: '`mailto:`를 지우고 주소만(user@example.com) 또는 `Name <user@example.com>` 형식으로, 쉼표나 줄바꿈으로 구분해 적으세요.'
    })
  },
  addressTooLong: {
    en: (shown: string, why: string): InputProblem => ({
      problem: `"${shown}" is longer than SMTP allows: ${why}`,
      fix: `Shorten the address: SMTP (RFC 5321) takes at most ${SMTP_LIMITS.localPart} octets before the @, ${SMTP_LIMITS.label} in each dot-separated part of the domain and ${SMTP_LIMITS.address} in all; a letter outside ASCII counts 2 to 4 octets.`
    }),
    ko: (shown: string, why: string): InputProblem => ({
      problem: `"${shown}"이(가) SMTP가 허용하는 길이보다 깁니다: ${why}`,
      fix: `주소를 줄이세요. SMTP(RFC 5321)는 @ 앞을 최대 ${SMTP_LIMITS.localPart}옥텟, 도메인의 점으로 나뉜 각 부분을 ${SMTP_LIMITS.label}옥텟, 전체를 ${SMTP_LIMITS.address}옥텟까지 받습니다. ASCII가 아닌 글자는 2~4옥텟으로 셉니다.`
    })
  },
  notAnAddress: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" is not an email address`,
      fix: 'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"은(는) 이메일 주소가 아닙니다`,
      fix: 'user@example.com 또는 `Name <user@example.com>` 형식의 주소를 쉼표나 줄바꿈으로 구분해 적으세요.'
    })
  },
  notWholeNumber: {
    en: (input: string, text: string, min: number, max: number, fallback: number): InputProblem => ({
      problem: `"${text}" is not a whole number from ${min} to ${max}`,
      fix: `Set \`${input}\` to a whole number from ${min} to ${max}, or leave it empty for ${fallback}.`
    }),
    ko: (input: string, text: string, min: number, max: number, fallback: number): InputProblem => ({
      problem: `"${text}"은(는) ${min}부터 ${max}까지의 정수가 아닙니다`,
      fix: `\`${input}\`을(를) ${min}부터 ${max}까지의 정수로 설정하거나, 비워 두어 ${fallback}(으)로 쓰세요.`
    })
  },
  notBoolean: {
    en: (input: string, text: string): InputProblem => ({
      problem: `"${text}" is neither true nor false`,
      fix: `Set \`${input}\` to true or false, or leave it empty.`
    }),
    ko: (input: string, text: string): InputProblem => ({
      problem: `"${text}"은(는) true도 false도 아닙니다`,
      fix: `\`${input}\`을(를) true 또는 false로 설정하거나 비워 두세요.`
    })
  },
  notStatus: {
    en: (text: string): InputProblem => ({
      problem: `"${text}" is not a job status`,
      fix: 'Set `status` to success, failure or cancelled — usually `${{ job.status }}` — or leave it empty.'
    }),
    ko: (text: string): InputProblem => ({
      problem: `"${text}"은(는) 작업(job) 상태가 아닙니다`,
      fix: '`status`를 success, failure, cancelled 중 하나(보통 `${{ job.status }}`)로 설정하거나 비워 두세요.'
    })
  },
  notIfNoFilesFound: {
    en: (text: string): InputProblem => ({
      problem: `"${text}" is not warn, error or ignore`,
      fix: 'Set `if-no-files-found` to warn (send anyway, with a warning), error (fail the step) or ignore.'
    }),
    ko: (text: string): InputProblem => ({
      problem: `"${text}"은(는) warn, error, ignore 중 하나가 아닙니다`,
      fix: '`if-no-files-found`를 warn(경고와 함께 그대로 보냄), error(단계 실패), ignore 중 하나로 설정하세요.'
    })
  },
  oauth2Incomplete: {
    en: (): InputProblem => ({
      problem: 'is empty, but other `oauth2-*` inputs are set',
      fix: 'OAuth2 needs all three of `oauth2-client-id`, `oauth2-client-secret` and `oauth2-refresh-token`, each from a repository secret. To log in with an App Password instead, remove the `oauth2-*` inputs.'
    }),
    ko: (): InputProblem => ({
      problem: '비어 있는데 다른 `oauth2-*` 입력은 설정되어 있습니다',
      fix: 'OAuth2에는 `oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token` 세 가지가 모두 필요하며, 각각 저장소 시크릿에서 가져와야 합니다. 대신 앱 비밀번호로 로그인하려면 `oauth2-*` 입력을 지우세요.'
    })
  },
  tokenUrlWithCredentials: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" carries a user name or password`,
      fix: 'Give the token endpoint alone; the client is identified by `oauth2-client-id` and `oauth2-client-secret`.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"에 사용자 이름이나 비밀번호가 들어 있습니다`,
      fix: '토큰 엔드포인트만 적으세요. 클라이언트는 `oauth2-client-id`와 `oauth2-client-secret`으로 식별합니다.'
    })
  },
  tokenUrlNotHttps: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" is not an https:// URL`,
      fix: `Set \`oauth2-token-url\` to the provider's token endpoint over https (Google: ${GOOGLE_TOKEN_URL}), or leave it empty for Google's. The client secret is sent there, so plain http is refused.`
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"은(는) https:// URL이 아닙니다`,
      fix: `\`oauth2-token-url\`을 메일 서비스의 https 토큰 엔드포인트(Google: ${GOOGLE_TOKEN_URL})로 설정하거나, 비워 두어 Google 것을 쓰세요. 클라이언트 시크릿을 그곳으로 보내므로 평문 http는 거부합니다.`
    })
  },
  hostFix: {
    en: "Give only the host name, such as smtp.gmail.com, or an IP address (IPv6 as '::1' or '[::1]', quoted in YAML), and the port in `port`.",
    ko: "smtp.gmail.com 같은 호스트 이름이나 IP 주소(IPv6는 YAML에서 따옴표로 감싼 '::1' 또는 '[::1]')만 적고, 포트는 `port`에 적으세요."
  },
  serverControlCharacter: {
    en: (shown: string) => `"${shown}" contains a control character`,
    ko: (shown: string) => `"${shown}"에 제어 문자가 들어 있습니다`
  },
  serverIsUrl: { en: 'is a URL, not a host name', ko: '호스트 이름이 아니라 URL입니다' },
  /** The inputs to set instead, such as "`server: smtp.gmail.com` and `port: 465`". */
  set: { en: (inputs: string) => `Set ${inputs}.`, ko: (inputs: string) => `${inputs}(으)로 설정하세요.` },
  and: { en: (first: string, second: string) => `${first} and ${second}`, ko: (first: string, second: string) => `${first}와 ${second}` },
  serverWithPort: {
    en: (shown: string) => `"${shown}" is not a host name: it ends in a port`,
    ko: (shown: string) => `"${shown}"은(는) 호스트 이름이 아닙니다: 끝에 포트가 붙어 있습니다`
  },
  notHostName: { en: (shown: string) => `"${shown}" is not a host name`, ko: (shown: string) => `"${shown}"은(는) 호스트 이름이 아닙니다` },
  usernameEmpty: {
    en: (): InputProblem => ({ problem: 'is empty', fix: 'Set `username` to the full address of the sending account, such as you@gmail.com.' }),
    ko: (): InputProblem => ({ problem: '비어 있습니다', fix: '`username`을 보내는 계정의 전체 주소(예: you@gmail.com)로 설정하세요.' })
  },
  usernameNotGmailAddress: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" is not a full email address, and Gmail takes only the full address as the login`,
      fix: 'Set `username` to the full address of the sending account: you@gmail.com, or your Google Workspace address (you@example.com).'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"은(는) 전체 이메일 주소가 아닙니다. Gmail은 전체 주소로만 로그인할 수 있습니다`,
      fix: '`username`을 보내는 계정의 전체 주소로 설정하세요: you@gmail.com 또는 Google Workspace 주소(you@example.com).'
    })
  },
  usernameControlCharacter: {
    en: (shown: string): InputProblem => ({
      problem: `"${shown}" contains a control character`,
      fix: 'Set `username` to the account name alone, such as you@gmail.com, on one line.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `"${shown}"에 제어 문자가 들어 있습니다`,
      fix: '`username`에는 you@gmail.com 같은 계정 이름만 한 줄로 적으세요.'
    })
  },
  passwordEmpty: {
    en: (hint: string): InputProblem => ({
      problem: 'is empty',
      fix: `Pass the App Password from a repository secret: \`password: \${{ secrets.GMAIL_APP_PASSWORD }}\` (or log in with the \`oauth2-*\` inputs instead). ${hint}`
    }),
    ko: (hint: string): InputProblem => ({
      problem: '비어 있습니다',
      fix: `앱 비밀번호를 저장소 시크릿에서 넘기세요: \`password: \${{ secrets.GMAIL_APP_PASSWORD }}\`(또는 대신 \`oauth2-*\` 입력으로 로그인하세요). ${hint}`
    })
  },
  fromNotAddress: {
    en: (username: string): InputProblem => ({
      problem: `is empty, so it defaults to \`username\` ("${username}"), which is not an email address`,
      fix: 'Set `from` to the address the server sends as, optionally with a display name: `CI <ci@example.com>`.'
    }),
    ko: (username: string): InputProblem => ({
      problem: `비어 있어서 \`username\`("${username}")을 쓰는데, 이는 이메일 주소가 아닙니다`,
      fix: '`from`을 서버가 보내는 주소로 설정하세요. 표시 이름을 붙여도 됩니다: `CI <ci@example.com>`.'
    })
  },
  fromNotOne: {
    en: (value: string): InputProblem => ({
      problem: `"${value}" must be exactly one address`,
      fix: 'Set `from` to one address, optionally with a display name: `CI <you@gmail.com>`.'
    }),
    ko: (value: string): InputProblem => ({
      problem: `"${value}"은(는) 정확히 주소 하나여야 합니다`,
      fix: '`from`을 주소 하나로 설정하세요. 표시 이름을 붙여도 됩니다: `CI <you@gmail.com>`.'
    })
  },
  dryRunAndVerifyOnly: {
    en: (): InputProblem => ({
      problem: 'is set together with `verify-only`',
      fix: 'Use `dry-run` to preview the message without connecting, or `verify-only` to check the login without sending; not both.'
    }),
    ko: (): InputProblem => ({
      problem: '`verify-only`와 함께 설정되어 있습니다',
      fix: '연결 없이 메시지를 미리 보려면 `dry-run`을, 보내지 않고 로그인만 확인하려면 `verify-only`를 쓰세요. 둘 다는 안 됩니다.'
    })
  },
  toEmpty: {
    en: (): InputProblem => ({ problem: 'is empty', fix: 'Set `to` to at least one recipient address; separate several with commas or new lines.' }),
    ko: (): InputProblem => ({ problem: '비어 있습니다', fix: '`to`에 받는 사람 주소를 하나 이상 적으세요. 여러 개는 쉼표나 줄바꿈으로 구분합니다.' })
  },
  bodyAndBodyFile: {
    en: (): InputProblem => ({ problem: 'is set together with `body`', fix: 'Set either `body` or `body-file`, not both.' }),
    ko: (): InputProblem => ({ problem: '`body`와 함께 설정되어 있습니다', fix: '`body`와 `body-file` 중 하나만 설정하세요.' })
  },
  missingSecret: {
    en: MISSING_SECRET_HINT,
    ko:
      '시크릿이 있는데도 비어 있다면 이 실행은 아마 포크에서 온 풀 리퀘스트이며, GitHub는 여기에 시크릿을 주지 않습니다. ' +
      "이런 실행에서는 `if: always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)`로 단계를 건너뛰세요. " +
      'Dependabot 실행도 Actions 시크릿을 받지 못합니다. Settings → Secrets and variables → Dependabot에 시크릿을 추가하세요.'
  },
  notDomain: {
    en: (entry: string): InputProblem => ({
      problem: `"${entry}" is not a domain`,
      fix: 'List the domains of the addresses that may be mailed, such as `example.com, example.org` (no `*`, no user part: each domain is matched exactly).'
    }),
    ko: (entry: string): InputProblem => ({
      problem: `"${entry}"은(는) 도메인이 아닙니다`,
      fix: '메일을 보내도 되는 주소의 도메인을 `example.com, example.org`처럼 나열하세요(`*`나 @ 앞부분 없이 적으며, 각 도메인은 정확히 일치해야 합니다).'
    })
  },
  domainsEmpty: {
    en: (): InputProblem => ({
      problem: 'is empty, but `mail-committers` is true',
      fix:
        "Set `committer-domains` to your organisation's mail domains, such as `example.com, example.org`: only commit authors at these domains are mailed. " +
        'Addresses in commits are whatever each author configured, and mailing outside contributors at them would be spam.'
    }),
    ko: (): InputProblem => ({
      problem: '비어 있는데 `mail-committers`가 true입니다',
      fix:
        '`committer-domains`를 조직의 메일 도메인(예: `example.com, example.org`)으로 설정하세요. 이 도메인의 커밋 작성자에게만 메일을 보냅니다. ' +
        '커밋에 든 주소는 작성자가 각자 설정한 것이라, 외부 기여자에게 그 주소로 메일을 보내면 스팸이 됩니다.'
    })
  },
  spacesRemoved: {
    en: 'Removed the spaces from the App Password in `password`: Google shows it in groups of four, but expects the 16 letters without spaces.',
    ko: '`password`의 앱 비밀번호에서 공백을 지웠습니다. Google은 네 글자씩 띄어 보여 주지만, 공백 없는 16자를 받습니다.'
  },
  noLogin: {
    en: (server: string) => `\`password\` is empty, so no login is used: the message goes to ${server} as to a relay that takes mail without one.`,
    ko: (server: string) => `\`password\`가 비어 있어 로그인하지 않습니다. ${server} 서버를 로그인 없이 메일을 받는 릴레이로 보고 메시지를 보냅니다.`
  },
  passwordUnused: {
    en: '`password` is not used: the action logs in with OAuth2 (the `oauth2-*` inputs).',
    ko: '`password`는 쓰지 않습니다. 액션이 OAuth2(`oauth2-*` 입력)로 로그인합니다.'
  },
  stillFailingEveryUnused: {
    en: (every: number, listed: string | undefined) =>
      `\`still-failing-every: ${every}\` has no effect: it spaces out the still-failing mails, and ` +
      (listed === undefined ? '`notify-when: always` mails every run.' : `\`notify-when\` (${listed}) does not list still-failing.`) +
      ' Set `notify-when: failures` (or a list with still-failing) to use it.',
    ko: (every: number, listed: string | undefined) =>
      `\`still-failing-every: ${every}\`는 효과가 없습니다. still-failing 메일의 간격을 두는 설정인데, ` +
      (listed === undefined ? '`notify-when: always`는 모든 실행마다 메일을 보냅니다.' : `\`notify-when\`(${listed})에 still-failing이 없습니다.`) +
      ' 쓰려면 `notify-when: failures`(또는 still-failing이 들어간 목록)로 설정하세요.'
  }
})

type SettingsWords = (typeof WORDS)[Language]

/** Why a secret can be empty although it exists, in `language`. */
export function missingSecretHint(language: Language): string {
  return WORDS[language].missingSecret
}

/** An InputError about `input`, in every language, from an entry of WORDS. */
function refuse(input: string, say: (words: SettingsWords, language: Language) => InputProblem): InputError {
  return inputErrorIn(input, WORDS, say)
}

const octets = (text: string) => Buffer.byteLength(text, 'utf8')

/** An over-long value, cut for a message: the problem is its length, not its text. */
function shorten(text: string, language: Language = DEFAULT_LANGUAGE, max = 60): string {
  if (text.length <= max) return text
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max
  return WORDS[language].cut(text.slice(0, end), text.length)
}

/**
 * What makes an address longer than SMTP allows, or undefined. The local part counts in
 * UTF-8 octets (SMTPUTF8 sends it so); the domain as it goes on the wire, in its ASCII
 * (punycode) form.
 */
export function addressTooLong(address: string): AddressLength | undefined {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  const asciiDomain = domainToASCII(domain) || domain
  if (octets(local) > SMTP_LIMITS.localPart) return { part: 'local', octets: octets(local) }
  const label = asciiDomain.split('.').find((part) => octets(part) > SMTP_LIMITS.label)
  if (label !== undefined) return { part: 'label', label, octets: octets(label) }
  const total = octets(local) + 1 + octets(asciiDomain)
  if (total > SMTP_LIMITS.address) return { part: 'whole', octets: total }
  return undefined
}

/** Stands in for an @ inside a quoted string, where it belongs to no address. */
const QUOTED_AT = '\uE000'

/**
 * The line with every @ inside a quoted string replaced by QUOTED_AT, so that an @ left in
 * a display name after parsing is one the user wrote outside double quotes; and the quote
 * or comment the line leaves open, if any. Quoted strings and comments are read as
 * addressparser reads them (RFC 5322 3.2.2 and 3.2.4): a comment nests, a backslash
 * escapes the next character inside either, and a quote inside a comment is text. A
 * comment is not masked: `a@x (b@y)` shows b@y as the name of a@x, the same misreading as
 * `a@x b@y`, and only double quotes say an @ belongs to a name.
 */
function maskQuotedAts(line: string): { masked: string; unclosed?: '"' | '(' } {
  let characters: string[] | undefined
  let quoted = false
  let commentDepth = 0
  let escaped = false
  for (let at = 0; at < line.length; at++) {
    const character = line[at]
    if (!quoted && commentDepth === 0) {
      if (character === '"') quoted = true
      else if (character === '(') commentDepth = 1
      continue
    }
    if (escaped) escaped = false
    else if (character === '\\') escaped = true
    else if (quoted && character === '"') quoted = false
    else if (!quoted && character === '(') commentDepth++
    else if (!quoted && character === ')') commentDepth--
    if (quoted && character === '@') (characters ??= line.split(''))[at] = QUOTED_AT
  }
  const masked = characters ? characters.join('') : line
  return { masked, unclosed: quoted ? '"' : commentDepth > 0 ? '(' : undefined }
}

// A YAML list written inside a block scalar (`to: |` then `- a@example.com` lines): the
// user plainly means one recipient a line, and left in, the `-` became a display name.
const LIST_MARKER = /^\s*-(?:\s+|$)/

/**
 * Parses a list of mailboxes separated by commas, semicolons (which addressparser takes as
 * commas, as Outlook does) or new lines; a line may start with a YAML list marker `- `.
 * Each entry must be exactly one mailbox: a group (`Team: a@x, b@x;`) would let a value
 * from an event add recipients.
 *
 * Addresses separated by spaces alone are refused rather than split: RFC 5322 allows no @
 * in an unquoted display name, so `a@x b@x`, `a@x <b@x>` and `Name <a@x> b@x` have no one
 * meaning (addressparser makes the second address a display name and drops it). Splitting
 * at spaces would guess, and would let a value put into the input from an event, such as a
 * commit author's name, add recipients; refusing costs one comma.
 */
export function parseMailboxes(input: string, value: string): Mailbox[] {
  const mailboxes: Mailbox[] = []
  // A lone CR ends a line too: left inside an entry it could end a header line on the wire.
  for (const rawLine of value.split(/\r\n|\r|\n/)) {
    if (!rawLine.trim()) continue
    if (hasControlCharacter(rawLine)) {
      // Marked before trimming: a tab at either end would otherwise leave nothing to see.
      throw refuse(input, (words, language) => words.addressControlCharacter(shorten(rawLine.replace(EVERY_CONTROL_CHARACTER, '?').trim(), language)))
    }
    const line = rawLine.replace(LIST_MARKER, '')
    const entries = addressparser(line)
    for (const entry of entries) {
      if (entry.group === undefined) continue
      // `mailto:a@x` reads as a group named mailto.
      if (/^mailto$/i.test(entry.name)) throw refuse(input, (words, language) => words.addressMailto(shorten(line.trim(), language)))
      throw refuse(input, (words, language) => words.addressGroup(shorten(line.trim(), language)))
    }
    const { masked, unclosed } = maskQuotedAts(line)
    // addressparser reads the rest of the line into it, recipients and all, and drops them.
    if (unclosed) throw refuse(input, (words, language) => words.addressUnclosed(shorten(line.trim(), language), unclosed))
    // Parsed again only when an @ inside quotes was masked: otherwise the first reading is the same.
    const misread = (masked === line ? entries : addressparser(masked)).find((entry) => /\S@\S/.test(entry.name))
    if (misread) {
      const unmask = (text: string, language: Language) => shorten(text.replaceAll(QUOTED_AT, '@'), language)
      throw refuse(input, (words, language) => words.addressInDisplayName(unmask(misread.name, language), unmask(misread.address ?? '', language), input))
    }
    for (const entry of entries) {
      const address = (entry.address ?? '').trim()
      if (/^mailto:/i.test(address)) throw refuse(input, (words, language) => words.addressMailto(shorten(address, language)))
      // Before the pattern, so no pattern ever runs over megabytes.
      const tooLong = address.includes('@') ? addressTooLong(address) : undefined
      if (tooLong) {
        throw refuse(input, (words, language) => {
          const length = tooLong.part === 'label' ? { ...tooLong, label: shorten(tooLong.label, language, 30) } : tooLong
          return words.addressTooLong(shorten(address, language), words.addressLength(length))
        })
      }
      if (!MAILBOX_PATTERN.test(address)) {
        throw refuse(input, (words, language) => words.notAnAddress(shorten(address || entry.name || line.trim(), language)))
      }
      mailboxes.push({ name: entry.name, address })
    }
  }
  return mailboxes
}

function parseWholeNumber(input: string, value: string, fallback: number, min: number, max: number): number {
  const text = value.trim()
  if (!text) return fallback
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw refuse(input, (words) => words.notWholeNumber(input, text, min, max, fallback))
  }
  return Number(text)
}

function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  const text = value.trim().toLowerCase()
  if (!text) return fallback
  if (text === 'true') return true
  if (text === 'false') return false
  throw refuse(input, (words) => words.notBoolean(input, value.trim()))
}

function parseStatus(value: string): JobStatus | undefined {
  const text = value.trim().toLowerCase()
  if (!text) return undefined
  if (text === 'success' || text === 'failure' || text === 'cancelled') return text
  throw refuse('status', (words) => words.notStatus(value.trim()))
}

function parseIfNoFilesFound(value: string): Settings['ifNoFilesFound'] {
  const text = value.trim().toLowerCase()
  if (!text) return 'warn'
  if (text === 'warn' || text === 'error' || text === 'ignore') return text
  throw refuse('if-no-files-found', (words) => words.notIfNoFilesFound(value.trim()))
}

/**
 * Gmail shows App Passwords as four groups of four letters, and people paste them that way.
 * Google does not ignore the spaces, so they are removed here. (White space around the value
 * never arrives: the runner's getInput trims every input.)
 */
export function normalisePassword(server: string, password: string, language: Language = DEFAULT_LANGUAGE): { password: string; notice?: string } {
  if (!isGoogleServer(server) || !APP_PASSWORD_AS_SHOWN.test(password)) return { password }
  return { password: password.replace(/ /g, ''), notice: WORDS[language].spacesRemoved }
}

const OAUTH2_SECRET_INPUTS = ['oauth2-client-id', 'oauth2-client-secret', 'oauth2-refresh-token'] as const

/**
 * The inputs besides `password` whose values are secrets, registered with the runner before
 * anything is printed (`password` is registered in every form a login sends it in).
 */
export const TOKEN_INPUTS = [...OAUTH2_SECRET_INPUTS, 'github-token'] as const

/**
 * The OAuth2 inputs, or undefined when none of the three secrets is given. Their values
 * are secrets, so errors name the input but never show the value.
 */
function readOAuth2(getInput: InputReader): OAuth2Settings | undefined {
  const [clientId, clientSecret, refreshToken] = OAUTH2_SECRET_INPUTS.map((name) => getInput(name).trim())
  if (!clientId && !clientSecret && !refreshToken) return undefined
  const missing = OAUTH2_SECRET_INPUTS.find((name, index) => ![clientId, clientSecret, refreshToken][index])
  if (missing) throw refuse(missing, (words) => words.oauth2Incomplete())
  const tokenUrl = getInput('oauth2-token-url').trim() || GOOGLE_TOKEN_URL
  const parsed = URL.canParse(tokenUrl) ? new URL(tokenUrl) : undefined
  if (parsed && (parsed.username || parsed.password)) {
    // Shown without them: they would be secrets.
    parsed.username = ''
    parsed.password = ''
    throw refuse('oauth2-token-url', (words) => words.tokenUrlWithCredentials(parsed.href))
  }
  if (parsed?.protocol !== 'https:') {
    throw refuse('oauth2-token-url', (words) => words.tokenUrlNotHttps(tokenUrl))
  }
  // Scopes are separated by spaces; a YAML block may have put them on lines of their own.
  const scope = getInput('oauth2-scope').trim().replace(/\s+/g, ' ')
  return { clientId, clientSecret, refreshToken, tokenUrl, scope }
}

/**
 * node:net's isIPv6, asked only of text that holds a colon, as every IPv6 address does: its
 * first call compiles a large regular expression, about 3 ms at every start (npm run bench)
 * for a host name that cannot be one.
 */
function isIPv6(text: string): boolean {
  return text.includes(':') && isIPv6Address(text)
}

/** `host:port` as people write it: an IPv6 address in brackets (`[::1]:465`). */
export function hostAndPort(server: string, port: number): string {
  return isIPv6(server) ? `[${server}]:${port}` : `${server}:${port}`
}

/** The inputs to set instead of a `host:port` or URL; an IPv6 address quoted, as YAML needs for `[::1]`. */
function serverAndPort(host: string, port: string | undefined, words: SettingsWords): string {
  const server = isIPv6(host) ? `'${host}'` : host
  return port ? words.and(`\`server: ${server}\``, `\`port: ${port}\``) : `\`server: ${server}\``
}

/**
 * The `server` input: a host name, an IPv4 address, or an IPv6 address with or without
 * brackets, kept without them (the form sockets and certificates use). A URL or a
 * `host:port` is refused with the inputs to set instead.
 */
export function parseServer(value: string): string {
  const text = value.trim() || 'smtp.gmail.com'
  const inBrackets = /^\[(.*)\]$/.exec(text)?.[1]
  if (inBrackets !== undefined && isIPv6(inBrackets)) return inBrackets
  if (isIPv6(text)) return text
  if (hasControlCharacter(text)) {
    throw refuse('server', (words) => ({ problem: words.serverControlCharacter(text.replace(EVERY_CONTROL_CHARACTER, '?')), fix: words.hostFix }))
  }
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) {
    const url = URL.canParse(text) ? new URL(text) : undefined
    // Named by its host and port alone: the rest of a URL may carry a user name and password.
    const host = url?.hostname.replace(/^\[(.*)\]$/, '$1')
    throw refuse('server', (words) => ({
      problem: words.serverIsUrl,
      fix: `${host ? `${words.set(serverAndPort(host, url?.port, words))} ` : ''}${words.hostFix}`
    }))
  }
  const withPort = /^(?:\[([^\]]*)\]|([^\s/:[\]]+)):(\d+)$/.exec(text)
  if (withPort && (withPort[2] !== undefined || isIPv6(withPort[1]))) {
    throw refuse('server', (words) => ({ problem: words.serverWithPort(text), fix: words.set(serverAndPort(withPort[1] ?? withPort[2], withPort[3], words)) }))
  }
  if (/[\s/:[\]]/.test(text)) throw refuse('server', (words) => ({ problem: words.notHostName(text), fix: words.hostFix }))
  return text
}

/** Whether the inputs carry credentials; without them the action sends as to a relay, with no login. */
export function hasCredentials(settings: Pick<Settings, 'password' | 'oauth2'>): boolean {
  return settings.oauth2 !== undefined || settings.password !== ''
}

const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/

/** `committer-domains`: comma- or newline-separated domains; a leading `@` is allowed. */
export function parseDomains(value: string): string[] {
  const domains: string[] = []
  for (const entry of value.split(/[,\s]+/)) {
    const domain = entry.trim().replace(/^@/, '').toLowerCase()
    if (!domain) continue
    if (!DOMAIN_PATTERN.test(domain)) {
      throw refuse('committer-domains', (words) => words.notDomain(entry.trim().replace(EVERY_CONTROL_CHARACTER, '?')))
    }
    if (!domains.includes(domain)) domains.push(domain)
  }
  return domains
}

/** The inputs that read test reports and mail the committers. */
function readReportSettings(getInput: InputReader): Pick<Settings, 'testReports' | 'mailCommitters' | 'committerDomains'> {
  const mailCommitters = parseBoolean('mail-committers', getInput('mail-committers'), false)
  const committerDomains = parseDomains(getInput('committer-domains'))
  if (mailCommitters && !committerDomains.length) {
    throw refuse('committer-domains', (words) => words.domainsEmpty())
  }
  return {
    testReports: getInput('test-reports')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    mailCommitters,
    committerDomains
  }
}

/**
 * The `language` input. Read before the other inputs, and by the report of a failure that
 * came before the inputs were read, so every other problem can be told in it; a value that
 * is not a language is itself told in English.
 */
export function parseLanguage(value: string): Language {
  const text = value.trim().toLowerCase()
  if (!text) return DEFAULT_LANGUAGE
  if (isLanguage(text)) return text
  throw new InputError(
    'language',
    `"${shorten(value.trim().replace(EVERY_CONTROL_CHARACTER, '?'))}" is not a language this action speaks`,
    `Set \`language\` to ${LANGUAGES.map((language) => `\`${language}\``).join(' or ')}, or leave it empty for \`${DEFAULT_LANGUAGE}\` (English).`
  )
}

/** Reads and validates every input; throws InputError naming the first bad one. */
export function readSettings(getInput: InputReader, notes: SettingsNotes = { notices: [] }): Settings {
  const language = parseLanguage(getInput('language'))
  const server = parseServer(getInput('server'))
  const port = parseWholeNumber('port', getInput('port'), 465, 1, 65535)
  const secure = parseBoolean('secure', getInput('secure'), port === 465)

  const username = getInput('username').trim()
  if (!username) throw refuse('username', (words) => words.usernameEmpty())
  if (hasControlCharacter(username)) throw refuse('username', (words) => words.usernameControlCharacter(username.replace(EVERY_CONTROL_CHARACTER, '?')))
  // Gmail logs in only with the full address; other servers may take a bare user name, and
  // for them the sender it would default to is checked with `from` below.
  if (isGoogleServer(server) && !MAILBOX_PATTERN.test(username))
    throw refuse('username', (words, language) => words.usernameNotGmailAddress(shorten(username, language)))
  const dryRun = parseBoolean('dry-run', getInput('dry-run'), false)
  const oauth2 = readOAuth2(getInput)
  const rawPassword = getInput('password')
  const withoutLogin = !oauth2 && !rawPassword.trim()
  // A preview opens no connection, so it can run where there is no secret (a fork's pull request).
  if (withoutLogin && !dryRun) {
    // Gmail takes no mail without a login: an empty password there is a missing secret.
    if (isGoogleServer(server)) throw refuse('password', (words, language) => words.passwordEmpty(missingSecretHint(language)))
    notes.notices.push(WORDS[language].noLogin(server))
  }
  if (oauth2 && rawPassword.trim()) notes.notices.push(WORDS[language].passwordUnused)
  const normalised = oauth2 || withoutLogin ? { password: '' } : normalisePassword(server, rawPassword, language)
  if (normalised.notice) notes.notices.push(normalised.notice)

  const fromInput = getInput('from').trim()
  // The sender defaults to the login, which some servers do not make an address.
  if (!fromInput && !MAILBOX_PATTERN.test(username)) throw refuse('from', (words) => words.fromNotAddress(username))
  const fromValue = fromInput || username
  const fromList = parseMailboxes('from', fromValue)
  if (fromList.length !== 1) throw refuse('from', (words) => words.fromNotOne(fromValue))
  const verifyOnly = parseBoolean('verify-only', getInput('verify-only'), false)
  if (verifyOnly && dryRun) throw refuse('dry-run', (words) => words.dryRunAndVerifyOnly())
  const to = parseMailboxes('to', getInput('to'))
  // Checking a login needs no recipient.
  if (to.length === 0 && !verifyOnly) throw refuse('to', (words) => words.toEmpty())

  const subject = getInput('subject')
  // As written, not trimmed: the line numbers of a problem with the body count its lines as the user does.
  const body = getInput('body', { trimWhitespace: false })
  const bodyFile = getInput('body-file').trim()
  checkPlaceholders('subject', subject)
  checkPlaceholders('body', body)
  if (body.trim() && bodyFile) {
    throw refuse('body-file', (words) => words.bodyAndBodyFile())
  }
  return {
    server,
    port,
    secure,
    username,
    password: normalised.password,
    oauth2,
    from: fromList[0],
    to,
    cc: parseMailboxes('cc', getInput('cc')),
    bcc: parseMailboxes('bcc', getInput('bcc')),
    replyTo: parseMailboxes('reply-to', getInput('reply-to')),
    subject: subject.trim() ? subject.replace(/\s*[\r\n]+\s*/g, ' ').trim() : undefined,
    body: body.trim() ? body : undefined,
    bodyFile: bodyFile || undefined,
    status: parseStatus(getInput('status')),
    githubToken: getInput('github-token').trim(),
    logLines: parseWholeNumber('log-lines', getInput('log-lines'), 20, 0, 200),
    timeoutSeconds: parseWholeNumber('timeout', getInput('timeout'), 30, 1, 600),
    retries: parseWholeNumber('retries', getInput('retries'), 2, 0, 10),
    debug: parseBoolean('debug', getInput('debug'), false),
    verifyOnly,
    attachments: getInput('attachments')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    ifNoFilesFound: parseIfNoFilesFound(getInput('if-no-files-found')),
    dryRun,
    ...readQuietSettings(getInput, notes, language),
    ...readReportSettings(getInput),
    language
  }
}

/** `notify-when`, `still-failing-every` and `thread`: which runs send, and how their mails hang together. */
function readQuietSettings(getInput: InputReader, notes: SettingsNotes, language: Language): Pick<Settings, 'notifyWhen' | 'stillFailingEvery' | 'thread'> {
  const notifyWhen = parseNotifyWhen(getInput('notify-when'))
  const stillFailingEvery = parseWholeNumber('still-failing-every', getInput('still-failing-every'), 1, 1, 1000)
  if (stillFailingEvery > 1 && (notifyWhen === 'always' || !notifyWhen.includes('still-failing'))) {
    notes.notices.push(WORDS[language].stillFailingEveryUnused(stillFailingEvery, notifyWhen === 'always' ? undefined : notifyWhen.join(', ')))
  }
  return { notifyWhen, stillFailingEvery, thread: parseBoolean('thread', getInput('thread'), false) }
}
