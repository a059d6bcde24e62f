import { accessSync, appendFileSync, constants } from 'node:fs'
import { EOL } from 'node:os'
import type { AnnotationProperties, InputOptions } from '@actions/core'
// @actions/core's own modules for the workflow commands and command files. Its index
// (`@actions/core`) also imports an HTTP client (undici, for OIDC tokens) that costs more to
// load than sending the notification, and its package exports only that index, so the
// modules are imported by path. They are @actions/core's code, not a copy: every escape,
// delimiter and file check is theirs.
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js'
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js'
import type { Core } from './main.ts'
import { printable } from './printable.ts'

const annotation =
  (command: 'error' | 'warning' | 'notice') =>
  (message: string | Error, properties: AnnotationProperties = {}) =>
    issueCommand(command, toCommandProperties(properties), printable(message instanceof Error ? message.toString() : message))

const error = annotation('error')

/**
 * The job summary as @actions/core's `summary.addRaw()` and `summary.write()` (append) write
 * it, with the same checks and messages, but with synchronous file calls. @actions/core's
 * asynchronous ones start libuv's thread pool, which cost about 4 ms per run (npm run
 * bench) for one small append.
 */
export function createJobSummary(): Core['summary'] {
  let buffer = ''
  // Checked once, like @actions/core: later writes go to the file found first.
  let filePath: string | undefined
  return {
    addRaw(text: string, addEOL = false) {
      buffer += addEOL ? text + EOL : text
      return this
    },
    async write() {
      if (!filePath) {
        const fromEnv = process.env.GITHUB_STEP_SUMMARY
        if (!fromEnv) throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
        try {
          accessSync(fromEnv, constants.R_OK | constants.W_OK)
        } catch {
          throw new Error(`Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`)
        }
        filePath = fromEnv
      }
      appendFileSync(filePath, buffer, { encoding: 'utf8' })
      buffer = ''
      return this
    }
  }
}

/**
 * The runner side of `Core`. The few functions below are the one-line bodies of
 * @actions/core's index, which cannot be imported without its HTTP client;
 * __tests__/runner.test.ts compares them with @actions/core byte for byte.
 *
 * One deliberate difference: every message printed through info, debug, notice, warning,
 * error and setFailed goes through `printable` first, because much of what the action
 * prints comes from elsewhere (an SMTP server's replies, the API, the event). A line that
 * the runner would read as a workflow command gets a backslash before its `::` or `##[`,
 * and control characters other than line feed and tab are shown as `\xNN`. Ordinary text
 * is written exactly as @actions/core writes it; the commands the action issues itself
 * (add-mask, outputs, the annotations) work as before.
 */
export const runnerCore: Core = {
  getInput(name: string, options?: InputOptions): string {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
    return options?.trimWhitespace === false ? value : value.trim()
  },
  setSecret: (secret: string) => issueCommand('add-mask', {}, secret),
  setOutput(name: string, value: unknown): void {
    if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value))
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, toCommandValue(value))
  },
  setFailed(message: string | Error): void {
    process.exitCode = 1
    error(message)
  },
  info: (message: string) => void process.stdout.write(printable(message) + EOL),
  debug: (message: string) => issueCommand('debug', {}, printable(message)),
  error,
  warning: annotation('warning'),
  notice: annotation('notice'),
  summary: createJobSummary()
}
