import type { ComposedMessage } from './compose.ts'
import { diagnose, inputNames, recipientRefusal, type ConnectionFacts, type RecipientRefusal } from './diagnose.ts'
import { NotifyError, type Diagnosis } from './errors.ts'
import type { Core } from './main.ts'
import type { Preview } from './preview.ts'
import { codeBlock, escapeControlCharacters } from './printable.ts'
import type { SendResult } from './send.ts'
import { hasCredentials, hostAndPort, type Mailbox, type Settings } from './settings.ts'
import { escapeMarkdown } from './template.ts'
import type { Transition } from './history.ts'

// What the person running the workflow reads about the outcome: the log lines, the
// annotation, the job summary and the outputs. The diagnosis decides the code and the
// facts of a failure; this module words them and says them in each place.

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

/**
 * The text of a failure as shown in the annotation and the log. The reply and the error
 * come from the server or the system: control characters (an ESC, a NUL) are shown escaped.
 */
export function describeFailure(diagnosis: Diagnosis): string {
  const lines = [`${diagnosis.title} [error-code: ${diagnosis.code}]`]
  if (diagnosis.reply) lines.push(`Server replied: ${diagnosis.reply}`)
  if (diagnosis.detail) lines.push(`Error: ${diagnosis.detail}`)
  lines.push(`How to fix: ${diagnosis.fix}`)
  return escapeControlCharacters(lines.join('\n'))
}

