import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
// nodemailer's SMTP client and MIME composer, without the Mail and SMTPTransport layers
// around them: those also load DKIM signing, the well-known services list and OAuth2 token
// handling, which a notification never uses, and cost about 8 ms at every start (npm run bench).
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer'
import SMTPConnection, { type SMTPConnectionAuth, type SMTPConnectionOptions, type SMTPConnectionSendInfo } from 'nodemailer/lib/smtp-connection'
import type { ComposedMessage } from './compose.ts'
import { diagnose, unconfirmedDelivery, type ConnectionFacts } from './diagnose.ts'
import { NotifyError } from './errors.ts'
import { XOAUTH2_WITH_TOKEN, xoauth2Login } from './oauth2.ts'
import type { Mailbox, Settings } from './settings.ts'
import type { ThreadHeaders } from './threading.ts'

/** Where the transport reports progress; every line is already masked by the caller. */
export interface SendLog {
  info(message: string): void
  warning(message: string): void
  /** The SMTP conversation, only called when `debug` is on. */
  debug(message: string): void
}

/** A recipient the server refused, with its reply. */
export interface Rejection {
  address: string
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
  /** Waits between attempts; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>
  /** First back-off delay, doubled after each attempt. */
  backoffMs?: number
  /** XOAUTH2 access token fetched for the `oauth2-*` inputs; without it the password is used. */
  accessToken?: string
}

const sleepFor = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export function formatMailbox(mailbox: Mailbox): { name: string; address: string } {
  return { name: mailbox.name, address: mailbox.address }
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

export function connectionFacts(settings: Settings): ConnectionFacts {
  return {
    server: settings.server,
    port: settings.port,
    secure: settings.secure,
    username: settings.username,
    timeoutSeconds: settings.timeoutSeconds,
    usesOAuth2: settings.oauth2 !== undefined
  }
}

/** How far one attempt got, read from nodemailer's log entries as they come. */
export interface AttemptProgress {
  /** The connection (and for implicit TLS, the handshake) was established. */
  connected: boolean
  /** The server sent at least one reply (its greeting first). */
  serverReplied: boolean
  /** The whole message, up to its final dot, was handed to the socket; only the server's reply was missing. */
  messageSent: boolean
}

const newProgress = (): AttemptProgress => ({ connected: false, serverReplied: false, messageSent: false })

function connectionOptions(settings: Settings, log: SendLog, accessToken: string | undefined, progress: AttemptProgress): SMTPConnectionOptions {
  const timeoutMs = settings.timeoutSeconds * 1000
  const logger = Object.fromEntries(
    ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
      level,
      (meta: { tnx?: string; outByteCount?: unknown } | undefined, message: string, ...args: unknown[]) => {
        if (meta?.tnx === 'network' && / established to /.test(String(message))) progress.connected = true
        if (meta?.tnx === 'server') progress.serverReplied = true
        // nodemailer logs the size of the encoded message once its data stream has ended
        // (final dot included): from then on a lost connection may have lost only the
        // server's 250, not the message.
        if (meta?.tnx === 'message' && typeof meta.outByteCount === 'number') progress.messageSent = true
        if (!settings.debug) return
        let line = String(message)
        for (const arg of args) line = line.replace(/%[sdj]/, String(arg))
        log.debug(line)
      }
    ])
  )
  return {
    host: settings.server,
    port: settings.port,
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
 * One SMTP session: connects (TLS at once or through STARTTLS), logs in when the server
 * offers AUTH, then runs `work` on the connection. Settles once, with what `work` returns,
 * the first error nodemailer raises, or an EABORT error when `deadline` fires, and closes the
 * connection in every case.
 */
function inSession<T>(
  settings: Settings,
  log: SendLog,
  accessToken: string | undefined,
  progress: AttemptProgress,
  deadline: AbortSignal,
  work: (connection: SMTPConnection, loggedIn: boolean) => Promise<T>
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const connection = new SMTPConnection(connectionOptions(settings, log, accessToken, progress))
    let settled = false
    const settle = (error: unknown, value?: T) => {
      if (settled) return
      settled = true
      deadline.removeEventListener('abort', onAbort)
      connection.close()
      if (error) reject(error)
      else resolve(value as T)
    }
    const onAbort = () => settle(Object.assign(new Error('Message sending aborted'), { code: 'EABORT', cause: deadline.reason }))
    if (deadline.aborted) return onAbort()
    deadline.addEventListener('abort', onAbort, { once: true })
    connection.once('error', (error) => settle(error))
    // The server hung up between two commands, with no error of nodemailer's. Settled on the
    // next turn of the event loop: when a server answers 421 and closes, nodemailer ends the
    // connection at once but hands the 421 error to the waiting command's callback, which
    // reaches `settle` a few microtasks later, and that error, with the server's reply, is the
    // one to report.
    connection.once('end', () => setImmediate(() => settle(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }))))
    connection.connect((error) => {
      if (error) return settle(error)
      const proceed = (loggedIn: boolean) => work(connection, loggedIn).then((value) => settle(undefined, value), settle)
      // A server that offers no AUTH (a relay that takes mail without a login) is not sent the credentials.
      if (!connection.allowsAuth) return proceed(false)
      connection.login(loginFor(settings, accessToken), (error) => (error ? settle(error) : proceed(true)))
    })
  })
}

