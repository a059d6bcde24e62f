import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, RUNNER_ENV, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'

let double: GmailDouble | undefined
let api: ApiDouble | undefined
afterEach(async () => {
  await double?.close()
  await api?.close()
  double = undefined
  api = undefined
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
      {
        'notify.md':
          '# {{ workflow }} {{ outcome }}\n\nPull request [#{{ pr_number }}]({{ pr_url }}): {{ pr_title }}\n\n[Run {{ run_number }}]({{ run_url }}) on `{{ branch }}`\n'
      },
      PR_EVENT
    )
    const result = await runAgainst(
      double,
      { status: 'failure', 'body-file': 'notify.md', subject: '{{ repository }} {{ status }}: {{ pr_title }}' },
      { ...env, GITHUB_EVENT_NAME: 'pull_request' }
    )

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

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/9876543210/job/${id}`
const step = (name: string, conclusion: string | null) => ({ name, status: conclusion ? 'completed' : 'in_progress', conclusion })
const JOBS = [
  { id: 11, name: 'lint', html_url: jobUrl(11), status: 'completed', conclusion: 'success', steps: [step('Lint', 'success')] },
  {
    id: 12,
    name: 'test (ubuntu-latest, 24)',
    html_url: jobUrl(12),
    status: 'completed',
    conclusion: 'failure',
    steps: [step('Checkout', 'success'), step('Unit <tests>', 'failure'), step('Upload', 'skipped')]
  },
  { id: 13, name: 'deploy', html_url: jobUrl(13), status: 'completed', conclusion: 'cancelled', steps: [step('Push', 'cancelled')] },
  { id: 14, name: 'e2e', html_url: jobUrl(14), status: 'completed', conclusion: 'failure', steps: [step('Browser tests', 'failure')] },
  { id: 15, name: 'notify', html_url: jobUrl(15), status: 'in_progress', conclusion: null, steps: [step('Email', null)] }
]
const LOG_12 = [
  '2026-11-26T21:00:00.0000000Z ##[group]Run npm test',
  '2026-11-26T21:00:00.1000000Z ##[endgroup]',
  ...Array.from({ length: 30 }, (_, i) => `2026-11-26T21:00:01.0000000Z ok ${i + 1} - case ${i + 1}`),
  '2026-11-26T21:00:02.0000000Z not ok 31 - parses <script>alert(1)</script>',
  '2026-11-26T21:00:02.1000000Z ##[error]Process completed with exit code 1.',
  '2026-11-26T21:00:03.0000000Z Post job cleanup.'
].join('\n')
const LOG_14 = '2026-11-26T21:00:00.0000000Z Launching browser\n2026-11-26T21:00:01.0000000Z ##[error]Timed out waiting for page\n'

function apiEnv(url: string): NodeJS.ProcessEnv {
  return { ...RUNNER_ENV, GITHUB_API_URL: url }
}

describe('failed jobs and log excerpts from the REST API', () => {
  it('lists failed and cancelled jobs across pages, with failed steps, links and the log lines before the first error', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, pageSize: 2, logs: { 12: LOG_12, 14: LOG_14 } })
    const result = await runAgainst(double, { status: 'failure', 'github-token': TOKEN, 'log-lines': '5' }, apiEnv(api.url))

    expect(result.failed).toBeUndefined()
    expect(result.lines.filter((l) => l.kind === 'warning')).toEqual([])
    expect(result.secrets).toContain(TOKEN)
    // Three pages of jobs, then the two failed jobs' logs through the redirect.
    const apiPaths = api.requests.filter((r) => r.server === 'api').map((r) => r.path)
    expect(apiPaths.filter((p) => p.includes('/actions/runs/9876543210/attempts/1/jobs'))).toHaveLength(3)
    expect(apiPaths.filter((p) => /\/actions\/jobs\/\d+\/logs$/.test(p)).sort()).toEqual([
      '/api/v3/repos/octo-org/app/actions/jobs/12/logs',
      '/api/v3/repos/octo-org/app/actions/jobs/14/logs'
    ])
    expect(api.requests.filter((r) => r.server === 'api').every((r) => r.authorization === `token ${TOKEN}`)).toBe(true)
    const blobRequests = api.requests.filter((r) => r.server === 'blobs')
    expect(blobRequests).toHaveLength(2)
    // The log's other origin never sees the token.
    expect(blobRequests.every((r) => r.authorization === undefined)).toBe(true)

    const mail = await simpleParser(double.messages[0].raw)
    const html = String(mail.html)
    expect(html).toMatch(new RegExp(`<a href="${jobUrl(12)}"[^>]*>test \\(ubuntu-latest, 24\\)</a></strong> failed <span[^>]*>at step “Unit &#60;tests&#62;”`))
    expect(html).toMatch(new RegExp(`<a href="${jobUrl(14)}"[^>]*>e2e</a>`))
    expect(html).toMatch(new RegExp(`<a href="${jobUrl(13)}"[^>]*>deploy</a></strong> was cancelled`))
    expect(html).not.toContain(jobUrl(11))
    expect(html).not.toContain(jobUrl(15))
    // The excerpt: five lines ending with the first error, escaped, without timestamps.
    expect(html).toContain(
      'ok 28 - case 28\nok 29 - case 29\nok 30 - case 30\nnot ok 31 - parses &#60;script&#62;alert(1)&#60;/script&#62;\nError: Process completed with exit code 1.</pre>'
    )
    expect(html).not.toContain('ok 27 - case 27')
    expect(html).not.toContain('2026-11-26T')
    expect(html).not.toContain('<script>')
    expect(html).toContain('Launching browser\nError: Timed out waiting for page</pre>')
    // Failures before cancellations.
    expect(html.indexOf(jobUrl(12))).toBeLessThan(html.indexOf(jobUrl(13)))
    expect(html.indexOf(jobUrl(14))).toBeLessThan(html.indexOf(jobUrl(13)))

    expect(mail.text).toContain(`- test (ubuntu-latest, 24) failed at step “Unit <tests>”\n  ${jobUrl(12)}`)
    expect(mail.text).toContain('  | not ok 31 - parses <script>alert(1)</script>\n  | Error: Process completed with exit code 1.')
    expect(mail.text).toContain('- deploy was cancelled at step “Push”')
  })

  it('derives the outcome from the jobs when status is empty', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    const result = await runAgainst(double, { status: '', 'github-token': TOKEN }, apiEnv(api.url))

    expect(result.failed).toBeUndefined()
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(String(mail.html)).toContain('✖ Failed')
  })

  it('does not ask the API when the status is success, nor for logs when log-lines is 0', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    await runAgainst(double, { status: 'success', 'github-token': TOKEN }, apiEnv(api.url))
    expect(api.requests).toEqual([])

    await runAgainst(double, { status: 'failure', 'github-token': TOKEN, 'log-lines': '0' }, apiEnv(api.url))
    // The failed jobs' annotations are still read: they are not part of the logs.
    expect(api.requests.map((r) => r.path).filter((path) => !path.includes('/check-runs/'))).toEqual([
      '/api/v3/repos/octo-org/app/actions/runs/9876543210/attempts/1/jobs?per_page=100&page=1'
    ])
    const mail = await simpleParser(double.messages[1].raw)
    expect(String(mail.html)).toContain(jobUrl(12))
    expect(String(mail.html)).not.toContain('<pre')
  })

  it('still sends the email when the token may not read the run (403), with a warning naming actions: read', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ failWith: { status: 403, message: 'Resource not accessible by integration' } })
    const result = await runAgainst(double, { status: 'failure', 'github-token': TOKEN }, apiEnv(api.url))

    expect(result.failed).toBeUndefined()
    expect(double.messages).toHaveLength(1)
    const warnings = result.lines.filter((l) => l.kind === 'warning').map((l) => l.text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain('Left out the failed jobs and log excerpts')
    expect(warnings[0]).toContain('403 (Resource not accessible by integration)')
    expect(warnings[0]).toContain('permissions: actions: read')
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(String(mail.html)).not.toContain('Failed and cancelled jobs')
  })

  it('still sends the email when the API never answers, within the timeout, and says the outcome is unknown without status', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ silent: true })
    const result = await runAgainst(double, { status: '', 'github-token': TOKEN, timeout: '1' }, apiEnv(api.url))

    expect(result.failed).toBeUndefined()
    expect(api.requests.length).toBeGreaterThan(0)
    const warnings = result.lines.filter((l) => l.kind === 'warning').map((l) => l.text)
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`${api.url} did not answer within 1 s (input \`timeout\`)`)
    expect(warnings[0]).toContain('The outcome is unknown: set `status`')
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 finished on main')
  })

  it('still sends the email when the API cannot be reached', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble()
    const closedUrl = api.url
    await api.close()
    api = undefined
    const result = await runAgainst(double, { status: 'cancelled', 'github-token': TOKEN }, apiEnv(closedUrl))

    expect(result.failed).toBeUndefined()
    const warnings = result.lines.filter((l) => l.kind === 'warning').map((l) => l.text)
    expect(warnings[0]).toMatch(/could not reach http:\/\/127\.0\.0\.1:\d+\/api\/v3 \(.*ECONNREFUSED|connect/)
    expect(double.messages).toHaveLength(1)
  })
})

