import { EOL } from 'node:os'
import type { AnnotationProperties, InputOptions } from '@actions/core'
// @actions/core's own modules for the workflow commands, command files and the job summary.
// Its index (`@actions/core`) also imports an HTTP client (undici, for OIDC tokens) that
// costs more to load than sending the notification, and its package exports only that
// index, so the modules are imported by path. They are @actions/core's code, not a copy:
// every escape, delimiter and file check is theirs.
import { issueCommand } from '../node_modules/@actions/core/lib/command.js'
import { issueFileCommand, prepareKeyValueMessage } from '../node_modules/@actions/core/lib/file-command.js'
import { summary } from '../node_modules/@actions/core/lib/summary.js'
import { toCommandProperties, toCommandValue } from '../node_modules/@actions/core/lib/utils.js'
import type { Core } from './main.ts'

const annotation =
  (command: 'error' | 'warning' | 'notice') =>
  (message: string | Error, properties: AnnotationProperties = {}) =>
    issueCommand(command, toCommandProperties(properties), message instanceof Error ? message.toString() : message)

const error = annotation('error')

/**
 * The runner side of `Core`. The few functions below are the one-line bodies of
 * @actions/core's index, which cannot be imported without its HTTP client;
 * __tests__/runner.test.ts compares them with @actions/core byte for byte.
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
  info: (message: string) => void process.stdout.write(message + EOL),
  debug: (message: string) => issueCommand('debug', {}, message),
  error,
  warning: annotation('warning'),
  notice: annotation('notice'),
  summary
}
