import { describe, expect, it } from 'vitest'
import { composeMessage } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'
import type { HistoryResult } from '../src/github-api.ts'
import type { PastRun } from '../src/history.ts'
import type { NotifyWhen } from '../src/notify-when.ts'
import { settleTransition } from '../src/transition.ts'
import { RUNNER_ENV } from './support/action.ts'

const ctx = buildRunContext(RUNNER_ENV, {})
const run = (n: number): PastRun => ({
  id: 1000 + n,
  runNumber: n,
  headSha: String(n).padStart(40, 'a'),
  url: `https://github.com/octo-org/app/actions/runs/${1000 + n}`
})
const read = (failures: number[], lastSuccess?: number, extra: Partial<HistoryResult> = {}): HistoryResult => ({
  current: { run: run(42), workflowId: 7, place: { headBranch: 'main', headRepository: 'octo-org/app' } },
  prior: { failures: failures.map(run), lastSuccess: lastSuccess === undefined ? undefined : run(lastSuccess), complete: true },
  warnings: [],
  ...extra
})
const settings = (notifyWhen: NotifyWhen = 'always', thread = false) => ({ notifyWhen, stillFailingEvery: 1, thread })

describe('settleTransition', () => {
  it('is unknown when the outcome of the run is unknown, and says so', () => {
    const settled = settleTransition(read([41], 40), undefined, settings(['broken', 'fixed']), ctx)
    expect(settled.transition).toBe('unknown')
    expect(settled.decision).toEqual({ send: true })
    expect(settled.warnings).toEqual([
      'Could not tell whether this run broke the build, is still failing or fixed it (`transition` is unknown), so the mail is sent whatever `notify-when` says: the outcome of this run is unknown (`status` is empty and the jobs could not be read).'
    ])
  })

  it('is unknown when the history could not be read; with always and thread, the warning says only that the mail is not threaded', () => {
    const settled = settleTransition({ failure: 'the API answered 502 (Bad Gateway)', warnings: [] }, 'failure', settings('always', true), ctx)
    expect(settled.transition).toBe('unknown')
    expect(settled.warnings[0]).toMatch(/\(`transition` is unknown\), so this mail is not threaded: the API answered 502 \(Bad Gateway\)\.$/)
    expect(settled.thread).toEqual({ root: undefined, listId: '"CI (octo-org/app)" <ci.app.octo-org.github.invalid>' })
  })

  it('threads a streak mail under the streak root, and gives every mail the List-Id', () => {
    const broken = settleTransition(read([], 41), 'failure', settings('always', true), ctx)
    const still = settleTransition(read([41], 40), 'failure', settings('always', true), ctx)
    expect(broken.thread?.root).toMatch(/^streak-1042\./)
    expect(still.thread?.root).toMatch(/^streak-1041\./)
    expect(still.view.threaded).toBe(true)
    const passing = settleTransition(read([], 41), 'success', settings('always', true), ctx)
    expect(passing.thread).toEqual({ root: undefined, listId: broken.thread!.listId })
    expect(passing.view.threaded).toBe(false)
    expect(settleTransition(read([41], 40), 'failure', settings('always', false), ctx).thread).toBeUndefined()
  })

  it('keeps the commits since the last success for a failure only', () => {
    const commitsSince = { commits: [], total: 3, compareUrl: 'https://github.com/octo-org/app/compare/a...b' }
    expect(settleTransition(read([41], 40, { commitsSince }), 'failure', settings(), ctx).view.commitsSince).toBe(commitsSince)
    expect(settleTransition(read([41], 40, { commitsSince }), 'success', settings(), ctx).view.commitsSince).toBeUndefined()
  })

  it('passes on what else was left out', () => {
    expect(settleTransition(read([], 41, { warnings: ['Left out the commits.'] }), 'failure', settings(), ctx).warnings).toEqual(['Left out the commits.'])
  })
})

describe('the message of a transition', () => {
  const compose = (status: 'success' | 'failure' | 'cancelled', result: HistoryResult, thread = false) =>
    composeMessage({ status }, ctx, undefined, settleTransition(result, status, settings('always', thread), ctx).view)

  it('names the transition in the subject, the banner and the first line', async () => {
    const still = await compose('failure', read([41, 40], 39))
    expect(still.subject).toBe('[octo-org/app] CI #42 still failing on main (3rd run)')
    expect(still.text.split('\n', 1)[0]).toBe('STILL FAILING: CI #42 still failing (3rd run)')
    expect(still.html).toContain('✖ Still failing</div>')
    const fixed = await compose('success', read([41], 40))
    expect(fixed.subject).toBe('[octo-org/app] CI #42 fixed on main')
    expect(fixed.html).toContain('✔ Fixed</div>')
    expect(fixed.text).toContain('Fixed after 1 failed run, failing since run #41 (commit aaaaaaa).')
  })

  it('keeps the subject of a threaded streak the same from broken to fixed', async () => {
    const subjects = [
      (await compose('failure', read([], 41), true)).subject,
      (await compose('success', read([41], 40), true)).subject,
      (await compose('success', read([], 41), true)).subject
    ]
    expect(subjects).toEqual([
      '[octo-org/app] CI failing on main since #42',
      '[octo-org/app] CI failing on main since #41',
      '[octo-org/app] CI #42 succeeded on main'
    ])
  })

  it('says how long the streak is when the history was not read to its start', async () => {
    const result = read([41, 40], undefined)
    result.prior!.complete = false
    const message = await compose('failure', result)
    expect(message.subject).toBe('[octo-org/app] CI #42 still failing on main (3rd run or later)')
    expect(message.text).toContain('Failing since run #40 (commit aaaaaaa): at least 3 failed runs in a row.')
  })

  it('escapes what the API gave in the HTML part', async () => {
    const result = read([41], 40)
    result.commitsSince = {
      commits: [{ shortSha: 'abcdef0', title: '<img src=x onerror=alert(1)>', author: '<b>x</b>', url: 'https://github.com/octo-org/app/commit/abcdef0' }],
      total: 1,
      compareUrl: 'https://github.com/octo-org/app/compare/a...b'
    }
    const message = await compose('failure', result)
    expect(message.html).toContain('&#60;img src=x onerror=alert(1)&#62;')
    expect(message.html).not.toContain('<img')
    expect(message.html).not.toContain('<b>x')
  })

  it('leaves the message of a run whose transition is unknown as it was', async () => {
    const unknown = settleTransition({ failure: 'down', warnings: [] }, 'failure', settings(['broken']), ctx).view
    const message = await composeMessage({ status: 'failure' }, ctx, undefined, unknown)
    const plain = await composeMessage({ status: 'failure' }, ctx)
    expect(message.subject).toBe(plain.subject)
    expect(message.text).toBe(plain.text)
  })
})
