/**
 * `npm run bundle`, after ncc: every character outside ASCII in dist/*.js written as a `\u`
 * escape, so the code is the same to the parser and the files are pure ASCII.
 *
 * Why: V8 keeps a script's source in memory while it runs, one byte per character when all
 * of them fit in Latin-1 and two bytes per character otherwise. One Korean word or one
 * typographic quote in the entry doubled its 730 KB: about 0.8 MiB of the step's peak
 * memory (npm run bench), for nothing.
 *
 *   node scripts/ascii-bundle.ts DIR
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * `code` with each character beyond ASCII replaced by the `\u` escapes of its UTF-16 units.
 * Where it appears (a string, a template, a regular expression, an identifier, a comment),
 * the escape means the same character; a backslash before it (an identity escape, `\é`) is
 * dropped, since the escape replaces the pair. Refuses code that reads a template's raw text
 * (String.raw), where an escape would not mean the character.
 */
export function escapeNonAscii(code: string): string {
  if (code.includes('String.raw')) throw new Error('String.raw would read the escapes as written: the bundle cannot be made ASCII safely')
  return code.replace(/(\\*)([^\0-\x7f])/gu, (_match, backslashes: string, character: string) => {
    const kept = backslashes.length % 2 === 1 ? backslashes.slice(1) : backslashes
    let escaped = ''
    for (let unit = 0; unit < character.length; unit++) escaped += `\\u${character.charCodeAt(unit).toString(16).padStart(4, '0')}`
    return kept + escaped
  })
}

if (import.meta.main) {
  const dir = process.argv[2]
  if (!dir) throw new Error('Usage: node scripts/ascii-bundle.ts DIR')
  for (const file of readdirSync(dir).filter((name) => name.endsWith('.js'))) {
    const path = join(dir, file)
    const code = readFileSync(path, 'utf8')
    const ascii = escapeNonAscii(code)
    if (ascii !== code) writeFileSync(path, ascii)
  }
}
