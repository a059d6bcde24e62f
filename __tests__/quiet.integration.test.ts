import { simpleParser, type ParsedMail } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiWorkflowRun } from '../src/history.ts'
import { inputsFor, tlsFiles } from './support/action.ts'
import { startApiDouble, type ApiCompareCommit, type ApiDouble, type ApiDoubleOptions } from './support/github-api-double.ts'
import { startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv, type RunnerResult } from './support/runner.ts'

let double: GmailDouble | undefined
let api: ApiDouble | undefined
afterEach(async () => {
  await double?.close()
  await api?.close()
  double = undefined
  api = undefined
})

const TOKEN = 'ghs_0123456789abcdefghijklmnopqrstuvwxyzAB'
const WORKFLOW_ID = 7
/** Runs are numbered n and have the id 9876500000 + n, so that later runs have larger ids, as on GitHub. */
const idOf = (n: number) => 9876500000 + n
const shaOf = (n: number) => `${n.toString(16).padStart(8, '0')}${'c'.repeat(32)}`

type Conclusion = 'success' | 'failure' | 'cancelled' | 'skipped' | 'timed_out'

/** A finished push run of the workflow on main. */
function pastRun(n: number, conclusion: Conclusion, extra: Partial<ApiWorkflowRun> = {}): ApiWorkflowRun {
  return {
    id: idOf(n),
    run_number: n,
    run_attempt: 1,
    workflow_id: WORKFLOW_ID,
    event: 'push',
    status: 'completed',
    conclusion,
    head_branch: 'main',
    head_sha: shaOf(n),
    html_url: `https://github.com/octo-org/app/actions/runs/${idOf(n)}`,
    pull_requests: [],
    head_repository: { full_name: 'octo-org/app' },
    ...extra
  }
}

/** The run sending the mail: still in progress, as it is while its steps run. */
const currentRun = (n: number, extra: Partial<ApiWorkflowRun> = {}) => pastRun(n, 'success', { status: 'in_progress', conclusion: null, ...extra })

/** Earlier runs, newest first, numbered down from `n - 1`. */
const before = (n: number, ...conclusions: Conclusion[]) => conclusions.map((conclusion, i) => pastRun(n - 1 - i, conclusion))

interface Notified {
  result: RunnerResult
  mails: ParsedMail[]
  warnings: string[]
  /** The API paths asked for. */
  paths: string[]
}

/** Runs the built action for run `n` against the API double (serving `runs`) and the Gmail double. */
async function notify(n: number, inputs: Record<string, string>, api: ApiDoubleOptions, event: unknown = {}, env: NodeJS.ProcessEnv = {}): Promise<Notified> {
  const apiDouble = await startApiDouble(api)
  try {
    double ??= await startGmailDouble({ mode: 'implicit', ...tlsFiles() })
    const sentBefore = double.messages.length
    const result = await runBuiltAction(inputsFor(double, { timeout: '10', 'github-token': TOKEN, 'log-lines': '0', ...inputs }), {
      env: testStepEnv({
        GITHUB_API_URL: apiDouble.url,
        GITHUB_RUN_ID: String(idOf(n)),
        GITHUB_RUN_NUMBER: String(n),
        GITHUB_SHA: shaOf(n),
        ...env
      }),
      event
    })
    const mails = await Promise.all(double.messages.slice(sentBefore).map((message) => simpleParser(message.raw)))
    return {
      result,
      mails,
      warnings: result.stdout.split('\n').filter((line) => line.startsWith('::warning::')),
      paths: apiDouble.requests.filter((r) => r.server === 'api').map((r) => r.path.replace(/^\/api\/v3/, ''))
    }
  } finally {
    await apiDouble.close()
  }
}

