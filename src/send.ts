import { randomUUID } from 'node:crypto'
import { hostname } from 'node:os'
import nodemailer from 'nodemailer'
import type { ComposedMessage } from './compose.ts'
import { diagnose, type ConnectionFacts } from './diagnose.ts'
import { NotifyError, type Diagnosis } from './errors.ts'
import type { Mailbox, Settings } from './settings.ts'

/** Where the transport reports progress; every line is already masked by the caller. */
export interface SendLog {
  info(message: string): void
  warning(message: string): void
  /** The SMTP conversation, only called when `debug` is on. */
  debug(message: string): void
}

export interface SendResult {
  messageId: string
  accepted: string[]
  rejected: string[]
  attempts: number
}

export interface SendOptions {
  /** Waits between attempts; tests pass a fast one. */
  sleep?: (ms: number) => Promise<void>
  /** First back-off delay, doubled after each attempt. */
  backoffMs?: number
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
    usesOAuth2: false
  }
}

function createTransport(settings: Settings, log: SendLog) {
  const timeoutMs = settings.timeoutSeconds * 1000
  const debugLogger = settings.debug
    ? Object.fromEntries(
        ['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
          level,
          (_meta: unknown, message: string, ...args: unknown[]) => {
            let line = String(message)
            for (const arg of args) line = line.replace(/%[sdj]/, String(arg))
            log.debug(line)
          }
        ])
      )
    : false
  return nodemailer.createTransport({
    host: settings.server,
    port: settings.port,
    secure: settings.secure,
    // Without requireTLS nodemailer falls back to plain text when a server (or a network
    // that strips STARTTLS) does not offer it, and would send the password readable.
    requireTLS: !settings.secure,
    auth: { user: settings.username, pass: settings.password },
    name: ehloName(),
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    dnsTimeout: timeoutMs,
    tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
    logger: debugLogger as never,
    // Commands and replies only: the message body is not needed to debug a send.
    transactionLog: settings.debug,
    debug: false,
    disableFileAccess: true,
    disableUrlAccess: true
  })
}

/**
 * Connects, upgrades to TLS and logs in, then quits without sending: checks the
 * credentials and the connection settings. Failures carry the same diagnosis as a send.
 */
export async function verifyLogin(settings: Settings, log: SendLog): Promise<void> {
  const transport = createTransport(settings, log)
  try {
    await transport.verify()
  } catch (error) {
    throw new NotifyError(diagnose(error, connectionFacts(settings)), { cause: error })
  } finally {
    transport.close()
  }
}

/** A domain for the Message-ID, taken from the sender so it looks like the sender's own. */
function messageIdDomain(from: Mailbox): string {
  return from.address.split('@')[1] || 'localhost'
}

/**
 * Sends one message, retrying temporary failures with exponential back-off. Reports the
 * message as sent only when the server answered 250 to the end of its data.
 */
export async function sendMessage(settings: Settings, message: ComposedMessage, log: SendLog, options: SendOptions = {}): Promise<SendResult> {
  const sleep = options.sleep ?? sleepFor
  const backoffMs = options.backoffMs ?? 2000
  const facts = connectionFacts(settings)
  // One Message-ID for every attempt, so a copy that arrives twice is recognisable as one message.
  const messageId = `<${randomUUID()}@${messageIdDomain(settings.from)}>`
  const mail = {
    from: formatMailbox(settings.from),
    to: settings.to.map(formatMailbox),
    cc: settings.cc.map(formatMailbox),
    bcc: settings.bcc.map(formatMailbox),
    replyTo: settings.replyTo.map(formatMailbox),
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Auto-Response-Suppress': 'All' }
  }

  let lastDiagnosis: Diagnosis | undefined
  for (let attempt = 1; attempt <= settings.retries + 1; attempt++) {
    if (attempt > 1) {
      const delay = backoffMs * 2 ** (attempt - 2)
      log.info(`Attempt ${attempt} of ${settings.retries + 1} in ${Math.round(delay / 1000)} s.`)
      await sleep(delay)
    }
    const transport = createTransport(settings, log)
    try {
      const info = await transport.sendMail(mail)
      const accepted = info.accepted.map(String)
      const rejected = info.rejected.map(String)
      return { messageId, accepted, rejected, attempts: attempt }
    } catch (error) {
      lastDiagnosis = diagnose(error, facts)
      const stage = (error as { command?: string }).command
      if (!lastDiagnosis.retryable || attempt > settings.retries) {
        throw new NotifyError(lastDiagnosis, { cause: error })
      }
      const afterData = stage === 'DATA' || stage === 'data' || /after DATA|end of data/i.test(String((error as Error).message))
      log.warning(
        `Attempt ${attempt} failed: ${lastDiagnosis.title}${lastDiagnosis.detail ? ` (${lastDiagnosis.detail})` : ''}. ` +
          (afterData ? 'The connection was lost while the message was being delivered; trying again may deliver a second copy.' : 'This is temporary; trying again.')
      )
    } finally {
      transport.close()
    }
  }
  throw new NotifyError(lastDiagnosis ?? { code: 'unknown', title: 'No attempt was made', fix: 'Set `retries` to 0 or more.', retryable: false })
}
