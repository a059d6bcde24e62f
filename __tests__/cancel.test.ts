import { describe, expect, it } from 'vitest'
import { cancelledDiagnosis, sessionActivity, sleepFor, type Activity, type SessionProgress } from '../src/cancel.ts'

/** The words of a cancellation report: what the step was doing, and who may have the message. */

const progress = (reached: Partial<SessionProgress>): SessionProgress => ({
  connected: false,
  serverReplied: false,
  loggingIn: false,
  sending: false,
  messageSent: false,
  ...reached
})

describe('what the step was doing', () => {
  it.each<[Activity, string]>([
    [{ doing: 'reading-inputs' }, 'reading the inputs and composing the message'],
    [{ doing: 'fetching-token', tokenUrl: 'https://oauth2.googleapis.com/token' }, 'fetching the OAuth2 access token from https://oauth2.googleapis.com/token'],
    [{ doing: 'asking-github' }, "asking the GitHub API for the run's jobs"],
    [{ doing: 'connecting', hostPort: '[::1]:465', stage: 'opening' }, 'connecting to [::1]:465'],
    [{ doing: 'connecting', hostPort: 'smtp.gmail.com:465', stage: 'greeting' }, 'connecting to smtp.gmail.com:465 (connected, waiting for its greeting)'],
    [{ doing: 'connecting', hostPort: 'smtp.gmail.com:587', stage: 'setting-up' }, 'connecting to smtp.gmail.com:587 (greeted, setting up the session)'],
    [{ doing: 'logging-in', hostPort: 'smtp.gmail.com:465', username: 'ci@example.com' }, 'logging in to smtp.gmail.com:465 as ci@example.com'],
    [{ doing: 'sending', hostPort: 'smtp.gmail.com:465', recipients: 1 }, 'sending the message to 1 recipient through smtp.gmail.com:465'],
    [{ doing: 'sending', hostPort: 'smtp.gmail.com:465', recipients: 3 }, 'sending the message to 3 recipients through smtp.gmail.com:465'],
    [{ doing: 'confirming', hostPort: 'smtp.gmail.com:465' }, 'waiting for smtp.gmail.com:465 to confirm the message after its final dot'],
    [{ doing: 'waiting', attempt: 2, attempts: 3 }, 'waiting before attempt 2 of 3']
  ])('%j: %s', (activity, words) => {
    expect(cancelledDiagnosis(undefined, activity, { server: 'smtp.gmail.com', accepted: [] }).title).toBe(
      `The step was cancelled while ${words}: the message was not sent`
    )
  })

  it.each<[Partial<SessionProgress>, Activity['doing'], string?]>([
    [{}, 'connecting', 'opening'],
    [{ connected: true }, 'connecting', 'greeting'],
    [{ connected: true, serverReplied: true }, 'connecting', 'setting-up'],
    [{ connected: true, serverReplied: true, loggingIn: true }, 'logging-in'],
    [{ connected: true, serverReplied: true, loggingIn: true, sending: true }, 'sending'],
    [{ connected: true, serverReplied: true, sending: true, messageSent: true }, 'confirming']
  ])('a session that reached %j was %s', (reached, doing, stage) => {
    const activity = sessionActivity(progress(reached), 'smtp.gmail.com:465', 'ci@example.com', 2)
    expect(activity.doing).toBe(doing)
    if (stage) expect(activity).toMatchObject({ stage })
  })
})

describe('the cancelled diagnosis', () => {
  const confirming: Activity = { doing: 'confirming', hostPort: 'smtp.gmail.com:465' }

  it('nothing sent: says so, and that a re-run sends it', () => {
    const diagnosis = cancelledDiagnosis(
      'SIGINT',
      { doing: 'connecting', hostPort: 'smtp.gmail.com:465', stage: 'greeting' },
      { server: 'smtp.gmail.com', accepted: [] }
    )
    expect(diagnosis).toMatchObject({ code: 'cancelled', retryable: false })
    expect(diagnosis.title).toBe(
      'The step was cancelled (SIGINT) while connecting to smtp.gmail.com:465 (connected, waiting for its greeting): the message was not sent'
    )
    expect(diagnosis.fix).toContain('re-run the job to send the notification')
    expect(diagnosis.fix).toContain('`timeout`')
  })

  it('after the final dot: may already have been delivered, look before re-running', () => {
    const diagnosis = cancelledDiagnosis('SIGTERM', confirming, { server: 'smtp.gmail.com', accepted: [], unconfirmedAttempt: 2 })
    expect(diagnosis.title).toBe(
      'The step was cancelled (SIGTERM) while waiting for smtp.gmail.com:465 to confirm the message after its final dot: ' +
        'the message may already have been delivered (it went out whole, final dot included, on attempt 2, and smtp.gmail.com had not confirmed it)'
    )
    expect(diagnosis.fix).toContain("Look in the recipients' mailboxes before re-running the job")
  })

  it('after a batch was accepted: names who has it, the rest did not get it', () => {
    const diagnosis = cancelledDiagnosis(
      'SIGINT',
      { doing: 'waiting', attempt: 2, attempts: 3 },
      { server: 'smtp.gmail.com', accepted: ['a@example.com', 'b@example.com'] }
    )
    expect(diagnosis.title).toBe(
      'The step was cancelled (SIGINT) while waiting before attempt 2 of 3: smtp.gmail.com had already accepted the message for 2 recipients: a@example.com, b@example.com; the others did not get it'
    )
    expect(diagnosis.fix).toContain("Look in the recipients' mailboxes")
  })

  it('names at most ten recipients and points to the output for the rest', () => {
    const accepted = Array.from({ length: 250 }, (_, i) => `r${i}@example.com`)
    const diagnosis = cancelledDiagnosis('SIGINT', confirming, { server: 'smtp.gmail.com', accepted, unconfirmedAttempt: 1 })
    expect(diagnosis.title).toContain(
      `for 250 recipients: ${accepted.slice(0, 10).join(', ')} and 240 more (see the \`accepted\` output); the others may have it too`
    )
    expect(diagnosis.title).not.toContain('r10@example.com')
  })

  it('without a signal name, and before any network, gives no hint about time limits', () => {
    const diagnosis = cancelledDiagnosis(undefined, { doing: 'reading-inputs' }, { server: 'smtp.gmail.com', accepted: [] })
    expect(diagnosis.title).toBe('The step was cancelled while reading the inputs and composing the message: the message was not sent')
    expect(diagnosis.fix).not.toContain('timeout')
  })
})

describe('the wait between attempts', () => {
  // An hour-long wait: only the abort can end it within the test's time-out.
  it('ends when the step is cancelled', async () => {
    const cancel = new AbortController()
    const waiting = sleepFor(60 * 60 * 1000, cancel.signal)
    cancel.abort('SIGTERM')
    await expect(waiting).resolves.toBeUndefined()
  })

  it('ends at once when the step was cancelled before it began', async () => {
    await expect(sleepFor(60 * 60 * 1000, AbortSignal.abort('SIGINT'))).resolves.toBeUndefined()
  })
})
