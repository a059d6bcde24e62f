import { InputError, NotifyError } from './errors.ts'
import { printable, shownPath } from './file-policy.ts'
import { filePlaces, findAttachments, readCapped } from './files.ts'
import type { Settings } from './settings.ts'
import { MAX_REPORT_BYTES, parseJUnitReport, ReportProblem } from './test-reports.ts'
import { addReport, EMPTY_SUMMARY, type TestSummary } from './test-summary.ts'

/**
 * Reads the reports named by `test-reports` with the file rules of `attachments`. Loaded only
 * when that input is set: it brings the XML parser.
 */

/** Bytes of reports read in all; parsing takes about a second per 10 MB, so this bounds the step's time. */
export const MAX_TOTAL_REPORT_BYTES = 50 * 1024 * 1024
/** Reports that could not be read are named one warning each up to this many; the rest are counted. */
const MAX_NAMED_PROBLEMS = 5

export interface TestReportReading {
  /** Undefined when no report could be read. */
  summary?: TestSummary
  /** One line each, for `::warning`. */
  warnings: string[]
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/**
 * Finds, reads and parses the reports. A path the file rules refuse fails the step, as for
 * `attachments`; a pattern that matches nothing follows `if-no-files-found`; a file that is not
 * a JUnit report, or too large, is a warning naming it, and the message goes out without it.
 */
export async function readTestReports(
  settings: Pick<Settings, 'testReports' | 'ifNoFilesFound'>,
  env: NodeJS.ProcessEnv,
  mask: (text: string) => string = (text) => text
): Promise<TestReportReading> {
  const warnings: string[] = []
  const found = await findAttachments(settings.testReports, env, 'test-reports')
  for (const pattern of found.unmatched) {
    if (settings.ifNoFilesFound === 'error') {
      throw new InputError(
        'test-reports',
        `no file matches \`${printable(pattern)}\``,
        'Check the pattern against the workspace (paths are relative to it) and that the tests wrote their reports there (in a final job, download them first with actions/download-artifact), or set `if-no-files-found: warn` to send without them.'
      )
    }
    if (settings.ifNoFilesFound === 'warn') warnings.push(`No file matches \`${printable(pattern)}\` in \`test-reports\`; sending without it.`)
  }

  const { workspace } = await filePlaces(env)
  const problems: string[] = []
  let summary = EMPTY_SUMMARY
  let bytesRead = 0
  let leftForTotal = 0
  for (const file of found.files) {
    const shown = shownPath(file.path, workspace)
    if (file.size > MAX_REPORT_BYTES) {
      problems.push(`${shown} is larger than ${megabytes(MAX_REPORT_BYTES)}`)
      continue
    }
    if (bytesRead + file.size > MAX_TOTAL_REPORT_BYTES) {
      leftForTotal += 1
      continue
    }
    let read: { content: Buffer; over: boolean }
    try {
      read = await readCapped(file, MAX_REPORT_BYTES, 'test-reports')
    } catch (error) {
      // A file swapped for a link or a pipe after it was checked is refused, as for `attachments`.
      if (error instanceof NotifyError) throw error
      problems.push(`${shown} could not be read (${(error as Error).message})`)
      continue
    }
    bytesRead += read.content.length
    if (read.over) {
      problems.push(`${shown} is larger than ${megabytes(MAX_REPORT_BYTES)}`)
      continue
    }
    try {
      const report = parseJUnitReport(new TextDecoder().decode(read.content))
      // A test may print what it was given: the runner masks the logs, not the files a test writes.
      const failures = report.failures.map((test) => ({
        ...test,
        suite: mask(test.suite),
        name: mask(test.name),
        message: mask(test.message),
        details: test.details.map(mask)
      }))
      summary = addReport(summary, { ...report, failures })
    } catch (error) {
      if (!(error instanceof ReportProblem)) throw error
      problems.push(`${shown} ${error.reason}`)
    }
  }
  for (const problem of problems.slice(0, MAX_NAMED_PROBLEMS)) warnings.push(`\`test-reports\`: ${problem}; left out of the message.`)
  if (problems.length > MAX_NAMED_PROBLEMS) {
    warnings.push(
      `\`test-reports\`: ${problems.length - MAX_NAMED_PROBLEMS} more files are not JUnit XML reports or could not be read; left out of the message. Narrow the patterns to the reports.`
    )
  }
  if (leftForTotal) {
    warnings.push(
      `\`test-reports\`: left ${leftForTotal} report${leftForTotal === 1 ? '' : 's'} out of the message: those read already total ${megabytes(bytesRead)}, and at most ${megabytes(MAX_TOTAL_REPORT_BYTES)} are read. Narrow the patterns.`
    )
  }
  return { summary: summary.reports ? summary : undefined, warnings }
}
