import { describe, expect, it } from 'vitest'
import {
  cleanLogLine,
  deriveStatus,
  errorAnnotations,
  ExcerptCollector,
  MAX_EXCERPT_LINE,
  MAX_KEPT_LINE,
  problemJobs,
  type ApiAnnotation,
  type ApiJob
} from '../src/jobs.ts'

const job = (id: number, name: string, status: string, conclusion: string | null, steps: [string, string | null][] = []): ApiJob => ({
  id,
  name,
  html_url: `https://github.com/octo-org/app/actions/runs/1/job/${id}`,
  status,
  conclusion,
  steps: steps.map(([stepName, stepConclusion]) => ({ name: stepName, status: stepConclusion ? 'completed' : 'in_progress', conclusion: stepConclusion }))
})

describe('deriveStatus', () => {
  it('is a failure when any job or finished step failed, even in the running job', () => {
    expect(deriveStatus([job(1, 'lint', 'completed', 'success'), job(2, 'test', 'completed', 'failure')])).toBe('failure')
    expect(deriveStatus([job(1, 'lint', 'completed', 'timed_out')])).toBe('failure')
    expect(
      deriveStatus([
        job(3, 'notify', 'in_progress', null, [
          ['Build', 'failure'],
          ['Notify', null]
        ])
      ])
    ).toBe('failure')
  })

  it('is cancelled when something was cancelled and nothing failed, a success otherwise, unknown with no jobs', () => {
    expect(deriveStatus([job(1, 'a', 'completed', 'cancelled'), job(2, 'b', 'completed', 'success')])).toBe('cancelled')
    expect(
      deriveStatus([job(1, 'a', 'completed', 'success'), job(2, 'b', 'completed', 'skipped'), job(3, 'notify', 'in_progress', null, [['Build', 'success']])])
    ).toBe('success')
    expect(deriveStatus([])).toBeUndefined()
  })
})

describe('problemJobs', () => {
  it('lists failed jobs first with their failed steps, then cancelled ones, and skips the rest', () => {
    const jobs = [
      job(1, 'deploy', 'completed', 'cancelled', [['Push', 'cancelled']]),
      job(2, 'lint', 'completed', 'success', [['Lint', 'success']]),
      job(3, 'test (ubuntu)', 'completed', 'failure', [
        ['Checkout', 'success'],
        ['Unit tests', 'failure'],
        ['E2E', 'failure'],
        ['Upload', 'skipped']
      ]),
      job(4, 'notify', 'in_progress', null, [
        ['Build', 'failure'],
        ['Notify', null]
      ]),
      { name: 'no id', conclusion: 'failure' }
    ]
    expect(problemJobs(jobs)).toEqual([
      {
        id: 3,
        name: 'test (ubuntu)',
        url: 'https://github.com/octo-org/app/actions/runs/1/job/3',
        conclusion: 'failed',
        failedSteps: ['Unit tests', 'E2E'],
        completed: true
      },
      { id: 4, name: 'notify', url: 'https://github.com/octo-org/app/actions/runs/1/job/4', conclusion: 'failed', failedSteps: ['Build'], completed: false },
      {
        id: 1,
        name: 'deploy',
        url: 'https://github.com/octo-org/app/actions/runs/1/job/1',
        conclusion: 'was cancelled',
        failedSteps: ['Push'],
        completed: true
      }
    ])
  })
})

