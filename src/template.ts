import type { RunContext } from './context.ts'
import type { HistoryView } from './history.ts'
import { inputErrorIn, type InputError, type InputProblem } from './errors.ts'
import { defineWords } from './language.ts'
import type { JobStatus } from './jobs.ts'
import type { Settings } from './settings.ts'
import { countsPhrase, type TestSummary } from './test-summary.ts'

/**
 * The placeholders `{{ name }}` that `subject`, `body` and `body-file` may use, with what
 * each holds. The README's table is this list; keep them together.
 */
export const PLACEHOLDERS = {
  repository: 'owner/name of the repository',
  repository_url: 'link to the repository',
  workflow: 'name of the workflow',
  job: 'id of the job running the step',
  run_number: 'run number, as in "CI #42"',
  run_attempt: 'attempt number of the run',
  run_id: 'id of the run',
  run_url: 'link to the run',
  status: 'success, failure, cancelled, or unknown',
  outcome: 'the outcome in words: succeeded, failed, was cancelled, finished',
  branch: 'branch or tag name (the head branch for a pull request)',
  sha: 'full commit SHA',
  short_sha: 'first 7 characters of the SHA',
  commit_url: 'link to the commit',
  commit_message: 'first line of the commit message (push events)',
  commit_author: 'author of the commit (push events)',
  actor: 'who triggered the run',
  event: 'name of the event, such as push',
  pr_number: 'pull request number',
  pr_title: 'pull request title',
  pr_url: 'link to the pull request',
  compare_url: 'link to the changes of a push',
  transition: 'broken, still-failing, fixed, passing, cancelled or unknown; empty when the history is not read',
  streak: 'failed runs in a row, this one included (broken: 1); for fixed, the failed runs it ended',
  failing_since_url: 'link to the first failed run of the streak',
  failed_jobs: 'the failed and cancelled jobs with their log excerpts, as the generated message shows them (empty when none)',
  test_counts: 'the tests of `test-reports` counted: "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"',
  failed_tests: 'the failed tests of `test-reports` (at most 10), each with its message and stack lines, as the generated message shows them (empty when none)'
} as const

export type PlaceholderName = keyof typeof PLACEHOLDERS

/**
 * Placeholders that stand for a section of the message (a heading and a list, say) rather
 * than a value: compose.ts renders each one as HTML in the HTML part and as text in the text
 * part. Only a body may hold them.
 */
export const SECTION_PLACEHOLDERS = ['failed_jobs', 'failed_tests'] as const satisfies readonly PlaceholderName[]
export type SectionName = (typeof SECTION_PLACEHOLDERS)[number]
/** The values of the placeholders that are values, not sections. */
export type TemplateValues = Record<Exclude<PlaceholderName, SectionName>, string>

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g
/** Link values that are inserted into Markdown as they are, so that they stay usable as links. */
const URL_PLACEHOLDERS = new Set<PlaceholderName>(['repository_url', 'run_url', 'commit_url', 'pr_url', 'compare_url', 'failing_since_url'])
/** A URL that Markdown reads as a URL alone: no character that could end it or start markup. */
const MARKDOWN_INERT_URL = /^https?:\/\/[^\s<>()[\]"'`\\*_]+$/
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])

/**
 * Whether a URL may become a link in the message: only http, https and mailto, decided
 * the way a mail client's HTML engine parses the URL (case, white space and tabs inside
 * the scheme included). `javascript:`, `data:`, relative and unparsable URLs stay text.
 * The one check for every link: the generated notification, placeholders and the
 * Markdown of `body` and `body-file`.
 */
export function isLinkable(url: string | undefined): url is string {
  return !!url && LINK_PROTOCOLS.has(URL.parse(url)?.protocol ?? '')
}

function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name)
}

export function isSection(name: string): name is SectionName {
  return (SECTION_PLACEHOLDERS as readonly string[]).includes(name)
}

/**
 * The value of every placeholder for this run (raw text, not yet escaped); `outcome` is the
 * verb of the outcome, `history` the run's place among the earlier runs and `tests` what the
 * test reports say, when they were read.
 */
export function templateValues(ctx: RunContext, status: JobStatus | undefined, outcome: string, history?: HistoryView, tests?: TestSummary): TemplateValues {
  const pr = ctx.pullRequest
  const inStreak = history && history.streak > 0
  return {
    repository: ctx.repository,
    repository_url: ctx.repositoryUrl,
    workflow: ctx.workflow,
    job: ctx.job,
    run_number: ctx.runNumber,
    run_attempt: ctx.runAttempt,
    run_id: ctx.runId,
    run_url: ctx.runUrl,
    status: status ?? 'unknown',
    outcome,
    branch: ctx.refName,
    sha: ctx.sha,
    short_sha: ctx.shortSha,
    commit_url: ctx.commitUrl,
    commit_message: ctx.commitTitle,
    commit_author: ctx.commitAuthor,
    actor: ctx.actor,
    event: ctx.event,
    pr_number: pr ? String(pr.number) : '',
    pr_title: pr?.title ?? '',
    pr_url: pr?.url ?? '',
    compare_url: ctx.compareUrl,
    transition: history?.transition ?? '',
    streak: inStreak ? String(history.streak) : '',
    failing_since_url: (inStreak && history.failingSince?.url) || '',
    // A placeholder's value reads the same in every language, so a custom text stays the user's own.
    test_counts: tests ? countsPhrase(tests.counts, 'en') : ''
  }
}

