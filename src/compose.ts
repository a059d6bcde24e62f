import { marked } from 'marked'
import type { RunContext } from './context.ts'
import type { JobStatus, Settings } from './settings.ts'

/** The notification, ready to hand to the transport. */
export interface ComposedMessage {
  subject: string
  text: string
  html: string
}

/** A labelled line of the notification, rendered once as HTML and once as plain text. */
export interface Fact {
  label: string
  text: string
  href?: string
  /** Extra words after the linked text, not part of the link. */
  note?: string
}

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

function factsAsHtml(facts: Fact[]): string {
  const rows = facts.map((f) => {
    const value = f.href
      ? `<a href="${escapeHtml(f.href)}" style="color:#0969da;text-decoration:underline">${escapeHtml(f.text)}</a>`
      : escapeHtml(f.text)
    const note = f.note ? ` <span style="color:#57606a">${escapeHtml(f.note)}</span>` : ''
    return (
      '<tr>' +
      `<td style="padding:4px 12px 4px 0;color:#57606a;white-space:nowrap;vertical-align:top">${escapeHtml(f.label)}</td>` +
      `<td style="padding:4px 0;vertical-align:top">${value}${note}</td>` +
      '</tr>'
    )
  })
  return `<table role="presentation" style="border-collapse:collapse;font-size:14px;line-height:1.5">${rows.join('')}</table>`
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

/** Composes the subject and both body parts from the settings and the run. */
export function composeMessage(settings: Pick<Settings, 'subject' | 'body' | 'status'>, ctx: RunContext): ComposedMessage {
  const outcome = outcomeOf(settings.status)
  const subject = settings.subject ?? defaultSubject(ctx, settings.status)
  const heading = `${runTitle(ctx)} ${outcome.verb}`
  const runLink = ctx.runUrl
    ? `<a href="${escapeHtml(ctx.runUrl)}" style="color:#6e7781">View the run on GitHub</a>`
    : ''

  if (settings.body !== undefined) {
    const html = marked.parse(settings.body, { async: false, gfm: true })
    const text = settings.body.trimEnd() + (ctx.runUrl ? `\n\n-- \nRun: ${ctx.runUrl}\n` : '\n')
    return { subject, text, html: page(outcome, heading, `<div style="font-size:14px;line-height:1.5">${html}</div>`, runLink) }
  }

  const facts = runFacts(ctx)
  const text = `${outcome.word.toUpperCase()}: ${heading}\n\n${factsAsText(facts)}\n`
  return { subject, text, html: page(outcome, heading, factsAsHtml(facts), runLink) }
}
