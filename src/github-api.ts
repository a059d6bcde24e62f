import type { getOctokit } from '@actions/github'
import { megabytes } from './files.ts'
import {
  deriveStatus,
  errorAnnotations,
  ExcerptCollector,
  MAX_ANNOTATIONS,
  MAX_LISTED_JOBS,
  problemJobs,
  type ApiAnnotation,
  type ApiJob,
  type ErrorAnnotation,
  type JobStatus,
  type ProblemJob,
  type RunReport
} from './jobs.ts'
import {
  MAX_COMMITS_SINCE,
  pastRunOf,
  placeOf,
  readPriorRuns,
  type ApiWorkflowRun,
  type CommitsSince,
  type PastRun,
  type PriorRuns,
  type RunPlace
} from './history.ts'

/** How many failed jobs get a log excerpt: each is a download. */
export const MAX_LOGS = 3
/** Pages of 100 jobs read at most; a run has at most 256 jobs per matrix, a few matrices at most. */
const MAX_JOB_PAGES = 10
/** Pages of 100 annotations read per job; the runner keeps at most 50 per job from workflow commands. */
const MAX_ANNOTATION_PAGES = 3
/** Bytes of one log read at most while looking for its first error. */
const MAX_LOG_BYTES = 64 * 1024 * 1024

export interface RunReportRequest {
  token: string
  /** REST API root, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  apiUrl: string
  /** owner/name */
  repository: string
  runId: string
  runAttempt: string
  /** Lines of log excerpt per failed job; 0 reads no logs. */
  logLines: number
  /** Time allowed for every API call together (the `timeout` input). */
  timeoutSeconds: number
  /** Aborted when the step is cancelled: every call is abandoned. */
  signal?: AbortSignal
}

export interface RunReportResult {
  /** Undefined when the jobs could not be listed. */
  report?: RunReport
  /** The run's outcome from the jobs seen; undefined when they could not be listed. */
  status?: JobStatus
  /** What was left out of the message and why, one line each, for `::warning`. */
  warnings: string[]
}

// Re-exported for the callers that already load this module.
export { apiUrlOf, reasonToSkipApi } from './api-access.ts'

interface HttpError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

/** What a call asked for, in words, and the permission of `github-token` it takes. */
export interface ApiReading {
  what: string
  permission: 'actions' | 'contents'
}

/** Why a call failed, in words that say what to change. */
export function explainApiFailure(
  error: unknown,
  timedOut: boolean,
  request: Pick<RunReportRequest, 'apiUrl' | 'timeoutSeconds'>,
  reading: ApiReading = { what: "this run's jobs", permission: 'actions' }
): string {
  if (timedOut) return `${request.apiUrl} did not answer within ${request.timeoutSeconds} s (input \`timeout\`)`
  if (error instanceof UnexpectedAnswerError) {
    return `${request.apiUrl} answered with ${error.what} instead of ${error.expected}: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)`
  }
  const { status, message = String(error) } = (error ?? {}) as HttpError
  const firstLine = message.split('\n', 1)[0].replace(/ - https:\/\/docs\.github\.com\S*/, '')
  // An error page from a proxy or load balancer is HTML: named, not repeated.
  const said = /^\s*</.test(firstLine) ? 'an HTML page' : firstLine
  if (status === 401) return `the API refused \`github-token\` (401 ${said}); leave \`github-token\` at its default or pass a valid token`
  if (status === 403 || status === 404) {
    const rateLimited = (error as HttpError).response?.headers?.['x-ratelimit-remaining'] === '0'
    if (rateLimited) return `the API rate limit is used up (${status} ${said})`
    return (
      `the API answered ${status} (${said}): the token cannot read ${reading.what}. ` +
      `Give the workflow or job \`permissions: ${reading.permission}: read\` (a \`permissions:\` block that lists other scopes drops it), or pass a token that can read ${reading.permission === 'actions' ? 'Actions' : "the repository's contents"} in \`github-token\``
    )
  }
  // Octokit reports a network failure as status 500 without a response.
  if (status && status >= 400 && status < 600 && (error as HttpError).response) return `the API answered ${status} (${said})`
  return `could not reach ${request.apiUrl} (${said})`
}

/** What reading one job's log gave: the excerpt, and why it may be incomplete. */
export interface LogReading {
  excerpt: string[]
  /** Set when the log was not read to its first error or its end: says why, for a warning. */
  stoppedBecause?: string
}

