import { isIPv6 } from 'node:net'
import { domainToASCII } from 'node:url'
import addressparser from 'nodemailer/lib/addressparser'
import { InputError } from './errors.ts'
import { checkPlaceholders } from './template.ts'
import { GOOGLE_TOKEN_URL, type OAuth2Settings } from './oauth2.ts'
import { parseNotifyWhen, type NotifyWhen } from './notify-when.ts'
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, type Language } from './language.ts'

import type { JobStatus } from './jobs.ts'

/** One mailbox, as parsed from an address input. */
export interface Mailbox {
  name: string
  address: string
}

/** Everything the action was asked to do, read and validated from its inputs. */
export interface Settings {
  /** SMTP host name or IP address; an IPv6 address without brackets (`::1`). */
  server: string
  port: number
  /** True: TLS from the first byte. False: plain, then STARTTLS is required before login. */
  secure: boolean
  username: string
  /** App Password (or account password for other servers); already registered as a secret. Empty with OAuth2, and for a relay without login. */
  password: string
  /** Log in with XOAUTH2 instead of the password; every value is registered as a secret. */
  oauth2?: OAuth2Settings
  from: Mailbox
  to: Mailbox[]
  cc: Mailbox[]
  bcc: Mailbox[]
  replyTo: Mailbox[]
  /** Subject given by the user; undefined means the generated one. */
  subject?: string
  /** Markdown body given by the user; undefined means the generated notification. */
  body?: string
  /** Markdown file to use as the body, as given (relative to the workspace); read by the caller. */
  bodyFile?: string
  /** Token for the REST API (jobs, logs); empty leaves those parts out. Already registered as a secret. */
  githubToken: string
  /** Lines of log excerpt per failed job; 0 reads no logs. */
  logLines: number
  /** Outcome of the job; undefined when it cannot be known. */
  status?: JobStatus
  /** Seconds allowed for each network phase: connect, greeting, TLS, each reply. */
  timeoutSeconds: number
  /** Extra attempts for temporary failures. */
  retries: number
  /** Print the SMTP conversation (secrets masked). */
  debug: boolean
  /** Connect and log in only: check the credentials, send nothing. */
  verifyOnly: boolean
  /** Glob patterns of files to attach, relative to the workspace; `!` excludes. */
  attachments: string[]
  /** What a pattern that matches no file does, as in actions/upload-artifact. */
  ifNoFilesFound: 'warn' | 'error' | 'ignore'
  /** Compose and write the message to a file and the job summary; open no connection. */
  dryRun: boolean
  /** The transitions that send a mail; 'always' sends every run and reads no history. */
  notifyWhen: NotifyWhen
  /** With still-failing listed: mail only the 1st, (N+1)th, (2N+1)th… failed run of a streak. */
  stillFailingEvery: number
  /** Put the mails of one failure streak in one conversation, with a List-Id. */
  thread: boolean
  /** The language of the notification, the log lines, the job summary and the diagnosis. */
  language: Language
}

/** Reads one input by its action.yml name; `@actions/core.getInput` in production. */
export type InputReader = (name: string) => string

/** What reading the inputs found worth telling the user, besides errors. */
export interface SettingsNotes {
  notices: string[]
}

// The local part may hold dots anywhere (some providers hand out `a..b@` and `a.@`). One
// character class for it, not `x+(\.x+)*` around a class that itself takes dots: that form
// backtracks exponentially on `a.a.a.…@`.
const MAILBOX_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/
const CONTROL_CHARACTER = /\p{Cc}/u
const CONTROL_CHARACTERS = /\p{Cc}/gu
const APP_PASSWORD_AS_SHOWN = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/i

/** Gmail's SMTP host names, which always need a login (a trailing dot is the same host). */
export function isGoogleServer(server: string): boolean {
  return /^smtp\.(gmail|googlemail)\.com\.?$/i.test(server)
}

/** Why a secret can be empty although it exists, and how to skip the step there. */
export const MISSING_SECRET_HINT =
  'If the secret exists, this run probably comes from a pull request from a fork, which GitHub does not give secrets to; ' +
  "skip the step there with `if: always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)`. " +
  "Dependabot's runs get no Actions secrets either: add the secret under Settings → Secrets and variables → Dependabot."

/** RFC 5321, 4.5.3.1: the longest local part, domain label and path SMTP servers must accept, in octets. */
export const SMTP_LIMITS = { localPart: 64, label: 63, address: 254 } as const