describe('log excerpts', () => {
  /** The excerpt of a whole log fed in one piece, as the API client feeds a short one. */
  const extractExcerpt = (text: string, maxLines: number) => {
    const collector = new ExcerptCollector(maxLines)
    collector.push(text)
    return collector.excerpt()
  }

  const log = [
    '\uFEFF2026-11-26T21:00:00.0000000Z ##[group]Run npm test',
    '2026-11-26T21:00:00.1000000Z npm test',
    '2026-11-26T21:00:00.2000000Z ##[endgroup]',
    '2026-11-26T21:00:01.0000000Z \u001b[32m✓\u001b[39m parses input',
    '2026-11-26T21:00:01.1000000Z \u001b[31m×\u001b[39m sends mail',
    '2026-11-26T21:00:01.2000000Z   AssertionError: expected 1 to be 2',
    '2026-11-26T21:00:02.0000000Z ##[error]Process completed with exit code 1.',
    '2026-11-26T21:00:03.0000000Z Post job cleanup.',
    '2026-11-26T21:00:04.0000000Z ##[error]A second error'
  ].join('\r\n')

  it('keeps the lines leading up to the first error, without timestamps, colours or group markers', () => {
    expect(extractExcerpt(log, 20)).toEqual([
      'Run npm test',
      'npm test',
      '✓ parses input',
      '× sends mail',
      '  AssertionError: expected 1 to be 2',
      'Error: Process completed with exit code 1.'
    ])
  })

  it('is bounded by the number of lines asked for, ending with the error', () => {
    expect(extractExcerpt(log, 2)).toEqual(['  AssertionError: expected 1 to be 2', 'Error: Process completed with exit code 1.'])
  })

  it('falls back to the last lines of a log with no error, and shortens very long lines', () => {
    expect(extractExcerpt('2026-11-26T21:00:00Z one\n2026-11-26T21:00:00Z two\n2026-11-26T21:00:00Z three\n', 2)).toEqual(['two', 'three'])
    const long = cleanLogLine(`2026-11-26T21:00:00.0Z ${'x'.repeat(5000)}`)!
    expect(long).toHaveLength(MAX_EXCERPT_LINE)
    expect(long.endsWith('…')).toBe(true)
  })

  it('drops terminal escapes of every kind: colours, cursor moves and hyperlinks', () => {
    const line = '2026-11-26T21:00:00Z \u001b[1;31mFAIL\u001b[0m \u001b]8;;https://example.com/t\u0007src/a.test.ts\u001b]8;;\u0007 \u001b[2K\u001b[1Gdone'
    expect(cleanLogLine(line)).toBe('FAIL src/a.test.ts done')
  })
})

describe('log excerpts from text that arrives in pieces', () => {
  const feed = (pieces: Iterable<string>, maxLines: number) => {
    const collector = new ExcerptCollector(maxLines)
    for (const piece of pieces) if (collector.push(piece)) break
    return collector.excerpt()
  }

  it('joins lines split across pieces, and counts a last line without a line break', () => {
    const log = '2026-11-26T21:00:00Z one\n2026-11-26T21:00:00Z two\n2026-11-26T21:00:00Z thr'
    expect(feed([log.slice(0, 10), log.slice(10, 31), log.slice(31), 'ee'], 5)).toEqual(['one', 'two', 'three'])
  })

  it('keeps only the start of a line with no break in it, however long, and still finds the error after it', () => {
    function* oneHugeLine() {
      for (let i = 0; i < 2000; i++) yield 'x'.repeat(64 * 1024)
      yield '\n2026-11-26T21:00:00Z ##[error]boom\nafter\n'
    }
    const excerpt = feed(oneHugeLine(), 5)
    expect(excerpt).toEqual([`${'x'.repeat(MAX_EXCERPT_LINE - 1)}…`, 'Error: boom'])
  })

  it('finds an error marker that arrives in two pieces', () => {
    expect(feed(['2026-11-26T21:00:00Z ok\n2026-11-26T21:00:00Z ##[er', 'ror]bad\nlater\n'], 5)).toEqual(['ok', 'Error: bad'])
  })

  it('bounds the part of a line it keeps while waiting for the line to end', () => {
    expect(MAX_KEPT_LINE).toBeGreaterThan(MAX_EXCERPT_LINE + 40)
    const collector = new ExcerptCollector(3)
    collector.push(`##[error]${'y'.repeat(MAX_KEPT_LINE * 3)}`)
    expect(collector.excerpt()).toEqual([`Error: ${'y'.repeat(MAX_EXCERPT_LINE - 8)}…`])
  })
})

describe('errorAnnotations', () => {
  it('keeps failures only, without the runner’s own, and reads odd shapes without throwing', () => {
    const answer = [
      { path: 'src/a.ts', start_line: 3, end_line: 3, annotation_level: 'failure', title: 'tsc', message: 'TS2304: Cannot find name x.' },
      { path: '.github', start_line: 12, end_line: 12, annotation_level: 'failure', message: 'Process completed with exit code 1.' },
      { path: '.github', start_line: 1, end_line: 1, annotation_level: 'failure', message: 'The operation was canceled.' },
      { path: '.github', start_line: 5, end_line: 5, annotation_level: 'failure', message: 'Deploy key expired' },
      { path: 'src/b.ts', start_line: 9, end_line: 2, annotation_level: 'failure', title: null, message: 42 },
      { path: 'src/c.ts', start_line: 1, annotation_level: 'warning', message: 'unused' },
      null
    ] as unknown as ApiAnnotation[]
    expect(errorAnnotations('build', answer)).toEqual([
      { job: 'build', path: 'src/a.ts', startLine: 3, endLine: 3, title: 'tsc', message: 'TS2304: Cannot find name x.' },
      { job: 'build', path: '', startLine: 0, endLine: 0, title: '', message: 'Deploy key expired' },
      { job: 'build', path: 'src/b.ts', startLine: 9, endLine: 9, title: '', message: '' }
    ])
  })
})
