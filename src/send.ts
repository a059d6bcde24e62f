import { hostname } from 'node:os'
// nodemailer's SMTP client and MIME composer, without the Mail and SMTPTransport layers
// around them: those also load DKIM signing, the well-known services list and OAuth2 token
// handling, which a notification never uses, and cost about 8 ms at every start (npm run bench).
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer'
import SMTPConnection, { type SMTPConnectionAuth, type SMTPConnectionOptions, type SMTPConnectionSendInfo } from 'nodemailer/lib/smtp-connection'
import { CancelledError, sessionActivity, sleepFor, type Activity } from './cancel.ts'
import type { ComposedMessage } from './compose.ts'
import type { ConnectionFacts, TimeoutKind } from './diagnose.ts'
import { NO_LOGIN_OFFERED, NotifyError, SERVER_FLOOD, type Diagnosis } from './errors.ts'
import { DEFAULT_LANGUAGE, defineWords } from './language.ts'
import { isLocalhostName, loopbackSocket } from './loopback.ts'
import { buildMail } from './mail.ts'
import { inputsHolding, type RecipientInputs } from './recipients.ts'
import { XOAUTH2_WITH_TOKEN, xoauth2Login } from './xoauth2.ts'
import { hasCredentials, hostAndPort, type Mailbox, type Settings } from './settings.ts'

/** Where the transport reports progress; every line is already masked by the caller. */
export interface SendLog {
  info(message: string): void
  warning(message: string): void
  /** The SMTP conversation, a line at a time, only called when the `debug` input is on: printed as ordinary log lines. */
  transcript(line: string): void
}

/** A recipient the server refused, with its reply. */
export interface Rejection {
  address: string
  /** The inputs (`to`, `cc`, `bcc`) that list the address. */
  inputs: string[]
  /** The server's reply, on one line. */
  reply: string
  /** The error nodemailer raised for it, kept to diagnose a send nobody accepted. */
  error: unknown
}

export interface SendResult {
  messageId: string
  accepted: string[]
  rejected: string[]
  rejections: Rejection[]
  /** Connections opened, over every batch and retry. */
  attempts: number
}

export interface SendOptions {
  /** Waits between attempts, or until `signal` aborts; tests pass a fast one. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** First back-off delay, doubled after each attempt. */
  backoffMs?: number
  /** XOAUTH2 access token fetched for the `oauth2-*` inputs; without it the password is used. */
  accessToken?: string
  /**
   * Aborted when the step is cancelled: the session is closed at once, back-off waits end,
   * and a CancelledError says what was under way and who may already have the message.
   */
  signal?: AbortSignal
  /** A session opened while the message was prepared, for the first attempt. */
  early?: EarlySession
}

/**
 * The EHLO name: the machine's host name when it looks like one. Gmail refuses some EHLO
 * names, and nodemailer would otherwise send an address literal such as [127.0.0.1].
 */
export function ehloName(host = hostname()): string {
  const isHostName = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host)
  // An IPv4 address is only valid in EHLO as a literal ([10.0.0.1]), which is what to avoid.
  const isAddress = /^[\d.]+$/.test(host)
  return isHostName && !isAddress ? host : 'localhost'
}

