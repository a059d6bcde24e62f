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
}

export interface TokenEndpoint {
  url: string
  /** The form of every request, in order. */
  requests: URLSearchParams[]
  close(): Promise<void>
}

/** The access token the endpoint hands out by default; shaped like Google's. */
export const ACCESS_TOKEN = 'ya29.a0AfB_byC3xQ7kLmN9pRsTuVwXyZ0123456789abcdefGhIjKlMnOpQrStUv'

/** Google's answer to a revoked or expired refresh token. */
export const INVALID_GRANT: TokenReply = { status: 400, body: { error: 'invalid_grant', error_description: 'Token has been expired or revoked.' } }

/**
 * An OAuth2 token endpoint (RFC 6749 section 6) on https://127.0.0.1, answering like
 * https://oauth2.googleapis.com/token. Its certificate comes from the test CA.
 */
export async function startTokenEndpoint(options: TokenEndpointOptions): Promise<TokenEndpoint> {
  const requests: URLSearchParams[] = []
  const server = https.createServer({ key: readFileSync(options.keyPath), cert: readFileSync(options.certPath) }, (request, response) => {
    let body = ''
    request.on('data', (chunk) => (body += chunk))
    request.on('end', () => {
      const form = new URLSearchParams(body)
      requests.push(form)
      const reply = options.respond?.(form, requests.length) ?? {
        status: 200,
        body: { access_token: ACCESS_TOKEN, expires_in: 3599, scope: 'https://mail.google.com/', token_type: 'Bearer' }
      }
      if (reply === 'hang') return
      response.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers })
      response.end(JSON.stringify(reply.body))
    })
  })
  server.on('tlsClientError', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `https://127.0.0.1:${port}/token`,
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    }
  }
}
