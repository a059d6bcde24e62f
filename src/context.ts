import { readFileSync } from 'node:fs'

/** A labelled line of the notification, rendered once as HTML and once as plain text. */
export interface Fact {
  label: string
  text: string
  href?: string
  /** Extra words after the linked text, not part of the link. */
  note?: string
}

/** One commit of a push, as the event lists it. */
export interface PushedCommit {
  shortSha: string
  /** First line of the message. */
  title: string
  author: string
  /** The author's address as the commit records it; mailed only with `mail-committers`, after filtering. */
  authorEmail?: string
  url: string
}

/** How many commits of a push the notification lists; the rest are counted. */
export const MAX_LISTED_COMMITS = 10
const MAX_LISTED_INPUTS = 8
const MAX_INPUT_VALUE = 80

/** What is known about the workflow run, from the runner's environment and event payload. */
export interface RunContext {
  serverUrl: string
  repository: string
  repositoryUrl: string
  workflow: string
  job: string
  runId: string
  runNumber: string
  runAttempt: string
  /** Link to the run's page; empty when the run id is unknown (a local run). */
  runUrl: string
  event: string
  actor: string
  /** Branch or tag name, without refs/heads/ or refs/tags/. */
  refName: string
  refType: 'branch' | 'tag' | ''
  sha: string
  shortSha: string
  commitUrl: string
  /** First line of the commit message, when the event carries it. */
  commitTitle: string
  commitAuthor: string
  pullRequest?: { number: number; title: string; url: string; head: string; base: string }
  /** The commits of a push, newest last, at most MAX_LISTED_COMMITS. */
  commits: PushedCommit[]
  /** How many commits the push event listed in all. */
  commitCount: number
  /** The push's compare page, when the event gives it. */
  compareUrl: string
  /** What started the run, for events other than push and pull requests (schedule, release…). */
  trigger: Fact[]
}

/** The subset of a webhook payload this action reads; every field may be missing. */
interface EventPayload {
  head_commit?: { id?: string; message?: string; author?: { name?: string; username?: string } } | null
  commits?: { id?: string; message?: string; url?: string; author?: { name?: string; username?: string; email?: string } }[]
  compare?: string
  schedule?: string
  inputs?: Record<string, unknown> | null
  action?: string
  release?: { tag_name?: string; name?: string; html_url?: string; prerelease?: boolean }
  workflow_run?: { name?: string; run_number?: number; html_url?: string; conclusion?: string | null; event?: string; head_branch?: string }
  pull_request?: {
    number?: number
    title?: string
    html_url?: string
    head?: { ref?: string; sha?: string }
    base?: { ref?: string }
  }
}

/** Reads the event payload at GITHUB_EVENT_PATH; a missing or broken file gives {}. */
export function readEventPayload(path: string | undefined): unknown {
  if (!path) return {}
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch {
    return {}
  }
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : ''
}

function firstLine(value: unknown): string {
  return text(value).split(/\r?\n/, 1)[0].trim()
}

function pushedCommits(event: EventPayload, repositoryUrl: string): PushedCommit[] {
  if (!Array.isArray(event.commits)) return []
  return event.commits.slice(-MAX_LISTED_COMMITS).map((commit) => {
    const id = text(commit?.id)
    return {
      shortSha: id.slice(0, 7),
      title: firstLine(commit?.message),
      author: text(commit?.author?.name) || text(commit?.author?.username),
      authorEmail: text(commit?.author?.email),
      url: text(commit?.url) || (repositoryUrl && id ? `${repositoryUrl}/commit/${id}` : '')
    }
  })
}

