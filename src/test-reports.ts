import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { defineWords, LANGUAGES, type Language } from './language.ts'
import { cleanReportLine, MAX_DETAIL_LINES, MAX_LISTED_TESTS, type FailedTest, type TestCounts } from './test-summary.ts'

/**
 * Reads the JUnit XML that test tools write (Maven Surefire, Gradle, pytest, jest-junit,
 * Vitest, go-junit-report, PHPUnit) into counts and failed tests. Pure: text in, data out.
 * This module is loaded only when `test-reports` is set, so the parser costs nothing otherwise.
 */

/** What one report holds. */
export interface ParsedReport {
  counts: TestCounts
  /** The first MAX_LISTED_TESTS failed tests, in document order. */
  failures: FailedTest[]
  /** Failed tests beyond those. */
  moreFailures: number
}

/** Why a file is not a report, in every language (see language.ts): each completes "<file> …" (in Korean, "<file>은(는) …"). */
const WORDS = defineWords('test-reports', {
  empty: { en: 'is empty', ko: '비어 있습니다' },
  binary: { en: 'is not text (it looks binary)', ko: '텍스트가 아닙니다(바이너리 파일로 보입니다)' },
  html: { en: 'is an HTML page, not a JUnit XML report', ko: 'JUnit XML 보고서가 아니라 HTML 페이지입니다' },
  cutOff: {
    en: 'ends before its elements are closed (was it cut off while the tests ran?)',
    ko: '요소가 닫히기 전에 끝납니다(테스트가 실행되는 동안 잘렸을 수 있습니다)'
  },
  notWellFormed: {
    en: (line: number, column: number, message: string) => `is not well-formed XML (line ${line}, column ${column}: ${message})`,
    ko: (line: number, column: number, message: string) => `올바른 형식의 XML이 아닙니다(${line}행 ${column}열: ${message})`
  },
  unreadable: { en: (message: string) => `could not be read as XML (${message})`, ko: (message: string) => `XML로 읽을 수 없습니다(${message})` },
  wrongRoot: {
    en: (root: string) => `is not a JUnit XML report: its root element is <${root}>, not <testsuites> or <testsuite>`,
    ko: (root: string) => `JUnit XML 보고서가 아닙니다: 루트 요소가 <testsuites>나 <testsuite>가 아니라 <${root}>입니다`
  },
  noElement: { en: 'holds no XML element', ko: 'XML 요소가 없습니다' }
})

/** Why a file is not a report that can be read; `reason` completes "<file> …". */
export class ReportProblem extends Error {
  /** In English. */
  readonly reason: string
  private readonly reasons: Readonly<Record<Language, string>>

  /** `say` picks and fills the reason from the texts of each language. */
  constructor(say: (words: (typeof WORDS)[Language]) => string) {
    const reasons = Object.fromEntries(LANGUAGES.map((language) => [language, say(WORDS[language])])) as Record<Language, string>
    super(reasons.en)
    this.reason = reasons.en
    this.reasons = reasons
    this.name = 'ReportProblem'
  }

  /** The reason in `language`. */
  reasonIn(language: Language): string {
    return this.reasons[language]
  }
}

/** The largest report read, in bytes; a bigger file is left out with a warning. */
export const MAX_REPORT_BYTES = 10 * 1024 * 1024

type XmlNode = Record<string, unknown>

// Elements that may repeat: with one child the parser would give an object, with two an array.
const REPEATED = new Set([
  'testsuites',
  'testsuite',
  'testcase',
  'failure',
  'error',
  'skipped',
  'system-out',
  'system-err',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'properties',
  'property'
])

const parser = new XMLParser({
  ignoreAttributes: false,
  // A prefix keeps attributes apart from child elements of the same name.
  attributeNamePrefix: '@_',
  // Names such as "1.0" or "007" stay text, and stack traces keep their indentation.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  alwaysCreateTextNode: true,
  // Numeric references (&#10;, &#xA;, &#34;) are decoded only with this; go-junit-report v1 and
  // pytest's messages use them.
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
  // No test tool declares entities. One that does is bounded: a few short ones, and at most
  // 10 000 characters gained by expanding them all (an entity bomb stops there). The count
  // includes every reference (&lt; too), so it is bounded by the size of the file instead.
  processEntities: {
    enabled: true,
    maxEntitySize: 1000,
    maxEntityCount: 10,
    maxExpansionDepth: 2,
    maxExpandedLength: 10_000,
    maxTotalExpansions: MAX_REPORT_BYTES
  },
  // PHPUnit nests suites six deep; nothing real comes near this.
  maxNestedTags: 64,
  isArray: (name) => REPEATED.has(name)
})

