import { readFileSync } from 'node:fs'
import net from 'node:net'
import tls from 'node:tls'
import { GREETING, MUST_STARTTLS, AUTHENTICATION_REQUIRED, SESSION } from './gmail-replies.ts'

/** A login the double saw, decoded from AUTH PLAIN, LOGIN or XOAUTH2. */
export interface SeenLogin {
  method: 'PLAIN' | 'LOGIN' | 'XOAUTH2'
  username: string
  /** The password, or the bearer token for XOAUTH2. */
  secret: string
  /** Whether the connection was encrypted when the credentials arrived. */
  encrypted: boolean
}

export interface ReceivedMessage {
  mailFrom: string
  rcptTo: string[]
  raw: string
}

/** Replies are arrays of whole lines, written exactly as given. */
export type Reply = string[]

export type SilentStage = 'EHLO' | 'AUTH' | 'MAIL' | 'DATA'
export type DropStage = 'GREETING' | 'EHLO' | 'AUTH' | 'MAIL' | 'RCPT' | 'DATA'

export interface DoubleOptions {
  /** 'implicit': TLS from the first byte (like port 465). 'starttls': plain, then STARTTLS (like 587). */
  mode: 'implicit' | 'starttls'
  /** The address to listen on; default 127.0.0.1 ('::1' for IPv6 only). */
  host?: string
  keyPath: string
  certPath: string
  /** Offer STARTTLS in the EHLO reply (starttls mode). Default true. */
  offerStartTls?: boolean
  /** Answer STARTTLS with this reply instead of upgrading (an attacker refusing the upgrade). */
  startTlsReply?: Reply
  /** Advertise AUTH and accept it before TLS, as a server rewritten by an attacker would. */
  authBeforeTls?: boolean
  /** Send the 220 greeting. Default true; false makes a server that never greets. */
  greet?: boolean
  /** Bytes written, exactly as given, instead of the greeting: a service that is not SMTP, or garbage. */
  greetWith?: Buffer
  /** AUTH methods advertised once encrypted; none means no AUTH line (a relay that needs no login). */
  authMethods?: string[]
  /** Take MAIL FROM without a login once encrypted, as a relay that knows the sender's network does. */
  acceptWithoutLogin?: boolean
  /** Reply to EHLO instead of the usual capabilities (for 421 refusals). */
  onEhlo?: (attempt: number) => Reply | undefined
  /**
   * Decides a login: a reply to reject it, undefined to accept it. For XOAUTH2 a
   * `{ challenge, final }` pair answers the way Gmail refuses a token: a 334 challenge
   * carrying the error, then the final reply after the client's empty line.
   */
  onAuth?: (login: SeenLogin, attempt: number) => Reply | { challenge: Reply; final: Reply } | undefined
  /** Decides one RCPT: a reply to reject it, undefined to accept it. */
  onRcpt?: (address: string, indexInMessage: number) => Reply | undefined
  /** Decides MAIL FROM: a reply to reject it, undefined to accept it. */
  onMail?: (address: string) => Reply | undefined
  /**
   * Decides the end of DATA: a reply to reject it, 'drop' to close the connection without
   * a reply, 'silent' to never answer (the connection stays open). `attempt` counts the
   * ends of DATA over all connections, from 1.
   */
  onData?: (message: ReceivedMessage, attempt: number) => Reply | 'drop' | 'silent' | undefined
  /**
   * Stop answering after this command (the connection stays open, silent); 'DATA' means
   * after the 250 to the end of the data. A function decides per connection (numbered from 1).
   */
  silentAfter?: SilentStage | ((connection: number) => SilentStage | undefined)
  /**
   * Close the connection without answering when this command arrives ('GREETING': right
   * after accepting it, before the greeting). A function decides per connection (from 1).
   */
  dropOn?: DropStage | ((connection: number) => DropStage | undefined)
  /** After this command, write every reply one byte at a time, `msPerByte` apart: a server that never goes idle and never finishes. */
  trickleAfter?: { command: 'EHLO' | 'AUTH'; msPerByte: number }
  /** Rewrites every reply (the greeting included) just before it is written: a server, or someone on the path, adding lines. */
  alterReply?: (reply: Reply) => Reply
  /**
   * Write the replies to the commands that came in one read in one write, as Postfix and
   * Exim do under PIPELINING: the reply to MAIL FROM and those to RCPT TO then reach the
   * client together, in one TLS record.
   */
  batchReplies?: boolean
  /** Close the connection right after accepting a login, as a server does with an idle session. A function decides per connection (from 1). */
  closeAfterLogin?: (connection: number) => boolean
}

