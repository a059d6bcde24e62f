import { isAbsolute, relative, sep } from 'node:path'
import { DEFAULT_LANGUAGE, defineWords, listOf, type Language } from './language.ts'
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

/** Why a path is refused and how to fix it, in every language (see language.ts). */
const WORDS = defineWords('file-policy', {
  /** An allowed place and where it is: "the workspace (/ws)". */
  place: {
    en: (name: FilePlaces['allowed'][number]['name'], path: string) => `${name} (${path})`,
    ko: (name: FilePlaces['allowed'][number]['name'], path: string) => `${name === 'the workspace' ? '워크스페이스' : name}(${path})`
  },
  kind: {
    en: (kind: FileKind) => kind,
    ko: (kind: FileKind): string =>
      ({
        'regular file': '일반 파일',
        directory: '디렉터리',
        'FIFO (named pipe)': 'FIFO(이름 있는 파이프)',
        'character device': '문자 장치',
        'block device': '블록 장치',
        socket: '소켓',
        'special file': '특수 파일'
      })[kind]
  },
  /** "results is a symbolic link to /, outside the workspace (/ws) and RUNNER_TEMP (/tmp)". */
  outside: {
    en: (shown: string, real: string, via: 'link' | 'folder' | undefined, where: string) =>
      `${shown}${via === 'link' ? ` is a symbolic link to ${real},` : via === 'folder' ? ` resolves through a symbolically linked folder to ${real},` : ' is'} outside ${where}`,
    ko: (shown: string, real: string, via: 'link' | 'folder' | undefined, where: string) =>
      via === 'link'
        ? `${shown}은(는) 심볼릭 링크이며, 그 대상(${real})이 ${where} 밖에 있습니다`
        : via === 'folder'
          ? `${shown}은(는) 심볼릭 링크로 연결된 폴더를 거치며, 실제 경로(${real})가 ${where} 밖에 있습니다`
          : `${shown}은(는) ${where} 밖에 있습니다`
  },
  /** "dump.bin is a character device, not a regular file". */
  wrongKind: {
    en: (shown: string, real: string, via: 'link' | 'folder' | undefined, kind: string, expected: FileKind) =>
      `${shown}${via === 'link' ? ` is a symbolic link to ${real}, which` : via === 'folder' ? ` resolves through a symbolically linked folder to ${real}, which` : ''} is a ${kind}, not a ${expected}`,
    ko: (shown: string, real: string, via: 'link' | 'folder' | undefined, kind: string, expected: FileKind) => {
      const not = expected === 'directory' ? '디렉터리가 아니라' : '일반 파일이 아니라'
      if (via === 'link') return `${shown}은(는) 심볼릭 링크이며, 그 대상(${real})은 ${not} ${kind}입니다`
      if (via === 'folder') return `${shown}은(는) 심볼릭 링크로 연결된 폴더를 거치며, 실제 경로(${real})는 ${not} ${kind}입니다`
      return `${shown}은(는) ${not} ${kind}입니다`
    }
  },
  rule: {
    en: 'Files are read only from inside the workspace or RUNNER_TEMP, after following symbolic links, and only regular files.',
    ko: '파일은 심볼릭 링크를 따라간 뒤 워크스페이스나 RUNNER_TEMP 안에 있는 일반 파일만 읽습니다.'
  },
  /** Said only when a symbolic link led there: a link is how a change can make the action mail a secret. */
  linkWarning: {
    en: ' A link to a file elsewhere (such as /proc/self/environ) would mail what it holds: if this link came with a change you did not write, do not run it with secrets.',
    ko: ' 다른 곳의 파일(예: /proc/self/environ)을 가리키는 링크는 그 내용을 메일로 보내게 됩니다. 이 링크가 직접 작성하지 않은 변경에 들어 있었다면 시크릿과 함께 실행하지 마세요.'
  },
  bodyFileFix: {
    en: (rule: string) => `Point \`body-file\` at a Markdown file in the repository (relative to the workspace) or in RUNNER_TEMP. ${rule}`,
    ko: (rule: string) => `\`body-file\`을 저장소(워크스페이스 기준 상대 경로)나 RUNNER_TEMP에 있는 Markdown 파일로 설정하세요. ${rule}`
  },
  patternFix: {
    en: (input: 'attachments' | 'test-reports', rule: string) =>
      `Narrow the pattern, or exclude this path with a \`!\` line. To ${input === 'attachments' ? 'attach a file' : 'read a report'} from elsewhere, copy it into the workspace or RUNNER_TEMP in an earlier step. ${rule}`,
    ko: (input: 'attachments' | 'test-reports', rule: string) =>
      `패턴을 좁히거나 \`!\` 줄로 이 경로를 제외하세요. 다른 곳의 ${input === 'attachments' ? '파일을 첨부하려면' : '보고서를 읽으려면'} 앞 단계에서 워크스페이스나 RUNNER_TEMP로 복사하세요. ${rule}`
  }
})

/**
 * Why the path may not be read, or undefined when it may: it must resolve inside an allowed
 * place, and be a regular file (or, for a folder a pattern walks into, a directory).
 */
export function pathRefusal(facts: PathFacts, places: FilePlaces, wanted: 'file' | 'folder', language: Language = DEFAULT_LANGUAGE): string | undefined {
  const words = WORDS[language]
  const shown = shownPath(facts.path, places.workspace)
  const real = printable(facts.realPath)
  const via = facts.isLink ? 'link' : throughLink(facts) ? 'folder' : undefined
  if (!places.allowed.some((root) => isWithin(facts.realPath, root.path))) {
    const where = listOf(
      places.allowed.map((root) => words.place(root.name, printable(root.path))),
      language
    )
    return words.outside(shown, real, via, where)
  }
  const expected: FileKind = wanted === 'file' ? 'regular file' : 'directory'
  if (facts.kind === expected) return undefined
  return words.wrongKind(shown, real, via, words.kind(facts.kind), expected)
}

/** The inputs that name files to read. */
export type FileInput = 'attachments' | 'body-file' | 'test-reports'

/** Whether a symbolic link, the path's own or a folder's on the way, led to where the path is. */
export function throughLink(facts: Pick<PathFacts, 'path' | 'realPath' | 'isLink'>): boolean {
  return facts.isLink || facts.realPath !== facts.path
}

/** How to fix a refused path, for the input that named it; with the warning about links when one led there. */
export function refusalFix(input: FileInput, language: Language = DEFAULT_LANGUAGE, linked = true): string {
  const words = WORDS[language]
  const rule = linked ? `${words.rule}${words.linkWarning}` : words.rule
  return input === 'body-file' ? words.bodyFileFix(rule) : words.patternFix(input, rule)
}

/** A file's kind in words, for a message in `language`: "regular file", "일반 파일". */
export function kindIn(kind: FileKind, language: Language): string {
  return WORDS[language].kind(kind)
}
