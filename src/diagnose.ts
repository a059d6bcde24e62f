import { APP_PASSWORD_URL, appPasswordSteps, DIAGNOSES, type NotSmtpDetail, type NotSmtpPart, type NotSmtpWhat, type Where } from './diagnose-words.ts'
import { NO_LOGIN_OFFERED, NotifyError, SERVER_FLOOD, type Diagnosis } from './errors.ts'
import { DEFAULT_LANGUAGE, listOf, type Language } from './language.ts'
import { fill, providerOfHost, providerOfReply, replyAdvice, takesPort, type Advice, type Said } from './providers.ts'
import { enhancedStatus, inputNames, inputsHolding, RELAY_REFUSED, recipientRefusal, type RecipientInputs } from './recipients.ts'
import { hostAndPort, isGoogleServer } from './settings.ts'

/** The parts of the settings a diagnosis refers to, so the fix can name the inputs. */
export interface ConnectionFacts {
  server: string
  port: number
  secure: boolean
  username: string
  timeoutSeconds: number
  usesOAuth2: boolean
  /** No credentials were given (`password` empty, no OAuth2): the action sent without logging in, as to a relay. */
  withoutLogin?: boolean
  /** The addresses of each recipient input, so that a refusal can name the input that holds an address. */
  recipients?: RecipientInputs
  /** The language the diagnosis is worded in; English when not given. */
  language?: Language
}

/** The fields nodemailer 10 puts on the errors it raises. */
/**
 * What a time-out was missing, set by the transport on the error it raises: the greeting
 * never came, or the attempt as a whole outlasted its deadline (twice `timeout`).
 */
export type TimeoutKind = 'greeting' | 'attempt'

interface MailerErrorFields {
  code?: string
  timeoutKind?: TimeoutKind
  command?: string
  responseCode?: number
  response?: string
  errno?: string | number
  syscall?: string
  hostname?: string
  originalCode?: string
  /** The reason of an OpenSSL error, as Node gives it ("wrong version number"). */
  reason?: string
  /** The address a single RCPT TO rejection is about. */
  recipient?: string
  rejected?: string[]
  rejectedErrors?: MailerErrorFields[]
  cause?: unknown
  message?: string
}

export { APP_PASSWORD_URL }

export const APP_PASSWORD_STEPS = appPasswordSteps('en')

/** True when the server or its reply shows this is Google's SMTP service. */
export function isGoogle(server: string, reply = ''): boolean {
  return isGoogleServer(server) || /gsmtp|support\.google\.com/i.test(reply)
}

