import { describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.ts'
import { decideToSend, needsHistory, parseNotifyWhen, type NotifyWhen } from '../src/notify-when.ts'
import { readSettings } from '../src/settings.ts'

describe('parseNotifyWhen', () => {
  it.each([
    ['', 'always'],
    ['always', 'always'],
    ['ALWAYS', 'always'],
    ['changes, always', 'always'],
    ['changes', ['broken', 'fixed']],
    ['failures', ['broken', 'still-failing', 'cancelled']],
    ['failures, fixed', ['broken', 'still-failing', 'fixed', 'cancelled']],
    ['fixed,broken', ['broken', 'fixed']],
    ['Broken\n  Fixed\n', ['broken', 'fixed']],
    ['passing', ['passing']],
    ['changes, changes, broken', ['broken', 'fixed']],
    ['unknown', ['unknown']]
  ])('reads %j as %j', (value, expected) => {
    expect(parseNotifyWhen(value)).toEqual(expected)
  })

  it('refuses a word that is not a transition, naming the input and the words it takes', () => {
    const error = (() => {
      try {
        parseNotifyWhen('broken, fixd')
      } catch (error) {
        return error
      }
    })() as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.input).toBe('notify-when')
    expect(error.message).toContain('"fixd" is not a transition')
    expect(error.diagnosis.fix).toContain('always (every run), failures (broken, still-failing, cancelled), changes (broken, fixed)')
    // A control character in the input is not printed as it is.
    expect(() => parseNotifyWhen('x\u001b[31m')).toThrow(/"x\?\[31m"/)
  })
})

describe('the settings', () => {
  const base = { username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com' }
  const read = (inputs: Record<string, string>, notices: string[] = []) => readSettings((name) => ({ ...base, ...inputs })[name] ?? '', { notices })

  it('read notify-when, still-failing-every and thread, with their defaults', () => {
    expect(read({})).toMatchObject({ notifyWhen: 'always', stillFailingEvery: 1, thread: false })
    expect(read({ 'notify-when': 'failures', 'still-failing-every': '7', thread: 'true' })).toMatchObject({
      notifyWhen: ['broken', 'still-failing', 'cancelled'],
      stillFailingEvery: 7,
      thread: true
    })
  })

  it('refuse a still-failing-every that is not a whole number from 1', () => {
    expect(() => read({ 'still-failing-every': '0' })).toThrow(/still-failing-every.*"0" is not a whole number from 1 to 1000/)
    expect(() => read({ 'still-failing-every': 'weekly' })).toThrow(InputError)
    expect(() => read({ thread: 'yes' })).toThrow(/thread/)
  })

  it('say when still-failing-every has no effect', () => {
    const notices: string[] = []
    read({ 'notify-when': 'changes', 'still-failing-every': '7' }, notices)
    expect(notices).toEqual([
      '`still-failing-every: 7` has no effect: it spaces out the still-failing mails, and `notify-when` (broken, fixed) does not list still-failing. Set `notify-when: failures` (or a list with still-failing) to use it.'
    ])
    const quiet: string[] = []
    read({ 'notify-when': 'failures', 'still-failing-every': '7' }, quiet)
    expect(quiet).toEqual([])
    const always: string[] = []
    read({ 'still-failing-every': '3' }, always)
    expect(always[0]).toContain('`notify-when: always` mails every run')
  })
})

describe('needsHistory', () => {
  it('reads the history only for a notify-when other than always, or for threads', () => {
    expect(needsHistory({ notifyWhen: 'always', thread: false })).toBe(false)
    expect(needsHistory({ notifyWhen: 'always', thread: true })).toBe(true)
    expect(needsHistory({ notifyWhen: ['broken', 'fixed', 'passing', 'still-failing', 'cancelled'], thread: false })).toBe(true)
  })
})

describe('decideToSend', () => {
  const settings = (notifyWhen: NotifyWhen, stillFailingEvery = 1) => ({ notifyWhen, stillFailingEvery })
  const streak = (n: number) => ({ streak: n, streakComplete: true })

  it('sends every run with always, and an unknown run whatever is listed', () => {
    for (const transition of ['broken', 'still-failing', 'fixed', 'passing', 'cancelled', 'unknown'] as const) {
      expect(decideToSend(settings('always'), transition, streak(3)).send).toBe(true)
    }
    expect(decideToSend(settings(['fixed']), 'unknown')).toEqual({ send: true })
  })

  it('sends a listed transition and says why it skips one that is not', () => {
    expect(decideToSend(settings(['broken', 'fixed']), 'fixed', streak(2))).toEqual({ send: true })
    expect(decideToSend(settings(['broken', 'fixed']), 'passing', streak(0))).toEqual({
      send: false,
      why: 'this run is passing (a success after a success, or the first run), and `notify-when` lists only broken, fixed'
    })
    expect(decideToSend(settings(['broken', 'fixed']), 'still-failing', streak(3))).toEqual({
      send: false,
      why: 'this run is still failing (the 3rd failed run in a row), and `notify-when` lists only broken, fixed'
    })
    expect(decideToSend(settings(['broken', 'still-failing', 'cancelled']), 'cancelled', streak(0))).toEqual({ send: true })
  })

  it('with still-failing-every N, mails the 1st, (N+1)th, (2N+1)th… failed run of a streak', () => {
    const sent = (every: number) =>
      Array.from({ length: 10 }, (_, i) => i + 2).filter((n) => decideToSend(settings(['broken', 'still-failing'], every), 'still-failing', streak(n)).send)
    expect(sent(1)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(sent(3)).toEqual([4, 7, 10])
    expect(sent(7)).toEqual([8])
    // The first failed run is broken, and is sent as such.
    expect(decideToSend(settings(['broken', 'still-failing'], 3), 'broken', streak(1)).send).toBe(true)
  })

  it('says when the next mail of a spaced-out streak goes', () => {
    expect(decideToSend(settings(['still-failing'], 3), 'still-failing', streak(5))).toEqual({
      send: false,
      why: 'this run is still failing (the 5th failed run in a row), and `still-failing-every: 3` mails the next one at the 7th failed run'
    })
    expect(decideToSend(settings(['still-failing'], 3), 'still-failing', { streak: 500, streakComplete: false })).toMatchObject({
      why: expect.stringContaining('the 500th or later failed run in a row')
    })
  })
})
