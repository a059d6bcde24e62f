import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import MailComposer from 'nodemailer/lib/mail-composer'
import type { ComposedMessage } from './compose.ts'
import { NotifyError } from './errors.ts'
import { defineWords } from './language.ts'
import type { Settings } from './settings.ts'
import { buildMail } from './mail.ts'

/** Why a preview could not be written, in every language (see language.ts). */
const WORDS = defineWords('preview', {
  notWritten: {
    en: (directory: string) => `Could not write the dry-run preview in ${directory}`,
    ko: (directory: string) => `${directory}에 미리보기(dry-run) 파일을 쓰지 못했습니다`
  },
  fix: {
    en: 'The preview is written to RUNNER_TEMP (the system temporary folder outside a runner): make sure it exists and is writable. Nothing was sent.',
    ko: '미리보기는 RUNNER_TEMP(러너 밖에서는 시스템 임시 폴더)에 씁니다. 그 폴더가 있고 쓸 수 있는지 확인하세요. 아무것도 보내지 않았습니다.'
  }
})

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
    throw new NotifyError((language) => ({
      code: 'unknown',
      title: WORDS[language].notWritten(directory),
      detail: (error as Error).message,
      fix: WORDS[language].fix,
      retryable: false
    }))
  }

  return { emlPath, messageId: mail.messageId }
}

/** Where a preview is written: the runner's temporary directory, emptied after the job. */
export function previewDirectory(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP || tmpdir()
}
