export const id = 133;
export const ids = [133];
export const modules = {

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRunReport: () => (/* binding */ fetchRunReport),
/* harmony export */   po: () => (/* reexport safe */ _api_access_js__WEBPACK_IMPORTED_MODULE_5__.p),
/* harmony export */   sp: () => (/* binding */ fetchRunHistory)
/* harmony export */ });
/* unused harmony exports MAX_LOGS, explainApiFailure, readExcerpt, UnexpectedAnswerError, describeBody */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9148);
/* harmony import */ var _jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5995);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8155);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2497);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5260);
/* harmony import */ var _api_access_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9734);





/** What could not be learnt from the API and why, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_4__/* .defineWords */ .Pw)('github-api', {
    timedOut: {
        en: (apiUrl, seconds) => `${apiUrl} did not answer within ${seconds} s (input \`timeout\`)`,
        ko: (apiUrl, seconds) => `${apiUrl} \uc11c\ubc84\uac00 ${seconds}\ucd08 \uc548\uc5d0 \uc751\ub2f5\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(\uc785\ub825 \`timeout\`)`
    },
    /** `expected` is one of `asked` (in Korean, with its particle). */
    unexpected: {
        en: (apiUrl, what, expected) => `${apiUrl} answered with ${what} instead of ${expected}: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)`,
        ko: (apiUrl, what, expected) => `${apiUrl} \uc11c\ubc84\uc758 \uc751\ub2f5\uc774 ${expected} \uc544\ub2c8\ub77c ${what}\uc785\ub2c8\ub2e4: \ud504\ub85d\uc2dc\uac00 \uac00\ub85c\ucc58\uac70\ub098 GITHUB_API_URL\uc774 \uc798\ubabb\ub418\uc5c8\uc744 \uac00\ub2a5\uc131\uc774 \ud07d\ub2c8\ub2e4(GitHub Enterprise Server\uc5d0\uc11c\ub294 API\uac00 https://HOST/api/v3 \uc5d0 \uc788\uc2b5\ub2c8\ub2e4)`
    },
    /** What a call asked for, after "instead of" (the Korean with its particle, before \uc544\ub2c8\ub77c). */
    asked: {
        en: (asked) => ({ jobs: "the run's jobs", runs: "the workflow's runs", run: 'this run', comparison: 'the comparison of two commits' })[asked],
        ko: (asked) => ({ jobs: '\uc774 \uc2e4\ud589\uc758 \uc791\uc5c5 \ubaa9\ub85d\uc774', runs: '\uc6cc\ud06c\ud50c\ub85c\uc758 \uc2e4\ud589 \ubaa9\ub85d\uc774', run: '\uc774 \uc2e4\ud589\uc758 \uc815\ubcf4\uac00', comparison: '\ub450 \ucee4\ubc0b\uc758 \ube44\uad50 \uacb0\uacfc\uac00' })[asked]
    },
    /** A job's annotations answered with something else: one warning names every job it happened to. */
    annotationsUnexpected: {
        en: (apiUrl, what) => `${apiUrl} answered with ${what} instead of the annotations`,
        ko: (apiUrl, what) => `${apiUrl} \uc11c\ubc84\uc758 \uc751\ub2f5\uc774 \uc8fc\uc11d \ubaa9\ub85d\uc774 \uc544\ub2c8\ub77c ${what}\uc785\ub2c8\ub2e4`
    },
    refusedToken: {
        en: (said) => `the API refused \`github-token\` (401 ${said}); leave \`github-token\` at its default or pass a valid token`,
        ko: (said) => `API\uac00 \`github-token\`\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4(401 ${said}). \`github-token\`\uc744 \uae30\ubcf8\uac12\uc73c\ub85c \ub450\uac70\ub098 \uc720\ud6a8\ud55c \ud1a0\ud070\uc744 \ub118\uae30\uc138\uc694`
    },
    rateLimited: {
        en: (status, said) => `the API rate limit is used up (${status} ${said})`,
        ko: (status, said) => `API \uc0ac\uc6a9 \ud55c\ub3c4(rate limit)\ub97c \ub2e4 \uc37c\uc2b5\ub2c8\ub2e4(${status} ${said})`
    },
    /** A 403 or 404: the token may not read what was asked for. */
    cannotRead: {
        en: (status, said, reading) => `the API answered ${status} (${said}): the token cannot read ${{ jobs: "this run's jobs", runs: "the workflow's runs", commits: 'the commits' }[reading.what]}. ` +
            `Give the workflow or job \`permissions: ${reading.permission}: read\` (a \`permissions:\` block that lists other scopes drops it), or pass a token that can read ${reading.permission === 'actions' ? 'Actions' : "the repository's contents"} in \`github-token\``,
        ko: (status, said, reading) => `API\uac00 ${status} \uc751\ub2f5\uc744 \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4(${said}): \ud1a0\ud070\uc774 ${{ jobs: '\uc774 \uc2e4\ud589\uc758 \uc791\uc5c5 \ubaa9\ub85d\uc744', runs: '\uc6cc\ud06c\ud50c\ub85c\uc758 \uc2e4\ud589 \ubaa9\ub85d\uc744', commits: '\ucee4\ubc0b\uc744' }[reading.what]} \uc77d\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. ` +
            `\uc6cc\ud06c\ud50c\ub85c\ub098 \uc791\uc5c5(job)\uc5d0 \`permissions: ${reading.permission}: read\`\ub97c \uc8fc\uac70\ub098(\ub2e4\ub978 \uad8c\ud55c\ub9cc \ub098\uc5f4\ud55c \`permissions:\` \ube14\ub85d\uc740 \uc774 \uad8c\ud55c\uc744 \ube7c \ubc84\ub9bd\ub2c8\ub2e4), ${reading.permission === 'actions' ? 'Actions\ub97c' : '\uc800\uc7a5\uc18c \ucf58\ud150\uce20\ub97c'} \uc77d\uc744 \uc218 \uc788\ub294 \ud1a0\ud070\uc744 \`github-token\`\uc5d0 \ub118\uae30\uc138\uc694`
    },
    cannotReadChecks: {
        en: (status) => `the API answered ${status}: the token cannot read the jobs' check runs. ` +
            'Give the workflow or job `permissions: checks: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read checks in `github-token`',
        ko: (status) => `API\uac00 ${status} \uc751\ub2f5\uc744 \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4: \ud1a0\ud070\uc774 \uc791\uc5c5(job)\uc758 \uccb4\ud06c \uc2e4\ud589(check run)\uc744 \uc77d\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. ` +
            '\uc6cc\ud06c\ud50c\ub85c\ub098 \uc791\uc5c5\uc5d0 `permissions: checks: read`\ub97c \uc8fc\uac70\ub098(\ub2e4\ub978 \uad8c\ud55c\ub9cc \ub098\uc5f4\ud55c `permissions:` \ube14\ub85d\uc740 \uc774 \uad8c\ud55c\uc744 \ube7c \ubc84\ub9bd\ub2c8\ub2e4), \uccb4\ud06c\ub97c \uc77d\uc744 \uc218 \uc788\ub294 \ud1a0\ud070\uc744 `github-token`\uc5d0 \ub118\uae30\uc138\uc694'
    },
    answered: {
        en: (status, said) => `the API answered ${status} (${said})`,
        ko: (status, said) => `API\uac00 ${status} \uc751\ub2f5\uc744 \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4(${said})`
    },
    unreachable: {
        en: (apiUrl, said) => `could not reach ${apiUrl} (${said})`,
        ko: (apiUrl, said) => `${apiUrl} \uc5d0 \uc5f0\uacb0\ud558\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4(${said})`
    },
    /** An error page from a proxy, named instead of quoted. */
    anHtmlPage: { en: 'an HTML page', ko: 'HTML \ud398\uc774\uc9c0' },
    /** What an answer was instead of the API's: "an HTML or XML page (text/html)". */
    htmlOrXml: { en: (type) => `an HTML or XML page (${type})`, ko: (type) => `HTML \ub610\ub294 XML \ud398\uc774\uc9c0(${type})` },
    notJson: { en: (type) => `text that is not JSON (${type})`, ko: (type) => `JSON\uc774 \uc544\ub2cc \ud14d\uc2a4\ud2b8(${type})` },
    noBody: { en: (type) => `no body (${type})`, ko: (type) => `\ubcf8\ubb38 \uc5c6\ub294 \uc751\ub2f5(${type})` },
    /** `expected` is one of `list` (in Korean, with its particle). */
    jsonWithout: {
        en: (expected, type) => `JSON without ${expected} (${type})`,
        ko: (expected, type) => `${expected} \uc5c6\ub294 JSON(${type})`
    },
    noContentType: { en: 'no content type', ko: 'Content-Type \uc5c6\uc74c' },
    /** What a JSON answer lacked (the Korean with its particle, before \uc5c6\ub294). */
    list: {
        en: (listed) => ({ jobs: 'a list of jobs', annotations: 'a list of annotations', runs: 'a list of workflow runs', commits: 'a list of commits', run: 'a workflow run' })[listed],
        ko: (listed) => ({ jobs: '\uc791\uc5c5 \ubaa9\ub85d\uc774', annotations: '\uc8fc\uc11d \ubaa9\ub85d\uc774', runs: '\uc6cc\ud06c\ud50c\ub85c \uc2e4\ud589 \ubaa9\ub85d\uc774', commits: '\ucee4\ubc0b \ubaa9\ub85d\uc774', run: '\uc6cc\ud06c\ud50c\ub85c \uc2e4\ud589 \uc815\ubcf4\uac00' })[listed]
    },
    logWithoutError: {
        en: (size) => `the log has no error line in its first ${size}, where reading stopped`,
        ko: (size) => `\ub85c\uadf8\uc758 \ucc98\uc74c ${size} \uc548\uc5d0 \uc624\ub958 \uc904\uc774 \uc5c6\uc5b4 \uac70\uae30\uc11c \uc77d\uae30\ub97c \uba48\ucdc4\uc2b5\ub2c8\ub2e4`
    },
    logTimedOut: {
        en: (seconds, size) => `reading the log did not finish within ${seconds} s (input \`timeout\`) after ${size}`,
        ko: (seconds, size) => `\ub85c\uadf8\ub97c ${size}\uae4c\uc9c0 \uc77d\uc5c8\uc9c0\ub9cc ${seconds}\ucd08 \uc548\uc5d0 \ub05d\ub0b4\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4(\uc785\ub825 \`timeout\`)`
    },
    logBrokeOff: {
        en: (size, message) => `the download of the log broke off after ${size} (${message})`,
        ko: (size, message) => `\ub85c\uadf8\ub97c ${size}\uae4c\uc9c0 \ub0b4\ub824\ubc1b\ub2e4\uac00 \ub04a\uacbc\uc2b5\ub2c8\ub2e4(${message})`
    },
    clientNotLoaded: {
        en: (message) => `could not load the GitHub API client (${message})`,
        ko: (message) => `GitHub API \ud074\ub77c\uc774\uc5b8\ud2b8\ub97c \ubd88\ub7ec\uc624\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4(${message})`
    },
    jobsLeftOut: {
        en: (why) => `Left out the failed jobs and log excerpts: ${why}.`,
        ko: (why) => `\uc2e4\ud328\ud55c \uc791\uc5c5\uacfc \ub85c\uadf8 \ubc1c\ucdcc\ub97c \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4: ${why}.`
    },
    /** Added to each warning when the outcome is unknown too. */
    outcomeUnknown: {
        en: 'The outcome is unknown: set `status` (usually `${{ job.status }}`) to name it without the API.',
        ko: '\uc2e4\ud589 \uacb0\uacfc\ub97c \uc54c \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. API \uc5c6\uc774 \uacb0\uacfc\ub97c \uc54c\ub9ac\ub824\uba74 `status`\ub97c \uc124\uc815\ud558\uc138\uc694(\ubcf4\ud1b5 `${{ job.status }}`).'
    },
    excerptPartial: {
        en: (job, why) => `The log excerpt of job "${job}" shows the last lines read, which may not reach its first error: ${why}.`,
        ko: (job, why) => `\uc791\uc5c5 "${job}"\uc758 \ub85c\uadf8 \ubc1c\ucdcc\ub294 \ub9c8\uc9c0\ub9c9\uc73c\ub85c \uc77d\uc740 \uc904\uae4c\uc9c0\ub9cc \ubcf4\uc5ec \uc8fc\ubbc0\ub85c \uccab \uc624\ub958\uc5d0 \ub2ff\uc9c0 \ubabb\ud588\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4: ${why}.`
    },
    excerptLeftOut: {
        en: (job, why) => `Left out the log excerpt of job "${job}": ${why}.`,
        ko: (job, why) => `\uc791\uc5c5 "${job}"\uc758 \ub85c\uadf8 \ubc1c\ucdcc\ub97c \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4: ${why}.`
    },
    annotationsLeftOut: {
        en: (jobs, why) => `Left out the error annotations of ${jobs.length === 1 ? 'job' : 'jobs'} ${jobs.map((name) => `"${name}"`).join(', ')}: ${why}.`,
        ko: (jobs, why) => `\uc791\uc5c5 ${jobs.map((name) => `"${name}"`).join(', ')}\uc758 \uc624\ub958 \uc8fc\uc11d\uc744 \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4: ${why}.`
    },
    commitGone: {
        en: (runNumber) => `the API answered 404: the commit of run #${runNumber} may no longer exist (a force push), or the token cannot read the repository's contents`,
        ko: (runNumber) => `API\uac00 404 \uc751\ub2f5\uc744 \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4: \uc2e4\ud589 #${runNumber}\uc758 \ucee4\ubc0b\uc774 \ub354 \uc774\uc0c1 \uc5c6\uac70\ub098(\uac15\uc81c \ud478\uc2dc), \ud1a0\ud070\uc774 \uc800\uc7a5\uc18c \ucf58\ud150\uce20\ub97c \uc77d\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`
    },
    commitsLeftOut: {
        en: (runNumber, why) => `Left out the commits since the last successful run (#${runNumber}): ${why}.`,
        ko: (runNumber, why) => `\ub9c8\uc9c0\ub9c9 \uc131\uacf5 \uc2e4\ud589(#${runNumber}) \uc774\ud6c4\uc758 \ucee4\ubc0b\uc744 \uba54\uc2dc\uc9c0\uc5d0\uc11c \ube90\uc2b5\ub2c8\ub2e4: ${why}.`
    }
});
/** How many failed jobs get a log excerpt: each is a download. */
const MAX_LOGS = 3;
/** Pages of 100 jobs read at most; a run has at most 256 jobs per matrix, a few matrices at most. */
const MAX_JOB_PAGES = 10;
/** Pages of 100 annotations read per job; the runner keeps at most 50 per job from workflow commands. */
const MAX_ANNOTATION_PAGES = 3;
/** Bytes of one log read at most while looking for its first error. */
const MAX_LOG_BYTES = 64 * 1024 * 1024;
// Re-exported for the callers that already load this module.

