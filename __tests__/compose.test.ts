import { describe, expect, it } from 'vitest'
import { checkBody, MAX_MARKDOWN_NESTING } from '../src/body.ts'
import { composeMessage, defaultSubject, EXCERPT_BUDGET, fitExcerpts } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'
import { InputError } from '../src/errors.ts'
import { MAX_LOGS } from '../src/github-api.ts'
import { MAX_EXCERPT_LINE, MAX_LISTED_JOBS, type RunReport } from '../src/jobs.ts'
import type { JobStatus } from '../src/jobs.ts'
import type { TestSummary } from '../src/test-summary.ts'
import { RUNNER_ENV } from './support/action.ts'

const push = buildRunContext(RUNNER_ENV, {
  head_commit: { id: RUNNER_ENV.GITHUB_SHA, message: 'Add <script>alert(1)</script> guard\n\nbody', author: { name: 'Mona' } }
})

describe('buildRunContext', () => {
  it('links the run and the commit, and keeps the first line of the commit message', async () => {
    expect(push.runUrl).toBe('https://github.com/octo-org/app/actions/runs/9876543210')
    expect(push.commitUrl).toBe('https://github.com/octo-org/app/commit/0123456789abcdef0123456789abcdef01234567')
    expect(push.shortSha).toBe('0123456')
    expect(push.commitTitle).toBe('Add <script>alert(1)</script> guard')
    expect(push.commitAuthor).toBe('Mona')
  })

  it('uses the pull request head for the branch and commit, and honours a GHES server URL', async () => {
    const ctx = buildRunContext(
      { ...RUNNER_ENV, GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF_NAME: '7/merge' },
      {
        pull_request: {
          number: 7,
          title: 'Speed up',
          html_url: 'https://ghe.example.com/octo-org/app/pull/7',
          head: { ref: 'fast', sha: 'feedface00' },
          base: { ref: 'main' }
        }
      }
    )
    expect(ctx.refName).toBe('fast')
    expect(ctx.sha).toBe('feedface00')
    expect(ctx.runUrl).toBe('https://ghe.example.com/octo-org/app/actions/runs/9876543210')
    expect(ctx.pullRequest).toEqual({ number: 7, title: 'Speed up', url: 'https://ghe.example.com/octo-org/app/pull/7', head: 'fast', base: 'main' })
  })

  it('copes with no environment and no payload at all (a local run)', async () => {
    const ctx = buildRunContext({}, null)
    expect(ctx.runUrl).toBe('')
    expect(defaultSubject(ctx, undefined)).toBe('Workflow finished')
  })
})

