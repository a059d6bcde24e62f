import { InputError } from './errors.ts'
import { ordinal, TRANSITIONS, type History, type Transition } from './history.ts'

/** The transitions that send a mail, or 'always': every run sends, and no history is read. */
export type NotifyWhen = 'always' | readonly Transition[]

/** The shorthands of `notify-when`, besides `always`. */
export const NOTIFY_WHEN_SHORTHANDS: Record<string, readonly Transition[]> = {
  failures: ['broken', 'still-failing', 'cancelled'],
  changes: ['broken', 'fixed']
}

/** Transitions a user may list; `unknown` is accepted too, though it always sends. */
const LISTABLE = TRANSITIONS

/** Parses `notify-when`: transitions and shorthands separated by commas or white space. */
export function parseNotifyWhen(value: string): NotifyWhen {
  const words = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean)
  if (!words.length || words.includes('always')) return 'always'
  const listed = new Set<Transition>()
  for (const word of words) {
    const shorthand = Object.hasOwn(NOTIFY_WHEN_SHORTHANDS, word) ? NOTIFY_WHEN_SHORTHANDS[word] : undefined
    if (shorthand) shorthand.forEach((t) => listed.add(t))
    else if ((LISTABLE as readonly string[]).includes(word)) listed.add(word as Transition)
    else {
      throw new InputError(
        'notify-when',
        `"${word.replace(/\p{Cc}/gu, '?')}" is not a transition`,
        'Set `notify-when` to always (every run), failures (broken, still-failing, cancelled), changes (broken, fixed), ' +
          'or a comma-separated list of broken, still-failing, fixed, passing and cancelled.'
      )
    }
  }
  // In a fixed order, so that the same choice reads the same whatever order it was written in.
  return TRANSITIONS.filter((t) => listed.has(t))
}

/** Whether the history has to be read: only to choose which runs send, or to thread them. */
export function needsHistory(settings: { notifyWhen: NotifyWhen; thread: boolean }): boolean {
  return settings.notifyWhen !== 'always' || settings.thread
}

/** The transition in words, as the log says it: "still failing (3rd failed run in a row)". */
export function describeTransition(transition: Transition, history?: Pick<History, 'streak' | 'streakComplete'>): string {
  const streak = history ? `${ordinal(history.streak)}${history.streakComplete ? '' : ' or later'}` : ''
  switch (transition) {
    case 'broken':
      return 'broken (a failure after a success, or the first run)'
    case 'still-failing':
      return `still failing (the ${streak} failed run in a row)`
    case 'fixed':
      return `fixed (a success after ${history?.streak ?? 0} failed run${history?.streak === 1 ? '' : 's'})`
    case 'passing':
      return 'passing (a success after a success, or the first run)'
    case 'cancelled':
      return 'cancelled'
    case 'unknown':
      return 'unknown'
  }
}

/** Whether to send, and when not, the one line that says why. */
export type SendDecision = { send: true } | { send: false; why: string }

/**
 * Whether this run sends a mail. `unknown` always does: a run that could not be
 * classified might be the one that broke the build. A streak mails its 1st,
 * (N+1)th, (2N+1)th… failed run with `still-failing-every: N`.
 */
export function decideToSend(
  settings: { notifyWhen: NotifyWhen; stillFailingEvery: number },
  transition: Transition,
  history?: Pick<History, 'streak' | 'streakComplete'>
): SendDecision {
  const { notifyWhen, stillFailingEvery } = settings
  if (notifyWhen === 'always' || transition === 'unknown') return { send: true }
  const said = `this run is ${describeTransition(transition, history)}`
  if (!notifyWhen.includes(transition)) return { send: false, why: `${said}, and \`notify-when\` lists only ${notifyWhen.join(', ')}` }
  if (transition === 'still-failing' && history && (history.streak - 1) % stillFailingEvery !== 0) {
    const next = history.streak + stillFailingEvery - ((history.streak - 1) % stillFailingEvery)
    return { send: false, why: `${said}, and \`still-failing-every: ${stillFailingEvery}\` mails the next one at the ${ordinal(next)} failed run` }
  }
  return { send: true }
}