export interface GmailDouble {
  mode: DoubleOptions['mode']
  /** The address it listens on, as the `server` input takes it (IPv6 without brackets). */
  host: string
  port: number
  /** Messages the double answered 250 to. */
  messages: ReceivedMessage[]
  logins: SeenLogin[]
  /** Every line both ways, prefixed `C: ` or `S: `, as it crossed the wire (before TLS too). */
  transcript: string[]
  /** How many TCP connections were accepted (counted before any TLS handshake). */
  connections: number
  /** How many connections it closed after a login (`closeAfterLogin`). */
  closedAfterLogin: number
  /** How many times the end of DATA was reached. */
  dataAttempts: number
  close(): Promise<void>
}

/**
 * An SMTP server on 127.0.0.1 (or `host`) that answers the way smtp.gmail.com does, with hooks to
 * make it fail the way Gmail fails. It speaks real SMTP over real TLS, handles pipelined
 * commands in order, and records what it received.
 */
export async function startGmailDouble(options: DoubleOptions): Promise<GmailDouble> {
  const key = readFileSync(options.keyPath)
  const cert = readFileSync(options.certPath)
  const sockets = new Set<net.Socket>()
  const state: GmailDouble = {
    mode: options.mode,
    host: options.host ?? '127.0.0.1',
    port: 0,
    messages: [],
    logins: [],
    transcript: [],
    connections: 0,
    closedAfterLogin: 0,
    dataAttempts: 0,
    close: async () => {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
  let authAttempts = 0
  let ehloAttempts = 0

  function session(raw: net.Socket, encryptedFromStart: boolean): void {
    sockets.add(raw)
    raw.on('close', () => sockets.delete(raw))
    raw.on('error', () => {})
    const connection = state.connections
    const silentAfter = typeof options.silentAfter === 'function' ? options.silentAfter(connection) : options.silentAfter
    const dropOn = typeof options.dropOn === 'function' ? options.dropOn(connection) : options.dropOn
    let trickling = false
    let trickleQueue = Buffer.alloc(0)
    let trickleTimer: NodeJS.Timeout | undefined
    raw.on('close', () => clearInterval(trickleTimer))
    let socket: net.Socket = raw
    let encrypted = encryptedFromStart
    let buffer = ''
    let authed = false
    let silent = false
    let pendingLogin: { step: 'user' | 'pass' | 'plain' | 'challenge'; username?: string; final?: Reply } | undefined
    let envelope: { mailFrom: string; rcptTo: string[] } | undefined
    let inData = false
    let dataLines: string[] = []
    /** Replies held back to go out in one write (batchReplies), while a read is handled. */
    let held: Buffer[] | undefined
    const flush = () => {
      if (held?.length && !socket.destroyed) socket.write(Buffer.concat(held))
      if (held) held = []
    }

    const send = (reply: Reply) => {
      if (silent || socket.destroyed) return
      const lines = options.alterReply?.(reply) ?? reply
      for (const line of lines) state.transcript.push(`S: ${line}`)
      const bytes = Buffer.from(lines.join('\r\n') + '\r\n')
      if (!trickling) {
        if (held) held.push(bytes)
        else socket.write(bytes)
        // 421 means "closing the channel" (RFC 5321, 3.8), and Gmail does close after it,
        // reading no further command.
        if (lines.at(-1)?.startsWith('421')) {
          flush()
          socket.end()
          silent = true
        }
        return
      }
      trickleQueue = Buffer.concat([trickleQueue, bytes])
      trickleTimer ??= setInterval(() => {
        if (socket.destroyed || trickleQueue.length === 0) return
        socket.write(trickleQueue.subarray(0, 1))
        trickleQueue = trickleQueue.subarray(1)
      }, options.trickleAfter!.msPerByte)
    }
    const goSilentAfter = (command: SilentStage) => {
      if (silentAfter === command) silent = true
      if (options.trickleAfter?.command === command) trickling = true
    }
    /** Closes the connection instead of answering `command`, when told to. */
    const dropsOn = (command: DropStage) => {
      if (dropOn !== command) return false
      socket.destroy()
      return true
    }

    const ehloLines = (name: string): Reply => {
      const lines = [`smtp.gmail.com at your service, [127.0.0.1]`, 'SIZE 35882577', '8BITMIME']
      if (options.mode === 'starttls' && !encrypted && options.offerStartTls !== false) lines.push('STARTTLS')
      const authMethods = options.authMethods ?? ['LOGIN', 'PLAIN', 'XOAUTH2', 'PLAIN-CLIENTTOKEN', 'OAUTHBEARER', 'XOAUTH']
      if ((encrypted || options.authBeforeTls) && authMethods.length) lines.push(`AUTH ${authMethods.join(' ')}`)
      lines.push('ENHANCEDSTATUSCODES', 'PIPELINING', 'CHUNKING', 'SMTPUTF8')
      void name
      return lines.map((line, i) => `250${i === lines.length - 1 ? ' ' : '-'}${line}`)
    }

    const finishLogin = (login: Omit<SeenLogin, 'encrypted'>) => {
      const seen = { ...login, encrypted }
      state.logins.push(seen)
      authAttempts++
      const rejection = options.onAuth?.(seen, authAttempts)
      if (rejection && !Array.isArray(rejection)) {
        pendingLogin = { step: 'challenge', final: rejection.final }
        return send(rejection.challenge)
      }
      if (rejection) return send(rejection)
      authed = true
      send(['235 2.7.0 Accepted'])
      if (options.closeAfterLogin?.(connection)) {
        socket.end()
        state.closedAfterLogin++
        return
      }
      goSilentAfter('AUTH')
    }

    const decode = (b64: string) => Buffer.from(b64, 'base64').toString('utf8')

    const handleLine = (line: string) => {
      if (inData) {
        if (line === '.') {
          inData = false
          state.dataAttempts++
          const message: ReceivedMessage = { mailFrom: envelope!.mailFrom, rcptTo: envelope!.rcptTo, raw: dataLines.join('\r\n') + '\r\n' }
          dataLines = []
          state.transcript.push('C: .')
          const verdict = options.onData?.(message, state.dataAttempts)
          if (verdict === 'drop') {
            socket.destroy()
            return
          }
          if (verdict === 'silent') {
            silent = true
            return
          }
          if (verdict) return send(verdict)
          state.messages.push(message)
          envelope = undefined
          send([`250 2.0.0 OK  ${Math.floor(Date.now() / 1000)} ${SESSION}`])
          goSilentAfter('DATA')
          return
        }
        dataLines.push(line.startsWith('..') ? line.slice(1) : line)
        return
      }
      state.transcript.push(`C: ${line}`)
      if (silent) return
      if (pendingLogin) {
        if (line === '*') {
          pendingLogin = undefined
          return send(['501 5.5.2 Cannot Decode response'])
        }
        if (pendingLogin.step === 'challenge') {
          const final = pendingLogin.final ?? []
          pendingLogin = undefined
          return send(final)
        }
        if (pendingLogin.step === 'plain') {
          pendingLogin = undefined
          const [, username, secret] = decode(line).split('\0')
          return finishLogin({ method: 'PLAIN', username: username ?? '', secret: secret ?? '' })
        }
        if (pendingLogin.step === 'user') {
          pendingLogin = { step: 'pass', username: decode(line) }
          return send(['334 UGFzc3dvcmQ6'])
        }
        const username = pendingLogin.username ?? ''
        pendingLogin = undefined
        return finishLogin({ method: 'LOGIN', username, secret: decode(line) })
      }
      const [verb = '', ...rest] = line.split(' ')
      const argument = rest.join(' ')
      switch (verb.toUpperCase()) {
        case 'EHLO':
        case 'HELO': {
          if (dropsOn('EHLO')) return
          ehloAttempts++
          const refusal = options.onEhlo?.(ehloAttempts)
          if (refusal) {
            send(refusal)
            socket.end()
            return
          }
          send(ehloLines(argument))
          goSilentAfter('EHLO')
          return
        }
        case 'STARTTLS': {
          if (options.startTlsReply) return send(options.startTlsReply)
          if (options.mode !== 'starttls' || encrypted || options.offerStartTls === false) return send(['502 5.5.1 Unrecognized command.'])
          send(['220 2.0.0 Ready to start TLS'])
          flush()
          socket.removeAllListeners('data')
          const secured = new tls.TLSSocket(socket, { isServer: true, key, cert })
          secured.on('error', () => {})
          socket = secured
          encrypted = true
          authed = false
          buffer = ''
          secured.on('data', onData)
          return
        }
        case 'AUTH': {
          if (dropsOn('AUTH')) return
          if (options.mode === 'starttls' && !encrypted && !options.authBeforeTls) return send(MUST_STARTTLS)
          const [method = '', initial] = argument.split(' ')
          switch (method.toUpperCase()) {
            case 'PLAIN':
              if (!initial) {
                pendingLogin = { step: 'plain' }
                return send(['334 '])
              }
              {
                const [, username, secret] = decode(initial).split('\0')
                return finishLogin({ method: 'PLAIN', username: username ?? '', secret: secret ?? '' })
              }
            case 'LOGIN':
              if (initial) {
                pendingLogin = { step: 'pass', username: decode(initial) }
                return send(['334 UGFzc3dvcmQ6'])
              }
              pendingLogin = { step: 'user' }
              return send(['334 VXNlcm5hbWU6'])
            case 'XOAUTH2': {
              const fields = decode(initial ?? '').split('\x01')
              const username = (fields.find((f) => f.startsWith('user=')) ?? '').slice(5)
              const token = (fields.find((f) => f.startsWith('auth=Bearer ')) ?? '').slice(12)
              return finishLogin({ method: 'XOAUTH2', username, secret: token })
            }
            default:
              return send(['504 5.7.4 Unrecognized authentication type.'])
          }
        }
        case 'MAIL': {
          if (dropsOn('MAIL')) return
          if (!authed && !(options.acceptWithoutLogin && encrypted))
            return send(options.mode === 'starttls' && !encrypted ? MUST_STARTTLS : AUTHENTICATION_REQUIRED)
          const mailFrom = /<([^>]*)>/.exec(argument)?.[1] ?? ''
          const refusal = options.onMail?.(mailFrom)
          if (refusal) return send(refusal)
          envelope = { mailFrom, rcptTo: [] }
          send([`250 2.1.0 OK ${SESSION}`])
          goSilentAfter('MAIL')
          return
        }
        case 'RCPT': {
          if (dropsOn('RCPT')) return
          if (!envelope) return send([`503 5.5.1 MAIL first. ${SESSION}`])
          const address = /<([^>]*)>/.exec(argument)?.[1] ?? ''
          const rejection = options.onRcpt?.(address, envelope.rcptTo.length)
          if (rejection) return send(rejection)
          envelope.rcptTo.push(address)
          return send([`250 2.1.5 OK ${SESSION}`])
        }
        case 'DATA':
          if (dropsOn('DATA')) return
          if (!envelope || envelope.rcptTo.length === 0) return send([`503 5.5.1 RCPT first. ${SESSION}`])
          inData = true
          return send([`354 Go ahead ${SESSION}`])
        case 'RSET':
          envelope = undefined
          return send(['250 2.1.5 Flushed ' + SESSION])
        case 'NOOP':
          return send(['250 2.0.0 OK ' + SESSION])
        case 'QUIT':
          send(['221 2.0.0 closing connection ' + SESSION])
          socket.end()
          return
        default:
          return send(['502 5.5.1 Unrecognized command. ' + SESSION])
      }
    }

    function onData(chunk: Buffer) {
      buffer += chunk.toString('utf8')
      if (options.batchReplies) held = []
      let index: number
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index)
        buffer = buffer.slice(index + 2)
        handleLine(line)
      }
      flush()
      held = undefined
    }

    socket.on('data', onData)
    if (dropsOn('GREETING')) return
    if (options.greetWith) {
      state.transcript.push(`S: (${options.greetWith.length} raw bytes)`)
      socket.write(options.greetWith)
    } else if (options.greet !== false) send(GREETING)
  }

  // Replies to pipelined commands go out at once, as a real server sends them: with Nagle's
  // algorithm the second reply waited for the client's delayed ACK, 40 ms per pipelined group.
  const server: net.Server =
    options.mode === 'implicit'
      ? tls.createServer({ key, cert, noDelay: true }, (socket) => session(socket, true))
      : net.createServer({ noDelay: true }, (socket) => session(socket, false))
  server.on('tlsClientError', () => {})
  // Counted before the session starts (prepended), so a session knows its connection's number.
  server.prependListener('connection', (socket: net.Socket) => {
    state.connections++
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, state.host, () => resolve()))
  state.port = (server.address() as net.AddressInfo).port
  return state
}

/** A port on 127.0.0.1 (or `host`; '::' for both ::1 and 127.0.0.1) where nothing listens. */
export async function closedPort(host = '127.0.0.1'): Promise<number> {
  const probe = net.createServer()
  await new Promise<void>((resolve) => probe.listen(0, host, () => resolve()))
  const { port } = probe.address() as net.AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}
