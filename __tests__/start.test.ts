import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { tlsFiles } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'

const root = join(import.meta.dirname, '..')
let demoDir: string | undefined
let double: GmailDouble | undefined
afterEach(async () => {
  if (demoDir) rmSync(demoDir, { recursive: true, force: true })
  demoDir = undefined
  await double?.close()
  double = undefined
})

/** Runs an npm script as a person would: no account configured unless `extraEnv` sets one. */
async function npmRun(script: string, extraEnv: NodeJS.ProcessEnv = {}): Promise<{ exitCode: number | null; stdout: string; demoDir: string }> {
  const dir = extraEnv.DEMO_DIR ?? mkdtempSync(join(tmpdir(), 'notify-demo-'))
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('NOTIFY_') && name !== 'NODE_EXTRA_CA_CERTS')
  )
  const child = spawn('npm', ['run', '--silent', script], { cwd: root, env: { ...env, DEMO_DIR: dir, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  child.stdout.on('data', (chunk) => (stdout += chunk))
  child.stderr.on('data', (chunk) => (stdout += chunk))
  const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return { exitCode, stdout, demoDir: dir }
}

describe('npm start with no account', () => {
  it('runs the built action against a capture server, prints the message and writes its HTML part', async () => {
    const result = await npmRun('start')
    demoDir = result.demoDir

    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.stdout).toContain('Subject: [octo-org/app] CI #42 failed on main')
    expect(result.stdout).toContain('To: "Team" <team@example.com>')
    expect(result.stdout).toContain('Parse ISO week dates in the report exporter')
    // The failed job and its log excerpt come from the REST API stand-in the demo starts.
    expect(result.stdout).toContain('https://github.com/octo-org/app/actions/runs/9876543210/job/502')
    expect(result.stdout).toContain("expected '2026-12-28' to be '2027-01-04'")
    expect(result.stdout).not.toContain('abcdefghijklmnop')
    const htmlPath = join(result.demoDir, 'notification.html')
    expect(result.stdout).toContain(`HTML part: ${htmlPath}`)
    expect(existsSync(htmlPath)).toBe(true)
    const html = readFileSync(htmlPath, 'utf8')
    expect(html).toContain('href="https://github.com/octo-org/app/actions/runs/9876543210"')
    expect(html).toContain('Parse ISO week dates in the report exporter')
    // The step's outputs, as a later step would read them: the Message-ID is the message's own.
    expect(result.stdout).toContain('output accepted: team@example.com')
    const messageId = /^output message-id: (<[^>\s]+>)$/m.exec(result.stdout)?.[1]
    expect(messageId, result.stdout).toBeDefined()
    expect((await simpleParser(readFileSync(join(result.demoDir, 'notification.eml')))).messageId).toBe(messageId)
  })

  it('passes INPUT_* variables on, hyphens written as underscores: INPUT_DRY_RUN=true shows the composed message', async () => {
    const captured = await npmRun('start')
    demoDir = captured.demoDir
    expect(captured.exitCode, captured.stdout).toBe(0)
    expect(existsSync(join(captured.demoDir, 'notification.eml'))).toBe(true)

    const result = await npmRun('start', { INPUT_DRY_RUN: 'true', INPUT_REPLY_TO: 'Lead <lead@example.com>', DEMO_DIR: captured.demoDir })
    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.stdout).toContain('the message dry-run composed; nothing was sent')
    // One .eml file, named the same by the action (output eml-path) and the demo, and no
    // message left from the earlier run beside it to be taken for this one.
    const emlPaths = new Set(result.stdout.match(/\/\S+\.eml\b/g))
    expect([...emlPaths]).toHaveLength(1)
    expect(result.stdout).toContain(`output eml-path: ${[...emlPaths][0]}`)
    expect(existsSync(join(captured.demoDir, 'notification.eml'))).toBe(false)
    const again = await npmRun('start', { INPUT_DRY_RUN: 'true', DEMO_DIR: result.demoDir })
    expect(again.exitCode, again.stdout).toBe(0)
    expect(readdirSync(join(result.demoDir, 'runner-temp'))).toHaveLength(1)
    expect(result.stdout).toContain('Subject: [octo-org/app] CI #42 failed on main')
    expect(result.stdout).toContain('Reply-To: "Lead" <lead@example.com>')
    expect(existsSync(join(result.demoDir, 'notification.html'))).toBe(true)
  })

  it('refuses a password not shaped like an App Password, as Gmail does, and shows the fix', async () => {
    const result = await npmRun('start', { INPUT_PASSWORD: 'my-account-password' })
    demoDir = result.demoDir

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('535-5.7.8 Username and Password not accepted')
    expect(result.stdout).toContain('[error-code: auth-rejected]')
    expect(result.stdout).toContain('output error-code: auth-rejected')
    expect(result.stdout).toContain('https://myaccount.google.com/apppasswords')
    expect(result.stdout).not.toContain('my-account-password')
  })

  it('tries notify-when and thread against a sample run history: still failing, skipped by changes, threaded by failures', async () => {
    const skipped = await npmRun('start', { INPUT_NOTIFY_WHEN: 'changes' })
    demoDir = skipped.demoDir
    expect(skipped.exitCode, skipped.stdout).toBe(0)
    expect(skipped.stdout).toContain('No email sent: this run is still failing (the 2nd failed run in a row)')
    expect(skipped.stdout).not.toContain('warning')

    const threaded = await npmRun('start', { INPUT_NOTIFY_WHEN: 'failures', INPUT_THREAD: 'true', DEMO_DIR: skipped.demoDir })
    expect(threaded.exitCode, threaded.stdout).toBe(0)
    expect(threaded.stdout).toContain('Subject: [octo-org/app] CI failing on main since #41')
    expect(threaded.stdout).toContain('Failing since run #41 (commit a1b2c3d): 2 failed runs in a row.')
    expect(threaded.stdout).toMatch(/^References: <streak-/m)
  })

  it('npm run verify logs in and sends nothing', async () => {
    const result = await npmRun('verify')
    demoDir = result.demoDir

    expect(result.exitCode, result.stdout).toBe(0)
    expect(result.stdout).toContain('Login accepted')
    expect(result.stdout).toContain('the server received 0 messages')
    expect(result.stdout).not.toContain('Subject:')
    expect(existsSync(join(result.demoDir, 'notification.html'))).toBe(false)
  })
})

