import { describe, expect, it } from 'vitest'
import { NotifyError } from '../src/errors.ts'
import { createReport, describeFailure, failureSummary, maskDiagnosis } from '../src/report.ts'
import { readSettings } from '../src/settings.ts'
import { stubCore } from './support/core-stub.ts'

const REFUSED = {
  code: 'auth-rejected' as const,
  title: 'smtp.gmail.com did not accept the username and password (username: octo.cat@gmail.com)',
  reply: '535 5.7.8 \x1b[31mno\0',
  fix: 'Create an App Password.',
  retryable: false
}

describe('the words of a failure', () => {
  it('are one annotation: title with the code, the reply, the fix; control characters escaped', () => {
    expect(describeFailure(REFUSED)).toBe(
      'smtp.gmail.com did not accept the username and password (username: octo.cat@gmail.com) [error-code: auth-rejected]\n' +
        'Server replied: 535 5.7.8 \\x1b[31mno\\x00\n' +
        'How to fix: Create an App Password.'
    )
  })

  it('put the reply of the job summary in a code block it cannot close', () => {
    const summary = failureSummary({ ...REFUSED, reply: '535 ``` **not bold** ```` [x](https://evil.example)' })
    expect(summary).toContain('\n`````\n535 ``` **not bold** ```` [x](https://evil.example)\n`````\n')
  })

  it('mask every secret in every text, leaving the code alone', () => {
    const masked = maskDiagnosis({ ...REFUSED, detail: 'sent hunter2', fix: 'not hunter2' }, (text) => text.replaceAll('hunter2', '***'))
    expect(masked).toEqual({ ...REFUSED, detail: 'sent ***', fix: 'not ***' })
  })
})

describe('the report of a run', () => {
  const settings = readSettings((name) => ({ username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com' })[name] ?? '')
  const env = { GITHUB_STEP_SUMMARY: '/summary' }

  it('shows a sent subject in the job summary as text: event text cannot add a link or emphasis', async () => {
    const record = stubCore({})
    const result = { messageId: '<id@gmail.com>', accepted: ['team@example.com'], rejected: [], rejections: [], attempts: 1 }
    await createReport(record.core, env, (text) => text).sent(
      settings,
      { subject: 'Fix *all* [bugs](javascript:alert(1))', text: '', html: '', htmlContent: '' },
      result
    )

    expect(record.summary).toContain('**Fix \\*all\\* \\[bugs\\]\\(javascript\\:alert\\(1\\)\\)** to 1 recipient through smtp.gmail.com.')
    expect(record.outputs).toEqual({ 'message-id': '<id@gmail.com>', accepted: 'team@example.com', rejected: '' })
  })

  it('counts each recipient once, as the envelope has them, when an address is repeated', () => {
    const repeated = readSettings(
      (name) =>
        ({ username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com, Team@Example.com', bcc: 'team@example.com' })[name] ?? ''
    )
    const record = stubCore({})
    createReport(record.core, env, (text) => text).sending(repeated, { subject: 'CI', text: '', html: '', htmlContent: '' })
    expect(record.lines.map((line) => line.text)).toEqual(['Sending "CI" to 1 recipient through smtp.gmail.com:465 (TLS).'])
  })

  it('writes the error code, the summary and who already has the message, and hands back the annotation', async () => {
    const record = stubCore({})
    const error = new NotifyError(REFUSED)
    error.delivery = { messageId: '<id@gmail.com>', accepted: ['a@example.com'], rejected: ['b@example.com'] }
    const facts = { server: 'smtp.gmail.com', port: 465, secure: true, username: 'octo.cat@gmail.com', timeoutSeconds: 30, usesOAuth2: false }
    const annotation = await createReport(record.core, env, (text) => text).failed(error, facts)

    expect(annotation).toBe(describeFailure(REFUSED))
    expect(record.outputs).toEqual({ 'error-code': 'auth-rejected', 'message-id': '<id@gmail.com>', accepted: 'a@example.com', rejected: 'b@example.com' })
    expect(record.lines).toEqual([{ kind: 'warning', text: 'Before this failure the message went to 1 recipient: a@example.com.' }])
    expect(record.summary).toContain('### ✖ Email notification not sent: smtp.gmail.com did not accept')
    // run() alone fails the step.
    expect(record.failed).toBeUndefined()
  })
})
