export const id = 467;
export const ids = [467];
export const modules = {

/***/ 9467:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readTestReports: () => (/* binding */ readTestReports)
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/file-policy.ts
var file_policy = __webpack_require__(1428);
// EXTERNAL MODULE: ./src/files.ts
var files = __webpack_require__(9148);
// EXTERNAL MODULE: ./src/language.ts
var src_language = __webpack_require__(2497);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/xmlparser/XMLParser.js + 26 modules
var XMLParser = __webpack_require__(9658);
// EXTERNAL MODULE: ./node_modules/fast-xml-parser/src/fxp.js
var fxp = __webpack_require__(5824);
// EXTERNAL MODULE: ./src/test-summary.ts
var test_summary = __webpack_require__(7490);
;// CONCATENATED MODULE: ./src/test-reports.ts



/** Why a file is not a report, in every language (see language.ts): each completes "<file> \u2026" (in Korean, "<file>\uc740(\ub294) \u2026"). */
const WORDS = (0,src_language/* defineWords */.Pw)('test-reports', {
    empty: { en: 'is empty', ko: '\ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4' },
    binary: { en: 'is not text (it looks binary)', ko: '\ud14d\uc2a4\ud2b8\uac00 \uc544\ub2d9\ub2c8\ub2e4(\ubc14\uc774\ub108\ub9ac \ud30c\uc77c\ub85c \ubcf4\uc785\ub2c8\ub2e4)' },
    html: { en: 'is an HTML page, not a JUnit XML report', ko: 'JUnit XML \ubcf4\uace0\uc11c\uac00 \uc544\ub2c8\ub77c HTML \ud398\uc774\uc9c0\uc785\ub2c8\ub2e4' },
    cutOff: {
        en: 'ends before its elements are closed (was it cut off while the tests ran?)',
        ko: '\uc694\uc18c\uac00 \ub2eb\ud788\uae30 \uc804\uc5d0 \ub05d\ub0a9\ub2c8\ub2e4(\ud14c\uc2a4\ud2b8\uac00 \uc2e4\ud589\ub418\ub294 \ub3d9\uc548 \uc798\ub838\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4)'
    },
    notWellFormed: {
        en: (line, column, message) => `is not well-formed XML (line ${line}, column ${column}: ${message})`,
        ko: (line, column, message) => `\uc62c\ubc14\ub978 \ud615\uc2dd\uc758 XML\uc774 \uc544\ub2d9\ub2c8\ub2e4(${line}\ud589 ${column}\uc5f4: ${message})`
    },
    unreadable: { en: (message) => `could not be read as XML (${message})`, ko: (message) => `XML\ub85c \uc77d\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4(${message})` },
    wrongRoot: {
        en: (root) => `is not a JUnit XML report: its root element is <${root}>, not <testsuites> or <testsuite>`,
        ko: (root) => `JUnit XML \ubcf4\uace0\uc11c\uac00 \uc544\ub2d9\ub2c8\ub2e4: \ub8e8\ud2b8 \uc694\uc18c\uac00 <testsuites>\ub098 <testsuite>\uac00 \uc544\ub2c8\ub77c <${root}>\uc785\ub2c8\ub2e4`
    },
    noElement: { en: 'holds no XML element', ko: 'XML \uc694\uc18c\uac00 \uc5c6\uc2b5\ub2c8\ub2e4' }
});
/** Why a file is not a report that can be read; `reason` completes "<file> \u2026". */
class ReportProblem extends Error {
    /** In English. */
    reason;
    reasons;
    /** `say` picks and fills the reason from the texts of each language. */
    constructor(say) {
        const reasons = Object.fromEntries(src_language/* LANGUAGES */.Yj.map((language) => [language, say(WORDS[language])]));
        super(reasons.en);
        this.reason = reasons.en;
        this.reasons = reasons;
        this.name = 'ReportProblem';
    }
    /** The reason in `language`. */
    reasonIn(language) {
        return this.reasons[language];
    }
}
/** The largest report read, in bytes; a bigger file is left out with a warning. */
const MAX_REPORT_BYTES = 10 * 1024 * 1024;
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
]);
const parser = new XMLParser/* default */.A({
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
});
const children = (node, name) => (Array.isArray(node[name]) ? node[name] : []);
const attribute = (node, name) => {
    const value = node[`@_${name}`];
    return typeof value === 'string' ? value : '';
};
const textOf = (node) => (typeof node['#text'] === 'string' ? node['#text'] : '');
const count = (node, name) => {
    const value = Number(attribute(node, name));
    return Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
};
/** go-junit-report's fixed messages: they say nothing the element's text does not. */
const PLACEHOLDER_MESSAGES = new Set(['Failed', 'Skipped', 'Build error', 'Runtime error']);
/** The lines of a text, without blank lines at its edges. */
function lines(text) {
    const all = text.split(/\r\n|\r|\n/);
    const first = all.findIndex((line) => line.trim());
    if (first === -1)
        return [];
    return all.slice(first, all.findLastIndex((line) => line.trim()) + 1);
}
/** Non-blank lines with their common indentation removed, cleaned and cut to `max`. */
function detailLines(raw, max, fromEnd = false) {
    const kept = raw.map((line) => line.replace(/\t/g, '  ')).filter((line) => line.trim());
    const chosen = fromEnd ? kept.slice(-max) : kept.slice(0, max);
    const indent = Math.min(...chosen.map((line) => /^ */.exec(line)[0].length));
    return chosen.map((line) => (0,test_summary/* cleanReportLine */.Qy)(line.slice(indent)));
}
/** How much of a failure's text is looked at, from its start (or its end, for pytest): a few lines are shown. */
const TEXT_LOOKED_AT = 64 * 1024;
function head(text) {
    if (text.length <= TEXT_LOOKED_AT)
        return lines(text);
    const start = Math.max(text.search(/\S/), 0);
    return lines(text.slice(start, start + TEXT_LOOKED_AT));
}
/** The message and details of a `<failure>` or `<error>`, as a reader wants them. */
function describeFault(fault, testcase, dialect) {
    const full = textOf(fault);
    const text = head(full);
    let message = lines(attribute(fault, 'message'))[0]?.trim() ?? '';
    if (PLACEHOLDER_MESSAGES.has(message) && text.length)
        message = '';
    // PHPUnit starts the text with "Class::method"; the description follows.
    const className = attribute(testcase, 'class');
    const dropFirst = () => {
        text.shift();
        while (text.length && !text[0].trim())
            text.shift();
    };
    if (className && text[0]?.trim().startsWith(`${className}::`))
        dropFirst();
    // jest heads the text with "\u25cf title", which the list shows already.
    if (text[0]?.trim().startsWith('\u25cf'))
        dropFirst();
    const first = text[0]?.trim() ?? '';
    if (!message) {
        // jest-junit and PHPUnit give no message attribute: the text's first line is the message.
        message = first;
        dropFirst();
    }
    else if (first && first.endsWith(message)) {
        // "Type: message" (Surefire, Gradle, Vitest) says more than the message alone.
        message = first;
        dropFirst();
    }
    const rest = dialect.tailFirst && full.length > TEXT_LOOKED_AT ? lines(full.slice(-TEXT_LOOKED_AT)) : text;
    let details = detailLines(rest, test_summary/* MAX_DETAIL_LINES */.nW, dialect.tailFirst);
    if (!details.length) {
        // No stack trace (go-junit-report often has none): what the test printed may tell why.
        const output = [...children(testcase, 'system-out'), ...children(testcase, 'system-err')].flatMap((node) => head(textOf(node)));
        details = detailLines(output, test_summary/* MAX_DETAIL_LINES */.nW);
    }
    return { message: (0,test_summary/* cleanReportLine */.Qy)(message.trim()), details };
}
function outcomeOf(testcase) {
    // flakyFailure and flakyError alone mean the test passed on a rerun; rerunFailure and
    // rerunError only accompany a failure or error already there.
    if (children(testcase, 'failure').length)
        return 'failed';
    if (children(testcase, 'error').length)
        return 'errored';
    if (children(testcase, 'skipped').length)
        return 'skipped';
    if (['skipped', 'disabled', 'ignored'].includes(attribute(testcase, 'status').toLowerCase()))
        return 'skipped';
    return 'passed';
}
function addTestcase(collected, testcase, suiteName, dialect) {
    const name = attribute(testcase, 'name');
    const className = attribute(testcase, 'class') || attribute(testcase, 'classname');
    // jest-junit repeats the name as class name; the suite (the describe block or file) says more.
    const suite = className && className !== name ? className : suiteName;
    const outcome = outcomeOf(testcase);
    const key = `${suiteName}\u0000${className}\u0000${name}`;
    const before = collected.seen.get(key);
    if (before !== undefined) {
        // pytest writes a test that failed and then errored in teardown twice; a retried test may
        // appear once per attempt. It is one test: failed if any copy failed.
        const beforeFailed = before === 'failed' || before === 'errored';
        if (beforeFailed || outcome === 'passed' || outcome === 'skipped')
            return;
        if (before === 'skipped')
            collected.counts.skipped -= 1;
        collected.counts.tests -= 1;
    }
    collected.seen.set(key, outcome);
    collected.counts.tests += 1;
    if (outcome === 'passed')
        return;
    if (outcome === 'skipped') {
        collected.counts.skipped += 1;
        return;
    }
    collected.counts[outcome] += 1;
    if (collected.failures.length >= test_summary/* MAX_LISTED_TESTS */.F4) {
        collected.moreFailures += 1;
        return;
    }
    const fault = children(testcase, outcome === 'failed' ? 'failure' : 'error')[0];
    collected.failures.push({
        suite: (0,test_summary/* cleanReportLine */.Qy)(suite),
        name: (0,test_summary/* cleanReportLine */.Qy)(name),
        errored: outcome === 'errored',
        ...describeFault(fault, testcase, dialect)
    });
}
function walkSuite(collected, suite, dialect) {
    const name = attribute(suite, 'name');
    const testcases = children(suite, 'testcase');
    const nested = [...children(suite, 'testsuite'), ...children(suite, 'testsuites')];
    for (const testcase of testcases)
        addTestcase(collected, testcase, name, dialect);
    for (const child of nested)
        walkSuite(collected, child, dialect);
    if (!testcases.length && !nested.length) {
        // A suite with no testcases still counts what it declares: PHPUnit 10 writes a class
        // skipped in setUpBeforeClass as an empty suite with tests="1" skipped="1".
        collected.counts.tests += count(suite, 'tests');
        collected.counts.failed += count(suite, 'failures');
        collected.counts.errored += count(suite, 'errors');
        collected.counts.skipped += count(suite, 'skipped');
    }
}
function looksLikeHtml(text) {
    return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text);
}
/**
 * Reads one JUnit XML report. Counts each testcase once, wherever it is nested (PHPUnit's
 * suites carry the totals of their descendants, so adding up suites would count twice).
 * Throws ReportProblem when the text is not a JUnit report.
 */
