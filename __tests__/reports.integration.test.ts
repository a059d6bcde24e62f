import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser, type ParsedMail } from 'mailparser'
import { escapeHtml } from '../src/compose.ts'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiAnnotation } from '../src/jobs.ts'
import { APP_PASSWORD, inputsFor, RUNNER_ENV, tlsFiles, USERNAME } from './support/action.ts'
import { startApiDouble, type ApiDouble, type ApiDoubleOptions } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { findLeaks } from './support/leaks.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

let double: GmailDouble | undefined
let api: ApiDouble | undefined
afterEach(async () => {
  await double?.close()
  await api?.close()
  double = undefined
  api = undefined
})

const TOKEN = 'ghs_reports0123456789abcdefghijklmnopqrstu'
const FIXTURES = join(import.meta.dirname, 'fixtures', 'junit')

/** A runner's workspace and RUNNER_TEMP, with `files` written into the workspace. */
function layout(files: Record<string, string | Buffer> = {}) {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'notify-reports-')))
  const dirs = { workspace: join(root, 'workspace'), temp: join(root, 'temp'), outside: join(root, 'outside') }
  for (const dir of Object.values(dirs)) mkdirSync(dir)
  writeFileSync(join(dirs.outside, 'secret.txt'), 'OUTSIDE-SECRET-77c2\n')
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dirs.workspace, name, '..'), { recursive: true })
    writeFileSync(join(dirs.workspace, name), content)
  }
  return dirs
}

/** Copies fixtures into a folder of the workspace (or anywhere). */
function copyFixtures(dir: string, names: string[]) {
  mkdirSync(dir, { recursive: true })
  for (const name of names) copyFileSync(join(FIXTURES, name), join(dir, name))
}

interface Run extends RunnerResult {
  warnings: string[]
  infos: string[]
  failure: string
  mail?: ParsedMail
  html: string
  text: string
}

/** Runs dist/index.js as the runner does, against the Gmail double and, when started, the API double. */
async function run(dirs: ReturnType<typeof layout>, inputs: Record<string, string>, event: unknown = {}, env: NodeJS.ProcessEnv = {}): Promise<Run> {
  double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
  const result = await runBuiltAction(inputsFor(double, { status: 'failure', timeout: '10', 'github-token': api ? TOKEN : '', ...inputs }), {
    env: testStepEnv({ GITHUB_WORKSPACE: dirs.workspace, RUNNER_TEMP: dirs.temp, ...(api ? { GITHUB_API_URL: api.url } : {}), ...env }),
    event
  })
  const lines = result.stdout.split('\n')
  const mail = double.messages[0] && (await simpleParser(double.messages[0].raw))
  return {
    ...result,
    warnings: lines.filter((line) => line.startsWith('::warning::')).map((line) => line.slice('::warning::'.length)),
    infos: lines.filter((line) => !line.startsWith('::')),
    failure: lines.filter((line) => line.startsWith('::error::')).join('\n'),
    mail,
    html: String(mail?.html ?? ''),
    text: mail?.text ?? ''
  }
}

/** The HTML part with the markup taken out, to read like the mail client shows it. */
const shownText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(Number(code)))
    .replace(/\s+/g, ' ')

