import type { getOctokit } from '@actions/github'
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
  type ProblemJob,
  type RunReport
} from './jobs.ts'
import type { JobStatus } from './settings.ts'

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
}

export interface RunReportResult {
  /** Undefined when the jobs could not be listed. */
  report?: RunReport
  /** The run's outcome from the jobs seen; undefined when they could not be listed. */
  status?: JobStatus
  /** What was left out of the message and why, one line each, for `::warning`. */
  warnings: string[]
}

/** The REST API root for this server: GITHUB_API_URL, or derived from GITHUB_SERVER_URL. */
export function apiUrlOf(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL.replace(/\/+$/, '')
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return server === 'https://github.com' ? 'https://api.github.com' : `${server}/api/v3`
}

/**
 * Why the API is not asked, or undefined when it should be. It is asked only when the
 * message has something to gain: the failed jobs of a failure or cancellation, or the
 * outcome itself when `status` is empty. A known success needs neither, and skipping the
 * call keeps the step fast and working without `actions: read`.
 */
export function reasonToSkipApi(status: JobStatus | undefined, token: string, env: NodeJS.ProcessEnv): string | undefined {
  if (status === 'success') return 'the status is success'
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)'
  if (!token) return '`github-token` is empty'
  return undefined
}

interface HttpError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

/** Why a call failed, in words that say what to change. */
export function explainApiFailure(error: unknown, timedOut: boolean, request: Pick<RunReportRequest, 'apiUrl' | 'timeoutSeconds'>): string {
  if (timedOut) return `${request.apiUrl} did not answer within ${request.timeoutSeconds} s (input \`timeout\`)`
  if (error instanceof UnexpectedAnswerError) {
    return `${request.apiUrl} answered with ${error.what} instead of the run's jobs: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)`
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
      `the API answered ${status} (${said}): the token cannot read this run's jobs. ` +
      'Give the workflow or job `permissions: actions: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read Actions in `github-token`'
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

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
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

  constructor(what: string) {
    super(`the answer was ${what}`)
    this.what = what
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
  const failures = new Map<string, string[]>()
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
        failures.set(why, [...(failures.get(why) ?? []), job.name])
      }
      return found
    })
  )
  const all = perJob.flat()
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
    // Loaded only here: most notifications (a success) never need it, and it is large.
    const { getOctokit } = await import('@actions/github')
    octokit = getOctokit(request.token, { baseUrl: request.apiUrl, log: { debug() {}, info() {}, warn() {}, error() {} } })
    // Every call, pagination's included (it drops per-call request options), shares the deadline.
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: deadline }
    })
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
  // Read alongside the logs, within the same deadline.
  const annotationsRead = readAnnotations(
    octokit,
    { owner, repo },
    listed.filter((job) => job.conclusion !== 'was cancelled'),
    deadline,
    request
  )
  if (request.logLines > 0) {
    // A running job (usually this one) has no log yet; a cancelled one rarely holds the cause.
    const withLogs = listed.filter((job) => job.completed && job.conclusion !== 'was cancelled').slice(0, MAX_LOGS)
    await Promise.all(
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
          if (reading.stoppedBecause) {
            warnings.push(
              reading.excerpt.length
                ? `The log excerpt of job "${job.name}" shows the last lines read, which may not reach its first error: ${reading.stoppedBecause}.`
                : `Left out the log excerpt of job "${job.name}": ${reading.stoppedBecause}.`
            )
          }
        } catch (error) {
          warnings.push(`Left out the log excerpt of job "${job.name}": ${explainApiFailure(error, deadline.aborted, request)}.`)
        }
      })
    )
  }
  const { annotations, more, warnings: annotationWarnings } = await annotationsRead
  warnings.push(...annotationWarnings)
  return {
    report: { problemJobs: listed, moreProblemJobs: problems.length - listed.length, annotations, moreAnnotations: more },
    status: deriveStatus(jobs),
    warnings
  }
}
