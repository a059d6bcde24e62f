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
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'
import { EVERY_CONTROL_CHARACTER } from './printable.ts'

/** What could not be learnt from the API and why, in every language (see language.ts). */
const WORDS = defineWords('github-api', {
  timedOut: {
    en: (apiUrl: string, seconds: number) => `${apiUrl} did not answer within ${seconds} s (input \`timeout\`)`,
    ko: (apiUrl: string, seconds: number) => `${apiUrl} 서버가 ${seconds}초 안에 응답하지 않았습니다(입력 \`timeout\`)`
  },
  /** `expected` is one of `asked` (in Korean, with its particle). */
  unexpected: {
    en: (apiUrl: string, what: string, expected: string) =>
      `${apiUrl} answered with ${what} instead of ${expected}: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)`,
    ko: (apiUrl: string, what: string, expected: string) =>
      `${apiUrl} 서버의 응답이 ${expected} 아니라 ${what}입니다: 프록시가 가로챘거나 GITHUB_API_URL이 잘못되었을 가능성이 큽니다(GitHub Enterprise Server에서는 API가 https://HOST/api/v3 에 있습니다)`
  },
  /** What a call asked for, after "instead of" (the Korean with its particle, before 아니라). */
  asked: {
    en: (asked: Asked): string =>
      ({ jobs: "the run's jobs", runs: "the workflow's runs", run: 'this run', comparison: 'the comparison of two commits' })[asked],
    ko: (asked: Asked): string =>
      ({ jobs: '이 실행의 작업 목록이', runs: '워크플로의 실행 목록이', run: '이 실행의 정보가', comparison: '두 커밋의 비교 결과가' })[asked]
  },
  /** A job's annotations answered with something else: one warning names every job it happened to. */
  annotationsUnexpected: {
    en: (apiUrl: string, what: string) => `${apiUrl} answered with ${what} instead of the annotations`,
    ko: (apiUrl: string, what: string) => `${apiUrl} 서버의 응답이 주석 목록이 아니라 ${what}입니다`
  },
  refusedToken: {
    en: (said: string) => `the API refused \`github-token\` (401 ${said}); leave \`github-token\` at its default or pass a valid token`,
    ko: (said: string) => `API가 \`github-token\`을 거부했습니다(401 ${said}). \`github-token\`을 기본값으로 두거나 유효한 토큰을 넘기세요`
  },
  rateLimited: {
    en: (status: number, said: string) => `the API rate limit is used up (${status} ${said})`,
    ko: (status: number, said: string) => `API 사용 한도(rate limit)를 다 썼습니다(${status} ${said})`
  },
  /** A 403 or 404: the token may not read what was asked for. */
  cannotRead: {
    en: (status: number, said: string, reading: ApiReading) =>
      `the API answered ${status} (${said}): the token cannot read ${{ jobs: "this run's jobs", runs: "the workflow's runs", commits: 'the commits' }[reading.what]}. ` +
      `Give the workflow or job \`permissions: ${reading.permission}: read\` (a \`permissions:\` block that lists other scopes drops it), or pass a token that can read ${reading.permission === 'actions' ? 'Actions' : "the repository's contents"} in \`github-token\``,
    ko: (status: number, said: string, reading: ApiReading) =>
      `API가 ${status} 응답을 보냈습니다(${said}): 토큰이 ${{ jobs: '이 실행의 작업 목록을', runs: '워크플로의 실행 목록을', commits: '커밋을' }[reading.what]} 읽을 수 없습니다. ` +
      `워크플로나 작업(job)에 \`permissions: ${reading.permission}: read\`를 주거나(다른 권한만 나열한 \`permissions:\` 블록은 이 권한을 빼 버립니다), ${reading.permission === 'actions' ? 'Actions를' : '저장소 콘텐츠를'} 읽을 수 있는 토큰을 \`github-token\`에 넘기세요`
  },
  cannotReadChecks: {
    en: (status: number) =>
      `the API answered ${status}: the token cannot read the jobs' check runs. ` +
      'Give the workflow or job `permissions: checks: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read checks in `github-token`',
    ko: (status: number) =>
      `API가 ${status} 응답을 보냈습니다: 토큰이 작업(job)의 체크 실행(check run)을 읽을 수 없습니다. ` +
      '워크플로나 작업에 `permissions: checks: read`를 주거나(다른 권한만 나열한 `permissions:` 블록은 이 권한을 빼 버립니다), 체크를 읽을 수 있는 토큰을 `github-token`에 넘기세요'
  },
  answered: {
    en: (status: number, said: string) => `the API answered ${status} (${said})`,
    ko: (status: number, said: string) => `API가 ${status} 응답을 보냈습니다(${said})`
  },
  unreachable: {
    en: (apiUrl: string, said: string) => `could not reach ${apiUrl} (${said})`,
    ko: (apiUrl: string, said: string) => `${apiUrl} 에 연결하지 못했습니다(${said})`
  },
  /** An error page from a proxy, named instead of quoted. */
  anHtmlPage: { en: 'an HTML page', ko: 'HTML 페이지' },
  /** What an answer was instead of the API's: "an HTML or XML page (text/html)". */
  htmlOrXml: { en: (type: string) => `an HTML or XML page (${type})`, ko: (type: string) => `HTML 또는 XML 페이지(${type})` },
  notJson: { en: (type: string) => `text that is not JSON (${type})`, ko: (type: string) => `JSON이 아닌 텍스트(${type})` },
  noBody: { en: (type: string) => `no body (${type})`, ko: (type: string) => `본문 없는 응답(${type})` },
  /** `expected` is one of `list` (in Korean, with its particle). */
  jsonWithout: {
    en: (expected: string, type: string) => `JSON without ${expected} (${type})`,
    ko: (expected: string, type: string) => `${expected} 없는 JSON(${type})`
  },
  noContentType: { en: 'no content type', ko: 'Content-Type 없음' },
  /** What a JSON answer lacked (the Korean with its particle, before 없는). */
  list: {
    en: (listed: Listed): string =>
      ({ jobs: 'a list of jobs', annotations: 'a list of annotations', runs: 'a list of workflow runs', commits: 'a list of commits', run: 'a workflow run' })[
        listed
      ],
    ko: (listed: Listed): string =>
      ({ jobs: '작업 목록이', annotations: '주석 목록이', runs: '워크플로 실행 목록이', commits: '커밋 목록이', run: '워크플로 실행 정보가' })[listed]
  },
  logWithoutError: {
    en: (size: string) => `the log has no error line in its first ${size}, where reading stopped`,
    ko: (size: string) => `로그의 처음 ${size} 안에 오류 줄이 없어 거기서 읽기를 멈췄습니다`
  },
  logTimedOut: {
    en: (seconds: number, size: string) => `reading the log did not finish within ${seconds} s (input \`timeout\`) after ${size}`,
    ko: (seconds: number, size: string) => `로그를 ${size}까지 읽었지만 ${seconds}초 안에 끝내지 못했습니다(입력 \`timeout\`)`
  },
  logBrokeOff: {
    en: (size: string, message: string) => `the download of the log broke off after ${size} (${message})`,
    ko: (size: string, message: string) => `로그를 ${size}까지 내려받다가 끊겼습니다(${message})`
  },
  clientNotLoaded: {
    en: (message: string) => `could not load the GitHub API client (${message})`,
    ko: (message: string) => `GitHub API 클라이언트를 불러오지 못했습니다(${message})`
  },
  jobsLeftOut: {
    en: (why: string) => `Left out the failed jobs and log excerpts: ${why}.`,
    ko: (why: string) => `실패한 작업과 로그 발췌를 메시지에서 뺐습니다: ${why}.`
  },
  /** Added to each warning when the outcome is unknown too. */
  outcomeUnknown: {
    en: 'The outcome is unknown: set `status` (usually `${{ job.status }}`) to name it without the API.',
    ko: '실행 결과를 알 수 없습니다. API 없이 결과를 알리려면 `status`를 설정하세요(보통 `${{ job.status }}`).'
  },
  excerptPartial: {
    en: (job: string, why: string) => `The log excerpt of job "${job}" shows the last lines read, which may not reach its first error: ${why}.`,
    ko: (job: string, why: string) => `작업 "${job}"의 로그 발췌는 마지막으로 읽은 줄까지만 보여 주므로 첫 오류에 닿지 못했을 수 있습니다: ${why}.`
  },
  excerptLeftOut: {
    en: (job: string, why: string) => `Left out the log excerpt of job "${job}": ${why}.`,
    ko: (job: string, why: string) => `작업 "${job}"의 로그 발췌를 메시지에서 뺐습니다: ${why}.`
  },
  annotationsLeftOut: {
    en: (jobs: string[], why: string) =>
      `Left out the error annotations of ${jobs.length === 1 ? 'job' : 'jobs'} ${jobs.map((name) => `"${name}"`).join(', ')}: ${why}.`,
    ko: (jobs: string[], why: string) => `작업 ${jobs.map((name) => `"${name}"`).join(', ')}의 오류 주석을 메시지에서 뺐습니다: ${why}.`
  },
  commitGone: {
    en: (runNumber: number) =>
      `the API answered 404: the commit of run #${runNumber} may no longer exist (a force push), or the token cannot read the repository's contents`,
    ko: (runNumber: number) => `API가 404 응답을 보냈습니다: 실행 #${runNumber}의 커밋이 더 이상 없거나(강제 푸시), 토큰이 저장소 콘텐츠를 읽을 수 없습니다`
  },
  commitsLeftOut: {
    en: (runNumber: number, why: string) => `Left out the commits since the last successful run (#${runNumber}): ${why}.`,
    ko: (runNumber: number, why: string) => `마지막 성공 실행(#${runNumber}) 이후의 커밋을 메시지에서 뺐습니다: ${why}.`
  }
})