/** The log lines of a send, in every language (see language.ts). */
const WORDS = defineWords('send', {
  batch: {
    en: (index: number, count: number, recipients: number) =>
      `Message ${index} of ${count}: ${recipients} recipients (at most ${MAX_RECIPIENTS_PER_MESSAGE} per message).`,
    ko: (index: number, count: number, recipients: number) =>
      `메시지 ${count}개 중 ${index}번째: 받는 사람 ${recipients}명(메시지 하나에 최대 ${MAX_RECIPIENTS_PER_MESSAGE}명).`
  },
  nextAttempt: {
    en: (next: number, total: number, seconds: number) => `Attempt ${next} of ${total} in ${seconds} s.`,
    ko: (next: number, total: number, seconds: number) => `${seconds}초 뒤에 ${total}번 중 ${next}번째 시도를 합니다.`
  },
  attemptFailed: {
    en: (attempt: number, total: number, diagnosis: Diagnosis, unconfirmed: boolean) =>
      `Attempt ${attempt} of ${total} failed: ${diagnosis.title}${diagnosis.reply ? ` (${diagnosis.reply})` : diagnosis.detail ? ` (${diagnosis.detail})` : ''}. ` +
      (unconfirmed
        ? 'Trying again: the server may have accepted the message before the connection was lost, so a duplicate is possible (it has the same Message-ID). A duplicate beats a lost notification.'
        : 'This is temporary; trying again.'),
    ko: (attempt: number, total: number, diagnosis: Diagnosis, unconfirmed: boolean) =>
      `${total}번 중 ${attempt}번째 시도가 실패했습니다: ${diagnosis.title}${diagnosis.reply ? ` (${diagnosis.reply})` : diagnosis.detail ? ` (${diagnosis.detail})` : ''}. ` +
      (unconfirmed
        ? '다시 시도합니다. 연결이 끊기기 전에 서버가 메시지를 받았을 수 있어 중복이 생길 수 있습니다(Message-ID는 같습니다). 알림을 잃는 것보다는 중복이 낫습니다.'
        : '일시적인 문제이므로 다시 시도합니다.')
  },
  /** The error of an attempt that outlasted its deadline, shown as the diagnosis's detail. */
  attemptTimedOut: {
    en: (seconds: number) => `Timeout: the attempt did not finish within ${seconds} s`,
    ko: (seconds: number) => `시간 초과: 시도가 ${seconds}초 안에 끝나지 않았습니다`
  },
  reconnecting: {
    en: (why: string) => `The connection opened while the message was prepared was closed while it waited (${why}); connecting again.`,
    ko: (why: string) => `메시지를 준비하는 동안 열어 둔 연결이 기다리는 사이에 닫혔습니다(${why}). 다시 연결합니다.`
  },
  deferred: {
    en: (server: string, pending: string[], reply: string) =>
      `${server} deferred ${pending.join(', ')} (${reply}); sending ${pending.length === 1 ? 'it' : 'them'} a message of their own.`,
    ko: (server: string, pending: string[], reply: string) => `${server} 서버가 ${pending.join(', ')} 주소를 미뤘습니다(${reply}). 따로 메시지를 보냅니다.`
  }
})

type SendWords = (typeof WORDS)[keyof typeof WORDS]

export function connectionFacts(settings: Settings): ConnectionFacts {
  return {
    server: settings.server,
    port: settings.port,
    secure: settings.secure,
    username: settings.username,
    timeoutSeconds: settings.timeoutSeconds,
    usesOAuth2: settings.oauth2 !== undefined,
    withoutLogin: !hasCredentials(settings),
    recipients: recipientInputs(settings),
    language: settings.language
  }
}

/** The addresses of `to`, `cc` and `bcc`. */
function recipientInputs(settings: Pick<Settings, 'to' | 'cc' | 'bcc'>): RecipientInputs {
  const addresses = (mailboxes: Mailbox[]) => mailboxes.map((mailbox) => mailbox.address)
  return { to: addresses(settings.to), cc: addresses(settings.cc), bcc: addresses(settings.bcc) }
}

/** How far one attempt got, read from nodemailer's log entries as they come. */
export interface AttemptProgress {
  /** The connection (and for implicit TLS, the handshake) was established. */
  connected: boolean
  /** The server sent at least one reply (its greeting first). */
  serverReplied: boolean
  /** AUTH was sent. */
  loggingIn: boolean
  /** MAIL FROM was sent: the message transaction began. */
  sending: boolean
  /** The whole message, up to its final dot, was handed to the socket; only the server's reply was missing. */
  messageSent: boolean
}

export const newProgress = (): AttemptProgress => ({ connected: false, serverReplied: false, loggingIn: false, sending: false, messageSent: false })

/** The fields of nodemailer's log entries that tell how far a session got. */
export interface LogMeta {
  tnx?: string
  outByteCount?: unknown
}

/**
 * Reads how far a session got from one of nodemailer's log entries, which is the only place
 * it says so. Its wording is pinned by __tests__/progress.test.ts against a real session.
 */
