import { isAbsolute, relative, sep } from 'node:path'
import { escapeForOneLine } from './printable.ts'

/**
 * Which files `attachments` and `body-file` may read. Kept apart from the reading so the rule
 * can be tested without a file system: a repository can hold symbolic links to anything on the
 * runner (`/proc/self/environ` holds the password), so a path is judged by where it leads.
 */

/** Where files may be read from. */
export interface FilePlaces {
  /** The workspace as the runner names it: paths are shown relative to it. */
  workspace: string
  /** The workspace and RUNNER_TEMP with symbolic links resolved: every file read lies inside one of them. */
  allowed: { name: 'the workspace' | 'RUNNER_TEMP'; path: string }[]
}

export type FileKind = 'regular file' | 'directory' | 'FIFO (named pipe)' | 'character device' | 'block device' | 'socket' | 'special file'

/** What the file system says about one path, gathered before anything is opened. */
export interface PathFacts {
  /** The absolute path as named by the input or found by a pattern. */
  path: string
  /** The same path with every symbolic link resolved. */
  realPath: string
  /** True when `path` itself is a symbolic link. */
  isLink: boolean
  /** What `realPath` is. */
  kind: FileKind
}

/** True when `path` is `root` or lies below it; both absolute and normalized. */
export function isWithin(path: string, root: string): boolean {
  const rel = relative(root, path)
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`))
}

/** A path for a message: control characters escaped, so a file name cannot break the line or start a workflow command. */
export const printable = escapeForOneLine

/** The path as a user wrote it: relative to the workspace when it lies there, else absolute. */
export function shownPath(path: string, workspace: string): string {
  return printable(isWithin(path, workspace) && path !== workspace ? relative(workspace, path) : path)
}

/**
 * Why the path may not be read, or undefined when it may: it must resolve inside an allowed
 * place, and be a regular file (or, for a folder a pattern walks into, a directory).
 */
export function pathRefusal(facts: PathFacts, places: FilePlaces, wanted: 'file' | 'folder'): string | undefined {
  const shown = shownPath(facts.path, places.workspace)
  const real = printable(facts.realPath)
  const via = facts.isLink ? ` is a symbolic link to ${real}` : facts.realPath !== facts.path ? ` resolves through a symbolically linked folder to ${real}` : ''
  if (!places.allowed.some((root) => isWithin(facts.realPath, root.path))) {
    const where = places.allowed.map((root) => `${root.name} (${printable(root.path)})`).join(' and ')
    return `${shown}${via ? `${via},` : ' is'} outside ${where}`
  }
  const expected: FileKind = wanted === 'file' ? 'regular file' : 'directory'
  if (facts.kind === expected) return undefined
  return `${shown}${via ? `${via}, which` : ''} is a ${facts.kind}, not a ${expected}`
}

/** The inputs that name files to read. */
export type FileInput = 'attachments' | 'body-file' | 'test-reports'

/** How to fix a refused path, for the input that named it. */
export function refusalFix(input: FileInput): string {
  const rule =
    'Files are read only from inside the workspace or RUNNER_TEMP, after following symbolic links, and only regular files. ' +
    'A link to a file elsewhere (such as /proc/self/environ) would mail what it holds: if this link came with a change you did not write, do not run it with secrets.'
  if (input === 'body-file') return `Point \`body-file\` at a Markdown file in the repository (relative to the workspace) or in RUNNER_TEMP. ${rule}`
  const use = input === 'attachments' ? 'attach a file' : 'read a report'
  return `Narrow the pattern, or exclude this path with a \`!\` line. To ${use} from elsewhere, copy it into the workspace or RUNNER_TEMP in an earlier step. ${rule}`
}
