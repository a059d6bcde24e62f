import type { ComposedMessage } from './compose.ts'
import type { ConnectionFacts } from './diagnose.ts'
import { inputNames, recipientRefusal, type RecipientRefusal } from './recipients.ts'
import { NotifyError, type Delivery, type Diagnosis } from './errors.ts'
import type { Core } from './main.ts'
import type { Preview } from './preview.ts'
import type { PortNotTaken, PortSetting } from './providers.ts'
import { codeBlock, escapeControlCharacters } from './printable.ts'
import { envelopeRecipients, type SendResult } from './send.ts'
import { hasCredentials, hostAndPort, type Mailbox, type Settings } from './settings.ts'
import { escapeMarkdown, placeholdersEmptyForGood, type EmptyForGood } from './template.ts'
import type { Transition } from './history.ts'
import { DEFAULT_LANGUAGE, defineWords, listOf, plural, type Language } from './language.ts'

// What the person running the workflow reads about the outcome: the log lines, the
// annotation, the job summary and the outputs. The diagnosis decides the code and the
// facts of a failure; this module words them and says them in each place, in the language
// of the settings (the report of a failure: in the language of its facts).

/** Every text of the report, in every language (see language.ts). */
const WORDS = defineWords('report', {
  serverReplied: { en: 'Server replied', ko: '서버 응답' },
  error: { en: 'Error', ko: '오류' },
  howToFix: { en: 'How to fix', ko: '해결 방법' },
  notSent: { en: 'Email notification not sent', ko: '이메일 알림을 보내지 못했습니다' },
  /** Why a recipient was refused, in a few words, for the list of refusals. */
  refusalReason: {
    en: (refusal: RecipientRefusal): string =>
      ({
        'not-valid': 'not a valid address',
        'unknown-mailbox': 'the server does not know that mailbox',
        'relay-denied': 'the server will not relay to it',
        deferred: 'deferred until the retries ran out',
        other: 'refused'
      })[refusal],
    ko: (refusal: RecipientRefusal): string =>
      ({
        'not-valid': '올바른 주소가 아님',
        'unknown-mailbox': '서버에 그 메일함이 없음',
        'relay-denied': '서버가 그 주소로 중계하지 않음',
        deferred: '재시도가 끝날 때까지 미뤄짐',
        other: '거절됨'
      })[refusal]
  },
  /** One refused address: "a@x in `to`, not a valid address (550 …)". */
  refusedAddress: {
    en: (address: string, inputs: string, reason: string, reply: string) => `${address}${inputs ? ` in ${inputs}` : ''}, ${reason} (${reply})`,
    ko: (address: string, inputs: string, reason: string, reply: string) => `${address}${inputs ? `(${inputs})` : ''}: ${reason} (${reply})`
  },
  /** The warning about refused recipients when others got the message. */
  rejections: {
    en: (server: string, refused: string, count: number, others: number, deferredOnly: boolean, inputs: string) => {
      const one = count === 1
      const advice = deferredOnly
        ? `re-run the job to reach ${one ? 'it' : 'them'}, or raise \`retries\``
        : `correct or remove the refused ${one ? 'address' : 'addresses'} in ${inputs}`
      return `${server} refused ${one ? 'a recipient' : `${count} recipients`}: ${refused}. The message went to the other ${others === 1 ? 'recipient' : `${others} recipients`}; ${advice}.`
    },
    ko: (server: string, refused: string, count: number, others: number, deferredOnly: boolean, inputs: string) => {
      const advice = deferredOnly ? '작업(job)을 다시 실행해 보내거나 `retries`를 늘리세요' : `${inputs}에서 거절된 주소를 고치거나 지우세요`
      return `${server} 서버가 받는 사람 ${count}명을 거절했습니다: ${refused}. 메시지는 나머지 받는 사람 ${others}명에게 갔습니다. ${advice}.`
    }
  },
  subject: { en: 'Subject', ko: '제목' },
  from: { en: 'From', ko: '보낸 사람' },
  to: { en: 'To', ko: '받는 사람' },
  cc: { en: 'Cc', ko: '참조' },
  bcc: { en: 'Bcc', ko: '숨은 참조' },
  replyTo: { en: 'Reply-To', ko: '회신 주소' },
  attachments: { en: 'Attachments', ko: '첨부 파일' },
  messageFile: { en: 'Message file', ko: '메시지 파일' },
  emlPath: { en: (path: string) => `\`${path}\` (output \`eml-path\`)`, ko: (path: string) => `\`${path}\` (출력 \`eml-path\`)` },
  previewHeading: { en: '### Email notification preview: nothing was sent (`dry-run`)', ko: '### 이메일 알림 미리보기: 아무것도 보내지 않았습니다(`dry-run`)' },
  summaryNotWritten: {
    en: (why: string) => `Could not write the job summary: ${why}`,
    ko: (why: string) => `작업 요약(job summary)을 쓰지 못했습니다: ${why}`
  },
  loggingIn: {
    en: (endpoint: string, username: string) => `Logging in to ${endpoint} as ${username}; verify-only, so nothing is sent.`,
    ko: (endpoint: string, username: string) => `${endpoint}에 ${username} 계정으로 로그인합니다. verify-only이므로 아무것도 보내지 않습니다.`
  },
  connectingWithoutLogin: {
    en: (endpoint: string) => `Connecting to ${endpoint} without a login (\`password\` is empty); verify-only, so nothing is sent.`,
    ko: (endpoint: string) => `${endpoint}에 로그인 없이 연결합니다(\`password\`가 비어 있음). verify-only이므로 아무것도 보내지 않습니다.`
  },
  connectedWithoutLogin: {
    en: (endpoint: string) =>
      `Connected to ${endpoint}, encrypted; no login was tried, because \`password\` is empty. Whether the server takes mail without one shows only when sending. No message was sent (verify-only).`,
    ko: (endpoint: string) =>
      `${endpoint}에 암호화된 연결로 연결했습니다. \`password\`가 비어 있어 로그인은 시도하지 않았습니다. 서버가 로그인 없이 메일을 받는지는 보낼 때에만 알 수 있습니다. 메시지는 보내지 않았습니다(verify-only).`
  },
  connectionVerified: { en: '### ✔ Email connection verified, without a login', ko: '### ✔ 이메일 연결 확인됨(로그인 없음)' },
  loginAccepted: {
    en: (server: string, username: string) => `Login accepted: ${server} accepted the credentials of ${username}. No message was sent (verify-only).`,
    ko: (server: string, username: string) =>
      `로그인 성공: ${server} 서버가 ${username} 계정의 인증 정보를 받아들였습니다. 메시지는 보내지 않았습니다(verify-only).`
  },
  loginVerified: {
    en: (hostPort: string, username: string) =>
      `### ✔ Email login verified\n\n${hostPort} accepted the credentials of ${username}. No message was sent (\`verify-only\`).\n`,
    ko: (hostPort: string, username: string) =>
      `### ✔ 이메일 로그인 확인됨\n\n${hostPort} 서버가 ${username} 계정의 인증 정보를 받아들였습니다. 메시지는 보내지 않았습니다(\`verify-only\`).\n`
  },
  previewed: {
    en: (subject: string, path: string) => `Dry run: composed "${subject}" and wrote it to ${path}; nothing was sent and no connection was opened.`,
    ko: (subject: string, path: string) =>
      `미리보기(dry-run): "${subject}" 메시지를 만들어 ${path}에 저장했습니다. 아무것도 보내지 않았고 연결도 열지 않았습니다.`
  },
  skipped: { en: (why: string) => `No email sent: ${why}.`, ko: (why: string) => `이메일을 보내지 않았습니다: ${why}.` },
  skippedSummary: {
    // The heading shows the `transition` output as it is; the line below says it in words.
    en: (transition: Transition, why: string) => `### Email notification not sent (\`transition: ${transition}\`)\n\n${why[0].toUpperCase()}${why.slice(1)}.\n`,
    ko: (transition: Transition, why: string) =>
      `### 이메일 알림을 보내지 않았습니다(\`transition: ${transition}\`)\n\n${why[0].toUpperCase()}${why.slice(1)}.\n`
  },
  sending: {
    en: (subject: string, recipients: number, endpoint: string) => `Sending "${subject}" to ${plural(recipients, 'recipient')} through ${endpoint}.`,
    ko: (subject: string, recipients: number, endpoint: string) => `"${subject}" 메시지를 ${endpoint} 서버로 받는 사람 ${recipients}명에게 보냅니다.`
  },
  sent: {
    en: (messageId: string, server: string, accepted: number) => `Sent ${messageId}: ${server} accepted it for ${plural(accepted, 'recipient')}.`,
    ko: (messageId: string, server: string, accepted: number) =>
      `${messageId} 메시지를 보냈습니다: ${server} 서버가 받는 사람 ${accepted}명에 대해 받아들였습니다.`
  },
  sentSummary: {
    en: (subject: string, accepted: number, server: string) =>
      `### ✔ Email notification sent\n\n**${subject}** to ${plural(accepted, 'recipient')} through ${server}.\n`,
    ko: (subject: string, accepted: number, server: string) =>
      `### ✔ 이메일 알림을 보냈습니다\n\n**${subject}** 메시지를 ${server} 서버로 받는 사람 ${accepted}명에게 보냈습니다.\n`
  },
  refused: { en: 'Refused', ko: '거절됨' },
  /** Placeholders that an empty input leaves empty in every run: `{{ failed_tests }} in \`body\``. */
  emptyForGood: {
    en: ({ source, placeholders }: EmptyForGood, listed: string, where: string) => {
      const one = placeholders.length === 1
      return source === 'test-reports'
        ? `${listed} in ${where} ${one ? 'has' : 'have'} nothing to show: \`test-reports\` is empty, so no test report is read. ` +
            `Set \`test-reports\` to the JUnit XML reports of the tests (one glob pattern a line), or take ${listed} out of ${where}.`
        : `${listed} in ${where} can never list a job: \`github-token\` is empty, so the GitHub API is never asked for the failed jobs. ` +
            `Set \`github-token\` (its default, \`\${{ github.token }}\`, with \`actions: read\`), or take ${listed} out of ${where}.`
    },
    ko: ({ source }: EmptyForGood, listed: string, where: string) =>
      source === 'test-reports'
        ? `${where}의 ${listed}에는 보여 줄 것이 없습니다: \`test-reports\`가 비어 있어 테스트 보고서를 읽지 않습니다. ` +
          `\`test-reports\`에 테스트의 JUnit XML 보고서를 지정하거나(한 줄에 glob 패턴 하나) ${where}에서 ${listed}을(를) 빼세요.`
        : `${where}의 ${listed}에는 작업이 나올 수 없습니다: \`github-token\`이 비어 있어 실패한 작업을 GitHub API에 묻지 않습니다. ` +
          `\`github-token\`을 설정하거나(기본값 \`\${{ github.token }}\`, \`actions: read\` 권한 필요) ${where}에서 ${listed}을(를) 빼세요.`
  },
  /** Before connecting: `server` is a provider's host, and `port` with `secure` is not a setting it takes. */
  portNotTaken: {
    en: (provider: string, given: PortSetting, fix: string, run: PortCheckedFor) =>
      `By this action's list of providers, ${provider} does not take mail on \`port: ${given.port}\` with \`secure: ${given.secure}\`. ${fix} ` +
      {
        send: 'Connecting with these settings anyway, in case the list is out of date.',
        verify: 'Checking the login with these settings anyway, in case the list is out of date.',
        'dry-run': 'A run without `dry-run` would still connect with these settings, in case the list is out of date.'
      }[run],
    ko: (provider: string, given: PortSetting, fix: string, run: PortCheckedFor) =>
      `이 액션의 공급자 목록에 따르면 \`port: ${given.port}\`, \`secure: ${given.secure}\`는 ${provider}에서 메일을 받는 설정이 아닙니다. ${fix} ` +
      {
        send: '목록이 오래되었을 수도 있으므로 이 설정 그대로 연결합니다.',
        verify: '목록이 오래되었을 수도 있으므로 이 설정 그대로 로그인을 확인합니다.',
        'dry-run': '목록이 오래되었을 수도 있으므로 `dry-run` 없이 실행하면 이 설정 그대로 연결합니다.'
      }[run]
  },
  /** The fix of a failed connection whose port fix the warning before connecting already gave in full. */
  portFixAsWarned: {
    en: (provider: string, recommended: PortSetting) =>
      `Set \`port: ${recommended.port}\` and \`secure: ${recommended.secure}\`; the warning before connecting says which settings ${provider} takes.`,
    ko: (provider: string, recommended: PortSetting) =>
      `\`port: ${recommended.port}\`, \`secure: ${recommended.secure}\`로 설정하세요. ${provider}에서 받는 설정은 연결 전에 낸 경고에 있습니다.`
  },
  reachedBefore: {
    en: (accepted: string[]) => `Before this failure the message went to ${plural(accepted.length, 'recipient')}: ${accepted.join(', ')}.`,
    ko: (accepted: string[]) => `이 실패 전에 메시지가 받는 사람 ${accepted.length}명에게 갔습니다: ${accepted.join(', ')}.`
  }
})

