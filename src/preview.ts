import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MailComposer from 'nodemailer/lib/mail-composer'
import type { ComposedMessage } from './compose.ts'
import { NotifyError } from './errors.ts'
import type { Mailbox, Settings } from './settings.ts'
import { buildMail } from './send.ts'
import { escapeMarkdown } from './template.ts'

export interface Preview {
  emlPath: string
  messageId: string
  /** Markdown for the job summary. */
  summary: string
}

function mailboxList(mailboxes: Mailbox[]): string {
  return mailboxes.map((m) => escapeMarkdown(m.name ? `${m.name} <${m.address}>` : m.address)).join(', ')
}

/**
 * Builds the exact message that would be sent, with the composer a send uses, writes it as
 * an .eml file and describes it for the job summary.
 */
export async function writePreview(settings: Settings, message: ComposedMessage, directory: string): Promise<Preview> {
  const mail = buildMail(settings, message)
  // CRLF line ends, as on the wire: what mail programs expect of an .eml file.
  const eml = await new MailComposer({ ...mail, newline: 'windows' }).compile().build()
  let emlPath: string
  try {
    emlPath = join(await mkdtemp(join(directory, 'email-preview-')), 'notification.eml')
    await writeFile(emlPath, eml)
  } catch (error) {
    throw new NotifyError({
      code: 'unknown',
      title: `Could not write the dry-run preview in ${directory}`,
      detail: (error as Error).message,
      fix: 'The preview is written to RUNNER_TEMP (the system temporary folder outside a runner): make sure it exists and is writable. Nothing was sent.',
      retryable: false
    })
  }

  const rows: [string, string][] = [
    ['Subject', escapeMarkdown(message.subject)],
    ['From', mailboxList([settings.from])],
    ['To', mailboxList(settings.to)],
    ['Cc', mailboxList(settings.cc)],
    ['Bcc', mailboxList(settings.bcc)],
    ['Reply-To', mailboxList(settings.replyTo)],
    ['Attachments', (message.attachments ?? []).map((a) => `${escapeMarkdown(a.filename)} (${Math.ceil(a.content.length / 1024)} KB)`).join(', ')],
    ['Message file', `\`${emlPath}\` (output \`eml-path\`)`]
  ]
  const summary = [
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
  return { emlPath, messageId: mail.messageId, summary }
}

/** Where a preview is written: the runner's temporary directory, emptied after the job. */
export function previewDirectory(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || tmpdir()
}
