import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as actionsCore from '@actions/core'
import { afterEach, describe, expect, it } from 'vitest'
import type { Core } from '../src/main.ts'
import { createJobSummary, runnerCore } from '../src/runner.ts'

/** What one call left behind: printed bytes, the command files, the exit code, any error. */
interface Trace {
  step: string
  stdout: string
  output: string
  summary: string
  exitCode: typeof process.exitCode
  error?: string
}

type Step = [name: string, call: (core: Core) => unknown]

const UUID = /ghadelimiter_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}/g

/**
 * Runs the same calls against an implementation with fresh command files and returns what
 * each call wrote. Delimiters are random UUIDs: each is checked to be one, then replaced
 * by its order of appearance so the two implementations can be compared byte for byte.
 */
async function trace(implementation: Core, steps: Step[], env: Record<string, string | undefined> = {}): Promise<Trace[]> {
  // A job summary remembers the first summary file it checked: each trace starts with a
  // fresh one, as a new process would.
  let core = implementation
  if (implementation === runnerCore) {
    core = { ...runnerCore, summary: createJobSummary() }
  } else {
    const summary = implementation.summary as unknown as { _filePath?: string; emptyBuffer(): unknown }
    summary._filePath = undefined
    summary.emptyBuffer()
  }
  const dir = mkdtempSync(join(tmpdir(), 'runner-protocol-'))
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary') }
  writeFileSync(files.output, '')
  writeFileSync(files.summary, 'existing line\n')
  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  Object.assign(process.env, { GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary })
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name]
    else process.env[name] = value
  }
  const write = process.stdout.write
  const traces: Trace[] = []
  try {
    for (const [step, call] of steps) {
      let stdout = ''
      process.exitCode = undefined
      process.stdout.write = ((chunk: string | Uint8Array) => {
        stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
        return true
      }) as typeof process.stdout.write
      let error: string | undefined
      try {
        await call(core)
      } catch (thrown) {
        error = (thrown as Error).message
      } finally {
        process.stdout.write = write
      }
      traces.push({ step, stdout, output: readFileSync(files.output, 'utf8'), summary: readFileSync(files.summary, 'utf8'), exitCode: process.exitCode, error })
    }
  } finally {
    process.stdout.write = write
    process.exitCode = savedExitCode
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
  }
  const seen: string[] = []
  const numbered = (text: string) => text.replace(UUID, (match) => `ghadelimiter_#${seen.includes(match) ? seen.indexOf(match) : seen.push(match) - 1}`)
  return traces.map((t) => ({ ...t, output: numbered(t.output), error: t.error && numbered(t.error) }))
}

const awkward = 'a%b\r\nc:d,e %0A ::end'

const STEPS: Step[] = [
  ['getInput', (core) => core.getInput('My input')],
  ['getInput trims', (core) => void process.stdout.write(`[${core.getInput('My input')}]`)],
  ['getInput untrimmed', (core) => void process.stdout.write(`[${core.getInput('my INPUT', { trimWhitespace: false })}]`)],
  ['getInput missing', (core) => void process.stdout.write(`[${core.getInput('absent')}]`)],
  ['getInput required and missing', (core) => core.getInput('absent', { required: true })],
  ['getInput required and given', (core) => void process.stdout.write(core.getInput('my input', { required: true }))],
  ['setSecret', (core) => core.setSecret(awkward)],
  ['setSecret empty', (core) => core.setSecret('')],
  ['info', (core) => core.info(awkward)],
  ['debug', (core) => core.debug(awkward)],
  ['notice', (core) => core.notice(awkward)],
  ['warning with an Error', (core) => core.warning(new TypeError(awkward))],
  ['error with properties', (core) => core.error(awkward, { title: awkward, file: 'src/a,b.ts', startLine: 3, endLine: 4, startColumn: 0, endColumn: 9 })],
  ['error with empty properties', (core) => core.error('x', { title: '' })],
  ['setOutput string', (core) => core.setOutput('message-id', '<a@b>\nsecond line')],
  [
    'setOutput number, object, null, undefined',
    (core) => {
      core.setOutput('n', 42)
      core.setOutput('o', { a: [1, '%'] })
      core.setOutput('null', null)
      core.setOutput('undefined', undefined)
    }
  ],
  [
    'summary append',
    async (core) => {
      core.summary.addRaw('### Title', true)
      core.summary.addRaw(awkward)
      await core.summary.write()
    }
  ],
  [
    'summary written again, to the file found first',
    async (core) => {
      process.env.GITHUB_STEP_SUMMARY = '/nonexistent/summary'
      core.summary.addRaw('more', true)
      await core.summary.write()
    }
  ],
  ['setFailed', (core) => core.setFailed(awkward)],
  ['setFailed with an Error', (core) => core.setFailed(new Error('boom\nline two'))]
]

const INPUTS = { INPUT_MY_INPUT: '  spaced value \n' }

afterEach(() => {
  process.exitCode = undefined
})