/** What the run does with a port the provider does not take: send on it, check the login on it, or (a dry run) neither. */
type PortCheckedFor = 'send' | 'verify' | 'dry-run'

/**
 * The text of a failure as shown in the annotation and the log. The reply and the error
 * come from the server or the system: control characters (an ESC, a NUL) are shown escaped.
 */
export function describeFailure(diagnosis: Diagnosis, language: Language = DEFAULT_LANGUAGE): string {
  const words = WORDS[language]
  const lines = [`${diagnosis.title} [error-code: ${diagnosis.code}]`]
  if (diagnosis.reply) lines.push(`${words.serverReplied}: ${diagnosis.reply}`)
  if (diagnosis.detail) lines.push(`${words.error}: ${diagnosis.detail}`)
  lines.push(`${words.howToFix}: ${diagnosis.fix}`)
  return escapeControlCharacters(lines.join('\n'))
}

/** The job summary of a failure; a reply or error sits in a code block it cannot close. */
export function failureSummary(diagnosis: Diagnosis, language: Language = DEFAULT_LANGUAGE): string {
  const words = WORDS[language]
  return [
    `### ✖ ${words.notSent}: ${escapeControlCharacters(diagnosis.title)}`,
    '',
    `**error-code:** \`${diagnosis.code}\``,
    '',
    ...(diagnosis.reply ? [`**${words.serverReplied}:**`, '', ...codeBlock(diagnosis.reply), ''] : []),
    ...(diagnosis.detail ? [`**${words.error}:**`, '', ...codeBlock(diagnosis.detail), ''] : []),
    `**${words.howToFix}:** ${escapeControlCharacters(diagnosis.fix)}`,
    ''
  ].join('\n')
}