const ALL = 'broken, still-failing, fixed, passing, cancelled'
const historyPaths = (paths: string[]) => paths.filter((path) => /\/actions\/runs\/\d+(\?|$)|\/actions\/workflows\/|\/compare\//.test(path))

describe('each transition, read from the run history', () => {
  it.each([
    ['a failure after a success is broken', 'failure', before(42, 'success'), 'broken', '[octo-org/app] CI #42 broken on main'],
    ['a failure with no earlier run is broken', 'failure', [], 'broken', '[octo-org/app] CI #42 broken on main'],
    [
      'a failure after failures is still failing; cancelled and skipped runs neither end the streak nor count',
      'failure',
      before(42, 'failure', 'cancelled', 'timed_out', 'skipped', 'success'),
      'still-failing',
      '[octo-org/app] CI #42 still failing on main (3rd run)'
    ],
    ['a success after failures is fixed', 'success', before(42, 'failure', 'failure', 'success'), 'fixed', '[octo-org/app] CI #42 fixed on main'],
    ['a success after a success is passing', 'success', before(42, 'success', 'failure'), 'passing', '[octo-org/app] CI #42 succeeded on main'],
    ['a success with no earlier run is passing', 'success', [], 'passing', '[octo-org/app] CI #42 succeeded on main'],
    ['a cancelled run is cancelled', 'cancelled', before(42, 'failure'), 'cancelled', '[octo-org/app] CI #42 was cancelled on main']
  ])('%s', async (_case, status, history, transition, subject) => {
    // Every comparison with this run is empty, so that none is missing.
    const comparisons = Object.fromEntries(Array.from({ length: 42 }, (_, n) => [`${shaOf(n)}...${shaOf(42)}`, []]))
    const { result, mails, warnings } = await notify(42, { status, 'notify-when': ALL }, { runs: [currentRun(42), ...history], comparisons })

    expect(result.exitCode).toBe(0)
    expect(warnings).toEqual([])
    expect(result.outputs.transition).toBe(transition)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe(subject)
    expect(result.stdout).toContain(`This run is ${transition.replace('-', ' ')}`)
  })

  it('says in a still-failing mail since which run and commit it fails, with links, and lists the commits since the last success', async () => {
    const commits: ApiCompareCommit[] = Array.from({ length: 23 }, (_, i) => ({
      sha: `${i.toString(16).padStart(2, '0')}${'d'.repeat(38)}`,
      commit: { message: `Change ${i + 1}\n\nDetails`, author: { name: `Dev ${i + 1}` } }
    }))
    const { mails, paths } = await notify(
      42,
      { status: 'failure', 'notify-when': 'failures' },
      { runs: [currentRun(42), ...before(42, 'failure', 'failure', 'success')], comparisons: { [`${shaOf(39)}...${shaOf(42)}`]: commits } }
    )

    const text = mails[0].text!
    expect(text.split('\n')[0]).toBe('STILL FAILING: CI #42 still failing (3rd run)')
    expect(text).toContain(
      `Failing since run #40 (commit ${shaOf(40).slice(0, 7)}): 3 failed runs in a row.\n` +
        `  Run:    https://github.com/octo-org/app/actions/runs/${idOf(40)}\n` +
        `  Commit: https://github.com/octo-org/app/commit/${shaOf(40)}`
    )
    expect(text).toContain('Commits since the last successful run (#39):\n  00ddddd Change 1 — Dev 1\n  01ddddd Change 2 — Dev 2\n')
    expect(text).toContain(`  13ddddd Change 20 — Dev 20\n  … 3 more\n  Compare: https://github.com/octo-org/app/compare/${shaOf(39)}...${shaOf(42)}`)
    expect(text).not.toContain('Change 21')
    const html = mails[0].html as string
    expect(html).toContain(`Failing since <a href="https://github.com/octo-org/app/actions/runs/${idOf(40)}"`)
    expect(html).toContain(`<a href="https://github.com/octo-org/app/commit/${shaOf(40)}"`)
    expect(html).toContain('Commits since the last successful run (#39)</h2>')
    // The hidden preview text leads with the transition.
    expect(html).toMatch(/<div style="display:none[^"]*">Still failing: CI #42 still failing \(3rd run\)\. Failing since run #40/)
    expect(paths.filter((path) => path.includes('/compare/'))).toEqual([`/repos/octo-org/app/compare/${shaOf(39)}...${shaOf(42)}?per_page=20&page=1`])
  })

  it('says in a fixed mail how many runs it was red, and lists no commits since the last success', async () => {
    const { mails, paths } = await notify(
      42,
      { status: 'success', 'notify-when': 'changes' },
      { runs: [currentRun(42), ...before(42, 'failure', 'failure', 'success')] }
    )

    expect(mails[0].text!.split('\n\n').slice(0, 2)).toEqual([
      'FIXED: CI #42 fixed',
      `Fixed after 2 failed runs, failing since run #40 (commit ${shaOf(40).slice(0, 7)}).\n  Run:    https://github.com/octo-org/app/actions/runs/${idOf(40)}\n  Commit: https://github.com/octo-org/app/commit/${shaOf(40)}`
    ])
    expect(paths.some((path) => path.includes('/compare/'))).toBe(false)
  })

  it('sends a broken mail without the commits when the comparison cannot be read, and says why', async () => {
    const { mails, warnings, result } = await notify(42, { status: 'failure', 'notify-when': 'changes' }, { runs: [currentRun(42), ...before(42, 'success')] })

    expect(result.outputs.transition).toBe('broken')
    expect(mails[0].text).toContain(`The last successful run was run #41 (commit ${shaOf(41).slice(0, 7)}).`)
    expect(mails[0].text).not.toContain('Commits since')
    expect(warnings).toEqual([
      "::warning::Left out the commits since the last successful run (#41): the API answered 404: the commit of run #41 may no longer exist (a force push), or the token cannot read the repository's contents."
    ])
  })

  it('shows commit titles and authors from the comparison as one line of text each', async () => {
    const commits: ApiCompareCommit[] = [
      { sha: 'e'.repeat(40), commit: { message: 'Fix\rBcc: victim@example.com\n\nbody', author: { name: 'Mallory\r\nX-Evil: 1' } } },
      { sha: 'not a sha', commit: { message: 'x'.repeat(500), author: { name: '' } }, author: { login: 'octocat' } }
    ]
    const { mails } = await notify(
      42,
      { status: 'failure', 'notify-when': 'failures' },
      { runs: [currentRun(42), ...before(42, 'success')], comparisons: { [`${shaOf(41)}...${shaOf(42)}`]: commits } }
    )

    const text = mails[0].text!
    expect(text).toContain(`Commits since the last successful run (#41):\n  eeeeeee Fix Bcc: victim@example.com — Mallory\n   ${'x'.repeat(199)}… — octocat\n`)
    expect(mails[0].headers.has('x-evil')).toBe(false)
    expect(mails[0].bcc).toBeUndefined()
  })

  it('fills {{ transition }}, {{ streak }} and {{ failing_since_url }} in a custom subject and body', async () => {
    const { mails } = await notify(
      42,
      {
        status: 'failure',
        'notify-when': 'failures',
        subject: '{{ workflow }}: {{ transition }} ({{ streak }})',
        body: '[first failure]({{ failing_since_url }}) {{ transition }}'
      },
      { runs: [currentRun(42), ...before(42, 'failure', 'success')] }
    )

    expect(mails[0].subject).toBe('CI: still-failing (2)')
    expect(mails[0].text).toContain(`[first failure](https://github.com/octo-org/app/actions/runs/${idOf(41)}) still-failing`)
    expect(mails[0].html).toContain(`<a href="https://github.com/octo-org/app/actions/runs/${idOf(41)}"`)
  })
})

describe('notify-when', () => {
  it.each([
    ['changes', 'failure', ['success'], true],
    ['changes', 'failure', ['failure'], false],
    ['changes', 'success', ['failure'], true],
    ['changes', 'success', ['success'], false],
    ['changes', 'cancelled', ['success'], false],
    ['failures', 'failure', ['success'], true],
    ['failures', 'failure', ['failure'], true],
    ['failures', 'cancelled', ['failure'], true],
    ['failures', 'success', ['failure'], false],
    ['failures', 'success', ['success'], false],
    ['passing', 'success', ['success'], true]
  ] as const)('%s, a %s after a %s: sends %s', async (notifyWhen, status, history, sends) => {
    const { result, mails } = await notify(42, { status, 'notify-when': notifyWhen }, { runs: [currentRun(42), ...before(42, ...history)] })

    expect(result.exitCode).toBe(0)
    expect(mails).toHaveLength(sends ? 1 : 0)
    expect(result.outputs.transition).toBeTruthy()
  })

  it('skips a run whose transition is not listed: passes, says so in the log and the job summary, sets transition, sends nothing', async () => {
    const { result, mails } = await notify(42, { status: 'success', 'notify-when': 'changes' }, { runs: [currentRun(42), ...before(42, 'success')] })

    expect(result.exitCode).toBe(0)
    expect(mails).toHaveLength(0)
    expect(double!.connections).toBe(0)
    expect(result.outputs).toEqual({ transition: 'passing' })
    expect(result.stdout).toContain(
      'No email sent: this run is passing (a success after a success, or the first run), and `notify-when` lists only broken, fixed.'
    )
    expect(result.summary).toBe(
      '### Email notification not sent (`transition: passing`)\n\nThis run is passing (a success after a success, or the first run), and `notify-when` lists only broken, fixed.\n\n'
    )
  })

  it('with still-failing-every: 3, mails the 4th failed run of a streak and not the 3rd', async () => {
    const inputs = { status: 'failure', 'notify-when': 'failures', 'still-failing-every': '3' }
    const third = await notify(42, inputs, { runs: [currentRun(42), ...before(42, 'failure', 'failure', 'success')] })
    expect(third.mails).toHaveLength(0)
    expect(third.result.outputs.transition).toBe('still-failing')
    expect(third.result.stdout).toContain('`still-failing-every: 3` mails the next one at the 4th failed run')

    const fourth = await notify(42, inputs, { runs: [currentRun(42), ...before(42, 'failure', 'failure', 'failure', 'success')] })
    expect(fourth.mails).toHaveLength(1)
    expect(fourth.mails[0].subject).toBe('[octo-org/app] CI #42 still failing on main (4th run)')
  })

  it('reads the history page by page until the streak is decided, and no further', async () => {
    const runs = [currentRun(42), ...before(42, 'failure', 'failure', 'cancelled', 'failure', 'failure', 'success', 'failure', 'failure', 'failure', 'failure')]
    const { result, mails, paths } = await notify(42, { status: 'failure', 'notify-when': 'failures' }, { runs, runsPageSize: 2 })

    expect(mails[0].subject).toBe('[octo-org/app] CI #42 still failing on main (5th run)')
    expect(result.outputs.transition).toBe('still-failing')
    const pages = paths.filter((path) => path.includes('/workflows/')).map((path) => new URL(path, 'http://x').searchParams.get('page'))
    // The current run is listed first; the success is the 7th run listed, on page 4.
    expect(pages).toEqual(['1', '2', '3', '4'])
    expect(paths.find((path) => path.includes('/workflows/'))).toBe(`/repos/octo-org/app/actions/workflows/${WORKFLOW_ID}/runs?branch=main&per_page=50&page=1`)
  })

  it('stops after 10 pages and tells the streak as "or later"', async () => {
    const runs = [currentRun(42), ...before(42, ...Array.from({ length: 30 }, () => 'failure' as const))]
    const { mails, paths } = await notify(42, { status: 'failure', 'notify-when': 'failures' }, { runs, runsPageSize: 2 })

    expect(paths.filter((path) => path.includes('/workflows/'))).toHaveLength(10)
    expect(mails[0].subject).toBe('[octo-org/app] CI #42 still failing on main (20th run or later)')
  })

  it('counts a re-run by its latest attempt: a failed run re-run to success ended the streak', async () => {
    const runs = [currentRun(42), pastRun(41, 'failure'), pastRun(40, 'success', { run_attempt: 2 }), pastRun(39, 'failure')]
    const { result } = await notify(42, { status: 'failure', 'notify-when': 'failures' }, { runs })
    expect(result.outputs.transition).toBe('still-failing')
    expect(result.stdout).toContain('the 2nd failed run in a row')
  })

  it('compares a pull request run with the runs of the same pull request only', async () => {
    const pr = (n: number, number: number, conclusion: Conclusion) =>
      pastRun(n, conclusion, { event: 'pull_request', head_branch: 'feature', pull_requests: [{ number }] })
    const runs = [
      currentRun(42, { event: 'pull_request', head_branch: 'feature', pull_requests: [{ number: 12 }] }),
      pr(41, 13, 'success'),
      pastRun(40, 'success', { head_branch: 'feature' }),
      pr(39, 12, 'failure'),
      pr(38, 12, 'success')
    ]
    const event = { pull_request: { number: 12, title: 'Add feature', head: { ref: 'feature', sha: shaOf(42) }, base: { ref: 'main' } } }
    const { result, mails, paths } = await notify(42, { status: 'failure', 'notify-when': 'failures' }, { runs }, event, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'feature'
    })

    expect(result.outputs.transition).toBe('still-failing')
    expect(mails[0].subject).toBe('[octo-org/app] CI #42 still failing on feature (2nd run)')
    expect(paths.find((path) => path.includes('/workflows/'))).toContain('?branch=feature&')
  })

  it("matches a fork's pull request runs, which list no pull request, by head branch and repository", async () => {
    const fork = (n: number, conclusion: Conclusion, repository = 'someone/app') =>
      pastRun(n, conclusion, { event: 'pull_request', head_branch: 'main', pull_requests: [], head_repository: { full_name: repository } })
    const runs = [
      { ...fork(42, 'success'), status: 'in_progress', conclusion: null },
      fork(41, 'failure', 'another/app'),
      pastRun(40, 'failure'),
      fork(39, 'success')
    ]
    const event = { pull_request: { number: 31, title: 'Fix typo', head: { ref: 'main', sha: shaOf(42) }, base: { ref: 'main' } } }
    const { result } = await notify(42, { status: 'failure', 'notify-when': ALL }, { runs }, event, {
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_HEAD_REF: 'main'
    })

    expect(result.outputs.transition).toBe('broken')
  })
})

