import { domainToASCII } from 'node:url'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'

// What a send needs to tell refused recipients apart and name the inputs that listed them,
// without loading the diagnoses (diagnose.ts), which only a failure needs.

const WORDS = defineWords('recipients', {
  inputNames: {
    en: (quoted: string[]): string =>
      quoted.length === 0 ? '`to`, `cc` or `bcc`' : quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`,
    ko: (quoted: string[]): string => (quoted.length === 0 ? '`to`, `cc`, `bcc` 중 하나' : quoted.join(', '))
  }
})

/** The addresses listed in `to`, `cc` and `bcc`. */
export interface RecipientInputs {
  to: readonly string[]
  cc: readonly string[]
  bcc: readonly string[]
}

/** The enhanced status code (`5.7.8`) of a reply, if it has one. */
export function enhancedStatus(reply: string): string | undefined {
  return /^\d{3}[- ](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1]
}

/** A server refusing to pass mail on to a domain it does not serve, in the words of Postfix, Exim, Exchange, Sendmail and qmail. */
export const RELAY_REFUSED =
  /relay(ing)? (access )?denied|relay(ing)? not (permitted|allowed)|not permitted to relay|unable to relay|we do not relay|allowed rcpthosts/i

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
export function inputNames(inputs: readonly string[], language: Language = DEFAULT_LANGUAGE): string {
  return WORDS[language].inputNames(inputs.map((input) => `\`${input}\``))
}