const children = (node: XmlNode, name: string): XmlNode[] => (Array.isArray(node[name]) ? (node[name] as XmlNode[]) : [])
const attribute = (node: XmlNode, name: string): string => {
  const value = node[`@_${name}`]
  return typeof value === 'string' ? value : ''
}
const textOf = (node: XmlNode): string => (typeof node['#text'] === 'string' ? node['#text'] : '')
const count = (node: XmlNode, name: string): number => {
  const value = Number(attribute(node, name))
  return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0
}

/** go-junit-report's fixed messages: they say nothing the element's text does not. */
const PLACEHOLDER_MESSAGES = new Set(['Failed', 'Skipped', 'Build error', 'Runtime error'])

/** The lines of a text, without blank lines at its edges. */
function lines(text: string): string[] {
  const all = text.split(/\r\n|\r|\n/)
  const first = all.findIndex((line) => line.trim())
  if (first === -1) return []
  return all.slice(first, all.findLastIndex((line) => line.trim()) + 1)
}

/** Non-blank lines with their common indentation removed, cleaned and cut to `max`. */
function detailLines(raw: string[], max: number, fromEnd = false): string[] {
  const kept = raw.map((line) => line.replace(/\t/g, '  ')).filter((line) => line.trim())
  const chosen = fromEnd ? kept.slice(-max) : kept.slice(0, max)
  const indent = Math.min(...chosen.map((line) => /^ */.exec(line)![0].length))
  return chosen.map((line) => cleanReportLine(line.slice(indent)))
}

interface Dialect {
  /** pytest puts the failing line, the assertion and the location last; the other tools put the cause first. */
  tailFirst: boolean
}

/** How much of a failure's text is looked at, from its start (or its end, for pytest): a few lines are shown. */
const TEXT_LOOKED_AT = 64 * 1024

function head(text: string): string[] {
  if (text.length <= TEXT_LOOKED_AT) return lines(text)
  const start = Math.max(text.search(/\S/), 0)
  return lines(text.slice(start, start + TEXT_LOOKED_AT))
}

/** The message and details of a `<failure>` or `<error>`, as a reader wants them. */
function describeFault(fault: XmlNode, testcase: XmlNode, dialect: Dialect): Pick<FailedTest, 'message' | 'details'> {
  const full = textOf(fault)
  const text = head(full)
  let message = lines(attribute(fault, 'message'))[0]?.trim() ?? ''
  if (PLACEHOLDER_MESSAGES.has(message) && text.length) message = ''
  // PHPUnit starts the text with "Class::method"; the description follows.
  const className = attribute(testcase, 'class')
  const dropFirst = () => {
    text.shift()
    while (text.length && !text[0].trim()) text.shift()
  }
  if (className && text[0]?.trim().startsWith(`${className}::`)) dropFirst()
  // jest heads the text with "● title", which the list shows already.
  if (text[0]?.trim().startsWith('●')) dropFirst()
  const first = text[0]?.trim() ?? ''
  if (!message) {
    // jest-junit and PHPUnit give no message attribute: the text's first line is the message.
    message = first
    dropFirst()
  } else if (first && first.endsWith(message)) {
    // "Type: message" (Surefire, Gradle, Vitest) says more than the message alone.
    message = first
    dropFirst()
  }
  const rest = dialect.tailFirst && full.length > TEXT_LOOKED_AT ? lines(full.slice(-TEXT_LOOKED_AT)) : text
  let details = detailLines(rest, MAX_DETAIL_LINES, dialect.tailFirst)
  if (!details.length) {
    // No stack trace (go-junit-report often has none): what the test printed may tell why.
    const output = [...children(testcase, 'system-out'), ...children(testcase, 'system-err')].flatMap((node) => head(textOf(node)))
    details = detailLines(output, MAX_DETAIL_LINES)
  }
  return { message: cleanReportLine(message.trim()), details }
}

type Outcome = 'passed' | 'failed' | 'errored' | 'skipped'

interface Collected {
  counts: TestCounts
  failures: FailedTest[]
  moreFailures: number
  /** Outcome of each test seen, by suite, class and name: a test written twice is counted once. */
  seen: Map<string, Outcome>
}

function outcomeOf(testcase: XmlNode): Outcome {
  // flakyFailure and flakyError alone mean the test passed on a rerun; rerunFailure and
  // rerunError only accompany a failure or error already there.
  if (children(testcase, 'failure').length) return 'failed'
  if (children(testcase, 'error').length) return 'errored'
  if (children(testcase, 'skipped').length) return 'skipped'
  if (['skipped', 'disabled', 'ignored'].includes(attribute(testcase, 'status').toLowerCase())) return 'skipped'
  return 'passed'
}

