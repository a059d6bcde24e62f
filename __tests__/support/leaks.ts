/**
 * Every form in which a secret could be read in printed text, worked out here on its own
 * (not with src/secrets.ts, which it checks): verbatim, and the base64 characters that
 * depend on the secret alone at each of the three byte offsets it can have inside a longer
 * base64 string (AUTH PLAIN, AUTH LOGIN, XOAUTH2).
 */
export function leakForms(secret: string): string[] {
  const bytes = Buffer.from(secret, 'utf8')
  const forms = [secret]
  for (const offset of [0, 1, 2]) {
    const encoded = Buffer.concat([Buffer.alloc(offset), bytes]).toString('base64')
    const firstPure = Math.ceil((offset * 8) / 6)
    const endPure = Math.floor(((offset + bytes.length) * 8) / 6)
    forms.push(encoded.slice(firstPure, endPure))
  }
  return forms
}

/** The forms of the given secrets that occur in the text; [] means nothing leaked. */
export function findLeaks(text: string, secrets: string[]): string[] {
  return secrets.flatMap(leakForms).filter((form) => text.includes(form))
}
