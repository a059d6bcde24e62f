import { randomUUID } from 'node:crypto'
import { appendFileSync, constants, existsSync } from 'node:fs'
import { access, appendFile, writeFile } from 'node:fs/promises'
import { EOL } from 'node:os'
import type { AnnotationProperties, InputOptions } from '@actions/core'
import type { Core } from './main.ts'

/*
 * The runner protocol, for the parts of @actions/core the action uses, written out so that
 * a run does not load @actions/core: its index imports an HTTP client (undici, for OIDC
 * tokens) that costs more to load than sending the notification. Every function writes
 * exactly what @actions/core 3 writes (same commands, escaping, file formats and
 * delimiters); __tests__/runner.test.ts compares the two byte for byte.
 */

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return ''
  if (typeof input === 'string' || input instanceof String) return String(input)
  return JSON.stringify(input)
}

const escapeData = (value: unknown) => toCommandValue(value).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (value: unknown) => escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')

/** `::command key=value,key=value::message`, the workflow command syntax. */
function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  let line = `::${command}`
  const set = Object.entries(properties).filter(([, value]) => value)
  if (Object.keys(properties).length > 0) line += ` ${set.map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',')}`
  process.stdout.write(`${line}::${escapeData(message)}${EOL}`)
}

function annotationProperties(properties: AnnotationProperties): Record<string, unknown> {
  if (!Object.keys(properties).length) return {}
  return {
    title: properties.title,
    file: properties.file,
    line: properties.startLine,
    endLine: properties.endLine,
    col: properties.startColumn,
    endColumn: properties.endColumn
  }
}

const annotation =
  (command: string) =>
  (message: string | Error, properties: AnnotationProperties = {}) =>
    issueCommand(command, annotationProperties(properties), message instanceof Error ? message.toString() : message)

/** Appends `name<<delimiter` / value / delimiter to a command file such as GITHUB_OUTPUT. */
function issueFileCommand(command: string, key: string, value: unknown): void {
  const delimiter = `ghadelimiter_${randomUUID()}`
  const converted = toCommandValue(value)
  if (key.includes(delimiter)) throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
  if (converted.includes(delimiter)) throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`)
  const filePath = process.env[`GITHUB_${command}`]
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`)
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`)
  appendFileSync(filePath, `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}${EOL}`, { encoding: 'utf8' })
}

/** The job summary: text is buffered, then appended to GITHUB_STEP_SUMMARY. */
class Summary {
  #buffer = ''
  #checkedPath: string | undefined

  addRaw(text: string, addEOL = false): this {
    this.#buffer += text
    return addEOL ? this.addEOL() : this
  }

  addEOL(): this {
    return this.addRaw(EOL)
  }

  /** Checked once, then kept, as @actions/core does. */
  async #filePath(): Promise<string> {
    if (this.#checkedPath) return this.#checkedPath
    const filePath = process.env.GITHUB_STEP_SUMMARY
    if (!filePath) {
      throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.')
    }
    try {
      await access(filePath, constants.R_OK | constants.W_OK)
    } catch {
      throw new Error(`Unable to access summary file: '${filePath}'. Check if the file has correct read/write permissions.`)
    }
    this.#checkedPath = filePath
    return filePath
  }

  async write(options?: { overwrite?: boolean }): Promise<this> {
    const filePath = await this.#filePath()
    await (options?.overwrite ? writeFile : appendFile)(filePath, this.#buffer, { encoding: 'utf8' })
    this.#buffer = ''
    return this
  }
}

const error = annotation('error')

/** The runner side of `Core`, as @actions/core implements it. */
export const runnerCore: Core = {
  getInput(name: string, options?: InputOptions): string {
    const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || ''
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`)
    return options?.trimWhitespace === false ? value : value.trim()
  },
  setSecret: (secret: string) => issueCommand('add-mask', {}, secret),
  setOutput(name: string, value: unknown): void {
    if (process.env.GITHUB_OUTPUT) return issueFileCommand('OUTPUT', name, value)
    process.stdout.write(EOL)
    issueCommand('set-output', { name }, toCommandValue(value))
  },
  setFailed(message: string | Error): void {
    process.exitCode = 1
    error(message)
  },
  info: (message: string) => void process.stdout.write(message + EOL),
  debug: (message: string) => issueCommand('debug', {}, message),
  error,
  warning: annotation('warning'),
  notice: annotation('notice'),
  summary: new Summary()
}
