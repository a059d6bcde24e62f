import type { Fact, PushedCommit, RunContext } from './context.ts'
import { ordinal, type HistoryView, type PastRun, type Transition } from './history.ts'
import { conclusionIn, type ErrorAnnotation, type JobStatus, type RunReport } from './jobs.ts'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'
import type { Settings } from './settings.ts'
import { escapeSubject, isLinkable, renderTemplate, type SectionName, templateValues } from './template.ts'
import { cleanReportLine, countsPhrase, failedTestsAsText, MAX_DETAIL_LINES, testWords, type TestSummary } from './test-summary.ts'
import type { ThreadHeaders } from './threading.ts'

/** The notification, ready to hand to the transport. */
export interface ComposedMessage {
  subject: string
  text: string
  html: string
  /** The HTML part's content without the page around it, for the job summary of a dry run. */
  htmlContent: string
  /** Files read by the caller (nodemailer is not allowed to read files itself). */
  attachments?: { filename: string; content: Buffer }[]
  /** With `thread: true`: the conversation of the failure streak, and the list the mail belongs to. */
  thread?: ThreadHeaders
}

export type { Fact }

/** What the message calls the run: its outcome, or its transition when that says more. */
type OutcomeName = JobStatus | 'unknown' | 'broken' | 'still-failing' | 'fixed'

interface Outcome {
  name: OutcomeName
  colour: string
  symbol: string
}

/** Where a run ran, for the subject: a branch or a tag. */
interface Ref {
  name: string
  tag: boolean
}

/** How long a failure streak is, as far as the history was read. */
interface StreakCount {
  count: number
  /** False when the history was read only so far back: the streak may be longer. */
  complete: boolean
}

/** The words around a run of the history in the streak line, before and after the link to it. */
interface StreakWords {
  lead: string
  tail: string
}

/**
 * Every text of the generated notification, in every language (see language.ts). The
 * subject and heading are whole phrases per language, as the word order differs.
 */
