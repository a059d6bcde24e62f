import { readFile, stat } from 'node:fs/promises'
import { basename, relative, resolve, sep } from 'node:path'
import { InputError, NotifyError } from './errors.ts'
import { checkPlaceholders } from './template.ts'

/** The directory relative paths are taken from: the workspace on a runner. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return env.GITHUB_WORKSPACE || process.cwd()
}

/** Reads the Markdown template named by `body-file` and checks its placeholders. */
export async function readBodyFile(path: string, workspace: string): Promise<string> {
  const fullPath = resolve(workspace, path)
  let text: string
  try {
    text = await readFile(fullPath, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new InputError(
      'body-file',
      `cannot read ${fullPath} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : (error as Error).message})`,
      'Give the path of a Markdown file relative to the workspace, and check the repository out first (actions/checkout) when the file is part of it.'
    )
  }
  checkPlaceholders('body-file', text)
  if (!text.trim())
    throw new InputError('body-file', `${fullPath} is empty`, 'Write the message in the file, or leave `body-file` empty for the generated notification.')
  return text
}

/** A file matched by `attachments`. */
export interface FoundFile {
  path: string
  /** The name the recipient sees. */
  filename: string
  size: number
}

export interface AttachmentSearch {
  files: FoundFile[]
  /** Patterns that matched no file. */
  unmatched: string[]
}

/** Gmail takes 25 MB of attachments in one message (about 35 MB once base64-encoded). */
export const ATTACHMENT_LIMIT_BYTES = 25 * 1024 * 1024

/**
 * Finds the files of the `attachments` patterns, relative to the workspace, in the way
 * actions/upload-artifact reads its `path`: one pattern a line, `!` excludes, a directory
 * means the files in it. Each file is attached once.
 */
export async function findAttachments(patterns: string[], workspace: string): Promise<AttachmentSearch> {
  // Loaded only when there is something to attach.
  const { glob } = await import('tinyglobby')
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim())
  const found = new Map<string, FoundFile>()
  const unmatched: string[] = []
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    const paths = await glob(pattern, { cwd: workspace, ignore: excludes, absolute: true, onlyFiles: true, expandDirectories: true })
    if (!paths.length) unmatched.push(pattern)
    for (const path of paths.sort()) {
      if (!found.has(path)) found.set(path, { path, filename: basename(path), size: (await stat(path)).size })
    }
  }
  const files = [...found.values()]
  // Two files of the same name from different folders get their workspace path as name.
  for (const file of files) {
    if (files.filter((other) => other.filename === file.filename).length > 1) {
      file.filename = relative(workspace, file.path).split(sep).join('_')
    }
  }
  return { files, unmatched }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Fails before any connection when the attachments cannot go through Gmail, so the step
 * says so now instead of after a long upload ends in a 552.
 */
export function checkAttachmentSize(files: FoundFile[], messageBytes: number): void {
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total + messageBytes <= ATTACHMENT_LIMIT_BYTES) return
  const largest = [...files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((file) => `${file.filename} (${megabytes(file.size)})`)
    .join(', ')
  throw new NotifyError({
    code: 'message-too-large',
    title: `The attachments total ${megabytes(total)}, over the 25 MB Gmail accepts in one message`,
    fix:
      `Upload large files with actions/upload-artifact and link to them instead: the run's page ({{ run_url }} in \`body\`) lists its artifacts. ` +
      `Or narrow \`attachments\`; the largest files are ${largest}.`,
    retryable: false
  })
}

/** Reads the files to attach into memory (at most 25 MB). */
export async function readAttachments(files: FoundFile[]): Promise<{ filename: string; content: Buffer }[]> {
  return Promise.all(
    files.map(async (file) => {
      try {
        return { filename: file.filename, content: await readFile(file.path) }
      } catch (error) {
        throw new InputError(
          'attachments',
          `could not read ${file.path}: ${(error as Error).message}`,
          'Make sure an earlier step created the file and the runner user can read it, or narrow the pattern.'
        )
      }
    })
  )
}
