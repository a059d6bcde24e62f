import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { buildRunContext } from '../src/context.ts'
import { InputError } from '../src/errors.ts'
import {
  checkPlaceholders,
  escapeMarkdown,
  isLinkable,
  markdownValue,
  PLACEHOLDERS,
  placeholdersEmptyForGood,
  renderTemplate,
  SECTION_PLACEHOLDERS,
  templateValues
} from '../src/template.ts'
import { RUNNER_ENV } from './support/action.ts'

const ctx = buildRunContext(RUNNER_ENV, { head_commit: { id: RUNNER_ENV.GITHUB_SHA, message: 'Fix it\n\nmore', author: { name: 'Mona' } } })
const values = templateValues(ctx, 'failure', 'failed')

describe('templateValues', () => {
  it('has a value for every documented placeholder, including the required set', () => {
    for (const name of ['repository', 'workflow', 'run_number', 'run_url', 'status', 'branch', 'sha', 'short_sha', 'actor', 'event', 'commit_message', 'job']) {
      expect(PLACEHOLDERS).toHaveProperty(name)
    }
    // The sections are made by compose.ts, from more than the run.
    const sections: string[] = [...SECTION_PLACEHOLDERS]
    expect(Object.keys(values).sort()).toEqual(
      Object.keys(PLACEHOLDERS)
        .filter((name) => !sections.includes(name))
        .sort()
    )
    expect(values).toMatchObject({
      repository: 'octo-org/app',
      workflow: 'CI',
      run_number: '42',
      run_url: 'https://github.com/octo-org/app/actions/runs/9876543210',
      status: 'failure',
      outcome: 'failed',
      branch: 'main',
      sha: '0123456789abcdef0123456789abcdef01234567',
      short_sha: '0123456',
      actor: 'octocat',
      event: 'push',
      commit_message: 'Fix it',
      job: 'build'
    })
    expect(templateValues(buildRunContext({}, {}), undefined, 'finished').status).toBe('unknown')
  })
})

