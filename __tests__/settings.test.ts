import { describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.ts'
import { normalisePassword, parseMailboxes, readSettings } from '../src/settings.ts'

const base = { username: 'me@gmail.com', password: 'abcdefghijklmnop', to: 'you@example.com' }
const read = (inputs: Record<string, string>, notes = { notices: [] as string[] }) =>
  readSettings((name) => ({ ...base, ...inputs })[name as keyof typeof base] ?? '', notes)

function inputError(fn: () => unknown): InputError {
  try {
    fn()
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error('expected an InputError')
}

describe('readSettings', () => {
  it('fills the documented defaults', () => {
    const settings = read({})
    expect(settings).toMatchObject({
      server: 'smtp.gmail.com',
      port: 465,
      secure: true,
      from: { name: '', address: 'me@gmail.com' },
      to: [{ name: '', address: 'you@example.com' }],
      cc: [],
      timeoutSeconds: 30,
      retries: 2,
      debug: false,
      subject: undefined,
      body: undefined,
      status: undefined
    })
  })

  it('infers secure from the port unless it is given', () => {
    expect(read({ port: '587' }).secure).toBe(false)
    expect(read({ port: '587', secure: 'true' }).secure).toBe(true)
    expect(read({ port: '465', secure: 'FALSE' }).secure).toBe(false)
  })

  it('reads recipients separated by commas and new lines, with display names', () => {
    const settings = read({ to: 'a@example.com, "Doe, Jane" <jane@example.com>\n\n  b@example.com  ' })
    expect(settings.to).toEqual([
      { name: '', address: 'a@example.com' },
      { name: 'Doe, Jane', address: 'jane@example.com' },
      { name: '', address: 'b@example.com' }
    ])
  })

  it.each([
    ['to', '', 'is empty'],
    ['to', 'not-an-address', '"not-an-address" is not an email address'],
    ['cc', 'a@example.com, bob@', '"bob@" is not an email address'],
    ['bcc', 'Friends: a@example.com, b@example.com;', 'is an address group'],
    ['from', 'a@example.com, b@example.com', 'must be exactly one address'],
    ['port', '0', 'from 1 to 65535'],
    ['port', '99999', 'from 1 to 65535'],
    ['port', 'smtp', 'from 1 to 65535'],
    ['secure', 'yes', 'neither true nor false'],
    ['timeout', '-1', 'whole number'],
    ['retries', '1.5', 'whole number'],
    ['status', 'failed', 'not a job status'],
    ['server', 'smtp.gmail.com:587', 'not a host name'],
    ['username', ' ', 'is empty'],
    ['password', '', 'is empty']
  ])('rejects %s = %j, naming the input', (input, value, problem) => {
    const error = inputError(() => read({ [input]: value }))
    expect(error.input).toBe(input)
    expect(error.diagnosis.code).toBe('invalid-input')
    expect(error.diagnosis.title).toContain(`\`${input}\``)
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.fix).toMatch(/\S/)
  })

  it('says `from` defaults to a `username` that is not an address, rather than blaming an input never set', () => {
    const error = inputError(() => read({ username: 'ci-notifier', server: 'mail.example.com' }))
    expect(error.input).toBe('from')
    expect(error.diagnosis.title).toContain('defaults to `username` ("ci-notifier")')
    expect(error.diagnosis.fix).toContain('Set `from`')
    expect(read({ username: 'ci-notifier', server: 'mail.example.com', from: 'CI <ci@example.com>' }).from).toEqual({ name: 'CI', address: 'ci@example.com' })
  })

  it('tells how to skip forks without losing the notification on failures and pushes', () => {
    const error = inputError(() => read({ password: '' }))
    expect(error.diagnosis.fix).toContain(
      "always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)"
    )
    expect(error.diagnosis.fix).toContain('Dependabot')
  })

  it('never shows the password value in an input error', () => {
    const error = inputError(() => read({ password: '   ' }))
    expect(error.diagnosis.title).not.toContain('   "')
  })

  it('keeps a subject on one line so it cannot start a new header', () => {
    expect(read({ subject: 'Build failed\r\nBcc: victim@example.com' }).subject).toBe('Build failed Bcc: victim@example.com')
  })

  it('accepts the status GitHub gives, in any case', () => {
    expect(read({ status: 'Failure' }).status).toBe('failure')
    expect(read({ status: 'cancelled' }).status).toBe('cancelled')
  })
})

describe('normalisePassword', () => {
  it('removes the spaces Google shows in an App Password, and says so', () => {
    const { password, notice } = normalisePassword('smtp.gmail.com', 'abcd efgh ijkl mnop')
    expect(password).toBe('abcdefghijklmnop')
    expect(notice).toContain('spaces')
    expect(normalisePassword('smtp.googlemail.com', 'abcd efgh ijkl mnop').password).toBe('abcdefghijklmnop')
  })

  it('leaves passwords for other servers exactly as given', () => {
    expect(normalisePassword('mail.example.com', 'abcd efgh ijkl mnop')).toEqual({ password: 'abcd efgh ijkl mnop' })
  })

  it('leaves a Gmail password that is not an App Password alone', () => {
    expect(normalisePassword('smtp.gmail.com', 'correct horse battery')).toEqual({ password: 'correct horse battery' })
  })
})

describe('parseMailboxes', () => {
  it('returns nothing for an empty value', () => {
    expect(parseMailboxes('cc', ' \n ')).toEqual([])
  })
})

describe('templates in the inputs', () => {
  it('rejects an unknown placeholder in subject or body before anything else, and both body and body-file together', () => {
    expect(inputError(() => read({ subject: 'Build {{ sttaus }}' })).diagnosis.title).toBe('Input `subject`: unknown placeholder {{ sttaus }}')
    expect(inputError(() => read({ body: 'See {{ run_link }}' })).input).toBe('body')
    expect(inputError(() => read({ body: 'Hi', 'body-file': 'a.md' })).input).toBe('body-file')
    expect(read({ 'body-file': ' notify.md ', subject: '{{ workflow }} {{ status }}' })).toMatchObject({
      bodyFile: 'notify.md',
      subject: '{{ workflow }} {{ status }}'
    })
  })
})

describe('content inputs', () => {
  it('reads attachments one pattern a line, and the documented defaults', () => {
    expect(read({})).toMatchObject({ attachments: [], ifNoFilesFound: 'warn', dryRun: false, logLines: 20, githubToken: '' })
    expect(read({ attachments: ' dist/*.zip \n\n!dist/skip.zip\r\nreport.txt' }).attachments).toEqual(['dist/*.zip', '!dist/skip.zip', 'report.txt'])
    expect(read({ 'if-no-files-found': 'Error', 'log-lines': '0' })).toMatchObject({ ifNoFilesFound: 'error', logLines: 0 })
  })

  it('rejects an unknown if-no-files-found and a log-lines out of range', () => {
    expect(inputError(() => read({ 'if-no-files-found': 'fail' })).input).toBe('if-no-files-found')
    expect(inputError(() => read({ 'log-lines': '500' })).diagnosis.fix).toContain('from 0 to 200')
  })

  it('needs no password for a dry run, which opens no connection', () => {
    expect(inputError(() => read({ password: '' })).input).toBe('password')
    expect(read({ password: '', 'dry-run': 'true' }).dryRun).toBe(true)
  })
})

describe('addresses longer than SMTP allows (RFC 5321, 4.5.3.1)', () => {
  const label63 = 'd'.repeat(63)
  it.each([
    ['a 10,000-character local part', 'to', `${'x'.repeat(10_000)}@example.com`, 'before the @ is 10000 octets long; SMTP allows 64'],
    ['a local part of 65 octets', 'cc', `${'x'.repeat(65)}@example.com`, 'before the @ is 65 octets'],
    ['33 two-octet letters before the @ (66 octets, 33 characters)', 'bcc', `${'é'.repeat(33)}@example.com`, 'before the @ is 66 octets'],
    ['a domain label of 64 octets', 'reply-to', `me@${'d'.repeat(64)}.com`, 'is 64 octets long; SMTP allows 63'],
    ['an address of 255 octets', 'from', `${'x'.repeat(60)}@${label63}.${label63}.${'d'.repeat(62)}.com`, 'it is 255 octets long; SMTP allows 254'],
    ['an over-long address behind a display name', 'to', `"Team" <${'x'.repeat(100)}@example.com>`, 'before the @ is 100 octets']
  ])('refuses %s as invalid-input naming `%s`', (_case, input, value, problem) => {
    const error = inputError(() => read({ [input]: value }))
    expect(error.input).toBe(input)
    expect(error.diagnosis.code).toBe('invalid-input')
    expect(error.diagnosis.title).toContain(`\`${input}\``)
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.fix).toContain('RFC 5321')
    // The title shows the start of the value, not all of it.
    expect(error.diagnosis.title.length).toBeLessThan(250)
  })

  it.each([
    ['64 octets before the @', `${'x'.repeat(64)}@example.com`],
    ['32 two-octet letters before the @ (64 octets)', `${'é'.repeat(32)}@example.com`],
    ['a domain label of 63 octets', `me@${label63}.com`],
    ['an address of exactly 254 octets', `${'x'.repeat(59)}@${label63}.${label63}.${'d'.repeat(62)}.com`],
    ['an international domain whose punycode labels fit, though its UTF-8 is longer', `me@${'ü'.repeat(40)}.de`]
  ])('accepts %s', (_case, address) => {
    expect(read({ to: address }).to).toEqual([{ name: '', address }])
  })

  it('checks a huge value in linear time, and a dotted local part without backtracking', () => {
    expect(inputError(() => read({ to: `${'x'.repeat(5_000_000)}@example.com` })).diagnosis.title).toContain('SMTP allows 64')
    // The former pattern backtracked exponentially here: 2^31 steps, minutes.
    expect(inputError(() => read({ to: `${'a.'.repeat(31)}@` })).diagnosis.title).toContain('is not an email address')
    expect(read({ to: 'a..b@example.com, c.@example.com' }).to.map((m) => m.address)).toEqual(['a..b@example.com', 'c.@example.com'])
  })
})

