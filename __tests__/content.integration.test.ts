import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { RUNNER_ENV, runAgainst, tlsFiles } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

/** A workspace directory and event file, as a runner lays them out. */
function workspace(files: Record<string, string>, event: unknown): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'notify-workspace-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  const eventPath = join(dir, '..', `${dir.split('/').pop()}-event.json`)
  writeFileSync(eventPath, JSON.stringify(event))
  return { ...RUNNER_ENV, GITHUB_WORKSPACE: dir, GITHUB_EVENT_PATH: eventPath }
}

const PR_EVENT = {
  pull_request: {
    number: 12,
    title: 'Make <b>it</b> [faster](https://evil.example)',
    html_url: 'https://github.com/octo-org/app/pull/12',
    head: { ref: 'speed', sha: 'abcdef0123456789' },
    base: { ref: 'main' }
  }
}

describe('templates in a delivered message', () => {
  it('renders body-file with placeholders: links work, event text stays text in both parts', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const env = workspace(
      { 'notify.md': '# {{ workflow }} {{ outcome }}\n\nPull request [#{{ pr_number }}]({{ pr_url }}): {{ pr_title }}\n\n[Run {{ run_number }}]({{ run_url }}) on `{{ branch }}`\n' },
      PR_EVENT
    )
    const result = await runAgainst(double, { status: 'failure', 'body-file': 'notify.md', subject: '{{ repository }} {{ status }}: {{ pr_title }}' }, { ...env, GITHUB_EVENT_NAME: 'pull_request' })

    expect(result.failed).toBeUndefined()
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('octo-org/app failure: Make <b>it</b> [faster](https://evil.example)')
    const html = String(mail.html)
    expect(html).toContain('<h1>CI failed</h1>')
    expect(html).toMatch(/<a href="https:\/\/github.com\/octo-org\/app\/pull\/12"[^>]*>#12<\/a>/)
    expect(html).toMatch(/<a href="https:\/\/github.com\/octo-org\/app\/actions\/runs\/9876543210"[^>]*>Run 42<\/a>/)
    expect(html).toContain('Make &lt;b&gt;it&lt;/b&gt; [faster](https://evil.example)')
    expect(html).not.toContain('href="https://evil.example')
    expect(html).not.toContain('<b>it</b>')
    expect(mail.text).toContain('Pull request [#12](https://github.com/octo-org/app/pull/12): Make <b>it</b> [faster](https://evil.example)')
    expect(mail.text).toContain('on `speed`')
  })

  it('fails before connecting, naming the input and the known placeholders, for an unknown placeholder in body-file', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const env = workspace({ 'notify.md': 'Build {{ build_url }}' }, {})
    const result = await runAgainst(double, { 'body-file': 'notify.md' }, env)

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('Input `body-file`: unknown placeholder {{ build_url }}')
    expect(result.failed).toContain('run_url')
    expect(double.connections).toBe(0)
  })

  it('fails before connecting when body-file does not exist, with the path it tried', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const env = workspace({}, {})
    const result = await runAgainst(double, { 'body-file': 'docs/missing.md' }, env)

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain(`${env.GITHUB_WORKSPACE}/docs/missing.md (no such file)`)
    expect(result.failed).toContain('actions/checkout')
    expect(double.connections).toBe(0)
  })
})
