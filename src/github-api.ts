import { deriveStatus, ExcerptCollector, MAX_LISTED_JOBS, problemJobs, type ApiJob, type ProblemJob, type RunReport } from './jobs.ts'
import type { JobStatus } from './settings.ts'

/** How many failed jobs get a log excerpt: each is a download. */
export const MAX_LOGS = 3
/** Pages of 100 jobs read at most; a run has at most 256 jobs per matrix, a few matrices at most. */
const MAX_JOB_PAGES = 10
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
  const { status, message = String(error) } = (error ?? {}) as HttpError
  const said = message.split('\n', 1)[0].replace(/ - https:\/\/docs\.github\.com\S*/, '')
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

/** Reads a log stream line by line until the excerpt is complete; stops the download there. */
async function readExcerpt(stream: AsyncIterable<Uint8Array>, maxLines: number): Promise<string[]> {
  const collector = new ExcerptCollector(maxLines)
  const decoder = new TextDecoder()
  let pending = ''
  let bytes = 0
  for await (const chunk of stream) {
    bytes += chunk.byteLength
    const lines = (pending + decoder.decode(chunk, { stream: true })).split('\n')
    pending = lines.pop() ?? ''
    if (lines.some((line) => collector.push(line)) || bytes > MAX_LOG_BYTES) return collector.excerpt()
  }
  pending += decoder.decode()
  if (pending) collector.push(pending)
  return collector.excerpt()
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
    const stop = request.signal ? AbortSignal.any([deadline, request.signal]) : deadline
    octokit.hook.before('request', (options) => {
      options.request = { ...options.request, signal: stop }
    })
  } catch (error) {
    return { warnings: [`Left out the failed jobs and log excerpts: could not load the GitHub API client (${(error as Error).message}).`] }
  }

  let jobs: ApiJob[]
  try {
    let pages = 0
    jobs = await octokit.paginate(
      'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
      { owner, repo, run_id: Number(request.runId), attempt_number: Number(request.runAttempt) || 1, per_page: 100 },
      (response, done) => {
        if (++pages >= MAX_JOB_PAGES) done()
        return response.data as ApiJob[]
      }
    )
  } catch (error) {
    const why = explainApiFailure(error, deadline.aborted, request)
    return { warnings: [`Left out the failed jobs and log excerpts: ${why}.`] }
  }

  const problems = problemJobs(jobs)
  const listed: ProblemJob[] = problems.slice(0, MAX_LISTED_JOBS)
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
          job.excerpt = await readExcerpt(response.data as unknown as AsyncIterable<Uint8Array>, request.logLines)
        } catch (error) {
          warnings.push(`Left out the log excerpt of job "${job.name}": ${explainApiFailure(error, deadline.aborted, request)}.`)
        }
      })
    )
  }
  return { report: { problemJobs: listed, moreProblemJobs: problems.length - listed.length }, status: deriveStatus(jobs), warnings }
}
