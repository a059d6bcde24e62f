import { simpleParser, type AddressObject } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { APP_PASSWORD, tlsFiles, USERNAME } from './support/action.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

// The address inputs as a workflow writes them, end to end: the built action run as the
// runner runs it, and what the server received (the envelope and the parsed headers).

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

function runAgainstDouble(inputs: Record<string, string>): Promise<RunnerResult> {
  return runBuiltAction(
    {
      server: 'localhost',
      port: String(double!.port),
      secure: 'true',
      username: USERNAME,
      password: APP_PASSWORD,
      status: 'failure',
      timeout: '5',
      ...inputs
    },
    { env: testStepEnv(), event: {} }
  )
}

/** The ::error:: annotation the runner shows, with the workflow command's escapes undone. */
function annotationOf(stdout: string): string {
  const line = stdout.split('\n').find((l) => l.startsWith('::error::')) ?? ''
  return line.slice('::error::'.length).replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

const mailboxesOf = (header: AddressObject | AddressObject[] | undefined) => [header ?? []].flat().flatMap((field) => field.value)

describe('the address inputs, as the server receives them', () => {
  it('mails every recipient of a YAML list in a block scalar and of a semicolon-separated list, with the display names written', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainstDouble({
      to: '- alice@example.com\n- "Doe, Jane" <jane@example.com>\n',
      cc: 'lead@example.com; "ops@night" <ops@example.com>',
      bcc: '- audit@example.com',
      from: '"ci@octo-org" <octo.cat@gmail.com>'
    })

    expect(annotationOf(result.stdout)).toBe('')
    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
    const [received] = double.messages
    expect(received.mailFrom).toBe(USERNAME)
    expect(received.rcptTo).toEqual(['alice@example.com', 'jane@example.com', 'lead@example.com', 'ops@example.com', 'audit@example.com'])
    const mail = await simpleParser(received.raw)
    expect(mailboxesOf(mail.to)).toEqual([
      { name: '', address: 'alice@example.com' },
      { name: 'Doe, Jane', address: 'jane@example.com' }
    ])
    expect(mailboxesOf(mail.cc)).toEqual([
      { name: '', address: 'lead@example.com' },
      { name: 'ops@night', address: 'ops@example.com' }
    ])
    expect(mail.bcc).toBeUndefined()
    expect(received.raw).not.toMatch(/^bcc:/im)
    expect(mailboxesOf(mail.from)).toEqual([{ name: 'ci@octo-org', address: 'octo.cat@gmail.com' }])
  })

  it('refuses addresses separated by a space before connecting, rather than mail the first with the second as its name', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainstDouble({ to: 'alice@example.com bob@example.com' })

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(double.connections).toBe(0)
    expect(double.messages).toEqual([])
    const annotation = annotationOf(result.stdout)
    expect(annotation).toContain('Input `to`: "bob@example.com" holds an address, but would be the display name of alice@example.com, not a recipient')
    expect(annotation).toContain('Separate addresses with commas or new lines')
    expect(result.summary).toContain('Separate addresses with commas or new lines')
  })

  it('says so in Korean with `language: ko`', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const result = await runAgainstDouble({ to: 'team@example.com', cc: 'mailto:lead@example.com', language: 'ko' })

    expect(result.outputs['error-code']).toBe('invalid-input')
    expect(double.connections).toBe(0)
    const annotation = annotationOf(result.stdout)
    expect(annotation).toContain('입력 `cc`: "mailto:lead@example.com"은(는) 주소가 아니라 mailto: 링크입니다')
    expect(annotation).toContain('`mailto:`를 지우고')
  })

  it('refuses a Gmail `username` without its domain on `username`, which Gmail needs as the login, without connecting', async () => {
    // smtp.gmail.com is never reached: the inputs are refused before any connection.
    const result = await runBuiltAction(
      { server: 'smtp.gmail.com', username: 'octo.cat', password: APP_PASSWORD, to: 'team@example.com', timeout: '1' },
      { env: testStepEnv(), event: {} }
    )

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('invalid-input')
    const annotation = annotationOf(result.stdout)
    expect(annotation).toContain('Input `username`: "octo.cat" is not a full email address, and Gmail takes only the full address as the login')
    expect(annotation).toContain('you@gmail.com, or your Google Workspace address')
  })
})