const WORDS = defineWords('compose', {
  /** Past tense after the run's title in the subject and heading: "CI #42 failed". */
  verb: {
    en: (outcome: OutcomeName): string =>
      ({
        success: 'succeeded',
        failure: 'failed',
        cancelled: 'was cancelled',
        unknown: 'finished',
        broken: 'broken',
        'still-failing': 'still failing',
        fixed: 'fixed'
      })[outcome],
    ko: (outcome: OutcomeName): string =>
      ({
        success: '성공',
        failure: '실패',
        cancelled: '취소됨',
        unknown: '완료',
        broken: '깨짐',
        'still-failing': '계속 실패',
        fixed: '복구됨'
      })[outcome]
  },
  /** The short word of the banner. */
  word: {
    en: (outcome: OutcomeName): string =>
      ({
        success: 'Succeeded',
        failure: 'Failed',
        cancelled: 'Cancelled',
        unknown: 'Finished',
        broken: 'Broken',
        'still-failing': 'Still failing',
        fixed: 'Fixed'
      })[outcome],
    ko: (outcome: OutcomeName): string =>
      ({
        success: '성공',
        failure: '실패',
        cancelled: '취소됨',
        unknown: '완료',
        broken: '깨짐',
        'still-failing': '계속 실패',
        fixed: '복구됨'
      })[outcome]
  },
  /** A run whose workflow has no name. */
  workflow: { en: 'Workflow', ko: '워크플로' },
  /** "CI #42 still failing (3rd run)": the heading, and the subject after the repository. */
  heading: {
    en: (title: string, verb: string, streak?: StreakCount) =>
      `${title} ${verb}${streak ? ` (${ordinal(streak.count)} run${streak.complete ? '' : ' or later'})` : ''}`,
    ko: (title: string, verb: string, streak?: StreakCount) => `${title} ${verb}${streak ? ` (${streak.count}번째${streak.complete ? '' : ' 이후'} 실행)` : ''}`
  },
  /** `[octo/app] CI #42 failed on main (3rd run)`. */
  subject: {
    en: (repo: string, title: string, verb: string, ref?: Ref, streak?: StreakCount) =>
      `${repo}${title} ${verb}${ref ? ` on ${ref.tag ? 'tag ' : ''}${ref.name}` : ''}${streak ? ` (${ordinal(streak.count)} run${streak.complete ? '' : ' or later'})` : ''}`,
    ko: (repo: string, title: string, verb: string, ref?: Ref, streak?: StreakCount) => {
      const notes = [ref ? `${ref.tag ? '태그 ' : ''}${ref.name}` : '', streak ? `${streak.count}번째${streak.complete ? '' : ' 이후'} 실행` : ''].filter(
        Boolean
      )
      return `${repo}${title} ${verb}${notes.length ? ` (${notes.join(', ')})` : ''}`
    }
  },
  /** The subject of every mail of a threaded failure streak: `[octo/app] CI failing on main since #40`. */
  threadSubject: {
    en: (repo: string, workflow: string, since: number, ref?: Ref) =>
      `${repo}${workflow} failing${ref ? ` on ${ref.tag ? 'tag ' : ''}${ref.name}` : ''} since #${since}`,
    ko: (repo: string, workflow: string, since: number, ref?: Ref) =>
      `${repo}${workflow} #${since}부터 실패 중${ref ? ` (${ref.tag ? '태그 ' : ''}${ref.name})` : ''}`
  },
  streakStillFailing: {
    en: (streak: StreakCount): StreakWords => ({
      lead: 'Failing since',
      tail: `: ${streak.complete ? '' : 'at least '}${streak.count} failed run${streak.count === 1 ? '' : 's'} in a row.`
    }),
    ko: (streak: StreakCount): StreakWords => ({ lead: '', tail: `부터 실패하고 있습니다: 연속 ${streak.count}회${streak.complete ? '' : ' 이상'} 실패.` })
  },
  streakFixed: {
    en: (streak: StreakCount): StreakWords => ({
      lead: `Fixed after ${streak.complete ? '' : 'at least '}${streak.count} failed run${streak.count === 1 ? '' : 's'}, failing since`,
      tail: '.'
    }),
    ko: (streak: StreakCount): StreakWords => ({ lead: '', tail: `부터 연속 ${streak.count}회${streak.complete ? '' : ' 이상'} 실패한 뒤 복구되었습니다.` })
  },
  streakBroken: {
    en: (): StreakWords => ({ lead: 'The last successful run was', tail: '.' }),
    ko: (): StreakWords => ({ lead: '마지막으로 성공한 것은', tail: '입니다.' })
  },
  /** A run of the history, linked: "run #40". */
  run: { en: (runNumber: number) => `run #${runNumber}`, ko: (runNumber: number) => `실행 #${runNumber}` },
  /** After a run of the history: " (commit abc1234)". */
  commitNote: { en: (shortSha: string) => ` (commit ${shortSha})`, ko: (shortSha: string) => ` (커밋 ${shortSha})` },
  runLinkLabel: { en: 'Run:', ko: '실행:' },
  commitLinkLabel: { en: 'Commit:', ko: '커밋:' },
  repository: { en: 'Repository', ko: '저장소' },
  workflowLabel: { en: 'Workflow', ko: '워크플로' },
  job: { en: 'Job', ko: '작업' },
  pullRequest: { en: 'Pull request', ko: '풀 리퀘스트' },
  tag: { en: 'Tag', ko: '태그' },
  branch: { en: 'Branch', ko: '브랜치' },
  commit: { en: 'Commit', ko: '커밋' },
  triggeredBy: { en: 'Triggered by', ko: '실행한 사람' },
  attempt: { en: (attempt: string) => ` (attempt ${attempt})`, ko: (attempt: string) => ` (${attempt}번째 시도)` },
  by: { en: (author: string) => `by ${author}`, ko: (author: string) => `작성자 ${author}` },
  /** Said of a job that is still running (usually the one sending): its log comes when it ends. */
  stillRunning: { en: '(still running, log not available yet)', ko: '(아직 실행 중이라 로그가 없습니다)' },
  /** The failed steps of a job, after its conclusion: "at step “Compile”". */
  atSteps: {
    en: (steps: string[]) => `at ${steps.length === 1 ? 'step' : 'steps'} ${steps.map((s) => `“${s}”`).join(', ')}`,
    ko: (steps: string[]) => `(단계 ${steps.map((s) => `“${s}”`).join(', ')})`
  },
  moreJobs: { en: (count: number) => `and ${count} more`, ko: (count: number) => `외 ${count}개 작업` },
  failedJobs: { en: 'Failed and cancelled jobs', ko: '실패하거나 취소된 작업' },
  commitsSince: {
    en: (runNumber: number) => `Commits since the last successful run (#${runNumber})`,
    ko: (runNumber: number) => `마지막 성공 실행(#${runNumber}) 이후의 커밋`
  },
  compareSince: { en: 'Compare with the last successful run', ko: '마지막 성공 실행과 비교' },
  commitsInPush: { en: 'Commits in this push', ko: '이 푸시의 커밋' },
  comparePush: { en: 'Compare the changes', ko: '변경 사항 비교' },
  earlierCommits: { en: (count: number) => `… ${count} earlier`, ko: (count: number) => `… 이전 커밋 ${count}개` },
  moreCommits: { en: (count: number) => `… ${count} more`, ko: (count: number) => `… 커밋 ${count}개 더` },
  compareLabel: { en: 'Compare:', ko: '비교:' },
  errorAnnotations: { en: 'Error annotations', ko: '오류 주석' },
  moreAnnotations: { en: (count: number) => `and ${count} more`, ko: (count: number) => `외 ${count}개` },
  failedTests: { en: 'Failed tests', ko: '실패한 테스트' },
  tests: { en: 'Tests', ko: '테스트' },
  /** The suite of a failed test, after its name. */
  inSuite: { en: (suite: string) => `in ${suite}`, ko: (suite: string) => `(스위트 ${suite})` },
  viewRun: { en: 'View the run on GitHub', ko: 'GitHub에서 실행 보기' },
  gmailClipping: {
    en: (kilobytes: number) =>
      `The HTML part is ${kilobytes} KB: Gmail shows only the first 102 KB and hides the rest behind "View entire message". Shorten \`body\` or \`body-file\`.`,
    ko: (kilobytes: number) =>
      `HTML 부분이 ${kilobytes} KB입니다. Gmail은 처음 102 KB만 보여 주고 나머지는 "전체 메일 보기" 뒤에 숨깁니다. \`body\` 또는 \`body-file\`을 줄이세요.`
  }
})