const octets = (text: string) => Buffer.byteLength(text, 'utf8')

/** An over-long value, cut for a message: the problem is its length, not its text. */
function shorten(text: string, max = 60): string {
  if (text.length <= max) return text
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max
  return `${text.slice(0, end)}… (${text.length} characters)`
}

/**
 * What makes an address longer than SMTP allows, or undefined. The local part counts in
 * UTF-8 octets (SMTPUTF8 sends it so); the domain as it goes on the wire, in its ASCII
 * (punycode) form.
 */
export function addressTooLong(address: string): string | undefined {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at)
  const domain = address.slice(at + 1)
  const asciiDomain = domainToASCII(domain) || domain
  if (octets(local) > SMTP_LIMITS.localPart) return `its part before the @ is ${octets(local)} octets long; SMTP allows ${SMTP_LIMITS.localPart}`
  const label = asciiDomain.split('.').find((part) => octets(part) > SMTP_LIMITS.label)
  if (label !== undefined) return `a part of its domain ("${shorten(label, 30)}") is ${octets(label)} octets long; SMTP allows ${SMTP_LIMITS.label}`
  const total = octets(local) + 1 + octets(asciiDomain)
  if (total > SMTP_LIMITS.address) return `it is ${total} octets long; SMTP allows ${SMTP_LIMITS.address}`
  return undefined
}

/**
 * Parses a comma- or newline-separated list of mailboxes. Each entry must be exactly one
 * mailbox: a group (`Team: a@x, b@x;`) would let a value from an event add recipients.
 */
export function parseMailboxes(input: string, value: string): Mailbox[] {
  const mailboxes: Mailbox[] = []
  // A lone CR ends a line too: left inside an entry it could end a header line on the wire.
  for (const line of value.split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue
    if (CONTROL_CHARACTER.test(line)) {
      throw new InputError(
        input,
        `"${shorten(line.trim().replace(CONTROL_CHARACTERS, '?'))}" contains a control character`,
        'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines, with no tabs or other control characters.'
      )
    }
    for (const entry of addressparser(line)) {
      if (entry.group !== undefined) {
        throw new InputError(
          input,
          `"${shorten(line.trim())}" is an address group`,
          'List each recipient as a plain address (user@example.com) or `Name <user@example.com>`, separated by commas or new lines.'
        )
      }
      const address = entry.address.trim()
      // Before the pattern, so no pattern ever runs over megabytes.
      const tooLong = address.includes('@') ? addressTooLong(address) : undefined
      if (tooLong) {
        throw new InputError(
          input,
          `"${shorten(address)}" is longer than SMTP allows: ${tooLong}`,
          `Shorten the address: SMTP (RFC 5321) takes at most ${SMTP_LIMITS.localPart} octets before the @, ${SMTP_LIMITS.label} in each dot-separated part of the domain and ${SMTP_LIMITS.address} in all; a letter outside ASCII counts 2 to 4 octets.`
        )
      }
      if (!MAILBOX_PATTERN.test(address)) {
        const shown = shorten(address || entry.name || line.trim())
        throw new InputError(
          input,
          `"${shown}" is not an email address`,
          'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines.'
        )
      }
      mailboxes.push({ name: entry.name, address })
    }
  }
  return mailboxes
}

function parseWholeNumber(input: string, value: string, fallback: number, min: number, max: number): number {
  const text = value.trim()
  if (!text) return fallback
  if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
    throw new InputError(
      input,
      `"${text}" is not a whole number from ${min} to ${max}`,
      `Set \`${input}\` to a whole number from ${min} to ${max}, or leave it empty for ${fallback}.`
    )
  }
  return Number(text)
}

function parseBoolean(input: string, value: string, fallback: boolean): boolean {
  const text = value.trim().toLowerCase()
  if (!text) return fallback
  if (text === 'true') return true
  if (text === 'false') return false
  throw new InputError(input, `"${value.trim()}" is neither true nor false`, `Set \`${input}\` to true or false, or leave it empty.`)
}

function parseStatus(value: string): JobStatus | undefined {
  const text = value.trim().toLowerCase()
  if (!text) return undefined
  if (text === 'success' || text === 'failure' || text === 'cancelled') return text
  throw new InputError(
    'status',
    `"${value.trim()}" is not a job status`,
    'Set `status` to success, failure or cancelled — usually `${{ job.status }}` — or leave it empty.'
  )
}

