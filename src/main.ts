import type * as actionsCore from '@actions/core'
import { CancellationGuard } from './cancel.ts'
import { composeMessage, gmailClippingWarning, type ComposedMessage } from './compose.ts'
import { buildRunContext, readEventPayload, type RunContext } from './context.ts'
import type { ConnectionFacts } from './diagnose.ts'
import type { FoundFile } from './files.ts'
import { apiUrlOf, reasonToSkipApi } from './api-access.ts'
import type { JobStatus, RunReport } from './jobs.ts'
import { needsHistory, thisRunIs } from './notify-when.ts'
import { createReport, type Report } from './report.ts'
import { createSecretRegistry, passwordVariants, type SecretRegistry } from './secrets.ts'
import { connectionFacts, openEarlySession, sendMessage, verifyLogin, type EarlySession, type SendLog, type SendOptions, type SendResult } from './send.ts'
import { isGoogleServer, parseLanguage, readSettings, TOKEN_INPUTS, type Settings } from './settings.ts'
import { DEFAULT_LANGUAGE, type Language } from './language.ts'
import type { TestSummary } from './test-summary.ts'
import type { Transition } from './history.ts'
import type { TransitionOutcome } from './transition.ts'

/** The parts of @actions/core the action uses; tests hand in a stub. */
export type Core = Pick<typeof actionsCore, 'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'error' | 'notice' | 'debug'> & {
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> }
}