/** The notification's words in one language. */
type Words = (typeof WORDS)[Language]

/**
 * The only colours the mail sets. It sets no background, so the client's own (white, or dark
 * in dark mode) shows through and text without a colour of its own takes the client's. Each
 * colour set on text reads at 4.5:1 or better on white and at 3:1 or better on a dark
 * (#121212) page, so it needs no dark-mode variant; the border grey is not text and reads at
 * 3:1 on both.
 */
export const COLOURS = {
  green: '#1a7f37',
  red: '#cf222e',
  blue: '#0969da',
  /** Labels and notes; GitHub's lighter greys fall under 4.5:1 on white, its darker ones under 3:1 on dark. */
  muted: '#656d76',
  border: '#8c959f'
} as const

const OUTCOMES: Record<JobStatus | 'unknown', Outcome> = {
  success: { name: 'success', colour: COLOURS.green, symbol: '✔' },
  failure: { name: 'failure', colour: COLOURS.red, symbol: '✖' },
  cancelled: { name: 'cancelled', colour: COLOURS.muted, symbol: '⊘' },
  unknown: { name: 'unknown', colour: COLOURS.blue, symbol: '●' }
}

export function outcomeOf(status: JobStatus | undefined): Outcome {
  return OUTCOMES[status ?? 'unknown']
}

/** The transitions that say more than the outcome does; the others are told by the outcome. */
const TRANSITION_OUTCOMES: Partial<Record<Transition, Outcome>> = {
  broken: { ...OUTCOMES.failure, name: 'broken' },
  'still-failing': { ...OUTCOMES.failure, name: 'still-failing' },
  fixed: { ...OUTCOMES.success, name: 'fixed' }
}

/** What the message calls the run: its transition when the history was read and tells more, else its outcome. */
function messageOutcome(status: JobStatus | undefined, history: HistoryView | undefined): Outcome {
  return (history && TRANSITION_OUTCOMES[history.transition]) || outcomeOf(status)
}