function parseIfNoFilesFound(value: string): Settings['ifNoFilesFound'] {
  const text = value.trim().toLowerCase()
  if (!text) return 'warn'
  if (text === 'warn' || text === 'error' || text === 'ignore') return text
  throw new InputError(
    'if-no-files-found',
    `"${value.trim()}" is not warn, error or ignore`,
    'Set `if-no-files-found` to warn (send anyway, with a warning), error (fail the step) or ignore.'
  )
}

/**
 * Gmail shows App Passwords as four groups of four letters, and people paste them that way.
 * Google does not ignore the spaces, so they are removed here. (White space around the value
 * never arrives: the runner's getInput trims every input.)
 */
export function normalisePassword(server: string, password: string): { password: string; notice?: string } {
  if (!isGoogleServer(server) || !APP_PASSWORD_AS_SHOWN.test(password)) return { password }
  return {
    password: password.replace(/ /g, ''),
    notice: 'Removed the spaces from the App Password in `password`: Google shows it in groups of four, but expects the 16 letters without spaces.'
  }
}

const OAUTH2_SECRET_INPUTS = ['oauth2-client-id', 'oauth2-client-secret', 'oauth2-refresh-token'] as const

/**
 * The inputs besides `password` whose values are secrets, registered with the runner before
 * anything is printed (`password` is registered in every form a login sends it in).
 */
export const TOKEN_INPUTS = [...OAUTH2_SECRET_INPUTS, 'github-token'] as const

/**
 * The OAuth2 inputs, or undefined when none of the three secrets is given. Their values
 * are secrets, so errors name the input but never show the value.
 */
function readOAuth2(getInput: InputReader): OAuth2Settings | undefined {
  const [clientId, clientSecret, refreshToken] = OAUTH2_SECRET_INPUTS.map((name) => getInput(name).trim())
  if (!clientId && !clientSecret && !refreshToken) return undefined
  const missing = OAUTH2_SECRET_INPUTS.find((name, index) => ![clientId, clientSecret, refreshToken][index])
  if (missing) {
    throw new InputError(
      missing,
      'is empty, but other `oauth2-*` inputs are set',
      'OAuth2 needs all three of `oauth2-client-id`, `oauth2-client-secret` and `oauth2-refresh-token`, each from a repository secret. To log in with an App Password instead, remove the `oauth2-*` inputs.'
    )
  }
  const tokenUrl = getInput('oauth2-token-url').trim() || GOOGLE_TOKEN_URL
  const parsed = URL.canParse(tokenUrl) ? new URL(tokenUrl) : undefined
  if (parsed && (parsed.username || parsed.password)) {
    // Shown without them: they would be secrets.
    parsed.username = ''
    parsed.password = ''
    throw new InputError(
      'oauth2-token-url',
      `"${parsed.href}" carries a user name or password`,
      'Give the token endpoint alone; the client is identified by `oauth2-client-id` and `oauth2-client-secret`.'
    )
  }
  if (parsed?.protocol !== 'https:') {
    throw new InputError(
      'oauth2-token-url',
      `"${tokenUrl}" is not an https:// URL`,
      `Set \`oauth2-token-url\` to the provider's token endpoint over https (Google: ${GOOGLE_TOKEN_URL}), or leave it empty for Google's. The client secret is sent there, so plain http is refused.`
    )
  }
  return { clientId, clientSecret, refreshToken, tokenUrl }
}

/** `host:port` as people write it: an IPv6 address in brackets (`[::1]:465`). */
export function hostAndPort(server: string, port: number): string {
  return isIPv6(server) ? `[${server}]:${port}` : `${server}:${port}`
}

/** The inputs to set instead of a `host:port` or URL; an IPv6 address quoted, as YAML needs for `[::1]`. */
function serverAndPort(host: string, port: string | undefined): string {
  const server = isIPv6(host) ? `'${host}'` : host
  return port ? `\`server: ${server}\` and \`port: ${port}\`` : `\`server: ${server}\``
}

const HOST_FIX = "Give only the host name, such as smtp.gmail.com, or an IP address (IPv6 as '::1' or '[::1]', quoted in YAML), and the port in `port`."

