import { randomBytes } from 'node:crypto'
import type * as MarkedModule from 'marked'
import type { Marked, RendererObject, TokenizerAndRendererExtension } from 'marked'
import type { Fact, PushedCommit, RunContext } from './context.ts'
import { InputError } from './errors.ts'
import { ordinal, type HistoryView, type PastRun, type Transition } from './history.ts'
import type { ErrorAnnotation, JobStatus, ProblemJob, RunReport } from './jobs.ts'
import type { Settings } from './settings.ts'
import {
  escapeSubject,
  isLinkable,
  isSection,
  markdownValue,
  placeholdersIn,
  renderTemplate,
  SECTION_PLACEHOLDERS,
  type SectionName,
  templateValues
} from './template.ts'
import { cleanReportLine, countsPhrase, failedTestsAsText, MAX_DETAIL_LINES, type TestSummary } from './test-summary.ts'
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

interface Outcome {
  /** Past tense used in the subject and heading: "failed". */
  verb: string
  /** Short word shown in the banner: "Failed". */
  word: string
  colour: string
  symbol: string
}

/**
 * The only colours the mail sets. It sets no background, so the client's own (white, or dark
 * in dark mode) shows through and text without a colour of its own takes the client's. Each
 * colour set on text reads at 4.5:1 or better on white and at 3:1 or better on a dark
 * (#121212) page, so it needs no dark-mode variant; the border grey is not text and reads at
 * 3:1 on both.
 */
const COLOURS = {
  green: '#1a7f37',
  red: '#cf222e',
  blue: '#0969da',
  /** Labels and notes; GitHub's lighter greys fall under 4.5:1 on white, its darker ones under 3:1 on dark. */
  muted: '#656d76',
  border: '#8c959f'
} as const

const OUTCOMES: Record<JobStatus | 'unknown', Outcome> = {
  success: { verb: 'succeeded', word: 'Succeeded', colour: COLOURS.green, symbol: '✔' },
  failure: { verb: 'failed', word: 'Failed', colour: COLOURS.red, symbol: '✖' },
  cancelled: { verb: 'was cancelled', word: 'Cancelled', colour: COLOURS.muted, symbol: '⊘' },
  unknown: { verb: 'finished', word: 'Finished', colour: COLOURS.blue, symbol: '●' }
}

export function outcomeOf(status: JobStatus | undefined): Outcome {
  return OUTCOMES[status ?? 'unknown']
}

/** The transitions that say more than the outcome does; the others are told by the outcome. */
const TRANSITION_OUTCOMES: Partial<Record<Transition, Outcome>> = {
  broken: { verb: 'broken', word: 'Broken', colour: OUTCOMES.failure.colour, symbol: OUTCOMES.failure.symbol },
  'still-failing': { verb: 'still failing', word: 'Still failing', colour: OUTCOMES.failure.colour, symbol: OUTCOMES.failure.symbol },
  fixed: { verb: 'fixed', word: 'Fixed', colour: OUTCOMES.success.colour, symbol: OUTCOMES.success.symbol }
}

/** What the message calls the run: its transition when the history was read and tells more, else its outcome. */
function messageOutcome(status: JobStatus | undefined, history: HistoryView | undefined): Outcome {
  return (history && TRANSITION_OUTCOMES[history.transition]) || outcomeOf(status)
}