function addTestcase(collected: Collected, testcase: XmlNode, suiteName: string, dialect: Dialect): void {
  const name = attribute(testcase, 'name')
  const className = attribute(testcase, 'class') || attribute(testcase, 'classname')
  // jest-junit repeats the name as class name; the suite (the describe block or file) says more.
  const suite = className && className !== name ? className : suiteName
  const outcome = outcomeOf(testcase)
  const key = `${suiteName}\u0000${className}\u0000${name}`
  const before = collected.seen.get(key)
  if (before !== undefined) {
    // pytest writes a test that failed and then errored in teardown twice; a retried test may
    // appear once per attempt. It is one test: failed if any copy failed.
    const beforeFailed = before === 'failed' || before === 'errored'
    if (beforeFailed || outcome === 'passed' || outcome === 'skipped') return
    if (before === 'skipped') collected.counts.skipped -= 1
    collected.counts.tests -= 1
  }
  collected.seen.set(key, outcome)
  collected.counts.tests += 1
  if (outcome === 'passed') return
  if (outcome === 'skipped') {
    collected.counts.skipped += 1
    return
  }
  collected.counts[outcome] += 1
  if (collected.failures.length >= MAX_LISTED_TESTS) {
    collected.moreFailures += 1
    return
  }
  const fault = children(testcase, outcome === 'failed' ? 'failure' : 'error')[0]
  collected.failures.push({
    suite: cleanReportLine(suite),
    name: cleanReportLine(name),
    errored: outcome === 'errored',
    ...describeFault(fault, testcase, dialect)
  })
}

function walkSuite(collected: Collected, suite: XmlNode, dialect: Dialect): void {
  const name = attribute(suite, 'name')
  const testcases = children(suite, 'testcase')
  const nested = [...children(suite, 'testsuite'), ...children(suite, 'testsuites')]
  for (const testcase of testcases) addTestcase(collected, testcase, name, dialect)
  for (const child of nested) walkSuite(collected, child, dialect)
  if (!testcases.length && !nested.length) {
    // A suite with no testcases still counts what it declares: PHPUnit 10 writes a class
    // skipped in setUpBeforeClass as an empty suite with tests="1" skipped="1".
    collected.counts.tests += count(suite, 'tests')
    collected.counts.failed += count(suite, 'failures')
    collected.counts.errored += count(suite, 'errors')
    collected.counts.skipped += count(suite, 'skipped')
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text)
}

/**
 * Reads one JUnit XML report. Counts each testcase once, wherever it is nested (PHPUnit's
 * suites carry the totals of their descendants, so adding up suites would count twice).
 * Throws ReportProblem when the text is not a JUnit report.
 */
export function parseJUnitReport(xml: string): ParsedReport {
  const text = xml.replace(/^\uFEFF/, '')
  if (!text.trim()) throw new ReportProblem((words) => words.empty)
  if (text.includes('\u0000')) throw new ReportProblem((words) => words.binary)
  const valid = XMLValidator.validate(text)
  if (valid !== true) {
    if (looksLikeHtml(text)) throw new ReportProblem((words) => words.html)
    const { code, line, col, msg } = valid.err
    // The validator lists the elements left open; a report cut off mid-write ends that way.
    if (code === 'InvalidXml' && msg.startsWith("Invalid '[")) throw new ReportProblem((words) => words.cutOff)
    const said = cleanReportLine(msg.replace(/\.$/, ''))
    throw new ReportProblem((words) => words.notWellFormed(line, col, said))
  }
  let document: XmlNode
  try {
    document = parser.parse(text) as XmlNode
  } catch (error) {
    const said = cleanReportLine((error as Error).message)
    throw new ReportProblem((words) => words.unreadable(said))
  }
  const root = Object.keys(document).find((key) => !key.startsWith('#') && !key.startsWith('?'))
  if (root !== 'testsuites' && root !== 'testsuite') {
    if (root?.toLowerCase() === 'html') throw new ReportProblem((words) => words.html)
    throw new ReportProblem((words) => (root ? words.wrongRoot(cleanReportLine(root)) : words.noElement))
  }
  const suites = children(document, root)
  const dialect: Dialect = { tailFirst: suites.some((suite) => isPytest(suite)) }
  const collected: Collected = { counts: { tests: 0, failed: 0, errored: 0, skipped: 0 }, failures: [], moreFailures: 0, seen: new Map() }
  for (const suite of suites) {
    if (root === 'testsuite') walkSuite(collected, suite, dialect)
    else {
      for (const child of children(suite, 'testsuite')) walkSuite(collected, child, dialect)
      for (const testcase of children(suite, 'testcase')) addTestcase(collected, testcase, '', dialect)
    }
  }
  return { counts: collected.counts, failures: collected.failures, moreFailures: collected.moreFailures }
}

/** pytest names its one suite "pytest" (and its root "pytest tests" since 8.4). */
function isPytest(node: XmlNode): boolean {
  return attribute(node, 'name') === 'pytest' || children(node, 'testsuite').some((suite) => attribute(suite, 'name') === 'pytest')
}
