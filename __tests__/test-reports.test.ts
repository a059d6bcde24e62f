import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseJUnitReport, ReportProblem } from '../src/test-reports.ts'
import { addReport, cleanReportLine, countsPhrase, EMPTY_SUMMARY, MAX_LISTED_TESTS, MAX_REPORT_LINE } from '../src/test-summary.ts'

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', 'junit', name), 'utf8')
const parse = (name: string) => parseJUnitReport(fixture(name))
/** The failures as "suite › name: message", the way a reader scans them. */
const titles = (name: string) => parse(name).failures.map((test) => `${test.suite} › ${test.name}${test.errored ? ' (error)' : ''}: ${test.message}`)

function problemOf(xml: string): string {
  try {
    parseJUnitReport(xml)
  } catch (error) {
    expect(error).toBeInstanceOf(ReportProblem)
    return (error as ReportProblem).reason
  }
  throw new Error('parsed without a problem')
}

describe('JUnit reports, one dialect at a time (fixtures written as each tool writes them)', () => {
  it('Maven Surefire: the type joins the message, a test that passed on a rerun counts as passed, reruns do not count twice', () => {
    const report = parse('surefire.xml')
    expect(report.counts).toEqual({ tests: 5, failed: 1, errored: 1, skipped: 1 })
    expect(titles('surefire.xml')).toEqual([
      'com.acme.billing.InvoiceServiceTest › appliesEarlyPaymentDiscount: org.opentest4j.AssertionFailedError: expected: <95.00> but was: <100.00>',
      'com.acme.billing.InvoiceServiceTest › rejectsMissingCustomer (error): java.lang.NullPointerException: Cannot invoke "com.acme.billing.Customer.id()" because "order.customer" is null'
    ])
    expect(report.failures[0].details).toEqual([
      'at org.junit.jupiter.api.AssertionFailureBuilder.build(AssertionFailureBuilder.java:151)',
      'at org.junit.jupiter.api.AssertEquals.assertEquals(AssertEquals.java:182)',
      'at com.acme.billing.InvoiceServiceTest.appliesEarlyPaymentDiscount(InvoiceServiceTest.java:47)'
    ])
  })

  it('Gradle: escaped stack traces, the message already holding the type, a skip with a stack', () => {
    const report = parse('gradle.xml')
    expect(report.counts).toEqual({ tests: 6, failed: 2, errored: 0, skipped: 2 })
    expect(titles('gradle.xml')[0]).toBe(
      'com.acme.billing.InvoiceServiceTest › appliesEarlyPaymentDiscount(): org.opentest4j.AssertionFailedError: expected: <95.00> but was: <100.00>'
    )
    expect(report.failures[1].details).toEqual([
      'at app//com.acme.billing.InvoiceService.create(InvoiceService.java:58)',
      'at app//com.acme.billing.InvoiceServiceTest.rejectsMissingCustomer(InvoiceServiceTest.java:63)'
    ])
  })

  it.each(['pytest-xunit1.xml', 'pytest-xunit2.xml'])(
    '%s: a failure then a teardown error of one test counts once; the details are the end of the traceback',
    (name) => {
      const report = parse(name)
      // 9 testcase elements, 8 tests: test_cart_starts_empty is written twice.
      expect(report.counts).toEqual({ tests: 8, failed: 3, errored: 1, skipped: 2 })
      expect(titles(name)).toEqual([
        'tests.test_checkout › test_total_with_expired_code: AssertionError: assert 100 == 90',
        'tests.test_checkout › test_refund_goes_to_card (error): failed on setup with "ConnectionError: sandbox gateway unreachable at 127.0.0.1:9"',
        'tests.test_checkout › test_quantity_positive[0]: AssertionError: quantity must be positive',
        'tests.test_checkout › test_cart_starts_empty: assert [] == [None]'
      ])
      expect(report.failures[0].details.slice(-3)).toEqual([
        'E       AssertionError: assert 100 == 90',
        "E        +  where 100 = apply_discount(100, 'OLD10')",
        'tests/test_checkout.py:24: AssertionError'
      ])
    }
  )

  it('jest-junit: no message attribute (the first line is the message), a suite that failed to run written twice', () => {
    const report = parse('jest-junit.xml')
    expect(report.counts).toEqual({ tests: 6, failed: 2, errored: 1, skipped: 1 })
    expect(titles('jest-junit.xml')).toEqual([
      'cart › cart addItem keeps quantity: Error: expect(received).toBe(expected) // Object.is equality',
      'cart › cart addItem rejects items without sku: TypeError: item.sku is required',
      "Test suite failed to run › src/__tests__/checkout.test.js (error): Cannot find module '../checkout' from 'src/__tests__/checkout.test.js'"
    ])
    expect(report.failures[0].details.slice(0, 3)).toEqual([
      'Expected: 3',
      'Received: 2',
      '    at Object.toBe (/home/runner/work/cart-web/cart-web/src/__tests__/cart.test.js:10:74)'
    ])
  })

  it('Vitest: text that starts on a new line and a diff; a failing hook is a test of its own', () => {
    const report = parse('vitest.xml')
    expect(report.counts).toEqual({ tests: 7, failed: 3, errored: 0, skipped: 3 })
    expect(titles('vitest.xml')).toEqual([
      'src/currency.test.js › currency rates: Error: rates fixture missing: fixtures/eur.json',
      'src/price.test.js › priceWithVat > rounds to cents: AssertionError: expected 21.39 to be 21.38 // Object.is equality',
      'src/price.test.js › priceWithVat > rejects negative rates: RangeError: negative VAT rate: -0.1'
    ])
    expect(report.failures[1].details).toEqual(['- Expected', '+ Received', '- 21.38', '+ 21.39', ' ❯ src/price.test.js:11:39'])
  })

  it('go-junit-report v1: numeric character references decoded, the fixed "Failed" message replaced by the output', () => {
    const report = parse('go-junit-report-v1.xml')
    expect(report.counts).toEqual({ tests: 8, failed: 5, errored: 0, skipped: 1 })
    const discount = report.failures.find((test) => test.name === 'TestTotal/with_discount')!
    expect(discount.message).toBe('cart_test.go:41: Total() = 100.00, want 95.00')
    expect(discount.details).toEqual(['cart_test.go:42: discount code "SAVE5" was ignored'])
    const panic = report.failures.find((test) => test.name === 'Failure')!
    expect(panic.message).toBe('panic: template: invoice.tmpl:4: unexpected "}" in operand')
    expect(panic.details).toEqual([
      'goroutine 1 [running]:',
      'github.com/acme/shop/invoice.TestMain(...)',
      '  /home/runner/work/shop/shop/invoice/main_test.go:11'
    ])
  })

  it('go-junit-report v2: build errors and panics are errors, with the compiler output as message', () => {
    const report = parse('go-junit-report-v2.xml')
    expect(report.counts).toEqual({ tests: 9, failed: 3, errored: 2, skipped: 1 })
    expect(titles('go-junit-report-v2.xml').slice(3)).toEqual([
      'github.com/acme/shop/payment › [build failed] (error): payment/refund_test.go:23:9: undefined: issueRefund',
      'github.com/acme/shop/invoice › Failure (error): panic: template: invoice.tmpl:4: unexpected "}" in operand'
    ])
  })

  it.each(['phpunit.xml', 'phpunit9.xml'])('%s: nested suites counted once, the "Class::method" line skipped, a skipped class without testcases', (name) => {
    const report = parse(name)
    // PHPUnit 10 writes the class skipped in setUpBeforeClass as an empty suite (tests="1" skipped="1").
    expect(report.counts).toEqual({ tests: name === 'phpunit.xml' ? 7 : 6, failed: 1, errored: 1, skipped: 3 })
    expect(titles(name).sort()).toEqual([
      'App\\Tests\\Invoice\\InvoiceTotalTest › testRejectsUnknownCurrency (error): DomainException: No rate for currency XYZ',
      'App\\Tests\\Invoice\\InvoiceTotalTest › testSumsLines with data set "two lines": Failed asserting that 15.5 is identical to 16.0.'
    ])
    expect(report.failures.find((test) => test.errored)!.details).toEqual(['/home/runner/work/invoicing/invoicing/tests/Invoice/InvoiceTotalTest.php:23'])
  })
})