/** How long the streak is, said after "still failing". */
function streakCount(history: HistoryView | undefined): StreakCount | undefined {
  if (history?.transition !== 'still-failing') return undefined
  return { count: history.streak, complete: history.streakComplete }
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** "CI #42", or whatever part of it is known. */
function runTitle(ctx: RunContext, words: Words): string {
  const name = ctx.workflow || words.workflow
  return ctx.runNumber ? `${name} #${ctx.runNumber}` : name
}

function refOf(ctx: RunContext): Ref | undefined {
  return ctx.refName ? { name: ctx.refName, tag: ctx.refType === 'tag' } : undefined
}

/**
 * `[octo/app] CI #42 failed on main`, `[octo/app] CI #42 still failing on main (3rd run)`.
 * A threaded mail of a failure streak gets the streak's subject instead, the same for
 * every mail of the streak (Gmail threads only messages with the same subject):
 * `[octo/app] CI failing on main since #40`.
 */
export function defaultSubject(ctx: RunContext, status: JobStatus | undefined, history?: HistoryView, language: Language = DEFAULT_LANGUAGE): string {
  const words = WORDS[language]
  const repo = ctx.repository ? `[${ctx.repository}] ` : ''
  if (history?.threaded && history.failingSince) return words.threadSubject(repo, ctx.workflow || words.workflow, history.failingSince.runNumber, refOf(ctx))
  return words.subject(repo, runTitle(ctx, words), words.verb(messageOutcome(status, history).name), refOf(ctx), streakCount(history))
}

/** A sentence about a run of the history, with its run and commit linked in the HTML part. */
interface StreakLine extends StreakWords {
  run: PastRun
}

/** Where the streak began, or how long it was: the line under the heading. */
function streakLine(history: HistoryView | undefined, words: Words): StreakLine | undefined {
  if (!history) return undefined
  const count = { count: history.streak, complete: history.streakComplete }
  if (history.transition === 'still-failing' && history.failingSince) return { ...words.streakStillFailing(count), run: history.failingSince }
  if (history.transition === 'fixed' && history.failingSince) return { ...words.streakFixed(count), run: history.failingSince }
  if (history.transition === 'broken' && history.lastSuccess) return { ...words.streakBroken(), run: history.lastSuccess }
  return undefined
}

function commitUrlOf(ctx: RunContext, sha: string): string {
  return ctx.repositoryUrl && sha ? `${ctx.repositoryUrl}/commit/${sha}` : ''
}

/** The lead, then a space when there is one: Korean puts the run first. */
const leadOf = (line: StreakLine) => (line.lead ? `${line.lead} ` : '')

function streakLineWords(line: StreakLine, words: Words): string {
  return `${leadOf(line)}${words.run(line.run.runNumber)}${line.run.headSha ? words.commitNote(line.run.headSha.slice(0, 7)) : ''}${line.tail}`
}

function streakLineAsText(ctx: RunContext, line: StreakLine, words: Words): string {
  const links = [
    [words.runLinkLabel, line.run.url],
    [words.commitLinkLabel, commitUrlOf(ctx, line.run.headSha)]
  ].filter(([, url]) => url)
  return [streakLineWords(line, words), ...links.map(([label, url]) => `  ${padToColumns(label, 8)}${url}`)].join('\n')
}

function streakLineAsHtml(ctx: RunContext, line: StreakLine, words: Words): string {
  let commit = ''
  if (line.run.headSha) {
    const shortSha = line.run.headSha.slice(0, 7)
    // The commit note's words around the linked hash: " (commit " and ")".
    const [before, after] = words.commitNote(shortSha).split(shortSha)
    commit = `${escapeHtml(before)}<code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(commitUrlOf(ctx, line.run.headSha) || undefined, shortSha)}</code>${escapeHtml(after)}`
  }
  return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5">${escapeHtml(leadOf(line))}${link(line.run.url || undefined, words.run(line.run.runNumber))}${commit}${escapeHtml(line.tail)}</p>`
}

/** The facts of the default notification, in reading order. */
function runFacts(ctx: RunContext, language: Language = DEFAULT_LANGUAGE, { withJob = true } = {}): Fact[] {
  const words = WORDS[language]
  const facts: Fact[] = []
  if (ctx.repository) facts.push({ label: words.repository, text: ctx.repository, href: ctx.repositoryUrl })
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? words.attempt(ctx.runAttempt) : ''
  facts.push({ label: words.workflowLabel, text: runTitle(ctx, words), href: ctx.runUrl || undefined, note: attempt || undefined })
  if (ctx.job && withJob) facts.push({ label: words.job, text: ctx.job })
  if (ctx.pullRequest) {
    const pr = ctx.pullRequest
    const branches = pr.head && pr.base ? `${pr.head} → ${pr.base}` : undefined
    facts.push({ label: words.pullRequest, text: `#${pr.number} ${pr.title}`.trim(), href: pr.url || undefined, note: branches })
  } else if (ctx.refName) {
    facts.push({ label: ctx.refType === 'tag' ? words.tag : words.branch, text: ctx.refName })
  }
  if (ctx.sha) {
    const note = [ctx.commitTitle, ctx.commitAuthor ? words.by(ctx.commitAuthor) : ''].filter(Boolean).join(' — ')
    facts.push({ label: words.commit, text: ctx.shortSha, href: ctx.commitUrl || undefined, note: note || undefined })
  }
  if (ctx.actor || ctx.event) {
    facts.push({ label: words.triggeredBy, text: [ctx.actor, ctx.event ? `(${ctx.event})` : ''].filter(Boolean).join(' ') })
  }
  return facts
}

/** Columns a label takes in a fixed-width font: Hangul and other wide letters take two. */
function columns(text: string): number {
  let count = 0
  for (const character of text) count += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(character) ? 2 : 1
  return count
}

/** `text` followed by spaces up to `width` columns, so that the values after labels line up in any language. */
function padToColumns(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - columns(text)))
}

function factsAsText(facts: Fact[]): string {
  const width = Math.max(...facts.map((f) => columns(f.label))) + 2
  return facts
    .map((f) => {
      const value = [f.text, f.note].filter(Boolean).join('  ')
      return `${padToColumns(`${f.label}:`, width)}${value}${f.href ? `\n${' '.repeat(width)}${f.href}` : ''}`
    })
    .join('\n')
}

export const LINK_STYLE = `color:${COLOURS.blue};text-decoration:underline`
export const MUTED = `color:${COLOURS.muted}`
const HEADING_STYLE = 'margin:24px 0 8px;font-size:16px'
/**
 * Preformatted text (log excerpts, stack lines, a body's code blocks): each line kept whole,
 * the box scrolling sideways within the mail's width when a line is longer. Wrapping cannot
 * keep a stack frame such as `at Object.<anonymous> (/home/runner/work/app/app/src/…/x.test.ts:12:34)`
 * readable in Gmail: it drops `overflow-wrap`, puts break opportunities (`<wbr>`) into long
 * words on the web, and in its apps makes `word-break:break-word` break like `break-all`, so
 * with `pre-wrap` the paths broke mid-word, on a phone at every line. `overflow` is one of the
 * few properties here that Gmail keeps on the web and in its iOS and Android apps
 * (caniemail.com); its apps ignore a `white-space:pre` declaration, but a <pre> keeps its lines
 * by default. A client that ignored `overflow` would show a long line past the box's edge, still
 * whole. A border instead of a shaded box: a background would stay light on a dark page.
 */
export const PRE_STYLE =
  `margin:8px 0 0;padding:8px 12px;border:1px solid ${COLOURS.border};border-radius:6px;` +
  'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;line-height:1.45;white-space:pre;overflow:auto'