/** The facts that say what started a run other than a push or a pull request. */
function triggerFacts(eventName: string, event: EventPayload): Fact[] {
  if (eventName === 'schedule' && text(event.schedule)) {
    return [{ label: 'Schedule', text: text(event.schedule), note: 'cron, UTC' }]
  }
  if (eventName === 'workflow_dispatch' && event.inputs && typeof event.inputs === 'object') {
    const entries = Object.entries(event.inputs).filter(([, value]) => value !== null && value !== undefined && value !== '')
    if (!entries.length) return []
    const shown = entries.slice(0, MAX_LISTED_INPUTS).map(([name, value]) => {
      const words = String(value).replace(/\s+/g, ' ')
      return `${name}=${words.length > MAX_INPUT_VALUE ? `${words.slice(0, MAX_INPUT_VALUE - 1)}…` : words}`
    })
    const more = entries.length > shown.length ? `and ${entries.length - shown.length} more` : undefined
    return [{ label: 'Inputs', text: shown.join(', '), note: more }]
  }
  if (eventName === 'release' && event.release) {
    const release = event.release
    const name = text(release.name) || text(release.tag_name)
    if (!name) return []
    const tag = text(release.tag_name) && text(release.tag_name) !== name ? `tag ${text(release.tag_name)}` : ''
    const note = [text(event.action), release.prerelease ? 'pre-release' : '', tag].filter(Boolean).join(', ')
    return [{ label: 'Release', text: name, href: text(release.html_url) || undefined, note: note || undefined }]
  }
  if (eventName === 'workflow_run' && event.workflow_run) {
    const upstream = event.workflow_run
    const name = [text(upstream.name) || 'Workflow', upstream.run_number ? `#${upstream.run_number}` : ''].filter(Boolean).join(' ')
    const note = [text(upstream.conclusion), text(upstream.head_branch) ? `on ${text(upstream.head_branch)}` : ''].filter(Boolean).join(' ')
    return [{ label: 'After run', text: name, href: text(upstream.html_url) || undefined, note: note || undefined }]
  }
  return []
}

/** Builds the run context from environment variables and the event payload (pure). */
export function buildRunContext(env: NodeJS.ProcessEnv, payload: unknown): RunContext {
  const event = (typeof payload === 'object' && payload !== null ? payload : {}) as EventPayload
  const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  const repository = env.GITHUB_REPOSITORY || ''
  const repositoryUrl = repository ? `${serverUrl}/${repository}` : ''
  const runId = env.GITHUB_RUN_ID || ''
  const pr = event.pull_request
  const sha = text(pr?.head?.sha) || text(event.head_commit?.id) || env.GITHUB_SHA || ''
  const refType = env.GITHUB_REF_TYPE === 'tag' ? 'tag' : env.GITHUB_REF_TYPE === 'branch' ? 'branch' : ''
  const refName = text(pr?.head?.ref) || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (env.GITHUB_REF || '').replace(/^refs\/(heads|tags)\//, '')
  const eventName = env.GITHUB_EVENT_NAME || ''
  const author = event.head_commit?.author
  return {
    serverUrl,
    repository,
    repositoryUrl,
    workflow: env.GITHUB_WORKFLOW || '',
    job: env.GITHUB_JOB || '',
    runId,
    runNumber: env.GITHUB_RUN_NUMBER || '',
    runAttempt: env.GITHUB_RUN_ATTEMPT || '',
    runUrl: repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : '',
    event: eventName,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    refName,
    refType: pr ? 'branch' : refType,
    sha,
    shortSha: sha.slice(0, 7),
    commitUrl: repositoryUrl && sha ? `${repositoryUrl}/commit/${sha}` : '',
    commitTitle: firstLine(event.head_commit?.message),
    commitAuthor: text(author?.name) || text(author?.username),
    pullRequest:
      pr && typeof pr.number === 'number'
        ? {
            number: pr.number,
            title: text(pr.title),
            url: text(pr.html_url) || (repositoryUrl ? `${repositoryUrl}/pull/${pr.number}` : ''),
            head: text(pr.head?.ref),
            base: text(pr.base?.ref)
          }
        : undefined,
    commits: pushedCommits(event, repositoryUrl),
    commitCount: Array.isArray(event.commits) ? event.commits.length : 0,
    compareUrl: text(event.compare),
    trigger: triggerFacts(eventName, event)
  }
}
