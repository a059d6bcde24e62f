import { escapeControlCharacters } from './printable.ts'

/**
 * The secret as text can show it: verbatim; with every run of white space collapsed to one
 * space, the way a reply is put on one line for the annotation and the job summary (and
 * trimmed, when the secret starts or ends the reply); and with control characters escaped,
 * as the log shows them.
 */
export function printedForms(secret: string): string[] {
  if (!secret) return []
  const collapsed = secret.replace(/\s+/g, ' ')
  return [...new Set([secret, collapsed, collapsed.trim(), escapeControlCharacters(secret)])].filter(Boolean)
}

/**
 * The secret in base64 at each of the three byte alignments it can take inside a longer
 * base64 string (AUTH PLAIN sends base64("\0user\0password"), AUTH LOGIN base64(password),
 * XOAUTH2 base64("user=…\x01auth=Bearer token\x01\x01")).
 */
function encodedForms(secret: string): string[] {
  const forms = new Set<string>()
  const bytes = Buffer.from(secret, 'utf8')
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
      .toString('base64')
      .replace(/=+$/, '')
    // Characters that also encode bits of the neighbouring bytes differ from one
    // message to the next; only the part that depends on the secret alone is kept.
    const start = Math.ceil((offset * 4) / 3)
    const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1
    const core = encoded.slice(start, end)
    if (core.length >= 6) forms.add(core)
  }
  return [...forms]
}

/** Every form in which a secret can show up in an SMTP conversation or a log, the secret itself first. */
export function secretForms(secret: string): string[] {
  if (!secret) return []
  return [...new Set([...printedForms(secret), ...encodedForms(secret)])]
}

/** Replaces every listed secret form with `***`, longest first. */
export function createMasker(secrets: string[]): (text: string) => string {
  const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length)
  return (text) => {
    let masked = text
    for (const form of forms) masked = masked.split(form).join('***')
    return masked
  }
}

/** The password as given and as it will be sent, so both are masked. */
export function passwordVariants(password: string): string[] {
  return [...new Set([password, password.trim(), password.replace(/\s+/g, '')])].filter(Boolean)
}

/** Secrets registered with the runner (every form) and masked in what the action prints itself. */
export interface SecretRegistry {
  /**
   * Registers a secret. `verbatim: false` registers only its base64 forms, for a value
   * that never appears as such (AUTH PLAIN's "\0user\0password").
   */
  add(secret: string, options?: { verbatim: boolean }): void
  mask(text: string): string
}

export function createSecretRegistry(register: (form: string) => void): SecretRegistry {
  const registered = new Set<string>()
  const secrets: string[] = []
  let mask = createMasker([])
  return {
    add(secret, { verbatim } = { verbatim: true }) {
      if (!secret) return
      for (const form of verbatim ? secretForms(secret) : encodedForms(secret)) {
        if (registered.has(form)) continue
        registered.add(form)
        register(form)
      }
      secrets.push(secret)
      mask = createMasker(secrets)
    },
    mask: (text) => mask(text)
  }
}
