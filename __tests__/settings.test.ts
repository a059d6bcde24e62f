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

  it('shows where a tab is, also at the start of a line', () => {
    const error = inputError(() => parseMailboxes('to', '- a@example.com\n\t- b@example.com'))
    expect(error.diagnosis.title).toBe('Input `to`: "?- b@example.com" contains a control character')
    expect(error.diagnosis.fix).toContain('no tabs or other control characters')
  })

  it('tells `from`, which is one address, to quote the name rather than to separate addresses', () => {
    const error = inputError(() => parseMailboxes('from', 'CI@work <ci-bot@example.com>'))
    expect(error.diagnosis.title).toContain('would be the display name of the sender ci-bot@example.com')
    expect(error.diagnosis.fix).toBe('A display name with an @ in it goes in double quotes: `"ci@work" <ci-bot@example.com>`. `from` is one address.')
    expect(error.diagnosisIn('ko').title).toContain('보내는 사람 ci-bot@example.com의 표시 이름이 됩니다')
    expect(inputError(() => parseMailboxes('reply-to', 'a@example.com b@example.com')).diagnosis.title).toContain('not an address to reply to')
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

describe('`username` on Gmail', () => {
  it.each(['smtp.gmail.com', 'smtp.googlemail.com', ''])('refuses a user name without its domain on %j, on `username` itself', (server) => {
    const error = inputError(() => read({ server, username: 'octocat', from: 'CI <octocat@gmail.com>' }))
    expect(error.input).toBe('username')
    expect(error.diagnosis.title).toBe('Input `username`: "octocat" is not a full email address, and Gmail takes only the full address as the login')
    expect(error.diagnosis.fix).toContain('you@gmail.com')
    expect(error.diagnosis.fix).toContain('Google Workspace')
    expect(error.diagnosis.fix).not.toContain('`from`')
    const korean = error.diagnosisIn('ko')
    expect(korean.title).toContain('입력 `username`: "octocat"은(는) 전체 이메일 주소가 아닙니다')
    expect(korean.fix).toContain('Google Workspace 주소')
  })

  it('refuses an unfinished address too, and takes a Workspace address', () => {
    expect(inputError(() => read({ username: 'octocat@' })).input).toBe('username')
    expect(read({ username: 'ci@example.com' }).username).toBe('ci@example.com')
  })

  it('keeps the `from` advice on other servers, some of which log in with a bare user name', () => {
    const error = inputError(() => read({ username: 'octocat', server: 'smtp.example.com' }))
    expect(error.input).toBe('from')
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