describe('npm start with an account (NOTIFY_* variables)', () => {
  // The "real" server is a double here; the test CA stands in for the public ones.
  const account = (server: GmailDouble, password: string) => ({
    NOTIFY_SERVER: server.host,
    NOTIFY_PORT: String(server.port),
    NOTIFY_USERNAME: 'you@gmail.com',
    NOTIFY_PASSWORD: password,
    NOTIFY_TO: 'me@example.com',
    NODE_EXTRA_CA_CERTS: process.env.NODE_EXTRA_CA_CERTS
  })

  it('sends the sample notification through that server to NOTIFY_TO, with shell INPUT_* variables winning', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await npmRun('start', { ...account(double, 'abcdefghijklmnop'), INPUT_SUBJECT: 'Trying the App Password' })
    demoDir = result.demoDir

    expect(result.exitCode, result.stdout).toBe(0)
    expect(double.logins).toEqual([expect.objectContaining({ username: 'you@gmail.com', secret: 'abcdefghijklmnop', encrypted: true })])
    expect(double.messages.map((m) => m.rcptTo)).toEqual([['me@example.com']])
    expect((await simpleParser(double.messages[0].raw)).subject).toBe('Trying the App Password')
    expect(result.stdout).toContain('output accepted: me@example.com')
    // The runner shows a debug line as text, never as the command that carries it.
    expect(result.stdout).toContain("debug: Not asking the GitHub API for the run's jobs")
    expect(result.stdout).not.toContain('::debug::')
  })

  it('npm run verify reports a rejected App Password with auth-rejected and the steps to fix it', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), onAuth: () => BAD_CREDENTIALS })
    const result = await npmRun('verify', account(double, 'abcdefghijklmnop'))
    demoDir = result.demoDir

    expect(result.exitCode).toBe(1)
    expect(double.messages).toHaveLength(0)
    expect(result.stdout).toContain('535-5.7.8 Username and Password not accepted')
    expect(result.stdout).toContain('https://myaccount.google.com/apppasswords')
    expect(result.stdout).toContain('output error-code: auth-rejected')
    expect(result.stdout).not.toContain('abcdefghijklmnop')
  })
})