export function noteProgress(progress: AttemptProgress, meta: LogMeta | undefined, message: string): void {
  if (meta?.tnx === 'network' && / established to /.test(message)) progress.connected = true
  if (meta?.tnx === 'server') progress.serverReplied = true
  if (meta?.tnx === 'client' && /^AUTH /i.test(message)) progress.loggingIn = true
  if (meta?.tnx === 'client' && /^MAIL FROM/i.test(message)) progress.sending = true
  // nodemailer logs the size of the encoded message once its data stream has ended (final
  // dot included): from then on a lost connection may have lost only the server's 250, not
  // the message.
  if (meta?.tnx === 'message' && typeof meta.outByteCount === 'number') progress.messageSent = true
}

function connectionOptions(settings: Settings, log: SendLog, accessToken: string | undefined, progress: AttemptProgress): SMTPConnectionOptions {
  const timeoutMs = settings.timeoutSeconds * 1000
  const logger = Object.fromEntries(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
      level,
      (meta: LogMeta | undefined, message: string, ...args: unknown[]) => {
        noteProgress(progress, meta, String(message))
        if (!settings.debug) return
        let line = String(message)
        for (const arg of args) line = line.replace(/%[sdj]/, String(arg))
        // Every line of a reply or command says who sent it, and cannot begin a workflow command.
        const direction = meta?.tnx === 'server' ? 'S: ' : meta?.tnx === 'client' ? 'C: ' : ''
        log.transcript(direction ? line.replace(/^/gm, direction) : line)
      }
    ])
  )
  return {
    host: settings.server,
    port: settings.port,
    // A host name is resolved by nodemailer, which tries its IPv6 and IPv4 addresses in turn
    // (autoSelectFamily); localhost gets both loopbacks even where /etc/hosts lists one.
    ...(isLocalhostName(settings.server) ? { socket: loopbackSocket() } : {}),
    secure: settings.secure,
    // Without requireTLS nodemailer falls back to plain text when a server (or a network
    // that strips STARTTLS) does not offer it, and would send the password readable.
    requireTLS: !settings.secure,
    // The XOAUTH2 handler is registered under its own name: nodemailer replaces a method
    // named XOAUTH2 by another one unless it fetches the token itself.
    customAuth: accessToken ? { [XOAUTH2_WITH_TOKEN]: xoauth2Login } : {},
    name: ehloName(),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
    logger: logger as never,
    // Commands and replies only: the message body is not needed to debug a send. Always
    // on, because the replies tell how far an attempt got; printed only with debug.
    transactionLog: true,
    debug: false
  }
}

function loginFor(settings: Settings, accessToken: string | undefined): SMTPConnectionAuth {
  return accessToken ? { user: settings.username, pass: accessToken, method: XOAUTH2_WITH_TOKEN } : { user: settings.username, pass: settings.password }
}

/**
 * The most a server may send in one session. SMTP replies take a few kilobytes and a few
 * hundred lines; the byte limit is above nodemailer's own limit on one reply (1 MB), so a
 * reply that never ends is reported as such.
 */
const INBOUND_LIMITS = { bytes: 4 * 1024 * 1024, lines: 10_000 } as const

/**
 * Calls `onFlood` instead of passing on data once the server has sent more than `limits`,
 * and hands nodemailer the rest one line at a time. Hooks the data handler nodemailer gives
 * every socket of the session (plain, then TLS).
 *
 * The limits: nodemailer bounds a single reply, but queues every line it receives and takes
 * them off the front of an array one event-loop turn at a time, which is quadratic: a server
 * pouring out empty lines kept the process busy for hours after the deadline.
 *
 * One line at a time: of the replies that arrive together, nodemailer handles the first at
 * once and each other one a turn later, and the server's close can overtake them. A server
 * that answers pipelined commands in one write (Postfix, Exim) and refuses a RCPT TO with 421
 * sends the 421 after the replies to MAIL FROM and the earlier RCPT TOs, then hangs up: the
 * close won, and the 421 was reported as a connection lost without a reply. Lines handed over
 * one by one are each handled as they come, as if the network had delivered them apart.
 */
