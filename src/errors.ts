import { defineWords, LANGUAGES, type Language } from './language.ts'

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

/** The diagnosis of a failure in a given language; raised errors carry one when their texts can be told in more than one. */
export type DiagnosisIn = (language: Language) => Diagnosis

/** A failure this action already understands, raised with its diagnosis attached. */
export class NotifyError extends Error {
  /** In English, or in the language of the settings it was made with. */
  readonly diagnosis: Diagnosis
  /** Set when the failure came after the server had already accepted or refused recipients. */
  delivery?: Delivery
  private readonly worded?: DiagnosisIn

  /**
   * `diagnosis` may be a function of the language, for a failure raised where the language
   * of the report is not at hand (before the inputs are read, or deep in a call); the report
   * then words it in the user's language.
   */
  constructor(diagnosis: Diagnosis | DiagnosisIn, options?: { cause?: unknown }) {
    const english = typeof diagnosis === 'function' ? diagnosis('en') : diagnosis
    super(english.title, options)
    this.name = 'NotifyError'
    this.diagnosis = english
    if (typeof diagnosis === 'function') this.worded = diagnosis
  }

  /** The diagnosis in `language`, when its texts have that language; else as it was made. */
  diagnosisIn(language: Language): Diagnosis {
    return this.worded ? this.worded(language) : this.diagnosis
  }
}

/** A problem and its fix in each language, or in English only (one string). */
export type InputText = string | Readonly<Record<Language, string>>

const INPUT_WORDS = defineWords('errors', {
  title: {
    en: (input: string, problem: string) => `Input \`${input}\`: ${problem}`,
    ko: (input: string, problem: string) => `입력 \`${input}\`: ${problem}`
  }
})

/**
 * A bad input, caught before any connection is opened. Its problem and fix are told in the
 * user's language when they are given in every language; a problem given in English only
 * is told wholly in English, so that no sentence mixes two languages.
 */
export class InputError extends NotifyError {
  readonly input: string

  constructor(input: string, problem: InputText, fix: InputText) {
    super((language) => {
      const translated = typeof problem !== 'string' && typeof fix !== 'string'
      const said = translated ? language : 'en'
      const text = (value: InputText) => (typeof value === 'string' ? value : value[said])
      return { code: 'invalid-input', title: INPUT_WORDS[said].title(input, text(problem)), fix: text(fix), retryable: false }
    })
    this.name = 'InputError'
    this.input = input
  }
}

/** What is wrong with an input, and the fix, in one language. */
export interface InputProblem {
  problem: string
  fix: string
}

/**
 * An InputError worded in every language from a module's texts: `say` picks and fills the
 * entry, once per language, so the error carries every version and is told in the user's.
 */
export function inputErrorIn<Words>(
  input: string,
  words: Readonly<Record<Language, Words>>,
  say: (words: Words, language: Language) => InputProblem
): InputError {
  const said = LANGUAGES.map((language) => [language, say(words[language], language)] as const)
  const each = (part: keyof InputProblem) => Object.fromEntries(said.map(([language, problem]) => [language, problem[part]])) as Record<Language, string>
  return new InputError(input, each('problem'), each('fix'))
}

/** The code of the error the transport raises when a server sends far more than any SMTP session needs. */
export const SERVER_FLOOD = 'EFLOOD'

/** The code of the error the transport raises when the server offers no AUTH but credentials were given. */
export const NO_LOGIN_OFFERED = 'ENOAUTH'
