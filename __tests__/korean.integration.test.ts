import { mkdirSync, mkdtempSync, realpathSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { MAX_MARKDOWN_NESTING } from '../src/body.ts'
import type { ApiWorkflowRun } from '../src/history.ts'
import { APP_PASSWORD, inputsFor, runAgainst, tlsFiles } from './support/action.ts'
import { startApiDouble, type ApiCompareCommit, type ApiDouble } from './support/github-api-double.ts'
import { closedPort, startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'
import { MS_SMTP_AUTH_DISABLED } from './support/provider-replies.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'
import { INVALID_GRANT, startTokenEndpoint, type TokenEndpoint } from './support/token-endpoint.ts'

// `language: ko`, end to end: the built action run as the runner runs it, against the Gmail
// double and the REST API stand-in, and what it wrote read back (the annotation, the job
// summary, the mail parsed with mailparser).

let double: GmailDouble | undefined
let api: ApiDouble | undefined
let endpoint: TokenEndpoint | undefined
afterEach(async () => {
  await double?.close()
  await api?.close()
  await endpoint?.close()
  endpoint = undefined
  double = undefined
  api = undefined
})

/** The ::error:: annotation the runner shows, with the workflow command's escapes undone. */
function annotationOf(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

/** A push run of workflow 7 of octo-org/app on main, as the REST API lists it; running while it has no conclusion. */
function pushRunOnMain(id: number, runNumber: number, sha: string, conclusion: string | null): ApiWorkflowRun {
  return {
    id,
    run_number: runNumber,
    run_attempt: 1,
    workflow_id: 7,
    event: 'push',
    status: conclusion ? 'completed' : 'in_progress',
    conclusion,
    head_branch: 'main',
    head_sha: sha,
    html_url: `https://github.com/octo-org/app/actions/runs/${id}`,
    pull_requests: [],
    head_repository: { full_name: 'octo-org/app' }
  }
}

describe('language: ko', () => {
  it("a login Gmail rejects with 535: the annotation and job summary in Korean, Gmail's reply verbatim, error-code as it is", async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => BAD_CREDENTIALS })
    const result = await runBuiltAction(inputsFor(double, { language: 'ko', status: 'failure' }), { env: testStepEnv(), event: {} })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    const annotation = annotationOf(result.stdout)
    const reply = `${BAD_CREDENTIALS[0]} ${BAD_CREDENTIALS[1].replace(/^535 5\.7\.8\s+/, '')}`
    expect(annotation.split('\n')).toEqual([
      `${double.host} 서버가 사용자 이름과 비밀번호를 받아들이지 않았습니다(username: octo.cat@gmail.com) [error-code: auth-rejected]`,
      `서버 응답: ${reply}`,
      // Gmail's reply names support.google.com, which marks the server as Google's whatever its host.
      '해결 방법: Gmail은 SMTP에서 계정 비밀번호가 아니라 앱 비밀번호만 받습니다. ' +
        '1) Google 계정의 2단계 인증을 켭니다(https://myaccount.google.com/signinoptions/twosv). ' +
        '2) https://myaccount.google.com/apppasswords 에서 앱 비밀번호를 만듭니다(설정을 사용할 수 없다고 나오면 Google 계정 → 보안에서 "앱 비밀번호"를 검색하세요. ' +
        '관리자가 앱 비밀번호를 막은 회사·학교 계정은 대신 oauth2-* 입력을 사용해야 합니다). ' +
        '3) 16자리 문자를 저장소 시크릿으로 저장합니다(Settings → Secrets and variables → Actions → New repository secret), 예: GMAIL_APP_PASSWORD. ' +
        '4) `password: ${{ secrets.GMAIL_APP_PASSWORD }}`로 넘기고 `username`에는 전체 주소(you@gmail.com)를 넣습니다.'
    ])
    expect(result.summary).toContain(`### ✖ 이메일 알림을 보내지 못했습니다: ${double.host} 서버가 사용자 이름과 비밀번호를 받아들이지 않았습니다`)
    expect(result.summary).toContain('**error-code:** `auth-rejected`')
    expect(result.summary).toContain(`**서버 응답:**\n\n\`\`\`\n${reply}\n\`\`\``)
    expect(result.summary).toContain('**해결 방법:** Gmail은 SMTP에서 계정 비밀번호가 아니라 앱 비밀번호만 받습니다.')
    // The log said what it was about to do in Korean too, and never the password.
    expect(result.stdout).toMatch(/"\[octo-org\/app\] CI #42 실패 \(main\)" 메시지를 .* 서버로 받는 사람 1명에게 보냅니다\./)
    expect(result.stdout.replace(`::add-mask::${APP_PASSWORD}`, '')).not.toContain(APP_PASSWORD)
  })

  it("Microsoft's 535 5.7.139 SmtpClientAuthentication: the provider's fix in Korean, the reply, the PowerShell and the URL as they are", async () => {
    // Recognised by the reply's own words, since the bundle runs with the double behind its own host name.
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onAuth: () => MS_SMTP_AUTH_DISABLED })
    const result = await runBuiltAction(inputsFor(double, { language: 'ko', username: 'ci@contoso.com' }), { env: testStepEnv(), event: {} })

    expect(result.outputs['error-code']).toBe('smtp-auth-disabled')
    const [title, reply, fix] = annotationOf(result.stdout).split('\n')
    expect(title).toBe(
      `${double.host} 서버가 ci@contoso.com 계정의 로그인을 거부했습니다: 이 메일박스 또는 테넌트 전체에서 인증된 SMTP(SMTP AUTH)가 꺼져 있습니다 [error-code: smtp-auth-disabled]`
    )
    expect(reply).toBe(`서버 응답: ${MS_SMTP_AUTH_DISABLED.join(' ')}`)
    expect(fix).toMatch(/^해결 방법: Exchange 관리자가 메일박스에서 이 기능을 켜야 합니다: Microsoft 365 admin center → Users → Active users/)
    expect(fix).toContain('`Set-CASMailbox -Identity ci@contoso.com -SmtpClientAuthenticationDisabled $false` 를 실행합니다')
    expect(fix).toContain('https://aka.ms/smtp_auth_disabled')
    expect(result.summary).toContain('**해결 방법:** Exchange 관리자가 메일박스에서 이 기능을 켜야 합니다')
  })

  it('a test report: the section in Korean, the test names and messages as the report gave them, {{ test_counts }} in English', async () => {
    const workspace = realpathSync(mkdtempSync(join(tmpdir(), 'notify-ko-reports-')))
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(
      join(workspace, 'reports', 'TEST-cart.xml'),
      '<testsuite name="cart" tests="3"><testcase classname="cart" name="adds"/>' +
        '<testcase classname="cart" name="keeps quantity"><failure message="expected 3, got 2">at cart.test.js:12</failure></testcase>' +
        '<testcase classname="cart" name="checks out"><error message="Cannot find module"/></testcase></testsuite>'
    )
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      inputsFor(double, { language: 'ko', status: 'failure', 'test-reports': 'reports/*.xml', subject: '{{ workflow }}: {{ test_counts }}' }),
      { env: testStepEnv({ GITHUB_WORKSPACE: workspace }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('CI: 3 tests: 1 passed, 1 failed, 1 errored')
    expect(mail.text).toContain(
      '실패한 테스트 (테스트 3개: 통과 1, 실패 1, 오류 1):\n- cart › keeps quantity\n  expected 3, got 2\n  | at cart.test.js:12\n- cart › checks out (오류)\n  Cannot find module'
    )
    const html = String(mail.html)
    expect(html).toContain('실패한 테스트</h2>')
    expect(html).toContain('테스트 3개: 통과 1, 실패 1, 오류 1</p>')
    expect(html).toMatch(/<strong>checks out<\/strong> <span style="[^"]*">\(스위트 cart\)<\/span> <span style="[^"]*">\(오류\)<\/span>/)
    expect(html).not.toContain('Failed tests')
  })

  it('a refresh token the OAuth2 endpoint refuses: the title and fix in Korean, the endpoint and its answer as they came', async () => {
    endpoint = await startTokenEndpoint({ ...tlsFiles(), respond: () => INVALID_GRANT })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const inputs = {
      language: 'ko',
      password: '',
      'oauth2-client-id': '1234567890-ko.apps.googleusercontent.com',
      'oauth2-client-secret': 'GOCSPX-korean-test-secret-4f2a',
      'oauth2-refresh-token': '1//0korean-refresh-token-9c1d',
      'oauth2-token-url': endpoint.url
    }
    const result = await runBuiltAction(inputsFor(double, inputs), { env: testStepEnv(), event: {} })

    expect(result.outputs['error-code']).toBe('oauth2-rejected')
    const [title, detail, fix] = annotationOf(result.stdout).split('\n')
    expect(title).toBe(`OAuth2 토큰 엔드포인트 ${endpoint.url} 에서 리프레시 토큰(\`oauth2-refresh-token\`)을 거부했습니다 [error-code: oauth2-rejected]`)
    expect(detail).toBe('오류: HTTP 400: invalid_grant (Token has been expired or revoked.)')
    expect(fix).toMatch(/^해결 방법: "invalid_grant"는 리프레시 토큰이 취소되었거나, 만료되었거나, 다른 클라이언트에 발급되었다는 뜻입니다\. /)
    expect(result.stdout).toContain(`${endpoint.url} 에서 octo.cat@gmail.com 계정의 OAuth2 액세스 토큰을 받아 옵니다.`)
    expect(double.connections).toBe(0)
  })

  it('nothing listening: connection-refused in Korean, the system error as it came', async () => {
    const port = await closedPort()
    const result = await runAgainst({ host: '127.0.0.1', port, mode: 'implicit' }, { language: 'ko', retries: '0' })

    expect(result.outputs['error-code']).toBe('connection-refused')
    expect(result.failed).toContain(`127.0.0.1:${port}에서 연결을 받는 곳이 없습니다 [error-code: connection-refused]`)
    expect(result.failed).toContain(`오류: connect ECONNREFUSED 127.0.0.1:${port}`)
    expect(result.failed).toContain('해결 방법: `server`와 `port`를 확인하세요')
  })

  it('an invalid `language` is itself reported in English, naming the input and the languages', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainst(double, { language: 'korean' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toBe(
      'Input `language`: "korean" is not a language this action speaks [error-code: invalid-input]\n' +
        'How to fix: Set `language` to `en` or `ko`, or leave it empty for `en` (English).'
    )
    expect(double.connections).toBe(0)
  })

  it('an empty `password` for Gmail: the input problem in Korean, the input and the YAML as they are', async () => {
    const result = await runAgainst(undefined, { language: 'ko', password: '' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(result.failed).toContain('입력 `password`: 비어 있습니다 [error-code: invalid-input]')
    expect(result.failed).toContain('해결 방법: 앱 비밀번호를 저장소 시크릿에서 넘기세요: `password: ${{ secrets.GMAIL_APP_PASSWORD }}`')
    expect(result.failed).toContain('포크에서 온 풀 리퀘스트')
    expect(result.summary).toContain('### ✖ 이메일 알림을 보내지 못했습니다: 입력 `password`: 비어 있습니다')
  })

  it('a failure notification: subject, banner, labels, streak, failed jobs and commits in Korean; names, log lines and links as they are', async () => {
    const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
    const idOf = (n: number) => 9876500000 + n
    const shaOf = (n: number) => `${n.toString(16).padStart(8, '0')}${'c'.repeat(32)}`
    const run = (n: number, conclusion: string | null) => pushRunOnMain(idOf(n), n, shaOf(n), conclusion)
    const commits: ApiCompareCommit[] = [1, 2].map((i) => ({ sha: `${i}${'d'.repeat(39)}`, commit: { message: `Change ${i}`, author: { name: `Dev ${i}` } } }))
    const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/${idOf(42)}/job/${id}`
    api = await startApiDouble({
      runs: [run(42, null), run(41, 'failure'), run(40, 'failure'), run(39, 'success')],
      comparisons: { [`${shaOf(39)}...${shaOf(42)}`]: commits },
      jobs: [
        {
          id: 21,
          name: 'build',
          html_url: jobUrl(21),
          status: 'completed',
          conclusion: 'failure',
          steps: [{ name: 'Compile', status: 'completed', conclusion: 'failure' }]
        },
        { id: 22, name: 'deploy', html_url: jobUrl(22), status: 'completed', conclusion: 'cancelled', steps: [] }
      ],
      logs: { 21: '2026-11-26T21:00:00Z Compiling 412 files\n2026-11-26T21:00:01Z ##[error]tsc found 3 errors\n' }
    })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      inputsFor(double, { language: 'ko', status: 'failure', 'github-token': TOKEN, 'notify-when': 'failures', timeout: '10' }),
      {
        env: testStepEnv({ GITHUB_API_URL: api.url, GITHUB_RUN_ID: String(idOf(42)), GITHUB_SHA: shaOf(42) }),
        event: {}
      }
    )

    expect(result.exitCode).toBe(0)
    expect(result.stdout).not.toContain('::warning::')
    expect(result.outputs.transition).toBe('still-failing')
    expect(result.stdout).toContain('이 실행은 계속 실패(연속 3번째 실패)입니다.')
    expect(result.summary).toContain('### ✔ 이메일 알림을 보냈습니다')

    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.subject).toBe('[octo-org/app] CI #42 계속 실패 (main, 3번째 실행)')
    const text = mail.text!
    expect(text.split('\n')[0]).toBe('계속 실패: CI #42 계속 실패 (3번째 실행)')
    expect(text).toContain(`실행 #40 (커밋 ${shaOf(40).slice(0, 7)})부터 실패하고 있습니다: 연속 3회 실패.\n  실행:`)
    expect(text).toMatch(/^저장소: +octo-org\/app$/m)
    expect(text).toMatch(/^워크플로: +CI #42$/m)
    expect(text).toMatch(/^브랜치: +main$/m)
    expect(text).toMatch(/^커밋: +0000002/m)
    expect(text).toMatch(/^실행한 사람: +octocat \(push\)$/m)
    expect(text).toContain(`실패하거나 취소된 작업:\n- build 실패 (단계 “Compile”)\n  ${jobUrl(21)}\n\n  | Compiling 412 files\n  | Error: tsc found 3 errors`)
    expect(text).toContain('- deploy 취소됨')
    expect(text).toContain(
      '마지막 성공 실행(#39) 이후의 커밋:\n  1dddddd Change 1 — Dev 1\n  2dddddd Change 2 — Dev 2\n  비교: https://github.com/octo-org/app/compare/'
    )

    const html = String(mail.html)
    expect(html).toContain('<html lang="ko">')
    expect(html).toMatch(/✖ 계속 실패<\/div><h1[^>]*>CI #42 계속 실패 \(3번째 실행\)<\/h1>/)
    expect(html).toMatch(/<td[^>]*>저장소<\/td>/)
    expect(html).toContain('<h2 style="margin:24px 0 8px;font-size:16px">실패하거나 취소된 작업</h2>')
    expect(html).toMatch(new RegExp(`<a href="${jobUrl(21)}"[^>]*>build</a></strong> 실패 <span[^>]*>\\(단계 “Compile”\\)</span>`))
    expect(html).toMatch(/>마지막 성공 실행과 비교<\/a>/)
    expect(html).toMatch(/>GitHub에서 실행 보기<\/a>/)
    expect(html).not.toMatch(/Failed and cancelled|View the run|Repository|Commits since/)
  })
})

/** The ::warning:: annotations the runner shows, in order, with the workflow command's escapes undone. */
function warningsOf(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::warning::'))
    .map((line) => line.slice('::warning::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%'))
}

/**
 * The English words left in a text once what stays as it is in every language is taken out:
 * `verbatim` (what a server said), code spans, URLs, paths and quoted names. Three English
 * words in a row are a sentence that fell back to English.
 */
function englishIn(text: string, verbatim: string[] = []): string[] {
  let rest = text
  for (const said of verbatim) rest = rest.split(said).join(' ')
  rest = rest
    .replace(/`[^`]*`/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/\/[\w./-]+/g, ' ')
    .replace(/"[^"]*"/g, ' ')
  return rest.match(/[A-Za-z]+ [a-z]+ [a-z]+/g) ?? []
}

describe('language: ko, for files, the GitHub API and the history', () => {
  const TOKEN = 'ghs_kofiles0123456789abcdefghijklmnopqrstu'

  const FORBIDDEN = 'Resource not accessible by integration'
  const PERMISSION_FIX = '(다른 권한만 나열한 `permissions:` 블록은 이 권한을 빼 버립니다)'

  /** A workspace of its own, realpath'd as the runner's is. */
  const newWorkspace = () => realpathSync(mkdtempSync(join(tmpdir(), 'notify-ko-files-')))

  it('a token the API refuses (403): the warnings about the jobs, the outcome and the history in Korean, the API’s message as it came', async () => {
    api = await startApiDouble({ failWith: { status: 403, message: FORBIDDEN } })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      inputsFor(double, { language: 'ko', status: '', 'github-token': TOKEN, 'notify-when': 'failures', thread: 'true', timeout: '10' }),
      { env: testStepEnv({ GITHUB_API_URL: api.url }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs.transition).toBe('unknown')
    expect(double.messages).toHaveLength(1)
    const warnings = warningsOf(result.stdout)
    // The history's warning explains the decision to send; what the message lacks is said once it is sent.
    expect(warnings).toEqual([
      '이 실행이 빌드를 깨뜨렸는지, 계속 실패 중인지, 고쳤는지 알 수 없어(`transition`은 unknown) `notify-when` 설정과 관계없이 메일을 보냅니다. 스레드로 묶지도 않습니다. ' +
        `이유: API가 403 응답을 보냈습니다(${FORBIDDEN}): 토큰이 워크플로의 실행 목록을 읽을 수 없습니다. ` +
        `워크플로나 작업(job)에 \`permissions: actions: read\`를 주거나${PERMISSION_FIX}, Actions를 읽을 수 있는 토큰을 \`github-token\`에 넘기세요.`,
      `실패한 작업과 로그 발췌를 메시지에서 뺐습니다: API가 403 응답을 보냈습니다(${FORBIDDEN}): 토큰이 이 실행의 작업 목록을 읽을 수 없습니다. ` +
        `워크플로나 작업(job)에 \`permissions: actions: read\`를 주거나${PERMISSION_FIX}, Actions를 읽을 수 있는 토큰을 \`github-token\`에 넘기세요. ` +
        '실행 결과를 알 수 없습니다. API 없이 결과를 알리려면 `status`를 설정하세요(보통 `${{ job.status }}`).'
    ])
    expect(warnings.flatMap((warning) => englishIn(warning, [FORBIDDEN]))).toEqual([])
  })

  it('annotations the token may not read, a log that is gone and commits that are gone: each left out with a Korean warning', async () => {
    const idOf = (n: number) => 9876600000 + n
    const shaOf = (n: number) => `${n.toString(16).padStart(8, '0')}${'e'.repeat(32)}`
    const run = (n: number, conclusion: string | null) => pushRunOnMain(idOf(n), n, shaOf(n), conclusion)
    const job = (id: number, name: string) => ({
      id,
      name,
      html_url: `https://github.com/octo-org/app/actions/runs/${idOf(42)}/job/${id}`,
      status: 'completed',
      conclusion: 'failure',
      steps: []
    })
    api = await startApiDouble({
      // No comparison of #40 with #42: its commit is gone, as after a force push.
      runs: [run(42, null), run(41, 'failure'), run(40, 'success')],
      jobs: [job(31, 'compile'), job(32, 'lint')],
      // No log for "lint": the log's host answers 404.
      logs: { 31: '2026-11-26T21:00:01Z ##[error]tsc found 3 errors\n' },
      annotationsFailWith: { status: 403, message: FORBIDDEN }
    })
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      inputsFor(double, { language: 'ko', status: 'failure', 'github-token': TOKEN, 'notify-when': 'failures', timeout: '10' }),
      { env: testStepEnv({ GITHUB_API_URL: api.url, GITHUB_RUN_ID: String(idOf(42)), GITHUB_SHA: shaOf(42) }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    expect(result.outputs.transition).toBe('still-failing')
    const warnings = warningsOf(result.stdout)
    expect(warnings).toHaveLength(3)
    expect(warnings).toContainEqual(
      expect.stringMatching(
        /^작업 "lint"의 로그 발췌를 메시지에서 뺐습니다: API가 404 응답을 보냈습니다\(.*\): 토큰이 이 실행의 작업 목록을 읽을 수 없습니다\. /
      )
    )
    expect(warnings).toContain(
      '작업 "compile", "lint"의 오류 주석을 메시지에서 뺐습니다: API가 403 응답을 보냈습니다: 토큰이 작업(job)의 체크 실행(check run)을 읽을 수 없습니다. ' +
        `워크플로나 작업에 \`permissions: checks: read\`를 주거나${PERMISSION_FIX}, 체크를 읽을 수 있는 토큰을 \`github-token\`에 넘기세요.`
    )
    expect(warnings).toContain(
      '마지막 성공 실행(#40) 이후의 커밋을 메시지에서 뺐습니다: API가 404 응답을 보냈습니다: 실행 #40의 커밋이 더 이상 없거나(강제 푸시), 토큰이 저장소 콘텐츠를 읽을 수 없습니다.'
    )
    // What the log's host said on the 404 is its own text.
    expect(warnings.flatMap((warning) => englishIn(warning.replace(/응답을 보냈습니다\([^)]*\)/, '')))).toEqual([])
    const mail = await simpleParser(double.messages[0].raw)
    expect(mail.text).toContain('Error: tsc found 3 errors')
  })

  it('patterns that match nothing and a file that is not a JUnit report: warnings in Korean, and the mail goes out', async () => {
    const workspace = newWorkspace()
    mkdirSync(join(workspace, 'reports'))
    writeFileSync(join(workspace, 'reports', 'index.xml'), '<!doctype html><html><body>Sign in</body></html>')
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(
      inputsFor(double, { language: 'ko', status: 'failure', attachments: 'logs/*.log', 'test-reports': 'reports/*.xml\nsurefire/*.xml' }),
      { env: testStepEnv({ GITHUB_WORKSPACE: workspace }), event: {} }
    )

    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
    const warnings = warningsOf(result.stdout)
    expect(warnings).toEqual([
      '`attachments`의 `logs/*.log`에 맞는 파일이 없습니다. 그 파일 없이 보냅니다.',
      '`test-reports`의 `surefire/*.xml`에 맞는 파일이 없습니다. 그 파일 없이 보냅니다.',
      '`test-reports`: reports/index.xml은(는) JUnit XML 보고서가 아니라 HTML 페이지입니다. 메시지에서 뺐습니다.'
    ])
    expect(warnings.flatMap((warning) => englishIn(warning))).toEqual([])
  })

  /** A workspace laid out for one failure, and the inputs that meet it. */
  type FileCase = (workspace: string) => Record<string, string>
  it.each<[string, FileCase, string, string]>([
    [
      'a `body-file` that does not exist',
      () => ({ 'body-file': 'docs/notify.md' }),
      '입력 `body-file`: {ws}/docs/notify.md을(를) 읽을 수 없습니다(파일이 없음)',
      '워크스페이스 기준 상대 경로로 Markdown 파일을 지정하고, 파일이 저장소에 들어 있다면 먼저 저장소를 체크아웃하세요(actions/checkout).'
    ],
    [
      'a `body-file` that is binary',
      (workspace) => {
        writeFileSync(join(workspace, 'notify.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))
        return { 'body-file': 'notify.md' }
      },
      '입력 `body-file`: notify.md은(는) UTF-8 텍스트가 아닙니다(바이너리 파일로 보입니다)',
      '`body-file`을 UTF-8 텍스트로 저장한 Markdown 파일로 설정하세요.'
    ],
    [
      'an attachment that links outside the workspace',
      (workspace) => {
        symlinkSync('/etc/hostname', join(workspace, 'host.txt'))
        return { attachments: 'host.txt' }
      },
      '입력 `attachments`: host.txt은(는) 심볼릭 링크이며, 그 대상(/etc/hostname)이 워크스페이스({ws}) 밖에 있습니다(패턴 `host.txt`)',
      '패턴을 좁히거나 `!` 줄로 이 경로를 제외하세요. 다른 곳의 파일을 첨부하려면 앞 단계에서 워크스페이스나 RUNNER_TEMP로 복사하세요. ' +
        '파일은 심볼릭 링크를 따라간 뒤 워크스페이스나 RUNNER_TEMP 안에 있는 일반 파일만 읽습니다. ' +
        '다른 곳의 파일(예: /proc/self/environ)을 가리키는 링크는 그 내용을 메일로 보내게 됩니다. 이 링크가 직접 작성하지 않은 변경에 들어 있었다면 시크릿과 함께 실행하지 마세요.'
    ],
    [
      'an attachment pattern that matches nothing with `if-no-files-found: error`',
      () => ({ attachments: 'logs/*.log', 'if-no-files-found': 'error' }),
      '입력 `attachments`: `logs/*.log`에 맞는 파일이 없습니다',
      '패턴을 워크스페이스와 맞춰 보거나(경로는 워크스페이스 기준입니다), 그 파일 없이 보내려면 `if-no-files-found: warn`으로 설정하세요.'
    ],
    [
      'attachments over 25 MB',
      (workspace) => {
        // Sparse: the size is what is checked, before anything is read.
        writeFileSync(join(workspace, 'dump.bin'), '')
        truncateSync(join(workspace, 'dump.bin'), 26 * 1024 * 1024)
        return { attachments: 'dump.bin' }
      },
      '첨부 파일이 모두 26.0 MB로, Gmail이 메시지 하나에 받는 25 MB를 넘습니다',
      '큰 파일은 actions/upload-artifact로 올리고 대신 링크를 보내세요. 실행 페이지(`body`의 {{ run_url }})에 그 아티팩트가 나옵니다. ' +
        '또는 `attachments`를 좁히세요. 가장 큰 파일: dump.bin (26.0 MB).'
    ],
    [
      'a `body` whose Markdown nests too deeply',
      () => ({ body: `${'>'.repeat(MAX_MARKDOWN_NESTING + 2)} deep` }),
      `입력 \`body\`: 인용, 목록, 강조, 링크가 ${MAX_MARKDOWN_NESTING}단계보다 깊게 중첩되어 있습니다`,
      `\`body\`에서 인용(\`>\`), 목록, 강조는 ${MAX_MARKDOWN_NESTING}단계까지만 중첩하세요. Markdown으로 읽히면 안 되는 텍스트는 코드 블록에 넣으세요.`
    ]
  ])('%s: the problem and its fix in Korean, before any connection', async (_case, prepare, title, fix) => {
    const workspace = newWorkspace()
    const inputs = prepare(workspace)
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(double, { language: 'ko', status: 'failure', ...inputs }), {
      env: testStepEnv({ GITHUB_WORKSPACE: workspace }),
      event: {}
    })

    expect(result.exitCode).toBe(1)
    const [said, howToFix, ...more] = annotationOf(result.stdout).split('\n')
    expect(said).toBe(`${title.replace('{ws}', workspace)} [error-code: ${inputs.attachments === 'dump.bin' ? 'message-too-large' : 'invalid-input'}]`)
    expect(howToFix).toBe(`해결 방법: ${fix}`)
    expect(more).toEqual([])
    expect(englishIn(`${said}\n${howToFix}`)).toEqual([])
    expect(result.summary).toContain(`### ✖ 이메일 알림을 보내지 못했습니다: ${title.replace('{ws}', workspace)}`)
    expect(double.connections).toBe(0)
  })
})