/** The diagnosis with every secret form masked in each text it holds. */
export function maskDiagnosis(diagnosis: Diagnosis, mask: (text: string) => string): Diagnosis {
  return {
    ...diagnosis,
    title: mask(diagnosis.title),
    reply: diagnosis.reply && mask(diagnosis.reply),
    detail: diagnosis.detail && mask(diagnosis.detail),
    fix: mask(diagnosis.fix)
  }
}

/** The server's refusals of recipients, and the one message that says so. */
export function describeRejections(server: string, result: Pick<SendResult, 'accepted' | 'rejections'>, language: Language = DEFAULT_LANGUAGE): string {
  const words = WORDS[language]
  const { rejections } = result
  const refused = rejections
    .map((r) => words.refusedAddress(r.address, r.inputs.length ? inputNames(r.inputs, language) : '', words.refusalReason(recipientRefusal(r.reply)), r.reply))
    .join('; ')
  const inputs = inputNames(
    ['to', 'cc', 'bcc'].filter((input) => rejections.some((r) => r.inputs.includes(input))),
    language
  )
  const deferredOnly = rejections.every((r) => recipientRefusal(r.reply) === 'deferred')
  return words.rejections(server, refused, rejections.length, result.accepted.length, deferredOnly, inputs)
}

/** `smtp.gmail.com:465 (TLS)` */
export function endpoint(settings: Pick<Settings, 'server' | 'port' | 'secure'>): string {
  return `${hostAndPort(settings.server, settings.port)} (${settings.secure ? 'TLS' : 'STARTTLS'})`
}

