import type { Fact, RunContext } from './context.ts'
import type { ErrorAnnotation, ProblemJob, RunReport } from './jobs.ts'
import type { JobStatus, Settings } from './settings.ts'
import { escapeMarkdown, escapeSubject, markdownValue, renderTemplate, templateValues, type PlaceholderName } from './template.ts'
import { cleanReportLine, countsPhrase, failedTestsAsText, MAX_DETAIL_LINES, type FailedTest, type TestSummary } from './test-summary.ts'

/** The notification, ready to hand to the transport. */
export interface ComposedMessage {
  subject: string
  text: string
  html: string
  /** The HTML part's content without the page around it, for the job summary of a dry run. */
  htmlContent: string
  /** Files read by the caller (nodemailer is not allowed to read files itself). */
  attachments?: { filename: string; content: Buffer }[]
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

const OUTCOMES: Record<JobStatus | 'unknown', Outcome> = {
  success: { verb: 'succeeded', word: 'Succeeded', colour: '#1a7f37', symbol: '✔' },
  failure: { verb: 'failed', word: 'Failed', colour: '#cf222e', symbol: '✖' },
  cancelled: { verb: 'was cancelled', word: 'Cancelled', colour: '#6e7781', symbol: '⊘' },
  unknown: { verb: 'finished', word: 'Finished', colour: '#0969da', symbol: '●' }
}

export function outcomeOf(status: JobStatus | undefined): Outcome {
  return OUTCOMES[status ?? 'unknown']
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

/** `[octo/app] CI #42 failed on main` */
export function defaultSubject(ctx: RunContext, status: JobStatus | undefined): string {
  const repo = ctx.repository ? `[${ctx.repository}] ` : ''
  return `${repo}${runTitle(ctx)} ${outcomeOf(status).verb}${refPhrase(ctx)}`
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

const LINK_STYLE = 'color:#0969da;text-decoration:underline'
const MUTED = 'color:#6e7781'
const HEADING_STYLE = 'margin:24px 0 8px;font-size:16px'
// Explicit text and background colours: a dark-mode client inverts both together, so the
// excerpt stays readable either way.
const PRE_STYLE =
  'margin:8px 0 0;padding:8px 12px;background:#f6f8fa;color:#1f2328;border:1px solid #d0d7de;border-radius:6px;' +
  'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;line-height:1.45;white-space:pre-wrap;word-break:break-word'

function link(href: string | undefined, text: string): string {
  return href ? `<a href="${escapeHtml(href)}" style="${LINK_STYLE}">${escapeHtml(text)}</a>` : escapeHtml(text)
}

function factsAsHtml(facts: Fact[]): string {
  const rows = facts.map((f) => {
    const note = f.note ? ` <span style="color:#57606a">${escapeHtml(f.note)}</span>` : ''
    return (
      '<tr>' +
      `<td style="padding:4px 12px 4px 0;color:#57606a;white-space:nowrap;vertical-align:top">${escapeHtml(f.label)}</td>` +
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
      (steps ? ` <span style="color:#57606a">at ${escapeHtml(steps)}</span>` : '') +
      (job.completed ? '' : ` <span style="color:#57606a">${RUNNING_NOTE}</span>`) +
      excerpt +
      '</li>'
    )
  })
  if (report.moreProblemJobs) items.push(`<li style="margin:0 0 12px;${MUTED}">and ${report.moreProblemJobs} more</li>`)
  return `<h2 style="${HEADING_STYLE}">Failed and cancelled jobs</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`
}

function commitsAsText(ctx: RunContext): string {
  const lines = ctx.commits.map((c) => `  ${c.shortSha} ${c.title}${c.author ? ` — ${c.author}` : ''}`)
  const more = ctx.commitCount - ctx.commits.length
  if (more > 0) lines.unshift(`  … ${more} earlier`)
  return `Commits in this push:\n${lines.join('\n')}${ctx.compareUrl ? `\n  Compare: ${ctx.compareUrl}` : ''}`
}

function commitsAsHtml(ctx: RunContext): string {
  const items = ctx.commits.map(
    (c) =>
      `<li style="margin:0 0 4px"><code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(c.url || undefined, c.shortSha)}</code> ` +
      `${escapeHtml(c.title)}${c.author ? ` <span style="color:#57606a">— ${escapeHtml(c.author)}</span>` : ''}</li>`
  )
  const more = ctx.commitCount - ctx.commits.length
  if (more > 0) items.unshift(`<li style="margin:0 0 4px;${MUTED}">… ${more} earlier</li>`)
  const compare = ctx.compareUrl ? `<p style="margin:4px 0 0;font-size:14px">${link(ctx.compareUrl, 'Compare the changes')}</p>` : ''
  return `<h2 style="${HEADING_STYLE}">Commits in this push</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5;list-style:none">${items.join('')}</ul>${compare}`
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
      `${where}<span style="color:#57606a">${escapeHtml(cleanReportLine(annotation.job))}</span>` +
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
    const suite = test.suite ? ` <span style="color:#57606a">in ${escapeHtml(test.suite)}</span>` : ''
    const kind = test.errored ? ` <span style="color:#57606a">(error)</span>` : ''
    const message = test.message ? `<br>${escapeHtml(test.message)}` : ''
    const stack = details[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(details[index].join('\n'))}</pre>` : ''
    return `<li style="margin:0 0 12px"><strong>${escapeHtml(test.name || '(unnamed test)')}</strong>${suite}${kind}${message}${stack}</li>`
  })
  if (tests.moreFailures) items.push(`<li style="margin:0 0 12px;${MUTED}">and ${tests.moreFailures} more</li>`)
  const list = items.length ? `<ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>` : ''
  return `<h2 style="${HEADING_STYLE}">${testsHeading(tests)}</h2><p style="margin:0 0 8px;font-size:14px">${escapeHtml(countsPhrase(tests.counts))}</p>${list}`
}

/** A fenced code block that no backtick run in `lines` can close early. */
function codeBlock(lines: string[], indent: string): string {
  const longestRun = Math.max(0, ...lines.map((line) => Math.max(0, ...[...line.matchAll(/`+/g)].map((match) => match[0].length))))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return [fence, ...lines, fence].map((line) => `${indent}${line}`).join('\n')
}

