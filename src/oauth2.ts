import type { CustomAuthenticationContext } from 'nodemailer/lib/smtp-connection'
import { sleepFor } from './cancel.ts'
import { NotifyError, type Diagnosis } from './errors.ts'
import { providerOfTokenUrl } from './providers.ts'

/** Google's token endpoint; other providers have their own (`oauth2-token-url`). */
export const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token'

/** The `oauth2-*` inputs: what it takes to get an access token for XOAUTH2. */
export interface OAuth2Settings {
  clientId: string
  clientSecret: string
  refreshToken: string
  tokenUrl: string
  /** `oauth2-scope`, sent as `scope` when not empty (Microsoft wants it; Google does not). */
  scope: string
}

/** Where refresh tokens for Gmail go wrong, said in every rejection. */
export const OAUTH2_TOKEN_HINT =
  'Issue a new refresh token for this exact address with the scope https://mail.google.com/ (no narrower Gmail scope works for SMTP) and store it in the secret passed as `oauth2-refresh-token`. ' +
  'Refresh tokens from a Google Cloud OAuth consent screen whose publishing status is "Testing" expire after 7 days: publish the app (set it "In production") so they last.'

/** The fields of a token endpoint's JSON answer (RFC 6749 section 5). */
interface TokenAnswer {
  access_token?: unknown
  error?: unknown
  error_description?: unknown
}

/** Answers of RFC 6749 section 5.2 that mean the credentials themselves were refused. */
const REFUSALS = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope', 'unsupported_grant_type', 'invalid_request'])

/** Classifies what the token endpoint answered when it gave no access token (pure). */
export function diagnoseTokenAnswer(tokenUrl: string, status: number, answer: TokenAnswer): Diagnosis {
  const error = typeof answer.error === 'string' ? answer.error : ''
  const description = typeof answer.error_description === 'string' ? answer.error_description : ''
  const detail = `HTTP ${status}${error ? `: ${error}` : ''}${description ? ` (${description})` : ''}`
  if (REFUSALS.has(error) || status === 400 || status === 401) {
    const clientProblem = error === 'invalid_client' || error === 'unauthorized_client'
    // Another provider's endpoint (Microsoft's) gets its own steps from the catalogue.
    const provider = providerOfTokenUrl(tokenUrl)?.oauth2
    const googleFix = clientProblem
      ? 'Copy the client ID and secret of the OAuth client that issued the refresh token (Google Cloud Console → APIs & Services → Credentials) into the secrets passed as `oauth2-client-id` and `oauth2-client-secret`. ' +
        OAUTH2_TOKEN_HINT
      : `"invalid_grant" means the refresh token was revoked, expired, or issued to another client. ${OAUTH2_TOKEN_HINT}`
    return {
      code: 'oauth2-rejected',
      title: clientProblem
        ? `The OAuth2 token endpoint ${tokenUrl} did not accept the client (\`oauth2-client-id\` / \`oauth2-client-secret\`)`
        : `The OAuth2 token endpoint ${tokenUrl} refused the refresh token (\`oauth2-refresh-token\`)`,
      fix: provider ? (clientProblem ? provider.clientRefused : provider.tokenRefused).en : googleFix,
      detail,
      retryable: false
    }
  }
  if (status >= 500 || status === 429) {
    return {
      code: 'try-again-later',
      title: `The OAuth2 token endpoint ${tokenUrl} failed for now`,
      fix: 'The token endpoint reported a temporary problem. Re-run the job later.',
      detail,
      retryable: true
    }
  }
  return {
    code: 'unknown',
    title: `The OAuth2 token endpoint ${tokenUrl} gave no access token`,
    fix: 'Check `oauth2-token-url`: it must be the token endpoint of the provider that issued the refresh token (Google: https://oauth2.googleapis.com/token).',
    detail,
    retryable: false
  }
}

/** Classifies a failure to reach the token endpoint at all (pure). */
export function diagnoseTokenFetchError(tokenUrl: string, error: unknown, timeoutSeconds: number): Diagnosis {
  const failure = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = failure.cause?.code ?? ''
  const detail = [failure.message, failure.cause?.message].filter(Boolean).join(': ')
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    return {
      code: 'timeout',
      title: `The OAuth2 token endpoint ${tokenUrl} did not answer within ${timeoutSeconds} s`,
      fix: 'Check `oauth2-token-url` and that the runner can reach it; raise `timeout` if the endpoint is just slow.',
      detail,
      retryable: true
    }
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
    return {
      code: 'certificate',
      title: `The TLS certificate of the OAuth2 token endpoint ${tokenUrl} is not trusted`,
      fix: 'Check the host name in `oauth2-token-url`. For a private certificate authority, add it to the runner with NODE_EXTRA_CA_CERTS (a PEM file). Certificate checks are never switched off.',
      detail,
      retryable: false
    }
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      code: 'dns',
      title: `The host name of the OAuth2 token endpoint ${tokenUrl} could not be resolved`,
      fix: 'Check `oauth2-token-url` for typos (Google: https://oauth2.googleapis.com/token).',
      detail,
      retryable: code === 'EAI_AGAIN'
    }
  }
  // fetch refuses some ports outright (the Fetch standard's "bad ports": 25, 465, 587, ...),
  // before any connection, so no other check names the cause.
  if (failure.cause?.message === 'bad port') {
    const port = URL.canParse(tokenUrl) ? new URL(tokenUrl).port : ''
    return {
      code: 'invalid-input',
      title: `The OAuth2 token endpoint ${tokenUrl} is on port ${port}, which fetch refuses to connect to`,
      fix: "Use the token endpoint's HTTPS address without a port, or with its real one (Google: https://oauth2.googleapis.com/token), in `oauth2-token-url`. Ports such as 25, 465 and 587 are mail ports, never an OAuth2 endpoint's.",
      detail,
      retryable: false
    }
  }
  if (code === 'ECONNREFUSED') {
    return {
      code: 'connection-refused',
      title: `Nothing accepted the connection to the OAuth2 token endpoint ${tokenUrl}`,
      fix: 'Check `oauth2-token-url` (Google: https://oauth2.googleapis.com/token) and that the runner may open HTTPS connections to it.',
      detail,
      retryable: false
    }
  }
  return {
    code: 'unknown',
    title: `Could not reach the OAuth2 token endpoint ${tokenUrl}`,
    fix: "Check `oauth2-token-url` and the runner's network.",
    detail,
    retryable: false
  }
}