/** The problems with a template and their fixes, in every language (see language.ts). */
const WORDS = defineWords('template', {
  unknown: {
    en: (count: number, listed: string, known: string): InputProblem => ({
      problem: `unknown placeholder${count === 1 ? '' : 's'} ${listed}`,
      fix: `Use only these placeholders: ${known} (written as {{ name }}).`
    }),
    ko: (count: number, listed: string, known: string): InputProblem => ({
      problem: `알 수 없는 자리표시자 ${listed}`,
      fix: `다음 자리표시자만 쓰세요: ${known} ({{ name }} 형식).`
    })
  },
  sectionInSubject: {
    en: (listed: string): InputProblem => ({
      problem: `uses ${listed}, a section of the message that only a body can hold`,
      fix: `Move ${listed} to \`body\` or \`body-file\`; the subject may use the other placeholders.`
    }),
    ko: (listed: string): InputProblem => ({
      problem: `본문에만 넣을 수 있는 메시지 구역 ${listed}을(를) 씁니다`,
      fix: `${listed}을(를) \`body\` 또는 \`body-file\`로 옮기세요. 제목에는 다른 자리표시자를 쓸 수 있습니다.`
    })
  },
  repeated: {
    en: (input: string, listed: string): InputProblem => ({ problem: `places ${listed} more than once`, fix: `Use ${listed} once in \`${input}\`.` }),
    ko: (input: string, listed: string): InputProblem => ({
      problem: `${listed}을(를) 두 번 이상 넣었습니다`,
      fix: `\`${input}\`에서 ${listed}은(는) 한 번만 쓰세요.`
    })
  },
  /** Where a section placeholder stands when it is not a block of its own: "is in a heading". */
  misplacedWhere: {
    en: (where: SectionMisplacement): string =>
      ({
        heading: 'is in a heading',
        table: 'is in a table',
        link: 'is in a link or an image',
        html: 'is inside HTML',
        inline: 'is not alone on its line'
      })[where],
    ko: (where: SectionMisplacement): string =>
      ({
        heading: '제목 안에 있습니다',
        table: '표 안에 있습니다',
        link: '링크나 이미지 안에 있습니다',
        html: 'HTML 안에 있습니다',
        inline: '줄에 혼자 있지 않습니다'
      })[where]
  },
  misplacedSection: {
    en: (input: string, path: string | undefined, line: number, placeholder: string, where: string): InputProblem => ({
      problem: `line ${line}${path ? ` of ${path}` : ''}: ${placeholder} ${where}, and a section of the message (a heading and a list) cannot go there`,
      fix:
        `Put ${placeholder} on a line of its own in \`${input}\`, with a blank line before and after it; it may also be the only text of a list item ` +
        `(\`- ${placeholder}\`) or a quote (\`> ${placeholder}\`). In a code block it is shown as text.`
    }),
    ko: (input: string, path: string | undefined, line: number, placeholder: string, where: string): InputProblem => ({
      problem: `${path ? `${path}의 ` : ''}${line}번째 줄: ${placeholder}이(가) ${where}. 메시지의 구역(제목과 목록)은 그 자리에 들어갈 수 없습니다`,
      fix:
        `\`${input}\`에서 ${placeholder}을(를) 앞뒤에 빈 줄을 두고 한 줄에 따로 쓰세요. 목록 항목(\`- ${placeholder}\`)이나 인용(\`> ${placeholder}\`)의 ` +
        `유일한 내용으로 써도 됩니다. 코드 블록 안에서는 텍스트로 보입니다.`
    })
  }
})

/**
 * Where a section placeholder stands in a body when it is not a block of its own (its own
 * paragraph, list item or quote) nor in a code block: compose.ts finds it in the Markdown.
 */
export type SectionMisplacement = 'heading' | 'table' | 'link' | 'html' | 'inline'

/**
 * The InputError for a section placeholder that a body places where its heading and list
 * cannot go, naming the input, the file of `body-file` (`path`, printable), the line and the fix.
 */
export function misplacedSectionError(
  input: 'body' | 'body-file',
  path: string | undefined,
  template: string,
  name: SectionName,
  where: SectionMisplacement
): InputError {
  const found = [...template.matchAll(PLACEHOLDER_PATTERN)].find((m) => m[1] === name)
  const line = template.slice(0, found?.index ?? 0).split('\n').length
  return inputErrorIn(input, WORDS, (words) => words.misplacedSection(input, path, line, `{{ ${name} }}`, words.misplacedWhere(where)))
}