/**
 * {{ failed_tests }} in a Markdown body: a list whose texts are escaped like every other value,
 * and stack lines in code blocks, which show their text as it is. Starts a new block, so it
 * can follow text on the same line.
 */
function failedTestsAsMarkdown(tests: TestSummary | undefined): string {
  if (!tests?.failures.length) return ''
  const items = tests.failures.map((test: FailedTest) => {
    const title = `- **${escapeMarkdown(test.name || '(unnamed test)')}**${test.suite ? ` in ${escapeMarkdown(test.suite)}` : ''}${test.errored ? ' (error)' : ''}`
    const message = test.message ? `\n  ${escapeMarkdown(test.message)}` : ''
    const stack = test.details.length ? `\n\n${codeBlock(test.details, '  ')}` : ''
    return `${title}${message}${stack}`
  })
  if (tests.moreFailures) items.push(`- and ${tests.moreFailures} more`)
  return `\n\n${items.join('\n\n')}\n\n`
}

/** marked's HTML with the inline styles a mail client needs (it ignores style sheets). */
function styleRenderedMarkdown(html: string): string {
  return html
    .replace(/<pre>/g, `<pre style="${PRE_STYLE}">`)
    .replace(/<a href="([^"]*)"/g, `<a href="$1" style="${LINK_STYLE}"`)
    .replace(/<table>/g, '<table style="border-collapse:collapse">')
    .replace(/<(th|td)( align="\w+")?>/g, '<$1$2 style="border:1px solid #d0d7de;padding:4px 8px">')
    .replace(/<blockquote>/g, '<blockquote style="margin:0;padding:0 12px;border-left:4px solid #d0d7de;color:#57606a">')
}