function limitInbound(connection: SMTPConnection, limits: typeof INBOUND_LIMITS, onFlood: () => void): void {
  const internals = connection as unknown as { _onSocketData?: (chunk: Buffer) => void }
  const forward = internals._onSocketData
  // Without the hook (another nodemailer) only the deadline bounds a flood; the flood test then fails.
  if (typeof forward !== 'function') return
  let bytes = 0
  let lines = 0
  internals._onSocketData = (chunk) => {
    bytes += chunk.length
    for (let at = chunk.indexOf(10); at !== -1 && lines <= limits.lines; at = chunk.indexOf(10, at + 1)) lines++
    if (bytes > limits.bytes || lines > limits.lines) return onFlood()
    let start = 0
    for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
      forward(chunk.subarray(start, end + 1))
      start = end + 1
    }
    if (start < chunk.length) forward(chunk.subarray(start))
  }
}

/** One SMTP session, which may be opened before the message is ready. */
interface Session {
  /** Resolves once connected and, with credentials, logged in (true; false for a relay); rejects with the first error. */
  ready: Promise<boolean>
  /** What ended the session since it was ready, while it waited for the message; undefined while it is open. */
  lostWhileWaiting(): unknown
  /** When the session became ready, for the time left of its attempt's deadline. */
  readyAt?: number
  /**
   * Runs `work` on the ready connection within `deadline`. Settles once, with what `work`
   * returns, the first error nodemailer raises, or an EABORT error when `deadline` fires,
   * and closes the connection in every case.
   */
  run<T>(work: (connection: SMTPConnection, loggedIn: boolean) => Promise<T>, deadline: AbortSignal): Promise<T>
  close(): void
}

/**
 * Opens an SMTP session: connects (TLS at once or through STARTTLS) and logs in when
 * credentials are given, within `setupDeadline`. Errors are kept from the first one on:
 * before `ready`, they reject it; while the session waits for its work they end it quietly
 * (the caller opens another); during `run`, they settle it.
 */
function openSession(settings: Settings, log: SendLog, accessToken: string | undefined, progress: AttemptProgress, setupDeadline: AbortSignal): Session {
  const connection = new SMTPConnection(connectionOptions(settings, log, accessToken, progress))
  let failure: unknown
  let failed = false
  let waiting = false
  let closed = false
  let loggedIn = false
  // Whoever is waiting on the session: `ready` while it opens, `run` while it works.
  let notify: ((error: unknown) => void) | undefined
  const close = () => {
    if (closed) return
    closed = true
    setupDeadline.removeEventListener('abort', onSetupAbort)
    connection.close()
  }
  const fail = (error: unknown) => {
    if (failed) return
    failed = true
    failure = error
    close()
    notify?.(error)
  }
  const aborted = (reason: unknown) => Object.assign(new Error('Message sending aborted'), { code: 'EABORT', cause: reason })
  const onSetupAbort = () => fail(aborted(setupDeadline.reason))
  limitInbound(connection, INBOUND_LIMITS, () =>
    fail(
      Object.assign(new Error(`The server sent more than ${INBOUND_LIMITS.bytes} bytes or ${INBOUND_LIMITS.lines} lines`), {
        code: SERVER_FLOOD,
        command: 'CONN'
      })
    )
  )
  connection.on('error', fail)
  // The server hung up between two commands, with no error of nodemailer's. Failed on the
  // next turn of the event loop: when a server answers 421 and closes, nodemailer ends the
  // connection at once but hands the 421 error to the waiting command's callback, which
  // reaches `fail` a few microtasks later, and that error, with the server's reply, is the
  // one to report.
  connection.once('end', () => setImmediate(() => fail(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }))))

  const session: Session = {
    ready: new Promise<boolean>((resolve, reject) => {
      notify = reject
      if (setupDeadline.aborted) return onSetupAbort()
      setupDeadline.addEventListener('abort', onSetupAbort, { once: true })
      const isReady = (withLogin: boolean) => {
        setupDeadline.removeEventListener('abort', onSetupAbort)
        loggedIn = withLogin
        waiting = true
        notify = undefined
        session.readyAt = monotonicMs()
        resolve(withLogin)
      }
      connection.connect((error) => {
        if (error) return fail(error)
        if (!hasCredentials(settings)) return isReady(false)
        // Credentials were given, so the mail must go out logged in: a server that offers no AUTH
        // here is the wrong server or port, or one that took the place of the right one.
        if (!connection.allowsAuth) {
          return fail(Object.assign(new Error('The server offered no AUTH over this connection'), { code: NO_LOGIN_OFFERED, command: 'EHLO' }))
        }
        connection.login(loginFor(settings, accessToken), (error) => (error ? fail(error) : isReady(true)))
      })
    }),
    lostWhileWaiting: () => (waiting && failed ? failure : undefined),
    run<T>(work: (connection: SMTPConnection, loggedIn: boolean) => Promise<T>, deadline: AbortSignal): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting = false
        if (failed) return reject(failure)
        let settled = false
        const settle = (error: unknown, value?: T) => {
          if (settled) return
          settled = true
          deadline.removeEventListener('abort', onAbort)
          close()
          if (error) reject(error)
          else resolve(value as T)
        }
        notify = (error) => settle(error)
        const onAbort = () => fail(aborted(deadline.reason))
        if (deadline.aborted) return onAbort()
        deadline.addEventListener('abort', onAbort, { once: true })
        work(connection, loggedIn).then((value) => settle(undefined, value), settle)
      })
    },
    close
  }
  return session
}

