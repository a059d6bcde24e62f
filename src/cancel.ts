import { NotifyError, type Diagnosis } from './errors.ts'
import { DEFAULT_LANGUAGE, defineWords, plural, type Language } from './language.ts'

/**
 * Resolves after `ms`, or at once when `signal` aborts; the caller then checks the signal.
 * Not node:timers/promises: loading that module cost about 0.5 ms at every start.
 */
export function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve()
    const done = () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** What the step was doing when it was cancelled. */
export type Activity =
  | { doing: 'reading-inputs' }
  | { doing: 'fetching-token'; tokenUrl: string }
  | { doing: 'asking-github' }
  | { doing: 'connecting'; hostPort: string; stage: 'opening' | 'greeting' | 'setting-up' }
  | { doing: 'logging-in'; hostPort: string; username: string }
  | { doing: 'sending'; hostPort: string; recipients: number }
  | { doing: 'confirming'; hostPort: string }
  | { doing: 'waiting'; attempt: number; attempts: number }

/** How far the message had got when the step was cancelled. */
export interface Reach {
  server: string
  /** Recipients the server had confirmed the message for (250 to the end of its data). */
  accepted: readonly string[]
  /** The attempt on which the whole message, final dot included, went out without a confirmation. */
  unconfirmedAttempt?: number
}

/** How far one SMTP session had got, as send.ts tracks it. */
export interface SessionProgress {
  connected: boolean
  serverReplied: boolean
  loggingIn: boolean
  sending: boolean
  messageSent: boolean
}

/** The activity of an SMTP session that was cut short, from how far it had got. */
export function sessionActivity(progress: SessionProgress, hostPort: string, username: string, recipients: number): Activity {
  if (progress.messageSent) return { doing: 'confirming', hostPort }
  if (progress.sending) return { doing: 'sending', hostPort, recipients }
  if (progress.loggingIn) return { doing: 'logging-in', hostPort, username }
  const stage = !progress.connected ? 'opening' : !progress.serverReplied ? 'greeting' : 'setting-up'
  return { doing: 'connecting', hostPort, stage }
}

/** At most this many addresses are named; the `accepted` output lists them all. */
const NAMED_RECIPIENTS = 10

/** How a cancellation is told, in every language (see language.ts). */
const WORDS = defineWords('cancel', {
  activity: {
    en: (activity: Activity): string => {
      switch (activity.doing) {
        case 'reading-inputs':
          return 'reading the inputs and composing the message'
        case 'fetching-token':
          return `fetching the OAuth2 access token from ${activity.tokenUrl}`
        case 'asking-github':
          return "asking the GitHub API for the run's jobs"
        case 'connecting': {
          const stage = { opening: '', greeting: ' (connected, waiting for its greeting)', 'setting-up': ' (greeted, setting up the session)' }[activity.stage]
          return `connecting to ${activity.hostPort}${stage}`
        }
        case 'logging-in':
          return `logging in to ${activity.hostPort} as ${activity.username}`
        case 'sending':
          return `sending the message to ${plural(activity.recipients, 'recipient')} through ${activity.hostPort}`
        case 'confirming':
          return `waiting for ${activity.hostPort} to confirm the message after its final dot`
        case 'waiting':
          return `waiting before attempt ${activity.attempt} of ${activity.attempts}`
      }
    },
    ko: (activity: Activity): string => {
      switch (activity.doing) {
        case 'reading-inputs':
          return '입력을 읽고 메시지를 만드는 중'
        case 'fetching-token':
          return `${activity.tokenUrl}에서 OAuth2 액세스 토큰을 받아 오는 중`
        case 'asking-github':
          return 'GitHub API에 실행의 작업(job) 목록을 묻는 중'
        case 'connecting': {
          const stage = { opening: '', greeting: '(연결됨, 인사말을 기다리는 중)', 'setting-up': '(인사말 받음, 세션을 준비하는 중)' }[activity.stage]
          return `${activity.hostPort}에 연결하는 중${stage}`
        }
        case 'logging-in':
          return `${activity.hostPort}에 ${activity.username} 계정으로 로그인하는 중`
        case 'sending':
          return `${activity.hostPort} 서버로 받는 사람 ${activity.recipients}명에게 메시지를 보내는 중`
        case 'confirming':
          return `마지막 점(.)을 보낸 뒤 ${activity.hostPort} 서버의 메시지 확인을 기다리는 중`
        case 'waiting':
          return `${activity.attempts}번 중 ${activity.attempt}번째 시도를 기다리는 중`
      }
    }
  },
  /** Whether the message may be with the server. */
  reach: {
    en: (reach: Reach): string => {
      const unconfirmed =
        reach.unconfirmedAttempt === undefined
          ? undefined
          : `(it went out whole, final dot included, on attempt ${reach.unconfirmedAttempt}, and ${reach.server} had not confirmed it)`
      if (reach.accepted.length) {
        const named =
          reach.accepted.length <= NAMED_RECIPIENTS
            ? reach.accepted.join(', ')
            : `${reach.accepted.slice(0, NAMED_RECIPIENTS).join(', ')} and ${reach.accepted.length - NAMED_RECIPIENTS} more (see the \`accepted\` output)`
        const had = `${reach.server} had already accepted the message for ${plural(reach.accepted.length, 'recipient')}: ${named}`
        return unconfirmed ? `${had}; the others may have it too ${unconfirmed}` : `${had}; the others did not get it`
      }
      if (unconfirmed) return `the message may already have been delivered ${unconfirmed}`
      return 'the message was not sent'
    },
    ko: (reach: Reach): string => {
      const unconfirmed =
        reach.unconfirmedAttempt === undefined
          ? undefined
          : `(${reach.unconfirmedAttempt}번째 시도에서 마지막 점까지 전부 보냈지만 ${reach.server} 서버가 확인하지 않았습니다)`
      if (reach.accepted.length) {
        const named =
          reach.accepted.length <= NAMED_RECIPIENTS
            ? reach.accepted.join(', ')
            : `${reach.accepted.slice(0, NAMED_RECIPIENTS).join(', ')} 외 ${reach.accepted.length - NAMED_RECIPIENTS}명(\`accepted\` 출력 참고)`
        const had = `${reach.server} 서버가 이미 받는 사람 ${reach.accepted.length}명에 대해 메시지를 받아들였습니다: ${named}`
        return unconfirmed ? `${had}. 나머지도 받았을 수 있습니다 ${unconfirmed}` : `${had}. 나머지는 받지 못했습니다`
      }
      if (unconfirmed) return `메시지가 이미 전달되었을 수 있습니다 ${unconfirmed}`
      return '메시지는 보내지 않았습니다'
    }
  },
  title: {
    en: (signal: string | undefined, activity: string, reach: string) => `The step was cancelled${signal ? ` (${signal})` : ''} while ${activity}: ${reach}`,
    ko: (signal: string | undefined, activity: string, reach: string) => `${activity}에 단계(step)가 취소되었습니다${signal ? `(${signal})` : ''}: ${reach}`
  },
  delivered: {
    en: "Look in the recipients' mailboxes before re-running the job: a re-run sends the message again.",
    ko: '작업(job)을 다시 실행하기 전에 받는 사람의 메일함을 확인하세요. 다시 실행하면 메시지를 한 번 더 보냅니다.'
  },
  notDelivered: {
    en: 'Nothing to fix if the run was cancelled on purpose; re-run the job to send the notification.',
    ko: '일부러 취소했다면 고칠 것은 없습니다. 알림을 보내려면 작업(job)을 다시 실행하세요.'
  },
  slowHint: {
    en: ' If the step was cancelled because it took too long (by hand, or at `timeout-minutes`), lower `timeout` or `retries` so that the step reports a server that does not answer before that.',
    ko: ' 단계(step)가 너무 오래 걸려서 (직접, 또는 `timeout-minutes`에 걸려) 취소되었다면 `timeout`이나 `retries`를 줄여서, 응답하지 않는 서버를 그 전에 알리도록 하세요.'
  }
})