/** Wraps content in a mail-safe page: inline styles only, no scripts, limited width. */
function page(outcome: Outcome, heading: string, content: string, footer: string): string {
  return (
    '<!doctype html><html><head><meta charset="utf-8">' +
    '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">' +
    `<title>${escapeHtml(heading)}</title></head>` +
    '<body style="margin:0;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif">' +
    '<div style="max-width:640px;margin:0 auto">' +
    `<div style="border-left:6px solid ${outcome.colour};padding:8px 16px;margin-bottom:16px">` +
    `<div style="font-weight:bold;color:${outcome.colour};font-size:14px;text-transform:uppercase;letter-spacing:.05em">${outcome.symbol} ${escapeHtml(outcome.word)}</div>` +
    `<h1 style="margin:4px 0 0;font-size:20px">${escapeHtml(heading)}</h1>` +
    '</div>' +
    content +
    (footer ? `<p style="margin-top:24px;font-size:12px;color:#6e7781">${footer}</p>` : '') +
    '</div></body></html>'
  )
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

/** What compose needs from the settings; `body` is the text of `body` or `body-file`. */
export type ComposeSettings = Pick<Settings, 'subject' | 'body' | 'status'>

/**
 * Composes the subject and both body parts from the settings, the run and, when the API
 * was asked, the failed jobs. Placeholders are filled with values escaped for each part:
 * raw text in the subject and the text part, Markdown-escaped in what becomes HTML.
 */
export async function composeMessage(settings: ComposeSettings, ctx: RunContext, report?: RunReport, tests?: TestSummary): Promise<ComposedMessage> {
  const outcome = outcomeOf(settings.status)
  const values = templateValues(ctx, settings.status, outcome.verb, tests)
  const subject = settings.subject !== undefined ? renderTemplate(settings.subject, values, escapeSubject).trim() : defaultSubject(ctx, settings.status)
  const heading = `${runTitle(ctx)} ${outcome.verb}`
  const runLink = ctx.runUrl ? `<a href="${escapeHtml(ctx.runUrl)}" style="color:#6e7781">View the run on GitHub</a>` : ''
  const problems = report && report.problemJobs.length ? fitExcerpts(report) : undefined

  const annotated = report?.annotations?.length ? report : undefined

  if (settings.body !== undefined) {
    const markdown = renderTemplate(settings.body, values, (value: string, name: PlaceholderName) =>
      name === 'failed_tests' ? failedTestsAsMarkdown(tests) : markdownValue(value, name)
    )
    // The failed tests follow the body, as the failed jobs do, unless the body places them itself.
    const listedTests = tests && hasFailures(tests) && !/\{\{\s*failed_tests\s*\}\}/.test(settings.body) ? tests : undefined
    // Loaded only for a Markdown body: evaluating marked costs about as much as the rest of
    // the action's start-up, and the generated notification does not need it.
    const { marked } = await import('marked')
    const html = styleRenderedMarkdown(marked.parse(markdown, { async: false, gfm: true }))
    const text =
      renderTemplate(settings.body, values, (value) => value).trimEnd() +
      (problems ? `\n\n${problemJobsAsText(problems)}` : '') +
      (annotated ? `\n\n${annotationsAsText(annotated, ctx)}` : '') +
      (listedTests ? `\n\n${testsAsText(listedTests)}` : '') +
      (ctx.runUrl ? `\n\n-- \nRun: ${ctx.runUrl}\n` : '\n')
    const content =
      `<div style="font-size:14px;line-height:1.5">${html}</div>${problems ? problemJobsAsHtml(problems) : ''}` +
      (annotated ? annotationsAsHtml(annotated, ctx) : '') +
      (listedTests ? testsAsHtml(listedTests) : '')
    return { subject, text, html: page(outcome, heading, content, runLink), htmlContent: content }
  }

  const facts = [...runFacts(ctx), ...ctx.trigger]
  const textParts = [`${outcome.word.toUpperCase()}: ${heading}`, factsAsText(facts)]
  const htmlParts = [factsAsHtml(facts)]
  if (problems) {
    textParts.push(problemJobsAsText(problems))
    htmlParts.push(problemJobsAsHtml(problems))
  }
  if (annotated) {
    textParts.push(annotationsAsText(annotated, ctx))
    htmlParts.push(annotationsAsHtml(annotated, ctx))
  }
  if (tests) {
    textParts.push(testsAsText(tests))
    htmlParts.push(testsAsHtml(tests))
  }
  // A push of one commit is already told by the Commit line.
  if (ctx.commitCount > 1) {
    textParts.push(commitsAsText(ctx))
    htmlParts.push(commitsAsHtml(ctx))
  }
  const content = htmlParts.join('')
  return { subject, text: `${textParts.join('\n\n')}\n`, html: page(outcome, heading, content, runLink), htmlContent: content }
}
