import { describe, expect, it } from 'vitest'
import {
  classify,
  countedOutcome,
  isInPlace,
  ordinal,
  pastRunOf,
  placeOf,
  readPriorRuns,
  type ApiWorkflowRun,
  type PastRun,
  type PriorRuns
} from '../src/history.ts'

const SHA = (n: number) => n.toString(16).padStart(40, 'a')

/** A finished push run on main of octo-org/app, numbered `n`, with id 1000 + n. */
function run(n: number, conclusion: string | null, extra: Partial<ApiWorkflowRun> = {}): ApiWorkflowRun {
  return {
    id: 1000 + n,
    run_number: n,
    run_attempt: 1,
    event: 'push',
    status: 'completed',
    conclusion,
    head_branch: 'main',
    head_sha: SHA(n),
    html_url: `https://github.com/octo-org/app/actions/runs/${1000 + n}`,
    workflow_id: 7,
    pull_requests: [],
    head_repository: { full_name: 'octo-org/app' },
    ...extra
  }
}

const past = (n: number): PastRun => pastRunOf(run(n, 'success'))!
const MAIN = placeOf(run(0, null))
/** The prior runs of run 10 on main among `runs`, read as if there were no more pages. */
const priorOf = (runs: ApiWorkflowRun[], exhausted = true) => readPriorRuns({ id: 1010, runNumber: 10, place: MAIN }, runs, exhausted)

describe('countedOutcome', () => {
  it.each([
    ['success', 'success'],
    ['neutral', 'success'],
    ['failure', 'failure'],
    ['timed_out', 'failure'],
    ['startup_failure', 'failure'],
    ['cancelled', undefined],
    ['skipped', undefined],
    ['action_required', undefined],
    ['stale', undefined],
    [null, undefined]
  ])('a completed run that concluded %s counts as %s', (conclusion, expected) => {
    expect(countedOutcome(run(1, conclusion))).toBe(expected)
  })

  it.each(['in_progress', 'queued', 'waiting', 'requested', 'pending'])('a run that is %s does not count, whatever its conclusion says', (status) => {
    expect(countedOutcome(run(1, 'failure', { status }))).toBeUndefined()
  })
})

describe('pastRunOf', () => {
  it('keeps only a full commit SHA and a plain link', () => {
    expect(pastRunOf(run(3, 'failure'))).toEqual({ id: 1003, runNumber: 3, headSha: SHA(3), url: 'https://github.com/octo-org/app/actions/runs/1003' })
    const hostile = pastRunOf(run(3, 'failure', { head_sha: 'abc\r\nBcc: x@evil.example', html_url: 'javascript:alert(1)' }))!
    expect(hostile.headSha).toBe('')
    expect(hostile.url).toBe('')
    expect(pastRunOf(run(3, 'failure', { html_url: 'https://x.example/a" onclick="b' }))!.url).toBe('')
  })

  it('refuses a run without a whole positive id and number', () => {
    expect(pastRunOf({ id: 1, run_number: 0 })).toBeUndefined()
    expect(pastRunOf({ id: 1.5, run_number: 2 })).toBeUndefined()
    expect(pastRunOf({ run_number: 2 })).toBeUndefined()
    expect(pastRunOf({ id: '1' as unknown as number, run_number: 2 })).toBeUndefined()
  })
})

describe('isInPlace', () => {
  const pr = (number: number | undefined, extra: Partial<ApiWorkflowRun> = {}) =>
    run(1, 'failure', {
      event: 'pull_request',
      head_branch: 'feature',
      pull_requests: number === undefined ? [] : [{ number }],
      ...extra
    })

  it('matches a branch with its pushes, schedules and manual runs, not its pull requests or other branches', () => {
    expect(isInPlace(MAIN, run(1, 'failure'))).toBe(true)
    expect(isInPlace(MAIN, run(1, 'failure', { event: 'schedule' }))).toBe(true)
    expect(isInPlace(MAIN, run(1, 'failure', { event: 'workflow_dispatch' }))).toBe(true)
    expect(isInPlace(MAIN, run(1, 'failure', { head_branch: 'develop' }))).toBe(false)
    // A fork's pull request from its own main has head_branch main too.
    expect(isInPlace(MAIN, pr(undefined, { head_branch: 'main', head_repository: { full_name: 'someone/app' } }))).toBe(false)
    expect(isInPlace(MAIN, pr(12, { head_branch: 'main' }))).toBe(false)
  })

  it('matches a pull request by number, from the run or from the event', () => {
    const place = placeOf(pr(12))
    expect(place.pullRequest).toEqual({ number: 12 })
    expect(isInPlace(place, pr(12))).toBe(true)
    expect(isInPlace(place, pr(12, { event: 'pull_request_target' }))).toBe(true)
    expect(isInPlace(place, pr(13))).toBe(false)
    // Same head branch, but another pull request (an earlier one from the same branch, closed).
    expect(isInPlace(place, pr(9))).toBe(false)
    expect(isInPlace(place, run(1, 'failure', { head_branch: 'feature' }))).toBe(false)
    expect(placeOf(pr(undefined), 12).pullRequest).toEqual({ number: 12 })
  })

  it("matches a fork's pull request, which the API lists without pull_requests, by head branch and repository", () => {
    const fork = { head_repository: { full_name: 'someone/app' } }
    const place = placeOf(pr(undefined, fork), 31)
    expect(isInPlace(place, pr(undefined, fork))).toBe(true)
    expect(isInPlace(place, pr(undefined, { head_repository: { full_name: 'other/app' } }))).toBe(false)
    expect(isInPlace(place, pr(undefined, { ...fork, head_branch: 'other' }))).toBe(false)
    // A run that does list its pull request is matched by number.
    expect(isInPlace(place, pr(31, fork))).toBe(true)
    expect(isInPlace(place, pr(30, fork))).toBe(false)
  })
})

