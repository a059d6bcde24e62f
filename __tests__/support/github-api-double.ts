import { readFileSync } from 'node:fs'
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo, Socket } from 'node:net'
import type { ApiWorkflowRun } from '../../src/history.ts'
import type { ApiAnnotation, ApiJob } from '../../src/jobs.ts'

/** A request one of the double's servers received. */
export interface SeenRequest {
  server: 'api' | 'blobs'
  method: string
  path: string
  authorization?: string
  /** Which connection to its server carried it: 1 for the first one that did, and so on. */
  connection: number
}

export interface ApiDoubleOptions {
  jobs?: ApiJob[]
  /** Jobs per page, whatever per_page asks, so that pagination is exercised. */
  pageSize?: number
  /** Log text by job id, served by a second server the API redirects to. */
  logs?: Record<number, string | Buffer>
  /** Log text by job id that is sent, after which the download never ends. */
  stalledLogs?: Record<number, string>
  /** Answer every API request with this status and a GitHub-style error body. */
  failWith?: { status: number; message: string }
  /** Answer the jobs request with this body instead of the jobs, as a proxy or captive portal might. */
  jobsAnswer?: { status: number; contentType: string; body: string }
  /** Accept connections and never answer. */
  silent?: boolean
  /** Answer the jobs request only once this settles: to see what the action does meanwhile. */
  holdJobsUntil?: Promise<unknown>
  /** Called with every request as it arrives, before it is answered. */
  onRequest?: (request: SeenRequest) => void
  /**
   * The workflow runs of the repository, this run included: served one by one, and listed
   * per workflow (filtered by `branch`), newest first, a page at a time with Link headers.
   */
  runs?: ApiWorkflowRun[]
  /** Runs per page, whatever per_page asks, so that paging through the history is exercised. */
  runsPageSize?: number
  /** The commits of a comparison by its `base...head`, oldest first, as the compare endpoint lists them. */
  comparisons?: Record<string, ApiCompareCommit[]>
  /** Check run annotations by job id (a job's id is its check run's id), served `pageSize` a page. */
  annotations?: Record<number, ApiAnnotation[]>
  /** Answer every annotations request with this status and a GitHub-style error body; the jobs and logs still answer. */
  annotationsFailWith?: { status: number; message: string }
  /** Serve both origins over HTTPS with this key and certificate (from the test CA), as GitHub does. */
  tls?: { keyPath: string; certPath: string }
}

/** A commit as the compare endpoint lists it. */
export interface ApiCompareCommit {
  sha: string
  commit: { message: string; author: { name: string } }
  author?: { login: string }
}

export interface ApiDouble {
  /** The API root to use as GITHUB_API_URL. */
  url: string
  /** The origin of the second server, which holds the logs. */
  blobsUrl: string
  /**
   * The origin a log request is redirected to; initially `blobsUrl`. Changed to reach the
   * second server another way: by a host name a proxy resolves, or through a forwarder.
   */
  redirectTo: string
  requests: SeenRequest[]
  close(): Promise<void>
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `${server instanceof https.Server ? 'https' : 'http'}://127.0.0.1:${(server.address() as AddressInfo).port}`
}

/**
 * A stand-in for the GitHub REST API on 127.0.0.1: lists a run's jobs a page at a time with
 * Link headers, and answers a job's log request with a redirect to another origin, as
 * GitHub does (the log lives in blob storage, which must not receive the token).
 */