/**
 * Connects, upgrades to TLS and logs in, then quits without sending: checks the
 * credentials and the connection settings. Failures carry the same diagnosis as a send.
 * Resolves to whether the credentials were checked: false when the server offers no AUTH.
 */
export async function verifyLogin(settings: Settings, log: SendLog, options: SendOptions = {}): Promise<{ loggedIn: boolean }> {
  const progress = newProgress()
  // The same deadline as a send attempt.
  const deadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds))
  try {
    // QUIT goes out before the connection is closed: a polite end to a login check.
    return await inSession(settings, log, options.accessToken, progress, deadline, async (connection, loggedIn) => {
      connection.quit()
      return { loggedIn }
    })
  } catch (error) {
    throw new NotifyError(diagnose(explainTimeout(error, deadline.aborted, progress, settings), connectionFacts(settings)), { cause: error })
  }
}

/** A domain for the Message-ID, taken from the sender so it looks like the sender's own. */
function messageIdDomain(from: Mailbox): string {
  return from.address.split('@')[1] || 'localhost'
}

/**
 * The message as nodemailer takes it, the same for sending and for a dry run's .eml file.
 * One Message-ID for every attempt and batch: a copy that arrives twice is recognisable as
 * the same message, and every recipient gets the same message. Every batch carries the whole
 * To and Cc, as one message would; only the envelope (RCPT TO) differs. Bcc recipients are
 * only ever in the envelope.
 */
export function buildMail(settings: Settings, message: ComposedMessage): MailComposerOptions & { messageId: string } {
  return {
    from: formatMailbox(settings.from),
    to: settings.to.map(formatMailbox),
    cc: settings.cc.map(formatMailbox),
    replyTo: settings.replyTo.map(formatMailbox),
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments ?? [],
    messageId: `<${randomUUID()}@${messageIdDomain(settings.from)}>`,
    ...threadFields(message.thread),
    headers: {
      'Auto-Submitted': 'auto-generated',
      'X-Auto-Response-Suppress': 'All',
      // Already a valid header value (a quoted or encoded phrase and an identifier).
      ...(message.thread ? { 'List-Id': { prepared: true, foldLines: true, value: message.thread.listId } } : {})
    },
    // The message is built from the inputs alone, never from a file or URL they name.
    disableFileAccess: true,
    disableUrlAccess: true
  }
}

/** A streak's mails all refer to its root: each one is a reply to the same conversation. */
function threadFields(thread: ThreadHeaders | undefined): Pick<MailComposerOptions, 'inReplyTo' | 'references'> {
  if (!thread?.root) return {}
  return { inReplyTo: `<${thread.root}>`, references: [`<${thread.root}>`] }
}

/** Gmail refuses the recipients of a message beyond the 100th with 452 4.5.3. */
export const MAX_RECIPIENTS_PER_MESSAGE = 100

/**
 * The envelope recipients in the order to, cc, bcc, each address once (compared without
 * case), cut into batches of at most `size`. Each batch is sent as its own message.
 */
export function recipientBatches(settings: Pick<Settings, 'to' | 'cc' | 'bcc'>, size = MAX_RECIPIENTS_PER_MESSAGE): string[][] {
  const seen = new Set<string>()
  const addresses: string[] = []
  for (const mailbox of [...settings.to, ...settings.cc, ...settings.bcc]) {
    const key = mailbox.address.toLowerCase()
    if (seen.has(key)) continue
    seen.add(key)
    addresses.push(mailbox.address)
  }
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

/** The server's refusals of recipients, and the one message that says so. */
export function describeRejections(server: string, result: Pick<SendResult, 'accepted' | 'rejections'>): string {
  const refused = result.rejections.map((r) => `${r.address} (${r.reply})`).join(', ')
  const others = result.accepted.length
  return `${server} refused ${result.rejections.length === 1 ? 'a recipient' : `${result.rejections.length} recipients`}: ${refused}. The message went to the other ${others === 1 ? 'recipient' : `${others} recipients`}; fix the refused addresses in \`to\`, \`cc\` or \`bcc\`.`
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
    if (batches.length > 1)
      log.info(`Message ${index + 1} of ${batches.length}: ${batch.length} recipients (at most ${MAX_RECIPIENTS_PER_MESSAGE} per message).`)
    try {
      const outcome = await sendBatch(settings, mail, batch, log, options)
      accepted.push(...outcome.accepted)
      rejections.push(...outcome.rejections)
      attempts += outcome.attempts
    } catch (error) {
      if (error instanceof NotifyError && (accepted.length || rejections.length)) {
        error.delivery = { messageId, accepted, rejected: rejections.map((r) => r.address) }
      }
      throw error
    }
  }

  const rejected = rejections.map((r) => r.address)
  if (accepted.length === 0) {
    // Diagnosed as the server's first refusal, but naming every refused address.
    const first = rejections[0]?.error as object | undefined
    const diagnosis = diagnose({ ...first, rejected }, facts)
    const detail = rejections.length > 1 ? rejections.map((r) => `${r.address}: ${r.reply}`).join('; ') : undefined
    const error = new NotifyError({ ...diagnosis, detail, retryable: false }, { cause: first })
    error.delivery = { messageId, accepted, rejected }
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
    return Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT', cause: error })
  }
  if (code === 'EABORT') {
    return Object.assign(new Error(`Timeout: the attempt did not finish within ${attemptDeadlineMs(settings.timeoutSeconds) / 1000} s`), { code: 'ETIMEDOUT' })
  }
  return error
}