/**
 * An SMTP session opened while the message is still being prepared: by the time it is
 * composed, the connection, TLS, greeting, EHLO and login are done, and the message goes out
 * at once. Used for the first attempt of the first batch.
 */
export interface EarlySession {
  session: Session
  progress: AttemptProgress
  /** monotonicMs() when it was opened: the attempt's deadline counts the time it was busy, not the time it waited. */
  openedAt: number
  /** Whether its setup outlasted the attempt's deadline. */
  setupTimedOut(): boolean
  /**
   * Rejects, with the failure diagnosed, when the session could not be opened for a reason no
   * attempt overcomes (a refused login, a certificate, the wrong port): the run then ends at
   * once, whatever it was still preparing. Never resolves.
   */
  fatal: Promise<never>
  close(): void
}

/** Opens the first session before the message is ready. */
export function openEarlySession(settings: Settings, log: SendLog, options: SendOptions): EarlySession {
  const progress = newProgress()
  const setupDeadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds))
  const session = openSession(settings, log, options.accessToken, progress, untilCancelled(setupDeadline, options))
  const fatal = session.ready.then(
    () => new Promise<never>(() => {}),
    async (error) => {
      // A cancellation is reported by whatever the step was doing; a temporary failure is the first attempt's, retried when sending.
      if (options.signal?.aborted) return new Promise<never>(() => {})
      const { diagnose } = await diagnosis()
      const diagnosed = diagnose(explainTimeout(error, setupDeadline.aborted, progress, settings), connectionFacts(settings))
      if (diagnosed.retryable) return new Promise<never>(() => {})
      throw new NotifyError(diagnosed, { cause: error })
    }
  )
  // Handled by whoever races it against the preparation; this keeps a rejection that comes later quiet.
  fatal.catch(() => {})
  return { session, progress, openedAt: monotonicMs(), setupTimedOut: () => setupDeadline.aborted, fatal, close: () => session.close() }
}

/** One SMTP session from connection to close, within one deadline: opens it, then runs `work` on it. */
async function inSession<T>(
  settings: Settings,
  log: SendLog,
  accessToken: string | undefined,
  progress: AttemptProgress,
  deadline: AbortSignal,
  work: (connection: SMTPConnection, loggedIn: boolean) => Promise<T>
): Promise<T> {
  const session = openSession(settings, log, accessToken, progress, deadline)
  await session.ready
  return session.run(work, deadline)
}

/**
 * Connects, upgrades to TLS and logs in, then quits without sending: checks the
 * credentials and the connection settings. Failures carry the same diagnosis as a send.
 * Resolves to whether a login was made: false only without credentials (a relay).
 */
export async function verifyLogin(settings: Settings, log: SendLog, options: SendOptions = {}): Promise<{ loggedIn: boolean }> {
  const progress = newProgress()
  // The same deadline as a send attempt.
  const deadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds))
  try {
    // QUIT goes out before the connection is closed: a polite end to a login check.
    return await inSession(settings, log, options.accessToken, progress, untilCancelled(deadline, options), async (connection, loggedIn) => {
      connection.quit()
      return { loggedIn }
    })
  } catch (error) {
    if (options.signal?.aborted) {
      throw new CancelledError(options.signal, sessionActivity(progress, hostAndPort(settings.server, settings.port), settings.username, 0), {
        server: settings.server,
        accepted: []
      })
    }
    const { diagnose } = await diagnosis()
    throw new NotifyError(diagnose(explainTimeout(error, deadline.aborted, progress, settings), connectionFacts(settings)), { cause: error })
  }
}

