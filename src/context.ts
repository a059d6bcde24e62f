import { readFileSync } from 'node:fs'

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
}

/** The subset of a webhook payload this action reads; every field may be missing. */
interface EventPayload {
  head_commit?: { id?: string; message?: string; author?: { name?: string; username?: string } } | null
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
  const commitMessage = text(event.head_commit?.message)
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
    event: env.GITHUB_EVENT_NAME || '',
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
    refName,
    refType: pr ? 'branch' : refType,
    sha,
    shortSha: sha.slice(0, 7),
    commitUrl: repositoryUrl && sha ? `${repositoryUrl}/commit/${sha}` : '',
    commitTitle: commitMessage.split(/\r?\n/, 1)[0].trim(),
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
        : undefined
  }
}