/**
 * Reads a log stream until the excerpt is complete and stops the download there. A
 * download that breaks off, outlasts the deadline or passes `maxBytes` keeps the lines
 * read so far and says which of these happened.
 */
export async function readExcerpt(
  stream: AsyncIterable<Uint8Array>,
  maxLines: number,
  limits: { deadline: AbortSignal; timeoutSeconds: number; maxBytes?: number }
): Promise<LogReading> {
  const maxBytes = limits.maxBytes ?? MAX_LOG_BYTES
  const collector = new ExcerptCollector(maxLines)
  const decoder = new TextDecoder()
  let bytes = 0
  try {
    for await (const chunk of stream) {
      bytes += chunk.byteLength
      if (collector.push(decoder.decode(chunk, { stream: true }))) return { excerpt: collector.excerpt() }
      if (bytes > maxBytes) {
        return {
          excerpt: collector.excerpt(),
          stoppedBecause: `the log has no error line in its first ${megabytes(maxBytes)}, where reading stopped`
        }
      }
    }
  } catch (error) {
    const why = limits.deadline.aborted
      ? `reading the log did not finish within ${limits.timeoutSeconds} s (input \`timeout\`) after ${megabytes(bytes)}`
      : `the download of the log broke off after ${megabytes(bytes)} (${(error as Error).message})`
    return { excerpt: collector.excerpt(), stoppedBecause: why }
  }
  collector.push(decoder.decode())
  return { excerpt: collector.excerpt() }
}

/**
 * An answer with a success status that is not what the API sends: the page of a proxy or
 * captive portal, or a GITHUB_API_URL that points at something other than the REST API.
 */
export class UnexpectedAnswerError extends Error {
  /** What came instead, in words. */
  readonly what: string
  /** What was asked for, in words. */
  readonly expected: string

  constructor(what: string, expected = "the run's jobs") {
    super(`the answer was ${what}`)
    this.what = what
    this.expected = expected
    this.name = 'UnexpectedAnswerError'
  }
}

/** What a response body is, in words, without repeating any of it. */
export function describeBody(data: unknown, contentType: string | undefined, expected = 'a list of jobs'): string {
  const type = (contentType ?? '').split(';', 1)[0].trim() || 'no content type'
  if (typeof data === 'string') return /^\s*</.test(data) ? `an HTML or XML page (${type})` : `text that is not JSON (${type})`
  if (data === null || typeof data !== 'object') return `no body (${type})`
  return `JSON without ${expected} (${type})`
}

type Octokit = ReturnType<typeof getOctokit>

/** The API client for `request`, every call of which ends when `stop` aborts (the deadline, or the step's cancellation). */
async function apiClient(request: Pick<RunReportRequest, 'token' | 'apiUrl'>, stop: AbortSignal): Promise<Octokit> {
  // Loaded only here: most notifications (a success) never need it, and it is large.
  const { getOctokit } = await import('@actions/github')
  const octokit = getOctokit(request.token, { baseUrl: request.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } })
  // Every call, pagination's included (it drops per-call request options), shares the deadline.
  octokit.hook.before('request', async (options) => {
    options.request = { ...options.request, signal: stop }
    // undici returns a kept-alive connection to its pool only after the tick in which the
    // previous answer was read: a request sent in that tick would open another connection,
    // two round trips (TCP, TLS) that a far runner feels.
    await new Promise((resolve) => setImmediate(resolve))
  })
  return octokit
}

/**
 * The jobs of one run attempt, page by page. Pages are asked for one at a time rather than
 * with octokit's paginate, which cannot tell an answer that is not a list from an empty one
 * (an object without `jobs` would read as a run with no jobs, that is, a success).
 */
async function listJobs(octokit: Octokit, route: { owner: string; repo: string; run_id: number; attempt_number: number }): Promise<ApiJob[]> {
  const jobs: ApiJob[] = []
  for (let page = 1; page <= MAX_JOB_PAGES; page++) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { ...route, per_page: 100, page })
    const data = response.data as unknown as { total_count?: unknown; jobs?: unknown }
    if (typeof data !== 'object' || data === null || !Array.isArray(data.jobs) || typeof data.total_count !== 'number') {
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type']))
    }
    jobs.push(...(data.jobs as ApiJob[]))
    if (!data.jobs.length || jobs.length >= data.total_count) break
  }
  return jobs
}