/** " (3rd run)" after "still failing": how long the streak is. */
function streakNote(history: HistoryView | undefined): string {
  if (history?.transition !== 'still-failing') return ''
  return ` (${ordinal(history.streak)} run${history.streakComplete ? '' : ' or later'})`
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** "CI #42", or whatever part of it is known. */
function runTitle(ctx: RunContext): string {
  const name = ctx.workflow || 'Workflow'
  return ctx.runNumber ? `${name} #${ctx.runNumber}` : name
}

function refPhrase(ctx: RunContext): string {
  if (!ctx.refName) return ''
  return ctx.refType === 'tag' ? ` on tag ${ctx.refName}` : ` on ${ctx.refName}`
}

/**
 * `[octo/app] CI #42 failed on main`, `[octo/app] CI #42 still failing on main (3rd run)`.
 * A threaded mail of a failure streak gets the streak's subject instead, the same for
 * every mail of the streak (Gmail threads only messages with the same subject):
 * `[octo/app] CI failing on main since #40`.
 */
export function defaultSubject(ctx: RunContext, status: JobStatus | undefined, history?: HistoryView): string {
  const repo = ctx.repository ? `[${ctx.repository}] ` : ''
  if (history?.threaded && history.failingSince) return `${repo}${ctx.workflow || 'Workflow'} failing${refPhrase(ctx)} since #${history.failingSince.runNumber}`
  return `${repo}${runTitle(ctx)} ${messageOutcome(status, history).verb}${refPhrase(ctx)}${streakNote(history)}`
}

/** A sentence about a run of the history, with its run and commit linked in the HTML part. */
interface StreakLine {
  lead: string
  run: PastRun
  tail: string
}

/** Where the streak began, or how long it was: the line under the heading. */
function streakLine(history: HistoryView | undefined): StreakLine | undefined {
  if (!history) return undefined
  const count = `${history.streakComplete ? '' : 'at least '}${history.streak} failed run${history.streak === 1 ? '' : 's'}`
  if (history.transition === 'still-failing' && history.failingSince) return { lead: 'Failing since', run: history.failingSince, tail: `: ${count} in a row.` }
  if (history.transition === 'fixed' && history.failingSince) return { lead: `Fixed after ${count}, failing since`, run: history.failingSince, tail: '.' }
  if (history.transition === 'broken' && history.lastSuccess) return { lead: 'The last successful run was', run: history.lastSuccess, tail: '.' }
  return undefined
}

function commitUrlOf(ctx: RunContext, sha: string): string {
  return ctx.repositoryUrl && sha ? `${ctx.repositoryUrl}/commit/${sha}` : ''
}

function streakLineWords(line: StreakLine): string {
  return `${line.lead} run #${line.run.runNumber}${line.run.headSha ? ` (commit ${line.run.headSha.slice(0, 7)})` : ''}${line.tail}`
}

function streakLineAsText(ctx: RunContext, line: StreakLine): string {
  const links = [
    ['Run:', line.run.url],
    ['Commit:', commitUrlOf(ctx, line.run.headSha)]
  ].filter(([, url]) => url)
  return [streakLineWords(line), ...links.map(([label, url]) => `  ${label.padEnd(8)}${url}`)].join('\n')
}

function streakLineAsHtml(ctx: RunContext, line: StreakLine): string {
  const commit = line.run.headSha
    ? ` (commit <code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(commitUrlOf(ctx, line.run.headSha) || undefined, line.run.headSha.slice(0, 7))}</code>)`
    : ''
  return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5">${escapeHtml(line.lead)} ${link(line.run.url || undefined, `run #${line.run.runNumber}`)}${commit}${escapeHtml(line.tail)}</p>`
}

/** The facts of the default notification, in reading order. */
export function runFacts(ctx: RunContext): Fact[] {
  const facts: Fact[] = []
  if (ctx.repository) facts.push({ label: 'Repository', text: ctx.repository, href: ctx.repositoryUrl })
  const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? ` (attempt ${ctx.runAttempt})` : ''
  facts.push({ label: 'Workflow', text: runTitle(ctx), href: ctx.runUrl || undefined, note: attempt || undefined })
  if (ctx.job) facts.push({ label: 'Job', text: ctx.job })
  if (ctx.pullRequest) {
    const pr = ctx.pullRequest
    const branches = pr.head && pr.base ? `${pr.head} → ${pr.base}` : undefined
    facts.push({ label: 'Pull request', text: `#${pr.number} ${pr.title}`.trim(), href: pr.url || undefined, note: branches })
  } else if (ctx.refName) {
    facts.push({ label: ctx.refType === 'tag' ? 'Tag' : 'Branch', text: ctx.refName })
  }
  if (ctx.sha) {
    const words = [ctx.commitTitle, ctx.commitAuthor ? `by ${ctx.commitAuthor}` : ''].filter(Boolean).join(' — ')
    facts.push({ label: 'Commit', text: ctx.shortSha, href: ctx.commitUrl || undefined, note: words || undefined })
  }
  if (ctx.actor || ctx.event) {
    facts.push({ label: 'Triggered by', text: [ctx.actor, ctx.event ? `(${ctx.event})` : ''].filter(Boolean).join(' ') })
  }
  return facts
}

function factsAsText(facts: Fact[]): string {
  const width = Math.max(...facts.map((f) => f.label.length)) + 2
  return facts
    .map((f) => {
      const value = [f.text, f.note].filter(Boolean).join('  ')
      return `${`${f.label}:`.padEnd(width)}${value}${f.href ? `\n${' '.repeat(width)}${f.href}` : ''}`
    })
    .join('\n')
}

const LINK_STYLE = `color:${COLOURS.blue};text-decoration:underline`
const MUTED = `color:${COLOURS.muted}`
const HEADING_STYLE = 'margin:24px 0 8px;font-size:16px'
// A border instead of a shaded box: a background would stay light on a dark page.
const PRE_STYLE =
  `margin:8px 0 0;padding:8px 12px;border:1px solid ${COLOURS.border};border-radius:6px;` +
  'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;line-height:1.45;white-space:pre-wrap;word-break:break-word'
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

/** Said of a job that is still running (usually the one sending): its log comes when it ends. */
const RUNNING_NOTE = '(still running, log not available yet)'

function stepsPhrase(job: ProblemJob): string {
  if (!job.failedSteps.length) return ''
  return `${job.failedSteps.length === 1 ? 'step' : 'steps'} ${job.failedSteps.map((s) => `“${s}”`).join(', ')}`
}

function problemJobsAsText(report: RunReport): string {
  const blocks = report.problemJobs.map((job) => {
    const steps = stepsPhrase(job)
    const lines = [`- ${job.name} ${job.conclusion}${steps ? ` at ${steps}` : ''}${job.completed ? '' : ` ${RUNNING_NOTE}`}`]
    if (job.url) lines.push(`  ${job.url}`)
    if (job.excerpt?.length) lines.push('', ...job.excerpt.map((line) => `  | ${line}`))
    return lines.join('\n')
  })
  if (report.moreProblemJobs) blocks.push(`- and ${report.moreProblemJobs} more`)
  return `Failed and cancelled jobs:\n${blocks.join('\n\n')}`
}

function problemJobsAsHtml(report: RunReport): string {
  const items = report.problemJobs.map((job) => {
    const steps = stepsPhrase(job)
    const excerpt = job.excerpt?.length ? `<pre style="${PRE_STYLE}">${escapeHtml(job.excerpt.join('\n'))}</pre>` : ''
    return (
      '<li style="margin:0 0 12px">' +
      `<strong>${link(job.url || undefined, job.name)}</strong> ${escapeHtml(job.conclusion)}` +
      (steps ? ` <span style="${MUTED}">at ${escapeHtml(steps)}</span>` : '') +
      (job.completed ? '' : ` <span style="${MUTED}">${RUNNING_NOTE}</span>`) +
      excerpt +
      '</li>'
    )
  })
  if (report.moreProblemJobs) items.push(`<li style="margin:0 0 12px;${MUTED}">and ${report.moreProblemJobs} more</li>`)
  return `<h2 style="${HEADING_STYLE}">Failed and cancelled jobs</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`
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
function commitList(ctx: RunContext, history: HistoryView | undefined): CommitList | undefined {
  const since = history?.commitsSince
  if (since && history.lastSuccess && (history.transition === 'broken' || history.transition === 'still-failing')) {
    return {
      heading: `Commits since the last successful run (#${history.lastSuccess.runNumber})`,
      commits: since.commits,
      earlier: 0,
      later: since.total - since.commits.length,
      compareUrl: since.compareUrl,
      compareText: 'Compare with the last successful run'
    }
  }
  if (ctx.commitCount <= 1) return undefined
  return {
    heading: 'Commits in this push',
    commits: ctx.commits,
    earlier: ctx.commitCount - ctx.commits.length,
    later: 0,
    compareUrl: ctx.compareUrl,
    compareText: 'Compare the changes'
  }
}

function commitsAsText(list: CommitList): string {
  const lines = list.commits.map((c) => `  ${c.shortSha} ${c.title}${c.author ? ` — ${c.author}` : ''}`)
  if (list.earlier > 0) lines.unshift(`  … ${list.earlier} earlier`)
  if (list.later > 0) lines.push(`  … ${list.later} more`)
  return `${list.heading}:\n${lines.join('\n')}${list.compareUrl ? `\n  Compare: ${list.compareUrl}` : ''}`
}

function commitsAsHtml(list: CommitList): string {
  const rows = list.commits.map(
    (c) =>
      `<div style="${ROW_STYLE}"><code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(c.url || undefined, c.shortSha)}</code> ` +
      `${escapeHtml(c.title)}${c.author ? ` <span style="${MUTED}">— ${escapeHtml(c.author)}</span>` : ''}</div>`
  )
  if (list.earlier > 0) rows.unshift(`<div style="${ROW_STYLE};${MUTED}">… ${list.earlier} earlier</div>`)
  if (list.later > 0) rows.push(`<div style="${ROW_STYLE};${MUTED}">… ${list.later} more</div>`)
  if (list.compareUrl) rows.push(`<div style="${ROW_STYLE}">${link(list.compareUrl, list.compareText)}</div>`)
  return `<h2 style="${HEADING_STYLE}">${escapeHtml(list.heading)}</h2><div style="${LIST_STYLE}">${rows.join('')}</div>`
}

/**
 * Room for the lines under failed tests and under error annotations, each, in the HTML part
 * after escaping: with the log excerpts they stay under the 102 KB at which Gmail clips.
 */
export const DETAILS_BUDGET = 16 * 1024

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

function annotationsAsText(report: RunReport, ctx: RunContext): string {
  const items = (report.annotations ?? []).map((annotation) => {
    const place = annotationPlace(annotation)
    const url = annotationUrl(ctx, annotation)
    const lines = [`- ${place ? `${place} ` : ''}(${cleanReportLine(annotation.job)})`]
    if (url) lines.push(`  ${url}`)
    lines.push(...annotationLines(annotation).map((line) => `  ${line}`))
    return lines.join('\n')
  })
  if (report.moreAnnotations) items.push(`- and ${report.moreAnnotations} more`)
  return `Error annotations:\n${items.join('\n')}`
}

function annotationsAsHtml(report: RunReport, ctx: RunContext): string {
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
  if (report.moreAnnotations) items.push(`<li style="margin:0 0 12px;${MUTED}">and ${report.moreAnnotations} more</li>`)
  return `<h2 style="${HEADING_STYLE}">Error annotations</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`
}

const hasFailures = (tests: TestSummary) => tests.counts.failed + tests.counts.errored > 0
const testsHeading = (tests: TestSummary) => (hasFailures(tests) ? 'Failed tests' : 'Tests')

function testsAsText(tests: TestSummary): string {
  const list = failedTestsAsText(tests)
  return `${testsHeading(tests)} (${countsPhrase(tests.counts)})${list ? `:\n${list}` : ''}`
}

function testsAsHtml(tests: TestSummary): string {
  const details = fitLines(tests.failures.map((test) => test.details))
  const items = tests.failures.map((test, index) => {
    const suite = test.suite ? ` <span style="${MUTED}">in ${escapeHtml(test.suite)}</span>` : ''
    const kind = test.errored ? ` <span style="${MUTED}">(error)</span>` : ''
    const message = test.message ? `<br>${escapeHtml(test.message)}` : ''
    const stack = details[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(details[index].join('\n'))}</pre>` : ''
    return `<li style="margin:0 0 12px"><strong>${escapeHtml(test.name || '(unnamed test)')}</strong>${suite}${kind}${message}${stack}</li>`
  })
  if (tests.moreFailures) items.push(`<li style="margin:0 0 12px;${MUTED}">and ${tests.moreFailures} more</li>`)
  const list = items.length ? `<ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>` : ''
  return `<h2 style="${HEADING_STYLE}">${testsHeading(tests)}</h2><p style="margin:0 0 8px;font-size:14px">${escapeHtml(countsPhrase(tests.counts))}</p>${list}`
}

/** `html`, which marked's own renderer made for one element, with a style on that element's opening tag. */
function withStyle(html: string, tag: string, style: string): string {
  return html.startsWith(`<${tag}`) ? `<${tag} style="${style}"${html.slice(tag.length + 1)}` : html
}

/**
 * marked with renderer hooks for mail: the inline styles a mail client needs (it ignores
 * style sheets), and links only to http, https and mailto URLs (isLinkable); any other
 * link of the body, its own or one filled in from a placeholder, is shown as its text.
 */
function markedForMail(marked: typeof MarkedModule, extensions: TokenizerAndRendererExtension[]): Marked {
  const builtIn = marked.Renderer.prototype
  const renderer: RendererObject = {
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens)
      if (!isLinkable(href)) return text
      // As marked's own renderer does: non-ASCII and spaces percent-encoded, `%` left alone.
      let encoded: string
      try {
        encoded = encodeURI(href).replace(/%25/g, '%')
      } catch {
        return text
      }
      return `<a href="${escapeHtml(encoded)}"${title ? ` title="${escapeHtml(title)}"` : ''} style="${LINK_STYLE}">${text}</a>`
    },
    code(token) {
      return withStyle(builtIn.code.call(this, token), 'pre', PRE_STYLE)
    },
    blockquote(token) {
      return withStyle(builtIn.blockquote.call(this, token), 'blockquote', `margin:0;padding:0 12px;border-left:4px solid ${COLOURS.border};${MUTED}`)
    },
    table(token) {
      return withStyle(builtIn.table.call(this, token), 'table', 'border-collapse:collapse')
    },
    tablecell(token) {
      return withStyle(builtIn.tablecell.call(this, token), token.header ? 'th' : 'td', `border:1px solid ${COLOURS.border};padding:4px 8px`)
    }
  }
  return new marked.Marked({ gfm: true, renderer, extensions, hooks: { provideLexer: () => boundedLexer(marked) } })
}

/**
 * Wraps content in a mail-safe page: inline styles only, no scripts, no background, limited
 * width; `preview` is hidden text that mail programs show after the subject in the list.
 */
function page(title: string, content: string, preview = ''): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">' +
    `<title>${escapeHtml(title)}</title></head>` +
    '<body style="margin:0;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif">' +
    (preview ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preview)}</div>` : '') +
    `<div style="max-width:640px;margin:0 auto">${content}</div></body></html>`
  )
}

/** The generated message's heading: the outcome in its colour and in words, then "CI #42 failed". */
function banner(outcome: Outcome, heading: string): string {
  return (
    `<div style="border-left:6px solid ${outcome.colour};padding:8px 16px;margin-bottom:16px">` +
    `<div style="font-weight:bold;color:${outcome.colour};font-size:14px;text-transform:uppercase;letter-spacing:.05em">${outcome.symbol} ${escapeHtml(outcome.word)}</div>` +
    `<h1 style="margin:4px 0 0;font-size:20px">${escapeHtml(heading)}</h1>` +
    '</div>'
  )
}

/**
 * A section of the message, such as the failed jobs: the same content as HTML for the HTML
 * part and as text for the text part, both empty when there is nothing to show. The
 * generated message places each section itself; a custom body places one with its
 * placeholder (see BodySections).
 */
export interface Section {
  html: string
  text: string
  /** Added after a custom body that does not place it, so that bodies written before the placeholder existed keep it. */
  appendedToBody: boolean
}

const EMPTY_SECTION = { html: '', text: '' }

/**
 * Every section of this message, by placeholder. A new section: its name in PLACEHOLDERS and
 * SECTION_PLACEHOLDERS (template.ts) and in the README's table, and its rendering here.
 */
function messageSections(
  ctx: RunContext,
  problems: RunReport | undefined,
  annotated: RunReport | undefined,
  tests: TestSummary | undefined
): Record<SectionName, Section> {
  // The failed jobs, then what their checks pointed at: the error annotations.
  const jobs = [
    problems && { html: problemJobsAsHtml(problems), text: problemJobsAsText(problems) },
    annotated && { html: annotationsAsHtml(annotated, ctx), text: annotationsAsText(annotated, ctx) }
  ].filter((part) => part !== undefined)
  return {
    failed_jobs: { html: jobs.map((part) => part.html).join(''), text: jobs.map((part) => part.text).join('\n\n'), appendedToBody: true },
    // After a custom body only when tests failed: counts alone are the generated message's.
    failed_tests: { ...(tests ? { html: testsAsHtml(tests), text: testsAsText(tests) } : EMPTY_SECTION), appendedToBody: !!tests && hasFailures(tests) }
  }
}

/**
 * How a custom body holds its sections. Each section placeholder is filled with a marker:
 * letters and digits, which Markdown leaves alone, with a random part that neither the body
 * nor a value from the event can contain. Then:
 * - HTML part: a marker on a line of its own becomes the section's HTML (a block extension
 *   of marked's, so inside a list item or a quote too); a marker anywhere else (in a
 *   sentence, a heading, a code block, a link) becomes the section's text, escaped, which
 *   is safe and readable in any of those places.
 * - Text part: a marker becomes the section's text; an empty section's line goes, with the
 *   blank lines after it.
 */
class BodySections {
  private readonly prefix = `section${randomBytes(12).toString('hex')}n`
  private readonly sections: Record<SectionName, Section>
  /** The sections the body places itself; marked needs the extension only when there are any. */
  readonly placed: ReadonlySet<SectionName>

  constructor(sections: Record<SectionName, Section>, body: string) {
    this.sections = sections
    this.placed = new Set(placeholdersIn(body).filter(isSection))
  }

  /** The sections that follow the body because it does not place them. */
  appended(): Section[] {
    return SECTION_PLACEHOLDERS.filter((name) => !this.placed.has(name) && this.sections[name].appendedToBody).map((name) => this.sections[name])
  }

  /** The value of each section placeholder in the body, before it is rendered. */
  markers(): Record<SectionName, string> {
    return Object.fromEntries(SECTION_PLACEHOLDERS.map((name, index) => [name, `${this.prefix}${index}x`])) as Record<SectionName, string>
  }

  private pattern(around: [string, string], flags = 'g'): RegExp {
    return new RegExp(`${around[0]}${this.prefix}(\\d+)x${around[1]}`, flags)
  }

  private section(index: string): Section {
    return this.sections[SECTION_PLACEHOLDERS[Number(index)]]
  }

  /** marked's tokenizer and renderer for a marker that stands as a block. */
  extension(): TokenizerAndRendererExtension {
    const block = this.pattern(['^ {0,3}', '[ \\t]*(?:\\n+|$)'], '')
    return {
      name: 'section',
      level: 'block',
      // Where a paragraph must end, so that a marker right under a line of text is a block too:
      // the start of a marker's line when only up to 3 spaces come before it on that line. If
      // more follows it on the line, the tokenizer declines and marked joins the paragraph up
      // again. marked asks this before every paragraph with the rest of the body, so it looks
      // no further than the first blank line, where the paragraph ends anyway: a long body
      // would otherwise be searched to its end once per paragraph.
      start: (src) => {
        const blankLine = /\n[ \t]*(?:\n|$)/.exec(src)
        const paragraph = blankLine ? src.slice(0, blankLine.index) : src
        for (let at = paragraph.indexOf(this.prefix); at >= 0; at = paragraph.indexOf(this.prefix, at + 1)) {
          let lineStart = at
          while (lineStart > 0 && at - lineStart < 3 && src[lineStart - 1] === ' ') lineStart--
          if (lineStart === 0 || src[lineStart - 1] === '\n') return lineStart
        }
        return undefined
      },
      tokenizer: (src) => {
        const found = block.exec(src)
        return found ? { type: 'section', raw: found[0], index: found[1] } : undefined
      },
      renderer: (token) => this.section(String(token.index)).html
    }
  }

  /** The rendered HTML with the markers that were not blocks replaced by their section's text. */
  finishHtml(html: string): string {
    return html.replace(this.pattern(['', '']), (_marker, index: string) => escapeHtml(this.section(index).text))
  }

  /** The rendered text with every marker replaced by its section's text. */
  finishText(text: string): string {
    return text
      .replace(this.pattern(['^[ \\t]*', '[ \\t]*(\\n(?:[ \\t]*\\n)*|$)'], 'gm'), (_line, index: string, after: string) => {
        const section = this.section(index).text
        return section ? `${section}${after}` : ''
      })
      .replace(this.pattern(['', '']), (_marker, index: string) => this.section(index).text)
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
export function gmailClippingWarning(message: Pick<ComposedMessage, 'html'>): string | undefined {
  const bytes = Buffer.byteLength(message.html)
  if (bytes <= GMAIL_CLIP_BYTES) return undefined
  return `The HTML part is ${Math.round(bytes / 1024)} KB: Gmail shows only the first 102 KB and hides the rest behind "View entire message". Shorten \`body\` or \`body-file\`.`
}

/** What compose needs from the settings; `body` is the text of `body` or `body-file` (named by `bodyFile`). */
export type ComposeSettings = Pick<Settings, 'subject' | 'body' | 'status'> & Partial<Pick<Settings, 'bodyFile'>>

/**
 * How deeply a Markdown body may nest (quotes, lists, emphasis, links in one another).
 * marked parses nesting by recursion and runs out of stack some thousand levels down,
 * after seconds of work; no message needs more than a few levels, so a deeper body is
 * refused as soon as the limit is passed.
 */
export const MAX_MARKDOWN_NESTING = 100

class NestedTooDeeply extends Error {}

/**
 * marked's lexer, counting how deeply its block and inline tokenizers call into each
 * other (a quote's or a list item's content, emphasis or a link's text), and stopping at
 * MAX_MARKDOWN_NESTING.
 */
function boundedLexer(marked: typeof MarkedModule): typeof marked.Lexer.lex {
  return (src, options) => {
    const lexer = new marked.Lexer(options)
    let depth = 0
    const bounded = <Args extends unknown[], Result>(tokenize: (...args: Args) => Result) =>
      ((...args: Args): Result => {
        if (++depth > MAX_MARKDOWN_NESTING) throw new NestedTooDeeply()
        try {
          return tokenize(...args)
        } finally {
          depth--
        }
      }) as never
    lexer.blockTokens = bounded(lexer.blockTokens.bind(lexer))
    lexer.inlineTokens = bounded(lexer.inlineTokens.bind(lexer))
    return lexer.lex(src)
  }
}

let markedModule: Promise<typeof MarkedModule> | undefined

/** The body's Markdown as HTML, or an InputError naming `input` when it cannot be rendered. */
async function renderMarkdown(markdown: string, input: 'body' | 'body-file', sections: BodySections): Promise<string> {
  // Loaded only for a Markdown body: evaluating marked costs about as much as the rest of
  // the action's start-up, and the generated notification does not need it.
  markedModule ??= import('marked')
  const marked = markedForMail(await markedModule, sections.placed.size ? [sections.extension()] : [])
  try {
    return sections.finishHtml(marked.parse(markdown, { async: false }))
  } catch (error) {
    throw unrenderable(error, input)
  }
}

/**
 * Fails with the InputError a send would meet when the body's Markdown cannot be read, so
 * that it is found before any connection is opened. Placeholder values are escaped text and
 * sections are single lines, so the body as written decides it.
 */
export async function checkBody(body: string, input: 'body' | 'body-file'): Promise<void> {
  markedModule ??= import('marked')
  try {
    boundedLexer(await markedModule)(body, { gfm: true })
  } catch (error) {
    throw unrenderable(error, input)
  }
}

function unrenderable(error: unknown, input: 'body' | 'body-file'): InputError {
  if (error instanceof NestedTooDeeply) {
    return new InputError(
      input,
      `nests quotes, lists, emphasis or links more than ${MAX_MARKDOWN_NESTING} levels deep`,
      `Nest quotes (\`>\`), lists and emphasis at most ${MAX_MARKDOWN_NESTING} levels deep in \`${input}\`; put text that is not meant as Markdown in a code block.`
    )
  }
  return new InputError(
    input,
    `is Markdown that could not be rendered (${String((error as Error)?.message ?? error).split('\n')[0]})`,
    `Simplify the Markdown in \`${input}\`, or put text that is not meant as Markdown in a code block.`
  )
}

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
  const outcome = messageOutcome(settings.status, history)
  const values = templateValues(ctx, settings.status, outcomeOf(settings.status).verb, history, tests)
  const subject =
    settings.subject !== undefined ? renderTemplate(settings.subject, values, escapeSubject).trim() : defaultSubject(ctx, settings.status, history)
  const problems = report && report.problemJobs.length ? fitExcerpts(report) : undefined
  const annotated = report?.annotations?.length ? report : undefined
  const sections = messageSections(ctx, problems, annotated, tests)

  if (settings.body !== undefined) {
    const bodySections = new BodySections(sections, settings.body)
    const bodyValues = { ...values, ...bodySections.markers() }
    const appended = bodySections.appended()
    const markdown = renderTemplate(settings.body, bodyValues, (value, name) => (isSection(name) ? value : markdownValue(value, name)))
    const html = await renderMarkdown(markdown, settings.bodyFile ? 'body-file' : 'body', bodySections)
    const text = [bodySections.finishText(renderTemplate(settings.body, bodyValues, (value) => value)).trimEnd(), ...appended.map((s) => s.text)]
      .filter(Boolean)
      .join('\n\n')
    const content = `<div style="font-size:14px;line-height:1.5">${html}</div>${appended.map((s) => s.html).join('')}`
    return { subject, text: `${text}\n`, html: page(subject, content), htmlContent: content }
  }

  const heading = `${runTitle(ctx)} ${outcome.verb}${streakNote(history)}`
  const streak = streakLine(history)
  // The transition leads the preview, where a threaded mail's subject no longer says it.
  const preview = history ? `${outcome.word}: ${heading}.${streak ? ` ${streakLineWords(streak)}` : ''}` : ''
  const facts = [...runFacts(ctx), ...ctx.trigger]
  const textParts = [`${outcome.word.toUpperCase()}: ${heading}`]
  const htmlParts: string[] = []
  if (streak) {
    textParts.push(streakLineAsText(ctx, streak))
    htmlParts.push(streakLineAsHtml(ctx, streak))
  }
  textParts.push(factsAsText(facts))
  htmlParts.push(factsAsHtml(facts))
  for (const section of [sections.failed_jobs, sections.failed_tests]) {
    if (!section.text) continue
    textParts.push(section.text)
    htmlParts.push(section.html)
  }
  const commits = commitList(ctx, history)
  if (commits) {
    textParts.push(commitsAsText(commits))
    htmlParts.push(commitsAsHtml(commits))
  }
  const content = htmlParts.join('')
  const footer = isLinkable(ctx.runUrl) ? `<p style="margin-top:24px;font-size:12px">${link(ctx.runUrl, 'View the run on GitHub', MUTED)}</p>` : ''
  return { subject, text: `${textParts.join('\n\n')}\n`, html: page(subject, banner(outcome, heading) + content + footer, preview), htmlContent: content }
}