/**
 * A list whose rows are blocks, not `<li>`: Gmail drops `list-style`, so a `<ul>` meant to
 * show no bullets shows them, indented past anything that follows it.
 */
const LIST_STYLE = 'font-size:14px;line-height:1.5'
const ROW_STYLE = 'margin:0 0 4px'

/** A link when the URL may be one (isLinkable), else the text alone. */
function link(href: string | undefined, text: string, style = LINK_STYLE): string {
  return isLinkable(href) ? `<a href="${escapeHtml(href)}" style="${style}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

function factsAsHtml(facts: Fact[]): string {
  const rows = facts.map((f) => {
    const note = f.note ? ` <span style="${MUTED}">${escapeHtml(f.note)}</span>` : ''
    return (
      '<tr>' +
      `<td style="padding:4px 12px 4px 0;${MUTED};white-space:nowrap;vertical-align:top">${escapeHtml(f.label)}</td>` +
      `<td style="padding:4px 0;vertical-align:top">${link(f.href, f.text)}${note}</td>` +
      '</tr>'
    )
  })
  return `<table role="presentation" style="border-collapse:collapse;font-size:14px;line-height:1.5">${rows.join('')}</table>`
}

function problemJobsAsText(report: RunReport, language: Language): string {
  const words = WORDS[language]
  const blocks = report.problemJobs.map((job) => {
    const steps = job.failedSteps.length ? ` ${words.atSteps(job.failedSteps)}` : ''
    const lines = [`- ${job.name} ${conclusionIn(job.conclusion, language)}${steps}${job.completed ? '' : ` ${words.stillRunning}`}`]
    if (job.url) lines.push(`  ${job.url}`)
    if (job.excerpt?.length) lines.push('', ...job.excerpt.map((line) => `  | ${line}`))
    return lines.join('\n')
  })
  if (report.moreProblemJobs) blocks.push(`- ${words.moreJobs(report.moreProblemJobs)}`)
  return `${words.failedJobs}:\n${blocks.join('\n\n')}`
}

function problemJobsAsHtml(report: RunReport, language: Language): string {
  const words = WORDS[language]
  const items = report.problemJobs.map((job) => {
    const excerpt = job.excerpt?.length ? `<pre style="${PRE_STYLE}">${escapeHtml(job.excerpt.join('\n'))}</pre>` : ''
    return (
      '<li style="margin:0 0 12px">' +
      `<strong>${link(job.url || undefined, job.name)}</strong> ${escapeHtml(conclusionIn(job.conclusion, language))}` +
      (job.failedSteps.length ? ` <span style="${MUTED}">${escapeHtml(words.atSteps(job.failedSteps))}</span>` : '') +
      (job.completed ? '' : ` <span style="${MUTED}">${escapeHtml(words.stillRunning)}</span>`) +
      excerpt +
      '</li>'
    )
  })
  if (report.moreProblemJobs) items.push(`<li style="margin:0 0 12px;${MUTED}">${escapeHtml(words.moreJobs(report.moreProblemJobs))}</li>`)
  return `<h2 style="${HEADING_STYLE}">${escapeHtml(words.failedJobs)}</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`
}

/** A list of commits with a heading, counts of those left out, and a link to compare. */
interface CommitList {
  heading: string
  commits: PushedCommit[]
  /** Left out before the first listed one. */
  earlier: number
  /** Left out after the last listed one. */
  later: number
  compareUrl: string
  compareText: string
}

/**
 * For a failure after the last success, the commits since then, oldest first (the one that
 * broke the build is among the first); else the commits of a push of several (a push of one
 * is already told by the Commit line).
 */
function commitList(ctx: RunContext, history: HistoryView | undefined, words: Words): CommitList | undefined {
  const since = history?.commitsSince
  if (since && history.lastSuccess && (history.transition === 'broken' || history.transition === 'still-failing')) {
    return {
      heading: words.commitsSince(history.lastSuccess.runNumber),
      commits: since.commits,
      earlier: 0,
      later: since.total - since.commits.length,
      compareUrl: since.compareUrl,
      compareText: words.compareSince
    }
  }
  if (ctx.commitCount <= 1) return undefined
  return {
    heading: words.commitsInPush,
    commits: ctx.commits,
    earlier: ctx.commitCount - ctx.commits.length,
    later: 0,
    compareUrl: ctx.compareUrl,
    compareText: words.comparePush
  }
}

function commitsAsText(list: CommitList, words: Words): string {
  const lines = list.commits.map((c) => `  ${c.shortSha} ${c.title}${c.author ? ` — ${c.author}` : ''}`)
  if (list.earlier > 0) lines.unshift(`  ${words.earlierCommits(list.earlier)}`)
  if (list.later > 0) lines.push(`  ${words.moreCommits(list.later)}`)
  return `${list.heading}:\n${lines.join('\n')}${list.compareUrl ? `\n  ${words.compareLabel} ${list.compareUrl}` : ''}`
}

function commitsAsHtml(list: CommitList, words: Words): string {
  const rows = list.commits.map(
    (c) =>
      `<div style="${ROW_STYLE}"><code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(c.url || undefined, c.shortSha)}</code> ` +
      `${escapeHtml(c.title)}${c.author ? ` <span style="${MUTED}">— ${escapeHtml(c.author)}</span>` : ''}</div>`
  )
  if (list.earlier > 0) rows.unshift(`<div style="${ROW_STYLE};${MUTED}">${escapeHtml(words.earlierCommits(list.earlier))}</div>`)
  if (list.later > 0) rows.push(`<div style="${ROW_STYLE};${MUTED}">${escapeHtml(words.moreCommits(list.later))}</div>`)
  if (list.compareUrl) rows.push(`<div style="${ROW_STYLE}">${link(list.compareUrl, list.compareText)}</div>`)
  return `<h2 style="${HEADING_STYLE}">${escapeHtml(list.heading)}</h2><div style="${LIST_STYLE}">${rows.join('')}</div>`
}

/**
 * Room for the lines under failed tests and under error annotations, each, in the HTML part
 * after escaping: with the log excerpts they stay under the 102 KB at which Gmail clips.
 */
const DETAILS_BUDGET = 16 * 1024

/** The groups of lines with lines dropped from the end of the largest group until they fit `budget` once escaped. */
function fitLines(groups: string[][], budget = DETAILS_BUDGET): string[][] {
  const fitted = groups.map((lines) => [...lines])
  const sizes = fitted.map((lines) => lines.reduce((sum, line) => sum + escapeHtml(line).length + 1, 0))
  let total = sizes.reduce((sum, size) => sum + size, 0)
  while (total > budget) {
    const largest = sizes.indexOf(Math.max(...sizes))
    const removed = escapeHtml(fitted[largest].pop()!).length + 1
    sizes[largest] -= removed
    total -= removed
  }
  return fitted
}

/** The link to the annotated lines at the run's commit, when the path is one inside the repository. */
function annotationUrl(ctx: RunContext, annotation: ErrorAnnotation): string | undefined {
  const path = annotation.path
  if (!path || !/^https?:\/\//.test(ctx.serverUrl) || !ctx.repository || !/^[0-9a-f]{7,64}$/i.test(ctx.sha)) return undefined
  if (/^[/\\]|^[a-z]:/i.test(path) || path.split(/[/\\]/).some((part) => part === '..' || part === '.')) return undefined
  const lines = annotation.startLine ? `#L${annotation.startLine}${annotation.endLine > annotation.startLine ? `-L${annotation.endLine}` : ''}` : ''
  return `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}${lines}`
}

