import { constants, lstatSync, readdir as readdirWithCallback, realpath as realpathWithCallback, type Dirent, type Stats } from 'node:fs'
import { lstat, open, realpath } from 'node:fs/promises'
import { basename, relative, resolve, sep } from 'node:path'
import { inputErrorIn, NotifyError, type InputProblem } from './errors.ts'
import {
  isWithin,
  kindIn,
  pathRefusal,
  printable,
  refusalFix,
  throughLink,
  shownPath,
  type FileInput,
  type FileKind,
  type FilePlaces,
  type PathFacts
} from './file-policy.ts'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'
import type { Settings } from './settings.ts'
import { checkPlaceholders } from './template.ts'

/** The problems with `body-file` and `attachments` and their fixes, and the warnings, in every language (see language.ts). */
const WORDS = defineWords('files', {
  /** After a refusal: " (pattern `dist/**`)". */
  inPattern: {
    en: (refusal: string, pattern: string) => `${refusal} (pattern \`${pattern}\`)`,
    ko: (refusal: string, pattern: string) => `${refusal}(패턴 \`${pattern}\`)`
  },
  replaced: {
    en: (path: string, kind: string) => `${path} was replaced by a ${kind} after it was checked`,
    ko: (path: string, kind: string) => `${path}은(는) 확인한 뒤에 다른 것으로 바뀌었습니다(지금은 ${kind})`
  },
  noSuchFile: { en: 'no such file', ko: '파일이 없음' },
  bodyFileUnreadable: {
    en: (path: string, why: string): InputProblem => ({
      problem: `cannot read ${path} (${why})`,
      fix: 'Give the path of a Markdown file relative to the workspace, and check the repository out first (actions/checkout) when the file is part of it.'
    }),
    ko: (path: string, why: string): InputProblem => ({
      problem: `${path}을(를) 읽을 수 없습니다(${why})`,
      fix: '워크스페이스 기준 상대 경로로 Markdown 파일을 지정하고, 파일이 저장소에 들어 있다면 먼저 저장소를 체크아웃하세요(actions/checkout).'
    })
  },
  bodyFileTooLarge: {
    en: (shown: string, megabytes: number): InputProblem => ({
      problem: `${shown} is larger than ${megabytes} MB`,
      fix: 'Keep the message short and link to long reports ({{ run_url }}), or send them with `attachments`.'
    }),
    ko: (shown: string, megabytes: number): InputProblem => ({
      problem: `${shown}의 크기가 ${megabytes} MB를 넘습니다`,
      fix: '메시지는 짧게 쓰고 긴 보고서는 링크({{ run_url }})로 알리거나 `attachments`로 보내세요.'
    })
  },
  bodyFileBinary: {
    en: (shown: string): InputProblem => ({
      problem: `${shown} is not UTF-8 text (it looks binary)`,
      fix: 'Point `body-file` at a Markdown file saved as UTF-8 text.'
    }),
    ko: (shown: string): InputProblem => ({
      problem: `${shown}은(는) UTF-8 텍스트가 아닙니다(바이너리 파일로 보입니다)`,
      fix: '`body-file`을 UTF-8 텍스트로 저장한 Markdown 파일로 설정하세요.'
    })
  },
  bodyFileEmpty: {
    en: (path: string): InputProblem => ({
      problem: `${path} is empty`,
      fix: 'Write the message in the file, or leave `body-file` empty for the generated notification.'
    }),
    ko: (path: string): InputProblem => ({
      problem: `${path} 파일이 비어 있습니다`,
      fix: '파일에 메시지를 쓰거나, 액션이 만드는 알림을 보내려면 `body-file`을 비워 두세요.'
    })
  },
  foundUnreadable: {
    en: (path: string, why: string): InputProblem => ({
      problem: `could not read ${path}: ${why}`,
      fix: 'Make sure the runner user can read it, or narrow the pattern.'
    }),
    ko: (path: string, why: string): InputProblem => ({
      problem: `${path} 파일을 읽지 못했습니다: ${why}`,
      fix: '러너 사용자가 그 파일을 읽을 수 있는지 확인하거나 패턴을 좁히세요.'
    })
  },
  noFileMatches: {
    en: (pattern: string): InputProblem => ({
      problem: `no file matches \`${pattern}\``,
      fix: 'Check the pattern against the workspace (paths are relative to it), or set `if-no-files-found: warn` to send without it.'
    }),
    ko: (pattern: string): InputProblem => ({
      problem: `\`${pattern}\`에 맞는 파일이 없습니다`,
      fix: '패턴을 워크스페이스와 맞춰 보거나(경로는 워크스페이스 기준입니다), 그 파일 없이 보내려면 `if-no-files-found: warn`으로 설정하세요.'
    })
  },
  sendingWithout: {
    en: (pattern: string, input: string) => `No file matches \`${pattern}\` in \`${input}\`; sending without it.`,
    ko: (pattern: string, input: string) => `\`${input}\`의 \`${pattern}\`에 맞는 파일이 없습니다. 그 파일 없이 보냅니다.`
  },
  attachmentsTotal: {
    en: (total: string) => `The attachments total ${total}, over the 25 MB Gmail accepts in one message`,
    ko: (total: string) => `첨부 파일이 모두 ${total}로, Gmail이 메시지 하나에 받는 25 MB를 넘습니다`
  },
  attachmentGrew: {
    en: (filename: string) => `The attachments total more than the 25 MB Gmail accepts in one message: ${filename} held more than the file system reported`,
    ko: (filename: string) =>
      `첨부 파일이 모두 Gmail이 메시지 하나에 받는 25 MB를 넘습니다: ${filename}에 파일 시스템이 알려 준 것보다 많은 내용이 들어 있었습니다`
  },
  tooLargeFix: {
    en: (largest: string) =>
      `Upload large files with actions/upload-artifact and link to them instead: the run's page ({{ run_url }} in \`body\`) lists its artifacts. ` +
      `Or narrow \`attachments\`; the largest files are ${largest}.`,
    ko: (largest: string) =>
      '큰 파일은 actions/upload-artifact로 올리고 대신 링크를 보내세요. 실행 페이지(`body`의 {{ run_url }})에 그 아티팩트가 나옵니다. ' +
      `또는 \`attachments\`를 좁히세요. 가장 큰 파일: ${largest}.`
  },
  attachmentUnreadable: {
    en: (path: string, why: string): InputProblem => ({
      problem: `could not read ${path}: ${why}`,
      fix: 'Make sure an earlier step created the file and the runner user can read it, or narrow the pattern.'
    }),
    ko: (path: string, why: string): InputProblem => ({
      problem: `${path} 파일을 읽지 못했습니다: ${why}`,
      fix: '앞 단계에서 파일을 만들었고 러너 사용자가 읽을 수 있는지 확인하거나, 패턴을 좁히세요.'
    })
  }
})

