import type { RunContext } from './context.ts'
import { apiUrlOf, fetchRunHistory, type HistoryResult } from './github-api.ts'
import { classify, type History, type HistoryView, type Transition } from './history.ts'
import { DEFAULT_LANGUAGE, defineWords } from './language.ts'
import { decideToSend, describeTransition, type SendDecision } from './notify-when.ts'
import type { JobStatus } from './jobs.ts'
import type { Settings } from './settings.ts'
import { isStreakMail, listIdHeader, streakRootId, type ThreadHeaders } from './threading.ts'

/** Why the history could not be read and what follows, in every language (see language.ts). */
const WORDS = defineWords('transition', {
  notInWorkflow: {
    en: 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)',
    ko: '워크플로 안에서 실행되고 있지 않습니다(GITHUB_REPOSITORY 또는 GITHUB_RUN_ID가 설정되지 않음)'
  },
  noToken: {
    en: '`github-token` is empty; leave it at its default (`${{ github.token }}`) with `actions: read`',
    ko: '`github-token`이 비어 있습니다. 기본값(`${{ github.token }}`)으로 두고 `actions: read` 권한을 주세요'
  },
  outcomeUnknown: {
    en: 'the outcome of this run is unknown (`status` is empty and the jobs could not be read)',
    ko: '이 실행의 결과를 알 수 없습니다(`status`가 비어 있고 작업 목록을 읽지 못했습니다)'
  },
  /** The transition is unknown: what becomes of the mail, and why (`why` a clause of its own). */
  transitionUnknown: {
    en: (notifyWhenAlways: boolean, thread: boolean, why: string) => {
      const consequence = notifyWhenAlways
        ? 'so this mail is not threaded'
        : `so the mail is sent whatever \`notify-when\` says${thread ? ', and is not threaded' : ''}`
      return `Could not tell whether this run broke the build, is still failing or fixed it (\`transition\` is unknown), ${consequence}: ${why}.`
    },
    ko: (notifyWhenAlways: boolean, thread: boolean, why: string) => {
      const consequence = notifyWhenAlways
        ? '이 메일은 스레드로 묶지 않습니다'
        : `\`notify-when\` 설정과 관계없이 메일을 보냅니다${thread ? '. 스레드로 묶지도 않습니다' : ''}`
      return `이 실행이 빌드를 깨뜨렸는지, 계속 실패 중인지, 고쳤는지 알 수 없어(\`transition\`은 unknown) ${consequence}. 이유: ${why}.`
    }
  }
})

/**
 * Starts reading the run's history, for `notify-when` or `thread`. Resolves, never rejects,
 * so that it can run beside the other calls and be awaited after them.
 */
export function lookUpHistory(settings: Settings, env: NodeJS.ProcessEnv, ctx: RunContext, signal?: AbortSignal): Promise<HistoryResult> {
  const words = WORDS[settings.language ?? DEFAULT_LANGUAGE]
  if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID) return Promise.resolve({ failure: words.notInWorkflow, warnings: [] })
  if (!settings.githubToken) return Promise.resolve({ failure: words.noToken, warnings: [] })
  return fetchRunHistory({
    token: settings.githubToken,
    apiUrl: apiUrlOf(env),
    repository: env.GITHUB_REPOSITORY,
    repositoryUrl: ctx.repositoryUrl,
    runId: env.GITHUB_RUN_ID,
    pullRequest: ctx.pullRequest?.number,
    timeoutSeconds: settings.timeoutSeconds,
    signal,
    language: settings.language,
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
    const words = WORDS[settings.language ?? DEFAULT_LANGUAGE]
    warnings.push(words.transitionUnknown(settings.notifyWhen === 'always', settings.thread, result.failure ?? words.outcomeUnknown))
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
