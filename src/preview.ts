import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MailComposer from 'nodemailer/lib/mail-composer'
import type { ComposedMessage } from './compose.ts'
import { NotifyError } from './errors.ts'
import type { Settings } from './settings.ts'
import { buildMail } from './mail.ts'

/** Where a dry run wrote the message. */
export interface Preview {
  emlPath: string
  messageId: string
}

/** Builds the exact message that would be sent, with the composer a send uses, and writes it as an .eml file. */
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

  return { emlPath, messageId: mail.messageId }
}

/** Where a preview is written: the runner's temporary directory, emptied after the job. */
export function previewDirectory(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || tmpdir()
}
