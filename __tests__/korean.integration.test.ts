import { mkdirSync, mkdtempSync, realpathSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
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
    const run = (n: number, conclusion: string | null): ApiWorkflowRun => ({
      id: idOf(n),
      run_number: n,
      run_attempt: 1,
      workflow_id: 7,
      event: 'push',
      status: conclusion ? 'completed' : 'in_progress',
      conclusion,
      head_branch: 'main',
      head_sha: shaOf(n),
      html_url: `https://github.com/octo-org/app/actions/runs/${idOf(n)}`,
      pull_requests: [],
      head_repository: { full_name: 'octo-org/app' }
    })
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