describe('test-reports: the failed tests of each tool, in the delivered message', () => {
  it.each([
    [
      'surefire.xml',
      '5 tests: 2 passed, 1 failed, 1 errored, 1 skipped',
      'appliesEarlyPaymentDiscount',
      'org.opentest4j.AssertionFailedError: expected: <95.00> but was: <100.00>'
    ],
    ['gradle.xml', '6 tests: 2 passed, 2 failed, 2 skipped', 'rejectsMissingCustomer()', 'java.lang.NullPointerException: Cannot invoke'],
    ['pytest-xunit1.xml', '8 tests: 2 passed, 3 failed, 1 errored, 2 skipped', 'test_quantity_positive[0]', 'AssertionError: quantity must be positive'],
    ['pytest-xunit2.xml', '8 tests: 2 passed, 3 failed, 1 errored, 2 skipped', 'test_total_with_expired_code', 'AssertionError: assert 100 == 90'],
    [
      'jest-junit.xml',
      '6 tests: 2 passed, 2 failed, 1 errored, 1 skipped',
      'cart addItem keeps quantity',
      'Error: expect(received).toBe(expected) // Object.is equality'
    ],
    [
      'vitest.xml',
      '7 tests: 1 passed, 3 failed, 3 skipped',
      'priceWithVat > rounds to cents',
      'AssertionError: expected 21.39 to be 21.38 // Object.is equality'
    ],
    ['go-junit-report-v1.xml', '8 tests: 2 passed, 5 failed, 1 skipped', 'TestTotal/with_discount', 'cart_test.go:41: Total() = 100.00, want 95.00'],
    ['go-junit-report-v2.xml', '9 tests: 3 passed, 3 failed, 2 errored, 1 skipped', '[build failed]', 'payment/refund_test.go:23:9: undefined: issueRefund'],
    [
      'phpunit.xml',
      '7 tests: 2 passed, 1 failed, 1 errored, 3 skipped',
      'testSumsLines with data set "two lines"',
      'Failed asserting that 15.5 is identical to 16.0.'
    ],
    ['phpunit9.xml', '6 tests: 1 passed, 1 failed, 1 errored, 3 skipped', 'testRejectsUnknownCurrency', 'DomainException: No rate for currency XYZ']
  ])('%s: the counts and each failed test with its message, in both parts', async (fixture, counts, name, message) => {
    const dirs = layout()
    copyFixtures(join(dirs.workspace, 'build', 'test-results'), [fixture])
    const result = await run(dirs, { 'test-reports': 'build/test-results/*.xml', 'if-no-files-found': 'error' })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([])
    expect(result.text).toContain(`Failed tests (${counts}):`)
    expect(result.text).toContain(`› ${name}`)
    expect(result.text).toContain(`  ${message}`)
    const shown = shownText(result.html)
    expect(shown).toContain(`Failed tests ${counts}`)
    expect(shown).toContain(name)
    expect(shown).toContain(message)
    // Nothing from a report is markup or a link in the HTML part.
    expect(result.html).not.toMatch(/<(script|b)>/)
    expect(result.html.match(/<a /g) ?? []).toHaveLength((result.html.match(/<a href="https:\/\/github\.com\/octo-org\/app/g) ?? []).length)
  })

  it('adds up the reports of every tool, lists 10 failed tests with stack lines, and counts the rest', async () => {
    const dirs = layout()
    copyFixtures(join(dirs.temp, 'reports'), readdirSync(FIXTURES))
    const result = await run(dirs, { 'test-reports': `${dirs.temp}/reports/**/*.xml` })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([])
    expect(result.text).toContain('Failed tests (70 tests: 19 passed, 24 failed, 8 errored, 19 skipped):')
    expect(result.text).toContain('- and 22 more')
    expect(result.html).toContain('and 22 more</li>')
    expect(result.text.match(/^- /gm)).toHaveLength(11)
    // Stack lines under a test, as many as the report gives, up to 5.
    expect(result.text).toContain(
      '- github.com/acme/shop/invoice › Failure (error)\n  panic: template: invoice.tmpl:4: unexpected "}" in operand\n  | goroutine 1 [running]:\n  | github.com/acme/shop/invoice.TestMain(...)\n  |   /home/runner/work/shop/shop/invoice/main_test.go:11\n  | main.main()\n  |   _testmain.go:49 +0x17f\n'
    )
    expect(result.html).toMatch(/<pre style="[^"]*">goroutine 1 \[running\]:\ngithub\.com/)
  })

  it('masks the secrets the step was given where a test printed them into its report', async () => {
    const leaked = Buffer.from(`\0${USERNAME}\0${APP_PASSWORD}`).toString('base64')
    const dirs = layout({
      'reports/TEST-env.xml': `<testsuite><testcase classname="Env" name="prints ${APP_PASSWORD}"><failure message="token ${TOKEN} refused">auth ${leaked}\nat Env.test</failure></testcase></testsuite>`
    })
    api = await startApiDouble({ jobs: [] })
    const result = await run(dirs, { 'test-reports': 'reports/*.xml' })

    expect(result.exitCode).toBe(0)
    expect(result.text).toContain('- Env › prints ***\n  token *** refused\n  | auth ***')
    const sent = double!.messages[0].raw
    expect(findLeaks(`${result.text}\n${result.html}\n${sent}`, [APP_PASSWORD, TOKEN])).toEqual([])
  })

  it('shows the counts on a success too', async () => {
    const dirs = layout({
      'reports/TEST-ok.xml': '<testsuite name="Ok" tests="2"><testcase classname="Ok" name="a"/><testcase classname="Ok" name="b"/></testsuite>'
    })
    const result = await run(dirs, { status: 'success', 'test-reports': 'reports/*.xml' })

    expect(result.text).toContain('Tests (2 tests: 2 passed)')
    expect(shownText(result.html)).toContain('Tests 2 tests: 2 passed')
    expect(result.html).not.toContain('Failed tests')
  })

  it('places the tests where a custom body says, escaped, without repeating them after the body', async () => {
    const dirs = layout({ 'notify.md': '# {{ workflow }}: {{ test_counts }}\n\nWhat broke:\n\n{{ failed_tests }}\n\nThanks.\n' })
    copyFixtures(join(dirs.workspace, 'reports'), ['jest-junit.xml', 'vitest.xml'])
    writeFileSync(
      join(dirs.workspace, 'reports', 'hostile.xml'),
      '<testsuite><testcase classname="x" name="[click](https://evil.example) &lt;img src=x&gt;"><failure message="**bold** `code`">```\n&lt;/pre&gt;&lt;a href=&quot;https://evil.example&quot;&gt;x&lt;/a&gt;\nwww.evil.example</failure></testcase></testsuite>'
    )
    const result = await run(dirs, { 'body-file': 'notify.md', 'test-reports': 'reports/*.xml', subject: '{{ repository }}: {{ test_counts }}' })

    expect(result.exitCode).toBe(0)
    expect(result.mail!.subject).toBe('octo-org/app: 14 tests: 3 passed, 6 failed, 1 errored, 4 skipped')
    expect(result.html).toContain('<h1>CI: 14 tests: 3 passed, 6 failed, 1 errored, 4 skipped</h1>')
    expect(result.html).toMatch(/<strong>cart addItem keeps quantity<\/strong> <span style="[^"]*">in cart<\/span>/)
    expect(result.html).toMatch(/<pre style="[^"]*">Expected: 3\nReceived: 2\n/)
    // Report text is text: no link, image or markup from it, in the list or the code blocks.
    expect(result.html).not.toContain('href="https://evil.example')
    expect(result.html).not.toContain('<img')
    expect(result.html).not.toContain('<strong>bold</strong>')
    expect(result.html).toContain(escapeHtml('</pre><a href="https://evil.example">x</a>'))
    expect(result.html.match(/<a /g) ?? []).toHaveLength(0)
    // Placed where the body says, once: between its lines, and not again after it.
    expect(result.html.indexOf('What broke:')).toBeLessThan(result.html.indexOf('Failed tests</h2>'))
    expect(result.html.indexOf('Failed tests</h2>')).toBeLessThan(result.html.indexOf('Thanks.'))
    expect(result.html.match(/Failed tests<\/h2>/g)).toHaveLength(1)
    expect(result.text).toContain('What broke:\n\nFailed tests (14 tests: 3 passed, 6 failed, 1 errored, 4 skipped):\n')
    expect(result.text).toContain('- x › [click](https://evil.example) <img src=x>\n  **bold** `code`\n  | ```\n')
    expect(result.text).toContain('\n- cart › cart addItem keeps quantity\n  Error: expect(received).toBe(expected) // Object.is equality\n  | Expected: 3')
    expect(result.text.trimEnd().endsWith('Thanks.')).toBe(true)
  })

  it('puts the failed tests after a custom body that does not place them', async () => {
    const dirs = layout()
    copyFixtures(join(dirs.workspace, 'reports'), ['gradle.xml'])
    const result = await run(dirs, { body: 'Build broke.', 'test-reports': 'reports/*.xml' })

    expect(result.text).toMatch(/^Build broke\.\n\nFailed tests \(6 tests: 2 passed, 2 failed, 2 skipped\):\n- com\.acme/)
    expect(result.html).toContain('Failed tests</h2>')
  })
})

describe('test-reports that cannot be read', () => {
  it('warns, naming each file and why, and still sends the message with the readable reports', { timeout: 30_000 }, async () => {
    const dirs = layout({
      'reports/notes.xml': 'All 12 tests passed.\n',
      'reports/gateway.xml': '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><center>nginx</center></body></html>\n',
      'reports/pom.xml': '<?xml version="1.0"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n',
      'reports/cut.xml': '<testsuite name="a"><testcase name="b"><failure>Assertion',
      'reports/bomb.xml': `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${'ha'.repeat(450)}">]><testsuite><testcase name="x"><failure>${'&a;'.repeat(200_000)}</failure></testcase></testsuite>`,
      'reports/huge.xml': `<testsuite><testcase name="x"><system-out>${'y'.repeat(11 * 1024 * 1024)}</system-out></testcase></testsuite>`
    })
    copyFixtures(join(dirs.workspace, 'reports'), ['surefire.xml'])
    const result = await run(dirs, { 'test-reports': 'reports/*.xml' })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual(
      [
        expect.stringMatching(
          /^`test-reports`: reports\/bomb\.xml could not be read as XML \(\[EntityReplacer\] Expanded content length limit exceeded: \d+ > 10000\); left out of the message\.$/
        ),
        '`test-reports`: reports/cut.xml ends before its elements are closed (was it cut off while the tests ran?); left out of the message.',
        '`test-reports`: reports/gateway.xml is an HTML page, not a JUnit XML report; left out of the message.',
        '`test-reports`: reports/huge.xml is larger than 10 MB; left out of the message.',
        "`test-reports`: reports/notes.xml is not well-formed XML (line 1, column 1: char 'A' is not expected); left out of the message."
      ].concat(['`test-reports`: 1 more files are not JUnit XML reports or could not be read; left out of the message. Narrow the patterns to the reports.'])
    )
    expect(result.text).toContain('Failed tests (5 tests: 2 passed, 1 failed, 1 errored, 1 skipped):')
  })

  it('sends without the tests when no report could be read', async () => {
    const dirs = layout({ 'reports/pom.xml': '<project/>' })
    const result = await run(dirs, { 'test-reports': 'reports/*.xml' })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([
      '`test-reports`: reports/pom.xml is not a JUnit XML report: its root element is <project>, not <testsuites> or <testsuite>; left out of the message.'
    ])
    expect(result.text).not.toContain('tests')
    expect(double!.messages).toHaveLength(1)
  })

  it.each([
    ['warn', 1, true],
    ['ignore', 0, true],
    ['error', 0, false]
  ] as const)('with if-no-files-found: %s, a pattern matching nothing gives %i warnings, sent: %s', async (mode, warnings, sent) => {
    const dirs = layout()
    const result = await run(dirs, { 'test-reports': 'build/test-results/**/*.xml', 'if-no-files-found': mode })

    expect(result.warnings).toHaveLength(warnings)
    if (warnings) expect(result.warnings[0]).toBe('No file matches `build/test-results/**/*.xml` in `test-reports`; sending without it.')
    expect(double!.messages).toHaveLength(sent ? 1 : 0)
    if (!sent) {
      expect(result.outputs['error-code']).toBe('invalid-input')
      expect(result.failure).toContain('Input `test-reports`: no file matches `build/test-results/**/*.xml`')
      expect(result.failure).toContain('actions/download-artifact')
      expect(double!.connections).toBe(0)
    }
  })

  it('a symlink to /proc/self/environ among the reports fails before connecting, as for attachments, and mails nothing', async () => {
    const dirs = layout()
    copyFixtures(join(dirs.workspace, 'reports'), ['vitest.xml'])
    symlinkSync('/proc/self/environ', join(dirs.workspace, 'reports', 'zz.xml'))
    const result = await run(dirs, { 'test-reports': 'reports/*.xml' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failure).toContain('Input `test-reports`: reports/zz.xml is a symbolic link to /proc/')
    expect(result.failure).toContain('To read a report from elsewhere, copy it into the workspace or RUNNER_TEMP')
    expect(double!.connections).toBe(0)
    const printed = [...result.stdout.split('\n').filter((line) => !line.startsWith('::add-mask::')), result.summary].join('\n')
    expect(findLeaks(printed, [APP_PASSWORD])).toEqual([])
  })

  it('a FIFO named as a report fails at once instead of hanging the step', { timeout: 15_000 }, async () => {
    const dirs = layout()
    execFileSync('mkfifo', [join(dirs.workspace, 'results.xml')])
    const result = await run(dirs, { 'test-reports': '*.xml' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failure).toContain('Input `test-reports`: results.xml is a FIFO (named pipe), not a regular file')
  })
})

const SHA = RUNNER_ENV.GITHUB_SHA!
const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/9876543210/job/${id}`
const failedJob = (id: number, name: string) => ({
  id,
  name,
  html_url: jobUrl(id),
  status: 'completed',
  conclusion: 'failure',
  steps: [{ name: 'Build', status: 'completed', conclusion: 'failure' }]
})
const annotation = (path: string, line: number, message: string, level = 'failure', extra: Partial<ApiAnnotation> = {}): ApiAnnotation => ({
  path,
  start_line: line,
  end_line: line,
  annotation_level: level,
  title: '',
  message,
  ...extra
})

describe('error annotations of the failed jobs', () => {
  const JOBS = [failedJob(31, 'compile'), failedJob(32, 'lint'), { ...failedJob(33, 'ok'), conclusion: 'success', steps: [] }]

  it('lists the failure annotations across pages, linked to the lines at the commit, without the runner’s own', async () => {
    const annotations: ApiDoubleOptions['annotations'] = {
      31: [
        annotation('src/cart.ts', 12, "TS2322: Type 'string' is not assignable to type 'number'."),
        annotation('.github', 9, 'Process completed with exit code 2.'),
        annotation('src/old.ts', 3, 'deprecated API', 'warning'),
        annotation('src/price.ts', 40, 'Unexpected any.\nSpecify a different type.', 'failure', { end_line: 42, title: 'eslint: no-explicit-any' }),
        annotation('.github', 1, 'Deploy key <b>expired</b> [see](https://evil.example)')
      ],
      32: [
        annotation('../../etc/passwd', 1, 'odd path'),
        annotation('docs/a b#c.md', 7, 'line too long'),
        ...Array.from({ length: 9 }, (_, i) => annotation(`src/f${i}.ts`, i + 1, `error ${i}`))
      ]
    }
    api = await startApiDouble({ jobs: JOBS, pageSize: 4, annotations })
    const result = await run(layout(), { 'log-lines': '0' })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([])
    const annotationPaths = api.requests.map((r) => r.path).filter((path) => path.includes('/check-runs/'))
    expect(annotationPaths.filter((path) => path.includes('/check-runs/31/'))).toHaveLength(2)
    expect(annotationPaths.filter((path) => path.includes('/check-runs/32/'))).toHaveLength(3)
    expect(annotationPaths.some((path) => path.includes('/check-runs/33/'))).toBe(false)
    const blob = `https://github.com/octo-org/app/blob/${SHA}`
    expect(result.html).toContain(`<a href="${blob}/src/cart.ts#L12" style="color:#0969da;text-decoration:underline">src/cart.ts:12</a>`)
    expect(result.html).toContain(`<a href="${blob}/src/price.ts#L40-L42" style="color:#0969da;text-decoration:underline">src/price.ts:40-42</a>`)
    expect(result.html).toContain(`<a href="${blob}/docs/a%20b%23c.md#L7"`)
    // A path that leaves the repository is shown, not linked.
    expect(result.html).not.toContain('/etc/passwd#')
    expect(shownText(result.html)).toContain('../../etc/passwd:1 lint')
    expect(result.html).not.toContain('Process completed with exit code')
    expect(result.html).not.toContain('deprecated API')
    // An annotation without a file keeps its message, escaped.
    expect(result.html).toContain('Deploy key &#60;b&#62;expired&#60;/b&#62; [see](https://evil.example)')
    expect(result.html).not.toContain('href="https://evil.example')
    expect(result.html).toContain('eslint: no-explicit-any')
    expect(result.html).toContain('and 4 more</li>')
    expect(result.text).toContain(
      `Error annotations:\n- src/cart.ts:12 (compile)\n  ${blob}/src/cart.ts#L12\n  TS2322: Type 'string' is not assignable to type 'number'.`
    )
    expect(result.text).toContain('- src/price.ts:40-42 (compile)')
    expect(result.text).toContain('  eslint: no-explicit-any\n  Unexpected any.\n  Specify a different type.')
    expect(result.text).toContain('- (compile)\n  Deploy key <b>expired</b> [see](https://evil.example)')
    expect(result.text).toContain('- and 4 more')
  })

  it('still sends the message with the failed jobs when the token may not read check runs (403), and says to add checks: read', async () => {
    api = await startApiDouble({
      jobs: JOBS,
      annotations: { 31: [annotation('src/cart.ts', 12, 'boom')] },
      annotationsFailWith: { status: 403, message: 'Resource not accessible by integration' }
    })
    const result = await run(layout(), { 'log-lines': '0' })

    expect(result.exitCode).toBe(0)
    expect(result.warnings).toEqual([
      'Left out the error annotations of jobs "compile", "lint": the API answered 403: the token cannot read the jobs\' check runs. Give the workflow or job `permissions: checks: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read checks in `github-token`.'
    ])
    expect(result.html).toContain(jobUrl(31))
    expect(result.html).not.toContain('Error annotations')
    expect(findLeaks(result.stdout.replace(/^::add-mask::.*$/gm, ''), [TOKEN])).toEqual([])
  })

  it('reads the annotations alongside the logs within `timeout`, and the message waits for neither beyond it', { timeout: 20_000 }, async () => {
    api = await startApiDouble({ jobs: JOBS, annotations: { 31: [annotation('src/cart.ts', 12, 'boom')] }, stalledLogs: { 31: 'compiling\n' } })
    const result = await run(layout(), { timeout: '2' })

    expect(result.exitCode).toBe(0)
    expect(result.html).toContain('src/cart.ts:12')
    expect(result.warnings.some((warning) => warning.includes('did not finish within 2 s'))).toBe(true)
  })
})

describe('mail-committers', () => {
  const PUSH = {
    head_commit: { id: SHA, message: 'Fix cart', author: { name: 'Ann', email: 'ann@example.com' } },
    commits: [
      { id: 'a'.repeat(40), message: 'Bump deps', author: { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com' } },
      { id: 'b'.repeat(40), message: 'Docs', author: { name: 'Mona', email: '1234567+mona@users.noreply.github.com' } },
      { id: 'c'.repeat(40), message: 'Outside', author: { name: 'Gus', email: 'gus@gmail.com' } },
      { id: 'd'.repeat(40), message: 'Tests', author: { name: 'Bob', email: 'bob@example.org' } },
      { id: 'e'.repeat(40), message: 'Lead', author: { name: 'Lead', email: 'lead@example.com' } },
      { id: SHA, message: 'Fix cart', author: { name: 'Ann', email: 'ann@example.com' } },
      { id: 'f'.repeat(40), message: 'Fix cart again', author: { name: 'Ann', email: 'ann@example.com' } }
    ]
  }

  it('on a failure, mails the authors at the allowed domains after `to`, and logs who was left out and why', async () => {
    const result = await run(layout(), { 'mail-committers': 'true', 'committer-domains': 'example.com, example.org', cc: 'lead@example.com' }, PUSH, {
      GITHUB_EVENT_NAME: 'push'
    })

    expect(result.exitCode).toBe(0)
    expect(result.outputs.committers).toBe('bob@example.org,ann@example.com')
    expect(double!.messages[0].rcptTo).toEqual(['team@example.com', 'bob@example.org', 'ann@example.com', 'lead@example.com'])
    expect(result.mail!.to).toMatchObject({ text: 'team@example.com, "Bob" <bob@example.org>, "Ann" <ann@example.com>' })
    expect(result.outputs.accepted).toBe('team@example.com,bob@example.org,ann@example.com,lead@example.com')
    expect(result.infos).toContain('Mailing the committers, after `to`: Bob <bob@example.org>, Ann <ann@example.com>.')
    expect(result.infos).toContain(
      'Left out of the committers: dependabot[bot] <49699333+dependabot[bot]@users.noreply.github.com> (a bot), ' +
        "Mona <1234567+mona@users.noreply.github.com> (GitHub's noreply address, which receives no mail), " +
        'Gus <gus@gmail.com> (gmail.com is not in `committer-domains`), Lead <lead@example.com> (already a recipient).'
    )
  })

  it('mails no committer on a success, and without mail-committers nobody is added', async () => {
    const success = await run(layout(), { status: 'success', 'mail-committers': 'true', 'committer-domains': 'example.com' }, PUSH)
    expect(success.outputs.committers).toBe('')
    expect(double!.messages[0].rcptTo).toEqual(['team@example.com'])
    expect(success.infos).toContain('Not mailing the committers: the outcome is success, and only a failure is mailed to them.')
    await double!.close()

    const off = await run(layout(), {}, PUSH)
    expect(off.outputs.committers).toBeUndefined()
    expect(double!.messages[0].rcptTo).toEqual(['team@example.com'])
  })

  it('refuses mail-committers without committer-domains before connecting', async () => {
    const result = await run(layout(), { 'mail-committers': 'true' }, PUSH)

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failure).toContain('Input `committer-domains`: is empty, but `mail-committers` is true')
    expect(double!.connections).toBe(0)
  })

  it('a dry run shows the committers among the recipients', async () => {
    const result = await run(layout(), { 'dry-run': 'true', 'mail-committers': 'true', 'committer-domains': 'example.com' }, PUSH)

    expect(result.exitCode).toBe(0)
    expect(result.outputs.committers).toBe('lead@example.com,ann@example.com')
    expect(result.summary).toContain('| To | team\\@example\\.com, Lead \\<lead\\@example\\.com\\>, Ann \\<ann\\@example\\.com\\> |')
  })
})
