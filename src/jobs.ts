import type { JobStatus } from './settings.ts'

/** The fields of a job from the REST API that the notification reads; any may be missing. */
export interface ApiJob {
  id?: number
  name?: string
  html_url?: string | null
  status?: string
  conclusion?: string | null
  steps?: { name?: string; status?: string; conclusion?: string | null }[]
}

/** A job that failed or was cancelled, as the notification shows it. */
export interface ProblemJob {
  id: number
  name: string
  url: string
  /** In words: "failed", "timed out", "was cancelled". */
  conclusion: string
  failedSteps: string[]
  /** False for a job still running (the one sending the notification): its log is not available yet. */
  completed: boolean
  /** The lines leading up to the job's first error, when its log was read. */
  excerpt?: string[]
}

/** What the REST API told about the run. */
export interface RunReport {
  problemJobs: ProblemJob[]
  /** Problem jobs left out of problemJobs to keep the message short. */
  moreProblemJobs: number
}

/** How many failed or cancelled jobs the notification lists. */
export const MAX_LISTED_JOBS = 10
/** Longest log line kept in an excerpt; minified output would otherwise fill the message. */
export const MAX_EXCERPT_LINE = 300

const FAILED = new Set(['failure', 'timed_out', 'startup_failure'])
const CONCLUSION_WORDS: Record<string, string> = {
  failure: 'failed',
  timed_out: 'timed out',
  startup_failure: 'failed to start',
  cancelled: 'was cancelled'
}

function stepFailed(conclusion: string | null | undefined): boolean {
  return FAILED.has(conclusion ?? '')
}

/**
 * The run's outcome from the jobs seen so far: any failed job or step makes it a failure,
 * else any cancelled one makes it cancelled. The job sending the notification is usually
 * still running; its finished steps count.
 */
export function deriveStatus(jobs: ApiJob[]): JobStatus | undefined {
  if (!jobs.length) return undefined
  if (jobs.some((job) => stepFailed(job.conclusion) || (job.steps ?? []).some((step) => stepFailed(step.conclusion)))) return 'failure'
  if (jobs.some((job) => job.conclusion === 'cancelled' || (job.steps ?? []).some((step) => step.conclusion === 'cancelled'))) return 'cancelled'
  return 'success'
}

/** Every failed or cancelled job (or running job with a failed step), with its failed steps. */
export function problemJobs(jobs: ApiJob[]): ProblemJob[] {
  const problems: ProblemJob[] = []
  for (const job of jobs) {
    const steps = job.steps ?? []
    const badSteps = steps.filter((step) => stepFailed(step.conclusion) || step.conclusion === 'cancelled')
    const jobConclusion = job.conclusion ?? ''
    const isProblem = FAILED.has(jobConclusion) || jobConclusion === 'cancelled' || badSteps.some((step) => stepFailed(step.conclusion))
    if (!isProblem || typeof job.id !== 'number') continue
    const failedStep = badSteps.find((step) => stepFailed(step.conclusion))
    problems.push({
      id: job.id,
      name: job.name || `job ${job.id}`,
      url: job.html_url ?? '',
      conclusion: CONCLUSION_WORDS[jobConclusion] ?? (failedStep ? 'failed' : 'was cancelled'),
      failedSteps: badSteps.map((step) => step.name || 'unnamed step'),
      completed: job.status === 'completed'
    })
  }
  // Failures first: they are what the reader has to act on.
  return problems.sort((a, b) => Number(a.conclusion === 'was cancelled') - Number(b.conclusion === 'was cancelled'))
}

const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g

/** One log line as a reader wants it: no timestamp, colour codes or workflow-command markers. */
export function cleanLogLine(line: string): string | undefined {
  let clean = line.replace(/\r$/, '').replace(TIMESTAMP, '').replace(ANSI, '')
  if (clean.startsWith('##[endgroup]')) return undefined
  clean = clean
    .replace(/^##\[group\]/, '')
    .replace(/^##\[error\]/, 'Error: ')
    .replace(/^##\[warning\]/, 'Warning: ')
    .replace(/^##\[(notice|debug|command)\]/, '')
  return clean.length > MAX_EXCERPT_LINE ? `${clean.slice(0, MAX_EXCERPT_LINE - 1)}…` : clean
}

/**
 * Collects the excerpt of a log read line by line: the `maxLines` lines ending with the
 * first `##[error]`, or the last `maxLines` lines when there is none. `push` returns true
 * once the excerpt is complete, so a caller can stop reading a long log early.
 */
export class ExcerptCollector {
  readonly maxLines: number
  private lines: string[] = []
  private done = false

  constructor(maxLines: number) {
    this.maxLines = maxLines
  }

  push(rawLine: string): boolean {
    if (this.done) return true
    const isError = /^(?:\uFEFF?\S+Z )?##\[error\]/.test(rawLine)
    const line = cleanLogLine(rawLine)
    if (line === undefined) return false
    this.lines.push(line)
    if (this.lines.length > this.maxLines) this.lines.shift()
    if (isError) this.done = true
    return this.done
  }

  /** The excerpt, without blank lines at its edges. */
  excerpt(): string[] {
    const lines = [...this.lines]
    while (lines.length && !lines[0].trim()) lines.shift()
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop()
    return lines
  }
}

/** The excerpt of a whole log held in memory. */
export function extractExcerpt(log: string, maxLines: number): string[] {
  const collector = new ExcerptCollector(maxLines)
  for (const line of log.replace(/\r?\n$/, '').split('\n')) if (collector.push(line)) break
  return collector.excerpt()
}
