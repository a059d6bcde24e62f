import SMTPConnection from 'nodemailer/lib/smtp-connection'
import { afterEach, describe, expect, it } from 'vitest'
import { newProgress, noteProgress, type AttemptProgress, type LogMeta } from '../src/send.ts'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

/** A session of nodemailer's own client whose log entries feed noteProgress; snapshots taken at each step. */
async function session(double: GmailDouble): Promise<Record<string, AttemptProgress>> {
  const progress = newProgress()
  const snapshots: Record<string, AttemptProgress> = {}
  const snap = (name: string) => (snapshots[name] = { ...progress })
  const log = (meta: LogMeta | undefined, message: string, ...args: unknown[]) => {
    let line = String(message)
    for (const arg of args) line = line.replace(/%[sdj]/, String(arg))
    noteProgress(progress, meta, line)
  }
  const logger = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [level, log]))
  const connection = new SMTPConnection({ host: double.host, port: double.port, secure: true, logger: logger as never, transactionLog: true })
  // Errors reach the awaited callbacks; the event would only repeat them.
  connection.on('error', () => {})
  snap('before connecting')
  await new Promise<void>((resolve, reject) => connection.connect((error) => (error ? reject(error) : resolve())))
  snap('connected')
  await new Promise<void>((resolve, reject) => connection.login({ user: USERNAME, pass: APP_PASSWORD }, (error) => (error ? reject(error) : resolve())))
  snap('logged in')
  await new Promise<void>((resolve, reject) =>
    connection.send({ from: USERNAME, to: ['team@example.com'] }, 'Subject: x\r\n\r\nbody\r\n', (error) => (error ? reject(error) : resolve()))
  )
  snap('sent')
  await new Promise((resolve) => {
    connection.once('end', resolve)
    connection.quit()
  })
  return snapshots
}

describe("nodemailer's log entries, as the transport reads them", () => {
  // The transport learns how far a session got only from nodemailer's log wording; a new
  // nodemailer that words it otherwise must fail here, not silently misreport a cancellation
  // or a lost connection.
  it('mark the connection, the greeting, AUTH, MAIL FROM and the final dot as they happen', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const snapshots = await session(double)

    const none = { connected: false, serverReplied: false, loggingIn: false, sending: false, messageSent: false }
    expect(snapshots['before connecting']).toEqual(none)
    expect(snapshots['connected']).toEqual({ ...none, connected: true, serverReplied: true })
    expect(snapshots['logged in']).toEqual({ ...none, connected: true, serverReplied: true, loggingIn: true })
    expect(snapshots['sent']).toEqual({ connected: true, serverReplied: true, loggingIn: true, sending: true, messageSent: true })
  })
})
