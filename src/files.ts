import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { InputError } from './errors.ts'
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
  if (!text.trim()) throw new InputError('body-file', `${fullPath} is empty`, 'Write the message in the file, or leave `body-file` empty for the generated notification.')
  return text
}