describe('composeMessage', () => {
  it('says the outcome in words in the subject', async () => {
    expect((await composeMessage({ status: 'success' }, push)).subject).toBe('[octo-org/app] CI #42 succeeded on main')
    expect((await composeMessage({ status: 'failure' }, push)).subject).toBe('[octo-org/app] CI #42 failed on main')
    expect((await composeMessage({ status: 'cancelled' }, push)).subject).toBe('[octo-org/app] CI #42 was cancelled on main')
    const tag = buildRunContext({ ...RUNNER_ENV, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.2.0' }, {})
    expect((await composeMessage({ status: 'success' }, tag)).subject).toBe('[octo-org/app] CI #42 succeeded on tag v1.2.0')
  })

  it('puts the same facts in the text and HTML parts, with event text escaped', async () => {
    const message = await composeMessage({ status: 'failure' }, push)
    for (const fact of ['octo-org/app', 'CI #42', 'build', 'main', '0123456', 'Mona', 'octocat', 'push']) {
      expect(message.text).toContain(fact)
      expect(message.html).toContain(fact)
    }
    expect(message.text).toContain('Add <script>alert(1)</script> guard')
    expect(message.html).not.toContain('<script>')
    expect(message.html).toContain('Add &#60;script&#62;alert(1)&#60;/script&#62; guard')
    expect(message.html).toContain('href="https://github.com/octo-org/app/actions/runs/9876543210"')
  })

  it('shows the outcome as a word, not only as a colour', async () => {
    expect((await composeMessage({ status: 'failure' }, push)).html).toMatch(/✖ Failed/)
    expect((await composeMessage({ status: 'success' }, push)).html).toMatch(/✔ Succeeded/)
  })

  it('renders a Markdown body as HTML and keeps the Markdown as the text part', async () => {
    const message = await composeMessage({ status: 'success', body: '# Deployed\n\n**v1.2** is live: [site](https://example.com)' }, push)
    expect(message.html).toContain('<h1>Deployed</h1>')
    expect(message.html).toContain('<strong>v1.2</strong>')
    expect(message.html).toMatch(/<a href="https:\/\/example.com"[^>]*>site<\/a>/)
    expect(message.text).toBe('# Deployed\n\n**v1.2** is live: [site](https://example.com)\n')
  })

  it('uses the subject given', async () => {
    expect((await composeMessage({ subject: 'Nightly', status: 'failure' }, push)).subject).toBe('Nightly')
  })
})

describe('events', () => {
  it('lists the commits of a push, newest last and capped, with the compare link', async () => {
    const commits = Array.from({ length: 14 }, (_, i) => ({
      id: `${String(i).padStart(2, '0')}${'a'.repeat(38)}`,
      message: `Change ${i}\n\ndetails`,
      url: `https://github.com/octo-org/app/commit/${i}`,
      author: { name: `Dev ${i}` }
    }))
    const ctx = buildRunContext(RUNNER_ENV, { commits, compare: 'https://github.com/octo-org/app/compare/abc...def' })
    const message = await composeMessage({ status: 'success' }, ctx)
    expect(message.text).toContain('Commits in this push:\n  … 4 earlier\n  04aaaaa Change 4 — Dev 4')
    expect(message.text).toContain('13aaaaa Change 13 — Dev 13\n  Compare: https://github.com/octo-org/app/compare/abc...def')
    expect(message.text).not.toContain('Change 3 ')
    expect(message.text).not.toContain('details')
    expect(message.html).toContain('href="https://github.com/octo-org/app/commit/13"')
    expect(message.html).toContain('href="https://github.com/octo-org/app/compare/abc...def"')
  })

  it.each([['pull_request'], ['pull_request_target']])('shows the %s number, title, link and head → base', async (event) => {
    const ctx = buildRunContext(
      { ...RUNNER_ENV, GITHUB_EVENT_NAME: event },
      {
        pull_request: {
          number: 7,
          title: 'Speed <up>',
          html_url: 'https://github.com/octo-org/app/pull/7',
          head: { ref: 'fast', sha: 'feedface00' },
          base: { ref: 'main' }
        }
      }
    )
    const message = await composeMessage({ status: 'failure' }, ctx)
    expect(message.text).toContain('#7 Speed <up>  fast → main')
    expect(message.html).toContain('<a href="https://github.com/octo-org/app/pull/7" style="color:#0969da;text-decoration:underline">#7 Speed &#60;up&#62;</a>')
    expect(message.html).toContain('fast → main')
  })

  it.each([
    ['schedule', { schedule: '0 3 * * 1' }, 'Schedule:', '0 3 * * 1  cron, UTC', undefined],
    ['workflow_dispatch', { inputs: { environment: 'staging', dry: false, empty: '' } }, 'Inputs:', 'environment=staging, dry=false', undefined],
    [
      'release',
      { action: 'published', release: { tag_name: 'v2.0.0', name: 'Two', html_url: 'https://github.com/octo-org/app/releases/tag/v2.0.0', prerelease: true } },
      'Release:',
      'Two  published, pre-release, tag v2.0.0',
      'https://github.com/octo-org/app/releases/tag/v2.0.0'
    ],
    [
      'workflow_run',
      {
        workflow_run: { name: 'Build', run_number: 41, conclusion: 'failure', head_branch: 'main', html_url: 'https://github.com/octo-org/app/actions/runs/1' }
      },
      'After run:',
      'Build #41  failure on main',
      'https://github.com/octo-org/app/actions/runs/1'
    ]
  ])('says what a %s event was', async (event, payload, label, line, href) => {
    const message = await composeMessage({ status: 'success' }, buildRunContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: event }, payload))
    expect(message.text).toMatch(new RegExp(`${label.replace(/[()]/g, '\\$&')}\\s+${line.replace(/[*()+.]/g, '\\$&')}`))
    if (href) expect(message.html).toContain(`href="${href}"`)
    expect(message.text).toContain(`(${event})`)
  })

  it('degrades to the runner facts when the event fields are missing or of the wrong type', async () => {
    for (const [event, payload] of [
      ['release', { release: {} }],
      ['workflow_run', { workflow_run: null }],
      ['workflow_dispatch', { inputs: null }],
      ['schedule', {}],
      ['push', { commits: 'nope', compare: 3 }],
      ['pull_request', { pull_request: { title: 'no number' } }]
    ] as const) {
      const message = await composeMessage({ status: 'failure' }, buildRunContext({ ...RUNNER_ENV, GITHUB_EVENT_NAME: event }, payload))
      expect(message.subject).toBe('[octo-org/app] CI #42 failed on main')
      expect(message.text).toContain('Repository:')
      expect(message.text).not.toContain('undefined')
    }
  })
})