/** What a call asked for, as an unexpected answer names it. */
type Asked = 'jobs' | 'runs' | 'run' | 'comparison'
/** What a JSON answer should have held. */
type Listed = 'jobs' | 'annotations' | 'runs' | 'commits' | 'run'

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
  /** The language of the warnings and of the reasons; English when not given. */
  language?: Language
}

export interface RunReportResult {
  /** Undefined when the jobs could not be listed. */
  report?: RunReport
  /** The run's outcome from the jobs seen; undefined when they could not be listed. */
  status?: JobStatus
  /** What was left out of the message and why, one line each, for `::warning`. */
  warnings: string[]
  /** The sentence to add to each warning when the outcome is not known otherwise (`status` is empty). */
  outcomeUnknown: string
}

// Re-exported for the callers that already load this module.
export { apiUrlOf, reasonToSkipApi } from './api-access.ts'

interface HttpError {
  status?: number
  message?: string
  response?: { headers?: Record<string, string | undefined> }
}

/** What a call asked for, and the permission of `github-token` it takes. */
export interface ApiReading {
  what: 'jobs' | 'runs' | 'commits'
  permission: 'actions' | 'contents'
}

/** Why a call failed, in words that say what to change. */
export function explainApiFailure(
  error: unknown,
  timedOut: boolean,
  request: Pick<RunReportRequest, 'apiUrl' | 'timeoutSeconds' | 'language'>,
  reading: ApiReading = { what: 'jobs', permission: 'actions' }
): string {
  const words = WORDS[request.language ?? DEFAULT_LANGUAGE]
  if (timedOut) return words.timedOut(request.apiUrl, request.timeoutSeconds)
  if (error instanceof UnexpectedAnswerError) return words.unexpected(request.apiUrl, error.what, words.asked(error.asked))
  const { status, message = String(error) } = (error ?? {}) as HttpError
  const firstLine = message.split('\n', 1)[0].replace(/ - https:\/\/docs\.github\.com\S*/, '')
  // An error page from a proxy or load balancer is HTML: named, not repeated.
  const said = /^\s*</.test(firstLine) ? words.anHtmlPage : firstLine
  if (status === 401) return words.refusedToken(said)
  if (status === 403 || status === 404) {
    const rateLimited = (error as HttpError).response?.headers?.['x-ratelimit-remaining'] === '0'
    if (rateLimited) return words.rateLimited(status, said)
    return words.cannotRead(status, said, reading)
  }
  // Octokit reports a network failure as status 500 without a response.
  if (status && status >= 400 && status < 600 && (error as HttpError).response) return words.answered(status, said)
  return words.unreachable(request.apiUrl, said)
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
  limits: { deadline: AbortSignal; timeoutSeconds: number; maxBytes?: number; language?: Language }
): Promise<LogReading> {
  const words = WORDS[limits.language ?? DEFAULT_LANGUAGE]
  const maxBytes = limits.maxBytes ?? MAX_LOG_BYTES
  const collector = new ExcerptCollector(maxLines)
  const decoder = new TextDecoder()
  let bytes = 0
  try {
    for await (const chunk of stream) {
      bytes += chunk.byteLength
      if (collector.push(decoder.decode(chunk, { stream: true }))) return { excerpt: collector.excerpt() }
      if (bytes > maxBytes) {
        return { excerpt: collector.excerpt(), stoppedBecause: words.logWithoutError(megabytes(maxBytes)) }
      }
    }
  } catch (error) {
    const why = limits.deadline.aborted
      ? words.logTimedOut(limits.timeoutSeconds, megabytes(bytes))
      : words.logBrokeOff(megabytes(bytes), (error as Error).message)
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
  /** What came instead, in words (describeBody), in the language of the request. */
  readonly what: string
  /** What was asked for. */
  readonly asked: Asked

  constructor(what: string, asked: Asked = 'jobs') {
    super(`the answer was ${what}`)
    this.what = what
    this.asked = asked
    this.name = 'UnexpectedAnswerError'
  }
}

/** What a response body is, in words, without repeating any of it. */
export function describeBody(data: unknown, contentType: string | undefined, expected: Listed = 'jobs', language: Language = DEFAULT_LANGUAGE): string {
  const words = WORDS[language]
  const type = (contentType ?? '').split(';', 1)[0].trim() || words.noContentType
  if (typeof data === 'string') return /^\s*</.test(data) ? words.htmlOrXml(type) : words.notJson(type)
  if (data === null || typeof data !== 'object') return words.noBody(type)
  return words.jsonWithout(words.list(expected), type)
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
async function listJobs(
  octokit: Octokit,
  route: { owner: string; repo: string; run_id: number; attempt_number: number },
  language: Language
): Promise<ApiJob[]> {
  const jobs: ApiJob[] = []
  for (let page = 1; page <= MAX_JOB_PAGES; page++) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { ...route, per_page: 100, page })
    const data = response.data as unknown as { total_count?: unknown; jobs?: unknown }
    if (typeof data !== 'object' || data === null || !Array.isArray(data.jobs) || typeof data.total_count !== 'number') {
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'jobs', language))
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
  if (!timedOut && (status === 403 || status === 404) && !rateLimited) return WORDS[request.language ?? DEFAULT_LANGUAGE].cannotReadChecks(status)
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
          if (!Array.isArray(data)) {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'annotations', request.language))
          }
          found.push(...errorAnnotations(job.name, data as ApiAnnotation[]))
          if (!/rel="next"/.test(response.headers.link ?? '')) break
        }
      } catch (error) {
        const why =
          error instanceof UnexpectedAnswerError
            ? WORDS[request.language ?? DEFAULT_LANGUAGE].annotationsUnexpected(request.apiUrl, error.what)
            : explainAnnotationFailure(error, deadline.aborted, request)
        return { found, why }
      }
      return { found }
    })
  )
  // Grouped by reason after every call ended, so the jobs are named in job order, not in the order their answers came.
  const failures = new Map<string, string[]>()
  for (const [index, { why }] of perJob.entries()) if (why) failures.set(why, [...(failures.get(why) ?? []), jobs[index].name])
  const all = perJob.flatMap((job) => job.found)
  const words = WORDS[request.language ?? DEFAULT_LANGUAGE]
  const warnings = [...failures].map(([why, names]) => words.annotationsLeftOut(names, why))
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
  const language = request.language ?? DEFAULT_LANGUAGE
  const words = WORDS[language]
  const warnings: string[] = []
  const outcomeUnknown = words.outcomeUnknown
  let octokit
  try {
    octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline)
  } catch (error) {
    return { warnings: [words.jobsLeftOut(words.clientNotLoaded((error as Error).message))], outcomeUnknown }
  }

  let jobs: ApiJob[]
  try {
    jobs = await listJobs(octokit, { owner, repo, run_id: Number(request.runId), attempt_number: Number(request.runAttempt) || 1 }, language)
  } catch (error) {
    return { warnings: [words.jobsLeftOut(explainApiFailure(error, deadline.aborted, request))], outcomeUnknown }
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
          timeoutSeconds: request.timeoutSeconds,
          language
        })
        if (reading.excerpt.length) job.excerpt = reading.excerpt
        if (!reading.stoppedBecause) return undefined
        return reading.excerpt.length ? words.excerptPartial(job.name, reading.stoppedBecause) : words.excerptLeftOut(job.name, reading.stoppedBecause)
      } catch (error) {
        return words.excerptLeftOut(job.name, explainApiFailure(error, deadline.aborted, request))
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
    warnings,
    outcomeUnknown
  }
}

