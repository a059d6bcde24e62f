import { describe, expect, it } from 'vitest'
import { chooseCommitters, committersToMail } from '../src/committers.ts'
import { InputError } from '../src/errors.ts'
import { readSettings } from '../src/settings.ts'

const author = (name: string, email: string) => ({ name, email })
const mailbox = (address: string) => ({ name: '', address })

describe('chooseCommitters', () => {
  it('adds authors at the allowed domains, each once, and says why every other one is left out', () => {
    const choice = chooseCommitters(
      [
        author('Ann', 'ann@example.com'),
        author('Mona', '583231+mona@users.noreply.github.com'),
        author('GitHub', 'noreply@github.com'),
        author('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'),
        author('Renovate Bot', 'bot@renovateapp.com'),
        author('Ann again', 'ANN@example.com'),
        author('Bob', 'bob@Example.ORG'),
        author('Eve', 'eve@example.com.evil.test'),
        author('Lead', 'lead@example.com'),
        author('Nobody', ''),
        author('Odd', 'not an address')
      ],
      ['example.com', 'example.org'],
      [mailbox('team@example.com'), mailbox('Lead@Example.com')],
      'en'
    )
    expect(choice.added).toEqual([
      { name: 'Ann', address: 'ann@example.com' },
      { name: 'Bob', address: 'bob@Example.ORG' }
    ])
    expect(choice.leftOut).toEqual([
      { name: 'Mona', email: '583231+mona@users.noreply.github.com', reason: "GitHub's noreply address, which receives no mail" },
      { name: 'GitHub', email: 'noreply@github.com', reason: "GitHub's noreply address, which receives no mail" },
      { name: 'dependabot[bot]', email: '49699333+dependabot[bot]@users.noreply.github.com', reason: 'a bot' },
      { name: 'Renovate Bot', email: 'bot@renovateapp.com', reason: 'renovateapp.com is not in `committer-domains`' },
      { name: 'Eve', email: 'eve@example.com.evil.test', reason: 'example.com.evil.test is not in `committer-domains`' },
      { name: 'Lead', email: 'lead@example.com', reason: 'already a recipient' },
      { name: 'Nobody', email: '', reason: 'the commit records no address' },
      { name: 'Odd', email: 'not an address', reason: 'not an email address' }
    ])
  })

  it('a name cannot break a header line: control characters are dropped (nodemailer quotes the rest)', () => {
    expect(chooseCommitters([author('Ann\r\nBcc: eve@evil.test', 'ann@example.com')], ['example.com'], [], 'en').added).toEqual([
      { name: 'AnnBcc: eve@evil.test', address: 'ann@example.com' }
    ])
  })

  it('a bot is named as a bot even at an allowed domain', () => {
    expect(chooseCommitters([author('release-bot[bot]', 'release@example.com')], ['example.com'], [], 'en').leftOut[0].reason).toBe('a bot')
  })

  it('an address that would add a recipient or a header is not an address', () => {
    const choice = chooseCommitters(
      [author('X', 'a@example.com, b@evil.test'), author('Y', 'c@example.com\r\nBcc: d@evil.test'), author('Z', '<e@example.com>')],
      ['example.com'],
      [],
      'en'
    )
    expect(choice.added).toEqual([])
    expect(choice.leftOut.map((left) => left.reason)).toEqual(['not an email address', 'not an email address', 'not an email address'])
  })
})

describe('committersToMail', () => {
  const settings = { to: [mailbox('team@example.com')], cc: [], bcc: [], committerDomains: ['example.com'], language: 'en' as const }
  const commits = [
    { author: 'Ann', authorEmail: 'ann@example.com' },
    { author: 'Mona', authorEmail: '1+mona@users.noreply.github.com' }
  ]

  it('on a failure, adds the authors and logs who was added and who was left out', () => {
    expect(committersToMail(settings, 'failure', commits, 'push')).toEqual({
      added: [{ name: 'Ann', address: 'ann@example.com' }],
      log: [
        'Mailing the committers, after `to`: Ann <ann@example.com>.',
        "Left out of the committers: Mona <1+mona@users.noreply.github.com> (GitHub's noreply address, which receives no mail)."
      ]
    })
  })

  it.each([['success'], ['cancelled'], [undefined]] as const)('adds nobody when the outcome is %s', (status) => {
    const result = committersToMail(settings, status, commits, 'push')
    expect(result.added).toEqual([])
    expect(result.log[0]).toMatch(/^Not mailing the committers: the outcome is (success|cancelled|unknown)/)
  })

  it('in Korean: the log lines and the reasons, the addresses and the input name as they are', () => {
    expect(committersToMail({ ...settings, language: 'ko' }, 'failure', commits, 'push').log).toEqual([
      '커밋 작성자에게도 보냅니다(`to` 다음에 추가): Ann <ann@example.com>.',
      '제외한 커밋 작성자: Mona <1+mona@users.noreply.github.com> (메일을 받지 않는 GitHub의 noreply 주소).'
    ])
    expect(committersToMail({ ...settings, language: 'ko' }, 'failure', [], 'pull_request').log).toEqual([
      '커밋 작성자에게는 보내지 않습니다: pull_request 이벤트에 커밋 목록이 없습니다.'
    ])
  })

  it('adds nobody for an event without commits', () => {
    expect(committersToMail(settings, 'failure', [], 'pull_request')).toEqual({
      added: [],
      log: ['Not mailing the committers: the pull_request event lists no commits.']
    })
  })
})

describe('the inputs', () => {
  const base = { username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com' }
  const read = (inputs: Record<string, string>) => readSettings((name) => ({ ...base, ...inputs })[name as keyof typeof base] ?? '')

  it('reads test-reports one pattern a line, and committer-domains as a list', () => {
    const settings = read({
      'test-reports': ' **/TEST-*.xml \n\n!**/skip.xml\r\n',
      'mail-committers': 'true',
      'committer-domains': 'Example.com, @example.org\nexample.com'
    })
    expect(settings.testReports).toEqual(['**/TEST-*.xml', '!**/skip.xml'])
    expect(settings.mailCommitters).toBe(true)
    expect(settings.committerDomains).toEqual(['example.com', 'example.org'])
  })

  it('refuses mail-committers without committer-domains, naming both inputs', () => {
    try {
      read({ 'mail-committers': 'true' })
      throw new Error('accepted')
    } catch (error) {
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).diagnosis.title).toBe('Input `committer-domains`: is empty, but `mail-committers` is true')
      expect((error as InputError).diagnosis.fix).toContain('example.com, example.org')
    }
  })

  it.each([['*.example.com'], ['user@example.com'], ['localhost'], ['exa mple.com;x']])('refuses "%s" as a domain', (value) => {
    expect(() => read({ 'mail-committers': 'true', 'committer-domains': value })).toThrow(/Input `committer-domains`: ".*" is not a domain/)
  })
})