describe('templates', () => {
  const pr = buildRunContext(
    { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request' },
    {
      pull_request: {
        number: 9,
        title: 'Add [docs](https://evil.example) <b>now</b> **x**',
        html_url: 'https://github.com/octo-org/app/pull/9',
        head: { ref: 'docs', sha: 'abcdef1234' },
        base: { ref: 'main' }
      }
    }
  )

  it('fills placeholders in the subject as plain text', async () => {
    const message = await composeMessage({ status: 'failure', subject: '{{ repository }}: {{ pr_title }} {{ outcome }}' }, pr)
    expect(message.subject).toBe('octo-org/app: Add [docs](https://evil.example) <b>now</b> **x** failed')
  })

  it('fills placeholders in a Markdown body: values are text in the HTML part and raw in the text part', async () => {
    const body = '## {{ workflow }} {{ status }}\n\nPR [#{{ pr_number }}]({{ pr_url }}): {{ pr_title }}\n\n[Open the run]({{ run_url }})'
    const message = await composeMessage({ status: 'failure', body }, pr)
    expect(message.html).toContain('<h2>CI failure</h2>')
    expect(message.html).toMatch(/href="https:\/\/github.com\/octo-org\/app\/pull\/9"[^>]*>#9<\/a>/)
    expect(message.html).toMatch(/href="https:\/\/github.com\/octo-org\/app\/actions\/runs\/9876543210"[^>]*>Open the run<\/a>/)
    expect(message.html).not.toContain('evil.example"')
    expect(message.html).not.toContain('<b>now')
    expect(message.html).not.toContain('<strong>x')
    expect(message.html).toContain('Add [docs](https://evil.example) &lt;b&gt;now&lt;/b&gt; **x**')
    expect(message.text).toContain('PR [#9](https://github.com/octo-org/app/pull/9): Add [docs](https://evil.example) <b>now</b> **x**')
  })

  it('styles rendered Markdown inline, since mail clients drop style sheets', async () => {
    const message = await composeMessage({ status: 'success', body: '```\ncode\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote' }, pr)
    expect(message.html).toMatch(/<pre style="[^"]*monospace/)
    expect(message.html).toMatch(/<td style="border:1px solid/)
    expect(message.html).toMatch(/<blockquote style="/)
    expect(message.html).not.toMatch(/<script|<link|<style/i)
  })
})

describe('links', () => {
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])

  it('become links only for http, https and mailto URLs, in the notification and in a Markdown body', async () => {
    const attack = 'javascript:alert(document.domain)'
    const ctx = buildRunContext(
      { ...RUNNER_ENV, GITHUB_EVENT_NAME: 'pull_request' },
      {
        pull_request: { number: 7, title: 'Fix', html_url: attack, head: { ref: 'fix', sha: 'feedface00' }, base: { ref: 'main' } },
        commits: [1, 2].map((i) => ({ id: `${i}`.padEnd(40, 'a'), message: `Change ${i}`, url: 'JavaScript:alert(2)' })),
        compare: 'data:text/html,<script>alert(3)</script>'
      }
    )
    const generated = await composeMessage({ status: 'failure' }, ctx)
    expect(generated.html).toContain('#7 Fix')
    expect(hrefs(generated.html).every((href) => /^https:\/\/github\.com\//.test(href))).toBe(true)

    const body = [
      '[PR]({{ pr_url }}) [pasted](javascript:alert(4)) [ref][r] <https://ok.example/a> [mail](mailto:team@example.com)',
      '',
      '[r]: vbscript:msgbox(5)'
    ].join('\n')
    const rendered = await composeMessage({ status: 'failure', body }, ctx)
    expect(rendered.htmlContent).toContain('<p>PR pasted ref <a href="https://ok.example/a"')
    expect(hrefs(rendered.htmlContent)).toEqual(['https://ok.example/a', 'mailto:team@example.com'])
  })
})

describe('a Markdown body the renderer cannot handle', () => {
  it.each([
    ['quotes', '> '.repeat(20000) + 'x'],
    ['lists', '- '.repeat(20000) + 'x'],
    ['emphasis', '*a '.repeat(5000) + 'x' + '*'.repeat(5000)],
    ['lists nested by indentation', Array.from({ length: MAX_MARKDOWN_NESTING + 2 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')]
  ])('is invalid input naming body or body-file (%s nested too deeply)', async (_kind, body) => {
    for (const [bodyFile, input] of [
      [undefined, 'body'],
      ['notes.md', 'body-file']
    ] as const) {
      const error = await composeMessage({ status: 'failure', body, bodyFile }, push).catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).diagnosis.code).toBe('invalid-input')
      expect((error as InputError).diagnosis.title).toBe(
        `Input \`${input}\`: nests quotes, lists, emphasis or links more than ${MAX_MARKDOWN_NESTING} levels deep`
      )
      expect((error as InputError).diagnosis.fix).toContain(`\`${input}\``)
    }
  })

  it('renders a body nested as deeply as a message plausibly is', async () => {
    const body = `${'> '.repeat(10)}${'- '.repeat(10)}***deep*** [link](https://ok.example)`
    const message = await composeMessage({ status: 'failure', body }, push)
    expect(message.html).toContain('<em><strong>deep</strong></em>')
  })
})

describe('size', () => {
  it('stays well under the 102 KB at which Gmail clips, even with the longest excerpts and a long push', async () => {
    const commits = Array.from({ length: 20 }, (_, i) => ({
      id: `${i}`.padEnd(40, 'f'),
      message: `${'<&>'.repeat(40)} ${i}`,
      url: `https://github.com/octo-org/app/commit/${i}`,
      author: { name: 'A'.repeat(60) }
    }))
    const ctx = buildRunContext(RUNNER_ENV, { commits, compare: 'https://github.com/octo-org/app/compare/a...b' })
    const problemJobs = Array.from({ length: MAX_LISTED_JOBS }, (_, i) => ({
      id: i,
      name: `matrix job ${'x'.repeat(80)} ${i}`,
      url: `https://github.com/octo-org/app/actions/runs/1/job/${i}`,
      conclusion: 'failed',
      failedSteps: ['Build <everything>', 'Test "all" & more'],
      completed: true,
      excerpt: i < MAX_LOGS ? Array.from({ length: 200 }, () => '<'.repeat(MAX_EXCERPT_LINE)) : undefined
    }))
    const message = await composeMessage({ status: 'failure' }, ctx, { problemJobs, moreProblemJobs: 40 })
    const bytes = Buffer.byteLength(message.html)
    expect(bytes).toBeLessThan(80 * 1024)
    expect(bytes).toBeGreaterThan(EXCERPT_BUDGET)
    expect(message.html).toContain('and 40 more')
    // Every job keeps the end of its excerpt, where the error is.
    expect(message.html.match(/<pre /g)).toHaveLength(MAX_LOGS)
  })

  it('shortens excerpts from the top, longest first, and leaves short ones alone', () => {
    const job = (id: number, lines: number) => ({
      id,
      name: `j${id}`,
      url: '',
      conclusion: 'failed',
      failedSteps: [],
      completed: true,
      excerpt: Array.from({ length: lines }, (_, i) => `${id}:${i}`.padEnd(9, '.'))
    })
    const fitted = fitExcerpts({ problemJobs: [job(1, 10), job(2, 100)], moreProblemJobs: 0 }, 400)
    expect(fitted.problemJobs[0].excerpt).toHaveLength(10)
    expect(fitted.problemJobs[1].excerpt).toHaveLength(30)
    expect(fitted.problemJobs[1].excerpt!.at(-1)).toBe('2:99.....')
  })
})

describe('failed jobs', () => {
  it('says that the running job (the one sending) has no log yet', async () => {
    const report = {
      problemJobs: [
        { id: 1, name: 'build', url: 'https://github.com/octo-org/app/actions/runs/1/job/1', conclusion: 'failed', failedSteps: ['Compile'], completed: false }
      ],
      moreProblemJobs: 0
    }
    const message = await composeMessage({ status: 'failure' }, push, report)
    expect(message.text).toContain('- build failed at step “Compile” (still running, log not available yet)')
    expect(message.html).toContain('(still running, log not available yet)')
  })

  it('leaves out the job that sends when the failed jobs are listed: beside them it would read as the one that broke', async () => {
    const report = {
      problemJobs: [
        { id: 2, name: 'test', url: 'https://github.com/octo-org/app/actions/runs/1/job/2', conclusion: 'failed', failedSteps: ['Run tests'], completed: true }
      ],
      moreProblemJobs: 0
    }
    const notify = buildRunContext({ ...RUNNER_ENV, GITHUB_JOB: 'notify' }, {})
    const listed = await composeMessage({ status: 'failure' }, notify, report)
    expect(listed.text).not.toMatch(/^Job:/m)
    expect(listed.html).not.toContain('>notify<')
    // Without the list, the job is where the run failed, as far as the message can tell.
    const unlisted = await composeMessage({ status: 'failure' }, notify)
    expect(unlisted.text).toMatch(/^Job: +notify$/m)
  })
})

/** A run with everything the message can show: a push of several commits, failed jobs with excerpts. */
const busyPush = buildRunContext(RUNNER_ENV, {
  head_commit: { id: RUNNER_ENV.GITHUB_SHA, message: 'Speed up', author: { name: 'Mona' } },
  commits: [1, 2, 3].map((i) => ({
    id: `${i}`.padEnd(40, 'c'),
    message: `Change ${i}`,
    url: `https://github.com/octo-org/app/commit/${i}`,
    author: { name: `Dev ${i}` }
  })),
  compare: 'https://github.com/octo-org/app/compare/a...b'
})
const jobUrl = (id: number) => `https://github.com/octo-org/app/actions/runs/9876543210/job/${id}`
const failedJobs: RunReport = {
  problemJobs: [
    {
      id: 1,
      name: 'test <unit>',
      url: jobUrl(1),
      conclusion: 'failed',
      failedSteps: ['Run tests'],
      completed: true,
      excerpt: ['not ok 3 - parses <b>', 'Error: exit 1']
    },
    { id: 2, name: 'notify', url: jobUrl(2), conclusion: 'failed', failedSteps: [], completed: false },
    { id: 3, name: 'deploy', url: jobUrl(3), conclusion: 'was cancelled', failedSteps: ['Push'], completed: true }
  ],
  moreProblemJobs: 2
}
/** Every element a Markdown body can have that the mail styles, and the failed jobs placed in it. */
const RICH_BODY = [
  '# Nightly {{ outcome }}',
  '',
  '[The run]({{ run_url }}) and `inline code`',
  '',
  '> a quote',
  '',
  '| a | b |',
  '|---|---|',
  '| 1 | 2 |',
  '',
  '```',
  'code block',
  '```',
  '',
  '{{ failed_jobs }}'
].join('\n')
const STATUSES: (JobStatus | undefined)[] = ['success', 'failure', 'cancelled', undefined]

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}
function contrast(a: string, b: string): number {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return (lighter + 0.05) / (darker + 0.05)
}
/** Every declaration of every `style` attribute, as [property, value]. */
function declarations(html: string): [string, string][] {
  return [...html.matchAll(/\sstyle="([^"]*)"/g)].flatMap((m) =>
    m[1]
      .split(';')
      .filter((d) => d.includes(':'))
      .map(
        (d) =>
          [
            d.slice(0, d.indexOf(':')).trim().toLowerCase(),
            d
              .slice(d.indexOf(':') + 1)
              .trim()
              .toLowerCase()
          ] as [string, string]
      )
  )
}

describe('dark mode', () => {
  const messages = async () =>
    Promise.all(
      STATUSES.flatMap((status) => [
        composeMessage({ status }, busyPush, failedJobs).then((m) => ({ name: `generated, ${status}`, html: m.html })),
        composeMessage({ status, body: RICH_BODY }, busyPush, failedJobs).then((m) => ({ name: `custom body, ${status}`, html: m.html })),
        composeMessage({ status, body: 'No placeholder: the failed jobs are appended' }, busyPush, failedJobs).then((m) => ({
          name: `appended, ${status}`,
          html: m.html
        }))
      ])
    )

  it('sets no background anywhere, so the client’s own shows through, light or dark', async () => {
    for (const { name, html } of await messages()) {
      expect(
        declarations(html).filter(([property]) => property.startsWith('background')),
        name
      ).toEqual([])
      expect(html, name).not.toMatch(/\sbgcolor=/i)
    }
  })

  it('sets text colours that read at 4.5:1 on white and 3:1 on a dark page, and leaves all other text to the client', async () => {
    const seen = new Set<string>()
    for (const { name, html } of await messages()) {
      expect(html, name).not.toMatch(/<font|\scolor=/i)
      for (const [, value] of declarations(html).filter(([property]) => property === 'color')) {
        expect(value, `${name}: color:${value}`).toMatch(/^#[0-9a-f]{6}$/)
        seen.add(value)
        expect(contrast(value, '#ffffff'), `${name}: color:${value} on white`).toBeGreaterThanOrEqual(4.5)
        expect(contrast(value, '#121212'), `${name}: color:${value} on #121212`).toBeGreaterThanOrEqual(3)
      }
    }
    // Links, the muted labels and every outcome's colour were checked.
    expect([...seen].sort()).toEqual(['#0969da', '#1a7f37', '#656d76', '#cf222e'])
  })

  it('draws borders in colours that show at 3:1 on white and on a dark page', async () => {
    for (const { name, html } of await messages()) {
      const colours = declarations(html)
        .filter(([property]) => property.startsWith('border'))
        .flatMap(([, value]) => value.match(/#[0-9a-f]{3,8}\b|rgb\w*\([^)]*\)|\b[a-z]+\b(?=\s*$)/g) ?? [])
        .filter((word) => !['solid', 'collapse', 'none'].includes(word))
      expect(colours.length, name).toBeGreaterThan(0)
      for (const colour of colours) {
        expect(colour, name).toMatch(/^#[0-9a-f]{6}$/)
        expect(Math.min(contrast(colour, '#ffffff'), contrast(colour, '#121212')), `${name}: border ${colour}`).toBeGreaterThanOrEqual(3)
      }
    }
  })
})

describe('a custom body', () => {
  it('is the whole message: no generated banner, heading or footer, in English or otherwise', async () => {
    const body = '# Nächtlicher Lauf {{ run_number }}\n\nAlles grün auf `{{ branch }}`.'
    for (const status of STATUSES) {
      const message = await composeMessage({ status, subject: 'Bericht', body }, busyPush)
      expect(message.text).toBe('# Nächtlicher Lauf 42\n\nAlles grün auf `main`.\n')
      const shown = message.html
        .replace(/<title>.*<\/title>/, '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
      expect(shown).toBe('Nächtlicher Lauf 42 Alles grün auf main .')
      expect(message.html).toContain('<title>Bericht</title>')
    }
  })

  it('places the failed jobs where {{ failed_jobs }} stands, in both parts, and only there', async () => {
    const body = '# Fehlgeschlagen\n\nDiese Jobs:\n{{ failed_jobs }}\n\nBitte prüfen.'
    const message = await composeMessage({ status: 'failure', body }, push, failedJobs)
    const generated = await composeMessage({ status: 'failure' }, push, failedJobs)
    const section = generated.htmlContent.slice(generated.htmlContent.indexOf('<h2'))
    expect(message.html).toContain(`<p>Diese Jobs:</p>\n${section}<p>Bitte prüfen.</p>`)
    expect(message.html.split('Failed and cancelled jobs')).toHaveLength(2)
    const sectionText = generated.text.slice(generated.text.indexOf('Failed and cancelled jobs:')).trimEnd()
    expect(message.text).toBe(`# Fehlgeschlagen\n\nDiese Jobs:\n${sectionText}\n\nBitte prüfen.\n`)
    expect(sectionText).toContain('- test <unit> failed at step “Run tests”')
    expect(sectionText).toContain('  | not ok 3 - parses <b>')
    expect(message.html).toContain('not ok 3 - parses &#60;b&#62;')
  })

  it('still gets the failed jobs after it when it does not place them', async () => {
    const message = await composeMessage({ status: 'failure', body: 'Nightly broke.' }, push, failedJobs)
    expect(message.text).toMatch(/^Nightly broke\.\n\nFailed and cancelled jobs:\n- test <unit> failed/)
    expect(message.htmlContent).toMatch(/^<div[^>]*><p>Nightly broke\.<\/p>\n<\/div><h2[^>]*>Failed and cancelled jobs<\/h2><ul/)
  })

  it('loses the line of {{ failed_jobs }} when no job failed', async () => {
    const message = await composeMessage({ status: 'success', body: 'Start\n\n{{ failed_jobs }}\n\nEnd' }, push)
    expect(message.text).toBe('Start\n\nEnd\n')
    expect(message.htmlContent).toBe('<div style="font-size:14px;line-height:1.5"><p>Start</p>\n<p>End</p>\n</div>')
  })

  it.each([
    ['in a list item', '- {{ failed_jobs }}', /<li><h2[^>]*>Failed and cancelled jobs<\/h2><ul/],
    ['in a quote', '> {{ failed_jobs }}', /<blockquote[^>]*>\n<h2[^>]*>Failed and cancelled jobs<\/h2><ul/]
  ])('places the failed jobs as HTML %s', async (_where, body, expected) => {
    expect((await composeMessage({ status: 'failure', body }, push, failedJobs)).html).toMatch(expected)
  })

  it('places them in the text part under the quote marks and list indentation of their line, as in the HTML part', async () => {
    const inList = await composeMessage({ status: 'failure', body: '- Read this\n- {{ failed_jobs }}\n- Then fix it' }, push, failedJobs)
    expect(inList.text).toMatch(
      /^- Read this\n- Failed and cancelled jobs:\n {2}- test <unit> failed at step “Run tests”\n {4}https:\/\/\S+\/job\/1\n\n {4}\| not ok 3/
    )
    expect(inList.text).toMatch(/\n {2}- and 2 more\n- Then fix it\n$/)
    const quoted = await composeMessage({ status: 'failure', body: '> Jobs:\n>\n> {{ failed_jobs }}' }, push, failedJobs)
    for (const line of quoted.text.trimEnd().split('\n')) expect(line).toMatch(/^>( |$)/)
    expect(quoted.text).toContain('> - test <unit> failed at step “Run tests”\n>   https://')
    const nested = await composeMessage({ status: 'failure', body: '1. First\n\n   {{ failed_jobs }}' }, push, failedJobs)
    expect(nested.text).toMatch(/^1\. First\n\n {3}Failed and cancelled jobs:\n {3}- test <unit> failed/)
    expect(nested.html).toMatch(/<ol>\n<li><p>First<\/p>\n<h2[^>]*>Failed and cancelled jobs<\/h2>/)
  })

  it('loses the list item or quote that holds only {{ failed_jobs }} when no job failed, in both parts', async () => {
    const inList = await composeMessage({ status: 'success', body: '- Start\n- {{ failed_jobs }}\n- End' }, push)
    expect(inList.htmlContent).toContain('<ul>\n<li>Start</li>\n<li>End</li>\n</ul>')
    expect(inList.text).toBe('- Start\n- End\n')
    const quoted = await composeMessage({ status: 'success', body: 'Start\n\n> {{ failed_jobs }}\n\nEnd' }, push)
    expect(quoted.htmlContent).not.toContain('blockquote')
    expect(quoted.text).toBe('Start\n\nEnd\n')
  })

  it('shows the failed jobs as escaped text in a code block, in both parts', async () => {
    // In the text part, an indented code block keeps its indent on every line of the section.
    for (const [body, indent] of [
      ['```\n{{ failed_jobs }}\n```', ''],
      ['    {{ failed_jobs }}', '    ']
    ]) {
      const message = await composeMessage({ status: 'failure', body }, push, failedJobs)
      expect(message.html).toMatch(/<pre[^>]*><code>Failed and cancelled jobs:\n- test &#60;unit&#62; failed at step “Run tests”\n/)
      expect(message.html).not.toMatch(/section[0-9a-f]{24}n/)
      expect(message.html).not.toContain('<unit>')
      expect(message.text).toContain(`${indent}Failed and cancelled jobs:\n${indent}- test <unit> failed at step “Run tests”\n`)
      expect(
        message.text
          .split('\n')
          .filter((line) => line.trim())
          .every((line) => line.startsWith(indent))
      ).toBe(true)
    }
  })
})

describe('a section placeholder where its heading and list cannot go', () => {
  const NO_PLACE = 'and a section of the message (a heading and a list) cannot go there'
  it.each([
    ['in a sentence', 'Jobs: {{ failed_jobs }} end', 1, 'is not alone on its line'],
    ['before text on its line', 'Jobs:\n{{ failed_jobs }} end', 2, 'is not alone on its line'],
    ['right after a word', 'Intro\n\nx {{ failed_jobs }}', 3, 'is not alone on its line'],
    ['after a placeholder on its line', '{{ workflow }} {{ failed_jobs }}', 1, 'is not alone on its line'],
    ['in inline code', 'See `{{ failed_jobs }}`', 1, 'is not alone on its line'],
    ['in emphasis', '**{{ failed_jobs }}**', 1, 'is not alone on its line'],
    ['in a list item after text', '- Jobs: {{ failed_jobs }}', 1, 'is not alone on its line'],
    ['in a heading', 'Intro\n\n# {{ failed_jobs }}', 3, 'is in a heading'],
    ['in a table cell', '| a |\n|---|\n| {{ failed_jobs }} |', 3, 'is in a table'],
    ['right under a table', '| a |\n|---|\n| 1 |\n{{ failed_jobs }}', 4, 'is in a table'],
    ['as a link text', '[{{ failed_jobs }}](https://example.com)', 1, 'is in a link or an image'],
    ['as a link target', '[x]({{ failed_jobs }})', 1, 'is in a link or an image'],
    ['as an image source', 'Look:\n\n![x]({{ failed_jobs }})', 3, 'is in a link or an image'],
    ['as a link definition', '[x]: {{ failed_jobs }}', 1, 'is in a link or an image'],
    ['in HTML', '<div>\n{{ failed_jobs }}\n</div>', 2, 'is inside HTML']
  ])('is invalid input naming the line, before connecting and when composing (%s)', async (_where, body, line, where) => {
    const title = `Input \`body\`: line ${line}: {{ failed_jobs }} ${where}, ${NO_PLACE}`
    for (const refusal of [checkBody(body, {}), composeMessage({ status: 'failure', body }, push, failedJobs)]) {
      const error = await refusal.catch((caught: unknown) => caught)
      expect(error).toBeInstanceOf(InputError)
      expect((error as InputError).diagnosis).toMatchObject({ code: 'invalid-input', title })
      expect((error as InputError).diagnosis.fix).toBe(
        'Put {{ failed_jobs }} on a line of its own in `body`, with a blank line before and after it; it may also be the only text of a list item ' +
          '(`- {{ failed_jobs }}`) or a quote (`> {{ failed_jobs }}`). In a code block it is shown as text.'
      )
    }
  })

  it('is refused for {{ failed_tests }} too, naming the file of body-file, in the language asked for', async () => {
    const body = '# Tests\n\nFailed: {{failed_tests}}\n'
    const error = (await checkBody(body, { bodyFile: '.github/notify.md' }).catch((caught: unknown) => caught)) as InputError
    expect(error.diagnosisIn('en').title).toBe(`Input \`body-file\`: line 3 of .github/notify.md: {{ failed_tests }} is not alone on its line, ${NO_PLACE}`)
    expect(error.diagnosisIn('en').fix).toMatch(/^Put \{\{ failed_tests \}\} on a line of its own in `body-file`/)
    expect(error.diagnosisIn('ko').title).toBe(
      '입력 `body-file`: .github/notify.md의 3번째 줄: {{ failed_tests }}이(가) 줄에 혼자 있지 않습니다. 메시지의 구역(제목과 목록)은 그 자리에 들어갈 수 없습니다'
    )
    expect(error.diagnosisIn('ko').fix).toContain('`body-file`에서 {{ failed_tests }}을(를) 앞뒤에 빈 줄을 두고 한 줄에 따로 쓰세요.')
  })

  it('counts lines as the file has them (CRLF too) and shows a file name that holds a line break on one line', async () => {
    const error = (await checkBody('a\r\nb\r\n\r\n## {{ failed_jobs }}\r\n', { bodyFile: 'x\n::error::y.md' }).catch((caught: unknown) => caught)) as InputError
    expect(error.diagnosis.title).toBe(`Input \`body-file\`: line 4 of x\\x0a::error::y.md: {{ failed_jobs }} is in a heading, ${NO_PLACE}`)
  })

  it.each([
    ['its own paragraph', 'Intro\n\n{{ failed_jobs }}\n\nOutro'],
    ['right under a line of text', 'Jobs:\n{{ failed_jobs }}'],
    ['indented by up to 3 spaces', '   {{ failed_jobs }}'],
    ['a list item', '- {{ failed_jobs }}'],
    ['a paragraph of a list item', '1. First\n\n   {{ failed_jobs }}'],
    ['a quote', '> {{ failed_jobs }}'],
    ['a fenced code block, with text on its line', '```\nJobs: {{ failed_jobs }}\n```'],
    ['an indented code block', '    {{ failed_jobs }}'],
    ['between HTML blocks with blank lines', '<details>\n\n{{ failed_jobs }}\n\n</details>']
  ])('is accepted as %s', async (_where, body) => {
    await expect(checkBody(body, {})).resolves.toBeUndefined()
    await expect(composeMessage({ status: 'failure', body }, push, failedJobs)).resolves.toBeDefined()
  })
})

describe('preformatted text: log excerpts, stack lines, code blocks', () => {
  const FRAME = '    at Object.<anonymous> (/home/runner/work/app/app/src/very/long/path/to/the/module/under/test.test.ts:12:34)'
  const tests: TestSummary = {
    reports: 1,
    counts: { tests: 3, failed: 1, errored: 0, skipped: 0 },
    failures: [{ suite: 'cart', name: 'adds an item', errored: false, message: 'expected 1 to be 2', details: ['AssertionError: expected 1 to be 2', FRAME] }],
    moreFailures: 0
  }
  const report: RunReport = {
    ...failedJobs,
    problemJobs: [{ ...failedJobs.problemJobs[0], excerpt: ['Error: expected 1 to be 2', FRAME] }],
    annotations: [
      { job: 'test', path: 'src/cart.ts', startLine: 12, endLine: 12, title: '', message: `Cart broke\nAssertionError: expected 1 to be 2\n${FRAME}` }
    ]
  }

  it('keeps each line whole in a box that scrolls sideways within the mail, never wrapping it mid-word', async () => {
    // The excerpt, the annotation and the stack lines; then those with the custom body's own code block.
    const messages = [
      { frames: 3, message: await composeMessage({ status: 'failure' }, push, report, undefined, tests) },
      {
        frames: 4,
        message: await composeMessage(
          { status: 'failure', body: `Trace:\n\n\`\`\`\n${FRAME}\n\`\`\`\n\n{{ failed_jobs }}\n\n{{ failed_tests }}` },
          push,
          report,
          undefined,
          tests
        )
      }
    ]
    for (const { frames, message } of messages) {
      const { html } = message
      const blocks = [...html.matchAll(/<pre style="([^"]*)">([^]*?)<\/pre>/g)]
      expect(blocks.length).toBeGreaterThanOrEqual(3)
      for (const [, style, content] of blocks) {
        const said = Object.fromEntries(declarations(` style="${style}"`))
        expect(said['white-space']).toBe('pre')
        expect(said.overflow).toBe('auto')
        for (const wrapping of ['word-break', 'overflow-wrap', 'word-wrap', 'max-width', 'width']) expect(said[wrapping], wrapping).toBeUndefined()
        expect(content).not.toMatch(/<wbr|&shy;|\u00ad/)
      }
      const unescaped = (content: string) => content.replace(/&#60;|&lt;/g, '<').replace(/&#62;|&gt;/g, '>')
      expect(blocks.filter(([, , content]) => unescaped(content).includes(`${FRAME}\n`) || unescaped(content).endsWith(FRAME))).toHaveLength(frames)
    }
  })
})

describe('in Gmail, which drops list-style', () => {
  it('lays the commits out as rows, not a list, with the compare link on the rows’ left edge', async () => {
    for (const status of STATUSES) {
      const { html } = await composeMessage({ status }, busyPush, failedJobs)
      expect(html).not.toMatch(/list-style/i)
      const commits = html.match(/<h2[^>]*>Commits in this push<\/h2><div style="([^"]*)">(.*?)<\/div><\/div>/)
      expect(commits).not.toBeNull()
      const [, listStyle, inner] = commits!
      expect(inner).not.toMatch(/<(ul|ol|li)\b/)
      const rows = [...`${inner}</div>`.matchAll(/<div style="([^"]*)">(.*?)<\/div>/g)]
      expect(rows.map((row) => row[2].replace(/<[^>]*>/g, ''))).toEqual([
        '1cccccc Change 1 — Dev 1',
        '2cccccc Change 2 — Dev 2',
        '3cccccc Change 3 — Dev 3',
        'Compare the changes'
      ])
      // One style for every row, compare link included, and nothing that moves one row off the left edge.
      expect(new Set(rows.map((row) => row[1])).size).toBe(1)
      expect(`${listStyle};${rows[0][1]}`).not.toMatch(/padding|margin-left|text-indent|margin:\s*\S+\s+\S+\s+\S+\s+[^0\s]/)
    }
  })
})