/** Collapses a multi-line SMTP reply into one line for annotations. */
function oneLine(reply: string): string {
  return reply
    .split(/\r?\n/)
    .map((line, index) => (index === 0 ? line : line.replace(/^\d{3}[- ](\d\.\d{1,3}\.\d{1,3}\s+)?/, '')))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** The language of the diagnoses for these facts. */
function languageOf(facts: ConnectionFacts): Language {
  return facts.language ?? DEFAULT_LANGUAGE
}

/** The diagnoses' words in the language of `facts`. */
function wordsFor(facts: ConnectionFacts) {
  return DIAGNOSES[languageOf(facts)]
}

/** What the words of a diagnosis say about the connection. */
function whereOf(facts: ConnectionFacts): Where {
  return {
    hostPort: hostAndPort(facts.server, facts.port),
    server: facts.server,
    port: facts.port,
    secure: facts.secure,
    username: facts.username,
    usesOAuth2: facts.usesOAuth2,
    timeoutSeconds: facts.timeoutSeconds
  }
}

/** The server would not upgrade the connection, so the action stopped before AUTH. */
function noStartTls(facts: ConnectionFacts): Diagnosis {
  return { code: 'tls-required', ...wordsFor(facts).noStartTls(whereOf(facts)), retryable: false }
}

/**
 * Turns any failure raised while sending into a diagnosis. Matching is on the reply
 * code, the enhanced status and Google's `?p=` token or a key phrase, never on the whole
 * text: Google's wording drifts and older wordings are still served.
 */
export function diagnose(error: unknown, facts: ConnectionFacts): Diagnosis {
  if (error instanceof NotifyError) return error.diagnosisIn(languageOf(facts))
  const err = (typeof error === 'object' && error !== null ? error : { message: String(error) }) as MailerErrorFields
  return withProviderAdvice(diagnoseAnyServer(err, facts), err, facts)
}

/** The diagnosis from what every SMTP server (and Gmail) says, before the provider catalogue is asked. */
function diagnoseAnyServer(err: MailerErrorFields, facts: ConnectionFacts): Diagnosis {
  const reply = err.response ?? ''
  if (err.code === NO_LOGIN_OFFERED) return noLoginOffered(facts)
  const notSmtp = notSpeakingSmtp(err)
  if (notSmtp) return notSmtp(facts)
  if (err.responseCode && /^[2-5]\d\d/.test(reply)) return diagnoseReply(err, reply, facts)
  return diagnoseConnection(err, facts)
}

/** Failures that a port or `secure` the provider does not take explains. */
const PORT_PROBLEMS = new Set<Diagnosis['code']>(['timeout', 'connection-refused', 'tls-mismatch', 'tls-required', 'protocol-error', 'auth-unavailable'])

/**
 * Refines a diagnosis with what the provider catalogue (src/providers.ts) knows: a reply in
 * the provider's own words, a refused login with the provider's own steps, a refused
 * OAuth2 token, or a port the provider does not take. The provider is known by `server`,
 * or else by marks only its replies carry; a port is judged only for a known host.
 */
function withProviderAdvice(generic: Diagnosis, err: MailerErrorFields, facts: ConnectionFacts): Diagnosis {
  const reply = err.responseCode && typeof err.response === 'string' ? err.response : ''
  const byHost = providerOfHost(facts.server)
  const provider = byHost ?? (reply ? providerOfReply(reply) : undefined)
  if (!provider) return generic
  const values = { server: facts.server, username: facts.username }
  const language = languageOf(facts)
  const said = (text: Said) => fill(text[language], values)
  const advised = (advice: Advice): Diagnosis => ({
    ...generic,
    code: advice.code,
    title: said(advice.title),
    fix: said(advice.fix),
    retryable: advice.retryable
  })
  const loggingIn = /^AUTH\b/i.test(err.command ?? '')
  if (reply) {
    const known = replyAdvice(provider, reply)
    if (known) return advised(known)
    if (generic.code === 'auth-rejected' && loggingIn && provider.loginRefused) return advised(provider.loginRefused)
    if (generic.code === 'oauth2-rejected' && provider.oauth2) return { ...generic, fix: said(provider.oauth2.serverRefused) }
  }
  if (byHost?.portFix && PORT_PROBLEMS.has(generic.code) && !takesPort(byHost, facts)) return { ...generic, fix: said(byHost.portFix) }
  return generic
}

/** Credentials were given, but the server offers no way to use them over this connection. */
function noLoginOffered(facts: ConnectionFacts, reply?: string): Diagnosis {
  return {
    code: 'auth-unavailable',
    ...wordsFor(facts).noLoginOffered(whereOf(facts)),
    ...(reply ? { reply } : {}),
    retryable: false
  }
}

/** A refusal that, when no login was made, means one is needed: 530, or a relay that refuses strangers. */
const LOGIN_NEEDED = new RegExp(`${RELAY_REFUSED.source}|authentication required`, 'i')

/** The first line of an SMTP reply: three digits, then a space, a hyphen or nothing (RFC 5321, 4.2). */
const SMTP_REPLY_LINE = /^[2-5]\d\d(?:[ -]|$)/

/** Services often found on the ports people mistake for SMTP, by what their first line looks like. */
const OTHER_PROTOCOLS: [RegExp, NotSmtpWhat][] = [
  [/^HTTP\/\d/i, 'http'],
  [/^\* (?:OK|PREAUTH|BYE)\b/i, 'imap'],
  [/^(?:\+OK|-ERR)\b/, 'pop3'],
  [/^SSH-\d/, 'ssh']
]

/** What the well-known ports that are not SMTP usually carry. */
const OTHER_PORTS: Record<number, string> = {
  21: 'FTP',
  22: 'SSH',
  80: 'HTTP',
  110: 'POP3',
  143: 'IMAP',
  443: 'HTTPS',
  993: 'IMAP over TLS',
  995: 'POP3 over TLS'
}

/**
 * Up to `max` characters of what a server sent, safe to print: printable ASCII as it is,
 * everything else (control characters, bytes above 0x7E, quotes and backquotes, which could
 * end a quotation or a code block) as an escape. Never the raw bytes.
 */
export function printableExcerpt(text: string, max = 40): string {
  const characters = [...text.slice(0, max * 2)].slice(0, max)
  const escaped = characters
    .map((character) => {
      const code = character.codePointAt(0) ?? 0
      if (character === '\\') return '\\\\'
      if (code >= 0x20 && code <= 0x7e && character !== '"' && character !== '`') return character
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`
    })
    .join('')
  return text.length > characters.join('').length ? `${escaped}…` : escaped
}

/**
 * Recognises a peer that does not speak SMTP: a first line that is not an SMTP reply, a
 * greeting with a code a greeting never has, a reply that never ends, or a server that does
 * not know EHLO. Returns the diagnosis to make, or undefined. What the peer sent is only
 * ever shown as a short escaped excerpt: it may be binary, or text written to mislead.
 */
function notSpeakingSmtp(err: MailerErrorFields): ((facts: ConnectionFacts) => Diagnosis) | undefined {
  const response = typeof err.response === 'string' ? err.response : ''
  const firstLine = response.split('\n', 1)[0]
  const message = err.message ?? ''
  const verb = (err.command ?? '').toUpperCase().split(' ')[0]
  // nodemailer names the command in flight, CONN before and between commands.
  const part: NotSmtpPart = /Unexpected Response/i.test(message)
    ? { kind: 'unasked' }
    : verb && verb !== 'CONN'
      ? { kind: 'reply', verb }
      : { kind: 'greeting' }

  let finding: { what?: NotSmtpWhat; detail?: NotSmtpDetail; reply?: string } | undefined
  if (firstLine.trim() && !SMTP_REPLY_LINE.test(firstLine)) {
    // Mostly control characters or bytes above ASCII: binary, such as TLS or a compressed stream.
    const sample = [...firstLine.slice(0, 64)]
    const binary = sample.filter((c) => !/[\x20-\x7e]/.test(c)).length > sample.length / 4
    // Nothing before AUTH can quote a credential. A later reply could, and a cut, escaped
    // excerpt of it could slip past the masking of the whole secret.
    const beforeLogin = !/Unexpected Response/i.test(message) && ['', 'CONN', 'EHLO', 'HELO', 'LHLO', 'STARTTLS'].includes(verb)
    finding = {
      what: OTHER_PROTOCOLS.find(([pattern]) => pattern.test(firstLine))?.[1] ?? (binary ? 'binary' : undefined),
      detail: beforeLogin ? { kind: 'began', part, excerpt: printableExcerpt(firstLine) } : { kind: 'after-login', part }
    }
  } else if (err.code === 'EPROTOCOL' && !response && /exceeds maximum allowed size/i.test(message)) {
    finding = { detail: { kind: 'endless', part } }
  } else if (err.code === SERVER_FLOOD) {
    finding = { detail: { kind: 'flood' } }
  } else if (err.code === 'EPROTOCOL' && response && /^[23]/.test(firstLine)) {
    // A greeting other than 220, or a 2xx/3xx nobody asked for: not how an SMTP server talks.
    finding = { detail: { kind: 'unexpected-code', part, code: firstLine.slice(0, 3) } }
  } else if ((verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO') && (err.responseCode === 500 || err.responseCode === 502)) {
    finding = { what: { unknownVerb: verb }, reply: printableExcerpt(oneLine(response), 120) }
  }
  if (!finding) return undefined
  const { what, detail, reply } = finding
  return (facts) => {
    const words = wordsFor(facts)
    return {
      code: 'protocol-error',
      ...words.notSmtp(whereOf(facts), what && words.notSmtpWhat(what), OTHER_PORTS[facts.port]),
      ...(reply ? { reply } : {}),
      ...(detail ? { detail: words.notSmtpDetail(detail) } : {}),
      retryable: false
    }
  }
}

/** The addresses an envelope error is about. */
function refusedAddresses(err: MailerErrorFields): string[] {
  return err.rejected?.length ? err.rejected : err.recipient ? [err.recipient] : []
}

/** The addresses an envelope error is about, for the title. */
function rejectedAddresses(err: MailerErrorFields, facts: ConnectionFacts): string {
  const addresses = refusedAddresses(err)
  return addresses.length ? addresses.join(', ') : wordsFor(facts).aRecipient
}

/** "a@example.com (in `to`)", "a@example.com (in `to`) and b@example.com (in `bcc`)". */
function addressesWithInputs(addresses: readonly string[], facts: ConnectionFacts): string {
  const language = languageOf(facts)
  const words = DIAGNOSES[language]
  if (addresses.length === 0 || !facts.recipients) return words.addressesIn(listOf(addresses, language), inputNames([], language))
  return listOf(
    addresses.map((address) => {
      const inputs = inputsHolding(address, facts.recipients)
      return inputs.length ? words.addressIn(address, inputNames(inputs, language)) : address
    }),
    language
  )
}

/**
 * The server refused one or more recipients at RCPT TO (other than a 421, which ends the
 * session, or a cap on recipients). Worded by why, when every refusal gives the same reason.
 */
function recipientRefused(err: MailerErrorFields, facts: ConnectionFacts): Omit<Diagnosis, 'reply'> {
  const replies = err.rejectedErrors?.length ? err.rejectedErrors.map((e) => e.response ?? '') : [err.response ?? '']
  const reasons = new Set(replies.map(recipientRefusal))
  const reason = reasons.size === 1 ? [...reasons][0] : 'other'
  const addresses = refusedAddresses(err)
  const words = wordsFor(facts)
  const refused = {
    list: addresses.length ? addresses.join(', ') : words.aRecipient,
    where: addressesWithInputs(addresses, facts),
    several: addresses.length > 1,
    replies: replies.length
  }
  const server = facts.server
  switch (reason) {
    case 'deferred':
      return { code: 'recipient-rejected', ...words.recipientDeferred(server, refused), retryable: true }
    case 'unknown-mailbox':
      return { code: 'recipient-rejected', ...words.recipientUnknown(server, refused), retryable: false }
    case 'relay-denied':
      return { code: 'recipient-rejected', ...words.recipientRelayDenied(whereOf(facts), refused), retryable: false }
    case 'not-valid':
      return { code: 'recipient-rejected', ...words.recipientNotValid(server, refused), retryable: false }
    default:
      return { code: 'recipient-rejected', ...words.recipientRefused(server, refused), retryable: false }
  }
}

function diagnoseReply(err: MailerErrorFields, reply: string, facts: ConnectionFacts): Diagnosis {
  const code = err.responseCode ?? 0
  const status = enhancedStatus(reply) ?? ''
  const shownReply = oneLine(reply)
  const google = isGoogle(facts.server, reply)
  const command = (err.command ?? '').toUpperCase()
  const verb = command.split(' ')[0]
  const temporary = code >= 400 && code < 500
  const words = wordsFor(facts)
  const where = whereOf(facts)
  const during = verb && verb !== 'CONN' ? words.during(verb) : ''
  const is = (pattern: RegExp) => pattern.test(reply)
  const diagnosis = (found: Omit<Diagnosis, 'reply'>): Diagnosis => ({ ...found, reply: shownReply })

  if (verb === 'STARTTLS') return diagnosis(noStartTls(facts))
  if (status === '5.7.14' || is(/WebLoginRequired|web ?browser|ContinueSignIn|signin\/continue|answer\/78754/i)) {
    return diagnosis({ code: 'web-login-required', ...words.webLoginRequired(where), retryable: false })
  }
  if (is(/too many login attempts|answer\/7126229/i)) {
    return diagnosis({ code: 'too-many-logins', ...words.tooManyLogins(where), retryable: false })
  }
  if ((code === 334 || code === 535 || code === 534) && (facts.usesOAuth2 || command.includes('XOAUTH2'))) {
    return diagnosis({ code: 'oauth2-rejected', ...words.oauth2TokenRefused(where), retryable: false })
  }
  if (code === 530 && is(/STARTTLS/i)) {
    return diagnosis({ code: 'tls-required', ...words.startTlsRequired(where), retryable: false })
  }
  if (verb === 'AUTH' && (code === 500 || code === 502)) {
    // The server does not know the AUTH command: nowhere to use the credentials.
    return noLoginOffered(facts, shownReply)
  }
  const credentialsRefused =
    code === 535 ||
    code === 534 ||
    status === '5.7.8' ||
    is(/BadCredentials|InvalidSecondFactor|Username and Password not accepted|Application-specific password|answer\/185833|answer\.py\?answer=14257/i) ||
    (verb === 'AUTH' && !temporary && code !== 504)
  if (credentialsRefused) {
    const second = is(/InvalidSecondFactor|Application-specific password|answer\/185833/i)
    return diagnosis({ code: 'auth-rejected', ...words.authRejected(where, second, google), retryable: false })
  }
  if (facts.withoutLogin && (code === 530 || ((verb === 'MAIL' || verb === 'RCPT') && is(LOGIN_NEEDED)))) {
    return diagnosis({ code: 'auth-rejected', ...words.loginNeededWithoutPassword(where), retryable: false })
  }
  if (code === 530) {
    return diagnosis({ code: 'auth-rejected', ...words.loginNeededAfterLogin(where), retryable: false })
  }
  if (status === '5.4.5' || is(/sending (limit|quota) exceeded|answer\/166852/i)) {
    return diagnosis({ code: 'quota-exceeded', ...words.quotaExceeded(where), retryable: false })
  }
  if (status === '5.3.4' || (code === 552 && status === '5.2.3') || is(/MaxSizeError|size limits?\b/i)) {
    return diagnosis({ code: 'message-too-large', ...words.messageTooLarge(where), retryable: false })
  }
  if (status === '4.5.3' || status === '5.5.3' || is(/too many recipients|TooManyRecipients/i)) {
    return diagnosis({ code: 'too-many-recipients', ...words.tooManyRecipients(where, rejectedAddresses(err, facts)), retryable: temporary })
  }
  // A 421 ends the session whatever it answers (RFC 5321, 3.8): the server is busy, not refusing the address.
  if (verb === 'RCPT' && code !== 421) return diagnosis(recipientRefused(err, facts))
  if (verb === 'MAIL' && !temporary) {
    return diagnosis({ code: 'sender-rejected', ...words.senderRejected(where, google), retryable: false })
  }
  if (code === 552 || is(/BlockedMessage|potential security issue|UnsolicitedMessage|\bspam\b/i)) {
    return diagnosis({ code: 'message-blocked', ...words.messageBlocked(where, is(/UnsolicitedMessage|\bspam\b/i)), retryable: false })
  }
  if (temporary) {
    return diagnosis({ code: 'try-again-later', ...words.refusedForNow(where, during), retryable: true })
  }
  return diagnosis({ code: 'unknown', ...words.unknownReply(where, during), retryable: false })
}

/**
 * The reason of an OpenSSL error ("wrong version number") without the codes, function and
 * source file around it, which mean nothing to the reader; the whole message when there is none.
 */
function tlsReason(err: MailerErrorFields, message: string): string {
  if (typeof err.reason === 'string' && err.reason.trim()) return err.reason.trim()
  return /error:[0-9A-F]+:[^:]*:[^:]*:([^:\n]+)/i.exec(message)?.[1]?.trim() ?? message
}

/**
 * One side spoke TLS and the other plain text. With `secure` the action opened with TLS and
 * the server answered in plain text; without it the server agreed to STARTTLS and then did
 * not speak TLS. Either way nothing, and no password, was sent.
 */
function tlsMismatch(err: MailerErrorFields, message: string, facts: ConnectionFacts): Diagnosis {
  const words = wordsFor(facts)
  const said = facts.secure ? words.tlsMismatchPlainAnswer(whereOf(facts)) : words.tlsMismatchAfterStartTls(whereOf(facts))
  return { code: 'tls-mismatch', ...said, detail: `OpenSSL: ${tlsReason(err, message)}`, retryable: false }
}

function diagnoseConnection(err: MailerErrorFields, facts: ConnectionFacts): Diagnosis {
  // OpenSSL's messages end with a line break, which would leave an empty line in the report.
  const message = (err.message ?? String(err)).trim()
  // nodemailer replaces a system error code such as ECONNREFUSED with its own (ESOCKET) and keeps the first as originalCode.
  const system = `${err.code ?? ''} ${err.originalCode ?? ''} ${err.errno ?? ''} ${message}`
  const has = (pattern: RegExp) => pattern.test(system)
  const words = wordsFor(facts)
  const where = whereOf(facts)

  if (err.originalCode === 'EOAUTH2' || err.code === 'EOAUTH2' || has(/invalid_grant|invalid_client|unauthorized_client/)) {
    return { code: 'oauth2-rejected', ...words.oauth2EndpointRefused(), detail: message, retryable: false }
  }
  if (has(/wrong version number|packet length too long|unknown protocol|WRONG_VERSION_NUMBER|record layer failure|http request/i)) {
    return tlsMismatch(err, message, facts)
  }
  if (has(/self[- ]signed|unable to (get|verify)|certificate|CERT_|altnames|CA signature|key too small|too weak|UNABLE_TO_|DEPTH_ZERO/i)) {
    return { code: 'certificate', ...words.certificate(where), detail: message, retryable: false }
  }
  if (err.code === 'ETLS' || err.code === 'EREQUIRETLS' || has(/STARTTLS/i)) {
    return { ...noStartTls(facts), detail: message }
  }
  if (has(/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/)) {
    return { code: 'connection-refused', ...words.connectionRefused(where, has(/ECONNREFUSED/)), detail: message, retryable: false }
  }
  if (err.code === 'EDNS' || has(/ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|getaddrinfo/)) {
    const temporary = has(/EAI_AGAIN|ETIMEOUT|ESERVFAIL|timed out/i)
    return { code: 'dns', ...words.dns(where, temporary), detail: message, retryable: temporary }
  }
  if (err.code === 'ETIMEDOUT' || has(/timed? ?out|Greeting never received/i)) {
    // nodemailer's own greeting timer says so in words only.
    const noGreeting = err.timeoutKind === 'greeting' || has(/Greeting never received/i)
    if (noGreeting && !facts.secure && facts.port === 465) {
      return { code: 'timeout', ...words.noGreetingOn465(where), detail: message, retryable: false }
    }
    return { code: 'timeout', ...words.timeout(where, err.timeoutKind === 'attempt' ? 'attempt' : 'answer', noGreeting), detail: message, retryable: true }
  }
  if (err.code === 'ECONNECTION' || has(/ECONNRESET|EPIPE|ECONNABORTED|Connection closed|socket hang up|socket disconnected/i)) {
    return { code: 'try-again-later', ...words.connectionLost(where), detail: message, retryable: true }
  }
  if (has(/Message size larger than allowed/i)) {
    return { code: 'message-too-large', ...words.messageLargerThanAnnounced(where), detail: message, retryable: false }
  }
  return { code: 'unknown', ...words.unknownFailure(where), detail: message, retryable: false }
}

/**
 * The connection was lost, or went silent, after the whole message had been sent but
 * before the server confirmed it. The server may have accepted it, so a later attempt
 * may deliver a second copy; that beats losing a failure notice, and the user is told.
 */
export function unconfirmedDelivery(diagnosis: Diagnosis, language: Language = DEFAULT_LANGUAGE): Diagnosis {
  return { ...diagnosis, ...DIAGNOSES[language].unconfirmed(diagnosis) }
}
