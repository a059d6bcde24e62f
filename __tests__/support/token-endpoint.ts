import { readFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'

/** An answer from the token endpoint: an HTTP status and a JSON body, or no answer at all. */
export type TokenReply = { status: number; body: unknown; headers?: Record<string, string> } | 'hang'

export interface TokenEndpointOptions {
  keyPath: string
  certPath: string
  /** Decides the answer to one request; default: an access token. */
  respond?: (form: URLSearchParams, requestNumber: number) => TokenReply
  /** Answer like Microsoft's v2.0 endpoint for this tenant, for a refresh token granted these scopes. */
  microsoft?: { tenant: string; grantedScopes: string[] }
}

export interface TokenEndpoint {
  url: string
  /** The form of every request, in order. */
  requests: URLSearchParams[]
  /** The path of every request, in order. */
  paths: string[]
  close(): Promise<void>
}

/** The access token the endpoint hands out by default; shaped like Google's. */
export const ACCESS_TOKEN = 'ya29.a0AfB_byC3xQ7kLmN9pRsTuVwXyZ0123456789abcdefGhIjKlMnOpQrStUv'

/** Google's answer to a revoked or expired refresh token. */
export const INVALID_GRANT: TokenReply = { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } }

/** The access token Microsoft's endpoint hands out: a JWT, cut short. */
export const MICROSOFT_ACCESS_TOKEN =
  'eyJ0eXAiOiJKV1QiLCJub25jZSI6IkFRQUJBQUFBQUFCbmZpRy1tQTZOVGFlN0NkV1c3UWZkQ1NETjBfcHh.eyJhdWQiOiJodHRwczovL291dGxvb2sub2ZmaWNlLmNvbSJ9.c2lnbmF0dXJlLW9mLXRoZS10b2tlbg'

/** The new refresh token Microsoft's endpoint returns with every access token: a secret the action must never print. */
export const ROTATED_REFRESH_TOKEN = '1.AXkAq7sYk9w8c0u2ZrTvBnQ4mXoL5pDgHjKfEaSdR3tWyUiO0P-rotated-M4nQ2wE6rT8yU0iO'

/**
 * Microsoft's v2.0 answer to a refresh-token grant (RFC 6749 section 6): refused when the
 * path is not /{tenant}/oauth2/v2.0/token or when the scope is missing or asks for more than
 * was granted; otherwise an access token, the scope, and a new refresh token. The shape and
 * the fields follow Microsoft's documentation of the v2.0 token endpoint; the AADSTS texts of
 * the refusals are this stand-in's, shaped like Microsoft's (error, error_description, error_codes).
 */
function microsoftAnswer(path: string, form: URLSearchParams, microsoft: NonNullable<TokenEndpointOptions['microsoft']>): TokenReply {
  const refused = (error: string, code: number, text: string): TokenReply => ({
    status: 400,
    body: { error, error_description: `AADSTS${code}: ${text}`, error_codes: [code], timestamp: '2026-01-01 00:00:00Z' }
  })
  if (path !== `/${microsoft.tenant}/oauth2/v2.0/token`) return { status: 404, body: {} }
  const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean)
  if (scopes.length === 0) return refused('invalid_request', 900144, "The request body must contain the following parameter: 'scope'.")
  if (!scopes.every((scope) => microsoft.grantedScopes.includes(scope))) {
    return refused('invalid_grant', 70000, 'The request was denied because one or more scopes requested are unauthorized or expired.')
  }
  if (form.get('grant_type') !== 'refresh_token' || !form.get('refresh_token'))
    return refused('invalid_request', 900144, 'The request body must contain the following parameter: refresh_token.')
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      scope: scopes.filter((scope) => scope !== 'offline_access').join(' '),
      expires_in: 4523,
      ext_expires_in: 4523,
      access_token: MICROSOFT_ACCESS_TOKEN,
      refresh_token: ROTATED_REFRESH_TOKEN
    }
  }
}

/**
 * An OAuth2 token endpoint (RFC 6749 section 6) on https://127.0.0.1, answering like
 * https://oauth2.googleapis.com/token, or with `microsoft` like Microsoft's v2.0 endpoint
 * at https://127.0.0.1:port/{tenant}/oauth2/v2.0/token. Its certificate comes from the test CA.
 */
export async function startTokenEndpoint(options: TokenEndpointOptions): Promise<TokenEndpoint> {
  const requests: URLSearchParams[] = []
  const paths: string[] = []
  const server = https.createServer({ key: readFileSync(options.keyPath), cert: readFileSync(options.certPath) }, (request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const form = new URLSearchParams(body)
      const path = new URL(request.url ?? '/', 'https://127.0.0.1').pathname
      requests.push(form)
      paths.push(path)
      const reply =
        options.respond?.(form, requests.length) ??
        (options.microsoft
          ? microsoftAnswer(path, form, options.microsoft)
          : { status: 200, body: { access_token: ACCESS_TOKEN, expires_in: 3599, scope: 'https://mail.google.com/', token_type: 'Bearer' } })
      if (reply === 'hang') return
      response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers })
      response.end(JSON.stringify(reply.body))
    })
  })
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: options.microsoft ? `https://127.0.0.1:${port}/${options.microsoft.tenant}/oauth2/v2.0/token` : `https://127.0.0.1:${port}/token`,
    requests,
    paths,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