/** Runs of the workflow asked for per page: most streaks are decided within the first. */
const HISTORY_PAGE_SIZE = 50
/** Pages of runs read at most; a longer streak is told as "or more". */
const MAX_HISTORY_PAGES = 10

const RUNS_READING: ApiReading = { what: 'runs', permission: 'actions' }

export interface HistoryRequest extends Pick<RunReportRequest, 'token' | 'apiUrl' | 'repository' | 'runId' | 'timeoutSeconds' | 'signal' | 'language'> {
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
  /** Why the history could not be read, when it could not, in the language of the request. */
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
  current: { id: number; runNumber: number; place: RunPlace },
  language: Language
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
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'runs', language), 'runs')
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
  const line = (typeof value === 'string' ? value : '').split(/\r?\n/, 1)[0].replace(EVERY_CONTROL_CHARACTER, ' ').trim()
  return line.length > max ? `${line.slice(0, max - 1)}…` : line
}

/** The commits from `base` (excluded) to `head`, oldest first: the first MAX_COMMITS_SINCE and the count. */
async function compareCommits(
  octokit: Octokit,
  route: { owner: string; repo: string },
  base: string,
  head: string,
  repositoryUrl: string,
  language: Language
): Promise<CommitsSince> {
  const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
    ...route,
    basehead: `${base}...${head}`,
    per_page: MAX_COMMITS_SINCE,
    page: 1
  })
  const data = response.data as unknown
  if (!isRecord(data) || !Array.isArray(data.commits) || typeof data.total_commits !== 'number') {
    throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'commits', language), 'comparison')
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
  const language = request.language ?? DEFAULT_LANGUAGE
  const words = WORDS[language]
  let octokit: Octokit
  try {
    octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline)
  } catch (error) {
    return { failure: words.clientNotLoaded((error as Error).message), warnings: [] }
  }

  let current: NonNullable<HistoryResult['current']>
  let prior: PriorRuns
  try {
    const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: Number(request.runId) })
    const data = response.data as unknown
    const run = isRecord(data) ? pastRunOf(data as ApiWorkflowRun) : undefined
    if (!isRecord(data) || !run || !Number.isSafeInteger(data.workflow_id)) {
      throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'run', language), 'run')
    }
    current = { run, workflowId: data.workflow_id as number, place: placeOf(data as ApiWorkflowRun, request.pullRequest) }
    prior = await listPriorRuns(
      octokit,
      { owner, repo, workflow_id: current.workflowId },
      { id: run.id, runNumber: run.runNumber, place: current.place },
      language
    )
  } catch (error) {
    return { failure: explainApiFailure(error, deadline.aborted, request, RUNS_READING), warnings: [] }
  }

  const warnings: string[] = []
  let commitsSince: CommitsSince | undefined
  const base = prior.lastSuccess?.headSha ?? ''
  const head = current.run.headSha
  if (request.wantCommits && FULL_SHA.test(base) && FULL_SHA.test(head) && base !== head) {
    try {
      commitsSince = await compareCommits(octokit, { owner, repo }, base, head, request.repositoryUrl, language)
    } catch (error) {
      const status = (error as HttpError).status
      const why =
        status === 404 && (error as HttpError).response && !deadline.aborted
          ? words.commitGone(prior.lastSuccess!.runNumber)
          : explainApiFailure(error, deadline.aborted, request, { what: 'commits', permission: 'contents' })
      warnings.push(words.commitsLeftOut(prior.lastSuccess!.runNumber, why))
    }
  }
  return { current, prior, commitsSince, warnings }
}
