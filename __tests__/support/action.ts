import { run } from '../../src/main.ts'
import { stubCore, type CoreRecord } from './core-stub.ts'
import type { GmailDouble } from './gmail-double.ts'

export const USERNAME = 'octo.cat@gmail.com'
/** Looks like a real App Password so that masking is tested on a realistic value. */
export const APP_PASSWORD = 'qwertzuiopasdfgh'

export const tlsFiles = () => ({ keyPath: process.env.TEST_TLS_KEY!, certPath: process.env.TEST_TLS_CERT! })

/** The environment a runner gives a step, for a failed push build of octo-org/app. */
export const RUNNER_ENV: NodeJS.ProcessEnv = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'octo-org/app',
  GITHUB_WORKFLOW: 'CI',
  GITHUB_JOB: 'build',
  GITHUB_RUN_ID: '9876543210',
  GITHUB_RUN_NUMBER: '42',
  GITHUB_RUN_ATTEMPT: '1',
  GITHUB_EVENT_NAME: 'push',
  GITHUB_ACTOR: 'octocat',
  GITHUB_REF: 'refs/heads/main',
  GITHUB_REF_NAME: 'main',
  GITHUB_REF_TYPE: 'branch',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
  // The stub core keeps the summary in memory; the path only tells the action it runs on a runner.
  GITHUB_STEP_SUMMARY: '/nonexistent/step-summary'
}

/** The inputs a workflow gives to send through `double` (none of the server's without one), then `inputs`. */
export function inputsFor(double: Pick<GmailDouble, 'host' | 'port' | 'mode'> | undefined, inputs: Record<string, string> = {}): Record<string, string> {
  return {
    username: USERNAME,
    password: APP_PASSWORD,
    to: 'team@example.com',
    // The double listens on a random port, so `secure` cannot be inferred from 465.
    ...(double ? { server: double.host, port: String(double.port), secure: String(double.mode === 'implicit') } : {}),
    timeout: '5',
    ...inputs
  }
}

/** Runs the action in-process against a double, with the inputs a workflow would give. */
export async function runAgainst(
  double: Pick<GmailDouble, 'host' | 'port' | 'mode'> | undefined,
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = RUNNER_ENV
): Promise<CoreRecord & { sleeps: number[] }> {
  const record = stubCore(inputsFor(double, inputs))
  const sleeps: number[] = []
  await run(record.core, { env, sleep: async (ms) => void sleeps.push(ms) })
  return Object.assign(record, { sleeps })
}
