import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '..')
let demoDir: string | undefined
afterEach(() => {
  if (demoDir) rmSync(demoDir, { recursive: true, force: true })
  demoDir = undefined
})

/** Runs an npm script as a person would, with no account configured. */
async function npmRun(script: string): Promise<{ exitCode: number | null; stdout: string; demoDir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'notify-demo-'))
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('INPUT_') && !name.startsWith('NOTIFY_') && name !== 'NODE_EXTRA_CA_CERTS')
  )
  const child = spawn('npm', ['run', '--silent', script], { cwd: root, env: { ...env, DEMO_DIR: dir }, stdio: ['ignore', 'pipe', 'pipe'] })
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