/** The workspace and RUNNER_TEMP, the only places `attachments` and `body-file` read from. */
export async function filePlaces(env: NodeJS.ProcessEnv): Promise<FilePlaces> {
  const workspace = resolve(env.GITHUB_WORKSPACE || process.cwd())
  const places: [FilePlaces['allowed'][number]['name'], string | undefined][] = [
    ['the workspace', workspace],
    ['RUNNER_TEMP', env.RUNNER_TEMP]
  ]
  const allowed: FilePlaces['allowed'] = []
  for (const [name, dir] of places) {
    // A folder that does not exist holds no file; its name still serves to compare with.
    if (dir) allowed.push({ name, path: await realpath(resolve(dir)).catch(() => resolve(dir)) })
  }
  return { workspace, allowed }
}

function kindOf(stats: Stats): FileKind {
  if (stats.isFile()) return 'regular file'
  if (stats.isDirectory()) return 'directory'
  if (stats.isFIFO()) return 'FIFO (named pipe)'
  if (stats.isCharacterDevice()) return 'character device'
  if (stats.isBlockDevice()) return 'block device'
  if (stats.isSocket()) return 'socket'
  return 'special file'
}

const isMissing = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')

/** Where a path leads and what is there, without opening it; undefined when nothing is (a dangling link included). */
async function inspect(path: string): Promise<{ facts: PathFacts; size: number } | undefined> {
  try {
    const named = await lstat(path)
    const realPath = await realpath(path)
    const target = await lstat(realPath)
    return { facts: { path, realPath, isLink: named.isSymbolicLink(), kind: kindOf(target) }, size: target.size }
  } catch (error) {
    if (isMissing(error)) return undefined
    throw error
  }
}