describe('a custom body in a delivered message', () => {
  const BODY = '# Nächtlicher Lauf {{ run_number }}: {{ status }}\n\nDiese Jobs sind fehlgeschlagen:\n\n{{ failed_jobs }}\n\n[Zum Lauf]({{ run_url }})\n'

  it('is the whole message, with the failed jobs from the API where {{ failed_jobs }} stands, in both parts', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    const env = workspace({ 'notify.md': BODY }, {})
    const result = await runAgainst(
      double,
      { status: 'failure', 'github-token': TOKEN, 'log-lines': '2', 'body-file': 'notify.md', subject: 'Lauf {{ run_number }}' },
      { ...env, GITHUB_API_URL: api.url }
    )

    expect(result.failed).toBeUndefined()
    const mail = await simpleParser(double.messages[0].raw)
    const html = String(mail.html)
    const text = String(mail.text)
    // No generated banner, heading or footer in either part.
    for (const generated of ['✖', 'Failed</div>', 'FAILED', 'CI #42 failed', 'View the run on GitHub', 'Run: ']) {
      expect(html).not.toContain(generated)
      expect(text).not.toContain(generated)
    }
    expect(html).toContain('<title>Lauf 42</title>')
    // The failed jobs, once, between the body's own paragraphs.
    expect(html.split('Failed and cancelled jobs')).toHaveLength(2)
    expect(html).toMatch(
      new RegExp(
        `<p>Diese Jobs sind fehlgeschlagen:</p>\n<h2[^>]*>Failed and cancelled jobs</h2><ul[^>]*><li[^>]*><strong><a href="${jobUrl(12)}"[^>]*>test \\(ubuntu-latest, 24\\)</a></strong> failed`
      )
    )
    expect(html).toContain('not ok 31 - parses &#60;script&#62;alert(1)&#60;/script&#62;\nError: Process completed with exit code 1.</pre>')
    expect(html.indexOf(jobUrl(13))).toBeLessThan(html.indexOf('Zum Lauf</a>'))
    expect(html).not.toContain('<script>')
    expect(text).toBe(
      [
        '# Nächtlicher Lauf 42: failure',
        '',
        'Diese Jobs sind fehlgeschlagen:',
        '',
        'Failed and cancelled jobs:',
        `- test (ubuntu-latest, 24) failed at step “Unit <tests>”`,
        `  ${jobUrl(12)}`,
        '',
        '  | not ok 31 - parses <script>alert(1)</script>',
        '  | Error: Process completed with exit code 1.',
        '',
        `- e2e failed at step “Browser tests”`,
        `  ${jobUrl(14)}`,
        '',
        '  | Launching browser',
        '  | Error: Timed out waiting for page',
        '',
        `- deploy was cancelled at step “Push”`,
        `  ${jobUrl(13)}`,
        '',
        '[Zum Lauf](https://github.com/octo-org/app/actions/runs/9876543210)',
        ''
      ].join('\n')
    )
  })

  it('without {{ failed_jobs }}, still gets the failed jobs after it, and no banner or footer', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    const result = await runAgainst(double, { status: 'failure', 'github-token': TOKEN, body: 'Der Nachtlauf ist fehlgeschlagen.' }, apiEnv(api.url))

    expect(result.failed).toBeUndefined()
    const mail = await simpleParser(double.messages[0].raw)
    expect(String(mail.text)).toMatch(/^Der Nachtlauf ist fehlgeschlagen\.\n\nFailed and cancelled jobs:\n- test \(ubuntu-latest, 24\) failed/)
    expect(String(mail.text)).not.toContain('Run: ')
    const html = String(mail.html)
    expect(html.indexOf('Der Nachtlauf ist fehlgeschlagen.')).toBeLessThan(html.indexOf('Failed and cancelled jobs'))
    expect(html).toContain(jobUrl(12))
    expect(html).not.toContain('View the run on GitHub')
    expect(html).not.toContain('✖')
  })

  it('fails before connecting when the subject uses {{ failed_jobs }}', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { subject: 'CI: {{ failed_jobs }}' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('Input `subject`: uses {{ failed_jobs }}, a section of the message that only a body can hold')
    expect(double.connections).toBe(0)
  })
})

