import type { RunContext } from './context.ts'
import { InputError } from './errors.ts'
import type { JobStatus } from './settings.ts'
import { countsPhrase, failedTestsAsText, type TestSummary } from './test-summary.ts'

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
  test_counts: 'the tests of `test-reports` counted: "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"',
  failed_tests: 'the failed tests of `test-reports` (at most 10), each with its message and stack lines'
} as const

export type PlaceholderName = keyof typeof PLACEHOLDERS
export type TemplateValues = Record<PlaceholderName, string>

const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g
/** Link values that are inserted into Markdown as they are, so that they stay usable as links. */
const URL_PLACEHOLDERS = new Set<PlaceholderName>(['repository_url', 'run_url', 'commit_url', 'pr_url', 'compare_url'])
const PLAIN_URL = /^https?:\/\/[^\s<>()[\]"'`\\*_]+$/

function isPlaceholder(name: string): name is PlaceholderName {
  return Object.hasOwn(PLACEHOLDERS, name)
}

/** The value of every placeholder for this run (raw text, not yet escaped); `outcome` is the verb shown in the heading. */
export function templateValues(ctx: RunContext, status: JobStatus | undefined, outcome: string, tests?: TestSummary): TemplateValues {
  const pr = ctx.pullRequest
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
    test_counts: tests ? countsPhrase(tests.counts) : '',
    failed_tests: tests ? failedTestsAsText(tests) : ''
  }
}

/**
 * Fails with the list of known names when a template uses an unknown placeholder, so a
 * typo is caught before anything is sent instead of reaching the reader as `{{ tpyo }}`.
 */
export function checkPlaceholders(input: string, template: string): void {
  const unknown = [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]).filter((name) => !isPlaceholder(name))
  if (!unknown.length) return
  const names = [...new Set(unknown)].map((name) => `{{ ${name} }}`).join(', ')
  throw new InputError(
    input,
    `unknown placeholder${unknown.length === 1 ? '' : 's'} ${names}`,
    `Use only these placeholders: ${Object.keys(PLACEHOLDERS).join(', ')} (written as {{ name }}).`
  )
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
 * are checked with checkPlaceholders when the inputs are read; an unknown name is left as it is.
 */
export function renderTemplate(template: string, values: TemplateValues, escape: (value: string, name: PlaceholderName) => string): string {
  return template.replace(PLACEHOLDER_PATTERN, (match, name: string) => (isPlaceholder(name) ? escape(values[name], name) : match))
}

/** Escape for a Markdown template: link values stay links, everything else is text. */
export function markdownValue(value: string, name: PlaceholderName): string {
  return URL_PLACEHOLDERS.has(name) && PLAIN_URL.test(value) ? value : escapeMarkdown(value)
}
