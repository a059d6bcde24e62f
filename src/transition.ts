import type { RunContext } from './context.ts'
import { apiUrlOf, fetchRunHistory, type HistoryResult } from './github-api.ts'
import { classify, type History, type HistoryView, type Transition } from './history.ts'
import { decideToSend, describeTransition, type SendDecision } from './notify-when.ts'
import type { JobStatus } from './jobs.ts'
import type { Settings } from './settings.ts'
import { isStreakMail, listIdHeader, streakRootId, type ThreadHeaders } from './threading.ts'

/**
 * Starts reading the run's history, for `notify-when` or `thread`. Resolves, never rejects,
 * so that it can run beside the other calls and be awaited after them.
 */
export function lookUpHistory(settings: Settings, env: NodeJS.ProcessEnv, ctx: RunContext, signal?: AbortSignal): Promise<HistoryResult> {
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
    return Promise.resolve({ failure: 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)', warnings: [] })
  if (!settings.githubToken)
    return Promise.resolve({ failure: '`github-token` is empty; leave it at its default (`${{ github.token }}`) with `actions: read`', warnings: [] })
  return fetchRunHistory({
    token: settings.githubToken,
    apiUrl: apiUrlOf(env),
    repository: env.GITHUB_REPOSITORY,
    repositoryUrl: ctx.repositoryUrl,
    runId: env.GITHUB_RUN_ID,
    pullRequest: ctx.pullRequest?.number,
    timeoutSeconds: settings.timeoutSeconds,
    signal,
    // Only the generated message lists them, and only a failure's; a success needs none.
    wantCommits: settings.body === undefined && !settings.bodyFile && settings.status !== 'success' && settings.status !== 'cancelled'
  })
}

/** What the history means for this run's mail. */
export interface TransitionOutcome {
  transition: Transition
  decision: SendDecision
  /** For the message. */
  view: HistoryView
  /** With `thread: true`: the headers of the mail. */
  thread?: ThreadHeaders
  /** The transition in words, for the log. */
  said: string
  /** What was left out or could not be known, and why, one line each. */
  warnings: string[]
}

/** Classifies the run from its outcome, known once the jobs were read, and the history read beside them. */
export function settleTransition(
  result: HistoryResult,
  status: JobStatus | undefined,
  settings: Pick<Settings, 'notifyWhen' | 'stillFailingEvery' | 'thread'> & Partial<Pick<Settings, 'language'>>,
  ctx: RunContext
): TransitionOutcome {
  const warnings = [...result.warnings]
  let history: History | undefined
  if (result.current && result.prior && status) history = classify(status, result.current.run, result.prior)
  else {
    const why = result.failure ?? 'the outcome of this run is unknown (`status` is empty and the jobs could not be read)'
    const consequence =
      settings.notifyWhen === 'always'
        ? 'so this mail is not threaded'
        : `so the mail is sent whatever \`notify-when\` says${settings.thread ? ', and is not threaded' : ''}`
    warnings.push(`Could not tell whether this run broke the build, is still failing or fixed it (\`transition\` is unknown), ${consequence}: ${why}.`)
  }
  const transition = history?.transition ?? 'unknown'
  const threaded = settings.thread && isStreakMail(transition) && history?.failingSince !== undefined
  const view: HistoryView = history
    ? {
        ...history,
        commitsSince: transition === 'broken' || transition === 'still-failing' ? result.commitsSince : undefined,
        threaded
      }
    : { transition, streak: 0, streakComplete: true, threaded: false }

  let thread: ThreadHeaders | undefined
  if (settings.thread) {
    const current = result.current
    const root =
      threaded && current && history?.failingSince
        ? streakRootId({
            serverUrl: ctx.serverUrl,
            repository: ctx.repository,
            workflowId: current.workflowId,
            place: current.place.pullRequest
              ? `pull:${current.place.pullRequest.number ?? `${current.place.headRepository}:${current.place.headBranch}`}`
              : `branch:${current.place.headBranch}`,
            firstFailingRunId: history.failingSince.id
          })
        : undefined
    thread = { root, listId: listIdHeader(ctx.workflow, ctx.repository) }
  }
  return {
    transition,
    decision: decideToSend(settings, transition, history, settings.language),
    view,
    thread,
    said: describeTransition(transition, history, settings.language),
    warnings
  }
}