describe('the history cannot be read', () => {
  it('sends the mail when the API is down, with a warning that says why, and sets transition to unknown', async () => {
    const { result, mails, warnings } = await notify(
      42,
      { status: 'success', 'notify-when': 'changes' },
      { runs: [currentRun(42), ...before(42, 'success')], failWith: { status: 503, message: 'Service Unavailable' } }
    )

    expect(result.exitCode).toBe(0)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toBe('[octo-org/app] CI #42 succeeded on main')
    expect(result.outputs.transition).toBe('unknown')
    expect(warnings).toEqual([
      '::warning::Could not tell whether this run broke the build, is still failing or fixed it (`transition` is unknown), so the mail is sent whatever `notify-when` says: the API answered 503 (Service Unavailable).'
    ])
  })

  it('names the permission when the token cannot read the runs', async () => {
    const { warnings, mails } = await notify(
      42,
      { status: 'failure', 'notify-when': 'changes', thread: 'true' },
      { failWith: { status: 403, message: 'Resource not accessible by integration' } }
    )

    expect(mails).toHaveLength(1)
    expect(warnings.find((warning) => warning.includes('Could not tell'))).toContain(
      "so the mail is sent whatever `notify-when` says, and is not threaded: the API answered 403 (Resource not accessible by integration): the token cannot read the workflow's runs. Give the workflow or job `permissions: actions: read`"
    )
  })

  it('gives up on an API that never answers after `timeout`, and sends the mail', async () => {
    const { result, mails, warnings } = await notify(42, { status: 'success', 'notify-when': 'changes', timeout: '2' }, { silent: true })

    expect(result.exitCode).toBe(0)
    expect(mails).toHaveLength(1)
    expect(result.outputs.transition).toBe('unknown')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatch(/did not answer within 2 s \(input `timeout`\)\.$/)
  })

  it('names an answer that is not the list of runs, without repeating it', async () => {
    const { result, mails, warnings } = await notify(
      42,
      { status: 'success', 'notify-when': 'changes' },
      {
        runs: [{ ...currentRun(42), workflow_id: 'seven' as unknown as number }]
      }
    )

    expect(mails).toHaveLength(1)
    expect(result.outputs.transition).toBe('unknown')
    expect(warnings[0]).toContain('answered with JSON without a workflow run (application/json) instead of this run: a proxy or a wrong GITHUB_API_URL')
  })

  it('names an empty github-token', async () => {
    const { warnings, mails, paths, result } = await notify(42, { status: 'success', 'notify-when': 'changes', 'github-token': '' }, {})

    expect(mails).toHaveLength(1)
    expect(paths).toEqual([])
    expect(result.outputs.transition).toBe('unknown')
    expect(warnings[0]).toContain('`github-token` is empty')
  })
})