export async function startApiDouble(options: ApiDoubleOptions = {}): Promise<ApiDouble> {
  const requests: SeenRequest[] = []
  const sockets = new Set<Socket>()
  const connectionNumbers = new WeakMap<object, number>()
  const connectionsUsed = { api: 0, blobs: 0 }
  /** Keeps the request in `requests`, with the number of the connection to its server that carried it. */
  const record = (server: SeenRequest['server'], req: http.IncomingMessage) => {
    if (!connectionNumbers.has(req.socket)) connectionNumbers.set(req.socket, ++connectionsUsed[server])
    requests.push({
      server,
      method: req.method ?? '',
      path: req.url ?? '',
      authorization: req.headers.authorization,
      connection: connectionNumbers.get(req.socket)!
    })
  }
  const pageSize = options.pageSize ?? 100
  const tls = options.tls && { key: readFileSync(options.tls.keyPath), cert: readFileSync(options.tls.certPath) }
  const createServer = (listener: http.RequestListener): http.Server => {
    if (!tls) return http.createServer(listener)
    const server = https.createServer(tls, listener)
    server.on('tlsClientError', () => {})
    return server
  }

  const blobs = createServer((req, res) => {
    record('blobs', req)
    const id = Number(/^\/logs\/(\d+)\.txt$/.exec(req.url ?? '')?.[1])
    const stalled = options.stalledLogs?.[id]
    if (stalled !== undefined) {
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      res.write(stalled)
      return
    }
    const log = options.logs?.[id]
    if (log === undefined) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(log)
  })
  const blobsUrl = await listen(blobs)

  const api = createServer((req, res) => {
    record('api', req)
    options.onRequest?.(requests.at(-1)!)
    if (options.silent) return
    if (options.failWith) {
      res
        .writeHead(options.failWith.status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message: options.failWith.message, documentation_url: 'https://docs.github.com/rest', status: String(options.failWith.status) }))
      return
    }
    const url = new URL(req.url ?? '/', apiUrl)
    const path = url.pathname.replace(/^\/api\/v3/, '')
    const jobsRoute = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/\d+\/attempts\/\d+\/jobs$/.exec(path)
    if (jobsRoute && options.jobsAnswer) {
      res.writeHead(options.jobsAnswer.status, { 'content-type': options.jobsAnswer.contentType }).end(options.jobsAnswer.body)
      return
    }
    if (jobsRoute) {
      const jobs = options.jobs ?? []
      const page = Number(url.searchParams.get('page') || '1')
      const slice = jobs.slice((page - 1) * pageSize, page * pageSize)
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
      if (page * pageSize < jobs.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next}>; rel="next"`
      }
      const answer = () => res.writeHead(200, headers).end(JSON.stringify({ total_count: jobs.length, jobs: slice }))
      if (options.holdJobsUntil) void options.holdJobsUntil.then(answer)
      else answer()
      return
    }
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers }).end(JSON.stringify(body))
    /** One page of `items` as asked by `per_page` and `page`, with the Link header GitHub sends. */
    const paged = <T>(items: T[], forcedSize: number | undefined) => {
      const size = forcedSize ?? Math.min(Number(url.searchParams.get('per_page') || '30'), 100)
      const page = Number(url.searchParams.get('page') || '1')
      const headers: Record<string, string> = {}
      if (page * size < items.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next}>; rel="next"`
      }
      return { slice: items.slice((page - 1) * size, page * size), headers }
    }
    const runRoute = /^\/repos\/[^/]+\/[^/]+\/actions\/runs\/(\d+)$/.exec(path)
    if (runRoute) {
      const run = options.runs?.find((candidate) => candidate.id === Number(runRoute[1]))
      return run ? json(200, run) : json(404, { message: 'Not Found' })
    }
    const workflowRunsRoute = /^\/repos\/[^/]+\/[^/]+\/actions\/workflows\/(\d+)\/runs$/.exec(path)
    if (workflowRunsRoute) {
      const branch = url.searchParams.get('branch')
      const runs = (options.runs ?? [])
        .filter((run) => run.workflow_id === Number(workflowRunsRoute[1]) && (!branch || run.head_branch === branch))
        .sort((a, b) => (b.id ?? 0) - (a.id ?? 0))
      const { slice, headers } = paged(runs, options.runsPageSize)
      return json(200, { total_count: runs.length, workflow_runs: slice }, headers)
    }
    const compareRoute = /^\/repos\/([^/]+)\/([^/]+)\/compare\/([^/]+)$/.exec(path)
    if (compareRoute) {
      const basehead = decodeURIComponent(compareRoute[3])
      const commits = options.comparisons?.[basehead]
      if (!commits) return json(404, { message: 'Not Found' })
      const { slice, headers } = paged(commits, undefined)
      return json(
        200,
        {
          html_url: `https://github.com/${compareRoute[1]}/${compareRoute[2]}/compare/${basehead}`,
          status: 'ahead',
          total_commits: commits.length,
          commits: slice,
          files: []
        },
        headers
      )
    }
    const annotationsRoute = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)\/annotations$/.exec(path)
    if (annotationsRoute && options.annotationsFailWith) {
      const { status, message } = options.annotationsFailWith
      res
        .writeHead(status, { 'content-type': 'application/json' })
        .end(JSON.stringify({ message, documentation_url: 'https://docs.github.com/rest/checks/runs#list-check-run-annotations', status: String(status) }))
      return
    }
    if (annotationsRoute) {
      const all = options.annotations?.[Number(annotationsRoute[1])] ?? []
      const page = Number(url.searchParams.get('page') || '1')
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' }
      if (page * pageSize < all.length) {
        const next = new URL(url)
        next.searchParams.set('page', String(page + 1))
        headers.link = `<${next}>; rel="next"`
      }
      res.writeHead(200, headers).end(JSON.stringify(all.slice((page - 1) * pageSize, page * pageSize)))
      return
    }
    const logRoute = /^\/repos\/[^/]+\/[^/]+\/actions\/jobs\/(\d+)\/logs$/.exec(path)
    if (logRoute) {
      res.writeHead(302, { location: `${double.redirectTo}/logs/${logRoute[1]}.txt` }).end()
      return
    }
    res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ message: 'Not Found' }))
  })
  api.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  const apiUrl = `${await listen(api)}/api/v3`

  const double: ApiDouble = {
    url: apiUrl,
    blobsUrl,
    redirectTo: blobsUrl,
    requests,
    async close() {
      for (const socket of sockets) socket.destroy()
      blobs.closeAllConnections()
      await Promise.all([new Promise((resolve) => api.close(resolve)), new Promise((resolve) => blobs.close(resolve))])
    }
  }
  return double
}
