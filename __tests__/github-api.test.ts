import { describe, expect, it } from 'vitest'
import { apiUrlOf, describeBody, explainApiFailure, readExcerpt, reasonToSkipApi, UnexpectedAnswerError } from '../src/github-api.ts'
import { MAX_EXCERPT_LINE } from '../src/jobs.ts'
import { RUNNER_ENV } from './support/action.ts'

const request = { apiUrl: 'https://api.github.com', timeoutSeconds: 30 }

describe('apiUrlOf', () => {
  it('uses GITHUB_API_URL, else derives it from the server URL (GitHub Enterprise Server)', () => {
    expect(apiUrlOf({ GITHUB_API_URL: 'https://ghe.example.com/api/v3/' })).toBe('https://ghe.example.com/api/v3')
    expect(apiUrlOf({ GITHUB_SERVER_URL: 'https://ghe.example.com' })).toBe('https://ghe.example.com/api/v3')
    expect(apiUrlOf({})).toBe('https://api.github.com')
  })
})

describe('reasonToSkipApi', () => {
  it('asks only when a failure, a cancellation or an unknown outcome can gain from it', () => {
    expect(reasonToSkipApi('failure', 'token', RUNNER_ENV)).toBeUndefined()
    expect(reasonToSkipApi('cancelled', 'token', RUNNER_ENV)).toBeUndefined()
    expect(reasonToSkipApi(undefined, 'token', RUNNER_ENV)).toBeUndefined()
    expect(reasonToSkipApi('success', 'token', RUNNER_ENV)).toBe('the status is success')
    expect(reasonToSkipApi('failure', '', RUNNER_ENV)).toBe('`github-token` is empty')
    expect(reasonToSkipApi('failure', 'token', {})).toContain('not running in a workflow')
  })
})

describe('explainApiFailure', () => {
  const httpError = (status: number, message: string, headers: Record<string, string> = {}) =>
    Object.assign(new Error(message), { status, response: { headers } })

  it('names the missing permission for 403 and 404, and the input for 401', () => {
    const forbidden = explainApiFailure(httpError(403, 'Resource not accessible by integration - https://docs.github.com/rest/actions'), false, request)
    expect(forbidden).toBe(
      "the API answered 403 (Resource not accessible by integration): the token cannot read this run's jobs. Give the workflow or job `permissions: actions: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read Actions in `github-token`"
    )
    expect(explainApiFailure(httpError(404, 'Not Found'), false, request)).toContain('`permissions: actions: read`')
    expect(explainApiFailure(httpError(401, 'Bad credentials'), false, request)).toBe(
      'the API refused `github-token` (401 Bad credentials); leave `github-token` at its default or pass a valid token'
    )
  })

  it('tells a used-up rate limit, a time-out and an unreachable server apart', () => {
    expect(explainApiFailure(httpError(403, 'API rate limit exceeded', { 'x-ratelimit-remaining': '0' }), false, request)).toBe(
      'the API rate limit is used up (403 API rate limit exceeded)'
    )
    expect(explainApiFailure(new Error('This operation was aborted'), true, request)).toBe(
      'https://api.github.com did not answer within 30 s (input `timeout`)'
    )
    expect(explainApiFailure(Object.assign(new Error('getaddrinfo ENOTFOUND api.github.com'), { status: 500 }), false, request)).toBe(
      'could not reach https://api.github.com (getaddrinfo ENOTFOUND api.github.com)'
    )
    expect(explainApiFailure(httpError(502, 'Bad Gateway'), false, request)).toBe('the API answered 502 (Bad Gateway)')
    expect(explainApiFailure(httpError(500, 'Server Error'), false, request)).toBe('the API answered 500 (Server Error)')
  })
})

describe('readExcerpt', () => {
  const encoder = new TextEncoder()
  async function* chunks(pieces: Iterable<string>, failAfter?: () => Error) {
    for (const piece of pieces) yield encoder.encode(piece)
    if (failAfter) throw failAfter()
  }
  const limits = (maxBytes?: number, deadline = new AbortController().signal) => ({ deadline, timeoutSeconds: 7, maxBytes })

  it('stops at the size limit of a log with no line break, keeping the start of its line and saying why', async () => {
    const reading = await readExcerpt(chunks(Array.from({ length: 40 }, () => 'z'.repeat(64 * 1024))), 5, limits(1024 * 1024))
    expect(reading.excerpt).toEqual([`${'z'.repeat(MAX_EXCERPT_LINE - 1)}…`])
    expect(reading.stoppedBecause).toBe('the log has no error line in its first 1.0 MB, where reading stopped')
  })

  it('says the time limit stopped a download that outlasted it, and keeps the lines read', async () => {
    const controller = new AbortController()
    controller.abort()
    const reading = await readExcerpt(
      chunks(['2026-11-26T21:00:00Z compiling\n', '2026-11-26T21:00:01Z still compiling\n'], () => new Error('This operation was aborted')),
      5,
      limits(undefined, controller.signal)
    )
    expect(reading.excerpt).toEqual(['compiling', 'still compiling'])
    expect(reading.stoppedBecause).toBe('reading the log did not finish within 7 s (input `timeout`) after 0.0 MB')
  })

  it('says a download broke off, and is complete without a reason when the error line came', async () => {
    const broken = await readExcerpt(
      chunks(['a\n'], () => new Error('terminated')),
      5,
      limits()
    )
    expect(broken).toEqual({ excerpt: ['a'], stoppedBecause: 'the download of the log broke off after 0.0 MB (terminated)' })
    const complete = await readExcerpt(
      chunks(['a\n##[error]b\n'], () => new Error('never reached')),
      5,
      limits()
    )
    expect(complete).toEqual({ excerpt: ['a', 'Error: b'] })
  })
})

describe('answers that are not the REST API', () => {
  it('describes a body without repeating it', () => {
    expect(describeBody('<!doctype html><title>Sign in</title>', 'text/html; charset=utf-8')).toBe('an HTML or XML page (text/html)')
    expect(describeBody('Service Unavailable', undefined)).toBe('text that is not JSON (no content type)')
    expect(describeBody({ message: 'hi' }, 'application/json')).toBe('JSON without a list of jobs (application/json)')
  })

  it('blames a proxy or GITHUB_API_URL, and names an HTML error page instead of quoting it', () => {
    expect(explainApiFailure(new UnexpectedAnswerError('an HTML or XML page (text/html)'), false, request)).toBe(
      "https://api.github.com answered with an HTML or XML page (text/html) instead of the run's jobs: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)"
    )
    const gateway = Object.assign(new Error('<html><body><h1>502 Bad Gateway</h1></body></html>'), { status: 502, response: { headers: {} } })
    expect(explainApiFailure(gateway, false, request)).toBe('the API answered 502 (an HTML page)')
  })
})