describe('the built action with the REST API', () => {
  it('loads the API client on demand from its own chunk, lists the failed job and masks the token', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    const result = await runBuiltAction(
      {
        server: double.host,
        port: String(double.port),
        secure: 'true',
        username: USERNAME,
        password: APP_PASSWORD,
        to: 'team@example.com',
        status: 'failure',
        timeout: '5',
        'github-token': TOKEN
      },
      { env: testStepEnv({ GITHUB_API_URL: api.url }), event: {} }
    )

    expect(result.stdout).not.toContain('::warning')
    expect(result.exitCode).toBe(0)
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`)
    const mail = await simpleParser(double.messages[0].raw)
    expect(String(mail.html)).toContain(jobUrl(12))
    expect(String(mail.html)).toContain('Error: Process completed with exit code 1.</pre>')
  })
})

describe('attachments', () => {
  function filesEnv(): NodeJS.ProcessEnv {
    const env = workspace({ 'report.txt': 'all green\n', 'notes.md': '# notes\n' }, {})
    const dir = env.GITHUB_WORKSPACE!
    mkdirSync(join(dir, 'coverage', 'html'), { recursive: true })
    writeFileSync(join(dir, 'coverage', 'summary.json'), '{"lines": 91.5}')
    writeFileSync(join(dir, 'coverage', 'html', 'index.html'), '<p>coverage</p>')
    writeFileSync(join(dir, 'coverage', 'html', 'skip.css'), 'p{}')
    mkdirSync(join(dir, 'other'))
    writeFileSync(join(dir, 'other', 'report.txt'), 'second report')
    return env
  }

  it('attaches the files matched by the globs, relative to the workspace, with exclusions and directories', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const env = filesEnv()
    const result = await runAgainst(double, { status: 'success', attachments: 'report.txt\ncoverage/*.json\ncoverage/html\n!**/*.css\nother/report.txt' }, env)

    expect(result.failed).toBeUndefined()
    expect(result.lines.filter((l) => l.kind === 'warning')).toEqual([])
    const mail = await simpleParser(double.messages[0].raw)
    const attached = Object.fromEntries(mail.attachments.map((a) => [a.filename, a.content.toString()]))
    expect(attached).toEqual({
      'report.txt': 'all green\n',
      'summary.json': '{"lines": 91.5}',
      'index.html': '<p>coverage</p>',
      'other_report.txt': 'second report'
    })
    // Attachments do not replace the body parts.
    expect(mail.text).toContain('SUCCEEDED')
    expect(String(mail.html)).toContain('✔ Succeeded')
  })

  it.each([
    ['warn', 1, true],
    ['ignore', 0, true],
    ['error', 0, false]
  ] as const)('with if-no-files-found: %s, a pattern matching nothing gives %i warnings, sent: %s', async (mode, warnings, sent) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { status: 'success', attachments: 'report.txt\nbuild/*.log', 'if-no-files-found': mode }, filesEnv())

    const shown = result.lines.filter((l) => l.kind === 'warning').map((l) => l.text)
    expect(shown).toHaveLength(warnings)
    if (warnings) expect(shown[0]).toContain('`build/*.log`')
    expect(double.messages).toHaveLength(sent ? 1 : 0)
    if (!sent) {
      expect(result.outputs['error-code']).toBe('invalid-input')
      expect(result.failed).toContain('Input `attachments`: no file matches `build/*.log`')
      expect(double.connections).toBe(0)
    }
  })

  it('fails before connecting when the attachments exceed 25 MB, suggesting an artifact', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const env = workspace({}, {})
    writeFileSync(join(env.GITHUB_WORKSPACE!, 'a.bin'), Buffer.alloc(14 * 1024 * 1024))
    writeFileSync(join(env.GITHUB_WORKSPACE!, 'b.bin'), Buffer.alloc(12 * 1024 * 1024))
    const result = await runAgainst(double, { status: 'failure', attachments: '*.bin' }, env)

    expect(result.outputs['error-code']).toBe('message-too-large')
    expect(result.failed).toContain('The attachments total 26.0 MB, over the 25 MB Gmail accepts in one message')
    expect(result.failed).toContain('actions/upload-artifact')
    expect(result.failed).toContain('a.bin (14.0 MB)')
    expect(double.connections).toBe(0)
  })
})

describe('dry-run', () => {
  it('composes everything, opens no connection, and writes the .eml file and the summary', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    api = await startApiDouble({ jobs: JOBS, logs: { 12: LOG_12, 14: LOG_14 } })
    const env: NodeJS.ProcessEnv = { ...workspace({ 'report.txt': 'all green\n' }, PR_EVENT), GITHUB_API_URL: api.url, GITHUB_EVENT_NAME: 'pull_request' }
    env.RUNNER_TEMP = env.GITHUB_WORKSPACE
    const result = await runAgainst(
      double,
      {
        'dry-run': 'true',
        password: '',
        status: 'failure',
        'github-token': TOKEN,
        cc: 'Lead <lead@example.com>',
        bcc: 'audit@example.com',
        attachments: 'report.txt',
        subject: '{{ pr_title }} {{ outcome }}'
      },
      env
    )

    expect(result.failed).toBeUndefined()
    expect(double.connections).toBe(0)
    const emlPath = result.outputs['eml-path']
    expect(emlPath).toMatch(/email-preview-.*\/notification\.eml$/)
    expect(emlPath.startsWith(env.RUNNER_TEMP!)).toBe(true)
    const mail = await simpleParser(readFileSync(emlPath))
    expect(mail.messageId).toBe(result.outputs['message-id'])
    expect(mail.subject).toBe('Make <b>it</b> [faster](https://evil.example) failed')
    expect(mail.to).toMatchObject({ value: [{ address: 'team@example.com' }] })
    expect(String(mail.html)).toContain(jobUrl(12))
    expect(mail.attachments.map((a) => a.filename)).toEqual(['report.txt'])

    // The summary shows who would get what, with the rendered body, and event text stays text.
    expect(result.summary).toContain('nothing was sent (`dry-run`)')
    expect(result.summary).toContain('| Subject | Make \\<b\\>it\\<\\/b\\> \\[faster\\]\\(https\\:\\/\\/evil\\.example\\) failed |')
    expect(result.summary).toContain('| Cc | Lead \\<lead\\@example\\.com\\> |')
    expect(result.summary).toContain('| Bcc | audit\\@example\\.com |')
    expect(result.summary).toContain('report\\.txt (1 KB)')
    expect(result.summary).toContain(emlPath)
    expect(result.summary).toContain('Failed and cancelled jobs')
    expect(result.summary).toContain('Make &#60;b&#62;it&#60;/b&#62;')
    expect(result.summary).not.toContain('<b>it</b>')
  })

  it('dry-run: an unwritable preview folder fails with what to fix, not as a failed send', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { 'dry-run': 'true', password: '' }, { ...RUNNER_ENV, RUNNER_TEMP: '/nonexistent/runner-temp' })

    expect(result.outputs['error-code']).toBe('unknown')
    expect(result.failed).toContain('Could not write the dry-run preview in /nonexistent/runner-temp')
    expect(result.failed).toContain('RUNNER_TEMP')
    expect(result.failed).not.toContain('Sending through')
    expect(double.connections).toBe(0)
  })

  it('refuses dry-run together with verify-only', async () => {
    const result = await runAgainst(undefined, { 'dry-run': 'true', 'verify-only': 'true' })
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('Input `dry-run`')
  })
})
