import type { JobStatus } from './jobs.ts'

// Whether and where the REST API is asked, apart from the client that asks it: a success
// asks nothing, and then the client's module is not loaded at all.

/** The REST API root for this server: GITHUB_API_URL, or derived from GITHUB_SERVER_URL. */
export function apiUrlOf(env: NodeJS.ProcessEnv): string {
  if (env.GITHUB_API_URL) return env.GITHUB_API_URL.replace(/\/+$/, '')
  const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '')
  return server === 'https://github.com' ? 'https://api.github.com' : `${server}/api/v3`
}

/**
 * Why the API is not asked, or undefined when it should be. It is asked only when the
 * message has something to gain: the failed jobs of a failure or cancellation, or the
 * outcome itself when `status` is empty. A known success needs neither, and skipping the
 * call keeps the step fast and working without `actions: read`.
 */
export function reasonToSkipApi(status: JobStatus | undefined, token: string, env: NodeJS.ProcessEnv): string | undefined {
  if (status === 'success') return 'the status is success'
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)'
  if (!token) return '`github-token` is empty'
  return undefined
}
