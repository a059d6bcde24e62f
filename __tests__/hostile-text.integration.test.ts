import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble, type Reply, type SeenLogin } from './support/gmail-double.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'
import { findLeaks, leakForms } from './support/leaks.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

/**
 * The lines of a step's output that the runner runs as workflow commands: it splits at CR,
 * LF and CRLF and trims each line (.NET's TrimStart: any white space) before looking for
 * `::` or the older `##[`.
 */
function commandsRun(stdout: string): string[] {
  return stdout
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimStart())
    .filter((line) => line.startsWith('::') || line.startsWith('##['))
}

/**
 * The value of an `::add-mask::` line is a form of the password: itself, or part of what
 * AUTH PLAIN or LOGIN put in base64, at any of the three alignments in a longer string.
 */
function masksAForm(line: string, password: string): boolean {
  const value = line.slice('::add-mask::'.length)
  const encodings = [password, `\0${USERNAME}\0${password}`].flatMap((secret) =>
    [0, 1, 2].map((offset) => Buffer.concat([Buffer.alloc(offset), Buffer.from(secret)]).toString('base64'))
  )
  return value === password || encodings.some((encoded) => encoded.includes(value))
}

/**
 * The commands run that the action did not issue itself. Its own are masks for forms of
 * the password and its debug messages and annotations, whose text starts with its own
 * words; a command written by the server starts with an `…INJECTED` marker.
 */
function foreignCommands(stdout: string, password = APP_PASSWORD): string[] {
  return commandsRun(stdout).filter((line) =>
    line.startsWith('::add-mask::') ? !masksAForm(line, password) : !/^::(debug|notice|warning|error)::/.test(line) || /^::\w+::[\w-]*INJECTED/.test(line)
  )
}

function runAgainstDouble(inputs: Record<string, string>, event: unknown = {}, env: NodeJS.ProcessEnv = {}): Promise<RunnerResult> {
  return runBuiltAction(
    {
      server: 'localhost',
      port: String(double!.port),
      secure: String(double!.mode === 'implicit'),
      username: USERNAME,
      password: APP_PASSWORD,
      to: 'team@example.com',
      timeout: '5',
      ...inputs
    },
    { env: testStepEnv(env), event }
  )
}

