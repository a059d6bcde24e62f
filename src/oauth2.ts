import { sleepFor } from './cancel.ts'
import { InputError, NotifyError, type Diagnosis } from './errors.ts'
import { defineWords, type Language } from './language.ts'
import { providerOfTokenUrl } from './providers.ts'
import type { OAuth2Settings } from './xoauth2.ts'

/** Where refresh tokens for Gmail go wrong, said in every rejection. */
export const OAUTH2_TOKEN_HINT =
  'Issue a new refresh token for this exact address with the scope https://mail.google.com/ (no narrower Gmail scope works for SMTP) and store it in the secret passed as `oauth2-refresh-token`. ' +
  'Refresh tokens from a Google Cloud OAuth consent screen whose publishing status is "Testing" expire after 7 days: publish the app (set it "In production") so they last.'

const ENDPOINT = { en: (url: string) => `The OAuth2 token endpoint ${url}`, ko: (url: string) => `OAuth2 토큰 엔드포인트 ${url}` }

/** What a failure at the token endpoint means and its fix; the endpoint's own answer stays as it came. */
const WORDS = defineWords('oauth2', {
  throughProxy: {
    en: (proxy: string) => ({
      title: ` through the proxy ${proxy} (HTTPS_PROXY)`,
      fix: ' The request went through the proxy that HTTPS_PROXY names: check that it lets the runner reach this host, or add the host to NO_PROXY to reach it directly.'
    }),
    ko: (proxy: string) => ({
      title: `(프록시 ${proxy} 경유, HTTPS_PROXY)`,
      fix: ' 요청은 HTTPS_PROXY가 가리키는 프록시를 거쳤습니다. 프록시가 러너에서 이 호스트로 가는 연결을 허용하는지 확인하거나, 직접 연결하도록 호스트를 NO_PROXY에 추가하세요.'
    })
  },
  tokenHint: {
    en: OAUTH2_TOKEN_HINT,
    ko:
      '이 주소로 https://mail.google.com/ 범위(scope)의 새 리프레시 토큰을 발급받아(SMTP에는 더 좁은 Gmail 범위가 통하지 않습니다) `oauth2-refresh-token`으로 넘기는 시크릿에 저장하세요. ' +
      'Google Cloud OAuth 동의 화면의 게시 상태가 "Testing"이면 리프레시 토큰이 7일 뒤 만료됩니다. 앱을 게시("In production")해야 토큰이 유지됩니다.'
  },
  timeoutTitle: {
    en: (url: string, seconds: number) => `${ENDPOINT.en(url)} did not answer within ${seconds} s`,
    ko: (url: string, seconds: number) => `${ENDPOINT.ko(url)} 에서 ${seconds}초 안에 응답이 없었습니다`
  },
  timeoutFix: {
    en: 'Check `oauth2-token-url` and that the runner can reach it; raise `timeout` if the endpoint is just slow.',
    ko: '`oauth2-token-url`과, 러너가 그 주소에 닿을 수 있는지 확인하세요. 엔드포인트가 느릴 뿐이라면 `timeout`을 늘리세요.'
  },
  certificateTitle: {
    en: (url: string) => `The TLS certificate of the OAuth2 token endpoint ${url} is not trusted`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 의 TLS 인증서를 신뢰할 수 없습니다`
  },
  certificateFix: {
    en: 'Check the host name in `oauth2-token-url`. For a private certificate authority, add it to the runner with NODE_EXTRA_CA_CERTS (a PEM file). Certificate checks are never switched off.',
    ko: '`oauth2-token-url`의 호스트 이름을 확인하세요. 사설 인증 기관이라면 NODE_EXTRA_CA_CERTS(PEM 파일)로 러너에 추가하세요. 인증서 검사는 끄지 않습니다.'
  },
  dnsTitle: {
    en: (url: string) => `The host name of the OAuth2 token endpoint ${url} could not be resolved`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 의 호스트 이름을 찾을 수 없습니다`
  },
  dnsFix: {
    en: 'Check `oauth2-token-url` for typos (Google: https://oauth2.googleapis.com/token).',
    ko: '`oauth2-token-url`에 오타가 없는지 확인하세요(Google: https://oauth2.googleapis.com/token ).'
  },
  badPortTitle: {
    en: (url: string, port: string) => `${ENDPOINT.en(url)} is on port ${port}, which fetch refuses to connect to`,
    ko: (url: string, port: string) => `${ENDPOINT.ko(url)} 의 포트 ${port}번은 fetch가 연결을 거부하는 포트입니다`
  },
  badPortFix: {
    en: "Use the token endpoint's HTTPS address without a port, or with its real one (Google: https://oauth2.googleapis.com/token), in `oauth2-token-url`. Ports such as 25, 465 and 587 are mail ports, never an OAuth2 endpoint's.",
    ko: '`oauth2-token-url`에는 토큰 엔드포인트의 HTTPS 주소를 포트 없이, 또는 실제 포트로 넣으세요(Google: https://oauth2.googleapis.com/token ). 25, 465, 587 같은 포트는 메일 포트이며 OAuth2 엔드포인트의 포트가 아닙니다.'
  },
  refusedTitle: {
    en: (url: string) => `Nothing accepted the connection to the OAuth2 token endpoint ${url}`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 에서 연결을 받는 곳이 없습니다`
  },
  refusedFix: {
    en: 'Check `oauth2-token-url` (Google: https://oauth2.googleapis.com/token) and that the runner may open HTTPS connections to it.',
    ko: '`oauth2-token-url`(Google: https://oauth2.googleapis.com/token )과, 러너가 그 주소로 HTTPS 연결을 열 수 있는지 확인하세요.'
  },
  unreachableTitle: {
    en: (url: string) => `Could not reach the OAuth2 token endpoint ${url}`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 에 연결할 수 없습니다`
  },
  unreachableFix: { en: "Check `oauth2-token-url` and the runner's network.", ko: '`oauth2-token-url`과 러너의 네트워크를 확인하세요.' },
  clientTitle: {
    en: (url: string) => `${ENDPOINT.en(url)} did not accept the client (\`oauth2-client-id\` / \`oauth2-client-secret\`)`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 에서 클라이언트(\`oauth2-client-id\` / \`oauth2-client-secret\`)를 받아들이지 않았습니다`
  },
  tokenTitle: {
    en: (url: string) => `${ENDPOINT.en(url)} refused the refresh token (\`oauth2-refresh-token\`)`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 에서 리프레시 토큰(\`oauth2-refresh-token\`)을 거부했습니다`
  },
  googleClientFix: {
    en: 'Copy the client ID and secret of the OAuth client that issued the refresh token (Google Cloud Console → APIs & Services → Credentials) into the secrets passed as `oauth2-client-id` and `oauth2-client-secret`. ',
    ko: '리프레시 토큰을 발급한 OAuth 클라이언트의 클라이언트 ID와 시크릿을(Google Cloud Console → APIs & Services → Credentials) `oauth2-client-id`, `oauth2-client-secret`으로 넘기는 시크릿에 복사하세요. '
  },
  googleTokenFix: {
    en: '"invalid_grant" means the refresh token was revoked, expired, or issued to another client. ',
    ko: '"invalid_grant"는 리프레시 토큰이 취소되었거나, 만료되었거나, 다른 클라이언트에 발급되었다는 뜻입니다. '
  },
  laterTitle: { en: (url: string) => `${ENDPOINT.en(url)} failed for now`, ko: (url: string) => `${ENDPOINT.ko(url)} 에 일시적인 문제가 있습니다` },
  laterFix: {
    en: 'The token endpoint reported a temporary problem. Re-run the job later.',
    ko: '토큰 엔드포인트가 일시적인 문제를 알렸습니다. 나중에 작업을 다시 실행하세요.'
  },
  fetching: {
    en: (username: string, url: string) => `Fetching an OAuth2 access token for ${username} from ${url}.`,
    ko: (username: string, url: string) => `${url} 에서 ${username} 계정의 OAuth2 액세스 토큰을 받아 옵니다.`
  },
  retrying: {
    en: (failure: string, seconds: number) => `Fetching the OAuth2 access token failed: ${failure}. This is temporary; trying again in ${seconds} s.`,
    ko: (failure: string, seconds: number) => `OAuth2 액세스 토큰을 받아 오지 못했습니다: ${failure}. 일시적인 문제이므로 ${seconds}초 뒤에 다시 시도합니다.`
  },
  noTokenTitle: {
    en: (url: string) => `${ENDPOINT.en(url)} gave no access token`,
    ko: (url: string) => `${ENDPOINT.ko(url)} 에서 액세스 토큰을 받지 못했습니다`
  },
  noTokenFix: {
    en: 'Check `oauth2-token-url`: it must be the token endpoint of the provider that issued the refresh token (Google: https://oauth2.googleapis.com/token).',
    ko: '`oauth2-token-url`을 확인하세요. 리프레시 토큰을 발급한 제공자의 토큰 엔드포인트여야 합니다(Google: https://oauth2.googleapis.com/token ).'
  }
})

/** The log lines of fetching a token, in `language`. */
export function oauth2LogWords(language: Language): Pick<(typeof WORDS)[Language], 'fetching' | 'retrying'> {
  return WORDS[language]
}

/** The Gmail refresh-token hint in `language`, for the diagnoses of a refused XOAUTH2 login. */
export function oauth2TokenHint(language: Language): string {
  return WORDS[language].tokenHint
}

/** The fields of a token endpoint's JSON answer (RFC 6749 section 5). */
interface TokenAnswer {
  access_token?: unknown
  error?: unknown
  error_description?: unknown
}

/** Answers of RFC 6749 section 5.2 that mean the credentials themselves were refused. */
const REFUSALS = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope', 'unsupported_grant_type', 'invalid_request'])

/** Classifies what the token endpoint answered when it gave no access token (pure). */
export function diagnoseTokenAnswer(tokenUrl: string, status: number, answer: TokenAnswer, language: Language): Diagnosis {
  const words = WORDS[language]
  const error = typeof answer.error === 'string' ? answer.error : ''
  const description = typeof answer.error_description === 'string' ? answer.error_description : ''
  const detail = `HTTP ${status}${error ? `: ${error}` : ''}${description ? ` (${description})` : ''}`
  if (REFUSALS.has(error) || status === 400 || status === 401) {
    const clientProblem = error === 'invalid_client' || error === 'unauthorized_client'
    // Another provider's endpoint (Microsoft's) gets its own steps from the catalogue.
    const provider = providerOfTokenUrl(tokenUrl)?.oauth2
    const googleFix = `${clientProblem ? words.googleClientFix : words.googleTokenFix}${words.tokenHint}`
    return {
      code: 'oauth2-rejected',
      title: clientProblem ? words.clientTitle(tokenUrl) : words.tokenTitle(tokenUrl),
      fix: provider ? (clientProblem ? provider.clientRefused : provider.tokenRefused)[language] : googleFix,
      detail,
      retryable: false
    }
  }
  if (status >= 500 || status === 429) {
    return {
      code: 'try-again-later',
      title: words.laterTitle(tokenUrl),
      fix: words.laterFix,
      detail,
      retryable: true
    }
  }
  return {
    code: 'unknown',
    title: words.noTokenTitle(tokenUrl),
    fix: words.noTokenFix,
    detail,
    retryable: false
  }
}

/** Classifies a failure to reach the token endpoint at all (pure). */
function diagnoseTokenFetchError(tokenUrl: string, error: unknown, timeoutSeconds: number, language: Language): Diagnosis {
  const words = WORDS[language]
  const failure = error as { name?: string; message?: string; cause?: { code?: string; message?: string } }
  const code = failure.cause?.code ?? ''
  const detail = [failure.message, failure.cause?.message].filter(Boolean).join(': ')
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    return {
      code: 'timeout',
      title: words.timeoutTitle(tokenUrl, timeoutSeconds),
      fix: words.timeoutFix,
      detail,
      retryable: true
    }
  }
  if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
    return {
      code: 'certificate',
      title: words.certificateTitle(tokenUrl),
      fix: words.certificateFix,
      detail,
      retryable: false
    }
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return {
      code: 'dns',
      title: words.dnsTitle(tokenUrl),
      fix: words.dnsFix,
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
      title: words.badPortTitle(tokenUrl, port),
      fix: words.badPortFix,
      detail,
      retryable: false
    }
  }
  if (code === 'ECONNREFUSED') {
    return {
      code: 'connection-refused',
      title: words.refusedTitle(tokenUrl),
      fix: words.refusedFix,
      detail,
      retryable: false
    }
  }
  return {
    code: 'unknown',
    title: words.unreachableTitle(tokenUrl),
    fix: words.unreachableFix,
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
  onRetry?: (error: NotifyError, delayMs: number) => void
  /** Aborted when the step is cancelled: the request is abandoned and not retried. */
  signal?: AbortSignal
}

/**
 * Fetches an access token, asking again after temporary failures; a refusal
 * (invalid_grant and the like) is final at once.
 */
/**
 * Refuses what the provider of `oauth2-token-url` is known to reject, before any connection:
 * checked here rather than with the other inputs so the provider catalogue is loaded only in
 * runs that use OAuth2.
 */
export function checkOAuth2Settings(oauth2: OAuth2Settings): void {
  const scopeMissing = providerOfTokenUrl(oauth2.tokenUrl)?.oauth2?.scopeMissing
  if (!oauth2.scope && scopeMissing) throw new InputError('oauth2-scope', scopeMissing.problem, scopeMissing.fix)
}

export async function fetchAccessToken(oauth2: OAuth2Settings, timeoutSeconds: number, attempts: TokenAttempts = { retries: 0 }): Promise<string> {
  const sleep = attempts.sleep ?? sleepFor
  for (let attempt = 1; ; attempt++) {
    try {
      return await requestAccessToken(oauth2, timeoutSeconds, attempts.signal)
    } catch (error) {
      if (!(error instanceof NotifyError) || !error.diagnosis.retryable || attempt > attempts.retries || attempts.signal?.aborted) throw error
      const delayMs = (attempts.backoffMs ?? 2000) * 2 ** (attempt - 1)
      attempts.onRetry?.(error, delayMs)
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
  let proxy: URL | undefined
  try {
    // Through the runner's proxy, as the REST API calls are: @actions/github's own fetch,
    // undici with @actions/http-client's rules for HTTPS_PROXY and NO_PROXY. The package
    // exports it only under lib/internal, so it is imported by path (its version is pinned
    // exactly, as @actions/core's is for runner.ts), and only by runs that log in with OAuth2.
    const [{ getProxyFetch }, { getProxyUrl }] = await Promise.all([
      import('../node_modules/@actions/github/lib/internal/utils.js'),
      import('../node_modules/@actions/http-client/lib/proxy.js')
    ])
    proxy = getProxyUrl(new URL(oauth2.tokenUrl))
    const response = await getProxyFetch(oauth2.tokenUrl)(oauth2.tokenUrl, {
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
    throw new NotifyError((language) => throughProxy(diagnoseTokenFetchError(oauth2.tokenUrl, error, timeoutSeconds, language), proxy, language), {
      cause: error
    })
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
  throw new NotifyError((language) => diagnoseTokenAnswer(oauth2.tokenUrl, status, answer, language))
}

/**
 * A failure to reach the endpoint through a proxy names the proxy (never its password) and
 * the variables that chose it: the proxy may be what refused.
 */
function throughProxy(diagnosis: Diagnosis, proxy: URL | undefined, language: Language): Diagnosis {
  if (!proxy) return diagnosis
  const words = WORDS[language].throughProxy(proxy.origin)
  return { ...diagnosis, title: `${diagnosis.title}${words.title}`, fix: `${diagnosis.fix}${words.fix}` }
}