/**
 * Milliseconds on a clock that never jumps. Not performance.now(): the global `performance`
 * loads perf_hooks and its dozen internal modules at every start.
 */
function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6
}

/** The attempt's deadline, or the step's cancellation, whichever comes first. */
function untilCancelled(deadline: AbortSignal, options: SendOptions): AbortSignal {
  return options.signal ? AbortSignal.any([deadline, options.signal]) : deadline
}

/**
 * The diagnoses, their words in every language and the provider catalogue: loaded when
 * something failed, so a send that succeeds never compiles them.
 */
const diagnosis = () => import('./diagnose.ts')

/** Gmail refuses the recipients of a message beyond the 100th with 452 4.5.3. */
export const MAX_RECIPIENTS_PER_MESSAGE = 100

/** The envelope recipients in the order to, cc, bcc, each address once (compared without case). */
export function envelopeRecipients(settings: Pick<Settings, 'to' | 'cc' | 'bcc'>): string[] {
  const seen = new Set<string>()
  const addresses: string[] = []
  for (const mailbox of [...settings.to, ...settings.cc, ...settings.bcc]) {
    const key = mailbox.address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    addresses.push(mailbox.address)
  }
  return addresses
}

/** The envelope recipients cut into batches of at most `size`. Each batch is sent as its own message. */
export function recipientBatches(settings: Pick<Settings, 'to' | 'cc' | 'bcc'>, size = MAX_RECIPIENTS_PER_MESSAGE): string[][] {
  const addresses = envelopeRecipients(settings)
  const batches: string[][] = []
  for (let start = 0; start < addresses.length; start += size) batches.push(addresses.slice(start, start + size))
  return batches
}

/**
 * The hard limit on one attempt. nodemailer bounds the setup (DNS, connect, greeting,
 * TLS) by connectionTimeout and every reply by socketTimeout, which is an idle timer: a
 * server that trickles a byte now and then would never trip it. Twice `timeout` leaves
 * room for a slow but working server and still ends an attempt that never will.
 */
export function attemptDeadlineMs(timeoutSeconds: number): number {
  return 2 * timeoutSeconds * 1000
}

/** The fields of the errors nodemailer raises for refused recipients. */
interface RecipientError {
  code?: string
  command?: string
  recipient?: string
  response?: string
  responseCode?: number
  rejectedErrors?: RecipientError[]
}

/** Every recipient of the message was refused at RCPT TO; the error carries one error per recipient. */
function isEnvelopeRejection(error: unknown): error is RecipientError & { rejectedErrors: RecipientError[] } {
  const err = error as RecipientError
  return err?.code === 'EENVELOPE' && /^RCPT/i.test(err.command ?? '') && Array.isArray(err.rejectedErrors) && err.rejectedErrors.length > 0
}

const isTemporary = (err: RecipientError) => (err.responseCode ?? 0) >= 400 && (err.responseCode ?? 0) < 500

interface BatchOutcome {
  accepted: string[]
  rejections: Rejection[]
  attempts: number
}

/**
 * Sends the message: one message per batch of at most 100 recipients, each with its own
 * retries. Reports a recipient as accepted only when the server answered 250 to the end
 * of the data that carried it. Fails when nobody accepted the message, or when a batch
 * failed for a reason other than its recipients (the error then tells who already has it).
 */
