import { stripVTControlCharacters } from 'node:util'
import { defineWords, type Language } from './language.ts'

/** The outcome of a job, as `${{ job.status }}` gives it. */
export type JobStatus = 'success' | 'failure' | 'cancelled'

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
  /** The failure annotations of the failed jobs' check runs, at most MAX_ANNOTATIONS. */
  annotations?: ErrorAnnotation[]
  /** Failure annotations left out of `annotations`. */
  moreAnnotations?: number
}

/** The fields of a check run annotation from the REST API that the notification reads; any may be missing. */
export interface ApiAnnotation {
  path?: string
  start_line?: number
  end_line?: number
  annotation_level?: string
  title?: string | null
  message?: string
}

/** An error a job reported about a line of code (a problem matcher, `::error file=…,line=…::`). */
export interface ErrorAnnotation {
  /** The job whose check run carries it. */
  job: string
  /** Path in the repository, as the annotation gives it; empty when it names no file. */
  path: string
  /** 0 when it names no line. */
  startLine: number
  endLine: number
  title: string
  message: string
}

/** Error annotations shown in one message; GitHub keeps at most 10 error annotations per step. */
export const MAX_ANNOTATIONS = 10

/** The runner's own annotations repeat what the failed step says already. */
const RUNNER_MESSAGE = /^(Process completed with exit code \d+|The operation was canceled)\.?$/

/**
 * The annotations of one job worth showing: failures only (not warnings or notices), without
 * the runner's own. An annotation without a file gets the path ".github" from the runner.
 */
export function errorAnnotations(job: string, annotations: ApiAnnotation[]): ErrorAnnotation[] {
  const messageOf = (annotation: ApiAnnotation) => (typeof annotation.message === 'string' ? annotation.message : '')
  return annotations
    .filter((annotation) => annotation?.annotation_level === 'failure' && !RUNNER_MESSAGE.test(messageOf(annotation).trim()))
    .map((annotation) => {
      const path = typeof annotation.path === 'string' && annotation.path !== '.github' ? annotation.path : ''
      const startLine = path && Number.isInteger(annotation.start_line) && annotation.start_line! > 0 ? annotation.start_line! : 0
      const endLine = startLine && Number.isInteger(annotation.end_line) && annotation.end_line! > startLine ? annotation.end_line! : startLine
      return { job, path, startLine, endLine, title: typeof annotation.title === 'string' ? annotation.title : '', message: messageOf(annotation) }
    })
}

/** How many failed or cancelled jobs the notification lists. */
export const MAX_LISTED_JOBS = 10
/** Longest log line kept in an excerpt; minified output would otherwise fill the message. */
export const MAX_EXCERPT_LINE = 300

const FAILED = new Set(['failure', 'timed_out', 'startup_failure'])
/** A job's conclusion in words, by the API's name for it. */
const CONCLUSIONS = defineWords('jobs', {
  failure: { en: 'failed', ko: '실패' },
  timed_out: { en: 'timed out', ko: '시간 초과' },
  startup_failure: { en: 'failed to start', ko: '시작 실패' },
  cancelled: { en: 'was cancelled', ko: '취소됨' }
})
/** ProblemJob.conclusion is in English; the message says it in its own language (conclusionIn). */
const CONCLUSION_WORDS: Record<string, string> = CONCLUSIONS.en

/** A job's conclusion, given in English as ProblemJob holds it, in `language`. */
export function conclusionIn(english: string, language: Language): string {
  const name = (Object.keys(CONCLUSION_WORDS) as (keyof typeof CONCLUSIONS.en)[]).find((key) => CONCLUSION_WORDS[key] === english)
  return name ? CONCLUSIONS[language][name] : english
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

/** One log line as a reader wants it: no timestamp, colour codes or workflow-command markers. */
export function cleanLogLine(line: string): string | undefined {
  let clean = stripVTControlCharacters(line.replace(/\r$/, '').replace(TIMESTAMP, ''))
  if (clean.startsWith('##[endgroup]')) return undefined
  clean = clean
    .replace(/^##\[group\]/, '')
    .replace(/^##\[error\]/, 'Error: ')
    .replace(/^##\[warning\]/, 'Warning: ')
    .replace(/^##\[(notice|debug|command)\]/, '')
  return clean.length > MAX_EXCERPT_LINE ? `${clean.slice(0, MAX_EXCERPT_LINE - 1)}…` : clean
}

/**
 * Longest part of one raw log line that is kept while its end is still to come: room for
 * the timestamp, the `##[error]` marker and MAX_EXCERPT_LINE characters. The rest of an
 * over-long line (a minified bundle, a log without line breaks) is skipped as it streams
 * by, so memory stays bounded and the work linear in the size of the log.
 */
export const MAX_KEPT_LINE = 4096

/**
 * Collects the excerpt of a log: the `maxLines` lines ending with the first `##[error]`,
 * or the last `maxLines` lines when there is none. Text is fed as it arrives, in pieces
 * that may end mid-line; `push` returns true once the excerpt is complete, so a caller
 * can stop reading a long log early.
 */
export class ExcerptCollector {
  readonly maxLines: number
  private lines: string[] = []
  private done = false
  /** The start of the line whose end has not arrived yet, at most MAX_KEPT_LINE characters. */
  private partial = ''

  constructor(maxLines: number) {
    this.maxLines = maxLines
  }

  /** Feeds the next piece of the log's text; returns true once the excerpt is complete. */
  push(text: string): boolean {
    let start = 0
    while (!this.done) {
      const newline = text.indexOf('\n', start)
      const end = newline === -1 ? text.length : newline
      const room = MAX_KEPT_LINE - this.partial.length
      if (room > 0) this.partial += text.slice(start, Math.min(end, start + room))
      if (newline === -1) break
      this.addLine(this.partial)
      this.partial = ''
      start = newline + 1
    }
    return this.done
  }

  private addLine(rawLine: string): void {
    const isError = /^(?:\uFEFF?\S+Z )?##\[error\]/.test(rawLine)
    const line = cleanLogLine(rawLine)
    if (line === undefined) return
    this.lines.push(line)
    if (this.lines.length > this.maxLines) this.lines.shift()
    if (isError) this.done = true
  }

  /** The excerpt, without blank lines at its edges; a last line without a line break counts. */
  excerpt(): string[] {
    if (this.partial && !this.done) {
      this.addLine(this.partial)
      this.partial = ''
    }
    const lines = [...this.lines]
    while (lines.length && !lines[0].trim()) lines.shift()
    while (lines.length && !lines[lines.length - 1].trim()) lines.pop()
    return lines
  }
}
