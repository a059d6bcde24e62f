import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { inputsFor, tlsFiles } from './support/action.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'

// {{ failed_jobs }} and {{ failed_tests }} in a custom body, as the person running the
// workflow meets them: through the built action, its log, its outputs and the mail.

let double: GmailDouble | undefined
let api: ApiDouble | undefined
const workspaces: string[] = []
afterEach(async () => {
  await double?.close()
  await api?.close()
  double = undefined
  api = undefined
  for (const dir of workspaces.splice(0)) rmSync(dir, { recursive: true, force: true })
})

/** A workspace holding `files`, for `body-file`. */
function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'notify-sections-'))
  workspaces.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/9876543210/job/${id}`
const FRAME = '    at Object.<anonymous> (/home/runner/work/app/app/src/very/long/path/to/the/module/under/test.test.ts:12:34)'
const JOBS = [
  {
    id: 12,
    name: 'test',
    html_url: jobUrl(12),
    status: 'completed',
    conclusion: 'failure',
    steps: [{ name: 'Unit tests', status: 'completed', conclusion: 'failure' }]
  }
]
const LOG_12 = [
  '2026-11-26T21:00:00.0000000Z AssertionError: expected 1 to be 2',
  `2026-11-26T21:00:00.1000000Z ${FRAME}`,
  '2026-11-26T21:00:00.2000000Z ##[error]Process completed with exit code 1.'
].join('\n')

describe('a section placeholder where its heading and list cannot go', () => {
  it('fails the step before connecting, naming body-file, its path, the line and the fix', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const dir = workspace({ 'notify.md': '# Nightly {{ outcome }}\n\n## {{ failed_jobs }}\n' })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', 'body-file': 'notify.md' }), {
      env: testStepEnv({ GITHUB_WORKSPACE: dir }),
      event: {}
    })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.stdout).toContain(
      '::error::Input `body-file`: line 3 of notify.md: {{ failed_jobs }} is in a heading, and a section of the message (a heading and a list) cannot go there'
    )
    expect(result.stdout).toContain('Put {{ failed_jobs }} on a line of its own in `body-file`, with a blank line before and after it')
    expect(double.connections).toBe(0)
  })

  it('says so in Korean with language: ko, for a body that puts {{ failed_tests }} in a sentence', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', language: 'ko', body: 'Tests:\nFailed: {{ failed_tests }}' }), {
      env: testStepEnv(),
      event: {}
    })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.stdout).toContain('입력 `body`: 2번째 줄: {{ failed_tests }}이(가) 줄에 혼자 있지 않습니다.')
    expect(double.connections).toBe(0)
  })

  it('counts the lines of `body` as written, blank lines at its start included (the runner does not trim it here)', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', body: '\n\nIntro\n\n# {{ failed_jobs }}\n' }), { env: testStepEnv(), event: {} })

    expect(result.exitCode).toBe(1)
    expect(result.stdout).toContain('::error::Input `body`: line 5: {{ failed_jobs }} is in a heading')
    expect(double.connections).toBe(0)
  })

  it('sends a body that starts with blank lines without them in the text part', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(double, { status: 'failure', body: '\n\n    indented code\n\nEnd\n' }), { env: testStepEnv(), event: {} })

    expect(result.exitCode, result.stdout).toBe(0)
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.text).toBe('    indented code\n\nEnd\n')
    // Not trimmed, the first line keeps its indent: Markdown reads it as code, as written.
    expect(mail.html).toContain('<pre')
  })
})

describe('a section placeholder in a quote', () => {
  it('is the section in the HTML part and the same text under the quote marks in the text part; its log lines stay whole', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12 } })
    const result = await runBuiltAction(
      inputsFor(double, { status: 'failure', 'github-token': TOKEN, body: 'Nightly broke:\n\n> {{ failed_jobs }}\n\nSorry.' }),
      { env: testStepEnv({ GITHUB_API_URL: api.url }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('::warning')
    const mail = await simpleParser(double.messages[0].raw)
    expect(String(mail.text)).toBe(
      [
        'Nightly broke:',
        '',
        '> Failed and cancelled jobs:',
        '> - test failed at step “Unit tests”',
        `>   ${jobUrl(12)}`,
        '>',
        '>   | AssertionError: expected 1 to be 2',
        `>   | ${FRAME}`,
        '>   | Error: Process completed with exit code 1.',
        '',
        'Sorry.',
        ''
      ].join('\n')
    )
    const html = String(mail.html)
    expect(html).toMatch(/<blockquote[^>]*>\n<h2[^>]*>Failed and cancelled jobs<\/h2>/)
    const pre = /<pre style="([^"]*)">([^<]*)<\/pre>/.exec(html)
    expect(pre?.[1]).toMatch(/(^|;)white-space:pre;overflow:auto$/)
    expect(pre?.[2].split('\n')).toContain(FRAME.replace('<', '&#60;').replace('>', '&#62;'))
  })
})

describe('a section placeholder that can never be filled', () => {
  it('warns that {{ failed_tests }} needs test-reports and {{ failed_jobs }} needs github-token, and the run goes on', async () => {
    const runnerTemp = workspace({})
    const result = await runBuiltAction(
      inputsFor(undefined, {
        'dry-run': 'true',
        password: '',
        status: 'failure',
        'github-token': '',
        body: 'Nightly:\n\n{{ failed_jobs }}\n\n{{ failed_tests }}'
      }),
      { env: testStepEnv({ RUNNER_TEMP: runnerTemp }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs['eml-path']).toBeTruthy()
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      '::warning::{{ failed_jobs }} in `body` can never list a job: `github-token` is empty, so the GitHub API is never asked for the failed jobs. ' +
        'Set `github-token` (its default, `${{ github.token }}`, with `actions: read`), or take {{ failed_jobs }} out of `body`.',
      '::warning::{{ failed_tests }} in `body` has nothing to show: `test-reports` is empty, so no test report is read. ' +
        'Set `test-reports` to the JUnit XML reports of the tests (one glob pattern a line), or take {{ failed_tests }} out of `body`.'
    ])
  })

  it('warns in Korean with language: ko, naming body-file and the subject that use {{ test_counts }}', async () => {
    const runnerTemp = workspace({})
    const dir = workspace({ 'notify.md': '# {{ test_counts }}\n' })
    const result = await runBuiltAction(
      inputsFor(undefined, { 'dry-run': 'true', password: '', language: 'ko', subject: '{{ workflow }}: {{ test_counts }}', 'body-file': 'notify.md' }),
      { env: testStepEnv({ RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: dir }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
    expect(warnings).toEqual([
      '::warning::`subject`, `body-file`의 {{ test_counts }}에는 보여 줄 것이 없습니다: `test-reports`가 비어 있어 테스트 보고서를 읽지 않습니다. ' +
        '`test-reports`에 테스트의 JUnit XML 보고서를 지정하거나(한 줄에 glob 패턴 하나) `subject`, `body-file`에서 {{ test_counts }}을(를) 빼세요.'
    ])
  })
})