describe('the default path', () => {
  it('reads no history: a success asks the API nothing, and sets no transition', async () => {
    const { result, mails, paths } = await notify(42, { status: 'success' }, { runs: [currentRun(42), ...before(42, 'success')] })

    expect(mails).toHaveLength(1)
    expect(paths).toEqual([])
    expect(result.outputs.transition).toBeUndefined()
  })

  it('reads no history on a failure either: only the jobs', async () => {
    const { mails, paths } = await notify(42, { status: 'failure' }, { runs: [currentRun(42), ...before(42, 'success')], jobs: [] })

    expect(mails).toHaveLength(1)
    expect(paths.length).toBeGreaterThan(0)
    expect(historyPaths(paths)).toEqual([])
    expect(mails[0].headers.has('list')).toBe(false)
    expect(mails[0].inReplyTo).toBeUndefined()
  })
})

describe('thread: true', () => {
  /** Run n on main with the outcome `status`, after the runs in `history` (newest first). */
  const step = (n: number, status: 'success' | 'failure', history: ApiWorkflowRun[]) =>
    notify(n, { status, thread: 'true' }, { runs: [currentRun(n), ...history] }, {})

  it('puts a broken mail, each still-failing one and the fixed one in one conversation, and the next success outside it', async () => {
    const history: ApiWorkflowRun[] = [pastRun(40, 'success')]
    const mails: ParsedMail[] = []
    for (const [n, status] of [
      [41, 'failure'],
      [42, 'failure'],
      [43, 'failure'],
      [44, 'success'],
      [45, 'success']
    ] as const) {
      const { mails: sent, result } = await step(n, status, [...history].reverse())
      expect(result.exitCode).toBe(0)
      mails.push(...sent)
      history.push(pastRun(n, status))
    }
    expect(mails).toHaveLength(5)
    const streak = mails.slice(0, 4)
    const root = streak[0].inReplyTo!
    expect(root).toMatch(new RegExp(`^<streak-${idOf(41)}\\.[0-9a-f]{32}@github\\.com>$`))
    for (const mail of streak) {
      expect(mail.subject).toBe('[octo-org/app] CI failing on main since #41')
      expect(mail.inReplyTo).toBe(root)
      expect(mail.references).toBe(root)
      expect(mail.messageId).not.toBe(root)
      expect(mail.headers.get('list')).toEqual({ id: { name: 'CI (octo-org/app)', id: 'ci.app.octo-org.github.invalid' } })
    }
    expect(new Set(streak.map((mail) => mail.messageId)).size).toBe(4)
    // The transition leads the body, where the subject no longer says it.
    expect(streak.map((mail) => mail.text!.split('\n', 1)[0])).toEqual([
      'BROKEN: CI #41 broken',
      'STILL FAILING: CI #42 still failing (2nd run)',
      'STILL FAILING: CI #43 still failing (3rd run)',
      'FIXED: CI #44 fixed'
    ])

    const after = mails[4]
    expect(after.subject).toBe('[octo-org/app] CI #45 succeeded on main')
    expect(after.inReplyTo).toBeUndefined()
    expect(after.references).toBeUndefined()
    expect(after.headers.get('list')).toEqual({ id: { name: 'CI (octo-org/app)', id: 'ci.app.octo-org.github.invalid' } })

    // The next streak is another conversation.
    const { mails: next } = await step(46, 'failure', [...history].reverse())
    expect(next[0].subject).toBe('[octo-org/app] CI failing on main since #46')
    expect(next[0].inReplyTo).not.toBe(root)
  })
})