/** The job summary of a failure; a reply or error sits in a code block it cannot close. */
export function failureSummary(diagnosis: Diagnosis): string {
  return [
    `### ✖ Email notification not sent: ${escapeControlCharacters(diagnosis.title)}`,
    '',
    `**error-code:** \`${diagnosis.code}\``,
    '',
    ...(diagnosis.reply ? ['**Server replied:**', '', ...codeBlock(diagnosis.reply), ''] : []),
    ...(diagnosis.detail ? ['**Error:**', '', ...codeBlock(diagnosis.detail), ''] : []),
    `**How to fix:** ${escapeControlCharacters(diagnosis.fix)}`,
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

/** Why a recipient was refused, in a few words, for the list of refusals. */
const REFUSAL_REASONS: Record<RecipientRefusal, string> = {
  'not-valid': 'not a valid address',
  'unknown-mailbox': 'the server does not know that mailbox',
  'relay-denied': 'the server will not relay to it',
  deferred: 'deferred until the retries ran out',
  other: 'refused'
}

/** The server's refusals of recipients, and the one message that says so. */
export function describeRejections(server: string, result: Pick<SendResult, 'accepted' | 'rejections'>): string {
  const { rejections } = result
  const refused = rejections
    .map((r) => `${r.address}${r.inputs.length ? ` in ${inputNames(r.inputs)}` : ''}, ${REFUSAL_REASONS[recipientRefusal(r.reply)]} (${r.reply})`)
    .join('; ')
  const others = result.accepted.length
  const one = rejections.length === 1
  const inputs = inputNames(['to', 'cc', 'bcc'].filter((input) => rejections.some((r) => r.inputs.includes(input))))
  const advice = rejections.every((r) => recipientRefusal(r.reply) === 'deferred')
    ? `re-run the job to reach ${one ? 'it' : 'them'}, or raise \`retries\``
    : `correct or remove the refused ${one ? 'address' : 'addresses'} in ${inputs}`
  return `${server} refused ${one ? 'a recipient' : `${rejections.length} recipients`}: ${refused}. The message went to the other ${others === 1 ? 'recipient' : `${others} recipients`}; ${advice}.`
}

/** `smtp.gmail.com:465 (TLS)` */
export function endpoint(settings: Pick<Settings, 'server' | 'port' | 'secure'>): string {
  return `${hostAndPort(settings.server, settings.port)} (${settings.secure ? 'TLS' : 'STARTTLS'})`
}

function mailboxList(mailboxes: Mailbox[]): string {
  return mailboxes.map((m) => escapeMarkdown(m.name ? `${m.name} <${m.address}>` : m.address)).join(', ')
}

/** The job summary of a dry run: the headers, the file and the message as it would be read. */
export function previewSummary(settings: Settings, message: ComposedMessage, preview: Preview): string {
  const rows: [string, string][] = [
    ['Subject', escapeMarkdown(message.subject)],
    ['From', mailboxList([settings.from])],
    ['To', mailboxList(settings.to)],
    ['Cc', mailboxList(settings.cc)],
    ['Bcc', mailboxList(settings.bcc)],
    ['Reply-To', mailboxList(settings.replyTo)],
    ['Attachments', (message.attachments ?? []).map((a) => `${escapeMarkdown(a.filename)} (${Math.ceil(a.content.length / 1024)} KB)`).join(', ')],
    ['Message file', `\`${preview.emlPath}\` (output \`eml-path\`)`]
  ]
  return [
    '### Email notification preview: nothing was sent (`dry-run`)',
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

/** Says the outcome of a run in the log, the job summary and the outputs, secrets masked. */
export interface Report {
  /** `verify-only` is about to connect and log in. */
  verifying(settings: Settings): void
  /** The login check of `verify-only` succeeded; `loggedIn` is false for a relay without credentials. */
  verified(settings: Settings, loggedIn: boolean): Promise<void>
  /** A dry run composed the message and wrote it to a file. */
  previewed(settings: Settings, message: ComposedMessage, preview: Preview): Promise<void>
  /** `notify-when` does not list this run's transition: nothing is sent, and the step passes. */
  skipped(transition: Transition, why: string): Promise<void>
  /** The message is about to be handed to the server. */
  sending(settings: Settings, message: ComposedMessage): void
  /** The server accepted the message for at least one recipient. */
  sent(settings: Settings, message: ComposedMessage, result: SendResult): Promise<void>
  /** Reports a failure everywhere but the annotation, and returns the annotation's text. */
  failed(error: unknown, facts: ConnectionFacts): Promise<string>
}

export function createReport(core: Core, env: NodeJS.ProcessEnv, mask: (text: string) => string): Report {
  const summarise = async (markdown: string) => {
    // The summary file exists only on a runner; a local run just skips it.
    if (!env.GITHUB_STEP_SUMMARY) return
    try {
      core.summary.addRaw(markdown, true)
      await core.summary.write()
    } catch (error) {
      core.warning(`Could not write the job summary: ${(error as Error).message}`)
    }
  }

  return {
    verifying(settings) {
      core.info(
        hasCredentials(settings)
          ? `Logging in to ${endpoint(settings)} as ${settings.username}; verify-only, so nothing is sent.`
          : `Connecting to ${endpoint(settings)} without a login (\`password\` is empty); verify-only, so nothing is sent.`
      )
    },

    async verified(settings, loggedIn) {
      if (!loggedIn) {
        // Only reached without credentials: the connection and TLS were checked, no login was.
        const connected = `Connected to ${endpoint(settings)}, encrypted; no login was tried, because \`password\` is empty. Whether the server takes mail without one shows only when sending. No message was sent (verify-only).`
        core.info(connected)
        await summarise(`### ✔ Email connection verified, without a login\n\n${connected}\n`)
        return
      }
      core.info(`Login accepted: ${settings.server} accepted the credentials of ${settings.username}. No message was sent (verify-only).`)
      await summarise(
        `### ✔ Email login verified\n\n${hostAndPort(settings.server, settings.port)} accepted the credentials of ${settings.username}. No message was sent (\`verify-only\`).\n`
      )
    },

    async previewed(settings, message, preview) {
      core.setOutput('eml-path', preview.emlPath)
      core.setOutput('message-id', preview.messageId)
      core.info(`Dry run: composed "${message.subject}" and wrote it to ${preview.emlPath}; nothing was sent and no connection was opened.`)
      await summarise(previewSummary(settings, message, preview))
    },

    async skipped(transition, why) {
      core.info(`No email sent: ${why}.`)
      await summarise(`### Email notification not sent: this run is ${transition}\n\n${why[0].toUpperCase()}${why.slice(1)}.\n`)
    },

    sending(settings, message) {
      const recipients = settings.to.length + settings.cc.length + settings.bcc.length
      core.info(`Sending "${message.subject}" to ${plural(recipients, 'recipient')} through ${endpoint(settings)}.`)
    },

    async sent(settings, message, result) {
      core.setOutput('message-id', result.messageId)
      core.setOutput('accepted', result.accepted.join(','))
      core.setOutput('rejected', result.rejected.join(','))
      const refusals = result.rejections.length ? mask(describeRejections(settings.server, result)) : ''
      if (refusals) core.warning(refusals)
      core.info(`Sent ${result.messageId}: ${settings.server} accepted it for ${plural(result.accepted.length, 'recipient')}.`)
      await summarise(
        `### ✔ Email notification sent\n\n**${escapeMarkdown(message.subject)}** to ${plural(result.accepted.length, 'recipient')} through ${settings.server}.\n` +
          (refusals ? `\n**Refused:** ${escapeControlCharacters(refusals)}\n` : '')
      )
    },

    async failed(error, facts) {
      const diagnosis = maskDiagnosis(diagnose(error, facts), mask)
      core.setOutput('error-code', diagnosis.code)
      if (error instanceof NotifyError && error.delivery) {
        const { messageId, accepted, rejected } = error.delivery
        // Left out when nobody accepted the message: nothing was sent.
        if (messageId) core.setOutput('message-id', messageId)
        core.setOutput('accepted', accepted.join(','))
        core.setOutput('rejected', rejected.join(','))
        if (accepted.length) core.warning(`Before this failure the message went to ${plural(accepted.length, 'recipient')}: ${accepted.join(', ')}.`)
      }
      await summarise(failureSummary(diagnosis))
      return describeFailure(diagnosis)
    }
  }
}