/** The signal that cancelled the step, when the abort names one. */
function signalName(signal: AbortSignal): string | undefined {
  return typeof signal.reason === 'string' && /^SIG[A-Z]+$/.test(signal.reason) ? signal.reason : undefined
}

/** The report of a cancelled step: what it was doing and whether the message may be with the server. */
export function cancelledDiagnosis(signal: string | undefined, activity: Activity, reach: Reach, language: Language = DEFAULT_LANGUAGE): Diagnosis {
  const words = WORDS[language]
  const delivered = reach.accepted.length > 0 || reach.unconfirmedAttempt !== undefined
  return {
    code: 'cancelled',
    title: words.title(signal, words.activity(activity), words.reach(reach)),
    fix: (delivered ? words.delivered : words.notDelivered) + (activity.doing === 'reading-inputs' ? '' : words.slowHint),
    retryable: false
  }
}

/** The step was cancelled (SIGINT or SIGTERM); raised by whatever was under way, with how far it got. */
export class CancelledError extends NotifyError {
  constructor(signal: AbortSignal, activity: Activity, reach: Reach) {
    super((language) => cancelledDiagnosis(signalName(signal), activity, reach, language))
    this.name = 'CancelledError'
  }
}

/**
 * What the step is doing before it sends, so that a cancellation is reported as that. The
 * SMTP session tracks its own progress (send.ts); this covers the phases before it.
 */
export class CancellationGuard {
  private readonly signal: AbortSignal | undefined
  private readonly server: () => string
  private activity: Activity = { doing: 'reading-inputs' }

  /** `server`: the SMTP server named in the report, once the inputs are read. */
  constructor(signal: AbortSignal | undefined, server: () => string) {
    this.signal = signal
    this.server = server
  }

  /** Ends the run once the step is cancelled, saying what it was doing; nothing was sent yet. */
  check(): void {
    if (this.signal?.aborted) throw new CancelledError(this.signal, this.activity, { server: this.server(), accepted: [] })
  }

  /**
   * Runs a phase whose result is worthless once the step is cancelled: a cancellation during
   * it, whatever the phase then returns or throws, is reported as `doing`.
   */
  async during<T>(doing: Activity, work: () => Promise<T>): Promise<T> {
    const outer = this.activity
    this.activity = doing
    try {
      this.check()
      const result = await work()
      this.check()
      this.activity = outer
      return result
    } catch (error) {
      this.check()
      throw error
    }
  }
}
