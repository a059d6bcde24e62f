import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { checkAttachmentSize, findAttachments, readAttachments } from '../src/files.ts'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { findLeaks } from './support/leaks.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

const TOKEN = 'ghs_files0123456789abcdefghijklmnopqrstuv'

/**
 * A runner's layout, as an attacker's pull request could shape it: the checked-out workspace,
 * RUNNER_TEMP beside it, and a folder outside both holding what must never be mailed.
 */
function layout() {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'notify-files-')))
  const dirs = { root, workspace: join(root, 'workspace'), temp: join(root, 'temp'), outside: join(root, 'outside') }
  for (const dir of [dirs.workspace, dirs.temp, dirs.outside]) mkdirSync(dir)
  writeFileSync(join(dirs.outside, 'secret.txt'), 'OUTSIDE-SECRET-5b1e\n')
  return dirs
}

type Layout = ReturnType<typeof layout>

function write(dir: string, name: string, content: string | Buffer): string {
  const path = join(dir, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, content)
  return path
}

function link(dir: string, name: string, target: string): void {
  mkdirSync(join(dir, name, '..'), { recursive: true })
  symlinkSync(target, join(dir, name))
}

function fifo(dir: string, name: string): string {
  const path = join(dir, name)
  execFileSync('mkfifo', [path])
  return path
}

/** Runs dist/index.js as the runner does, with the layout's workspace and RUNNER_TEMP, and the secrets as inputs. */
async function run(dirs: Layout, inputs: Record<string, string>): Promise<RunnerResult & { failure: string }> {
  double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
  const result = await runBuiltAction(
    {
      server: 'localhost',
      port: String(double.port),
      secure: 'true',
      username: USERNAME,
      password: APP_PASSWORD,
      'github-token': TOKEN,
      to: 'team@example.com',
      status: 'success',
      timeout: '5',
      ...inputs
    },
    { env: testStepEnv({ GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp }), event: {} }
  )
  const failure = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::error::'))
    .join('\n')
  return { ...result, failure }
}

/** The step failed before connecting with invalid-input for `input`, and nothing secret went anywhere. */
function expectRefused(result: RunnerResult & { failure: string }, input: string, ...named: string[]) {
  expect(result.exitCode).toBe(1)
  expect(result.outputs['error-code']).toBe('invalid-input')
  expect(result.failure).toContain(`Input \`${input}\`: `)
  for (const text of named) expect(result.failure).toContain(text)
  expect(result.failure).toContain('How to fix: ')
  expect(double!.connections).toBe(0)
  expect(double!.messages).toEqual([])
  // The ::add-mask:: lines hand the secrets to the runner; anything else is what a reader sees.
  const shownLines = result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::'))
  const printed = [...shownLines, result.summary, ...Object.values(result.outputs)].join('\n')
  expect(findLeaks(printed, [APP_PASSWORD, TOKEN])).toEqual([])
  expect(printed).not.toContain('OUTSIDE-SECRET')
}

describe('attachments: only regular files inside the workspace or RUNNER_TEMP', () => {
  it('a committed symlink to /proc/self/environ, matched by an innocent pattern, fails before connecting and mails nothing', async () => {
    const dirs = layout()
    write(dirs.workspace, 'test-results/unit.xml', '<testsuite/>')
    link(dirs.workspace, 'test-results/zz.xml', '/proc/self/environ')
    const result = await run(dirs, { attachments: 'test-results/*.xml', 'if-no-files-found': 'ignore' })

    expectRefused(result, 'attachments', 'test-results/zz.xml is a symbolic link to /proc/', 'outside the workspace', 'test-results/*.xml')
    expect(result.stdout).not.toContain('INPUT_PASSWORD')
    expect(result.summary).toContain('invalid-input')
    // A link is how a change can make the step mail a secret: the fix says so.
    expect(result.failure).toContain('if this link came with a change you did not write, do not run it with secrets')
  })

  it.each([
    ['an absolute path outside', '/etc/passwd', '/etc/passwd is outside the workspace'],
    ['a ../ path', '../outside/secret.txt', '/outside/secret.txt is outside the workspace'],
    ['a ../ pattern', '../outside/*.txt', '/outside is outside the workspace']
  ])('%s (%s) fails before connecting, naming the path', async (_case, pattern, named) => {
    const dirs = layout()
    write(dirs.workspace, 'report.txt', 'all green\n')
    const result = await run(dirs, { attachments: `report.txt\n${pattern}` })

    expectRefused(result, 'attachments', named, `RUNNER_TEMP (${dirs.temp})`)
    // No link was followed: no warning about links.
    expect(result.failure).toContain('Files are read only from inside the workspace or RUNNER_TEMP')
    expect(result.failure).not.toContain('do not run it with secrets')
  })

  it.each([['results/*.txt'], ['**/*.txt'], ['results']])(
    'a symlinked folder pointing outside, reached by %s, fails naming the link and its target',
    async (pattern) => {
      const dirs = layout()
      write(dirs.workspace, 'report.txt', 'all green\n')
      link(dirs.workspace, 'results', dirs.outside)
      const result = await run(dirs, { attachments: pattern })

      expectRefused(result, 'attachments', `results is a symbolic link to ${dirs.outside}`)
    }
  )

  it('a symlink to / under a pattern with ** fails at the link, without walking the file system', async () => {
    const dirs = layout()
    write(dirs.workspace, 'test-results/unit.xml', '<testsuite/>')
    link(dirs.workspace, 'test-results/all', '/')
    const result = await run(dirs, { attachments: 'test-results/**' })

    expectRefused(result, 'attachments', 'test-results/all is a symbolic link to /, outside the workspace')
  })

  it('a FIFO matched by a wildcard is named, not skipped as "no file matches"', { timeout: 15_000 }, async () => {
    const dirs = layout()
    fifo(dirs.workspace, 'results.xml')
    const result = await run(dirs, { attachments: '*.xml', 'if-no-files-found': 'ignore' })

    expectRefused(result, 'attachments', 'results.xml is a FIFO (named pipe), not a regular file')
  })

  it('a FIFO reached through a symlink fails at once instead of hanging the step', { timeout: 15_000 }, async () => {
    const dirs = layout()
    fifo(dirs.workspace, 'pipe')
    link(dirs.workspace, 'logs/build.log', '../pipe')
    const result = await run(dirs, { attachments: 'logs/*.log' })

    expectRefused(result, 'attachments', 'logs/build.log is a symbolic link to', 'is a FIFO (named pipe), not a regular file')
  })

  it('a symlink to /dev/zero fails at once instead of filling memory', { timeout: 15_000 }, async () => {
    const dirs = layout()
    link(dirs.workspace, 'dump.bin', '/dev/zero')
    const result = await run(dirs, { attachments: '*.bin' })

    expectRefused(result, 'attachments', 'dump.bin is a symbolic link to /dev/zero', 'outside the workspace')
  })

  it('a symlink inside the workspace and a file in RUNNER_TEMP, by absolute path, are attached', async () => {
    const dirs = layout()
    write(dirs.workspace, 'reports/run-7.xml', '<testsuite tests="7"/>')
    link(dirs.workspace, 'test-results/latest.xml', '../reports/run-7.xml')
    write(dirs.temp, 'coverage.txt', '91.5%\n')
    const result = await run(dirs, { attachments: `test-results/*.xml\n${join(dirs.temp, 'coverage.txt')}`, 'if-no-files-found': 'error' })

    expect(result.exitCode).toBe(0)
    const mail = await simpleParser(double!.messages[0].raw)
    const attached = Object.fromEntries(mail.attachments.map((a) => [a.filename, a.content.toString()]))
    expect(attached).toEqual({ 'latest.xml': '<testsuite tests="7"/>', 'coverage.txt': '91.5%\n' })
  })
})