describe('workflow commands: only the action issues them', () => {
  it('server lines that are commands (greeting, EHLO before STARTTLS, the reply to DATA) are printed with debug but never run', async () => {
    // Port 587's replies before STARTTLS are plain text: anyone on the path can add lines.
    const injected: Record<string, string> = {
      '220 smtp.gmail.com': '::add-mask::GREETING-INJECTED',
      '250-smtp.gmail.com': '\u00a0 ::stop-commands::EHLO-INJECTED',
      '250 2.0.0 OK': '##[error]DATA-INJECTED'
    }
    const alterReply = (reply: Reply): Reply => {
      const key = Object.keys(injected).find((start) => reply[0].startsWith(start))
      if (!key) return reply
      // Every line but the last continues the reply, so the added line ends it.
      return [...reply.map((line) => line.replace(/^(\d{3})[ -]/, '$1-')), injected[key]]
    }
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), alterReply })
    const result = await runAgainstDouble({ debug: 'true' })

    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
    // The action's own commands ran (the masks first), and nothing else.
    expect(foreignCommands(result.stdout)).toEqual([])
    expect(commandsRun(result.stdout)[0]).toBe(`::add-mask::${APP_PASSWORD}`)
    // The lines reached the action and were printed, marked as the server's.
    expect(result.stdout).toContain('\nS: ::add-mask::GREETING-INJECTED\n')
    expect(result.stdout).toContain('\nS: \u00a0 ::stop-commands::EHLO-INJECTED\n')
    expect(result.stdout).toContain('\nS: ##[error]DATA-INJECTED\n')
    expect(result.stdout).toMatch(/^C: EHLO /m)
  })

  it("commands, an ESC and a NUL in a refusal reach the annotation as text, escaped, and the action's ::error is the only error", async () => {
    const reply = [BAD_CREDENTIALS[0].replace(/^535 /, '535-'), '535-5.7.8 \x1b[2J\x1b[31mcleared\0hidden', '::error::AUTH-INJECTED']
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), onAuth: () => reply })
    const result = await runAgainstDouble({ debug: 'true' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(foreignCommands(result.stdout)).toEqual([])
    for (const raw of ['\0', '\x1b']) expect(result.stdout).not.toContain(raw)
    const errors = commandsRun(result.stdout).filter((line) => line.startsWith('::error::'))
    expect(errors).toHaveLength(1)
    const [annotation] = errors
    expect(annotation).toMatch(/^::error::\S/)
    expect(annotation).not.toMatch(/^::error::AUTH-INJECTED/)
    expect(annotation).toContain('\\x1b[2J\\x1b[31mcleared\\x00hidden')
    expect(annotation).toContain('::error::AUTH-INJECTED')
    // The debug transcript shows the same line escaped, and the injected one marked as the server's.
    expect(result.stdout).toContain('S: 535-5.7.8 \\x1b[2J\\x1b[31mcleared\\x00hidden')
    expect(result.stdout).toContain('\nS: ::error::AUTH-INJECTED\n')
    // The job summary shows the reply escaped too.
    expect(result.summary).toContain('\\x1b[2J\\x1b[31mcleared\\x00hidden')
    for (const raw of ['\0', '\x1b']) expect(result.summary).not.toContain(raw)
  })

  it('a refusal holding a code fence cannot end the block it is shown in and write Markdown into the job summary', async () => {
    const reply = ['535-5.7.8 Username and Password not accepted ```', '535-5.7.8 ## Injected heading [sign in again](https://evil.example)', '535 5.7.8 ````']
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), onAuth: () => reply })
    const result = await runAgainstDouble({})

    expect(result.outputs['error-code']).toBe('auth-rejected')
    const block = /\*\*Server replied:\*\*\n\n(`{3,})\n([^\n]*)\n\1\n/.exec(result.summary)
    expect(block?.[1]).toBe('`````')
    expect(block?.[2]).toContain('## Injected heading [sign in again](https://evil.example)')
  })
})

