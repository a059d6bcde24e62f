import { NotifyError, type Diagnosis } from './errors.ts'

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

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`

export function describeActivity(activity: Activity): string {
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
}

/** At most this many addresses are named; the `accepted` output lists them all. */
const NAMED_RECIPIENTS = 10

function listOf(addresses: readonly string[]): string {
  if (addresses.length <= NAMED_RECIPIENTS) return addresses.join(', ')
  return `${addresses.slice(0, NAMED_RECIPIENTS).join(', ')} and ${addresses.length - NAMED_RECIPIENTS} more (see the \`accepted\` output)`
}

/** Whether the message may be with the server, in words. */
function describeReach(reach: Reach): string {
  const unconfirmed =
    reach.unconfirmedAttempt === undefined
      ? undefined
      : `(it went out whole, final dot included, on attempt ${reach.unconfirmedAttempt}, and ${reach.server} had not confirmed it)`
  if (reach.accepted.length) {
    const had = `${reach.server} had already accepted the message for ${plural(reach.accepted.length, 'recipient')}: ${listOf(reach.accepted)}`
    return unconfirmed ? `${had}; the others may have it too ${unconfirmed}` : `${had}; the others did not get it`
  }
  if (unconfirmed) return `the message may already have been delivered ${unconfirmed}`
  return 'the message was not sent'
}

/** The signal that cancelled the step, when the abort names one. */
function signalName(signal: AbortSignal): string | undefined {
  return typeof signal.reason === 'string' && /^SIG[A-Z]+$/.test(signal.reason) ? signal.reason : undefined
}

/** The report of a cancelled step: what it was doing and whether the message may be with the server. */
export function cancelledDiagnosis(signal: string | undefined, activity: Activity, reach: Reach): Diagnosis {
  const delivered = reach.accepted.length > 0 || reach.unconfirmedAttempt !== undefined
  const slowHint =
    activity.doing === 'reading-inputs'
      ? ''
      : ' If the step was cancelled because it took too long (by hand, or at `timeout-minutes`), lower `timeout` or `retries` so that the step reports a server that does not answer before that.'
  return {
    code: 'cancelled',
    title: `The step was cancelled${signal ? ` (${signal})` : ''} while ${describeActivity(activity)}: ${describeReach(reach)}`,
    fix:
      (delivered
        ? "Look in the recipients' mailboxes before re-running the job: a re-run sends the message again."
        : 'Nothing to fix if the run was cancelled on purpose; re-run the job to send the notification.') + slowHint,
    retryable: false
  }
}

/** The step was cancelled (SIGINT or SIGTERM); raised by whatever was under way, with how far it got. */
export class CancelledError extends NotifyError {
  constructor(signal: AbortSignal, activity: Activity, reach: Reach) {
    super(cancelledDiagnosis(signalName(signal), activity, reach))
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