/**
 * The `server` input: a host name, an IPv4 address, or an IPv6 address with or without
 * brackets, kept without them (the form sockets and certificates use). A URL or a
 * `host:port` is refused with the inputs to set instead.
 */
export function parseServer(value: string): string {
  const text = value.trim() || 'smtp.gmail.com'
  const inBrackets = /^\[(.*)\]$/.exec(text)?.[1]
  if (inBrackets !== undefined && isIPv6(inBrackets)) return inBrackets
  if (isIPv6(text)) return text
  if (CONTROL_CHARACTER.test(text)) throw new InputError('server', `"${text.replace(CONTROL_CHARACTERS, '?')}" contains a control character`, HOST_FIX)
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) {
    const url = URL.canParse(text) ? new URL(text) : undefined
    // Named by its host and port alone: the rest of a URL may carry a user name and password.
    const host = url?.hostname.replace(/^\[(.*)\]$/, '$1')
    const set = host ? `Set ${serverAndPort(host, url?.port)}. ` : ''
    throw new InputError('server', 'is a URL, not a host name', `${set}${HOST_FIX}`)
  }
  const withPort = /^(?:\[([^\]]*)\]|([^\s/:[\]]+)):(\d+)$/.exec(text)
  if (withPort && (withPort[2] !== undefined || isIPv6(withPort[1]))) {
    throw new InputError('server', `"${text}" is not a host name: it ends in a port`, `Set ${serverAndPort(withPort[1] ?? withPort[2], withPort[3])}.`)
  }
  if (/[\s/:[\]]/.test(text)) throw new InputError('server', `"${text}" is not a host name`, HOST_FIX)
  return text
}

/** Whether the inputs carry credentials; without them the action sends as to a relay, with no login. */
export function hasCredentials(settings: Pick<Settings, 'password' | 'oauth2'>): boolean {
  return settings.oauth2 !== undefined || settings.password !== ''
}

/**
 * The `language` input. Read before the other inputs, and by the report of a failure that
 * came before the inputs were read, so every other problem can be told in it; a value that
 * is not a language is itself told in English.
 */
export function parseLanguage(value: string): Language {
  const text = value.trim().toLowerCase()
  if (!text) return DEFAULT_LANGUAGE
  if (isLanguage(text)) return text
  throw new InputError(
    'language',
    `"${shorten(value.trim().replace(CONTROL_CHARACTERS, '?'))}" is not a language this action speaks`,
    `Set \`language\` to ${LANGUAGES.map((language) => `\`${language}\``).join(' or ')}, or leave it empty for \`${DEFAULT_LANGUAGE}\` (English).`
  )
}

