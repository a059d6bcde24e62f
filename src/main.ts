import type * as actionsCore from '@actions/core'
import { committersToMail } from './committers.ts'
import { composeMessage } from './compose.ts'
import { buildRunContext, readEventPayload } from './context.ts'
import { diagnose, type ConnectionFacts } from './diagnose.ts'
import { describeFailure, InputError, NotifyError, type Diagnosis } from './errors.ts'
import { fetchAccessToken } from './oauth2.ts'
import { createSecretRegistry, passwordVariants } from './secrets.ts'
import { connectionFacts, describeRejections, sendMessage, verifyLogin, type SendOptions } from './send.ts'
import { apiUrlOf, fetchRunReport, reasonToSkipApi } from './github-api.ts'
import type { RunReport } from './jobs.ts'
import { readSettings, type JobStatus, type Settings } from './settings.ts'

/** The parts of @actions/core the action uses; tests hand in a stub. */
export type Core = Pick<typeof actionsCore, 'getInput' | 'setSecret' | 'setOutput' | 'setFailed' | 'info' | 'warning' | 'error' | 'notice' | 'debug'> & {
  summary: { addRaw(text: string, addEOL?: boolean): unknown; write(): Promise<unknown> }
}

export interface RunOptions extends SendOptions {
  env?: NodeJS.ProcessEnv
}

async function writeSummary(core: Core, env: NodeJS.ProcessEnv, markdown: string): Promise<void> {
  // The summary file exists only on a runner; a local run just skips it.
  if (!env.GITHUB_STEP_SUMMARY) return
  try {
    core.summary.addRaw(markdown, true)
    await core.summary.write()
  } catch (error) {
    core.warning(`Could not write the job summary: ${(error as Error).message}`)
  }
}

function failureSummary(diagnosis: Diagnosis): string {
  return [
    `### ✖ Email notification not sent: ${diagnosis.title}`,
    '',
    `**error-code:** \`${diagnosis.code}\``,
    '',
    ...(diagnosis.reply ? ['**Server replied:**', '', '```', diagnosis.reply, '```', ''] : []),
    ...(diagnosis.detail ? ['**Error:**', '', '```', diagnosis.detail, '```', ''] : []),
    `**How to fix:** ${diagnosis.fix}`,
    ''
  ].join('\n')
}

/** Gmail clips an HTML part larger than this. */
const GMAIL_CLIP_BYTES = 102 * 1024

/** The failed jobs and, when `status` is empty, the outcome, from the REST API when it is worth asking. */
async function askGitHub(
  core: Core,
  settings: Settings,
  env: NodeJS.ProcessEnv,
  mask: (text: string) => string
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
    timeoutSeconds: settings.timeoutSeconds
  })
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
 * The action's entry point: reads the inputs, composes the notification, sends it and
 * reports the outcome. The only place that fails the step.
 */
