/**
 * Text the action did not write (server replies, API messages, file names, event text,
 * error messages) made safe to print on a runner, where a line of output can be a
 * workflow command.
 */

// C0 controls, DEL and C1 controls (U+0085 NEXT LINE among them, which .NET trims as white
// space), but not the line feed and tab that ordinary text is made of, nor the carriage
// return of a CRLF line break.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g

/**
 * Shows every control character except line feed, tab and CRLF as `\xNN`, so an ESC
 * cannot colour or rewrite the log, and a NUL or a lone carriage return (which the runner
 * reads as a line break) cannot hide or split what follows.
 */
export function escapeControlCharacters(text: string): string {
  return text.replace(CONTROL_CHARACTERS, hexEscape)
}

/**
 * Every control character (Unicode's Cc: C0, DEL and C1), for `replace`. Spelled out rather
 * than written `\p{Cc}`: the first Unicode property escape a process compiles costs about
 * 3 ms, at every start when the inputs are read.
 */
// eslint-disable-next-line no-control-regex
export const EVERY_CONTROL_CHARACTER = /[\0-\x1f\x7f-\x9f]/g

/** The same class, without the `g` flag, whose `test` would keep state between calls. */
const ANY_CONTROL_CHARACTER = new RegExp(EVERY_CONTROL_CHARACTER.source)

/** Every run of control characters, for `replace` by one character each. */
export const CONTROL_CHARACTER_RUNS = new RegExp(`${EVERY_CONTROL_CHARACTER.source}+`, 'g')

/** Whether `text` holds any control character (Unicode's Cc). */
export function hasControlCharacter(text: string): boolean {
  return ANY_CONTROL_CHARACTER.test(text)
}

/**
 * Shows every control character as `\xNN`, line feed and tab included: for text that must
 * stay on one line of a message, such as a file name, which may hold a line break.
 */
export function escapeForOneLine(text: string): string {
  return text.replace(EVERY_CONTROL_CHARACTER, hexEscape)
}

function hexEscape(character: string): string {
  return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`
}

// The runner trims a line (.NET's TrimStart: any Unicode white space) and then reads `::`
// as a command and `##[` as the older form of one. `\s` is JavaScript's white space, a
// superset of what .NET trims once control characters are escaped. A line starts at the
// text's start or after a line feed (the runner splits lines at CR, LF and CRLF, and a
// lone CR is escaped by then).
const COMMAND_START = /(?<![^\n])([^\S\n]*)(?=::|##\[)/g

/**
 * The text with control characters escaped and a backslash before any line that the
 * runner would otherwise take for a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`, `##[error]`). Ordinary text comes back unchanged.
 */
export function printable(text: string): string {
  return escapeControlCharacters(text).replace(COMMAND_START, '$1\\')
}

/**
 * A fenced Markdown code block, as lines, that the text inside cannot close: the fence is
 * one backtick longer than the longest run of backticks in it (CommonMark), so a server
 * reply cannot end the block and write Markdown of its own into the job summary.
 */
export function codeBlock(text: string): string[] {
  const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length))
  const fence = '`'.repeat(Math.max(3, longestRun + 1))
  return [fence, escapeControlCharacters(text), fence]
}
