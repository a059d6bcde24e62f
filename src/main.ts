import type * as actionsCore from '@actions/core'
import { CancellationGuard } from './cancel.ts'
import { composeMessage, gmailClippingWarning, type ComposedMessage } from './compose.ts'
import { buildRunContext, readEventPayload } from './context.ts'
import type { ConnectionFacts } from './diagnose.ts'
import { checkAttachmentSize, findAttachments, readAttachments, readBodyFile, unmatchedPatternWarnings } from './files.ts'
import { apiUrlOf, fetchRunReport, reasonToSkipApi } from './github-api.ts'
import type { JobStatus, RunReport } from './jobs.ts'
import { needsHistory, thisRunIs } from './notify-when.ts'
import { fetchAccessToken } from './oauth2.ts'
import { previewDirectory, writePreview } from './preview.ts'
import { createReport } from './report.ts'
import { createSecretRegistry, passwordVariants, type SecretRegistry } from './secrets.ts'
import { connectionFacts, sendMessage, verifyLogin, type SendLog, type SendOptions, type SendResult } from './send.ts'
import { parseLanguage, readSettings, TOKEN_INPUTS, type Settings } from './settings.ts'
import { DEFAULT_LANGUAGE, type Language } from './language.ts'
import type { Transition } from './history.ts'
import { lookUpHistory, settleTransition } from './transition.ts'

/** The parts of @actions/core the action uses; tests hand in a stub. */
export type Core = Pick<typeof actionsCore, 'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'error' | 'notice' | 'debug'> & {
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> }
}

/** `signal` (from SendOptions) is aborted by index.ts on SIGINT or SIGTERM. */
export interface RunOptions extends SendOptions {
  env?: NodeJS.ProcessEnv
}

/** Phase 1: every secret input registered with the runner, in every form, before anything can print it. */
function registerSecrets(core: Core): SecretRegistry {
  const secrets = createSecretRegistry((form) => core.setSecret(form))
  const username = core.getInput('username')
  for (const password of passwordVariants(core.getInput('password'))) {
    secrets.add(password)
    // AUTH PLAIN sends base64("\0user\0password"); only its base64 forms can reach a log.
    secrets.add(`\0${username}\0${password}`, { verbatim: false })
  }
  for (const input of TOKEN_INPUTS) secrets.add(core.getInput(input))
  return secrets
}

/** Phase 2: the inputs, read and validated, and what reading them found worth a notice. */
function readInputs(core: Core): Settings {
  const notes = { notices: [] as string[] }
  const settings = readSettings((name) => core.getInput(name), notes)
  for (const notice of notes.notices) core.notice(notice)
  return settings
}

/** The SMTP side of a run: checks the login, or sends. */
interface Transport {
  verify(): Promise<{ loggedIn: boolean }>
  send(message: ComposedMessage): Promise<SendResult>
}

/**
 * Phase 3: the transport for these settings. An OAuth2 access token is fetched just before
 * connecting, so a dry run opens no connection at all.
 */
function createTransport(core: Core, settings: Settings, options: RunOptions, secrets: SecretRegistry, cancellation: CancellationGuard): Transport {
  const log: SendLog = {
    info: (line) => core.info(secrets.mask(line)),
    warning: (line) => core.warning(secrets.mask(line)),
    transcript: (line) => core.info(secrets.mask(line))
  }
  const connectOptions = async (): Promise<SendOptions> => {
    const oauth2 = settings.oauth2
    if (!oauth2) return options
    const accessToken = await cancellation.during({ doing: 'fetching-token', tokenUrl: oauth2.tokenUrl }, () => {
      core.info(`Fetching an OAuth2 access token for ${settings.username} from ${oauth2.tokenUrl}.`)
      return fetchAccessToken(oauth2, settings.timeoutSeconds, {
        retries: settings.retries,
        backoffMs: options.backoffMs,
        sleep: options.sleep,
        signal: options.signal,
        onRetry: (diagnosis, delayMs) =>
          log.warning(
            `Fetching the OAuth2 access token failed: ${diagnosis.title}${diagnosis.detail ? ` (${diagnosis.detail})` : ''}. This is temporary; trying again in ${Math.round(delayMs / 1000)} s.`
          )
      })
    })
    secrets.add(accessToken)
    return { ...options, accessToken }
  }
  return {
    verify: async () => verifyLogin(settings, log, await connectOptions()),
    send: async (message) => sendMessage(settings, message, log, await connectOptions())
  }
}

