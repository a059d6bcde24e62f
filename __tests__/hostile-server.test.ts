import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

/**
 * The built action, run the way the runner runs it, against servers and inputs an attacker
 * (or a mistake) could put in its way: addresses longer than SMTP allows, ports that do not
 * speak SMTP, servers that offer no login.
 */

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

/** Runs dist/index.js against `target` with a Gmail-like login, then `inputs`. */
function runBundle(target: Pick<GmailDouble, 'port' | 'mode'>, inputs: Record<string, string> = {}): Promise<RunnerResult> {
  return runBuiltAction(
    {
      server: 'localhost',
      port: String(target.port),
      secure: String(target.mode === 'implicit'),
      username: USERNAME,
      password: APP_PASSWORD,
      to: 'team@example.com',
      timeout: '5',
      retries: '0',
      ...inputs
    },
    { env: testStepEnv(), event: {} }
  )
}

/** The `::error` annotation the step printed. */
const annotation = (result: RunnerResult) => result.stdout.split('\n').find((line) => line.startsWith('::error::')) ?? ''

describe('addresses longer than SMTP allows', () => {
  it.each([
    ['to', `${'x'.repeat(10_000)}@example.com`, 'before the @ is 10000 octets long; SMTP allows 64'],
    ['cc', `${'é'.repeat(33)}@example.com`, 'before the @ is 66 octets long'],
    ['reply-to', `me@${'d'.repeat(64)}.example.com`, 'is 64 octets long; SMTP allows 63']
  ])('fails `%s` as invalid-input before connecting, showing only the start of the value', async (input, value, problem) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBundle(double, { [input]: value })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(annotation(result)).toContain(`Input \`${input}\`: `)
    expect(annotation(result)).toContain(problem)
    expect(annotation(result)).toContain('RFC 5321')
    expect(result.stdout).not.toContain('x'.repeat(100))
    expect(double.connections).toBe(0)
    expect(double.messages).toEqual([])
  })
})