describe('body-file: a regular UTF-8 text file inside the workspace or RUNNER_TEMP, at most 1 MB', () => {
  it('a symlink pointing outside fails before connecting, naming the link and its target', async () => {
    const dirs = layout()
    link(dirs.workspace, '.github/notify.md', join(dirs.outside, 'secret.txt'))
    const result = await run(dirs, { 'body-file': '.github/notify.md' })

    expectRefused(result, 'body-file', `.github/notify.md is a symbolic link to ${join(dirs.outside, 'secret.txt')}`, 'outside the workspace')
  })

  it('a FIFO fails at once instead of hanging the step', { timeout: 15_000 }, async () => {
    const dirs = layout()
    fifo(dirs.workspace, 'notify.md')
    const result = await run(dirs, { 'body-file': 'notify.md' })

    expectRefused(result, 'body-file', 'notify.md is a FIFO (named pipe), not a regular file')
  })

  it('a file over 1 MB fails before connecting', async () => {
    const dirs = layout()
    write(dirs.workspace, 'notify.md', `# Build\n\n${'all green '.repeat(110_000)}\n`)
    const result = await run(dirs, { 'body-file': 'notify.md' })

    expectRefused(result, 'body-file', 'notify.md is larger than 1 MB')
  })

  it('a binary file fails before connecting', async () => {
    const dirs = layout()
    write(dirs.workspace, 'notify.md', Buffer.from([0x23, 0x20, 0x48, 0x69, 0x00, 0x01, 0x02, 0x0a]))
    const result = await run(dirs, { 'body-file': 'notify.md' })

    expectRefused(result, 'body-file', 'notify.md is not UTF-8 text')
  })

  it('a symlink inside the workspace and a file in RUNNER_TEMP are read', async () => {
    const dirs = layout()
    write(dirs.workspace, 'docs/notify.md', '# Linked body {{ run_number }}\n')
    link(dirs.workspace, '.github/notify.md', '../docs/notify.md')
    const linked = await run(dirs, { 'body-file': '.github/notify.md' })
    expect(linked.exitCode).toBe(0)
    expect((await simpleParser(double!.messages[0].raw)).text).toContain('Linked body 42')
    await double!.close()

    write(dirs.temp, 'body.md', '# Generated body\n')
    const inTemp = await run(dirs, { 'body-file': join(dirs.temp, 'body.md') })
    expect(inTemp.exitCode).toBe(0)
    expect((await simpleParser(double!.messages[0].raw)).text).toContain('Generated body')
  })
})

describe('reads are capped by the bytes read, not by the size the file system reports', () => {
  it('a file holding more than its reported size stops at 25 MB with message-too-large', async () => {
    const dirs = layout()
    write(dirs.workspace, 'dump.bin', Buffer.alloc(26 * 1024 * 1024, 1))
    const env = { GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp }
    const found = await findAttachments(['*.bin'], env)
    // What stat says of /proc files and devices.
    found.files[0].size = 0
    checkAttachmentSize(found.files, 1000)

    const reading = readAttachments(found.files, 1000)
    await expect(reading).rejects.toMatchObject({
      diagnosis: { code: 'message-too-large', title: expect.stringContaining('dump.bin held more than the file system reported') }
    })
  })
})