function mailboxList(mailboxes: Mailbox[]): string {
  return mailboxes.map((m) => escapeMarkdown(m.name ? `${m.name} <${m.address}>` : m.address)).join(', ')
}

/** The job summary of a dry run: the headers, the file and the message as it would be read. */
function previewSummary(settings: Settings, message: ComposedMessage, preview: Preview): string {
  const words = WORDS[settings.language ?? DEFAULT_LANGUAGE]
  const rows: [string, string][] = [
    [words.subject, escapeMarkdown(message.subject)],
    [words.from, mailboxList([settings.from])],
    [words.to, mailboxList(settings.to)],
    [words.cc, mailboxList(settings.cc)],
    [words.bcc, mailboxList(settings.bcc)],
    [words.replyTo, mailboxList(settings.replyTo)],
    [words.attachments, (message.attachments ?? []).map((a) => `${escapeMarkdown(a.filename)} (${Math.ceil(a.content.length / 1024)} KB)`).join(', ')],
    [words.messageFile, words.emlPath(preview.emlPath)]
  ]
  return [
    words.previewHeading,
    '',
    '| | |',
    '|---|---|',
    ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`),
    '',
    '---',
    '',
    message.htmlContent,
    ''
  ].join('\n')
}

/** Says the outcome of a run in the log, the job summary and the outputs, secrets masked, in the language of the settings. */
export interface Report {
  /** `verify-only` is about to connect and log in. */
  verifying(settings: Settings): void
  /** The login check of `verify-only` succeeded; `loggedIn` is false for a relay without credentials. */
  verified(settings: Settings, loggedIn: boolean): Promise<void>
  /** A dry run composed the message and wrote it to a file. */
  previewed(settings: Settings, message: ComposedMessage, preview: Preview): Promise<void>
  /** `notify-when` does not list this run's transition: nothing is sent, and the step passes. */
  skipped(settings: Settings, transition: Transition, why: string): Promise<void>
  /** The message is about to be handed to the server. */
  sending(settings: Settings, message: ComposedMessage): void
  /** The server accepted the message for at least one recipient. */
  sent(settings: Settings, message: ComposedMessage, result: SendResult): Promise<void>
  /** Warns about each placeholder of the subject or `body` (the text of `body` or `body-file`) that these settings leave empty in every run. */
  placeholdersEmptyForGood(settings: Settings, body: string | undefined): void
  /** Warns, before connecting, that `server` is a provider's host and `port` with `secure` is not a setting it takes. */
  portNotTaken(settings: Settings, notTaken: PortNotTaken): void
  /** Reports a failure everywhere but the annotation, and returns the annotation's text; worded in the language of `facts`. */
  failed(error: unknown, facts: ConnectionFacts): Promise<string>
}

export function createReport(core: Core, env: NodeJS.ProcessEnv, mask: (text: string) => string): Report {
  const summarise = async (markdown: string, language: Language) => {
    // The summary file exists only on a runner; a local run just skips it.
    if (!env.GITHUB_STEP_SUMMARY) return
    try {
      core.summary.addRaw(markdown, true)
      await core.summary.write()
    } catch (error) {
      core.warning(WORDS[language ?? DEFAULT_LANGUAGE].summaryNotWritten((error as Error).message))
    }
  }
  const wordsOf = (settings: Pick<Settings, 'language'>) => WORDS[settings.language ?? DEFAULT_LANGUAGE]
  /** What the warning before connecting said of the port, if it said anything. */
  let portWarning: PortNotTaken | undefined

  /** Who has the message: after a send, or after a failure that came once some recipients were reached or refused. */
  const setDeliveryOutputs = ({ messageId, accepted, rejected }: Delivery) => {
    // Left out when nobody accepted the message: nothing was sent.
    if (messageId) core.setOutput('message-id', messageId)
    core.setOutput('accepted', accepted.join(','))
    core.setOutput('rejected', rejected.join(','))
  }

  return {
    verifying(settings) {
      const words = wordsOf(settings)
      core.info(hasCredentials(settings) ? words.loggingIn(endpoint(settings), settings.username) : words.connectingWithoutLogin(endpoint(settings)))
    },

    async verified(settings, loggedIn) {
      const words = wordsOf(settings)
      if (!loggedIn) {
        // Only reached without credentials: the connection and TLS were checked, no login was.
        const connected = words.connectedWithoutLogin(endpoint(settings))
        core.info(connected)
        await summarise(`${words.connectionVerified}\n\n${connected}\n`, settings.language)
        return
      }
      core.info(words.loginAccepted(settings.server, settings.username))
      await summarise(words.loginVerified(hostAndPort(settings.server, settings.port), settings.username), settings.language)
    },

    async previewed(settings, message, preview) {
      core.setOutput('eml-path', preview.emlPath)
      core.setOutput('message-id', preview.messageId)
      core.info(wordsOf(settings).previewed(message.subject, preview.emlPath))
      await summarise(previewSummary(settings, message, preview), settings.language)
    },

    async skipped(settings, transition, why) {
      const words = wordsOf(settings)
      core.info(words.skipped(why))
      await summarise(words.skippedSummary(transition, why), settings.language)
    },

    sending(settings, message) {
      // Each address once, as the envelope has it: a repeat would read as a lost recipient once sent.
      core.info(wordsOf(settings).sending(message.subject, envelopeRecipients(settings).length, endpoint(settings)))
    },

    async sent(settings, message, result) {
      const words = wordsOf(settings)
      setDeliveryOutputs(result)
      const refusals = result.rejections.length ? mask(describeRejections(settings.server, result, settings.language)) : ''
      if (refusals) core.warning(refusals)
      core.info(words.sent(result.messageId, settings.server, result.accepted.length))
      await summarise(
        words.sentSummary(escapeMarkdown(message.subject), result.accepted.length, settings.server) +
          (refusals ? `\n**${words.refused}:** ${escapeControlCharacters(refusals)}\n` : ''),
        settings.language
      )
    },

    placeholdersEmptyForGood(settings, body) {
      const language = settings.language ?? DEFAULT_LANGUAGE
      const templates = [
        { input: 'subject', template: settings.subject },
        { input: settings.bodyFile ? 'body-file' : 'body', template: body }
      ]
      for (const empty of placeholdersEmptyForGood(templates, settings)) {
        const where = listOf(
          empty.inputs.map((input) => `\`${input}\``),
          language
        )
        core.warning(WORDS[language].emptyForGood(empty, listOf(empty.placeholders, language), where))
      }
    },

    portNotTaken(settings, notTaken) {
      portWarning = notTaken
      const run: PortCheckedFor = settings.verifyOnly ? 'verify' : settings.dryRun ? 'dry-run' : 'send'
      core.warning(mask(wordsOf(settings).portNotTaken(notTaken.provider, settings, notTaken.fix, run)))
    },

    async failed(error, facts) {
      const language = facts.language ?? DEFAULT_LANGUAGE
      // Loaded only now: a run that succeeds never needs the diagnoses.
      const { diagnose } = await import('./diagnose.ts')
      const diagnosed = diagnose(error, facts)
      // The provider's words on its ports were said once, before connecting: the fix points there.
      const fix =
        portWarning && diagnosed.fix === portWarning.fix ? WORDS[language].portFixAsWarned(portWarning.provider, portWarning.recommended) : diagnosed.fix
      const diagnosis = maskDiagnosis({ ...diagnosed, fix }, mask)
      core.setOutput('error-code', diagnosis.code)
      if (error instanceof NotifyError && error.delivery) {
        setDeliveryOutputs(error.delivery)
        const { accepted } = error.delivery
        if (accepted.length) core.warning(WORDS[language].reachedBefore(accepted))
      }
      await summarise(failureSummary(diagnosis, language), language)
      return describeFailure(diagnosis, language)
    }
  }
}