/** Why a job's annotations could not be read, in words that say what to change. */
function explainAnnotationFailure(error: unknown, timedOut: boolean, request: RunReportRequest): string {
  const { status } = (error ?? {}) as HttpError
  const rateLimited = (error as HttpError)?.response?.headers?.['x-ratelimit-remaining'] === '0'
  if (!timedOut && (status === 403 || status === 404) && !rateLimited) {
    return (
      `the API answered ${status}: the token cannot read the jobs' check runs. ` +
      'Give the workflow or job `permissions: checks: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read checks in `github-token`'
    )
  }
  return explainApiFailure(error, timedOut, request)
}

/**
 * The error annotations of the failed jobs' check runs (a job's id is its check run's id),
 * in job order, at most MAX_ANNOTATIONS. Never throws: a job whose annotations could not be
 * read is named in `warnings`, grouped by reason.
 */
async function readAnnotations(
  octokit: Octokit,
  route: { owner: string; repo: string },
  jobs: ProblemJob[],
  deadline: AbortSignal,
  request: RunReportRequest
): Promise<{ annotations: ErrorAnnotation[]; more: number; warnings: string[] }> {
  const perJob = await Promise.all(
    jobs.map(async (job) => {
      const found: ErrorAnnotation[] = []
      try {
        for (let page = 1; page <= MAX_ANNOTATION_PAGES; page++) {
          const response = await octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
            ...route,
            check_run_id: job.id,
            per_page: 100,
            page
          })
          const data: unknown = response.data
          if (!Array.isArray(data)) throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of annotations'))
          found.push(...errorAnnotations(job.name, data as ApiAnnotation[]))
          if (!/rel="next"/.test(response.headers.link ?? '')) break
        }
      } catch (error) {
        const why =
          error instanceof UnexpectedAnswerError
            ? `${request.apiUrl} answered with ${error.what} instead of the annotations`
            : explainAnnotationFailure(error, deadline.aborted, request)
        return { found, why }
      }
      return { found }
    })
  )
  // Grouped in the order of the jobs, not of the answers, which come in any order.
  const failures = new Map<string, string[]>()
  for (const [index, { why }] of perJob.entries()) if (why) failures.set(why, [...(failures.get(why) ?? []), jobs[index].name])
  const all = perJob.flatMap((job) => job.found)
  const warnings = [...failures].map(
    ([why, names]) => `Left out the error annotations of ${names.length === 1 ? 'job' : 'jobs'} ${names.map((name) => `"${name}"`).join(', ')}: ${why}.`
  )
  return { annotations: all.slice(0, MAX_ANNOTATIONS), more: Math.max(all.length - MAX_ANNOTATIONS, 0), warnings }
}

/**
 * Lists the run's jobs and reads the logs of the first failed ones, all within one
 * deadline. Never throws: whatever could not be learnt is left out and explained in
 * `warnings`, because the email matters more than its details.
 */
export async function fetchRunReport(request: RunReportRequest): Promise<RunReportResult> {
  const deadline = AbortSignal.timeout(request.timeoutSeconds * 1000)
  const [owner, repo] = request.repository.split('/')
  const warnings: string[] = []
  let octokit
  try {
    octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline)
  } catch (error) {
    return { warnings: [`Left out the failed jobs and log excerpts: could not load the GitHub API client (${(error as Error).message}).`] }
  }

  let jobs: ApiJob[]
  try {
    jobs = await listJobs(octokit, { owner, repo, run_id: Number(request.runId), attempt_number: Number(request.runAttempt) || 1 })
  } catch (error) {
    const why = explainApiFailure(error, deadline.aborted, request)
    return { warnings: [`Left out the failed jobs and log excerpts: ${why}.`] }
  }

  const problems = problemJobs(jobs)
  const listed: ProblemJob[] = problems.slice(0, MAX_LISTED_JOBS)
  // A running job (usually this one) has no log yet; a cancelled one rarely holds the cause.
  const withLogs = request.logLines > 0 ? listed.filter((job) => job.completed && job.conclusion !== 'was cancelled').slice(0, MAX_LOGS) : []
  // Asked for before the annotations, so the log, which is redirected to another host and is
  // the longer way, takes the connection the jobs came on.
  const logsRead = Promise.all(
    withLogs.map(async (job) => {
      try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
          owner,
          repo,
          job_id: job.id,
          // The API redirects to the log file; read it as a stream and stop at the first error.
          request: { parseSuccessResponseBody: false }
        })
        const reading = await readExcerpt(response.data as unknown as AsyncIterable<Uint8Array>, request.logLines, {
          deadline,
          timeoutSeconds: request.timeoutSeconds
        })
        if (reading.excerpt.length) job.excerpt = reading.excerpt
        if (!reading.stoppedBecause) return undefined
        return reading.excerpt.length
          ? `The log excerpt of job "${job.name}" shows the last lines read, which may not reach its first error: ${reading.stoppedBecause}.`
          : `Left out the log excerpt of job "${job.name}": ${reading.stoppedBecause}.`
      } catch (error) {
        return `Left out the log excerpt of job "${job.name}": ${explainApiFailure(error, deadline.aborted, request)}.`
      }
    })
  )
  // Read alongside the logs, within the same deadline.
  const annotationsRead = readAnnotations(
    octokit,
    { owner, repo },
    listed.filter((job) => job.conclusion !== 'was cancelled'),
    deadline,
    request
  )
  // In the order of the jobs, whichever answer came first.
  for (const warning of await logsRead) if (warning) warnings.push(warning)
  const { annotations, more, warnings: annotationWarnings } = await annotationsRead
  warnings.push(...annotationWarnings)
  return {
    report: { problemJobs: listed, moreProblemJobs: problems.length - listed.length, annotations, moreAnnotations: more },
    status: deriveStatus(jobs),
    warnings
  }
}

