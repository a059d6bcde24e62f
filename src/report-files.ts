import { inputErrorIn, NotifyError, type InputProblem } from './errors.ts'
import { printable, shownPath } from './file-policy.ts'
import { filePlaces, findAttachments, readCapped } from './files.ts'
import { DEFAULT_LANGUAGE, defineWords, type Language } from './language.ts'
import type { Settings } from './settings.ts'
import { MAX_REPORT_BYTES, parseJUnitReport, ReportProblem } from './test-reports.ts'
import { addReport, EMPTY_SUMMARY, type TestSummary } from './test-summary.ts'

/**
 * Reads the reports named by `test-reports` with the file rules of `attachments`. Loaded only
 * when that input is set: it brings the XML parser.
 */

/** Bytes of reports read in all; parsing takes about a second per 10 MB, so this bounds the step's time. */
const MAX_TOTAL_REPORT_BYTES = 50 * 1024 * 1024
/** Reports that could not be read are named one warning each up to this many; the rest are counted. */
const MAX_NAMED_PROBLEMS = 5

export interface TestReportReading {
  /** Undefined when no report could be read. */
  summary?: TestSummary
  /** One line each, for `::warning`. */
  warnings: string[]
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`

/** The problems and warnings about `test-reports`, in every language (see language.ts). */
const WORDS = defineWords('report-files', {
  noFileMatches: {
    en: (pattern: string): InputProblem => ({
      problem: `no file matches \`${pattern}\``,
      fix: 'Check the pattern against the workspace (paths are relative to it) and that the tests wrote their reports there (in a final job, download them first with actions/download-artifact), or set `if-no-files-found: warn` to send without them.'
    }),
    ko: (pattern: string): InputProblem => ({
      problem: `\`${pattern}\`에 맞는 파일이 없습니다`,
      fix: '패턴을 워크스페이스와 맞춰 보고(경로는 워크스페이스 기준입니다) 테스트가 보고서를 그곳에 썼는지 확인하세요(마지막 작업(job)에서는 먼저 actions/download-artifact로 내려받으세요). 보고서 없이 보내려면 `if-no-files-found: warn`으로 설정하세요.'
    })
  },
  sendingWithout: {
    en: (pattern: string) => `No file matches \`${pattern}\` in \`test-reports\`; sending without it.`,
    ko: (pattern: string) => `\`test-reports\`의 \`${pattern}\`에 맞는 파일이 없습니다. 그 파일 없이 보냅니다.`
  },
  tooLarge: {
    en: (shown: string, limit: string) => `${shown} is larger than ${limit}`,
    ko: (shown: string, limit: string) => `${shown}의 크기가 ${limit}를 넘습니다`
  },
  unreadable: {
    en: (shown: string, why: string) => `${shown} could not be read (${why})`,
    ko: (shown: string, why: string) => `${shown} 파일을 읽지 못했습니다(${why})`
  },
  /** A file that is not a report: "<file> is empty". */
  notReport: { en: (shown: string, reason: string) => `${shown} ${reason}`, ko: (shown: string, reason: string) => `${shown}은(는) ${reason}` },
  leftOut: {
    en: (problem: string) => `\`test-reports\`: ${problem}; left out of the message.`,
    ko: (problem: string) => `\`test-reports\`: ${problem}. 메시지에서 뺐습니다.`
  },
  moreLeftOut: {
    en: (count: number) =>
      `\`test-reports\`: ${count} more files are not JUnit XML reports or could not be read; left out of the message. Narrow the patterns to the reports.`,
    ko: (count: number) => `\`test-reports\`: 그 밖에 파일 ${count}개도 JUnit XML 보고서가 아니거나 읽을 수 없어 메시지에서 뺐습니다. 패턴을 보고서로 좁히세요.`
  },
  overTotal: {
    en: (count: number, read: string, limit: string) =>
      `\`test-reports\`: left ${count} report${count === 1 ? '' : 's'} out of the message: those read already total ${read}, and at most ${limit} are read. Narrow the patterns.`,
    ko: (count: number, read: string, limit: string) =>
      `\`test-reports\`: 보고서 ${count}개를 메시지에서 뺐습니다. 이미 읽은 보고서가 모두 ${read}이고, 최대 ${limit}까지만 읽습니다. 패턴을 좁히세요.`
  }
})

/**
 * Finds, reads and parses the reports. A path the file rules refuse fails the step, as for
 * `attachments`; a pattern that matches nothing follows `if-no-files-found`; a file that is not
 * a JUnit report, or too large, is a warning naming it, and the message goes out without it.
 */
export async function readTestReports(
  settings: Pick<Settings, 'testReports' | 'ifNoFilesFound'> & Partial<Pick<Settings, 'language'>>,
  env: NodeJS.ProcessEnv,
  mask: (text: string) => string = (text) => text
): Promise<TestReportReading> {
  const language: Language = settings.language ?? DEFAULT_LANGUAGE
  const words = WORDS[language]
  const warnings: string[] = []
  const found = await findAttachments(settings.testReports, env, 'test-reports')
  for (const pattern of found.unmatched) {
    if (settings.ifNoFilesFound === 'error') {
      throw inputErrorIn('test-reports', WORDS, (words) => words.noFileMatches(printable(pattern)))
    }
    if (settings.ifNoFilesFound === 'warn') warnings.push(words.sendingWithout(printable(pattern)))
  }

  const { workspace } = await filePlaces(env)
  const problems: string[] = []
  let summary = EMPTY_SUMMARY
  let bytesRead = 0
  let leftForTotal = 0
  for (const file of found.files) {
    const shown = shownPath(file.path, workspace)
    if (file.size > MAX_REPORT_BYTES) {
      problems.push(words.tooLarge(shown, megabytes(MAX_REPORT_BYTES)))
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
      problems.push(words.unreadable(shown, (error as Error).message))
      continue
    }
    bytesRead += read.content.length
    if (read.over) {
      problems.push(words.tooLarge(shown, megabytes(MAX_REPORT_BYTES)))
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
      problems.push(words.notReport(shown, error.reasonIn(language)))
    }
  }
  for (const problem of problems.slice(0, MAX_NAMED_PROBLEMS)) warnings.push(words.leftOut(problem))
  if (problems.length > MAX_NAMED_PROBLEMS) warnings.push(words.moreLeftOut(problems.length - MAX_NAMED_PROBLEMS))
  if (leftForTotal) warnings.push(words.overTotal(leftForTotal, megabytes(bytesRead), megabytes(MAX_TOTAL_REPORT_BYTES)))
  return { summary: summary.reports ? summary : undefined, warnings }
}