/** `signal` (from SendOptions) is aborted by index.ts on SIGINT or SIGTERM. */
interface RunOptions extends SendOptions {
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
async function readInputs(core: Core): Promise<Settings> {
  const notes = { notices: [] as string[] }
  const settings = readSettings((name, options) => core.getInput(name, options), notes)
  for (const notice of notes.notices) core.notice(notice)
  if (settings.oauth2) (await import('./oauth2.ts')).checkOAuth2Settings(settings.oauth2)
  return settings
}

/**
 * Whether the provider catalogue could find fault with `port` and `secure`. Answered without
 * loading it (a chunk of its own) for Gmail on 465 with TLS or 587 with STARTTLS, the
 * defaults and most runs, and for an IP address, which is no provider's host name.
 */
export function portMayNotBeTaken(settings: Pick<Settings, 'server' | 'port' | 'secure'>): boolean {
  const { server, port, secure } = settings
  if (isGoogleServer(server) && ((port === 465 && secure) || (port === 587 && !secure))) return false
  // parseServer leaves a colon in an IPv6 address only.
  return !/^[\d.]+$|:/.test(server)
}

/**
 * Phase 2, last check: a port or `secure` the provider in `server` does not take, said before
 * connecting rather than after the time-outs. Only a warning: the catalogue may be out of date.
 */
async function checkPort(settings: Settings, report: Report): Promise<void> {
  if (!portMayNotBeTaken(settings)) return
  const notTaken = (await import('./providers.ts')).portNotTaken(settings, settings.language)
  if (notTaken) report.portNotTaken(settings, notTaken)
}

/** The first SMTP session, being opened while the message is prepared. */
interface Preconnection {
  /** The session, once the OAuth2 token (if any) is fetched; rejects when the token cannot be had. */
  opened: Promise<EarlySession | undefined>
  /** Rejects when no attempt can succeed (a refused token or login, the wrong port): the run ends at once. */
  fatal: Promise<never>
  close(): void
}

/** The SMTP side of a run: checks the login, or sends. */
interface Transport {
  verify(): Promise<{ loggedIn: boolean }>
  /** Starts the first session, to send on once the message is ready. */
  preconnect(): Preconnection
  /** Sends to the recipients of `addressed`, which are the settings' own with the committers added. */
  send(message: ComposedMessage, addressed: Settings, preconnection?: Preconnection): Promise<SendResult>
}

/**
 * Phase 3: the transport for these settings. An OAuth2 access token is fetched once, just
 * before connecting, so a dry run opens no connection at all.
 */
function createTransport(core: Core, settings: Settings, options: RunOptions, secrets: SecretRegistry, cancellation: CancellationGuard): Transport {
  const log: SendLog = {
    info: (line) => core.info(secrets.mask(line)),
    warning: (line) => core.warning(secrets.mask(line)),
    transcript: (line) => core.info(secrets.mask(line))
  }
  let connecting: Promise<SendOptions> | undefined
  const connectOptions = () => (connecting ??= fetchToken())
  const fetchToken = async (): Promise<SendOptions> => {
    const oauth2 = settings.oauth2
    if (!oauth2) return options
    const { fetchAccessToken, oauth2LogWords } = await import('./oauth2.ts')
    const accessToken = await cancellation.during({ doing: 'fetching-token', tokenUrl: oauth2.tokenUrl }, () => {
      const words = oauth2LogWords(settings.language)
      core.info(words.fetching(settings.username, oauth2.tokenUrl))
      return fetchAccessToken(oauth2, settings.timeoutSeconds, {
        retries: settings.retries,
        backoffMs: options.backoffMs,
        sleep: options.sleep,
        signal: options.signal,
        onRetry: (error, delayMs) => {
          const diagnosis = error.diagnosisIn(settings.language)
          log.warning(words.retrying(`${diagnosis.title}${diagnosis.detail ? ` (${diagnosis.detail})` : ''}`, Math.round(delayMs / 1000)))
        }
      })
    })
    secrets.add(accessToken)
    return { ...options, accessToken }
  }
  return {
    verify: async () => verifyLogin(settings, log, await connectOptions()),
    preconnect() {
      let early: EarlySession | undefined
      let closed = false
      const opened = connectOptions().then((connect) => {
        if (!closed) early = openEarlySession(settings, log, connect)
        return early
      })
      const fatal = opened.then((session) => session?.fatal ?? new Promise<never>(() => {}))
      // Handled by the race against the preparation; quiet when it comes after.
      fatal.catch(() => {})
      return {
        opened,
        fatal,
        close() {
          closed = true
          early?.close()
        }
      }
    },
    send: async (message, addressed, preconnection) => {
      const early = await preconnection?.opened
      return sendMessage(addressed, message, log, { ...(await connectOptions()), early })
    }
  }
}

/** The failed jobs and, when `status` is empty, the outcome, from the REST API when it is worth asking. */
async function askGitHub(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  mask: (text: string) => string,
  signal: AbortSignal | undefined
): Promise<{ status?: JobStatus; report?: RunReport; warnings: string[] }> {
  const skip = reasonToSkipApi(settings.status, settings.githubToken, env)
  if (skip) {
    core.debug(`Not asking the GitHub API for the run's jobs: ${skip}.`)
    return { status: settings.status, warnings: [] }
  }
  // The API client is loaded only by the runs that ask the API.
  const { fetchRunReport } = await import('./github-api.ts')
  const result = await fetchRunReport({
    token: settings.githubToken,
    apiUrl: apiUrlOf(env),
    repository: env.GITHUB_REPOSITORY!,
    runId: env.GITHUB_RUN_ID!,
    runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
    logLines: settings.logLines,
    timeoutSeconds: settings.timeoutSeconds,
    signal,
    language: settings.language
  })
  // Calls cut short by a cancellation are not worth a warning: the step reports the cancellation.
  if (signal?.aborted) return { warnings: [] }
  const warnings = result.warnings.map((warning) => mask(settings.status || result.status ? warning : `${warning} ${result.outcomeUnknown}`))
  return { status: settings.status ?? result.status, report: result.report, warnings }
}

/** What the message needs from this machine, read and checked before any connection opens. */
interface LocalParts {
  ctx: RunContext
  /** The text of `body` or `body-file`; undefined for the generated notification. */
  body?: string
  /** Each file of `attachments` with what was read of it. */
  attachments: { file: FoundFile; content: Buffer }[]
  /** What the `test-reports` say; undefined without that input. */
  tests?: TestSummary
}

/**
 * Phase 4: the run from its environment and event, the body and the attachments from the
 * files, read and checked first: a bad file or body fails the step before any connection.
 */
async function gather(core: Core, settings: Settings, env: NodeJS.ProcessEnv, secrets: SecretRegistry): Promise<LocalParts> {
  const ctx = buildRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH), settings.language)
  // Loaded only by the runs that read files.
  const files = settings.bodyFile || settings.attachments.length ? await import('./files.ts') : undefined
  const body = settings.bodyFile ? await files!.readBodyFile(settings.bodyFile, env) : settings.body
  if (body !== undefined) await (await import('./body.ts')).checkBody(body, settings)
  const found = settings.attachments.length ? await files!.findAttachments(settings.attachments, env) : { files: [], unmatched: [] }
  if (files)
    for (const warning of files.unmatchedPatternWarnings('attachments', found.unmatched, settings.ifNoFilesFound, settings.language)) core.warning(warning)
  files?.checkAttachmentSize(found.files, 0)
  const contents = found.files.length ? await files!.readAttachments(found.files, 0) : []
  const attachments = contents.map(({ content }, index) => ({ file: found.files[index], content }))
  // Loaded only when `test-reports` is set: it brings the XML parser.
  const tests = settings.testReports.length ? await (await import('./report-files.ts')).readTestReports(settings, env, secrets.mask) : undefined
  for (const warning of tests?.warnings ?? []) core.warning(secrets.mask(warning))
  return { ctx, body, attachments, tests: tests?.summary }
}