/** Runs of the workflow asked for per page: most streaks are decided within the first. */
const HISTORY_PAGE_SIZE = 50
/** Pages of runs read at most; a longer streak is told as "or more". */
export const MAX_HISTORY_PAGES = 10

const RUNS_READING: ApiReading = { what: "the workflow's runs", permission: 'actions' }

export interface HistoryRequest extends Pick<RunReportRequest, 'token' | 'apiUrl' | 'repository' | 'runId' | 'timeoutSeconds' | 'signal'> {
  /** Link to the repository, for the links of the commits since the last success. */
  repositoryUrl: string
  /** The pull request's number from the event payload: the API lists none for a run from a fork. */
  pullRequest?: number
  /** Also read the commits since the last success, which a failure's generated message lists. */
  wantCommits: boolean
}

export interface HistoryResult {
  /** This run as the API knows it; undefined when the history could not be read. */
  current?: { run: PastRun; workflowId: number; place: RunPlace }
  /** The earlier runs; undefined when the history could not be read. */
  prior?: PriorRuns
  commitsSince?: CommitsSince
  /** Why the history could not be read, when it could not. */
  failure?: string
  /** What else was left out of the message and why, one line each. */
  warnings: string[]
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Only what the history reads: a page of runs is large (each run carries its repository twice). */
function slimRun(run: ApiWorkflowRun): ApiWorkflowRun {
  return {
    id: run.id,
    run_number: run.run_number,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    head_branch: run.head_branch,
    head_sha: run.head_sha,
    html_url: run.html_url,
    pull_requests: Array.isArray(run.pull_requests) ? run.pull_requests.map((pr) => ({ number: pr?.number })) : [],
    head_repository: { full_name: run.head_repository?.full_name }
  }
}

/** Pages through the workflow's runs in the run's place, newest first, until the streak is decided. */
async function listPriorRuns(
  octokit: Octokit,
  route: { owner: string; repo: string; workflow_id: number },
  current: { id: number; runNumber: number; place: RunPlace }
): Promise<PriorRuns> {
  const runs: ApiWorkflowRun[] = []
  for (let page = 1; ; page++) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
      ...route,
      ...(current.place.headBranch ? { branch: current.place.headBranch } : {}),
      per_page: HISTORY_PAGE_SIZE,
      page
    })
    const data = response.data as unknown
    if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of workflow runs'), "the workflow's runs")
    }
    const pageRuns = data.workflow_runs.filter(isRecord) as ApiWorkflowRun[]
    runs.push(...pageRuns.map(slimRun))
    // The Link header names the next page, as for every list of the API.
    const exhausted = !pageRuns.length || !/\brel="next"/.test(response.headers.link ?? '')
    const { decided, prior } = readPriorRuns(current, runs, exhausted)
    if (decided || page >= MAX_HISTORY_PAGES) return prior
  }
}

interface ApiCommit {
  sha?: string
  html_url?: string
  commit?: { message?: string; author?: { name?: string; email?: string } | null }
  author?: { login?: string } | null
}

