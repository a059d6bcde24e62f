import { describe, expect, it } from 'vitest'
import { apiUrlOf, explainApiFailure, reasonToSkipApi } from '../src/github-api.ts'
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