/** How often to ask again when the token endpoint fails for now (a 5xx, 429 or no answer). */
export interface TokenAttempts {
  /** Extra attempts, from the `retries` input. */
  retries: number
  /** First wait, doubled after each attempt. */
  backoffMs?: number
  /** Waits between attempts, or until `signal` aborts; tests pass one that only records. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  onRetry?: (diagnosis: Diagnosis, delayMs: number) => void
  /** Aborted when the step is cancelled: the request is abandoned and not retried. */
  signal?: AbortSignal
}

/**
 * Fetches an access token, asking again after temporary failures; a refusal
 * (invalid_grant and the like) is final at once.
 */
export async function fetchAccessToken(oauth2: OAuth2Settings, timeoutSeconds: number, attempts: TokenAttempts = { retries: 0 }): Promise<string> {
  const sleep = attempts.sleep ?? sleepFor
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestAccessToken(oauth2, timeoutSeconds, attempts.signal)
    } catch (error) {
      if (!(error instanceof NotifyError) || !error.diagnosis.retryable || attempt > attempts.retries || attempts.signal?.aborted) throw error
      const delayMs = (attempts.backoffMs ?? 2000) * 2 ** (attempt - 1)
      attempts.onRetry?.(error.diagnosis, delayMs)
      await sleep(delayMs, attempts.signal)
    }
  }
}

/**
 * Exchanges the refresh token for an access token (RFC 6749 section 6), within
 * `timeoutSeconds` for the whole exchange, or until `cancelled` aborts. Throws a NotifyError saying what to fix.
 */
async function requestAccessToken(oauth2: OAuth2Settings, timeoutSeconds: number, cancelled: AbortSignal | undefined): Promise<string> {
  const deadline = AbortSignal.timeout(timeoutSeconds * 1000)
  const signal = cancelled ? AbortSignal.any([deadline, cancelled]) : deadline
  let status: number
  let text: string
  try {
    const response = await fetch(oauth2.tokenUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: new URLSearchParams({
        grant_type: 'refresh_token',
        client_id: oauth2.clientId,
        client_secret: oauth2.clientSecret,
        refresh_token: oauth2.refreshToken,
        ...(oauth2.scope ? { scope: oauth2.scope } : {})
      }),
      // A redirect would carry the client secret to another address.
      redirect: 'error',
      signal
    })
    status = response.status
    text = await response.text()
  } catch (error) {
    throw new NotifyError(diagnoseTokenFetchError(oauth2.tokenUrl, error, timeoutSeconds), { cause: error })
  }
  let answer: TokenAnswer = {}
  try {
    answer = JSON.parse(text) as TokenAnswer
  } catch {
    // Not JSON: classified by the status alone.
  }
  // Only the access token is read. Microsoft also answers with a new refresh token, a secret
  // that is neither kept nor printed: the one in `oauth2-refresh-token` stays valid.
  if (status === 200 && typeof answer.access_token === 'string' && answer.access_token) return answer.access_token
  throw new NotifyError(diagnoseTokenAnswer(oauth2.tokenUrl, status, answer))
}

/** The name nodemailer knows the XOAUTH2 handler by; the server sees plain `AUTH XOAUTH2`. */
export const XOAUTH2_WITH_TOKEN = 'XOAUTH2-TOKEN'

/**
 * XOAUTH2 with an access token fetched beforehand, as a nodemailer custom handler.
 * Gmail refuses a token with a 334 challenge carrying the error as base64 JSON; the empty
 * line sent back gets the final 5xx reply, which the diagnosis quotes. nodemailer logs
 * the commands of custom handlers as `AUTH XOAUTH2 /* secret *\/`.
 */
export async function xoauth2Login(ctx: CustomAuthenticationContext): Promise<void> {
  const { user, pass: accessToken } = ctx.auth.credentials
  const initial = Buffer.from(`user=${user}\x01auth=Bearer ${accessToken}\x01\x01`, 'utf8').toString('base64')
  let reply = await ctx.sendCommand(`AUTH XOAUTH2 ${initial}`)
  if (reply.status === 334) reply = await ctx.sendCommand('')
  if (reply.status !== 235) throw new Error('Invalid login')
}