/** The failed jobs and, when `status` is empty, the outcome, from the REST API when it is worth asking. */
async function askGitHub(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  mask: (text: string) => string,
  signal: AbortSignal | undefined
): Promise<{ status?: JobStatus; report?: RunReport }> {
  const skip = reasonToSkipApi(settings.status, settings.githubToken, env)
  if (skip) {
    core.debug(`Not asking the GitHub API for the run's jobs: ${skip}.`)
    return { status: settings.status }
  }
  const result = await fetchRunReport({
    token: settings.githubToken,
    apiUrl: apiUrlOf(env),
    repository: env.GITHUB_REPOSITORY!,
    runId: env.GITHUB_RUN_ID!,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    logLines: settings.logLines,
    timeoutSeconds: settings.timeoutSeconds,
    signal
  })
  // Calls cut short by a cancellation are not worth a warning: the step reports the cancellation.
  if (signal?.aborted) return {}
  for (const warning of result.warnings) {
    core.warning(
      mask(
        settings.status || result.status
          ? warning
          : `${warning} The outcome is unknown: set \`status\` (usually \`\${{ job.status }}\`) to name it without the API.`
      )
    )
  }
  return { status: settings.status ?? result.status, report: result.report }
}

/**
 * Phase 4: what the message says, from the run, the files and the REST API, composed with
 * its attachments; or, when `notify-when` does not list this run's transition, why not.
 */
async function prepare(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
  secrets: SecretRegistry,
  cancellation: CancellationGuard
): Promise<{ message: ComposedMessage } | { skipped: { transition: Transition; why: string } }> {
  const ctx = buildRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH), settings.language)
  // Started first and awaited last: it runs beside the file reading and the jobs and logs calls.
  const historyLookup = needsHistory(settings) ? lookUpHistory(settings, env, ctx, options.signal) : undefined
  const body = settings.bodyFile ? await readBodyFile(settings.bodyFile, env) : settings.body
  const found = settings.attachments.length ? await findAttachments(settings.attachments, env) : { files: [], unmatched: [] }
  for (const warning of unmatchedPatternWarnings('attachments', found.unmatched, settings.ifNoFilesFound)) core.warning(warning)
  cancellation.check()
  const { status, report } = await cancellation.during({ doing: 'asking-github' }, () => askGitHub(core, settings, env, secrets.mask, options.signal))
  const quiet = historyLookup && settleTransition(await cancellation.during({ doing: 'asking-github' }, () => historyLookup), status, settings, ctx)
  if (quiet) {
    core.setOutput('transition', quiet.transition)
    for (const warning of quiet.warnings) core.warning(secrets.mask(warning))
    if (!quiet.decision.send) return { skipped: { transition: quiet.transition, why: quiet.decision.why } }
    core.info(thisRunIs(quiet.said, settings.language))
  }
  const message = await composeMessage({ ...settings, body, status }, ctx, report, quiet?.view)
  message.thread = quiet?.thread
  const clipping = gmailClippingWarning(message, settings.language)
  if (clipping) core.warning(clipping)
  if (found.files.length) {
    const messageBytes = Buffer.byteLength(message.html) + Buffer.byteLength(message.text)
    checkAttachmentSize(found.files, messageBytes)
    message.attachments = await readAttachments(found.files, messageBytes)
  }
  cancellation.check()
  return { message }
}

/**
 * What a failure before the inputs were read can still say about the connection, in the
 * language asked for; English when `language` itself is the bad input.
 */
function unreadFacts(core: Core): ConnectionFacts {
  let language: Language = DEFAULT_LANGUAGE
  try {
    language = parseLanguage(core.getInput('language'))
  } catch {
    // Reported in English: the failure is that input.
  }
  return {
    server: core.getInput('server') || 'smtp.gmail.com',
    port: 0,
    secure: true,
    username: core.getInput('username'),
    timeoutSeconds: 0,
    usesOAuth2: false,
    language
  }
}

/**
 * The action's entry point, in phases: secrets, settings, transport, then either a login
 * check, or the message prepared and previewed or delivered; then the report. The only
 * place that fails the step.
 */
export async function run(core: Core, options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env
  const secrets = registerSecrets(core)
  const report = createReport(core, env, secrets.mask)
  let facts: ConnectionFacts | undefined
  const cancellation = new CancellationGuard(options.signal, () => facts?.server ?? '')
  try {
    const settings = readInputs(core)
    facts = connectionFacts(settings)
    const transport = createTransport(core, settings, options, secrets, cancellation)
    if (settings.verifyOnly) {
      report.verifying(settings)
      return await report.verified(settings, (await transport.verify()).loggedIn)
    }
    const prepared = await prepare(core, settings, env, options, secrets, cancellation)
    if ('skipped' in prepared) return await report.skipped(settings, prepared.skipped.transition, prepared.skipped.why)
    const { message } = prepared
    if (settings.dryRun) return await report.previewed(settings, message, await writePreview(settings, message, previewDirectory(env)))
    report.sending(settings, message)
    await report.sent(settings, message, await transport.send(message))
  } catch (error) {
    core.setFailed(await report.failed(error, facts ?? unreadFacts(core)))
  }
}
