import type { PushedCommit } from './context.ts'
import type { JobStatus } from './jobs.ts'

/**
 * What this run changed, compared with the earlier runs of the same workflow in the same
 * place (branch, or pull request). `unknown`: the earlier runs could not be read.
 */
export const TRANSITIONS = ['broken', 'still-failing', 'fixed', 'passing', 'cancelled', 'unknown'] as const
export type Transition = (typeof TRANSITIONS)[number]
/** The transitions of a failure streak: the mails that one conversation holds. */
export const STREAK_TRANSITIONS: readonly Transition[] = ['broken', 'still-failing', 'fixed']

/** The fields of a workflow run from the REST API that the history reads; any may be missing. */
export interface ApiWorkflowRun {
  id?: number
  run_number?: number
  /** The list endpoint gives each run's latest attempt, with that attempt's status and conclusion. */
  run_attempt?: number
  event?: string
  status?: string | null
  conclusion?: string | null
  head_branch?: string | null
  head_sha?: string | null
  html_url?: string | null
  workflow_id?: number
  pull_requests?: { number?: number }[] | null
  head_repository?: { full_name?: string | null } | null
}

/** A run of the history, as the message names and links it. */
export interface PastRun {
  id: number
  runNumber: number
  headSha: string
  url: string
}

/** Where a run belongs: the runs it is compared with are those in the same place. */
export interface RunPlace {
  /** Branch or tag the run ran on; for a pull request, its head branch. */
  headBranch: string
  /** owner/name of the repository the head branch lives in (a fork's, for a pull request from a fork). */
  headRepository: string
  /** Set for a pull request run, with its number when it is known. */
  pullRequest?: { number?: number }
}

/** Events whose runs test a pull request rather than a branch. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target'])
const SUCCEEDED = new Set(['success', 'neutral'])
const FAILED = new Set(['failure', 'timed_out', 'startup_failure'])

const FULL_SHA = /^[0-9a-f]{40}$/i
const PLAIN_URL = /^https?:\/\/[^\s<>"'`\\]+$/
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) > 0

/** The run as the message names and links it; values that are not what GitHub sends are left empty. */
export function pastRunOf(run: ApiWorkflowRun): PastRun | undefined {
  if (!isCount(run.id) || !isCount(run.run_number)) return undefined
  return {
    id: run.id,
    runNumber: run.run_number,
    headSha: typeof run.head_sha === 'string' && FULL_SHA.test(run.head_sha) ? run.head_sha.toLowerCase() : '',
    url: typeof run.html_url === 'string' && PLAIN_URL.test(run.html_url) ? run.html_url : ''
  }
}

/**
 * The place of a run. A pull request run from a fork has no `pull_requests` in the API
 * (GitHub leaves them out), so the number comes from the event payload when there is one.
 */
export function placeOf(run: ApiWorkflowRun, eventPullRequest?: number): RunPlace {
  const isPullRequest = PULL_REQUEST_EVENTS.has(run.event ?? '')
  return {
    headBranch: run.head_branch ?? '',
    headRepository: run.head_repository?.full_name ?? '',
    pullRequest: isPullRequest ? { number: eventPullRequest ?? run.pull_requests?.find((pr) => typeof pr.number === 'number')?.number } : undefined
  }
}

/**
 * Whether `run` ran in `place`. A branch's runs are its pushes, schedules and manual runs,
 * not the pull requests from it (those test a merge with another branch). A pull request's
 * runs are matched by number; a run from a fork lists no pull request, so it is matched by
 * its head branch and repository instead.
 */
export function isInPlace(place: RunPlace, run: ApiWorkflowRun): boolean {
  const isPullRequest = PULL_REQUEST_EVENTS.has(run.event ?? '')
  if (isPullRequest !== (place.pullRequest !== undefined)) return false
  const sameBranch = (run.head_branch ?? '') === place.headBranch
  if (!place.pullRequest) return sameBranch
  const numbers = (run.pull_requests ?? []).map((pr) => pr.number).filter((n) => typeof n === 'number')
  if (numbers.length && place.pullRequest.number !== undefined) return numbers.includes(place.pullRequest.number)
  return sameBranch && (run.head_repository?.full_name ?? '') === place.headRepository
}

/**
 * What a finished run counts as in a streak, or undefined for a run that does not count:
 * one still in progress, cancelled, skipped, or waiting for approval.
 */