describe('placeholders', () => {
  it('are replaced with or without spaces inside the braces', () => {
    expect(renderTemplate('{{repository}} #{{ run_number }} {{  status  }}', values, (v) => v)).toBe('octo-org/app #42 failure')
  })

  it('fail with the list of known names when one is unknown', () => {
    let error: unknown
    try {
      checkPlaceholders('subject', 'Build {{ statsu }} on {{ branch }} {{ nope }}')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(InputError)
    const diagnosis = (error as InputError).diagnosis
    expect(diagnosis.code).toBe('invalid-input')
    expect(diagnosis.title).toBe('Input `subject`: unknown placeholders {{ statsu }}, {{ nope }}')
    for (const name of Object.keys(PLACEHOLDERS)) expect(diagnosis.fix).toContain(name)
    expect(() => checkPlaceholders('body', 'no placeholders, just {braces} and ${{ }}x')).toThrow(InputError)
    expect(() => checkPlaceholders('body', 'no placeholders, just {braces}')).not.toThrow()
    // The README's way to write literal double braces in a body.
    expect(() => checkPlaceholders('body', '&#123;{ not a placeholder }}')).not.toThrow()
    expect(marked.parse('&#123;{ not a placeholder }}', { async: false })).toBe('<p>{{ not a placeholder }}</p>\n')
  })

  it('leave a section to a body, and place it at most once', () => {
    const refused = (input: string, template: string) => {
      try {
        checkPlaceholders(input, template)
      } catch (error) {
        expect(error).toBeInstanceOf(InputError)
        return (error as InputError).diagnosis
      }
      throw new Error('not refused')
    }
    expect(() => checkPlaceholders('body', '## Jobs\n\n{{ failed_jobs }}')).not.toThrow()
    expect(() => checkPlaceholders('body-file', '{{failed_jobs}}')).not.toThrow()
    const inSubject = refused('subject', '{{ workflow }}: {{ failed_jobs }}')
    expect(inSubject.code).toBe('invalid-input')
    expect(inSubject.title).toBe('Input `subject`: uses {{ failed_jobs }}, a section of the message that only a body can hold')
    expect(inSubject.fix).toContain('`body` or `body-file`')
    const twice = refused('body-file', '{{ failed_jobs }}\n\nAgain: {{failed_jobs}}')
    expect(twice.title).toBe('Input `body-file`: places {{ failed_jobs }} more than once')
    expect(twice.fix).toContain('once in `body-file`')
  })
})

describe('escapeMarkdown', () => {
  const render = (value: string) => marked.parse(`Value: ${escapeMarkdown(value)}`, { async: false, gfm: true })

  it.each([
    ['[click](https://evil.example)'],
    ['![pixel](https://evil.example/p.png)'],
    ['www.evil.example'],
    ['someone@evil.example'],
    ['https://evil.example/x'],
    ['<img src=x onerror=alert(1)>'],
    ['**bold** _em_ `code` ~~gone~~'],
    ['line\n# heading\n- item\n1. item\n\n    indented code'],
    ['&lt;b&gt; &amp;']
  ])('keeps %j as plain text: no link, markup or entity', (value) => {
    const html = render(value)
    expect(html).not.toMatch(/<(a|img|strong|em|code|del|h1|ul|ol|li|pre)\b/)
    expect(html).not.toContain('<img')
    // What the reader sees is the value itself (line breaks folded to spaces).
    const shown = html
      .replace(/^<p>Value: |<\/p>\n$/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&')
    expect(shown).toBe(value.replace(/\s+/g, ' '))
  })

  it('leaves the links this action builds usable as link targets, but escapes a link value that is not a plain URL', () => {
    expect(markdownValue(values.run_url, 'run_url')).toBe(values.run_url)
    expect(marked.parse(`[run](${markdownValue(values.run_url, 'run_url')})`, { async: false })).toContain(`href="${values.run_url}"`)
    expect(markdownValue('https://x.example/a) [b](https://evil.example', 'pr_url')).not.toContain('[b]')
  })
})

describe('isLinkable', () => {
  it.each(['https://github.com/octo-org/app/pull/7', 'http://ci.example/run?id=1&x=2', 'HTTPS://GITHUB.COM', 'mailto:team@example.com'])(
    'lets %j be a link',
    (url) => {
      expect(isLinkable(url)).toBe(true)
    }
  )

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\x01javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'tel:+100',
    '//evil.example/x',
    '/octo-org/app',
    '&#106;avascript:alert(1)',
    '',
    undefined
  ])('keeps %j as text', (url) => {
    expect(isLinkable(url)).toBe(false)
  })

  it('decides whether a link placeholder is inserted as a link', () => {
    expect(markdownValue('javascript:alert(1)', 'pr_url')).toBe('javascript\\:alert\\(1\\)')
    expect(markdownValue('https://github.com/octo-org/app/pull/7', 'pr_url')).toBe('https://github.com/octo-org/app/pull/7')
  })
})

describe('the README', () => {
  it('documents every placeholder, and only those', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8')
    const documented = [...readme.matchAll(/^\| `\{\{ (\w+) \}\}` \|/gm)].map((m) => m[1])
    expect(documented).toEqual(Object.keys(PLACEHOLDERS))
  })
})

describe('placeholdersEmptyForGood', () => {
  const run = { githubToken: 'ghs_token', testReports: ['reports/*.xml'] }
  const body = (template: string) => [{ input: 'body', template }]

  it('finds the tests of an empty test-reports and the jobs of an empty github-token, with where they are used', () => {
    const templates = [
      { input: 'subject', template: '{{ repository }}: {{test_counts}}' },
      { input: 'body-file', template: '{{ test_counts }}\n\n{{ failed_jobs }}\n\n{{ failed_tests }}' }
    ]
    expect(placeholdersEmptyForGood(templates, { githubToken: '', testReports: [] })).toEqual([
      { source: 'test-reports', placeholders: ['{{ test_counts }}', '{{ failed_tests }}'], inputs: ['subject', 'body-file'] },
      { source: 'github-token', placeholders: ['{{ failed_jobs }}'], inputs: ['body-file'] }
    ])
  })

  it('finds nothing when the inputs that fill them are set, or when no template uses them', () => {
    expect(placeholdersEmptyForGood(body('{{ failed_jobs }}\n\n{{ failed_tests }}'), run)).toEqual([])
    expect(
      placeholdersEmptyForGood([{ input: 'subject', template: undefined }, ...body('Nightly {{ outcome }}')], { githubToken: '', testReports: [] })
    ).toEqual([])
    expect(placeholdersEmptyForGood(body('{{ failed_tests }}'), { ...run, githubToken: '' })).toEqual([])
  })
})
