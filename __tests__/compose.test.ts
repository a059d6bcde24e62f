import { describe, expect, it } from 'vitest'
import { composeMessage, defaultSubject } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'
import { RUNNER_ENV } from './support/action.ts'

const push = buildRunContext(RUNNER_ENV, {
  head_commit: { id: RUNNER_ENV.GITHUB_SHA, message: 'Add <script>alert(1)</script> guard\n\nbody', author: { name: 'Mona' } }
})

describe('buildRunContext', () => {
  it('links the run and the commit, and keeps the first line of the commit message', () => {
    expect(push.runUrl).toBe('https://github.com/octo-org/app/actions/runs/9876543210')
    expect(push.commitUrl).toBe('https://github.com/octo-org/app/commit/0123456789abcdef0123456789abcdef01234567')
    expect(push.shortSha).toBe('0123456')
    expect(push.commitTitle).toBe('Add <script>alert(1)</script> guard')
    expect(push.commitAuthor).toBe('Mona')
  })

  it('uses the pull request head for the branch and commit, and honours a GHES server URL', () => {
    const ctx = buildRunContext(
      { ...RUNNER_ENV, GITHUB_SERVER_URL: 'https://ghe.example.com/', GITHUB_EVENT_NAME: 'pull_request', GITHUB_REF_NAME: '7/merge' },
      { pull_request: { number: 7, title: 'Speed up', html_url: 'https://ghe.example.com/octo-org/app/pull/7', head: { ref: 'fast', sha: 'feedface00' }, base: { ref: 'main' } } }
    )
    expect(ctx.refName).toBe('fast')
    expect(ctx.sha).toBe('feedface00')
    expect(ctx.runUrl).toBe('https://ghe.example.com/octo-org/app/actions/runs/9876543210')
    expect(ctx.pullRequest).toEqual({ number: 7, title: 'Speed up', url: 'https://ghe.example.com/octo-org/app/pull/7', head: 'fast', base: 'main' })
  })

  it('copes with no environment and no payload at all (a local run)', () => {
    const ctx = buildRunContext({}, null)
    expect(ctx.runUrl).toBe('')
    expect(defaultSubject(ctx, undefined)).toBe('Workflow finished')
  })
})

describe('composeMessage', () => {
  it('says the outcome in words in the subject', () => {
    expect(composeMessage({ status: 'success' }, push).subject).toBe('[octo-org/app] CI #42 succeeded on main')
    expect(composeMessage({ status: 'failure' }, push).subject).toBe('[octo-org/app] CI #42 failed on main')
    expect(composeMessage({ status: 'cancelled' }, push).subject).toBe('[octo-org/app] CI #42 was cancelled on main')
    const tag = buildRunContext({ ...RUNNER_ENV, GITHUB_REF_TYPE: 'tag', GITHUB_REF_NAME: 'v1.2.0' }, {})
    expect(composeMessage({ status: 'success' }, tag).subject).toBe('[octo-org/app] CI #42 succeeded on tag v1.2.0')
  })

  it('puts the same facts in the text and HTML parts, with event text escaped', () => {
    const message = composeMessage({ status: 'failure' }, push)
    for (const fact of ['octo-org/app', 'CI #42', 'build', 'main', '0123456', 'Mona', 'octocat', 'push']) {
      expect(message.text).toContain(fact)
      expect(message.html).toContain(fact)
    }
    expect(message.text).toContain('Add <script>alert(1)</script> guard')
    expect(message.html).not.toContain('<script>')
    expect(message.html).toContain('Add &#60;script&#62;alert(1)&#60;/script&#62; guard')
    expect(message.html).toContain('href="https://github.com/octo-org/app/actions/runs/9876543210"')
  })

  it('shows the outcome as a word, not only as a colour', () => {
    expect(composeMessage({ status: 'failure' }, push).html).toMatch(/✖ Failed/)
    expect(composeMessage({ status: 'success' }, push).html).toMatch(/✔ Succeeded/)
  })

  it('renders a Markdown body as HTML and keeps the Markdown as the text part', () => {
    const message = composeMessage({ status: 'success', body: '# Deployed\n\n**v1.2** is live: [site](https://example.com)' }, push)
    expect(message.html).toContain('<h1>Deployed</h1>')
    expect(message.html).toContain('<strong>v1.2</strong>')
    expect(message.html).toContain('<a href="https://example.com">site</a>')
    expect(message.text).toContain('**v1.2** is live')
    expect(message.text).toContain('https://github.com/octo-org/app/actions/runs/9876543210')
  })

  it('uses the subject given', () => {
    expect(composeMessage({ subject: 'Nightly', status: 'failure' }, push).subject).toBe('Nightly')
  })
})