export function countedOutcome(run: ApiWorkflowRun): 'success' | 'failure' | undefined {
  if (run.status !== 'completed') return undefined
  if (SUCCEEDED.has(run.conclusion ?? '')) return 'success'
  if (FAILED.has(run.conclusion ?? '')) return 'failure'
  return undefined
}

/** What the earlier runs say, whatever this run's outcome. */
export interface PriorRuns {
  /** The failed runs right before this one, newest first; empty when the last counted run passed, or there is none. */
  failures: PastRun[]
  /** The last successful run before them; undefined when there is none, or it was not reached. */
  lastSuccess?: PastRun
  /** False when the reading stopped before a success or the first run: the streak may be longer than `failures`. */
  complete: boolean
}

/**
 * Reads the earlier runs of `current` in its place, newest first by run number, up to the
 * last success. `runs` is every run read so far (in any order, possibly twice when a page
 * shifted between two requests); `exhausted` says that there are no more. `decided` is
 * false when more runs are needed to find where the streak began.
 */
export function readPriorRuns(current: { id: number; runNumber: number; place: RunPlace }, runs: ApiWorkflowRun[], exhausted: boolean) {
  const seen = new Set<number>()
  const counted: { run: PastRun; outcome: 'success' | 'failure' }[] = []
  for (const run of runs) {
    const past = pastRunOf(run)
    const outcome = countedOutcome(run)
    // Later runs (by number) are not earlier runs, even when one finished first.
    if (!past || !outcome || seen.has(past.id) || past.id === current.id || past.runNumber >= current.runNumber) continue
    if (!isInPlace(current.place, run)) continue
    seen.add(past.id)
    counted.push({ run: past, outcome })
  }
  counted.sort((a, b) => b.run.runNumber - a.run.runNumber)
  const failures: PastRun[] = []
  for (const { run, outcome } of counted) {
    if (outcome === 'success') return { decided: true, prior: { failures, lastSuccess: run, complete: true } satisfies PriorRuns }
    failures.push(run)
  }
  return { decided: exhausted, prior: { failures, complete: exhausted } satisfies PriorRuns }
}

/** This run's place in the history. */
export interface History {
  transition: Exclude<Transition, 'unknown'>
  /**
   * broken and still-failing: the failed runs in a row, this one included; fixed: the
   * failed runs it ended; 0 otherwise.
   */
  streak: number
  /** False when the streak may be longer than `streak`: the history was read only so far back. */
  streakComplete: boolean
  /** The first failed run of the streak (this run for broken); undefined outside a streak. */
  failingSince?: PastRun
  /** The last successful run before the streak (or before this run). */
  lastSuccess?: PastRun
}

/** The transition of a run with this outcome after these runs. */
export function classify(status: JobStatus, current: PastRun, prior: PriorRuns): History {
  const { failures, lastSuccess, complete } = prior
  if (status === 'cancelled') return { transition: 'cancelled', streak: 0, streakComplete: true, lastSuccess }
  if (status === 'failure') {
    if (!failures.length) return { transition: 'broken', streak: 1, streakComplete: true, failingSince: current, lastSuccess }
    return { transition: 'still-failing', streak: failures.length + 1, streakComplete: complete, failingSince: failures.at(-1), lastSuccess }
  }
  if (!failures.length) return { transition: 'passing', streak: 0, streakComplete: true, lastSuccess }
  return { transition: 'fixed', streak: failures.length, streakComplete: complete, failingSince: failures.at(-1), lastSuccess }
}

/** The commits between the last successful run and this one, oldest first. */
export interface CommitsSince {
  /** The first ones, at most MAX_COMMITS_SINCE: the commit that broke the build is among them. */
  commits: PushedCommit[]
  /** How many commits the comparison holds in all. */
  total: number
  /** The comparison's page on GitHub. */
  compareUrl: string
}

/** How many commits since the last success the message lists. */
export const MAX_COMMITS_SINCE = 20

/** What the message says about the history, when it was asked for: `unknown` when it could not be read. */
export interface HistoryView extends Omit<History, 'transition'> {
  transition: Transition
  /** The commits since `lastSuccess`, for a failure, when they could be read. */
  commitsSince?: CommitsSince
  /** The mail is one of a conversation: its subject stays the same for the whole streak. */
  threaded: boolean
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st… */
export function ordinal(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}