/** What the REST API tells of this run. */
interface Findings {
  /** `status`, or the outcome the jobs tell when it is empty. */
  status?: JobStatus
  /** The failed jobs, their log excerpts and annotations. */
  report?: RunReport
  /** With `notify-when` or `thread`: what the run changed, whether to mail, and the thread. */
  history?: TransitionOutcome
  /** What could not be learnt from the jobs, and why: said only once the run goes on. */
  warnings: string[]
}

/**
 * The jobs and, when `notify-when` or `thread` needs it, the run's place in its workflow's
 * history: both asked at once, while the SMTP session opens.
 */
async function learnAboutRun(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  secrets: SecretRegistry,
  cancellation: CancellationGuard,
  ctx: RunContext,
  signal: AbortSignal
): Promise<Findings> {
  // Loaded only by the runs that read the history.
  const transitions = needsHistory(settings) ? await import('./transition.ts') : undefined
  const historyLookup = transitions?.lookUpHistory(settings, env, ctx, signal)
  const { status, report, warnings } = await cancellation.during({ doing: 'asking-github' }, () => askGitHub(core, settings, env, secrets.mask, signal))
  if (!transitions || !historyLookup) return { status, report, warnings }
  const history = transitions.settleTransition(await cancellation.during({ doing: 'asking-github' }, () => historyLookup), status, settings, ctx)
  return { status, report, history, warnings }
}

/**
 * The settings with the committers `mail-committers` adds in `to`: the envelope, the headers,
 * the preview and the report take the recipients from them.
 */
async function addCommitters(core: Core, settings: Settings, findings: Findings, ctx: RunContext, mask: (text: string) => string): Promise<Settings> {
  if (!settings.mailCommitters) return settings
  const { history } = findings
  // The authors of the commits the message lists: those since the last success when it lists them, else the push's.
  const listed =
    history?.view.commitsSince && (history.transition === 'broken' || history.transition === 'still-failing') ? history.view.commitsSince.commits : ctx.commits
  const { committersToMail } = await import('./committers.ts')
  const committers = committersToMail(settings, findings.status, listed, ctx.event)
  for (const line of committers.log) core.info(mask(line))
  core.setOutput('committers', committers.added.map((mailbox) => mailbox.address).join(','))
  return { ...settings, to: [...settings.to, ...committers.added] }
}

/**
 * What phase 5 ends with: a message for these recipients, with what it lacks and why (said
 * once it is sent or previewed: when the run fails, only the failure is worth reading), or
 * why nothing is sent.
 */