describe('what is not a JUnit report', () => {
  it.each([
    ['plain text', 'PASS 12 tests', /^is not well-formed XML \(line 1, column 1: /],
    ['JSON', '{"tests": 3}', /^is not well-formed XML/],
    ['an HTML page', '<!DOCTYPE html><html><body><p>502 Bad Gateway<br></body></html>', /^is an HTML page, not a JUnit XML report$/],
    ['XHTML', '<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>', /^is an HTML page/],
    ['a pom.xml', '<?xml version="1.0"?><project><modelVersion>4.0.0</modelVersion></project>', /^is not a JUnit XML report: its root element is <project>/],
    ['a report cut off while written', '<testsuite name="a"><testcase name="b"><failure>boom', /^ends before its elements are closed/],
    ['an empty file', '  \n', /^is empty$/],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', /^is not text/]
  ])('%s is named for what it is', (_case, xml, reason) => {
    expect(problemOf(xml)).toMatch(reason)
  })

  it('an entity bomb stops at the expansion limit, quickly, instead of filling memory', () => {
    const bomb = `<!DOCTYPE x [<!ENTITY a "${'a'.repeat(900)}">]><testsuite><testcase name="x"><failure>${'&a;'.repeat(100_000)}</failure></testcase></testsuite>`
    expect(problemOf(bomb)).toMatch(/^could not be read as XML \(.*Expanded content length limit exceeded/)
    const nested =
      '<!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>' +
      '<testsuite><testcase name="&c;"><failure message="&c;&c;&c;">&c;</failure></testcase></testsuite>'
    // Entities that refer to entities are not expanded at all.
    expect(parseJUnitReport(nested).failures[0].message.length).toBeLessThan(20)
    const many = `<!DOCTYPE x [${Array.from({ length: 20 }, (_, i) => `<!ENTITY e${i} "v">`).join('')}]><testsuite/>`
    expect(problemOf(many)).toMatch(/Entity count/)
  })

  it('an external entity is never read', () => {
    expect(problemOf('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><testsuite><testcase name="&e;"/></testsuite>')).toMatch(/External entities/)
  })

  it('a long line, many blank lines or many references are read in bounded time and cut for the message', () => {
    const long = parseJUnitReport(`<testsuite><testcase name="t"><failure>${'x'.repeat(300_000)}\n${'\n'.repeat(300_000)}at y</failure></testcase></testsuite>`)
    expect(long.failures[0].message).toHaveLength(MAX_REPORT_LINE)
    expect(long.failures[0].message.endsWith('…')).toBe(true)
    const refs = parseJUnitReport(`<testsuite><testcase name="t"><failure message="m">${'&#10;'.repeat(300_000)}at z</failure></testcase></testsuite>`)
    expect(refs.failures[0].details).toEqual(['at z'])
  })
})

describe('untrusted text from a report', () => {
  it('keeps markup as text and drops control characters and terminal colours', () => {
    const report = parseJUnitReport(
      '<testsuite name="s"><testcase classname="&lt;b&gt;C" name="t \u001b[31mred\u001b[0m"><failure message="&lt;script&gt;alert(1)&lt;/script&gt;&#13;Subject: x">at a&#7;b\u0007c</failure></testcase></testsuite>'
    )
    expect(report.failures[0]).toEqual({ suite: '<b>C', name: 't red', errored: false, message: '<script>alert(1)</script>', details: ['at abc'] })
  })

  it('cleans a line: no control characters, tabs as spaces, cut with an ellipsis', () => {
    expect(cleanReportLine('a\tb\u0000c\u001b[1md\u2028e ')).toBe('a  bcde')
    expect(cleanReportLine('y'.repeat(500))).toBe(`${'y'.repeat(MAX_REPORT_LINE - 1)}…`)
  })
})

describe('several reports', () => {
  it('adds the counts and lists at most 10 failed tests in all, counting the rest', () => {
    const failing = (n: number) =>
      `<testsuite>${Array.from({ length: n }, (_, i) => `<testcase classname="C" name="t${i}"><failure message="m${i}"/></testcase>`).join('')}</testsuite>`
    let summary = addReport(EMPTY_SUMMARY, parseJUnitReport(failing(7)))
    summary = addReport(summary, parseJUnitReport(failing(15)))
    expect(summary.reports).toBe(2)
    expect(summary.counts).toEqual({ tests: 22, failed: 22, errored: 0, skipped: 0 })
    expect(summary.failures).toHaveLength(MAX_LISTED_TESTS)
    expect(summary.failures.map((test) => test.message)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm0', 'm1', 'm2'])
    expect(summary.moreFailures).toBe(12)
  })

  it('says the counts in words, leaving out what is zero', () => {
    expect(countsPhrase({ tests: 120, failed: 3, errored: 1, skipped: 2 }, 'en')).toBe('120 tests: 114 passed, 3 failed, 1 errored, 2 skipped')
    expect(countsPhrase({ tests: 1, failed: 0, errored: 0, skipped: 0 }, 'en')).toBe('1 test: 1 passed')
  })
})