/** Why a call failed, in words that say what to change. */
function explainApiFailure(error, timedOut, request, reading = { what: 'jobs', permission: 'actions' }) {
    const words = WORDS[request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm];
    if (timedOut)
        return words.timedOut(request.apiUrl, request.timeoutSeconds);
    if (error instanceof UnexpectedAnswerError)
        return words.unexpected(request.apiUrl, error.what, words.asked(error.asked));
    const { status, message = String(error) } = (error ?? {});
    const firstLine = message.split('\n', 1)[0].replace(/ - https:\/\/docs\.github\.com\S*/, '');
    // An error page from a proxy or load balancer is HTML: named, not repeated.
    const said = /^\s*</.test(firstLine) ? words.anHtmlPage : firstLine;
    if (status === 401)
        return words.refusedToken(said);
    if (status === 403 || status === 404) {
        const rateLimited = error.response?.headers?.['x-ratelimit-remaining'] === '0';
        if (rateLimited)
            return words.rateLimited(status, said);
        return words.cannotRead(status, said, reading);
    }
    // Octokit reports a network failure as status 500 without a response.
    if (status && status >= 400 && status < 600 && error.response)
        return words.answered(status, said);
    return words.unreachable(request.apiUrl, said);
}
/**
 * Reads a log stream until the excerpt is complete and stops the download there. A
 * download that breaks off, outlasts the deadline or passes `maxBytes` keeps the lines
 * read so far and says which of these happened.
 */