/** "src/cart.ts:12", "src/cart.ts:12-14", or the path alone; empty when the annotation names no file. */
function annotationPlace(annotation: ErrorAnnotation): string {
  if (!annotation.path) return ''
  const lines = annotation.startLine ? `:${annotation.startLine}${annotation.endLine > annotation.startLine ? `-${annotation.endLine}` : ''}` : ''
  return cleanReportLine(`${annotation.path}${lines}`)
}

/** The message of an annotation as lines: the title first when it adds to the message, at most MAX_DETAIL_LINES + 1. */
function annotationLines(annotation: ErrorAnnotation): string[] {
  const lines = annotation.message
    .split(/\r\n|\r|\n/)
    .map(cleanReportLine)
    .filter(Boolean)
  const title = cleanReportLine(annotation.title)
  if (title && !lines[0]?.includes(title)) lines.unshift(title)
  return lines.slice(0, MAX_DETAIL_LINES + 1)
}

function annotationsAsText(report: RunReport, ctx: RunContext, language: Language): string {
  const words = WORDS[language]
  const items = (report.annotations ?? []).map((annotation) => {
    const place = annotationPlace(annotation)
    const url = annotationUrl(ctx, annotation)
    const lines = [`- ${place ? `${place} ` : ''}(${cleanReportLine(annotation.job)})`]
    if (url) lines.push(`  ${url}`)
    lines.push(...annotationLines(annotation).map((line) => `  ${line}`))
    return lines.join('\n')
  })
  if (report.moreAnnotations) items.push(`- ${words.moreAnnotations(report.moreAnnotations)}`)
  return `${words.errorAnnotations}:\n${items.join('\n')}`
}