const FULL_SHA = /^[0-9a-f]{40}$/i
const MAX_TITLE = 200
const MAX_AUTHOR = 100

/** The first line of a text from the API, without control characters, at most `max` characters. */
function oneLine(value: unknown, max: number): string {
  const line = (typeof value === 'string' ? value : '')
    .split(/\r?\n/, 1)[0]
    .replace(/\p{Cc}/gu, ' ')
    .trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** The commits from `base` (excluded) to `head`, oldest first: the first MAX_COMMITS_SINCE and the count. */
async function compareCommits(
  octokit: Octokit,
  route: { owner: string; repo: string },
  base: string,
  head: string,
  repositoryUrl: string
): Promise<CommitsSince> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...route,
    basehead: `${base}...${head}`,
    per_page: MAX_COMMITS_SINCE,
    page: 1
  })
  const data = response.data as unknown
  if (!isRecord(data) || !Array.isArray(data.commits) || typeof data.total_commits !== 'number') {
    throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of commits'), 'the comparison of two commits')
  }
  const commits = (data.commits.filter(isRecord) as ApiCommit[]).slice(0, MAX_COMMITS_SINCE).map((commit) => {
    const sha = typeof commit.sha === 'string' && FULL_SHA.test(commit.sha) ? commit.sha.toLowerCase() : ''
    return {
      shortSha: sha.slice(0, 7),
      title: oneLine(commit.commit?.message, MAX_TITLE),
      author: oneLine(commit.commit?.author?.name || commit.author?.login, MAX_AUTHOR),
      // For mail-committers, which mails only addresses at `committer-domains`.
      authorEmail: oneLine(commit.commit?.author?.email, MAX_AUTHOR),
      url: sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : ''
    }
  })
  const total = Number.isSafeInteger(data.total_commits) && (data.total_commits as number) > commits.length ? (data.total_commits as number) : commits.length
  return { commits, total, compareUrl: repositoryUrl ? `${repositoryUrl}/compare/${base}...${head}` : '' }
}

/**
 * Reads where this run stands among the earlier runs of its workflow in the same place,
 * and for a failure the commits since the last success, within one deadline. Never
 * throws: a history that cannot be read is a `failure` that says why, because the
 * email matters more than knowing what it changes.
 */
export async function fetchRunHistory(request: HistoryRequest): Promise<HistoryResult> {
  const deadline = AbortSignal.timeout(request.timeoutSeconds * 1000)
  const [owner, repo] = request.repository.split('/')
  let octokit: Octokit
  try {
    octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline)
  } catch (error) {
    return { failure: `could not load the GitHub API client (${(error as Error).message})`, warnings: [] }
  }

  let current: NonNullable<HistoryResult['current']>
  let prior: PriorRuns
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: Number(request.runId) })
    const data = response.data as unknown
    const run = isRecord(data) ? pastRunOf(data as ApiWorkflowRun) : undefined
    if (!isRecord(data) || !run || !Number.isSafeInteger(data.workflow_id)) {
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a workflow run'), 'this run')
    }
    current = { run, workflowId: data.workflow_id as number, place: placeOf(data as ApiWorkflowRun, request.pullRequest) }
    prior = await listPriorRuns(octokit, { owner, repo, workflow_id: current.workflowId }, { id: run.id, runNumber: run.runNumber, place: current.place })
  } catch (error) {
    return { failure: explainApiFailure(error, deadline.aborted, request, RUNS_READING), warnings: [] }
  }

  const warnings: string[] = []
  let commitsSince: CommitsSince | undefined
  const base = prior.lastSuccess?.headSha ?? ''
  const head = current.run.headSha
  if (request.wantCommits && FULL_SHA.test(base) && FULL_SHA.test(head) && base !== head) {
    try {
      commitsSince = await compareCommits(octokit, { owner, repo }, base, head, request.repositoryUrl)
    } catch (error) {
      const status = (error as HttpError).status
      const why =
        status === 404 && (error as HttpError).response && !deadline.aborted
          ? `the API answered 404: the commit of run #${prior.lastSuccess!.runNumber} may no longer exist (a force push), or the token cannot read the repository's contents`
          : explainApiFailure(error, deadline.aborted, request, { what: 'the commits', permission: 'contents' })
      warnings.push(`Left out the commits since the last successful run (#${prior.lastSuccess!.runNumber}): ${why}.`)
    }
  }
  return { current, prior, commitsSince, warnings }
}