async function readExcerpt(stream, maxLines, limits) {
    const words = WORDS[limits.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm];
    const maxBytes = limits.maxBytes ?? MAX_LOG_BYTES;
    const collector = new _jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .ExcerptCollector */ .B6(maxLines);
    const decoder = new TextDecoder();
    let bytes = 0;
    try {
        for await (const chunk of stream) {
            bytes += chunk.byteLength;
            if (collector.push(decoder.decode(chunk, { stream: true })))
                return { excerpt: collector.excerpt() };
            if (bytes > maxBytes) {
                return { excerpt: collector.excerpt(), stoppedBecause: words.logWithoutError((0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(maxBytes)) };
            }
        }
    }
    catch (error) {
        const why = limits.deadline.aborted
            ? words.logTimedOut(limits.timeoutSeconds, (0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(bytes))
            : words.logBrokeOff((0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(bytes), error.message);
        return { excerpt: collector.excerpt(), stoppedBecause: why };
    }
    collector.push(decoder.decode());
    return { excerpt: collector.excerpt() };
}
/**
 * An answer with a success status that is not what the API sends: the page of a proxy or
 * captive portal, or a GITHUB_API_URL that points at something other than the REST API.
 */
class UnexpectedAnswerError extends Error {
    /** What came instead, in words (describeBody), in the language of the request. */
    what;
    /** What was asked for. */
    asked;
    constructor(what, asked = 'jobs') {
        super(`the answer was ${what}`);
        this.what = what;
        this.asked = asked;
        this.name = 'UnexpectedAnswerError';
    }
}
/** What a response body is, in words, without repeating any of it. */
function describeBody(data, contentType, expected = 'jobs', language = _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm) {
    const words = WORDS[language];
    const type = (contentType ?? '').split(';', 1)[0].trim() || words.noContentType;
    if (typeof data === 'string')
        return /^\s*</.test(data) ? words.htmlOrXml(type) : words.notJson(type);
    if (data === null || typeof data !== 'object')
        return words.noBody(type);
    return words.jsonWithout(words.list(expected), type);
}
/** The API client for `request`, every call of which ends when `stop` aborts (the deadline, or the step's cancellation). */
async function apiClient(request, stop) {
    // Loaded only here: most notifications (a success) never need it, and it is large.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 9761));
    const octokit = getOctokit(request.token, { baseUrl: request.apiUrl, log: { debug() { }, info() { }, warn() { }, error() { } } });
    // Every call, pagination's included (it drops per-call request options), shares the deadline.
    octokit.hook.before('request', async (options) => {
        options.request = { ...options.request, signal: stop };
        // undici returns a kept-alive connection to its pool only after the tick in which the
        // previous answer was read: a request sent in that tick would open another connection,
        // two round trips (TCP, TLS) that a far runner feels.
        await new Promise((resolve) => setImmediate(resolve));
    });
    return octokit;
}
/**
 * The jobs of one run attempt, page by page. Pages are asked for one at a time rather than
 * with octokit's paginate, which cannot tell an answer that is not a list from an empty one
 * (an object without `jobs` would read as a run with no jobs, that is, a success).
 */
async function listJobs(octokit, route, language) {
    const jobs = [];
    for (let page = 1; page <= MAX_JOB_PAGES; page++) {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { ...route, per_page: 100, page });
        const data = response.data;
        if (typeof data !== 'object' || data === null || !Array.isArray(data.jobs) || typeof data.total_count !== 'number') {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'jobs', language));
        }
        jobs.push(...data.jobs);
        if (!data.jobs.length || jobs.length >= data.total_count)
            break;
    }
    return jobs;
}
/** Why a job's annotations could not be read, in words that say what to change. */
function explainAnnotationFailure(error, timedOut, request) {
    const { status } = (error ?? {});
    const rateLimited = error?.response?.headers?.['x-ratelimit-remaining'] === '0';
    if (!timedOut && (status === 403 || status === 404) && !rateLimited)
        return WORDS[request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm].cannotReadChecks(status);
    return explainApiFailure(error, timedOut, request);
}
/**
 * The error annotations of the failed jobs' check runs (a job's id is its check run's id),
 * in job order, at most MAX_ANNOTATIONS. Never throws: a job whose annotations could not be
 * read is named in `warnings`, grouped by reason.
 */