function annotationsAsHtml(report: RunReport, ctx: RunContext, language: Language): string {
  const words = WORDS[language]
  const annotations = report.annotations ?? []
  const messages = annotations.map(annotationLines)
  const rest = fitLines(messages.map((lines) => lines.slice(1)))
  const items = annotations.map((annotation, index) => {
    const place = annotationPlace(annotation)
    const where = place ? `<code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(annotationUrl(ctx, annotation), place)}</code> ` : ''
    const more = rest[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(rest[index].join('\n'))}</pre>` : ''
    return (
      '<li style="margin:0 0 12px">' +
      `${where}<span style="${MUTED}">${escapeHtml(cleanReportLine(annotation.job))}</span>` +
      (messages[index][0] ? `<br>${escapeHtml(messages[index][0])}` : '') +
      more +
      '</li>'
    )
  })
  if (report.moreAnnotations) items.push(`<li style="margin:0 0 12px;${MUTED}">${words.moreAnnotations(report.moreAnnotations)}</li>`)
  return `<h2 style="${HEADING_STYLE}">${words.errorAnnotations}</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`
}

const hasFailures = (tests: TestSummary) => tests.counts.failed + tests.counts.errored > 0
const testsHeading = (tests: TestSummary, words: Words) => (hasFailures(tests) ? words.failedTests : words.tests)

function testsAsText(tests: TestSummary, language: Language): string {
  const list = failedTestsAsText(tests, language)
  return `${testsHeading(tests, WORDS[language])} (${countsPhrase(tests.counts, language)})${list ? `:\n${list}` : ''}`
}

function testsAsHtml(tests: TestSummary, language: Language): string {
  const words = WORDS[language]
  const said = testWords(language)
  const details = fitLines(tests.failures.map((test) => test.details))
  const items = tests.failures.map((test, index) => {
    const suite = test.suite ? ` <span style="${MUTED}">${escapeHtml(words.inSuite(test.suite))}</span>` : ''
    const kind = test.errored ? ` <span style="${MUTED}">${said.error}</span>` : ''
    const message = test.message ? `<br>${escapeHtml(test.message)}` : ''
    const stack = details[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(details[index].join('\n'))}</pre>` : ''
    return `<li style="margin:0 0 12px"><strong>${escapeHtml(test.name || said.unnamed)}</strong>${suite}${kind}${message}${stack}</li>`
  })
  if (tests.moreFailures) items.push(`<li style="margin:0 0 12px;${MUTED}">${said.more(tests.moreFailures)}</li>`)
  const list = items.length ? `<ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>` : ''
  return `<h2 style="${HEADING_STYLE}">${testsHeading(tests, words)}</h2><p style="margin:0 0 8px;font-size:14px">${escapeHtml(countsPhrase(tests.counts, language))}</p>${list}`
}

/**
 * Wraps content in a mail-safe page: inline styles only, no scripts, no background, limited
 * width; `preview` is hidden text that mail programs show after the subject in the list.
 */
function page(title: string, content: string, language: Language, preview = ''): string {
  return (
    `<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">' +
    `<title>${escapeHtml(title)}</title></head>` +
    '<body style="margin:0;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif">' +
    (preview ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preview)}</div>` : '') +
    `<div style="max-width:640px;margin:0 auto">${content}</div></body></html>`
  )
}

/** The generated message's heading: the outcome in its colour and in words, then "CI #42 failed". */
function banner(outcome: Outcome, heading: string, words: Words): string {
  return (
    `<div style="border-left:6px solid ${outcome.colour};padding:8px 16px;margin-bottom:16px">` +
    `<div style="font-weight:bold;color:${outcome.colour};font-size:14px;text-transform:uppercase;letter-spacing:.05em">${outcome.symbol} ${escapeHtml(words.word(outcome.name))}</div>` +
    `<h1 style="margin:4px 0 0;font-size:20px">${escapeHtml(heading)}</h1>` +
    '</div>'
  )
}

/**
 * A section of the message, such as the failed jobs: the same content as HTML for the HTML
 * part and as text for the text part, both empty when there is nothing to show. The
 * generated message places each section itself; a custom body places one with its
 * placeholder (see BodySections in body.ts).
 */
export interface Section {
  html: string
  text: string
  /** Added after a custom body that does not place it, so that bodies written before the placeholder existed keep it. */
  appendedToBody: boolean
}

export const EMPTY_SECTION = { html: '', text: '' }

/**
 * Every section of this message, by placeholder. A new section: its name in PLACEHOLDERS and
 * SECTION_PLACEHOLDERS (template.ts) and in the README's table, and its rendering here.
 */
function messageSections(
  ctx: RunContext,
  problems: RunReport | undefined,
  annotated: RunReport | undefined,
  tests: TestSummary | undefined,
  language: Language
): Record<SectionName, Section> {
  // The failed jobs, then what their checks pointed at: the error annotations.
  const jobs = [
    problems && { html: problemJobsAsHtml(problems, language), text: problemJobsAsText(problems, language) },
    annotated && { html: annotationsAsHtml(annotated, ctx, language), text: annotationsAsText(annotated, ctx, language) }
  ].filter((part) => part !== undefined)
  return {
    failed_jobs: { html: jobs.map((part) => part.html).join(''), text: jobs.map((part) => part.text).join('\n\n'), appendedToBody: true },
    // After a custom body only when tests failed: counts alone are the generated message's.
    failed_tests: {
      ...(tests ? { html: testsAsHtml(tests, language), text: testsAsText(tests, language) } : EMPTY_SECTION),
      appendedToBody: !!tests && hasFailures(tests)
    }
  }
}

/**
 * Room for log excerpts in the HTML part, counted after escaping: with the rest of the
 * message it stays well under the 102 KB at which Gmail clips a message.
 */