function parseJUnitReport(xml) {
    const text = xml.replace(/^\uFEFF/, '');
    if (!text.trim())
        throw new ReportProblem((words) => words.empty);
    if (text.includes('\u0000'))
        throw new ReportProblem((words) => words.binary);
    const valid = fxp/* XMLValidator */.iI.validate(text);
    if (valid !== true) {
        if (looksLikeHtml(text))
            throw new ReportProblem((words) => words.html);
        const { code, line, col, msg } = valid.err;
        // The validator lists the elements left open; a report cut off mid-write ends that way.
        if (code === 'InvalidXml' && msg.startsWith("Invalid '["))
            throw new ReportProblem((words) => words.cutOff);
        const said = (0,test_summary/* cleanReportLine */.Qy)(msg.replace(/\.$/, ''));
        throw new ReportProblem((words) => words.notWellFormed(line, col, said));
    }
    let document;
    try {
        document = parser.parse(text);
    }
    catch (error) {
        const said = (0,test_summary/* cleanReportLine */.Qy)(error.message);
        throw new ReportProblem((words) => words.unreadable(said));
    }
    const root = Object.keys(document).find((key) => !key.startsWith('#') && !key.startsWith('?'));
    if (root !== 'testsuites' && root !== 'testsuite') {
        if (root?.toLowerCase() === 'html')
            throw new ReportProblem((words) => words.html);
        throw new ReportProblem((words) => (root ? words.wrongRoot((0,test_summary/* cleanReportLine */.Qy)(root)) : words.noElement));
    }
    const suites = children(document, root);
    const dialect = { tailFirst: suites.some((suite) => isPytest(suite)) };
    const collected = { counts: { tests: 0, failed: 0, errored: 0, skipped: 0 }, failures: [], moreFailures: 0, seen: new Map() };
    for (const suite of suites) {
        if (root === 'testsuite')
            walkSuite(collected, suite, dialect);
        else {
            for (const child of children(suite, 'testsuite'))
                walkSuite(collected, child, dialect);
            for (const testcase of children(suite, 'testcase'))
                addTestcase(collected, testcase, '', dialect);
        }
    }
    return { counts: collected.counts, failures: collected.failures, moreFailures: collected.moreFailures };
}
/** pytest names its one suite "pytest" (and its root "pytest tests" since 8.4). */
function isPytest(node) {
    return attribute(node, 'name') === 'pytest' || children(node, 'testsuite').some((suite) => attribute(suite, 'name') === 'pytest');
}