async function readAnnotations(octokit, route, jobs, deadline, request) {
    const perJob = await Promise.all(jobs.map(async (job) => {
        const found = [];
        try {
            for (let page = 1; page <= MAX_ANNOTATION_PAGES; page++) {
                const response = await octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
                    ...route,
                    check_run_id: job.id,
                    per_page: 100,
                    page
                });
                const data = response.data;
                if (!Array.isArray(data)) {
                    throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'annotations', request.language));
                }
                found.push(...(0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAnnotations */ .Th)(job.name, data));
                if (!/rel="next"/.test(response.headers.link ?? ''))
                    break;
            }
        }
        catch (error) {
            const why = error instanceof UnexpectedAnswerError
                ? WORDS[request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm].annotationsUnexpected(request.apiUrl, error.what)
                : explainAnnotationFailure(error, deadline.aborted, request);
            return { found, why };
        }
        return { found };
    }));
    // Grouped by reason after every call ended, so the jobs are named in job order, not in the order their answers came.
    const failures = new Map();
    for (const [index, { why }] of perJob.entries())
        if (why)
            failures.set(why, [...(failures.get(why) ?? []), jobs[index].name]);
    const all = perJob.flatMap((job) => job.found);
    const words = WORDS[request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm];
    const warnings = [...failures].map(([why, names]) => words.annotationsLeftOut(names, why));
    return { annotations: all.slice(0, _jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ANNOTATIONS */ .KE), more: Math.max(all.length - _jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_ANNOTATIONS */ .KE, 0), warnings };
}
/**
 * Lists the run's jobs and reads the logs of the first failed ones, all within one
 * deadline. Never throws: whatever could not be learnt is left out and explained in
 * `warnings`, because the email matters more than its details.
 */