export const EXCERPT_BUDGET = 48 * 1024

/** The report with its excerpts shortened from the top, longest first, until they fit the budget. */
export function fitExcerpts(report: RunReport, budget = EXCERPT_BUDGET): RunReport {
  const jobs = report.problemJobs.map((job) => ({ ...job, excerpt: job.excerpt && [...job.excerpt] }))
  const lineSizes = jobs.map((job) => (job.excerpt ?? []).map((line) => escapeHtml(line).length + 1))
  const sizes = lineSizes.map((lines) => lines.reduce((sum, size) => sum + size, 0))
  let total = sizes.reduce((sum, size) => sum + size, 0)
  while (total > budget) {
    const longest = sizes.indexOf(Math.max(...sizes))
    const removed = lineSizes[longest].shift()!
    jobs[longest].excerpt!.shift()
    sizes[longest] -= removed
    total -= removed
  }
  return { ...report, problemJobs: jobs }
}

/** Gmail clips an HTML part larger than this. */
const GMAIL_CLIP_BYTES = 102 * 1024

/** A warning when Gmail would hide the end of the message behind "View entire message". */
export function gmailClippingWarning(message: Pick<ComposedMessage, 'html'>, language: Language = DEFAULT_LANGUAGE): string | undefined {
  const bytes = Buffer.byteLength(message.html)
  if (bytes <= GMAIL_CLIP_BYTES) return undefined
  return WORDS[language].gmailClipping(Math.round(bytes / 1024))
}

/**
 * What compose needs from the settings; `body` is the text of `body` or `body-file` (named
 * by `bodyFile`). Without `language`, English.
 */
export type ComposeSettings = Pick<Settings, 'subject' | 'body' | 'status'> & Partial<Pick<Settings, 'bodyFile' | 'language'>>

/**
 * Composes the subject and both body parts from the settings, the run and, when the API
 * was asked, the failed jobs and the run's place in the history. Placeholders are filled
 * with values escaped for each part: raw text in the subject and the text part,
 * Markdown-escaped in what becomes HTML. A custom body is the whole message: no generated
 * heading or footer, in any language.
 */
export async function composeMessage(
  settings: ComposeSettings,
  ctx: RunContext,
  report?: RunReport,
  history?: HistoryView,
  tests?: TestSummary
): Promise<ComposedMessage> {
  const language = settings.language ?? DEFAULT_LANGUAGE
  const words = WORDS[language]
  const outcome = messageOutcome(settings.status, history)
  // Placeholder values are the same in every language: a custom text is the user's own.
  const values = templateValues(ctx, settings.status, WORDS.en.verb(outcomeOf(settings.status).name), history, tests)
  const subject =
    settings.subject !== undefined ? renderTemplate(settings.subject, values, escapeSubject).trim() : defaultSubject(ctx, settings.status, history, language)
  const problems = report && report.problemJobs.length ? fitExcerpts(report) : undefined
  const annotated = report?.annotations?.length ? report : undefined
  const sections = messageSections(ctx, problems, annotated, tests, language)

  if (settings.body !== undefined) {
    // Loaded only for a custom body, with marked.
    const { renderCustomBody } = await import('./body.ts')
    const { text, content } = await renderCustomBody(settings.body, values, sections, settings)
    return { subject, text, html: page(subject, content, language), htmlContent: content }
  }

  const heading = words.heading(runTitle(ctx, words), words.verb(outcome.name), streakCount(history))
  const streak = streakLine(history, words)
  const word = words.word(outcome.name)
  // The transition leads the preview, where a threaded mail's subject no longer says it.
  const preview = history ? `${word}: ${heading}.${streak ? ` ${streakLineWords(streak, words)}` : ''}` : ''
  // The job this step runs in, unless the failed jobs are listed: in a final job that sends
  // the mail (`needs:`), "Job: notify" beside them would read as the job that broke.
  const facts = [...runFacts(ctx, language, { withJob: !problems }), ...ctx.trigger]
  const textParts = [`${word.toUpperCase()}: ${heading}`]
  const htmlParts: string[] = []
  if (streak) {
    textParts.push(streakLineAsText(ctx, streak, words))
    htmlParts.push(streakLineAsHtml(ctx, streak, words))
  }
  textParts.push(factsAsText(facts))
  htmlParts.push(factsAsHtml(facts))
  for (const section of [sections.failed_jobs, sections.failed_tests]) {
    if (!section.text) continue
    textParts.push(section.text)
    htmlParts.push(section.html)
  }
  const commits = commitList(ctx, history, words)
  if (commits) {
    textParts.push(commitsAsText(commits, words))
    htmlParts.push(commitsAsHtml(commits, words))
  }
  const content = htmlParts.join('')
  const footer = isLinkable(ctx.runUrl) ? `<p style="margin-top:24px;font-size:12px">${link(ctx.runUrl, words.viewRun, MUTED)}</p>` : ''
  return {
    subject,
    text: `${textParts.join('\n\n')}\n`,
    html: page(subject, banner(outcome, heading, words) + content + footer, language, preview),
    htmlContent: content
  }
}