/**
 * Fails with the list of known names when a template uses an unknown placeholder, so a
 * typo is caught before anything is sent instead of reaching the reader as `{{ tpyo }}`;
 * and when the subject uses a section, which has no one-line form.
 */
export function checkPlaceholders(input: string, template: string): void {
  const used = [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1])
  const unknown = used.filter((name) => !isPlaceholder(name))
  const listed = (names: string[]) => [...new Set(names)].map((name) => `{{ ${name} }}`).join(', ')
  if (unknown.length) {
    throw inputErrorIn(input, WORDS, (words) => words.unknown(unknown.length, listed(unknown), Object.keys(PLACEHOLDERS).join(', ')))
  }
  const sections = used.filter(isSection)
  if (input === 'subject' && sections.length) throw inputErrorIn(input, WORDS, (words) => words.sectionInSubject(listed(sections)))
  // A section is a block of up to tens of kilobytes: placed many times it would make a message no client shows whole.
  const repeated = sections.filter((name, index) => sections.indexOf(name) !== index)
  if (repeated.length) {
    throw inputErrorIn(input, WORDS, (words) => words.repeated(input, listed(repeated)))
  }
}

/**
 * Backslash-escapes every ASCII punctuation character (CommonMark allows it before any of
 * them) and folds line breaks, so a value from the event is text: it cannot open a link,
 * an image, emphasis, HTML, a heading or a list, and `www.` or an address cannot autolink.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`)
}

/** Values as they may appear in a subject: one line. */
export function escapeSubject(value: string): string {
  return value.replace(/\s+/g, ' ')
}

/**
 * Replaces each placeholder by its value, escaped for where the template lands. Templates
 * are checked with checkPlaceholders when the inputs are read; a name without a value here
 * (unknown, or a section where none is given) is left as it is.
 */
export function renderTemplate(
  template: string,
  values: Partial<Record<PlaceholderName, string>>,
  escape: (value: string, name: PlaceholderName) => string
): string {
  return template.replace(PLACEHOLDER_PATTERN, (match, name: string) => {
    const value = isPlaceholder(name) ? values[name] : undefined
    return value === undefined ? match : escape(value, name as PlaceholderName)
  })
}

/** Escape for a Markdown template: link values that may be links stay links, everything else is text. */
export function markdownValue(value: string, name: PlaceholderName): string {
  return URL_PLACEHOLDERS.has(name) && MARKDOWN_INERT_URL.test(value) && isLinkable(value) ? value : escapeMarkdown(value)
}

/** The known placeholders a template uses, in order, repeats included. */
export function placeholdersIn(template: string): PlaceholderName[] {
  return [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]).filter(isPlaceholder)
}

/** The inputs that fill a placeholder in some runs and leave it empty in every run when they are empty. */
const FILLED_BY = {
  failed_jobs: 'github-token',
  test_counts: 'test-reports',
  failed_tests: 'test-reports'
} as const satisfies Partial<Record<PlaceholderName, string>>

export type FillingInput = (typeof FILLED_BY)[keyof typeof FILLED_BY]

/** Placeholders that an empty input leaves empty in every run, and the templates that use them. */
export interface EmptyForGood {
  /** The empty input that would fill them. */
  source: FillingInput
  /** As written in a template: `{{ failed_tests }}`. */
  placeholders: string[]
  /** The inputs whose templates use them: `subject`, `body` or `body-file`. */
  inputs: string[]
}

/**
 * The placeholders of these templates that can never be filled with these settings: the
 * failed jobs without `github-token` (the API is never asked), the tests without
 * `test-reports`. A body that leaves them out on purpose simply does not place them.
 */
export function placeholdersEmptyForGood(
  templates: { input: string; template: string | undefined }[],
  settings: Pick<Settings, 'githubToken' | 'testReports'>
): EmptyForGood[] {
  const empty: Record<FillingInput, boolean> = { 'github-token': !settings.githubToken, 'test-reports': !settings.testReports.length }
  const found = new Map<FillingInput, { placeholders: Set<string>; inputs: Set<string> }>()
  for (const { input, template } of templates) {
    for (const name of placeholdersIn(template ?? '')) {
      const source = Object.hasOwn(FILLED_BY, name) ? FILLED_BY[name as keyof typeof FILLED_BY] : undefined
      if (!source || !empty[source]) continue
      const entry = found.get(source) ?? { placeholders: new Set<string>(), inputs: new Set<string>() }
      entry.placeholders.add(`{{ ${name} }}`)
      entry.inputs.add(input)
      found.set(source, entry)
    }
  }
  return [...found].map(([source, entry]) => ({ source, placeholders: [...entry.placeholders], inputs: [...entry.inputs] }))
}
