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

  it.each([
    ['alice@example.com bob@example.com', '"bob@example.com" holds an address, but would be the display name of alice@example.com'],
    ['a@example.com b@example.com c@example.com', '"b@example.com c@example.com" holds an address'],
    ['a@example.com <b@example.com>', '"a@example.com" holds an address, but would be the display name of b@example.com'],
    ['<a@example.com> <b@example.com>', '"b@example.com" holds an address'],
    ['Alice <a@example.com> b@example.com', '"Alice b@example.com" holds an address'],
    ['ok@example.com, Alice@Work <a@example.com>', '"Alice@Work" holds an address'],
    // A comment is no quoting: the address in it would be the name, as above.
    ['a@example.com (b@example.org)', '"b@example.org" holds an address, but would be the display name of a@example.com'],
    // The quote is closed by the second ", the first being escaped: d@ is outside it.
    ['"x\\\\" b@example.com d@example.com', 'holds an address, but would be the display name of b@example.com']
  ])('refuses %j: an address outside quotes would be a display name, not a recipient', (value, problem) => {
    const error = inputError(() => parseMailboxes('to', value))
    expect(error.input).toBe('to')
    expect(error.diagnosis.code).toBe('invalid-input')
    expect(error.diagnosis.title).toContain('Input `to`: ')
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.fix).toContain('Separate addresses with commas or new lines')
    expect(error.diagnosis.fix).toContain('"alice@work" <alice@example.com>')
    const korean = error.diagnosisIn('ko')
    expect(korean.title).toContain('입력 `to`: ')
    expect(korean.title).toContain('표시 이름이 됩니다')
    expect(korean.fix).toContain('쉼표나 줄바꿈으로 구분하세요')
  })

  it('names the input it reads, for every address input', () => {
    for (const input of ['to', 'cc', 'bcc', 'reply-to', 'from']) {
      expect(inputError(() => parseMailboxes(input, 'a@example.com b@example.com')).input).toBe(input)
    }
  })

  it('keeps a display name with an @ in double quotes, and comments without one', () => {
    expect(parseMailboxes('to', '"alice@work" <alice@example.com>')).toEqual([{ name: 'alice@work', address: 'alice@example.com' }])
    expect(parseMailboxes('to', '"Ops (pager@x)" <ops@example.com>, "Doe, Jane" <jane@example.com>')).toEqual([
      { name: 'Ops (pager@x)', address: 'ops@example.com' },
      { name: 'Doe, Jane', address: 'jane@example.com' }
    ])
    expect(parseMailboxes('to', 'a@example.com (Alice (the boss))')).toEqual([{ name: 'Alice (the boss)', address: 'a@example.com' }])
    expect(parseMailboxes('to', '(Ops "pager) <ops@example.com>')).toEqual([{ name: 'Ops "pager', address: 'ops@example.com' }])
    expect(parseMailboxes('to', 'Bob "bob@home" <b@example.com>')).toEqual([{ name: 'Bob bob@home', address: 'b@example.com' }])
    expect(parseMailboxes('to', '"a\\"@b" <c@example.com>')).toEqual([{ name: 'a"@b', address: 'c@example.com' }])
    // Only an @ with something on both sides is an address; these are names.
    expect(parseMailboxes('to', 'bob@ <a@example.com>, Alice @ Work <b@example.com>')).toEqual([
      { name: 'bob@', address: 'a@example.com' },
      { name: 'Alice @ Work', address: 'b@example.com' }
    ])
  })

  it.each([
    ['a@example.com "Alice b@example.com', '`"`'],
    ['Ops <ops@example.com (pager"> b@example.com', '`(`'],
    ['a@example.com (b\\) c@example.com', '`(`']
  ])('refuses %j, whose unclosed quote or comment would swallow the recipients after it', (value, mark) => {
    const error = inputError(() => parseMailboxes('to', value))
    expect(error.diagnosis.title).toBe(`Input \`to\`: "${value}" has a ${mark} that is never closed`)
    expect(error.diagnosis.fix).toContain('Close it or remove it')
    expect(error.diagnosisIn('ko').title).toBe(`입력 \`to\`: "${value}"에 닫히지 않은 ${mark}이(가) 있습니다`)
  })

  it('reads a YAML list written inside a block scalar, one recipient a line', () => {
    const value = '- a@example.com\n  - "Doe, Jane" <jane@example.com>\n-\n- b@example.com, c@example.com\n'
    expect(parseMailboxes('to', value)).toEqual([
      { name: '', address: 'a@example.com' },
      { name: 'Doe, Jane', address: 'jane@example.com' },
      { name: '', address: 'b@example.com' },
      { name: '', address: 'c@example.com' }
    ])
    // A hyphen that starts the address is part of it.
    expect(parseMailboxes('to', '-ops@example.com')).toEqual([{ name: '', address: '-ops@example.com' }])
  })

  it('takes semicolons as separators, as the README says', () => {
    expect(parseMailboxes('cc', 'a@example.com; Bob <b@example.com>;c@example.com')).toEqual([
      { name: '', address: 'a@example.com' },
      { name: 'Bob', address: 'b@example.com' },
      { name: '', address: 'c@example.com' }
    ])
  })

  it.each([
    ['mailto:a@example.com', '"mailto:a@example.com" is a mailto: link, not an address'],
    ['MAILTO: a@example.com?subject=hi', '"MAILTO: a@example.com?subject=hi" is a mailto: link'],
    ['ok@example.com, mailto:a@example.com, b@example.com', '"ok@example.com, mailto:a@example.com, b@example.com" is a mailto: link'],
    ['Alice <mailto:a@example.com>', '"mailto:a@example.com" is a mailto: link']
  ])('refuses the mailto: link %j with its own message, not as a group', (value, problem) => {
    const error = inputError(() => parseMailboxes('cc', value))
    expect(error.input).toBe('cc')
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.title).not.toContain('group')
    expect(error.diagnosis.fix).toContain('Remove `mailto:`')
    expect(error.diagnosisIn('ko').title).toContain('mailto: 링크입니다')
    expect(error.diagnosisIn('ko').fix).toContain('`mailto:`를 지우고')
  })

  it('still refuses a group, whose members a value from an event could choose', () => {
    for (const value of ['team: a@example.com, b@example.com;', 'a@example.com, team: b@example.com;', '- team: a@example.com']) {
      expect(inputError(() => parseMailboxes('bcc', value)).diagnosis.title).toContain('is an address group')
    }
  })

  it.each([
    ['a million letters', 'a'.repeat(1_000_000), 'is not an email address'],
    ['a million quotes', '"'.repeat(1_000_000), 'is not an email address'],
    ['an unclosed quote of a million @', `"${'@'.repeat(1_000_000)}`, 'never closed'],
    ['a million opened comments', `${'('.repeat(1_000_000)}a@example.com`, 'never closed'],
    ['a million backslashes in a quote', `"${'\\'.repeat(1_000_000)}`, 'never closed'],
    ['a million angle brackets', '<'.repeat(1_000_000), 'is not an email address'],
    ['250,000 addresses separated by spaces', 'x@x.io '.repeat(250_000), 'holds an address'],
    ['a million hyphens and spaces', '- '.repeat(500_000), 'is not an email address'],
    ['a dotted local part of a million', `${'a.'.repeat(500_000)}@example.com`, 'longer than SMTP allows']
  ])('refuses %s quickly and shows it cut short', (_name, value, problem) => {
    const error = inputError(() => parseMailboxes('to', value))
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.title.length).toBeLessThan(400)
  })

  it('reads an address behind half a million nested comments, as RFC 5322 nests them', () => {
    expect(parseMailboxes('to', `${'('.repeat(500_000)}${')'.repeat(500_000)}a@example.com`).map((mailbox) => mailbox.address)).toEqual(['a@example.com'])
  })

  it('reads ten thousand recipients, each to the address written', () => {
    const addresses = Array.from({ length: 10_000 }, (_, index) => `user${index}@example.com`)
    const value = addresses.map((address, index) => (index % 3 === 0 ? `- "N@${index}" <${address}>` : `${address};`)).join('\n')
    expect(parseMailboxes('to', value).map((mailbox) => mailbox.address)).toEqual(addresses)
  })
})