;// CONCATENATED MODULE: ./src/report-files.ts






/**
 * Reads the reports named by `test-reports` with the file rules of `attachments`. Loaded only
 * when that input is set: it brings the XML parser.
 */
/** Bytes of reports read in all; parsing takes about a second per 10 MB, so this bounds the step's time. */
const MAX_TOTAL_REPORT_BYTES = 50 * 1024 * 1024;
/** Reports that could not be read are named one warning each up to this many; the rest are counted. */
const MAX_NAMED_PROBLEMS = 5;
const megabytes = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
/** The problems and warnings about `test-reports`, in every language (see language.ts). */
const report_files_WORDS = (0,src_language/* defineWords */.Pw)('report-files', {
    noFileMatches: {
        en: (pattern) => ({
            problem: `no file matches \`${pattern}\``,
            fix: 'Check the pattern against the workspace (paths are relative to it) and that the tests wrote their reports there (in a final job, download them first with actions/download-artifact), or set `if-no-files-found: warn` to send without them.'
        }),
        ko: (pattern) => ({
            problem: `\`${pattern}\`\uc5d0 \ub9de\ub294 \ud30c\uc77c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: '\ud328\ud134\uc744 \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4\uc640 \ub9de\ucdb0 \ubcf4\uace0(\uacbd\ub85c\ub294 \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4 \uae30\uc900\uc785\ub2c8\ub2e4) \ud14c\uc2a4\ud2b8\uac00 \ubcf4\uace0\uc11c\ub97c \uadf8\uacf3\uc5d0 \uc37c\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694(\ub9c8\uc9c0\ub9c9 \uc791\uc5c5(job)\uc5d0\uc11c\ub294 \uba3c\uc800 actions/download-artifact\ub85c \ub0b4\ub824\ubc1b\uc73c\uc138\uc694). \ubcf4\uace0\uc11c \uc5c6\uc774 \ubcf4\ub0b4\ub824\uba74 `if-no-files-found: warn`\uc73c\ub85c \uc124\uc815\ud558\uc138\uc694.'
        })
    },
    sendingWithout: {
        en: (pattern) => `No file matches \`${pattern}\` in \`test-reports\`; sending without it.`,
        ko: (pattern) => `\`test-reports\`\uc758 \`${pattern}\`\uc5d0 \ub9de\ub294 \ud30c\uc77c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4. \uadf8 \ud30c\uc77c \uc5c6\uc774 \ubcf4\ub0c5\ub2c8\ub2e4.`
    },
    tooLarge: {
        en: (shown, limit) => `${shown} is larger than ${limit}`,
        ko: (shown, limit) => `${shown}\uc758 \ud06c\uae30\uac00 ${limit}\ub97c \ub118\uc2b5\ub2c8\ub2e4`
    },
    unreadable: {
        en: (shown, why) => `${shown} could not be read (${why})`,
        ko: (shown, why) => `${shown} \ud30c\uc77c\uc744 \uc77d\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4(${why})`
    },
    /** A file that is not a report: "<file> is empty". */
    notReport: { en: (shown, reason) => `${shown} ${reason}`, ko: (shown, reason) => `${shown}\uc740(\ub294) ${reason}` },
    leftOut: {
        en: (problem) => `\`test-reports\`: ${problem}; left out of the message.`,
        ko: (problem) => `\`test-reports\`: ${problem}. \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4.`
    },
    moreLeftOut: {
        en: (count) => `\`test-reports\`: ${count} more files are not JUnit XML reports or could not be read; left out of the message. Narrow the patterns to the reports.`,
        ko: (count) => `\`test-reports\`: \uadf8 \ubc16\uc5d0 \ud30c\uc77c ${count}\uac1c\ub3c4 JUnit XML \ubcf4\uace0\uc11c\uac00 \uc544\ub2c8\uac70\ub098 \uc77d\uc744 \uc218 \uc5c6\uc5b4 \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4. \ud328\ud134\uc744 \ubcf4\uace0\uc11c\ub85c \uc881\ud788\uc138\uc694.`
    },
    overTotal: {
        en: (count, read, limit) => `\`test-reports\`: left ${count} report${count === 1 ? '' : 's'} out of the message: those read already total ${read}, and at most ${limit} are read. Narrow the patterns.`,
        ko: (count, read, limit) => `\`test-reports\`: \ubcf4\uace0\uc11c ${count}\uac1c\ub97c \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4. \uc774\ubbf8 \uc77d\uc740 \ubcf4\uace0\uc11c\uac00 \ubaa8\ub450 ${read}\uc774\uace0, \ucd5c\ub300 ${limit}\uae4c\uc9c0\ub9cc \uc77d\uc2b5\ub2c8\ub2e4. \ud328\ud134\uc744 \uc881\ud788\uc138\uc694.`
    }
});
/**
 * Finds, reads and parses the reports. A path the file rules refuse fails the step, as for
 * `attachments`; a pattern that matches nothing follows `if-no-files-found`; a file that is not
 * a JUnit report, or too large, is a warning naming it, and the message goes out without it.
 */
async function readTestReports(settings, env, mask = (text) => text) {
    const language = settings.language ?? src_language/* DEFAULT_LANGUAGE */.Nm;
    const words = report_files_WORDS[language];
    const warnings = [];
    const found = await (0,files.findAttachments)(settings.testReports, env, 'test-reports');
    for (const pattern of found.unmatched) {
        if (settings.ifNoFilesFound === 'error') {
            throw (0,errors/* inputErrorIn */.Az)('test-reports', report_files_WORDS, (words) => words.noFileMatches((0,file_policy/* printable */.g$)(pattern)));
        }
        if (settings.ifNoFilesFound === 'warn')
            warnings.push(words.sendingWithout((0,file_policy/* printable */.g$)(pattern)));
    }
    const { workspace } = await (0,files.filePlaces)(env);
    const problems = [];
    let summary = test_summary/* EMPTY_SUMMARY */.fB;
    let bytesRead = 0;
    let leftForTotal = 0;
    for (const file of found.files) {
        const shown = (0,file_policy/* shownPath */.pS)(file.path, workspace);
        if (file.size > MAX_REPORT_BYTES) {
            problems.push(words.tooLarge(shown, megabytes(MAX_REPORT_BYTES)));
            continue;
        }
        if (bytesRead + file.size > MAX_TOTAL_REPORT_BYTES) {
            leftForTotal += 1;
            continue;
        }
        let read;
        try {
            read = await (0,files.readCapped)(file, MAX_REPORT_BYTES, 'test-reports');
        }
        catch (error) {
            // A file swapped for a link or a pipe after it was checked is refused, as for `attachments`.
            if (error instanceof errors/* NotifyError */.UW)
                throw error;
            problems.push(words.unreadable(shown, error.message));
            continue;
        }
        bytesRead += read.content.length;
        if (read.over) {
            problems.push(words.tooLarge(shown, megabytes(MAX_REPORT_BYTES)));
            continue;
        }
        try {
            const report = parseJUnitReport(new TextDecoder().decode(read.content));
            // A test may print what it was given: the runner masks the logs, not the files a test writes.
            const failures = report.failures.map((test) => ({
                ...test,
                suite: mask(test.suite),
                name: mask(test.name),
                message: mask(test.message),
                details: test.details.map(mask)
            }));
            summary = (0,test_summary/* addReport */.ef)(summary, { ...report, failures });
        }
        catch (error) {
            if (!(error instanceof ReportProblem))
                throw error;
            problems.push(words.notReport(shown, error.reasonIn(language)));
        }
    }
    for (const problem of problems.slice(0, MAX_NAMED_PROBLEMS))
        warnings.push(words.leftOut(problem));
    if (problems.length > MAX_NAMED_PROBLEMS)
        warnings.push(words.moreLeftOut(problems.length - MAX_NAMED_PROBLEMS));
    if (leftForTotal)
        warnings.push(words.overTotal(leftForTotal, megabytes(bytesRead), megabytes(MAX_TOTAL_REPORT_BYTES)));
    return { summary: summary.reports ? summary : undefined, warnings };
}


/***/ })

};
