/**
 * The stable codes written to the `error-code` output. They are part of the public
 * contract (documented in the README and action.yml): change a name only with a major version.
 */
export const ERROR_CODES = [
  'auth-rejected',
  'auth-unavailable',
  'web-login-required',
  'too-many-logins',
  'oauth2-rejected',
  'smtp-auth-disabled',
  'basic-auth-disabled',
  'tls-required',
  'tls-mismatch',
  'certificate',
  'connection-refused',
  'dns',
  'timeout',
  'quota-exceeded',
  'message-too-large',
  'message-blocked',
  'recipient-rejected',
  'sender-rejected',
  'too-many-recipients',
  'try-again-later',
  'protocol-error',
  'invalid-input',
  'cancelled',
  'unknown'
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/** What went wrong, in words a user can act on, plus whether trying again can help. */
export interface Diagnosis {
  code: ErrorCode
  /** One line: what went wrong. */
  title: string
  /** What the user should do, naming the input to change where there is one. */
  fix: string
  /** The server's own reply, on one line, kept verbatim so it can be searched for. */
  reply?: string
  /** The system error when there was no reply (a socket or DNS error). */
  detail?: string
  /** True only for failures that a later attempt in the same step can overcome. */
  retryable: boolean
}

/** Who has the message, when a send failed after some recipients were reached or refused. */
export interface Delivery {
  /** Absent when no recipient accepted the message: nothing was sent. */
  messageId?: string
  accepted: string[]
  rejected: string[]
}

/** A failure this action already understands, raised with its diagnosis attached. */
export class NotifyError extends Error {
  readonly diagnosis: Diagnosis
  /** Set when the failure came after the server had already accepted or refused recipients. */
  delivery?: Delivery

  constructor(diagnosis: Diagnosis, options?: { cause?: unknown }) {
    super(diagnosis.title, options)
    this.name = 'NotifyError'
    this.diagnosis = diagnosis
  }
}

/** A bad input, caught before any connection is opened. */
export class InputError extends NotifyError {
  readonly input: string

  constructor(input: string, problem: string, fix: string) {
    super({ code: 'invalid-input', title: `Input \`${input}\`: ${problem}`, fix, retryable: false })
    this.name = 'InputError'
    this.input = input
  }
}