export async function sendMessage(settings: Settings, message: ComposedMessage, log: SendLog, options: SendOptions = {}): Promise<SendResult> {
  const facts = connectionFacts(settings)
  const mail = buildMail(settings, message)
  const messageId = mail.messageId

  const batches = recipientBatches(settings)
  const accepted: string[] = []
  const rejections: Rejection[] = []
  let attempts = 0
  for (const [index, batch] of batches.entries()) {
    if (batches.length > 1) log.info(WORDS[facts.language ?? DEFAULT_LANGUAGE].batch(index + 1, batches.length, batch.length))
    try {
      const outcome = await sendBatch(settings, mail, batch, log, index === 0 ? options : { ...options, early: undefined }, accepted)
      accepted.push(...outcome.accepted)
      rejections.push(...outcome.rejections)
      attempts += outcome.attempts
    } catch (error) {
      if (error instanceof NotifyError && (accepted.length || rejections.length)) {
        error.delivery = { ...(accepted.length ? { messageId } : {}), accepted, rejected: rejections.map((r) => r.address) }
      }
      throw error
    }
  }

  const rejected = rejections.map((r) => r.address)
  if (accepted.length === 0) {
    // Diagnosed as the server's first refusal, but naming every refused address; nothing was
    // sent, so there is no Message-ID to report.
    const first = rejections[0]?.error as object | undefined
    const { diagnose } = await diagnosis()
    const refusal = diagnose({ ...first, rejected, rejectedErrors: rejections.map((r) => r.error) }, facts)
    const detail = rejections.length > 1 ? rejections.map((r) => `${r.address}: ${r.reply}`).join('; ') : undefined
    const error = new NotifyError({ ...refusal, detail, retryable: false }, { cause: first })
    error.delivery = { accepted, rejected }
    throw error
  }
  return { messageId, accepted, rejected, rejections, attempts }
}

/**
 * Names a time-out by what was missing. nodemailer's idle timer and its greeting timer
 * are both `timeout` long and either may fire first, so silence before any reply is
 * called what it is: the greeting never came. An abort is the per-attempt deadline.
 */
function explainTimeout(error: unknown, deadlineReached: boolean, progress: AttemptProgress, settings: Settings): unknown {
  const code = (error as { code?: string }).code
  const timedOut = code === 'ETIMEDOUT' || (code === 'EABORT' && deadlineReached)
  if (!timedOut) return error
  // On a busy machine the deadline can fire before nodemailer's own timers: what was
  // missing, not which timer noticed, decides the name.
  if (progress.connected && !progress.serverReplied) {
    return Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT', timeoutKind: 'greeting' satisfies TimeoutKind, cause: error })
  }
  if (code === 'EABORT') {
    const seconds = attemptDeadlineMs(settings.timeoutSeconds) / 1000
    return Object.assign(new Error(WORDS[settings.language].attemptTimedOut(seconds)), {
      code: 'ETIMEDOUT',
      timeoutKind: 'attempt' satisfies TimeoutKind
    })
  }
  return error
}

/**
 * The early session, unless the server closed it while it waited for the message (an idle
 * timeout, say): then the first attempt opens a session of its own, because it was the
 * waiting, not the server, that ended it.
 */
function usableEarlySession(early: EarlySession | undefined, log: SendLog, words: SendWords): EarlySession | undefined {
  if (!early) return undefined
  const lost = early.session.lostWhileWaiting()
  if (lost === undefined) return early
  log.info(words.reconnecting((lost as Error).message))
  return undefined
}

/**
 * Sends one batch, retrying temporary failures with exponential back-off. `acceptedBefore`
 * (the earlier batches' recipients) is only for telling who has the message on cancellation.
 */
