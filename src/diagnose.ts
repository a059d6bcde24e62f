import { domainToASCII } from 'node:url'
import { NotifyError, type Diagnosis } from './errors.ts'
import { OAUTH2_TOKEN_HINT } from './oauth2.ts'
import { fill, providerOfHost, providerOfReply, replyAdvice, takesPort, type Advice } from './providers.ts'
import { hostAndPort, isGoogleServer, MISSING_SECRET_HINT } from './settings.ts'

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
}

/** The addresses listed in `to`, `cc` and `bcc`. */
export interface RecipientInputs {
  to: readonly string[]
  cc: readonly string[]
  bcc: readonly string[]
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

export const APP_PASSWORD_URL = 'https://myaccount.google.com/apppasswords'

export const APP_PASSWORD_STEPS =
  '1) turn on 2-Step Verification for the Google account (https://myaccount.google.com/signinoptions/twosv); ' +
  `2) create an App Password at ${APP_PASSWORD_URL} (if that page says the setting is not available, open Google Account → Security and search "App passwords"; ` +
  'work and school accounts whose admin disabled App Passwords must use the oauth2-* inputs instead); ' +
  '3) store its 16 letters as a repository secret (Settings → Secrets and variables → Actions → New repository secret), for example GMAIL_APP_PASSWORD; ' +
  '4) pass it as `password: ${{ secrets.GMAIL_APP_PASSWORD }}` and set `username` to the full address (you@gmail.com).'

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

/** The enhanced status code (`5.7.8`) of a reply, if it has one. */
function enhancedStatus(reply: string): string | undefined {
  return /^\d{3}[- ](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1]
}

function hostPort(facts: ConnectionFacts): string {
  return hostAndPort(facts.server, facts.port)
}

/** The server would not upgrade the connection, so the action stopped before AUTH. */
function noStartTls(facts: ConnectionFacts): Diagnosis {
  return {
    code: 'tls-required',
    title: `${hostPort(facts)} did not offer STARTTLS, so the password was not sent`,
    fix:
      'The action never sends credentials over an unencrypted connection. Use `port: 465` (TLS from the first byte), or a port where the server offers STARTTLS (587 for most providers). ' +
      'If the server should offer STARTTLS, something on the network may be stripping it.',
    retryable: false
  }
}

/**
 * Turns any failure raised while sending into a diagnosis. Matching is on the reply
 * code, the enhanced status and Google's `?p=` token or a key phrase, never on the whole
 * text: Google's wording drifts and older wordings are still served.
 */
export function diagnose(error: unknown, facts: ConnectionFacts): Diagnosis {
  if (error instanceof NotifyError) return error.diagnosis
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
  const advised = (advice: Advice): Diagnosis => ({
    ...generic,
    code: advice.code,
    title: fill(advice.title, values),
    fix: fill(advice.fix, values),
    retryable: advice.retryable
  })
  const loggingIn = /^AUTH\b/i.test(err.command ?? '')
  if (reply) {
    const known = replyAdvice(provider, reply)
    if (known) return advised(known)
    if (generic.code === 'auth-rejected' && loggingIn && provider.loginRefused) return advised(provider.loginRefused)
    if (generic.code === 'oauth2-rejected' && provider.oauth2) return { ...generic, fix: fill(provider.oauth2.serverRefused, values) }
  }
  if (byHost?.portFix && PORT_PROBLEMS.has(generic.code) && !takesPort(byHost, facts)) return { ...generic, fix: fill(byHost.portFix, values) }
  return generic
}

/** The code of the error the transport raises when a server sends far more than any SMTP session needs. */
export const SERVER_FLOOD = 'EFLOOD'

/** The code of the error the transport raises when the server offers no AUTH but credentials were given. */
export const NO_LOGIN_OFFERED = 'ENOAUTH'

/** Credentials were given, but the server offers no way to use them over this connection. */
function noLoginOffered(facts: ConnectionFacts, reply?: string): Diagnosis {
  const credentials = facts.usesOAuth2 ? 'the `oauth2-*` inputs are' : '`username` and `password` are'
  return {
    code: 'auth-unavailable',
    title: `${hostPort(facts)} offers no login over this connection (no AUTH ${facts.secure ? 'over TLS' : 'after STARTTLS'}), although ${credentials} given; nothing was sent`,
    fix:
      "With credentials the action never sends without logging in. Check `server`, `port` and `secure`: they must name the server that takes your login, usually the submission port (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`); port 25 and a domain's incoming mail server often offer no login. " +
      `For a relay that takes mail without a login (by network address), leave \`password\` empty${facts.usesOAuth2 ? ' and remove the `oauth2-*` inputs' : ''}.`,
    ...(reply ? { reply } : {}),
    retryable: false
  }
}

/** A server refusing to pass mail on to a domain it does not serve, in the words of Postfix, Exim, Exchange, Sendmail and qmail. */
const RELAY_REFUSED =
  /relay(ing)? (access )?denied|relay(ing)? not (permitted|allowed)|not permitted to relay|unable to relay|we do not relay|allowed rcpthosts/i

/** A refusal that, when no login was made, means one is needed: 530, or a relay that refuses strangers. */
const LOGIN_NEEDED = new RegExp(`${RELAY_REFUSED.source}|authentication required`, 'i')

/** The first line of an SMTP reply: three digits, then a space, a hyphen or nothing (RFC 5321, 4.2). */
const SMTP_REPLY_LINE = /^[2-5]\d\d(?:[ -]|$)/

/** Services often found on the ports people mistake for SMTP, by what their first line looks like. */
const OTHER_PROTOCOLS: [RegExp, string][] = [
  [/^HTTP\/\d/i, 'it answered like a web server (HTTP)'],
  [/^\* (?:OK|PREAUTH|BYE)\b/i, 'it answered like an IMAP server, which is for reading mail'],
  [/^(?:\+OK|-ERR)\b/, 'it answered like a POP3 server, which is for reading mail'],
  [/^SSH-\d/, 'it answered like an SSH server']
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
  const part = /Unexpected Response/i.test(message) ? 'A reply to no command' : verb && verb !== 'CONN' ? `Its reply to ${verb}` : 'Its greeting'

  let finding: { what?: string; detail?: string; reply?: string } | undefined
  if (firstLine.trim() && !SMTP_REPLY_LINE.test(firstLine)) {
    // Mostly control characters or bytes above ASCII: binary, such as TLS or a compressed stream.
    const sample = [...firstLine.slice(0, 64)]
    const binary = sample.filter((c) => !/[\x20-\x7e]/.test(c)).length > sample.length / 4
    // Nothing before AUTH can quote a credential. A later reply could, and a cut, escaped
    // excerpt of it could slip past the masking of the whole secret.
    const beforeLogin = !/Unexpected Response/i.test(message) && ['', 'CONN', 'EHLO', 'HELO', 'LHLO', 'STARTTLS'].includes(verb)
    finding = {
      what: OTHER_PROTOCOLS.find(([pattern]) => pattern.test(firstLine))?.[1] ?? (binary ? 'it sent binary data' : undefined),
      detail: beforeLogin
        ? `${part} began "${printableExcerpt(firstLine)}"`
        : `${part} was not an SMTP reply (not shown: it came after the login, so it could quote a credential)`
    }
  } else if (err.code === 'EPROTOCOL' && !response && /exceeds maximum allowed size/i.test(message)) {
    finding = { detail: `${part} ran past 1 MB without ending, so the connection was closed` }
  } else if (err.code === SERVER_FLOOD) {
    finding = { detail: 'It sent far more than an SMTP conversation takes (over 4 MB or 10,000 lines), so the connection was closed' }
  } else if (err.code === 'EPROTOCOL' && response && /^[23]/.test(firstLine)) {
    // A greeting other than 220, or a 2xx/3xx nobody asked for: not how an SMTP server talks.
    finding = { detail: `${part} was a ${firstLine.slice(0, 3)} reply${part === 'Its greeting' ? '; an SMTP server greets with 220' : ''}` }
  } else if ((verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO') && (err.responseCode === 500 || err.responseCode === 502)) {
    finding = { what: `it does not know ${verb}`, reply: printableExcerpt(oneLine(response), 120) }
  }
  if (!finding) return undefined
  const { what, detail, reply } = finding
  return (facts) => {
    const usualService = OTHER_PORTS[facts.port]
    return {
      code: 'protocol-error',
      title: `${hostPort(facts)} does not speak SMTP${what ? `: ${what}` : ''}`,
      fix:
        'Check `server` and `port`: they must name an SMTP server, the one your provider gives for sending mail (Gmail: smtp.gmail.com with port 465, or 587 with `secure: false`).' +
        (usualService ? ` Port ${facts.port} usually carries ${usualService}, not SMTP.` : ''),
      ...(reply ? { reply } : {}),
      ...(detail ? { detail } : {}),
      retryable: false
    }
  }
}

/** The addresses an envelope error is about. */
function refusedAddresses(err: MailerErrorFields): string[] {
  return err.rejected?.length ? err.rejected : err.recipient ? [err.recipient] : []
}

/** The addresses an envelope error is about, for the title. */
function rejectedAddresses(err: MailerErrorFields): string {
  const addresses = refusedAddresses(err)
  return addresses.length ? addresses.join(', ') : 'a recipient'
}

/** Why a server refused a recipient at RCPT TO, as far as its reply tells. */
export type RecipientRefusal = 'not-valid' | 'unknown-mailbox' | 'relay-denied' | 'deferred' | 'other'

/**
 * Reads a refusal of RCPT TO. Syntax advice fits only a reply about syntax (5.1.3, 501): a
 * well-formed address refused as unknown, or as outside the domains a server relays for,
 * needs different advice. Matched on the enhanced status first, then on the phrases of
 * Postfix, Exim, Exchange, Sendmail, qmail and Gmail.
 */
export function recipientRefusal(reply: string): RecipientRefusal {
  const code = Number(reply.slice(0, 3))
  const status = enhancedStatus(reply) ?? ''
  if (code >= 400 && code < 500) return 'deferred'
  if (RELAY_REFUSED.test(reply)) return 'relay-denied'
  if (status === '5.1.3' || code === 501 || (!status && /syntax|malformed|not a valid RFC ?5321/i.test(reply))) return 'not-valid'
  if (
    ['5.1.1', '5.1.2', '5.1.6', '5.1.10'].includes(status) ||
    /user unknown|unknown (user|recipient|mailbox)|no such (user|mailbox|recipient|address)|does ?n[o']t exist|Recip(ient)?NotFound|unroutable|unrouteable|(recipient|mailbox|user|address) not found|invalid recipient/i.test(
      reply
    )
  ) {
    return 'unknown-mailbox'
  }
  return 'other'
}

/** An address as the envelope carries it: the composer turns an international domain into ASCII. Compared without case. */
function envelopeForm(address: string): string {
  const at = address.lastIndexOf('@')
  const domain = at === -1 ? '' : address.slice(at + 1)
  return (at === -1 ? address : `${address.slice(0, at)}@${domainToASCII(domain) || domain}`).toLowerCase()
}

/** The inputs among `to`, `cc` and `bcc` that list `address`; empty when the settings are not known. */
export function inputsHolding(address: string, recipients: RecipientInputs | undefined): string[] {
  if (!recipients) return []
  const wanted = envelopeForm(address)
  return (['to', 'cc', 'bcc'] as const).filter((input) => recipients[input].some((listed) => envelopeForm(listed) === wanted))
}

/** "`to`", "`to` and `cc`": the inputs that hold an address, or all three when that is not known. */
export function inputNames(inputs: readonly string[]): string {
  const quoted = inputs.map((input) => `\`${input}\``)
  if (quoted.length === 0) return '`to`, `cc` or `bcc`'
  return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`
}

/** "a@example.com (in `to`)", "a@example.com (in `to`) and b@example.com (in `bcc`)". */
function addressesWithInputs(addresses: readonly string[], facts: ConnectionFacts): string {
  const join = (items: string[]) => (items.length === 1 ? items[0] : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`)
  if (addresses.length === 0 || !facts.recipients) return `${addresses.length ? join([...addresses]) : 'the address'} in ${inputNames([])}`
  return join(
    addresses.map((address) => {
      const inputs = inputsHolding(address, facts.recipients)
      return inputs.length ? `${address} (in ${inputNames(inputs)})` : address
    })
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
  const several = addresses.length > 1
  const list = addresses.length ? addresses.join(', ') : 'a recipient'
  const where = addressesWithInputs(addresses, facts)
  const server = facts.server
  switch (reason) {
    case 'deferred':
      return {
        code: 'recipient-rejected',
        title: `${server} deferred the recipient${several ? 's' : ''} ${list}`,
        fix: `The server refused ${where} for now and usually takes ${several ? 'them' : 'it'} later. Re-run the job, or raise \`retries\`.`,
        retryable: true
      }
    case 'unknown-mailbox':
      return {
        code: 'recipient-rejected',
        title: `${server} does not know the mailbox${several ? 'es' : ''} ${list}`,
        fix:
          `${several ? 'The addresses are' : 'The address is'} well formed, but ${server} has no mailbox by ${several ? 'those names' : 'that name'} (or no route to ${several ? 'their domains' : 'its domain'}). ` +
          `Check the spelling of ${where}, before and after the @, and that the ${several ? 'mailboxes still exist; remove any that do not.' : 'mailbox still exists; remove it if it does not.'}`,
        retryable: false
      }
    case 'relay-denied':
      return {
        code: 'recipient-rejected',
        title: `${server} will not relay to ${list}`,
        fix:
          `${server} passes mail on to domains it does not serve only for senders it trusts, and it refused ${where} although the action logged in as ${facts.username}. ` +
          "Check that `server` and `port` name the server your provider gives for sending mail (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`), not a domain's incoming mail server, " +
          `and that ${facts.username} may send to outside addresses; or remove the address.`,
        retryable: false
      }
    case 'not-valid':
      return {
        code: 'recipient-rejected',
        title: `${server} refused ${list}: not ${several ? 'valid addresses' : 'a valid address'}`,
        fix: `Correct ${where}: each address must be one valid mailbox such as \`Name <user@example.com>\`.`,
        retryable: false
      }
    default:
      return {
        code: 'recipient-rejected',
        title: `${server} refused the recipient${several ? 's' : ''} ${list}`,
        fix: `The server gave its reason in its ${replies.length > 1 ? 'replies' : 'reply'}. Check ${where}; if the address is right, the refusal is a rule of ${server} or of the recipient's domain: remove the address, or ask the administrator of ${server}.`,
        retryable: false
      }
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
  const during = verb && verb !== 'CONN' ? ` (in reply to ${verb})` : ''
  const is = (pattern: RegExp) => pattern.test(reply)
  const diagnosis = (found: Omit<Diagnosis, 'reply'>): Diagnosis => ({ ...found, reply: shownReply })

  if (verb === 'STARTTLS') return diagnosis(noStartTls(facts))
  if (status === '5.7.14' || is(/WebLoginRequired|web ?browser|ContinueSignIn|signin\/continue|answer\/78754/i)) {
    return diagnosis({
      code: 'web-login-required',
      title: `${facts.server} blocked the sign-in of ${facts.username} as suspicious`,
      fix:
        'Google blocks sign-ins from places it does not know, such as CI runners. Sign in to the account in a browser, open Google Account → Security → Recent security activity and confirm "Yes, it was me", then re-run the job. ' +
        `If it happens again, use an App Password: ${APP_PASSWORD_STEPS}`,
      retryable: false
    })
  }
  if (is(/too many login attempts|answer\/7126229/i)) {
    return diagnosis({
      code: 'too-many-logins',
      title: `${facts.server} refused the login of ${facts.username}: too many login attempts`,
      fix:
        'Google limits how often an account may sign in. Wait (from a few minutes to an hour) before running the job again; do not re-run it in a loop, which extends the lock-out. ' +
        'If many jobs send mail, send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg.',
      retryable: false
    })
  }
  if ((code === 334 || code === 535 || code === 534) && (facts.usesOAuth2 || command.includes('XOAUTH2'))) {
    return diagnosis({
      code: 'oauth2-rejected',
      title: `${facts.server} rejected the OAuth2 access token for ${facts.username}`,
      fix: `The token was fetched, but the server refused it. ${OAUTH2_TOKEN_HINT}`,
      retryable: false
    })
  }
  if (code === 530 && is(/STARTTLS/i)) {
    return diagnosis({
      code: 'tls-required',
      title: `${hostPort(facts)} requires STARTTLS before login`,
      fix: 'Use `port: 465` (TLS from the first byte), or `port: 587` with `secure: false` so the action upgrades the connection with STARTTLS before it sends the password.',
      retryable: false
    })
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
    return diagnosis({
      code: 'auth-rejected',
      title: second
        ? `${facts.server} needs an App Password for ${facts.username}: 2-Step Verification is on and the account password was used`
        : `${facts.server} did not accept the username and password (username: ${facts.username})`,
      fix: google
        ? `Gmail only accepts an App Password over SMTP, never the account password. ${APP_PASSWORD_STEPS}`
        : `Check the \`username\` and \`password\` inputs against the account settings of ${facts.server}; the password should come from a repository secret.`,
      retryable: false
    })
  }
  if (facts.withoutLogin && (code === 530 || ((verb === 'MAIL' || verb === 'RCPT') && is(LOGIN_NEEDED)))) {
    return diagnosis({
      code: 'auth-rejected',
      title: `${facts.server} requires a login before sending, and \`password\` is empty, so none was made`,
      fix: `Pass the password from a repository secret, such as \`password: \${{ secrets.SMTP_PASSWORD }}\`, with the account in \`username\`; an empty \`password\` means sending without a login, which only a relay that knows the runner accepts. ${MISSING_SECRET_HINT}`,
      retryable: false
    })
  }
  if (code === 530) {
    return diagnosis({
      code: 'auth-rejected',
      title: `${facts.server} requires a login before sending, although the action logged in as ${facts.username}`,
      fix: `Check that ${facts.username} may send through ${facts.server}, and that \`username\` and \`password\` belong to that account (an App Password for Gmail).`,
      retryable: false
    })
  }
  if (status === '5.4.5' || is(/sending (limit|quota) exceeded|answer\/166852/i)) {
    return diagnosis({
      code: 'quota-exceeded',
      title: `${facts.username} has used up its daily sending limit on ${facts.server}`,
      fix: 'Gmail allows about 500 recipients a day (2,000 messages for Google Workspace), counted over a rolling 24 hours. Wait up to 24 hours, send to fewer recipients (for example notify only on failure with `if: failure()`), or use a mail provider made for volume. Re-running the job now fails the same way.',
      retryable: false
    })
  }
  if (status === '5.3.4' || (code === 552 && status === '5.2.3') || is(/MaxSizeError|size limits?\b/i)) {
    return diagnosis({
      code: 'message-too-large',
      title: `${facts.server} refused the message as too large`,
      fix: 'Gmail accepts about 25 MB of attachments (after base64 encoding). Attach less, or upload the files as a workflow artifact and link to it in the body.',
      retryable: false
    })
  }
  if (status === '4.5.3' || status === '5.5.3' || is(/too many recipients|TooManyRecipients/i)) {
    return diagnosis({
      code: 'too-many-recipients',
      title: `${facts.server} refused ${rejectedAddresses(err)}: too many recipients in one message`,
      fix:
        "The action already sends at most 100 recipients (to + cc + bcc) per message, Gmail's limit; this server allows fewer. " +
        'Use fewer recipients in `to`, `cc` and `bcc`, or one mailing-list address.',
      retryable: temporary
    })
  }
  // A 421 ends the session whatever it answers (RFC 5321, 3.8): the server is busy, not refusing the address.
  if (verb === 'RCPT' && code !== 421) return diagnosis(recipientRefused(err, facts))
  if (verb === 'MAIL' && !temporary) {
    return diagnosis({
      code: 'sender-rejected',
      title: `${facts.server} refused the sender address`,
      fix: google
        ? 'Gmail sends only from the signed-in account or a verified "Send mail as" address: set `from` to `username`, or add the address under Gmail Settings → Accounts → Send mail as.'
        : `Set \`from\` to an address that ${facts.username} may send as on ${facts.server} (often the \`username\` itself).`,
      retryable: false
    })
  }
  if (code === 552 || is(/BlockedMessage|potential security issue|UnsolicitedMessage|\bspam\b/i)) {
    const spam = is(/UnsolicitedMessage|\bspam\b/i)
    return diagnosis({
      code: 'message-blocked',
      title: `${facts.server} blocked the message because of its content`,
      fix: spam
        ? 'The server judged the message to be spam. Send fewer, plainer messages (no shortened links), and check the account has not been flagged.'
        : 'Gmail blocks executable and script attachments (.exe, .js, .bat, some archives), even inside zip files. Drop or rename the attachment, or upload it as a workflow artifact and link to it.',
      retryable: false
    })
  }
  if (temporary) {
    return diagnosis({
      code: 'try-again-later',
      title: `${facts.server} refused the message for now${during}`,
      fix: 'The server reported a temporary problem and the retries did not outlast it. Re-run the job later; raise `retries` if it happens often.',
      retryable: true
    })
  }
  return diagnosis({
    code: 'unknown',
    title: `${facts.server} refused the message${during}`,
    fix: 'The server gave a reply this action does not know. Search for the reply below; set `debug: true` to see the whole SMTP conversation (secrets masked), and open an issue with it.',
    retryable: false
  })
}

// A web server waits for a request, so it says nothing to a client that waits for a greeting.
const SILENT_NON_SMTP = 'a server that is not an SMTP server (a web server, for one) stays silent too'

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
  const detail = `OpenSSL: ${tlsReason(err, message)}`
  if (!facts.secure) {
    return {
      code: 'tls-mismatch',
      title: `${hostPort(facts)} agreed to switch to TLS (STARTTLS), then went on in plain text; the password was not sent`,
      fix:
        'The server, or something on the network in between (some firewalls and antivirus programs intercept mail traffic), broke the switch to TLS. ' +
        'Check `server` and `port`; if the server offers TLS from the first byte (port 465), use that port with `secure: true`.',
      detail,
      retryable: false
    }
  }
  return {
    code: 'tls-mismatch',
    title: `${hostPort(facts)} answered in plain text, but \`secure\` is true, so the action expected TLS from the first byte`,
    fix:
      facts.port === 587 || facts.port === 25
        ? `Port ${facts.port} starts in plain text and switches to TLS with STARTTLS: set \`secure: false\` (the password is still sent only after the switch), or use \`port: 465\`, which is TLS from the first byte.`
        : 'Port 465 needs `secure: true` (TLS from the first byte); port 587 needs `secure: false` (plain text, then STARTTLS). This server starts in plain text: set `secure: false`, or check `port`.',
    detail,
    retryable: false
  }
}

function diagnoseConnection(err: MailerErrorFields, facts: ConnectionFacts): Diagnosis {
  // OpenSSL's messages end with a line break, which would leave an empty line in the report.
  const message = (err.message ?? String(err)).trim()
  // nodemailer replaces a system error code such as ECONNREFUSED with its own (ESOCKET) and keeps the first as originalCode.
  const system = `${err.code ?? ''} ${err.originalCode ?? ''} ${err.errno ?? ''} ${message}`
  const has = (pattern: RegExp) => pattern.test(system)

  if (err.originalCode === 'EOAUTH2' || err.code === 'EOAUTH2' || has(/invalid_grant|invalid_client|unauthorized_client/)) {
    return {
      code: 'oauth2-rejected',
      title: 'The OAuth2 token endpoint refused the refresh token',
      fix: `Check \`oauth2-client-id\`, \`oauth2-client-secret\` and \`oauth2-refresh-token\`. "invalid_grant" means the refresh token was revoked or expired. ${OAUTH2_TOKEN_HINT}`,
      detail: message,
      retryable: false
    }
  }
  if (has(/wrong version number|packet length too long|unknown protocol|WRONG_VERSION_NUMBER|record layer failure|http request/i)) {
    return tlsMismatch(err, message, facts)
  }
  if (has(/self[- ]signed|unable to (get|verify)|certificate|CERT_|altnames|CA signature|key too small|too weak|UNABLE_TO_|DEPTH_ZERO/i)) {
    return {
      code: 'certificate',
      title: `The TLS certificate of ${hostPort(facts)} is not trusted`,
      fix:
        'Check that `server` is the host name on the certificate (smtp.gmail.com for Gmail, not an IP address). ' +
        "For a server with a private certificate authority, add that CA to the runner with the environment variable NODE_EXTRA_CA_CERTS (a PEM file); an expired certificate must be renewed by the server's administrator. Certificate checks are never switched off.",
      detail: message,
      retryable: false
    }
  }
  if (err.code === 'ETLS' || err.code === 'EREQUIRETLS' || has(/STARTTLS/i)) {
    return { ...noStartTls(facts), detail: message }
  }
  if (has(/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/)) {
    const refused = has(/ECONNREFUSED/)
    return {
      code: 'connection-refused',
      title: refused ? `Nothing accepted the connection at ${hostPort(facts)}` : `The runner has no route to ${hostPort(facts)}`,
      fix:
        'Check `server` and `port` (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`). ' +
        'A firewall, or a self-hosted runner without outbound SMTP, can also refuse it; some cloud networks block outbound ports 25, 465 and 587.',
      detail: message,
      retryable: false
    }
  }
  if (err.code === 'EDNS' || has(/ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|getaddrinfo/)) {
    const temporary = has(/EAI_AGAIN|ETIMEOUT|ESERVFAIL|timed out/i)
    return {
      code: 'dns',
      title: `The host name \`${facts.server}\` could not be resolved`,
      fix: temporary
        ? "The runner's DNS did not answer in time. Re-run the job; if it persists, check the runner's network."
        : 'Check the `server` input for typos (Gmail is smtp.gmail.com), and that the runner can resolve public names.',
      detail: message,
      retryable: temporary
    }
  }
  if (err.code === 'ETIMEDOUT' || has(/timed? ?out|Greeting never received/i)) {
    // nodemailer's own greeting timer says so in words only.
    const noGreeting = err.timeoutKind === 'greeting' || has(/Greeting never received/i)
    if (noGreeting && !facts.secure && facts.port === 465) {
      return {
        code: 'timeout',
        title: `${hostPort(facts)} never sent its greeting: it expects TLS from the first byte`,
        fix: 'Port 465 is TLS from the first byte: set `secure: true` (or leave `secure` empty, which means true on port 465).',
        detail: message,
        retryable: false
      }
    }
    return {
      code: 'timeout',
      title:
        err.timeoutKind === 'attempt'
          ? `${hostPort(facts)} kept answering too slowly: the attempt did not finish within ${2 * facts.timeoutSeconds} s (twice \`timeout\`)`
          : `${hostPort(facts)} did not answer within ${facts.timeoutSeconds} s${noGreeting ? ' (no greeting)' : ''}`,
      fix:
        (noGreeting && !facts.secure
          ? `The server never greeted a plain-text connection: if it is an implicit-TLS port such as 465, set \`secure: true\` (port 587 needs \`secure: false\`); otherwise check \`server\` and \`port\`: ${SILENT_NON_SMTP}. `
          : `Check \`server\` and \`port\`; a firewall that silently drops packets looks like this${noGreeting ? `, and ${SILENT_NON_SMTP}` : ''}. `) +
        'Raise `timeout` if the server is just slow.',
      detail: message,
      retryable: true
    }
  }
  if (err.code === 'ECONNECTION' || has(/ECONNRESET|EPIPE|ECONNABORTED|Connection closed|socket hang up|socket disconnected/i)) {
    return {
      code: 'try-again-later',
      title: `The connection to ${hostPort(facts)} was lost before the server confirmed the message`,
      fix: 'This is usually a passing network problem and the retries did not outlast it: re-run the job, or raise `retries`.',
      detail: message,
      retryable: true
    }
  }
  if (has(/Message size larger than allowed/i)) {
    return {
      code: 'message-too-large',
      title: `The message is larger than ${facts.server} accepts`,
      fix: 'The server announced a size limit the message exceeds. Attach less, or upload the files as a workflow artifact and link to it in the body.',
      detail: message,
      retryable: false
    }
  }
  return {
    code: 'unknown',
    title: `Sending through ${hostPort(facts)} failed`,
    fix: 'This failure is not one the action knows. Set `debug: true` to see the SMTP conversation (secrets masked), and open an issue with it.',
    detail: message,
    retryable: false
  }
}

/**
 * The connection was lost, or went silent, after the whole message had been sent but
 * before the server confirmed it. The server may have accepted it, so a later attempt
 * may deliver a second copy; that beats losing a failure notice, and the user is told.
 */
export function unconfirmedDelivery(diagnosis: Diagnosis): Diagnosis {
  return {
    ...diagnosis,
    title: `${diagnosis.title}, after the whole message had been sent: it may have been delivered`,
    fix: `${diagnosis.fix} Check the recipients' mailboxes before re-running the job: a second copy is possible.`
  }
}