describe('masking', () => {
  it('a password with runs of spaces and tabs, quoted back by the server, leaks in no form: not as sent, not collapsed to one line', async () => {
    const password = 'correct  horse\t\tbattery   staple'
    const collapsed = password.replace(/\s+/g, ' ')
    // Quoted verbatim and in the base64 it was sent in, the way some servers refuse a login.
    const quoteBack = (login: SeenLogin) => [`535 5.7.8 Authentication failed for ${login.secret} (${Buffer.from(login.secret).toString('base64')})`]
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), authMethods: ['LOGIN'], onAuth: quoteBack })
    const result = await runAgainstDouble({ password, debug: 'true' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('auth-rejected')
    expect(double.logins.map((login) => login.secret)).toEqual([password])
    const isMask = (line: string) => line.startsWith('::add-mask::')
    const lines = result.stdout.split('\n')
    const printed = [...lines.filter((line) => !isMask(line)), result.summary, ...Object.values(result.outputs)].join('\n')
    expect(findLeaks(printed, [password, collapsed])).toEqual([])
    // The runner masks them too.
    const registered = lines.filter(isMask).map((line) => line.slice('::add-mask::'.length))
    for (const form of [password, collapsed]) expect(registered).toContain(form)
    // The refusal was printed (masked) in the annotation, the summary and the debug transcript.
    expect(printed).toMatch(/^::error::.*Authentication failed for \*\*\* \(\*\*\*/m)
    expect(result.summary).toContain('Authentication failed for *** (***')
    expect(printed).toMatch(/^S: 535 5\.7\.8 Authentication failed for \*\*\* \(\*\*\*/m)
    // Not even a shorter piece of the collapsed form, such as its words in order.
    expect(printed).not.toContain('horse battery')
    expect(leakForms(password).length).toBeGreaterThan(1)
  })
})

describe('links', () => {
  const attack = 'javascript:alert(document.domain)'
  /** Every href of the HTML part; the link texts show that the links were there to make. */
  async function hrefsOfSent(): Promise<{ hrefs: string[]; html: string }> {
    expect(double!.messages).toHaveLength(1)
    const mail = await simpleParser(double!.messages[0].raw)
    const html = String(mail.html)
    return { hrefs: [...html.matchAll(/\bhref\s*=\s*"([^"]*)"/gi)].map((m) => m[1]), html }
  }
  const onlyWebAndMail = (hrefs: string[]) => hrefs.filter((href) => !/^(https?:\/\/|mailto:)/.test(href))

  it.each<[string, unknown, string]>([
    [
      'push',
      {
        commits: [1, 2].map((i) => ({ id: `${i}`.padEnd(40, 'a'), message: `Change ${i}`, url: `${attack}//${i}`, author: { name: 'Mona' } })),
        compare: 'JavaScript:alert(1)'
      },
      'Compare the changes'
    ],
    [
      'pull_request',
      { pull_request: { number: 7, title: 'Fix', html_url: attack, head: { ref: 'fix', sha: 'f'.repeat(40) }, base: { ref: 'main' } } },
      '#7 Fix'
    ],
    ['release', { action: 'published', release: { tag_name: 'v2', name: 'Two', html_url: ' javascript:alert(1)' } }, 'Two'],
    ['workflow_run', { workflow_run: { name: 'Build', run_number: 41, conclusion: 'failure', html_url: 'java\tscript:alert(1)' } }, 'Build #41']
  ])('a %s event with javascript: URLs gives a notification whose links are all http(s)', async (event, payload, shown) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainstDouble({}, payload, { GITHUB_EVENT_NAME: event })

    expect(result.exitCode).toBe(0)
    const { hrefs, html } = await hrefsOfSent()
    expect(html).toContain(shown)
    expect(hrefs.length).toBeGreaterThan(0)
    expect(onlyWebAndMail(hrefs)).toEqual([])
  })

  it('placeholders and Markdown links in the body become links only for http, https and mailto', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const event = { pull_request: { number: 7, title: 'Fix', html_url: attack, head: { ref: 'fix', sha: 'f'.repeat(40) }, base: { ref: 'main' } } }
    const body = [
      'Review [the pull request]({{ pr_url }}), {{ pr_url }}, [pasted](javascript:alert(2)), [data](data:text/html,x) and [ref][r].',
      '',
      'Ask [the team](mailto:team@example.com) or see <https://docs.example/ci>.',
      '',
      '[r]: vbscript:msgbox(3)'
    ].join('\n')
    const result = await runAgainstDouble({ body }, event, { GITHUB_EVENT_NAME: 'pull_request' })

    expect(result.exitCode).toBe(0)
    const { hrefs, html } = await hrefsOfSent()
    expect(html).toContain('Review the pull request, javascript:alert(document.domain), pasted, data and ref.')
    expect(hrefs.filter((href) => !href.startsWith('https://github.com/'))).toEqual(['mailto:team@example.com', 'https://docs.example/ci'])
    expect(onlyWebAndMail(hrefs)).toEqual([])
  })
})

describe('Markdown the renderer cannot handle', () => {
  const deep = `${'> '.repeat(20000)}x`

  it.each([['body'], ['body-file']])('20,000 nested quotes in %s fail before connecting as invalid-input naming it, with a fix', async (input) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const workspace = mkdtempSync(join(tmpdir(), 'notify-workspace-'))
    writeFileSync(join(workspace, 'notes.md'), deep)
    const result = await runAgainstDouble(input === 'body' ? { body: deep } : { 'body-file': 'notes.md' }, {}, { GITHUB_WORKSPACE: workspace })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    const annotation = result.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(annotation).toContain(`Input \`${input}\`: nests quotes, lists, emphasis or links more than`)
    expect(annotation).toContain(`How to fix: Nest quotes`)
    expect(annotation).not.toContain('Sending through')
    expect(double.connections).toBe(0)
  })
})
