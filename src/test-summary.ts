import { stripVTControlCharacters } from 'node:util'

/**
 * What the test reports said, in the shape the message shows. Kept apart from the XML parser
 * (src/test-reports.ts): the message and the placeholders need these types and texts on every
 * run, the parser only when `test-reports` is set.
 */

/** Test counts; a test is counted once, in exactly one of failed, errored, skipped or passed. */
export interface TestCounts {
  tests: number
  failed: number
  errored: number
  skipped: number
}

/** One failed test as the message lists it; every text comes from a report and is untrusted. */
export interface FailedTest {
  /** The class, file or suite the test belongs to; empty when the report names none. */
  suite: string
  name: string
  /** True for an `<error>` (the test could not run to its end), false for a `<failure>`. */
  errored: boolean
  /** The first line of the failure's message; empty when the report gives none. */
  message: string
  /** Up to MAX_DETAIL_LINES lines of its stack trace or output. */
  details: string[]
}

/** The test reports of a run, merged. */
export interface TestSummary {
  /** How many report files were read. */
  reports: number
  counts: TestCounts
  /** The first MAX_LISTED_TESTS failed or errored tests, in report order. */
  failures: FailedTest[]
  /** Failed and errored tests left out of `failures`. */
  moreFailures: number
}

/** Failed tests listed in a message; the rest are counted. */
export const MAX_LISTED_TESTS = 10
/** Lines of stack trace or output shown under a failed test. */
export const MAX_DETAIL_LINES = 5
/** Longest line kept from a report: a minified bundle or a base64 blob would fill the message. */
export const MAX_REPORT_LINE = 200

/**
 * One line of report text made safe to show: terminal escapes and other control characters
 * removed (a report may carry them, and a raw CR or ESC would garble a mail client's view),
 * tabs as two spaces, trailing space trimmed, cut at MAX_REPORT_LINE.
 */
export function cleanReportLine(line: string): string {
  const clean = stripVTControlCharacters(line)
    .replace(/\t/g, '  ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
    .trimEnd()
  return clean.length > MAX_REPORT_LINE ? `${clean.slice(0, MAX_REPORT_LINE - 1)}…` : clean
}

/** Adds the counts and failures of one more report to a summary. */
export function addReport(summary: TestSummary, report: { counts: TestCounts; failures: FailedTest[]; moreFailures: number }): TestSummary {
  const room = MAX_LISTED_TESTS - summary.failures.length
  const listed = report.failures.slice(0, Math.max(room, 0))
  return {
    reports: summary.reports + 1,
    counts: {
      tests: summary.counts.tests + report.counts.tests,
      failed: summary.counts.failed + report.counts.failed,
      errored: summary.counts.errored + report.counts.errored,
      skipped: summary.counts.skipped + report.counts.skipped
    },
    failures: [...summary.failures, ...listed],
    moreFailures: summary.moreFailures + report.failures.length - listed.length + report.moreFailures
  }
}

export const EMPTY_SUMMARY: TestSummary = { reports: 0, counts: { tests: 0, failed: 0, errored: 0, skipped: 0 }, failures: [], moreFailures: 0 }

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`

/** "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"; parts that are zero are left out, except passed. */
export function countsPhrase(counts: TestCounts): string {
  const passed = Math.max(counts.tests - counts.failed - counts.errored - counts.skipped, 0)
  const parts = [`${passed} passed`]
  if (counts.failed) parts.push(`${counts.failed} failed`)
  if (counts.errored) parts.push(`${counts.errored} errored`)
  if (counts.skipped) parts.push(`${counts.skipped} skipped`)
  return `${plural(counts.tests, 'test')}: ${parts.join(', ')}`
}

/** "suite › name", or the name alone. */
export function testTitle(test: FailedTest): string {
  const name = test.name || '(unnamed test)'
  return test.suite ? `${test.suite} › ${name}` : name
}

/** The failed tests as plain text, one item each; the value of {{ failed_tests }} in the text part. */
export function failedTestsAsText(summary: TestSummary): string {
  const items = summary.failures.map((test) => {
    const lines = [`- ${testTitle(test)}${test.errored ? ' (error)' : ''}`]
    if (test.message) lines.push(`  ${test.message}`)
    lines.push(...test.details.map((line) => `  | ${line}`))
    return lines.join('\n')
  })
  if (summary.moreFailures) items.push(`- and ${summary.moreFailures} more`)
  return items.join('\n')
}
