import { stripVTControlCharacters } from 'node:util'
import { defineWords, type Language } from './language.ts'

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

/** The words of the test report, in the message's language; a placeholder's value takes them in English. */
const WORDS = defineWords('test-summary', {
  tests: { en: (count: number) => `${count} ${count === 1 ? 'test' : 'tests'}`, ko: (count: number) => `테스트 ${count}개` },
  passed: { en: (count: number) => `${count} passed`, ko: (count: number) => `통과 ${count}` },
  failed: { en: (count: number) => `${count} failed`, ko: (count: number) => `실패 ${count}` },
  errored: { en: (count: number) => `${count} errored`, ko: (count: number) => `오류 ${count}` },
  skipped: { en: (count: number) => `${count} skipped`, ko: (count: number) => `건너뜀 ${count}` },
  unnamed: { en: '(unnamed test)', ko: '(이름 없는 테스트)' },
  /** After a test that could not run to its end. */
  error: { en: '(error)', ko: '(오류)' },
  more: { en: (count: number) => `and ${count} more`, ko: (count: number) => `외 ${count}개` }
})

/** The words for a test report in one language. */
export type TestWords = (typeof WORDS)[Language]

export function testWords(language: Language): TestWords {
  return WORDS[language]
}

/**
 * "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"; parts that are zero are left out,
 * except passed. `language` is `en` for the value of {{ test_counts }}: placeholder values
 * read the same in every language.
 */
export function countsPhrase(counts: TestCounts, language: Language): string {
  const words = WORDS[language]
  const passed = Math.max(counts.tests - counts.failed - counts.errored - counts.skipped, 0)
  const parts = [words.passed(passed)]
  if (counts.failed) parts.push(words.failed(counts.failed))
  if (counts.errored) parts.push(words.errored(counts.errored))
  if (counts.skipped) parts.push(words.skipped(counts.skipped))
  return `${words.tests(counts.tests)}: ${parts.join(', ')}`
}

/** "suite › name", or the name alone. */
function testTitle(test: FailedTest, language: Language): string {
  const name = test.name || WORDS[language].unnamed
  return test.suite ? `${test.suite} › ${name}` : name
}

/** The failed tests as plain text, one item each, as the text part of the section {{ failed_tests }}. */
export function failedTestsAsText(summary: TestSummary, language: Language): string {
  const words = WORDS[language]
  const items = summary.failures.map((test) => {
    const lines = [`- ${testTitle(test, language)}${test.errored ? ` ${words.error}` : ''}`]
    if (test.message) lines.push(`  ${test.message}`)
    lines.push(...test.details.map((line) => `  | ${line}`))
    return lines.join('\n')
  })
  if (summary.moreFailures) items.push(`- ${words.more(summary.moreFailures)}`)
  return items.join('\n')
}