/** Fails, naming the input and the path, unless the policy allows reading it. */
function enforce(facts: PathFacts, places: FilePlaces, input: FileInput, wanted: 'file' | 'folder', pattern?: string): void {
  if (!pathRefusal(facts, places, wanted)) return
  throw inputErrorIn(input, WORDS, (words, language) => {
    const refusal = pathRefusal(facts, places, wanted, language)!
    return { problem: pattern ? words.inPattern(refusal, printable(pattern)) : refusal, fix: refusalFix(input, language, throughLink(facts)) }
  })
}

/**
 * Reads at most `cap` bytes of a file the policy allowed; `over` says there was more. The size
 * is what was read, never what stat reports (0 for /proc files and devices).
 */
export async function readCapped(facts: Pick<PathFacts, 'path' | 'realPath'>, cap: number, input: FileInput): Promise<{ content: Buffer; over: boolean }> {
  // O_NONBLOCK: a FIFO or device put in the file's place since the check opens at once instead
  // of waiting for a writer; O_NOFOLLOW: a link put there is refused. The handle's own fstat
  // then decides, so nothing can change between the check and the read.
  const handle = await open(facts.realPath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOFOLLOW ?? 0))
  try {
    const kind = kindOf(await handle.stat())
    if (kind !== 'regular file') {
      throw inputErrorIn(input, WORDS, (words, language) => ({
        problem: words.replaced(printable(facts.path), kindIn(kind, language)),
        fix: refusalFix(input, language)
      }))
    }
    const chunks: Buffer[] = []
    let total = 0
    while (total <= cap) {
      const chunk = Buffer.alloc(Math.min(1024 * 1024, cap + 1 - total))
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null)
      if (!bytesRead) break
      chunks.push(chunk.subarray(0, bytesRead))
      total += bytesRead
    }
    return { content: Buffer.concat(chunks, total), over: total > cap }
  } finally {
    await handle.close()
  }
}

/** A notification body is short text; more than this is a mistake or a hostile file. */
const BODY_FILE_LIMIT_BYTES = 1024 * 1024

/** Reads the Markdown template named by `body-file` and checks its placeholders. */
export async function readBodyFile(path: string, env: NodeJS.ProcessEnv): Promise<string> {
  const places = await filePlaces(env)
  const fullPath = resolve(places.workspace, path)
  const shown = shownPath(fullPath, places.workspace)
  // `why` is the system's own message, or undefined when there is no file.
  const unreadable = (why?: string) => inputErrorIn('body-file', WORDS, (words) => words.bodyFileUnreadable(printable(fullPath), why ?? words.noSuchFile))
  let read: { content: Buffer; over: boolean }
  try {
    const found = await inspect(fullPath)
    if (!found) throw unreadable()
    enforce(found.facts, places, 'body-file', 'file')
    read = await readCapped(found.facts, BODY_FILE_LIMIT_BYTES, 'body-file')
  } catch (error) {
    if (error instanceof NotifyError) throw error
    throw unreadable((error as Error).message)
  }
  if (read.over) {
    throw inputErrorIn('body-file', WORDS, (words) => words.bodyFileTooLarge(shown, BODY_FILE_LIMIT_BYTES / 1024 / 1024))
  }
  let text: string
  try {
    if (read.content.includes(0)) throw new Error('NUL byte')
    text = new TextDecoder('utf-8', { fatal: true }).decode(read.content)
  } catch {
    throw inputErrorIn('body-file', WORDS, (words) => words.bodyFileBinary(shown))
  }
  checkPlaceholders('body-file', text)
  if (!text.trim()) throw inputErrorIn('body-file', WORDS, (words) => words.bodyFileEmpty(printable(fullPath)))
  return text
}