async function fetchRunReport(request) {
    const deadline = AbortSignal.timeout(request.timeoutSeconds * 1000);
    const [owner, repo] = request.repository.split('/');
    const language = request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm;
    const words = WORDS[language];
    const warnings = [];
    const outcomeUnknown = words.outcomeUnknown;
    let octokit;
    try {
        octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline);
    }
    catch (error) {
        return { warnings: [words.jobsLeftOut(words.clientNotLoaded(error.message))], outcomeUnknown };
    }
    let jobs;
    try {
        jobs = await listJobs(octokit, { owner, repo, run_id: Number(request.runId), attempt_number: Number(request.runAttempt) || 1 }, language);
    }
    catch (error) {
        return { warnings: [words.jobsLeftOut(explainApiFailure(error, deadline.aborted, request))], outcomeUnknown };
    }
    const problems = (0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .problemJobs */ .A7)(jobs);
    const listed = problems.slice(0, _jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED_JOBS */ .cT);
    // A running job (usually this one) has no log yet; a cancelled one rarely holds the cause.
    const withLogs = request.logLines > 0 ? listed.filter((job) => job.completed && job.conclusion !== 'was cancelled').slice(0, MAX_LOGS) : [];
    // Asked for before the annotations, so the log, which is redirected to another host and is
    // the longer way, takes the connection the jobs came on.
    const logsRead = Promise.all(withLogs.map(async (job) => {
        try {
            const response = await octokit.request('GET /repos/{owner}/{repo}/actions/jobs/{job_id}/logs', {
                owner,
                repo,
                job_id: job.id,
                // The API redirects to the log file; read it as a stream and stop at the first error.
                request: { parseSuccessResponseBody: false }
            });
            const reading = await readExcerpt(response.data, request.logLines, {
                deadline,
                timeoutSeconds: request.timeoutSeconds,
                language
            });
            if (reading.excerpt.length)
                job.excerpt = reading.excerpt;
            if (!reading.stoppedBecause)
                return undefined;
            return reading.excerpt.length ? words.excerptPartial(job.name, reading.stoppedBecause) : words.excerptLeftOut(job.name, reading.stoppedBecause);
        }
        catch (error) {
            return words.excerptLeftOut(job.name, explainApiFailure(error, deadline.aborted, request));
        }
    }));
    // Read alongside the logs, within the same deadline.
    const annotationsRead = readAnnotations(octokit, { owner, repo }, listed.filter((job) => job.conclusion !== 'was cancelled'), deadline, request);
    // In the order of the jobs, whichever answer came first.
    for (const warning of await logsRead)
        if (warning)
            warnings.push(warning);
    const { annotations, more, warnings: annotationWarnings } = await annotationsRead;
    warnings.push(...annotationWarnings);
    return {
        report: { problemJobs: listed, moreProblemJobs: problems.length - listed.length, annotations, moreAnnotations: more },
        status: (0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .deriveStatus */ .YP)(jobs),
        warnings,
        outcomeUnknown
    };
}
/** Runs of the workflow asked for per page: most streaks are decided within the first. */
const HISTORY_PAGE_SIZE = 50;
/** Pages of runs read at most; a longer streak is told as "or more". */
const MAX_HISTORY_PAGES = 10;
const RUNS_READING = { what: 'runs', permission: 'actions' };
const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
/** Only what the history reads: a page of runs is large (each run carries its repository twice). */
function slimRun(run) {
    return {
        id: run.id,
        run_number: run.run_number,
        event: run.event,
        status: run.status,
        conclusion: run.conclusion,
        head_branch: run.head_branch,
        head_sha: run.head_sha,
        html_url: run.html_url,
        pull_requests: Array.isArray(run.pull_requests) ? run.pull_requests.map((pr) => ({ number: pr?.number })) : [],
        head_repository: { full_name: run.head_repository?.full_name }
    };
}
/** Pages through the workflow's runs in the run's place, newest first, until the streak is decided. */
async function listPriorRuns(octokit, route, current, language) {
    const runs = [];
    for (let page = 1;; page++) {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs', {
            ...route,
            ...(current.place.headBranch ? { branch: current.place.headBranch } : {}),
            per_page: HISTORY_PAGE_SIZE,
            page
        });
        const data = response.data;
        if (!isRecord(data) || !Array.isArray(data.workflow_runs)) {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'runs', language), 'runs');
        }
        const pageRuns = data.workflow_runs.filter(isRecord);
        runs.push(...pageRuns.map(slimRun));
        // The Link header names the next page, as for every list of the API.
        const exhausted = !pageRuns.length || !/\brel="next"/.test(response.headers.link ?? '');
        const { decided, prior } = (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .readPriorRuns */ .hM)(current, runs, exhausted);
        if (decided || page >= MAX_HISTORY_PAGES)
            return prior;
    }
}
const FULL_SHA = /^[0-9a-f]{40}$/i;
const MAX_TITLE = 200;
const MAX_AUTHOR = 100;
/** The first line of a text from the API, without control characters, at most `max` characters. */
function oneLine(value, max) {
    const line = (typeof value === 'string' ? value : '').split(/\r?\n/, 1)[0].replace(_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .EVERY_CONTROL_CHARACTER */ .Kf, ' ').trim();
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
}
/** The commits from `base` (excluded) to `head`, oldest first: the first MAX_COMMITS_SINCE and the count. */
async function compareCommits(octokit, route, base, head, repositoryUrl, language) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...route,
        basehead: `${base}...${head}`,
        per_page: _history_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COMMITS_SINCE */ .$1,
        page: 1
    });
    const data = response.data;
    if (!isRecord(data) || !Array.isArray(data.commits) || typeof data.total_commits !== 'number') {
        throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'commits', language), 'comparison');
    }
    const commits = data.commits.filter(isRecord).slice(0, _history_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COMMITS_SINCE */ .$1).map((commit) => {
        const sha = typeof commit.sha === 'string' && FULL_SHA.test(commit.sha) ? commit.sha.toLowerCase() : '';
        return {
            shortSha: sha.slice(0, 7),
            title: oneLine(commit.commit?.message, MAX_TITLE),
            author: oneLine(commit.commit?.author?.name || commit.author?.login, MAX_AUTHOR),
            // For mail-committers, which mails only addresses at `committer-domains`.
            authorEmail: oneLine(commit.commit?.author?.email, MAX_AUTHOR),
            url: sha && repositoryUrl ? `${repositoryUrl}/commit/${sha}` : ''
        };
    });
    const total = Number.isSafeInteger(data.total_commits) && data.total_commits > commits.length ? data.total_commits : commits.length;
    return { commits, total, compareUrl: repositoryUrl ? `${repositoryUrl}/compare/${base}...${head}` : '' };
}
/**
 * Reads where this run stands among the earlier runs of its workflow in the same place,
 * and for a failure the commits since the last success, within one deadline. Never
 * throws: a history that cannot be read is a `failure` that says why, because the
 * email matters more than knowing what it changes.
 */