type Prepared = { message: ComposedMessage; addressed: Settings; lacking: string[] } | { skipped: { transition: Transition; why: string } }

/**
 * Phase 5: what the REST API adds (the failed jobs, the run's place in the history), asked
 * while the SMTP session opens, then the recipients and the message; or, when `notify-when`
 * does not list this run's transition, why nothing is sent.
 */
async function prepare(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  options: RunOptions,
  secrets: SecretRegistry,
  cancellation: CancellationGuard,
  local: LocalParts,
  stop: AbortSignal
): Promise<Prepared> {
  // The API calls end when the step is cancelled, or when the SMTP session found that nothing can be sent.
  const signal = options.signal ? AbortSignal.any([options.signal, stop]) : stop
  const findings = await learnAboutRun(core, settings, env, secrets, cancellation, local.ctx, signal)
  // The run has already failed (see run()): nothing more is worth saying.
  if (stop.aborted) throw stop.reason
  const { history } = findings
  if (history) {
    core.setOutput('transition', history.transition)
    for (const warning of history.warnings) core.warning(secrets.mask(warning))
    if (!history.decision.send) return { skipped: { transition: history.transition, why: history.decision.why } }
    core.info(thisRunIs(history.said, settings.language))
  }
  const addressed = await addCommitters(core, settings, findings, local.ctx, secrets.mask)
  const message = await composeMessage({ ...settings, body: local.body, status: findings.status }, local.ctx, findings.report, history?.view, local.tests)
  message.thread = history?.thread
  const clipping = gmailClippingWarning(message, settings.language)
  if (clipping) core.warning(clipping)
  if (local.attachments.length) {
    const { checkAttachmentSize } = await import('./files.ts')
    // The files as read, with what the message adds to them.
    const read = local.attachments.map(({ file, content }) => ({ ...file, size: content.length }))
    checkAttachmentSize(read, Buffer.byteLength(message.html) + Buffer.byteLength(message.text))
    message.attachments = local.attachments.map(({ file, content }) => ({ filename: file.filename, content }))
  }
  cancellation.check()
  return { message, addressed, lacking: findings.warnings }
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
    const settings = await readInputs(core)
    facts = connectionFacts(settings)
    await checkPort(settings, report)
    const transport = createTransport(core, settings, options, secrets, cancellation)
    if (settings.verifyOnly) {
      report.verifying(settings)
      return await report.verified(settings, (await transport.verify()).loggedIn)
    }
    const local = await gather(core, settings, env, secrets)
    report.placeholdersEmptyForGood(settings, local.body)
    cancellation.check()
    // The SMTP session opens while the REST API is asked: the two wait on different servers.
    // A dry run connects nowhere; a run that may send nothing (notify-when) connects only
    // once it knows it sends, so that it does not log in for nothing.
    const preconnection = settings.dryRun || settings.notifyWhen !== 'always' ? undefined : transport.preconnect()
    const stopPreparing = new AbortController()
    let prepared: Prepared
    try {
      const preparing = prepare(core, settings, env, options, secrets, cancellation, local, stopPreparing.signal)
      prepared = await (preconnection ? Promise.race([preparing, preconnection.fatal]) : preparing)
    } catch (error) {
      stopPreparing.abort(error)
      preconnection?.close()
      throw error
    }
    if ('skipped' in prepared) return await report.skipped(settings, prepared.skipped.transition, prepared.skipped.why)
    const { message, addressed, lacking } = prepared
    if (settings.dryRun) {
      const { previewDirectory, writePreview } = await import('./preview.ts')
      const preview = await writePreview(addressed, message, previewDirectory(env))
      for (const warning of lacking) core.warning(warning)
      return await report.previewed(addressed, message, preview)
    }
    report.sending(addressed, message)
    const result = await transport.send(message, addressed, preconnection)
    for (const warning of lacking) core.warning(warning)
    await report.sent(addressed, message, result)
  } catch (error) {
    core.setFailed(await report.failed(error, facts ?? unreadFacts(core)))
  }
}