async function sendBatch(
  settings: Settings,
  mail: MailComposerOptions,
  recipients: string[],
  log: SendLog,
  options: SendOptions,
  acceptedBefore: readonly string[]
): Promise<BatchOutcome> {
  const sleep = options.sleep ?? sleepFor
  const backoffMs = options.backoffMs ?? 2000
  const facts = connectionFacts(settings)
  const total = settings.retries + 1
  const accepted: string[] = []
  const rejections: Rejection[] = []
  let pending = recipients
  let unconfirmedAttempt: number | undefined
  const cancelled = (signal: AbortSignal, activity: Activity) =>
    new CancelledError(signal, activity, { server: settings.server, accepted: [...acceptedBefore, ...accepted], unconfirmedAttempt })
  const words = WORDS[facts.language ?? DEFAULT_LANGUAGE]
  const waitBeforeAttempt = async (next: number) => {
    const delay = backoffMs * 2 ** (next - 2)
    log.info(words.nextAttempt(next, total, Math.round(delay / 1000)))
    await sleep(delay, options.signal)
    if (options.signal?.aborted) throw cancelled(options.signal, { doing: 'waiting', attempt: next, attempts: total })
  }

  // The early session serves one attempt at most: the first.
  let unusedEarly = usableEarlySession(options.early, log, words)
  for (let attempt = 1; ; attempt++) {
    const last = attempt === total
    const early = unusedEarly
    unusedEarly = undefined
    const progress = early?.progress ?? newProgress()
    const budgetMs = attemptDeadlineMs(settings.timeoutSeconds)
    let deadline = AbortSignal.timeout(budgetMs)
    const deadlineReached = () => deadline.aborted || !!early?.setupTimedOut()
    let refused: RecipientError[]
    const send = (connection: SMTPConnection) =>
      new Promise<SMTPConnectionSendInfo>((resolve, reject) => {
        // Composed per attempt (a stream is read once), with this attempt's recipients as
        // the envelope: the composer turns an international domain into its ASCII
        // (punycode) form, which every server takes in MAIL FROM and RCPT TO.
        const composed = new MailComposer({ ...mail, envelope: { from: settings.from.address, to: pending } }).compile()
        connection.send(composed.getEnvelope(), composed.createReadStream(), (error, sent) => (error ? reject(error) : resolve(sent)))
      })
    try {
      let info: SMTPConnectionSendInfo
      if (early) {
        await early.session.ready
        // The attempt's deadline counts the setup, not the time the session waited for the message.
        deadline = AbortSignal.timeout(Math.max(1, Math.round(budgetMs - ((early.session.readyAt ?? early.openedAt) - early.openedAt))))
        info = await early.session.run(send, untilCancelled(deadline, options))
      } else {
        info = await inSession(settings, log, options.accessToken, progress, untilCancelled(deadline, options), send)
      }
      accepted.push(...info.accepted.map(String))
      refused = ((info as { rejectedErrors?: RecipientError[] }).rejectedErrors ?? []).filter((err) => err.recipient)
    } catch (error) {
      // The server ended the early session while it waited, before this attempt sent a
      // command on it (its close had not reached the client yet): not a failed attempt.
      if (early?.session.readyAt !== undefined && !progress.sending && (error as { code?: string }).code === 'ECONNECTION' && !options.signal?.aborted) {
        log.info(words.reconnecting((error as Error).message))
        attempt--
        continue
      }
      if (progress.messageSent && !(error as { responseCode?: number }).responseCode) unconfirmedAttempt ??= attempt
      if (options.signal?.aborted) {
        throw cancelled(options.signal, sessionActivity(progress, hostAndPort(settings.server, settings.port), settings.username, pending.length))
      }
      if (isEnvelopeRejection(error)) {
        refused = error.rejectedErrors
      } else {
        const failure = explainTimeout(error, deadlineReached(), progress, settings)
        // No reply at all after the final dot: the server may have accepted the message.
        const unconfirmed = progress.messageSent && !(failure as { responseCode?: number }).responseCode
        const { diagnose, unconfirmedDelivery } = await diagnosis()
        const diagnosed = unconfirmed ? unconfirmedDelivery(diagnose(failure, facts), facts.language) : diagnose(failure, facts)
        if (!diagnosed.retryable || last) throw new NotifyError(diagnosed, { cause: error })
        log.warning(words.attemptFailed(attempt, total, diagnosed, unconfirmed))
        await waitBeforeAttempt(attempt + 1)
        continue
      }
    }

    // Refused recipients: a temporary refusal (such as 452 4.5.3, too many recipients in
    // one message) gets a message of its own on the next attempt; a permanent one is final.
    if (refused.length === 0) return { accepted, rejections, attempts: attempt }
    const deferred = last ? [] : refused.filter(isTemporary)
    const { diagnose } = await diagnosis()
    for (const err of refused) {
      if (deferred.includes(err)) continue
      const address = err.recipient ?? ''
      rejections.push({
        address,
        inputs: inputsHolding(address, facts.recipients),
        reply: diagnose(err, facts).reply ?? String(err.response ?? ''),
        error: err
      })
    }
    if (deferred.length === 0) return { accepted, rejections, attempts: attempt }
    pending = deferred.map((err) => err.recipient ?? '')
    log.warning(words.deferred(settings.server, pending, diagnose(deferred[0], facts).reply ?? ''))
    await waitBeforeAttempt(attempt + 1)
  }
}