describe('src/runner.ts speaks the runner protocol exactly as @actions/core does', () => {
  // First: @actions/core keeps the summary path once a write succeeds.
  it('fails the same way when a command file is missing or unusable', async () => {
    const steps: Step[] = [
      ['setOutput', (core) => core.setOutput('a', 'b')],
      ['summary', (core) => core.summary.write()]
    ]
    const cases = [
      {
        env: { GITHUB_OUTPUT: '/nonexistent/output', GITHUB_STEP_SUMMARY: '/nonexistent/summary' },
        errors: [
          'Missing file at path: /nonexistent/output',
          "Unable to access summary file: '/nonexistent/summary'. Check if the file has correct read/write permissions."
        ]
      },
      {
        // No GITHUB_OUTPUT: the output goes to stdout as a set-output command instead.
        env: { GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
        errors: [undefined, 'Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.']
      }
    ]
    for (const { env, errors } of cases) {
      const expected = await trace(actionsCore as unknown as Core, steps, env)
      expect(expected.map((t) => t.error)).toEqual(errors)
      expect(await trace(runnerCore, steps, env)).toEqual(expected)
    }
  })

  it('writes the same bytes to stdout, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY, and sets the same exit code', async () => {
    const expected = await trace(actionsCore as unknown as Core, STEPS, INPUTS)
    const actual = await trace(runnerCore, STEPS, INPUTS)
    // The comparison means something only if the calls did write things.
    expect(expected.find((t) => t.step === 'setSecret')?.stdout).toBe('::add-mask::a%25b%0D%0Ac:d,e %250A ::end\n')
    expect(expected.at(-1)?.output).toContain('message-id<<ghadelimiter_#0\n<a@b>\nsecond line\nghadelimiter_#0\n')
    expect(expected.at(-1)?.summary).toMatch(/^existing line\n### Title\n.*more\n$/s)
    expect(expected.at(-1)?.exitCode).toBe(1)
    expect(expected.find((t) => t.step === 'getInput required and missing')?.error).toBe('Input required and not supplied: absent')
    expect(actual).toEqual(expected)
  })

  it('writes set-output commands to stdout the same way when there is no GITHUB_OUTPUT', async () => {
    const steps: Step[] = [['setOutput', (core) => core.setOutput('name:with,odd%chars', 'value\nline')]]
    const expected = await trace(actionsCore as unknown as Core, steps, { GITHUB_OUTPUT: undefined })
    expect(expected[0].stdout).toBe('\n::set-output name=name%3Awith%2Codd%25chars::value%0Aline\n')
    expect(await trace(runnerCore, steps, { GITHUB_OUTPUT: undefined })).toEqual(expected)
  })
})

/** The lines of `stdout` the runner would run as workflow commands: it splits at CR, LF and CRLF and trims each line (.NET's TrimStart). */
function commandsRun(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.startsWith('##['))
}

describe('src/runner.ts deviates from @actions/core only for text that would act on the runner', () => {
  // Server replies, API messages and event text: lines that start a command once trimmed
  // (the runner trims any Unicode white space), a lone CR that the runner reads as a line
  // break, and an ESC and a NUL.
  const hostile = 'reply\n::add-mask::x\n  ::stop-commands::pwned\n\u00a0\u3000##[error]legacy\rnext::error::y\n\t\x1b[31mred\0'
  const steps: Step[] = [
    ['info', (core) => core.info(hostile)],
    ['debug', (core) => core.debug(hostile)],
    ['notice', (core) => core.notice(hostile)],
    ['warning', (core) => core.warning(new Error(hostile))],
    ['error', (core) => core.error(hostile)],
    ['setFailed', (core) => core.setFailed(hostile)]
  ]

  it('prints every line so that it cannot start a workflow command, with control characters escaped', async () => {
    const expected = await trace(actionsCore as unknown as Core, steps)
    const actual = await trace(runnerCore, steps)

    // @actions/core lets the text run commands on the runner.
    expect(commandsRun(expected[0].stdout)).toEqual(['::add-mask::x', '::stop-commands::pwned', '##[error]legacy'])
    expect(actual[0].stdout).toBe('reply\n\\::add-mask::x\n  \\::stop-commands::pwned\n\u00a0\u3000\\##[error]legacy\\x0dnext::error::y\n\t\\x1b[31mred\\x00\n')
    expect(commandsRun(actual[0].stdout)).toEqual([])
    // Each annotation call issues its one command, and nothing in its text runs as another.
    const own = ['::debug::', '::notice::', '::warning::', '::error::', '::error::']
    actual.slice(1).forEach((t, index) => {
      expect(commandsRun(t.stdout), t.step).toEqual([expect.stringMatching(new RegExp(`^${own[index]}`))])
      expect(t.stdout).toContain('%0A\\::add-mask::x%0A  \\::stop-commands::pwned%0A\u00a0\u3000\\##[error]legacy\\x0dnext::error::y%0A\t\\x1b[31mred\\x00\n')
    })
    // Nothing else differs: exit code, command files.
    expect(actual.map(({ stdout: _, ...rest }) => rest)).toEqual(expected.map(({ stdout: _, ...rest }) => rest))
  })
})