async function fetchRunHistory(request) {
    const deadline = AbortSignal.timeout(request.timeoutSeconds * 1000);
    const [owner, repo] = request.repository.split('/');
    const language = request.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm;
    const words = WORDS[language];
    let octokit;
    try {
        octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline);
    }
    catch (error) {
        return { failure: words.clientNotLoaded(error.message), warnings: [] };
    }
    let current;
    let prior;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: Number(request.runId) });
        const data = response.data;
        const run = isRecord(data) ? (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .pastRunOf */ .hd)(data) : undefined;
        if (!isRecord(data) || !run || !Number.isSafeInteger(data.workflow_id)) {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'run', language), 'run');
        }
        current = { run, workflowId: data.workflow_id, place: (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(data, request.pullRequest) };
        prior = await listPriorRuns(octokit, { owner, repo, workflow_id: current.workflowId }, { id: run.id, runNumber: run.runNumber, place: current.place }, language);
    }
    catch (error) {
        return { failure: explainApiFailure(error, deadline.aborted, request, RUNS_READING), warnings: [] };
    }
    const warnings = [];
    let commitsSince;
    const base = prior.lastSuccess?.headSha ?? '';
    const head = current.run.headSha;
    if (request.wantCommits && FULL_SHA.test(base) && FULL_SHA.test(head) && base !== head) {
        try {
            commitsSince = await compareCommits(octokit, { owner, repo }, base, head, request.repositoryUrl, language);
        }
        catch (error) {
            const status = error.status;
            const why = status === 404 && error.response && !deadline.aborted
                ? words.commitGone(prior.lastSuccess.runNumber)
                : explainApiFailure(error, deadline.aborted, request, { what: 'commits', permission: 'contents' });
            warnings.push(words.commitsLeftOut(prior.lastSuccess.runNumber, why));
        }
    }
    return { current, prior, commitsSince, warnings };
}


/***/ })

};