export async function run(core: Core, options: RunOptions = {}): Promise<void> {
  const env = options.env ?? process.env
  // Registered before anything else can print them.
  const secrets = createSecretRegistry((form) => core.setSecret(form))
  const mask = secrets.mask
  const username = core.getInput('username').trim()
  for (const password of passwordVariants(core.getInput('password'))) {
    secrets.add(password)
    // AUTH PLAIN sends base64("\0user\0password"); only its base64 forms can reach a log.
    secrets.add(`\0${username}\0${password}`, { verbatim: false })
  }
  for (const input of ['oauth2-client-id', 'oauth2-client-secret', 'oauth2-refresh-token', 'github-token']) secrets.add(core.getInput(input).trim())

  let facts: ConnectionFacts | undefined
  try {
    const notes = { notices: [] as string[] }
    const settings: Settings = readSettings((name) => core.getInput(name), notes)
    facts = connectionFacts(settings)
    for (const notice of notes.notices) core.notice(notice)

    const log = {
      info: (line: string) => core.info(mask(line)),
      warning: (line: string) => core.warning(mask(line)),
      debug: (line: string) => core.info(mask(line))
    }
    // The token is fetched just before connecting: a dry run opens no connection at all.
    const connectOptions = async (): Promise<SendOptions> => {
      if (!settings.oauth2) return options
      core.info(`Fetching an OAuth2 access token for ${settings.username} from ${settings.oauth2.tokenUrl}.`)
      const accessToken = await fetchAccessToken(settings.oauth2, settings.timeoutSeconds, {
        retries: settings.retries,
        backoffMs: options.backoffMs,
        sleep: options.sleep,
        onRetry: (diagnosis, delayMs) =>
          log.warning(
            `Fetching the OAuth2 access token failed: ${diagnosis.title}${diagnosis.detail ? ` (${diagnosis.detail})` : ''}. This is temporary; trying again in ${Math.round(delayMs / 1000)} s.`
          )
      })
      secrets.add(accessToken)
      return { ...options, accessToken }
    }
    if (settings.verifyOnly) {
      core.info(
        `Logging in to ${settings.server}:${settings.port} (${settings.secure ? 'TLS' : 'STARTTLS'}) as ${settings.username}; verify-only, so nothing is sent.`
      )
      const { loggedIn } = await verifyLogin(settings, log, await connectOptions())
      if (!loggedIn) {
        // Connected and encrypted, but nothing checked the credentials: saying "accepted" would be false.
        const unchecked = `${settings.server}:${settings.port} offers no login (no AUTH after TLS), so the credentials of ${settings.username} were not checked; a send would go out without logging in. If this server should require a login, check \`server\` and \`port\` (Gmail: smtp.gmail.com, 465). No message was sent (verify-only).`
        core.warning(unchecked)
        await writeSummary(core, env, `### ⚠ Email login not checked\n\n${unchecked}\n`)
        return
      }
      core.info(`Login accepted: ${settings.server} accepted the credentials of ${settings.username}. No message was sent (verify-only).`)
      await writeSummary(
        core,
        env,
        `### ✔ Email login verified\n\n${settings.server}:${settings.port} accepted the credentials of ${settings.username}. No message was sent (\`verify-only\`).\n`
      )
      return
    }

    const ctx = buildRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH))
    // Files and the dry-run preview are loaded only by the runs that use them: their modules
    // are bundled apart, so a plain notification does not parse them at start.
    const files = settings.bodyFile || settings.attachments.length ? await import('./files.ts') : undefined
    const body = files && settings.bodyFile ? await files.readBodyFile(settings.bodyFile, env) : settings.body
    const found = files && settings.attachments.length ? await files.findAttachments(settings.attachments, env) : { files: [], unmatched: [] }
    for (const pattern of found.unmatched) {
      if (settings.ifNoFilesFound === 'error') {
        throw new InputError(
          'attachments',
          `no file matches \`${pattern}\``,
          'Check the pattern against the workspace (paths are relative to it), or set `if-no-files-found: warn` to send without it.'
        )
      }
      if (settings.ifNoFilesFound === 'warn') core.warning(`No file matches \`${pattern}\` in \`attachments\`; sending without it.`)
    }
    // Loaded only when `test-reports` is set: it brings the XML parser.
    const tests = settings.testReports.length ? await (await import('./report-files.ts')).readTestReports(settings, env, mask) : undefined
    for (const warning of tests?.warnings ?? []) core.warning(mask(warning))
    const { status, report } = await askGitHub(core, settings, env, mask)
    if (settings.mailCommitters) {
      const committers = committersToMail(settings, status, ctx.commits, ctx.event)
      for (const line of committers.log) log.info(line)
      // Added after `to`: the envelope and the preview take the recipients from the settings.
      settings.to.push(...committers.added)
      core.setOutput('committers', committers.added.map((mailbox) => mailbox.address).join(','))
    }
    const message = await composeMessage({ ...settings, body, status }, ctx, report, tests?.summary)
    if (Buffer.byteLength(message.html) > GMAIL_CLIP_BYTES) {
      core.warning(
        `The HTML part is ${Math.round(Buffer.byteLength(message.html) / 1024)} KB: Gmail shows only the first 102 KB and hides the rest behind "View entire message". Shorten \`body\` or \`body-file\`.`
      )
    }
    if (files && found.files.length) {
      const messageBytes = Buffer.byteLength(message.html) + Buffer.byteLength(message.text)
      files.checkAttachmentSize(found.files, messageBytes)
      message.attachments = await files.readAttachments(found.files, messageBytes)
    }

    if (settings.dryRun) {
      const { previewDirectory, writePreview } = await import('./preview.ts')
      const preview = await writePreview(settings, message, previewDirectory(env))
      core.setOutput('eml-path', preview.emlPath)
      core.setOutput('message-id', preview.messageId)
      core.info(`Dry run: composed "${message.subject}" and wrote it to ${preview.emlPath}; nothing was sent and no connection was opened.`)
      await writeSummary(core, env, preview.summary)
      return
    }
    const recipients = settings.to.length + settings.cc.length + settings.bcc.length
    core.info(
      `Sending "${message.subject}" to ${recipients} recipient${recipients === 1 ? '' : 's'} through ${settings.server}:${settings.port} (${settings.secure ? 'TLS' : 'STARTTLS'}).`
    )

    const result = await sendMessage(settings, message, log, await connectOptions())
    core.setOutput('message-id', result.messageId)
    core.setOutput('accepted', result.accepted.join(','))
    core.setOutput('rejected', result.rejected.join(','))
    const refusals = result.rejections.length ? describeRejections(settings.server, result) : ''
    if (refusals) core.warning(mask(refusals))
    core.info(`Sent ${result.messageId}: ${settings.server} accepted it for ${result.accepted.length} recipient${result.accepted.length === 1 ? '' : 's'}.`)
    await writeSummary(
      core,
      env,
      `### ✔ Email notification sent\n\n**${message.subject}** to ${result.accepted.length} recipient(s) through ${settings.server}.\n` +
        (refusals ? `\n**Refused:** ${mask(refusals)}\n` : '')
    )
  } catch (error) {
    const diagnosis = diagnose(
      error,
      facts ?? { server: core.getInput('server') || 'smtp.gmail.com', port: 0, secure: true, username, timeoutSeconds: 0, usesOAuth2: false }
    )
    const maskedDiagnosis = {
      ...diagnosis,
      title: mask(diagnosis.title),
      reply: diagnosis.reply && mask(diagnosis.reply),
      detail: diagnosis.detail && mask(diagnosis.detail),
      fix: mask(diagnosis.fix)
    }
    core.setOutput('error-code', diagnosis.code)
    if (error instanceof NotifyError && error.delivery) {
      const { messageId, accepted, rejected } = error.delivery
      core.setOutput('message-id', messageId)
      core.setOutput('accepted', accepted.join(','))
      core.setOutput('rejected', rejected.join(','))
      if (accepted.length)
        core.warning(`Before this failure the message went to ${accepted.length} recipient${accepted.length === 1 ? '' : 's'}: ${accepted.join(', ')}.`)
    }
    await writeSummary(core, env, failureSummary(maskedDiagnosis))
    core.setFailed(describeFailure(maskedDiagnosis))
  }
}
