import { simpleParser } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { tlsFiles, USERNAME } from './support/action.ts'
import { PROXY_ONLY_HOSTS } from './support/certs.ts'
import { startConnectProxy, type ConnectProxy } from './support/connect-proxy.ts'
import { startApiDouble, type ApiDouble } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'
import { ACCESS_TOKEN, startTokenEndpoint, type TokenEndpoint } from './support/token-endpoint.ts'

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const CLIENT_SECRET = 'GOCSPX-AbCdEfGhIjKlMnOpQrStUvWxYz12'
const REFRESH_TOKEN = '1//0gAbCdEfGhIjKlMnOpQrStUvWxYzAbCdEfGhIjKlMnOpQrStUvWxYz'
const PROXY_PASSWORD = 'pr0xy-S3cret'
const FAILED_JOB = {
  id: 21,
  name: 'build',
  html_url: 'https://github.com/octo-org/app/actions/runs/9876543210/job/21',
  status: 'completed',
  conclusion: 'failure',
  steps: [{ name: 'Compile', status: 'completed', conclusion: 'failure' }]
}

let double: GmailDouble | undefined
let api: ApiDouble | undefined
let endpoint: TokenEndpoint | undefined
let proxy: ConnectProxy | undefined
afterEach(async () => {
  await Promise.all([double?.close(), api?.close(), endpoint?.close(), proxy?.close()])
  double = api = endpoint = proxy = undefined
})

/**
 * A failed run whose API (jobs, then the log redirected to another host) and OAuth2 token
 * endpoint are known by names only the proxy resolves, sent through SMTP on 127.0.0.1.
 */
async function notify(proxyEnv: Record<string, string>, forbid: string[] = []) {
  proxy = await startConnectProxy({ hosts: PROXY_ONLY_HOSTS, forbid })
  api = await startApiDouble({ tls: tlsFiles(), jobs: [FAILED_JOB], logs: { 21: '2026-11-26T21:00:00Z ##[error]tsc found 3 errors\n' } })
  api.redirectTo = `https://blobs.github.test:${new URL(api.blobsUrl).port}`
  endpoint = await startTokenEndpoint(tlsFiles())
  double = await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
  const apiUrl = `https://api.github.test:${new URL(api.url).port}/api/v3`
  const tokenUrl = `https://oauth2.test:${new URL(endpoint.url).port}/token`
  // With credentials, which the proxy must get and no log may show.
  const proxyUrl = new URL(proxy.url)
  proxyUrl.username = 'runner'
  proxyUrl.password = PROXY_PASSWORD
  const ports = { api: new URL(api.url).port, blobs: new URL(api.blobsUrl).port, token: new URL(endpoint.url).port }
  const env = Object.fromEntries(
    Object.entries(proxyEnv).map(([name, value]) => [
      name,
      value.replace('$PROXY', proxyUrl.href).replace('$API_PORT', ports.api).replace('$BLOBS_PORT', ports.blobs)
    ])
  )
  const result = await runBuiltAction(
    {
      server: double.host,
      port: String(double.port),
      secure: 'true',
      username: USERNAME,
      to: 'team@example.com',
      status: 'failure',
      timeout: '5',
      retries: '0',
      'github-token': TOKEN,
      'oauth2-client-id': 'client-id.apps.googleusercontent.com',
      'oauth2-client-secret': CLIENT_SECRET,
      'oauth2-refresh-token': REFRESH_TOKEN,
      'oauth2-token-url': tokenUrl
    },
    { env: testStepEnv({ GITHUB_API_URL: apiUrl, ...env }), event: {} }
  )
  const warnings = result.stdout.split('\n').filter((line) => line.startsWith('::warning::'))
  return { result, warnings, apiUrl, tokenUrl, ports, targets: [...new Set(proxy.connects.map((seen) => seen.target))].sort() }
}

