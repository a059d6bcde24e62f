import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { RUNNER_ENV } from './support/action.ts'
import { runBuiltAction } from './support/runner.ts'

/** The steps of .github/workflows/action.yml, run here: the capture server in the background, then the built action against it. */
const dir = mkdtempSync(join(tmpdir(), 'notify-capture-'))
let server: ChildProcess
let serverEnv: Record<string, string> = {}

beforeAll(async () => {
  server = spawn(process.execPath, [join(import.meta.dirname, '..', 'scripts', 'capture-server.ts'), '--dir', dir, '--reject-password', 'wrongwrongwrongw'], {
    stdio: 'ignore'
  })
  const ready = join(dir, 'server.env')
  for (let i = 0; i < 200 && !existsSync(ready); i++) await new Promise((resolve) => setTimeout(resolve, 50))
  serverEnv = Object.fromEntries(
    readFileSync(ready, 'utf8')
      .trim()
      .split('\n')
      .map((line) => line.split(/=(.*)/s, 2) as [string, string])
  )
})

afterAll(() => {
  server.kill()
  rmSync(dir, { recursive: true, force: true })
})

const inputs = (password: string) => ({
  server: '127.0.0.1',
  port: serverEnv.CAPTURE_PORT,
  username: 'ci-bot@gmail.com',
  password,
  to: 'team@example.com',
  timeout: '5'
})
const env = () => ({ PATH: process.env.PATH, ...RUNNER_ENV, NODE_EXTRA_CA_CERTS: serverEnv.NODE_EXTRA_CA_CERTS })

describe('scripts/capture-server.ts, as the project workflow uses it', () => {
  it('writes server.env with its port and CA, and saves each message it accepts as an .eml file', async () => {
    expect(serverEnv.CAPTURE_PORT).toMatch(/^\d+$/)
    expect(existsSync(serverEnv.NODE_EXTRA_CA_CERTS)).toBe(true)

    const verified = await runBuiltAction({ ...inputs('abcdefghijklmnop'), 'verify-only': 'true' }, { env: env(), event: {} })
    expect(verified.exitCode, verified.stdout).toBe(0)
    expect(readdirSync(dir).filter((file) => file.endsWith('.eml'))).toEqual([])

    const sent = await runBuiltAction({ ...inputs('abcdefghijklmnop'), status: 'failure' }, { env: env(), event: {} })
    expect(sent.exitCode, sent.stdout).toBe(0)
    expect(readdirSync(dir).filter((file) => file.endsWith('.eml'))).toEqual(['1.eml'])
    const mail = await simpleParser(readFileSync(join(dir, '1.eml')))
    expect(mail.messageId).toBe(sent.outputs['message-id'])
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
  })

  it('answers the --reject-password login with 535-5.7.8, which fails the step with auth-rejected', async () => {
    const result = await runBuiltAction({ ...inputs('wrongwrongwrongw'), retries: '0' }, { env: env(), event: {} })
    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(result.stdout).toContain('535-5.7.8')
  })
})
