import { simpleParser } from 'mailparser'
import MailComposer from 'nodemailer/lib/mail-composer'
import { describe, expect, it } from 'vitest'
import type { ComposedMessage } from '../src/compose.ts'
import { readSettings } from '../src/settings.ts'
import { buildMail } from '../src/mail.ts'
import { isStreakMail, listIdHeader, listLabel, streakRootId, type StreakIdentity } from '../src/threading.ts'

const STREAK: StreakIdentity = {
  serverUrl: 'https://github.com',
  repository: 'octo-org/rocket',
  workflowId: 7,
  place: 'branch:main',
  firstFailingRunId: 415000
}

describe('streakRootId', () => {
  it('is the same for the same streak, and a valid msg-id on the server host', () => {
    expect(streakRootId(STREAK)).toBe(streakRootId({ ...STREAK }))
    expect(streakRootId(STREAK)).toMatch(/^streak-415000\.[0-9a-f]{32}@github\.com$/)
  })

  it.each([
    ['another first failed run', { firstFailingRunId: 415001 }],
    ['another branch', { place: 'branch:develop' }],
    ['a pull request', { place: 'pull:12' }],
    ['another workflow', { workflowId: 8 }],
    ['another repository', { repository: 'octo-org/other' }],
    ['another server', { serverUrl: 'https://ghe.example.com' }]
  ])('differs for %s', (_case, change) => {
    expect(streakRootId({ ...STREAK, ...change })).not.toBe(streakRootId(STREAK))
  })

  it('does not let the server URL put anything odd in the identifier', () => {
    expect(streakRootId({ ...STREAK, serverUrl: 'not a url' })).toMatch(/@github\.invalid$/)
    expect(streakRootId({ ...STREAK, serverUrl: 'https://ghe.example.com:8443/' })).toMatch(/@ghe\.example\.com$/)
  })
})

describe('isStreakMail', () => {
  it('threads broken, still-failing and fixed, nothing else', () => {
    expect(['broken', 'still-failing', 'fixed', 'passing', 'cancelled', 'unknown'].filter((t) => isStreakMail(t as never))).toEqual([
      'broken',
      'still-failing',
      'fixed'
    ])
  })
})

describe('List-Id', () => {
  it.each([
    ['Nightly build', 'nightly-build'],
    ['CI', 'ci'],
    ['  --Build & Test (Linux)--  ', 'build-test-linux'],
    ['my_repo.js', 'my-repo-js'],
    ['x'.repeat(80), 'x'.repeat(63)],
    [`${'a'.repeat(62)}-b`, 'a'.repeat(62)]
  ])('label of %j is %j', (name, label) => {
    expect(listLabel(name, 'workflow')).toBe(label)
  })

  it('gives a name with no Latin letter or digit a stable hashed label', () => {
    expect(listLabel('Сборка', 'workflow')).toMatch(/^workflow-[0-9a-f]{8}$/)
    expect(listLabel('Сборка', 'workflow')).toBe(listLabel('Сборка', 'workflow'))
    expect(listLabel('Сборка', 'workflow')).not.toBe(listLabel('Тесты', 'workflow'))
  })

  it('names the workflow and repository under github.invalid', () => {
    expect(listIdHeader('Nightly build', 'octo-org/rocket')).toBe('"Nightly build (octo-org/rocket)" <nightly-build.rocket.octo-org.github.invalid>')
    expect(listIdHeader('Say "hi" \\ bye', 'o/r')).toBe('"Say \\"hi\\" \\\\ bye (o/r)" <say-hi-bye.r.o.github.invalid>')
  })

  it('keeps a hostile workflow name on one header line', () => {
    const header = listIdHeader('CI\r\nBcc: victim@example.com', 'o/r')
    expect(header).not.toMatch(/[\r\n]/)
    expect(header).toBe('"CI Bcc: victim@example.com (o/r)" <ci-bcc-victim-example-com.r.o.github.invalid>')
  })
})

describe('the headers on the wire', () => {
  const settings = readSettings((name) => ({ username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com' })[name] ?? '')
  const message = (thread?: ComposedMessage['thread']): ComposedMessage => ({ subject: 's', text: 't', html: '<p>t</p>', htmlContent: '', thread })
  const parse = async (composed: ComposedMessage) => simpleParser(await new MailComposer(buildMail(settings, composed)).compile().build())

  it('a streak mail refers to its root in References and In-Reply-To, and has a Message-ID of its own', async () => {
    const root = streakRootId(STREAK)
    const mail = await parse(message({ root, listId: listIdHeader('Nightly build', 'octo-org/rocket') }))
    expect(mail.inReplyTo).toBe(`<${root}>`)
    expect(mail.references).toBe(`<${root}>`)
    expect(mail.messageId).not.toBe(`<${root}>`)
    expect(mail.headers.get('list')).toEqual({ id: { name: 'Nightly build (octo-org/rocket)', id: 'nightly-build.rocket.octo-org.github.invalid' } })
  })

  it('a workflow name in another script is sent as encoded words and read back', async () => {
    const listId = listIdHeader('Сборка и тесты — ночная сборка всех пакетов проекта', 'octo-org/rocket')

    expect(listId).toMatch(/^[\x20-\x7e]+$/)
    const mail = await parse(message({ listId }))
    // mailparser leaves the encoded words of a List-Id phrase as they are; each is whole UTF-8.
    const { name, id } = (mail.headers.get('list') as { id: { name: string; id: string } }).id
    const words = [...name.matchAll(/=\?UTF-8\?B\?([A-Za-z0-9+/=]+)\?=/g)].map((m) => Buffer.from(m[1], 'base64').toString('utf8'))
    expect(words.length).toBeGreaterThan(1)
    expect(words.join('')).toBe('Сборка и тесты — ночная сборка всех пакетов проекта (octo-org/rocket)')
    expect(words.join('')).not.toContain('\ufffd')
    expect(id).toMatch(/^workflow-[0-9a-f]{8}\.rocket\.octo-org\.github\.invalid$/)
    expect(mail.inReplyTo).toBeUndefined()
    expect(mail.references).toBeUndefined()
  })

  it('a mail without thread headers has none of them', async () => {
    const mail = await parse(message())
    expect(mail.headers.has('list')).toBe(false)
    expect(mail.headers.has('list-id')).toBe(false)
    expect(mail.inReplyTo).toBeUndefined()
  })
})