/** Sends one batch, retrying temporary failures with exponential back-off. */
async function sendBatch(settings: Settings, mail: MailComposerOptions, recipients: string[], log: SendLog, options: SendOptions): Promise<BatchOutcome> {
  const sleep = options.sleep ?? sleepFor
  const backoffMs = options.backoffMs ?? 2000
  const facts = connectionFacts(settings)
  const total = settings.retries + 1
  const accepted: string[] = []
  const rejections: Rejection[] = []
  let pending = recipients
  const waitBeforeAttempt = async (next: number) => {
    const delay = backoffMs * 2 ** (next - 2)
    log.info(`Attempt ${next} of ${total} in ${Math.round(delay / 1000)} s.`)
    await sleep(delay)
  }

  for (let attempt = 1; ; attempt++) {
    const last = attempt === total
    const progress = newProgress()
    const deadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds))
    let refused: RecipientError[]
    try {
      const info = await inSession(
        settings,
        log,
        options.accessToken,
        progress,
        deadline,
        (connection) =>
          new Promise<SMTPConnectionSendInfo>((resolve, reject) => {
            // Composed per attempt (a stream is read once), with this attempt's recipients as
            // the envelope: the composer turns an international domain into its ASCII
            // (punycode) form, which every server takes in MAIL FROM and RCPT TO.
            const composed = new MailComposer({ ...mail, envelope: { from: settings.from.address, to: pending } }).compile()
            connection.send(composed.getEnvelope(), composed.createReadStream(), (error, sent) => (error ? reject(error) : resolve(sent)))
          })
      )
      accepted.push(...info.accepted.map(String))
      refused = ((info as { rejectedErrors?: RecipientError[] }).rejectedErrors ?? []).filter((err) => err.recipient)
    } catch (error) {
      if (isEnvelopeRejection(error)) {
        refused = error.rejectedErrors
      } else {
        const failure = explainTimeout(error, deadline.aborted, progress, settings)
        // No reply at all after the final dot: the server may have accepted the message.
        const unconfirmed = progress.messageSent && !(failure as { responseCode?: number }).responseCode
        const diagnosis = unconfirmed ? unconfirmedDelivery(diagnose(failure, facts)) : diagnose(failure, facts)
        if (!diagnosis.retryable || last) throw new NotifyError(diagnosis, { cause: error })
        log.warning(
          `Attempt ${attempt} of ${total} failed: ${diagnosis.title}${diagnosis.reply ? ` (${diagnosis.reply})` : diagnosis.detail ? ` (${diagnosis.detail})` : ''}. ` +
            (unconfirmed
              ? 'Trying again: the server may have accepted the message before the connection was lost, so a duplicate is possible (it has the same Message-ID). A duplicate beats a lost notification.'
              : 'This is temporary; trying again.')
        )
        await waitBeforeAttempt(attempt + 1)
        continue
      }
    }

    // Refused recipients: a temporary refusal (such as 452 4.5.3, too many recipients in
    // one message) gets a message of its own on the next attempt; a permanent one is final.
    const deferred = last ? [] : refused.filter(isTemporary)
    for (const err of refused) {
      if (deferred.includes(err)) continue
      rejections.push({ address: err.recipient ?? '', reply: diagnose(err, facts).reply ?? String(err.response ?? ''), error: err })
    }
    if (deferred.length === 0) return { accepted, rejections, attempts: attempt }
    pending = deferred.map((err) => err.recipient ?? '')
    log.warning(
      `${settings.server} deferred ${pending.join(', ')} (${diagnose(deferred[0], facts).reply}); sending ${pending.length === 1 ? 'it' : 'them'} a message of their own.`
    )
    await waitBeforeAttempt(attempt + 1)
  }
}