describe('HTTP requests through the runner’s proxy (HTTPS_PROXY, NO_PROXY)', () => {
  it('sends the API calls, the log download from the other host and the OAuth2 token request through HTTPS_PROXY, with its credentials', async () => {
    const { result, warnings, ports, targets } = await notify({ HTTPS_PROXY: '$PROXY' })

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([])
    expect(targets).toEqual([`api.github.test:${ports.api}`, `blobs.github.test:${ports.blobs}`, `oauth2.test:${ports.token}`])
    const basic = `Basic ${Buffer.from(`runner:${PROXY_PASSWORD}`).toString('base64')}`
    expect(proxy!.connects.every((seen) => seen.authorization === basic)).toBe(true)
    // The redirect's other host got the log request without the token.
    expect(api!.requests.filter((seen) => seen.server === 'blobs').map((seen) => seen.authorization)).toEqual([undefined])
    expect(endpoint!.requests).toHaveLength(1)
    expect(double!.logins).toEqual([{ method: 'XOAUTH2', username: USERNAME, secret: ACCESS_TOKEN, encrypted: true }])
    const mail = await simpleParser(double!.messages[0].raw)
    expect(mail.text).toContain('Error: tsc found 3 errors')
    expect(result.stdout + result.summary).not.toContain(PROXY_PASSWORD)
  })

  it.each([
    ['a parent domain', 'github.test'],
    ['a leading dot', '.github.test'],
    ['host:port entries', 'api.github.test:$API_PORT, blobs.github.test:$BLOBS_PORT'],
    ['upper and lower case mixed', 'API.GitHub.Test:$API_PORT']
  ])('connects directly to the hosts NO_PROXY names (%s), so the API name fails while the token still goes through the proxy', async (_case, noProxy) => {
    // The lower-case variables, which @actions/http-client reads first: the upper-case proxy would refuse every connection.
    const { result, warnings, apiUrl, ports, targets } = await notify({
      https_proxy: '$PROXY',
      no_proxy: noProxy,
      HTTPS_PROXY: 'http://127.0.0.1:9',
      NO_PROXY: ''
    })

    expect(result.exitCode).toBe(0)
    expect(targets).toEqual([`oauth2.test:${ports.token}`])
    expect(warnings).toEqual([
      expect.stringMatching(new RegExp(`could not reach ${escape(apiUrl)} \\(getaddrinfo (ENOTFOUND|EAI_AGAIN) api\\.github\\.test\\)`))
    ])
    expect(double!.messages).toHaveLength(1)
  })

  it('NO_PROXY=* connects to every host directly, where these names do not resolve', async () => {
    const { result, targets } = await notify({ HTTPS_PROXY: '$PROXY', NO_PROXY: '*' })

    expect(targets).toEqual([])
    expect(result.outputs['error-code']).toBe('dns')
  })

  it('without the proxy variables the names do not resolve: the proxy was what reached them', async () => {
    const { result, tokenUrl, targets } = await notify({})

    expect(targets).toEqual([])
    // The token cannot be had, which ends the run at once, whatever the API calls beside it were doing.
    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('dns')
    expect(result.stdout).toContain(`The host name of the OAuth2 token endpoint ${tokenUrl} could not be resolved`)
    expect(double!.connections).toBe(0)
  })

  it('a proxy that refuses the tunnel is named in the failure, with HTTPS_PROXY and NO_PROXY as the things to check, and its password is not shown', async () => {
    const { result, warnings, tokenUrl, ports } = await notify({ HTTPS_PROXY: '$PROXY' }, ['oauth2.test', 'api.github.test'])
    const proxyOrigin = new URL(proxy!.url).origin

    expect(result.exitCode).toBe(1)
    expect(result.outputs['error-code']).toBe('unknown')
    const failure = result.stdout.split('\n').find((line) => line.startsWith('::error::'))
    expect(failure).toContain(`Could not reach the OAuth2 token endpoint ${tokenUrl} through the proxy ${proxyOrigin} (HTTPS_PROXY)`)
    expect(failure).toContain('check that it lets the runner reach this host, or add the host to NO_PROXY')
    expect(proxy!.connects.map((seen) => seen.target)).toContain(`oauth2.test:${ports.token}`)
    // The refused token ends the run before the API calls beside it say anything.
    expect(warnings).toEqual([])
    expect(result.stdout + result.summary).not.toContain(PROXY_PASSWORD)
    expect(double!.connections).toBe(0)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
