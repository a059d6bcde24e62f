import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { RUNNER_ENV } from './action.ts'

/** The built action, as a runner starts it (`runs.main` in action.yml). */
export const BUNDLE = join(import.meta.dirname, '..', '..', 'dist', 'index.js')

export interface RunnerResult {
  /** null when a signal ended the process (it had no handler for it). */
  exitCode: number | null
  /** stdout and stderr, interleaved as they arrived. */
  stdout: string
  outputs: Record<string, string>
  summary: string
}

export interface RunnerOptions {
  /** The step's environment besides INPUT_* and the command files: GITHUB_* variables, NODE_EXTRA_CA_CERTS. */
  env: NodeJS.ProcessEnv
  /** The webhook payload written to GITHUB_EVENT_PATH. */
  event: unknown
  /** Called with each chunk the action prints, for a person watching. */
  onOutput?: (chunk: string) => void
  /** Sends `signal` to the action once `when` holds for what it printed so far, as the runner does to cancel a step. */
  cancel?: { signal: NodeJS.Signals; when: (output: string) => boolean }
}

/** A step's environment in the tests: PATH, the test CA trusted, the run's GITHUB_* variables, then `extra`. */
export function testStepEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS, ...RUNNER_ENV, ...extra }
}

/** Parses the `name<<delimiter` blocks that @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^([^\n<]+)<<(\S+)\n([\s\S]*?)\n\2$/gm
  for (const match of text.matchAll(pattern)) outputs[match[1]] = match[3]
  return outputs
}

/**
 * Runs dist/index.js the way the runner does: inputs as INPUT_* variables, the command
 * files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and the event payload in a file.
 */
export async function runBuiltAction(inputs: Record<string, string>, options: RunnerOptions): Promise<RunnerResult> {
  const dir = mkdtempSync(join(tmpdir(), 'notify-runner-'))
  try {
    const files = { output: join(dir, 'output'), summary: join(dir, 'summary'), event: join(dir, 'event.json') }
    writeFileSync(files.output, '')
    writeFileSync(files.summary, '')
    writeFileSync(files.event, JSON.stringify(options.event, null, 2))
    const env: NodeJS.ProcessEnv = {
      ...options.env,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      GITHUB_EVENT_PATH: files.event
    }
    // The runner upper-cases the name and keeps hyphens: `reply-to` arrives as INPUT_REPLY-TO.
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value
    const child = spawn(process.execPath, [BUNDLE], { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let cancelSent = false
    const collect = (chunk: Buffer) => {
      stdout += chunk
      options.onOutput?.(String(chunk))
      if (options.cancel && !cancelSent && options.cancel.when(stdout)) cancelSent = child.kill(options.cancel.signal)
    }
    child.stdout.on('data', collect)
    child.stderr.on('data', collect)
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return {
      exitCode,
      stdout,
      outputs: parseOutputFile(readFileSync(files.output, 'utf8')),
      summary: readFileSync(files.summary, 'utf8')
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