/** Reads and validates every input; throws InputError naming the first bad one. */
export function readSettings(getInput: InputReader, notes: SettingsNotes = { notices: [] }): Settings {
  const language = parseLanguage(getInput('language'))
  const server = parseServer(getInput('server'))
  const port = parseWholeNumber('port', getInput('port'), 465, 1, 65535)
  const secure = parseBoolean('secure', getInput('secure'), port === 465)

  const username = getInput('username').trim()
  if (!username) {
    throw new InputError('username', 'is empty', 'Set `username` to the full address of the sending account, such as you@gmail.com.')
  }
  if (CONTROL_CHARACTER.test(username)) {
    throw new InputError(
      'username',
      `"${username.replace(CONTROL_CHARACTERS, '?')}" contains a control character`,
      'Set `username` to the account name alone, such as you@gmail.com, on one line.'
    )
  }
  const dryRun = parseBoolean('dry-run', getInput('dry-run'), false)
  const oauth2 = readOAuth2(getInput)
  const rawPassword = getInput('password')
  const withoutLogin = !oauth2 && !rawPassword.trim()
  // A preview opens no connection, so it can run where there is no secret (a fork's pull request).
  if (withoutLogin && !dryRun) {
    // Gmail takes no mail without a login: an empty password there is a missing secret.
    if (isGoogleServer(server)) {
      throw new InputError(
        'password',
        'is empty',
        `Pass the App Password from a repository secret: \`password: \${{ secrets.GMAIL_APP_PASSWORD }}\` (or log in with the \`oauth2-*\` inputs instead). ${MISSING_SECRET_HINT}`
      )
    }
    notes.notices.push(`\`password\` is empty, so no login is used: the message goes to ${server} as to a relay that takes mail without one.`)
  }
  if (oauth2 && rawPassword.trim()) notes.notices.push('`password` is not used: the action logs in with OAuth2 (the `oauth2-*` inputs).')
  const normalised = oauth2 || withoutLogin ? { password: '' } : normalisePassword(server, rawPassword)
  if (normalised.notice) notes.notices.push(normalised.notice)

  const fromInput = getInput('from').trim()
  if (!fromInput && !MAILBOX_PATTERN.test(username)) {
    // The sender defaults to the login, which some servers do not make an address.
    throw new InputError(
      'from',
      `is empty, so it defaults to \`username\` ("${username}"), which is not an email address`,
      'Set `from` to the address the server sends as, optionally with a display name: `CI <ci@example.com>`.'
    )
  }
  const fromValue = fromInput || username
  const fromList = parseMailboxes('from', fromValue)
  if (fromList.length !== 1) {
    throw new InputError(
      'from',
      `"${fromValue}" must be exactly one address`,
      'Set `from` to one address, optionally with a display name: `CI <you@gmail.com>`.'
    )
  }
  const verifyOnly = parseBoolean('verify-only', getInput('verify-only'), false)
  if (verifyOnly && dryRun) {
    throw new InputError(
      'dry-run',
      'is set together with `verify-only`',
      'Use `dry-run` to preview the message without connecting, or `verify-only` to check the login without sending; not both.'
    )
  }
  const to = parseMailboxes('to', getInput('to'))
  // Checking a login needs no recipient.
  if (to.length === 0 && !verifyOnly) {
    throw new InputError('to', 'is empty', 'Set `to` to at least one recipient address; separate several with commas or new lines.')
  }

  const subject = getInput('subject')
  const body = getInput('body')
  const bodyFile = getInput('body-file').trim()
  checkPlaceholders('subject', subject)
  checkPlaceholders('body', body)
  if (body.trim() && bodyFile) {
    throw new InputError('body-file', 'is set together with `body`', 'Set either `body` or `body-file`, not both.')
  }
  return {
    server,
    port,
    secure,
    username,
    password: normalised.password,
    oauth2,
    from: fromList[0],
    to,
    cc: parseMailboxes('cc', getInput('cc')),
    bcc: parseMailboxes('bcc', getInput('bcc')),
    replyTo: parseMailboxes('reply-to', getInput('reply-to')),
    subject: subject.trim() ? subject.replace(/\s*[\r\n]+\s*/g, ' ').trim() : undefined,
    body: body.trim() ? body : undefined,
    bodyFile: bodyFile || undefined,
    status: parseStatus(getInput('status')),
    githubToken: getInput('github-token').trim(),
    logLines: parseWholeNumber('log-lines', getInput('log-lines'), 20, 0, 200),
    timeoutSeconds: parseWholeNumber('timeout', getInput('timeout'), 30, 1, 600),
    retries: parseWholeNumber('retries', getInput('retries'), 2, 0, 10),
    debug: parseBoolean('debug', getInput('debug'), false),
    verifyOnly,
    attachments: getInput('attachments')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean),
    ifNoFilesFound: parseIfNoFilesFound(getInput('if-no-files-found')),
    dryRun,
    ...readQuietSettings(getInput, notes),
    language
  }
}

/** `notify-when`, `still-failing-every` and `thread`: which runs send, and how their mails hang together. */
function readQuietSettings(getInput: InputReader, notes: SettingsNotes): Pick<Settings, 'notifyWhen' | 'stillFailingEvery' | 'thread'> {
  const notifyWhen = parseNotifyWhen(getInput('notify-when'))
  const stillFailingEvery = parseWholeNumber('still-failing-every', getInput('still-failing-every'), 1, 1, 1000)
  if (stillFailingEvery > 1 && (notifyWhen === 'always' || !notifyWhen.includes('still-failing'))) {
    notes.notices.push(
      `\`still-failing-every: ${stillFailingEvery}\` has no effect: it spaces out the still-failing mails, and ` +
        (notifyWhen === 'always' ? '`notify-when: always` mails every run.' : `\`notify-when\` (${notifyWhen.join(', ')}) does not list still-failing.`) +
        ' Set `notify-when: failures` (or a list with still-failing) to use it.'
    )
  }
  return { notifyWhen, stillFailingEvery, thread: parseBoolean('thread', getInput('thread'), false) }
}
