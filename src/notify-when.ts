import { inputErrorIn, type InputProblem } from './errors.ts'
import { ordinal, TRANSITIONS, type History, type Transition } from './history.ts'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'
import { EVERY_CONTROL_CHARACTER } from './printable.ts'

/** The transitions that send a mail, or 'always': every run sends, and no history is read. */
export type NotifyWhen = 'always' | readonly Transition[]

/** The shorthands of `notify-when`, besides `always`. */
const NOTIFY_WHEN_SHORTHANDS: Record<string, readonly Transition[]> = {
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
      throw inputErrorIn('notify-when', WORDS, (words) => words.notATransition(word.replace(EVERY_CONTROL_CHARACTER, '?')))
    }
  }
  // In a fixed order, so that the same choice reads the same whatever order it was written in.
  return TRANSITIONS.filter((t) => listed.has(t))
}

/** Whether the history has to be read: only to choose which runs send, or to thread them. */
export function needsHistory(settings: { notifyWhen: NotifyWhen; thread: boolean }): boolean {
  return settings.notifyWhen !== 'always' || settings.thread
}

/** How a transition is said in the log and the job summary, in every language (see language.ts). */
const WORDS = defineWords('notify-when', {
  /** "still failing (the 3rd failed run in a row)". */
  transition: {
    en: (transition: Transition, streak: number, complete: boolean): string => {
      switch (transition) {
        case 'broken':
          return 'broken (a failure after a success, or the first run)'
        case 'still-failing':
          return `still failing (the ${ordinal(streak)}${complete ? '' : ' or later'} failed run in a row)`
        case 'fixed':
          return `fixed (a success after ${streak} failed run${streak === 1 ? '' : 's'})`
        case 'passing':
          return 'passing (a success after a success, or the first run)'
        case 'cancelled':
          return 'cancelled'
        case 'unknown':
          return 'unknown'
      }
    },
    ko: (transition: Transition, streak: number, complete: boolean): string => {
      switch (transition) {
        case 'broken':
          return '깨짐(성공 뒤의 실패, 또는 첫 실행)'
        case 'still-failing':
          return `계속 실패(연속 ${streak}번째${complete ? '' : ' 이후'} 실패)`
        case 'fixed':
          return `복구됨(${streak}회 실패 뒤의 성공)`
        case 'passing':
          return '통과(성공 뒤의 성공, 또는 첫 실행)'
        case 'cancelled':
          return '취소됨'
        case 'unknown':
          return '알 수 없음'
      }
    }
  },
  notATransition: {
    en: (word: string): InputProblem => ({
      problem: `"${word}" is not a transition`,
      fix:
        'Set `notify-when` to always (every run), failures (broken, still-failing, cancelled), changes (broken, fixed), ' +
        'or a comma-separated list of broken, still-failing, fixed, passing and cancelled.'
    }),
    ko: (word: string): InputProblem => ({
      problem: `"${word}"은(는) 전환(transition)이 아닙니다`,
      fix:
        '`notify-when`을 always(모든 실행), failures(broken, still-failing, cancelled), changes(broken, fixed), ' +
        '또는 broken, still-failing, fixed, passing, cancelled를 쉼표로 구분한 목록으로 설정하세요.'
    })
  },
  thisRunIs: { en: (said: string) => `This run is ${said}.`, ko: (said: string) => `이 실행은 ${said}입니다.` },
  notListed: {
    en: (said: string, listed: string) => `this run is ${said}, and \`notify-when\` lists only ${listed}`,
    ko: (said: string, listed: string) => `이 실행은 ${said}이고, \`notify-when\`에는 ${listed}만 있습니다`
  },
  notThisOne: {
    en: (said: string, every: number, next: number) =>
      `this run is ${said}, and \`still-failing-every: ${every}\` mails the next one at the ${ordinal(next)} failed run`,
    ko: (said: string, every: number, next: number) =>
      `이 실행은 ${said}이고, \`still-failing-every: ${every}\`에 따라 다음 메일은 ${next}번째 실패 실행에서 보냅니다`
  }
})

/** The transition in words, as the log says it: "still failing (3rd failed run in a row)". */
export function describeTransition(
  transition: Transition,
  history?: Pick<History, 'streak' | 'streakComplete'>,
  language: Language = DEFAULT_LANGUAGE
): string {
  return WORDS[language].transition(transition, history?.streak ?? 0, history?.streakComplete ?? true)
}

/** "This run is still failing (…)." for the log. */
export function thisRunIs(said: string, language: Language = DEFAULT_LANGUAGE): string {
  return WORDS[language].thisRunIs(said)
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
  history?: Pick<History, 'streak' | 'streakComplete'>,
  language: Language = DEFAULT_LANGUAGE
): SendDecision {
  const { notifyWhen, stillFailingEvery } = settings
  if (notifyWhen === 'always' || transition === 'unknown') return { send: true }
  const words = WORDS[language]
  const said = describeTransition(transition, history, language)
  if (!notifyWhen.includes(transition)) return { send: false, why: words.notListed(said, notifyWhen.join(', ')) }
  if (transition === 'still-failing' && history && (history.streak - 1) % stillFailingEvery !== 0) {
    const next = history.streak + stillFailingEvery - ((history.streak - 1) % stillFailingEvery)
    return { send: false, why: words.notThisOne(said, stillFailingEvery, next) }
  }
  return { send: true }
}
