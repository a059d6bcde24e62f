import { readFileSync } from 'node:fs'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'

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
const MAX_LISTED_COMMITS = 10
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

/** The labels and notes of the trigger facts, in every language (see language.ts). */
const WORDS = defineWords('context', {
  schedule: { en: 'Schedule', ko: '예약 실행' },
  cronUtc: { en: 'cron, UTC', ko: 'cron, UTC 기준' },
  inputs: { en: 'Inputs', ko: '입력값' },
  moreInputs: { en: (count: number) => `and ${count} more`, ko: (count: number) => `외 ${count}개` },
  release: { en: 'Release', ko: '릴리스' },
  preRelease: { en: 'pre-release', ko: '사전 릴리스' },
  tag: { en: (tag: string) => `tag ${tag}`, ko: (tag: string) => `태그 ${tag}` },
  afterRun: { en: 'After run', ko: '선행 실행' },
  workflow: { en: 'Workflow', ko: '워크플로' },
  /** The conclusion of the run this one followed, and its branch: "failure on main". */
  upstream: {
    en: (conclusion: string, branch: string) => [conclusion, branch ? `on ${branch}` : ''].filter(Boolean).join(' '),
    ko: (conclusion: string, branch: string) => [conclusion, branch ? `(${branch})` : ''].filter(Boolean).join(' ')
  }
})

/** The facts that say what started a run other than a push or a pull request. */
function triggerFacts(eventName: string, event: EventPayload, language: Language): Fact[] {
  const words = WORDS[language]
  if (eventName === 'schedule' && text(event.schedule)) {
    return [{ label: words.schedule, text: text(event.schedule), note: words.cronUtc }]
  }
  if (eventName === 'workflow_dispatch' && event.inputs && typeof event.inputs === 'object') {
    const entries = Object.entries(event.inputs).filter(([, value]) => value !== null && value !== undefined && value !== '')
    if (!entries.length) return []
    const shown = entries.slice(0, MAX_LISTED_INPUTS).map(([name, value]) => {
      const words = String(value).replace(/\s+/g, ' ')
      return `${name}=${words.length > MAX_INPUT_VALUE ? `${words.slice(0, MAX_INPUT_VALUE - 1)}…` : words}`
    })
    const more = entries.length > shown.length ? words.moreInputs(entries.length - shown.length) : undefined
    return [{ label: words.inputs, text: shown.join(', '), note: more }]
  }
  if (eventName === 'release' && event.release) {
    const release = event.release
    const name = text(release.name) || text(release.tag_name)
    if (!name) return []
    const tag = text(release.tag_name) && text(release.tag_name) !== name ? words.tag(text(release.tag_name)) : ''
    const note = [text(event.action), release.prerelease ? words.preRelease : '', tag].filter(Boolean).join(', ')
    return [{ label: words.release, text: name, href: text(release.html_url) || undefined, note: note || undefined }]
  }
  if (eventName === 'workflow_run' && event.workflow_run) {
    const upstream = event.workflow_run
    const name = [text(upstream.name) || words.workflow, upstream.run_number ? `#${upstream.run_number}` : ''].filter(Boolean).join(' ')
    const note = words.upstream(text(upstream.conclusion), text(upstream.head_branch))
    return [{ label: words.afterRun, text: name, href: text(upstream.html_url) || undefined, note: note || undefined }]
  }
  return []
}

/** Builds the run context from environment variables and the event payload (pure); its trigger facts are worded in `language`. */
export function buildRunContext(env: NodeJS.ProcessEnv, payload: unknown, language: Language = DEFAULT_LANGUAGE): RunContext {
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
    trigger: triggerFacts(eventName, event, language)
  }
}