describe('readPriorRuns', () => {
  it('stops at the last success and lists the failures after it, newest first', () => {
    const { decided, prior } = priorOf([run(9, 'failure'), run(8, 'failure'), run(7, 'success'), run(6, 'failure')])
    expect(decided).toBe(true)
    expect(prior).toEqual({ failures: [past(9), past(8)], lastSuccess: past(7), complete: true })
  })

  it('orders by run number, not by the order of the pages', () => {
    const { prior } = priorOf([run(7, 'success'), run(9, 'failure'), run(5, 'failure'), run(8, 'failure')])
    expect(prior.failures.map((r) => r.runNumber)).toEqual([9, 8])
    expect(prior.lastSuccess?.runNumber).toBe(7)
  })

  it('skips cancelled, skipped, running and awaiting runs: they neither end a streak nor count in it', () => {
    const { prior } = priorOf([
      run(9, 'failure'),
      run(8, 'cancelled'),
      run(7, null, { status: 'in_progress' }),
      run(6, 'skipped'),
      run(5, 'action_required'),
      run(4, 'failure'),
      run(3, 'success')
    ])
    expect(prior.failures.map((r) => r.runNumber)).toEqual([9, 4])
    expect(prior.lastSuccess?.runNumber).toBe(3)
  })

  it('leaves out this run, later runs and runs elsewhere', () => {
    const { prior } = priorOf([
      run(10, 'failure'),
      run(11, 'success'),
      run(12, 'failure'),
      run(9, 'success', { head_branch: 'develop' }),
      run(8, 'success', { event: 'pull_request', pull_requests: [{ number: 3 }] }),
      run(7, 'failure')
    ])
    expect(prior).toEqual({ failures: [past(7)], complete: true })
  })

  it('counts a re-run by its latest attempt, as the list gives it: a failure re-run to success is a success', () => {
    const { prior } = priorOf([run(9, 'failure'), run(8, 'success', { run_attempt: 2 }), run(7, 'failure')])
    expect(prior).toEqual({ failures: [past(9)], lastSuccess: past(8), complete: true })
  })

  it('reads a run listed twice (pages shift when a run starts between two requests) once', () => {
    const { prior } = priorOf([run(9, 'failure'), run(8, 'failure'), run(8, 'failure'), run(7, 'success')])
    expect(prior.failures).toHaveLength(2)
  })

  it('asks for more runs until a success or the end of the history', () => {
    expect(priorOf([run(9, 'failure'), run(8, 'failure')], false)).toEqual({ decided: false, prior: { failures: [past(9), past(8)], complete: false } })
    expect(priorOf([run(9, 'failure'), run(8, 'failure')], true)).toEqual({ decided: true, prior: { failures: [past(9), past(8)], complete: true } })
    expect(priorOf([], true)).toEqual({ decided: true, prior: { failures: [], complete: true } })
    expect(priorOf([run(9, 'success')], false).decided).toBe(true)
  })
})

describe('classify', () => {
  const current = past(10)
  const after = (failures: number[], lastSuccess?: number, complete = true): PriorRuns => ({
    failures: failures.map(past),
    lastSuccess: lastSuccess === undefined ? undefined : past(lastSuccess),
    complete
  })

  it('a failure after a success, or with no earlier run, is broken: a streak of one that starts here', () => {
    expect(classify('failure', current, after([], 9))).toEqual({
      transition: 'broken',
      streak: 1,
      streakComplete: true,
      failingSince: current,
      lastSuccess: past(9)
    })
    expect(classify('failure', current, after([]))).toMatchObject({ transition: 'broken', streak: 1, lastSuccess: undefined })
  })

  it('a failure after failures is still failing, with the streak this one included and its first run', () => {
    expect(classify('failure', current, after([9, 8, 6], 5))).toEqual({
      transition: 'still-failing',
      streak: 4,
      streakComplete: true,
      failingSince: past(6),
      lastSuccess: past(5)
    })
    expect(classify('failure', current, after([9], undefined, false))).toMatchObject({ streak: 2, streakComplete: false })
  })

  it('a success after failures is fixed, with the length of the streak it ended', () => {
    expect(classify('success', current, after([9, 8], 7))).toEqual({
      transition: 'fixed',
      streak: 2,
      streakComplete: true,
      failingSince: past(8),
      lastSuccess: past(7)
    })
  })

  it('a success after a success, or with no earlier run, is passing; a cancelled run is cancelled', () => {
    expect(classify('success', current, after([], 9))).toEqual({ transition: 'passing', streak: 0, streakComplete: true, lastSuccess: past(9) })
    expect(classify('success', current, after([]))).toEqual({ transition: 'passing', streak: 0, streakComplete: true, lastSuccess: undefined })
    expect(classify('cancelled', current, after([9, 8], 7))).toEqual({ transition: 'cancelled', streak: 0, streakComplete: true, lastSuccess: past(7) })
  })
})

describe('ordinal', () => {
  it.each([
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [10, '10th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th']
  ])('%i is %s', (n, word) => expect(ordinal(n)).toBe(word))
})