describe('an empty `password`', () => {
  it.each([['smtp.gmail.com'], ['smtp.googlemail.com'], ['SMTP.Gmail.com.']])('is a missing secret for %s, with the fork hint', (server) => {
    const error = inputError(() => read({ server, password: '' }))
    expect(error.input).toBe('password')
    expect(error.diagnosis.fix).toContain('secrets.GMAIL_APP_PASSWORD')
    expect(error.diagnosis.fix).toContain('pull request from a fork')
  })

  it('means no login on another server, with one notice', () => {
    const notes = { notices: [] as string[] }
    const settings = read({ server: 'relay.example.org', port: '587', password: '  ' }, notes)
    expect(settings.password).toBe('')
    expect(notes.notices).toEqual([
      '`password` is empty, so no login is used: the message goes to relay.example.org as to a relay that takes mail without one.'
    ])
  })

  it('says nothing about a login on a dry run, which opens no connection', () => {
    const notes = { notices: [] as string[] }
    read({ server: 'relay.example.org', password: '', 'dry-run': 'true' }, notes)
    expect(notes.notices).toEqual([])
  })

  it('removes the spaces of an App Password for smtp.googlemail.com too', () => {
    expect(normalisePassword('smtp.googlemail.com', 'abcd efgh ijkl mnop').password).toBe('abcdefghijklmnop')
  })
})