/** A file matched by `attachments`. */
export interface FoundFile {
  path: string
  /** The path with symbolic links resolved, inside the workspace or RUNNER_TEMP: the one that is read. */
  realPath: string
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
const ATTACHMENT_LIMIT_BYTES = 25 * 1024 * 1024

const isLinkNow = (path: string) => {
  try {
    return lstatSync(path).isSymbolicLink()
  } catch {
    return false
  }
}

/**
 * The walk skips a FIFO, socket or device in silence; shown to it as a file, one that a pattern
 * matches is found, and then refused by name instead of reported as "no file matches".
 */
function asFileWhenSpecial(entry: Dirent): Dirent {
  if (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink()) return entry
  return Object.assign(Object.create(entry) as Dirent, { isFile: () => true })
}

const trimSlash = (path: string) => (path.length > 1 ? path.replace(/[\\/]+$/, '') : path)

/**
 * Lists the files of one pattern without walking out of the allowed places: a folder the walk
 * is about to list is resolved first, and one outside (a symbolically linked folder, `../`, an
 * absolute path) stops the walk and is returned as refused, so a link to `/` costs nothing.
 * The files found are checked one by one afterwards.
 */
async function walk(pattern: string, excludes: string[], places: FilePlaces): Promise<{ paths: string[]; refused?: PathFacts }> {
  const { glob } = await import('tinyglobby')
  const stop = new AbortController()
  let refused: PathFacts | undefined
  // The walk reads a linked folder by its resolved path; this map gives back the link's name for the message.
  const linkTo = new Map<string, string>()
  const realpathNoting = (path: string, callback: (error: NodeJS.ErrnoException | null, resolved: string) => void) =>
    realpathWithCallback(path, (error, resolved) => {
      if (!error) linkTo.set(trimSlash(resolved), trimSlash(path))
      callback(error, resolved)
    })
  const readdirInside = (path: string, options: { withFileTypes: true }, callback: (error: NodeJS.ErrnoException | null, entries: Dirent[]) => void) =>
    realpathWithCallback.native(path, (error, real) => {
      if (error) return callback(error, [])
      if (!places.allowed.some((root) => isWithin(real, root.path))) {
        const link = linkTo.get(trimSlash(path))
        const named = link ?? trimSlash(path)
        const isLink = link !== undefined || isLinkNow(named)
        // A folder above an allowed place is listed when the walk starts there: a pattern such
        // as `${{ runner.temp }}/x` or `../` starts at the common parent and goes down towards
        // the places. A link to such a folder (`up -> /`) leads out, so it is refused.
        const isAbove = !isLink && places.allowed.some((root) => isWithin(root.path, real))
        if (!isAbove) {
          refused ??= { path: named, realPath: real, isLink, kind: 'directory' }
          stop.abort()
          return callback(null, [])
        }
      }
      readdirWithCallback(path, options, (error, entries) => callback(error, entries?.map(asFileWhenSpecial) ?? []))
    })
  const paths = await glob(pattern, {
    cwd: places.workspace,
    ignore: excludes,
    absolute: true,
    onlyFiles: true,
    expandDirectories: true,
    signal: stop.signal,
    fs: { realpath: realpathNoting as unknown as typeof realpathWithCallback, readdir: readdirInside as unknown as typeof readdirWithCallback }
  })
  return { paths, refused }
}

/**
 * Finds the files of the `attachments` (or `test-reports`) patterns, relative to the workspace,
 * in the way actions/upload-artifact reads its `path`: one pattern a line, `!` excludes, a
 * directory means the files in it. Each file is found once. Every file, and every folder
 * walked, must resolve inside the workspace or RUNNER_TEMP, and every file be a regular one:
 * anything else fails the step, even when other files matched.
 */
export async function findAttachments(
  patterns: string[],
  env: NodeJS.ProcessEnv,
  input: 'attachments' | 'test-reports' = 'attachments'
): Promise<AttachmentSearch> {
  // Loaded only when there is something to attach.
  const { isDynamicPattern } = await import('tinyglobby')
  const places = await filePlaces(env)
  const workspace = places.workspace
  const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim())
  const found = new Map<string, FoundFile>()
  const unmatched: string[] = []
  for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
    // A path without wildcards is judged as named: the walk would skip a FIFO or device in
    // silence, and a file outside is best named as the user wrote it.
    if (!isDynamicPattern(pattern)) {
      const named = await inspect(resolve(workspace, pattern)).catch(() => undefined)
      if (named) enforce(named.facts, places, input, named.facts.kind === 'directory' ? 'folder' : 'file', pattern)
    }
    const { paths, refused } = await walk(pattern, excludes, places)
    if (refused) enforce(refused, places, input, 'folder', pattern)
    if (!paths.length) unmatched.push(pattern)
    for (const path of paths.sort()) {
      if (found.has(path)) continue
      const matched = await inspect(path).catch((error: Error) => {
        throw inputErrorIn(input, WORDS, (words) => words.foundUnreadable(printable(path), error.message))
      })
      if (!matched) continue
      enforce(matched.facts, places, input, 'file', pattern)
      found.set(path, { path, realPath: matched.facts.realPath, filename: basename(path), size: matched.size })
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

/**
 * What `if-no-files-found` makes of the patterns of `input` that matched no file, as
 * actions/upload-artifact does: the warnings to print (`warn`), none (`ignore`), or an
 * InputError naming the first pattern (`error`).
 */
export function unmatchedPatternWarnings(
  input: string,
  unmatched: string[],
  mode: Settings['ifNoFilesFound'],
  language: Language = DEFAULT_LANGUAGE
): string[] {
  if (mode === 'error' && unmatched.length) throw inputErrorIn(input, WORDS, (words) => words.noFileMatches(unmatched[0]))
  if (mode === 'ignore') return []
  return unmatched.map((pattern) => WORDS[language].sendingWithout(pattern, input))
}

/** A size in messages: "25.0 MB". */
export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

/**
 * Fails before any connection when the attachments cannot go through Gmail, so the step
 * says so now instead of after a long upload ends in a 552.
 */
export function checkAttachmentSize(files: FoundFile[], messageBytes: number): void {
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (total + messageBytes > ATTACHMENT_LIMIT_BYTES) throw tooLarge(files, (words) => words.attachmentsTotal(megabytes(total)))
}

/** A message-too-large failure, told in the language of the report. */
function tooLarge(files: FoundFile[], title: (words: (typeof WORDS)[Language]) => string): NotifyError {
  const largest = [...files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map((file) => `${file.filename} (${megabytes(file.size)})`)
    .join(', ')
  return new NotifyError((language) => ({
    code: 'message-too-large',
    title: title(WORDS[language]),
    fix: WORDS[language].tooLargeFix(largest),
    retryable: false
  }))
}

/**
 * Reads the files to attach into memory, counting the bytes actually read against the limit
 * (a file may have grown since it was found), so no more than 25 MB is ever held.
 */
export async function readAttachments(files: FoundFile[], messageBytes: number): Promise<{ filename: string; content: Buffer }[]> {
  const attachments: { filename: string; content: Buffer }[] = []
  let room = ATTACHMENT_LIMIT_BYTES - messageBytes
  for (const file of files) {
    let read: { content: Buffer; over: boolean }
    try {
      read = await readCapped(file, Math.max(room, 0), 'attachments')
    } catch (error) {
      if (error instanceof NotifyError) throw error
      throw inputErrorIn('attachments', WORDS, (words) => words.attachmentUnreadable(printable(file.path), (error as Error).message))
    }
    if (read.over) {
      file.size = Math.max(file.size, read.content.length)
      throw tooLarge(files, (words) => words.attachmentGrew(printable(file.filename)))
    }
    room -= read.content.length
    attachments.push({ filename: file.filename, content: read.content })
  }
  return attachments
}
