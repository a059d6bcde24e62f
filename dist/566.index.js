export const id = 566;
export const ids = [566,133];
export const modules = {

/***/ 8133:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fetchRunReport: () => (/* binding */ fetchRunReport),
/* harmony export */   po: () => (/* reexport safe */ _api_access_js__WEBPACK_IMPORTED_MODULE_3__.p),
/* harmony export */   sp: () => (/* binding */ fetchRunHistory)
/* harmony export */ });
/* unused harmony exports MAX_LOGS, explainApiFailure, readExcerpt, UnexpectedAnswerError, describeBody, MAX_HISTORY_PAGES */
/* harmony import */ var _files_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9148);
/* harmony import */ var _jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5995);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8155);
/* harmony import */ var _api_access_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9734);



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
function explainApiFailure(error, timedOut, request, reading = { what: "this run's jobs", permission: 'actions' }) {
    if (timedOut)
        return `${request.apiUrl} did not answer within ${request.timeoutSeconds} s (input \`timeout\`)`;
    if (error instanceof UnexpectedAnswerError) {
        return `${request.apiUrl} answered with ${error.what} instead of ${error.expected}: a proxy or a wrong GITHUB_API_URL is probably in the way (on GitHub Enterprise Server the API is at https://HOST/api/v3)`;
    }
    const { status, message = String(error) } = (error ?? {});
    const firstLine = message.split('\n', 1)[0].replace(/ - https:\/\/docs\.github\.com\S*/, '');
    // An error page from a proxy or load balancer is HTML: named, not repeated.
    const said = /^\s*</.test(firstLine) ? 'an HTML page' : firstLine;
    if (status === 401)
        return `the API refused \`github-token\` (401 ${said}); leave \`github-token\` at its default or pass a valid token`;
    if (status === 403 || status === 404) {
        const rateLimited = error.response?.headers?.['x-ratelimit-remaining'] === '0';
        if (rateLimited)
            return `the API rate limit is used up (${status} ${said})`;
        return (`the API answered ${status} (${said}): the token cannot read ${reading.what}. ` +
            `Give the workflow or job \`permissions: ${reading.permission}: read\` (a \`permissions:\` block that lists other scopes drops it), or pass a token that can read ${reading.permission === 'actions' ? 'Actions' : "the repository's contents"} in \`github-token\``);
    }
    // Octokit reports a network failure as status 500 without a response.
    if (status && status >= 400 && status < 600 && error.response)
        return `the API answered ${status} (${said})`;
    return `could not reach ${request.apiUrl} (${said})`;
}
/**
 * Reads a log stream until the excerpt is complete and stops the download there. A
 * download that breaks off, outlasts the deadline or passes `maxBytes` keeps the lines
 * read so far and says which of these happened.
 */
async function readExcerpt(stream, maxLines, limits) {
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
                return {
                    excerpt: collector.excerpt(),
                    stoppedBecause: `the log has no error line in its first ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .megabytes */ .ix)(maxBytes)}, where reading stopped`
                };
            }
        }
    }
    catch (error) {
        const why = limits.deadline.aborted
            ? `reading the log did not finish within ${limits.timeoutSeconds} s (input \`timeout\`) after ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .megabytes */ .ix)(bytes)}`
            : `the download of the log broke off after ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__/* .megabytes */ .ix)(bytes)} (${error.message})`;
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
    /** What came instead, in words. */
    what;
    /** What was asked for, in words. */
    expected;
    constructor(what, expected = "the run's jobs") {
        super(`the answer was ${what}`);
        this.what = what;
        this.expected = expected;
        this.name = 'UnexpectedAnswerError';
    }
}
/** What a response body is, in words, without repeating any of it. */
function describeBody(data, contentType, expected = 'a list of jobs') {
    const type = (contentType ?? '').split(';', 1)[0].trim() || 'no content type';
    if (typeof data === 'string')
        return /^\s*</.test(data) ? `an HTML or XML page (${type})` : `text that is not JSON (${type})`;
    if (data === null || typeof data !== 'object')
        return `no body (${type})`;
    return `JSON without ${expected} (${type})`;
}
/** An API client whose every call shares `deadline`. */
/** The API client for `request`, every call of which ends when `stop` aborts (the deadline, or the step's cancellation). */
async function apiClient(request, stop) {
    // Loaded only here: most notifications (a success) never need it, and it is large.
    const { getOctokit } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(761)]).then(__webpack_require__.bind(__webpack_require__, 9761));
    const octokit = getOctokit(request.token, { baseUrl: request.apiUrl, log: { debug() { }, info() { }, warn() { }, error() { } } });
    // Every call, pagination's included (it drops per-call request options), shares the deadline.
    octokit.hook.before('request', (options) => {
        options.request = { ...options.request, signal: stop };
    });
    return octokit;
}
/**
 * The jobs of one run attempt, page by page. Pages are asked for one at a time rather than
 * with octokit's paginate, which cannot tell an answer that is not a list from an empty one
 * (an object without `jobs` would read as a run with no jobs, that is, a success).
 */
async function listJobs(octokit, route) {
    const jobs = [];
    for (let page = 1; page <= MAX_JOB_PAGES; page++) {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', { ...route, per_page: 100, page });
        const data = response.data;
        if (typeof data !== 'object' || data === null || !Array.isArray(data.jobs) || typeof data.total_count !== 'number') {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type']));
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
    if (!timedOut && (status === 403 || status === 404) && !rateLimited) {
        return (`the API answered ${status}: the token cannot read the jobs' check runs. ` +
            'Give the workflow or job `permissions: checks: read` (a `permissions:` block that lists other scopes drops it), or pass a token that can read checks in `github-token`');
    }
    return explainApiFailure(error, timedOut, request);
}
/**
 * The error annotations of the failed jobs' check runs (a job's id is its check run's id),
 * in job order, at most MAX_ANNOTATIONS. Never throws: a job whose annotations could not be
 * read is named in `warnings`, grouped by reason.
 */
async function readAnnotations(octokit, route, jobs, deadline, request) {
    const failures = new Map();
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
                if (!Array.isArray(data))
                    throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of annotations'));
                found.push(...(0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .errorAnnotations */ .Th)(job.name, data));
                if (!/rel="next"/.test(response.headers.link ?? ''))
                    break;
            }
        }
        catch (error) {
            const why = error instanceof UnexpectedAnswerError
                ? `${request.apiUrl} answered with ${error.what} instead of the annotations`
                : explainAnnotationFailure(error, deadline.aborted, request);
            failures.set(why, [...(failures.get(why) ?? []), job.name]);
        }
        return found;
    }));
    const all = perJob.flat();
    const warnings = [...failures].map(([why, names]) => `Left out the error annotations of ${names.length === 1 ? 'job' : 'jobs'} ${names.map((name) => `"${name}"`).join(', ')}: ${why}.`);
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
    const warnings = [];
    let octokit;
    try {
        octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline);
    }
    catch (error) {
        return { warnings: [`Left out the failed jobs and log excerpts: could not load the GitHub API client (${error.message}).`] };
    }
    let jobs;
    try {
        jobs = await listJobs(octokit, { owner, repo, run_id: Number(request.runId), attempt_number: Number(request.runAttempt) || 1 });
    }
    catch (error) {
        const why = explainApiFailure(error, deadline.aborted, request);
        return { warnings: [`Left out the failed jobs and log excerpts: ${why}.`] };
    }
    const problems = (0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .problemJobs */ .A7)(jobs);
    const listed = problems.slice(0, _jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .MAX_LISTED_JOBS */ .cT);
    // Read alongside the logs, within the same deadline.
    const annotationsRead = readAnnotations(octokit, { owner, repo }, listed.filter((job) => job.conclusion !== 'was cancelled'), deadline, request);
    if (request.logLines > 0) {
        // A running job (usually this one) has no log yet; a cancelled one rarely holds the cause.
        const withLogs = listed.filter((job) => job.completed && job.conclusion !== 'was cancelled').slice(0, MAX_LOGS);
        await Promise.all(withLogs.map(async (job) => {
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
                    timeoutSeconds: request.timeoutSeconds
                });
                if (reading.excerpt.length)
                    job.excerpt = reading.excerpt;
                if (reading.stoppedBecause) {
                    warnings.push(reading.excerpt.length
                        ? `The log excerpt of job "${job.name}" shows the last lines read, which may not reach its first error: ${reading.stoppedBecause}.`
                        : `Left out the log excerpt of job "${job.name}": ${reading.stoppedBecause}.`);
                }
            }
            catch (error) {
                warnings.push(`Left out the log excerpt of job "${job.name}": ${explainApiFailure(error, deadline.aborted, request)}.`);
            }
        }));
    }
    const { annotations, more, warnings: annotationWarnings } = await annotationsRead;
    warnings.push(...annotationWarnings);
    return {
        report: { problemJobs: listed, moreProblemJobs: problems.length - listed.length, annotations, moreAnnotations: more },
        status: (0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .deriveStatus */ .YP)(jobs),
        warnings
    };
}
/** Runs of the workflow asked for per page: most streaks are decided within the first. */
const HISTORY_PAGE_SIZE = 50;
/** Pages of runs read at most; a longer streak is told as "or more". */
const MAX_HISTORY_PAGES = 10;
const RUNS_READING = { what: "the workflow's runs", permission: 'actions' };
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
async function listPriorRuns(octokit, route, current) {
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
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of workflow runs'), "the workflow's runs");
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
    const line = (typeof value === 'string' ? value : '')
        .split(/\r?\n/, 1)[0]
        .replace(/\p{Cc}/gu, ' ')
        .trim();
    return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
/** The commits from `base` (excluded) to `head`, oldest first: the first MAX_COMMITS_SINCE and the count. */
async function compareCommits(octokit, route, base, head, repositoryUrl) {
    const response = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...route,
        basehead: `${base}...${head}`,
        per_page: _history_js__WEBPACK_IMPORTED_MODULE_2__/* .MAX_COMMITS_SINCE */ .$1,
        page: 1
    });
    const data = response.data;
    if (!isRecord(data) || !Array.isArray(data.commits) || typeof data.total_commits !== 'number') {
        throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a list of commits'), 'the comparison of two commits');
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
    let octokit;
    try {
        octokit = await apiClient(request, request.signal ? AbortSignal.any([deadline, request.signal]) : deadline);
    }
    catch (error) {
        return { failure: `could not load the GitHub API client (${error.message})`, warnings: [] };
    }
    let current;
    let prior;
    try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/actions/runs/{run_id}', { owner, repo, run_id: Number(request.runId) });
        const data = response.data;
        const run = isRecord(data) ? (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .pastRunOf */ .hd)(data) : undefined;
        if (!isRecord(data) || !run || !Number.isSafeInteger(data.workflow_id)) {
            throw new UnexpectedAnswerError(describeBody(data, response.headers['content-type'], 'a workflow run'), 'this run');
        }
        current = { run, workflowId: data.workflow_id, place: (0,_history_js__WEBPACK_IMPORTED_MODULE_2__/* .placeOf */ .$t)(data, request.pullRequest) };
        prior = await listPriorRuns(octokit, { owner, repo, workflow_id: current.workflowId }, { id: run.id, runNumber: run.runNumber, place: current.place });
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
            commitsSince = await compareCommits(octokit, { owner, repo }, base, head, request.repositoryUrl);
        }
        catch (error) {
            const status = error.status;
            const why = status === 404 && error.response && !deadline.aborted
                ? `the API answered 404: the commit of run #${prior.lastSuccess.runNumber} may no longer exist (a force push), or the token cannot read the repository's contents`
                : explainApiFailure(error, deadline.aborted, request, { what: 'the commits', permission: 'contents' });
            warnings.push(`Left out the commits since the last successful run (#${prior.lastSuccess.runNumber}): ${why}.`);
        }
    }
    return { current, prior, commitsSince, warnings };
}


/***/ }),

/***/ 566:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  lookUpHistory: () => (/* binding */ lookUpHistory),
  settleTransition: () => (/* binding */ settleTransition)
});

// EXTERNAL MODULE: ./src/github-api.ts
var github_api = __webpack_require__(8133);
// EXTERNAL MODULE: ./src/history.ts
var src_history = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/notify-when.ts
var notify_when = __webpack_require__(4895);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/threading.ts


/**
 * The root identifier of a failure streak, the same for every mail of the streak and
 * different for every other streak. No mail carries it as its own Message-ID: each mail
 * refers to it in References and In-Reply-To, so the mails stay one conversation even
 * where a provider replaces the Message-ID of what it sends.
 */
function streakRootId(identity) {
    const hash = (0,external_node_crypto_.createHash)('sha256')
        .update(JSON.stringify([identity.serverUrl, identity.repository, String(identity.workflowId), identity.place, identity.firstFailingRunId]))
        .digest('hex')
        .slice(0, 32);
    const host = hostOf(identity.serverUrl);
    return `streak-${identity.firstFailingRunId}.${hash}@${host}`;
}
function hostOf(serverUrl) {
    const host = URL.canParse(serverUrl) ? new URL(serverUrl).hostname : '';
    return /^[a-z0-9.-]+$/i.test(host) ? host.toLowerCase() : 'github.invalid';
}
/** Whether a mail with this transition belongs to its streak's conversation. */
function isStreakMail(transition) {
    return src_history/* STREAK_TRANSITIONS */.KK.includes(transition);
}
/** Longest label of a list identifier, as for a DNS label. */
const MAX_LABEL = 63;
/**
 * One label of a list identifier: lower-case letters, digits and inner hyphens, as RFC
 * 2919 asks (a dot-atom made of host-name-like labels). A name that keeps no such
 * character (a workflow named in another script) gets a short hash instead.
 */
function listLabel(name, fallback) {
    const label = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '')
        .slice(0, MAX_LABEL)
        .replace(/-+$/, '');
    return label || `${fallback}-${(0,external_node_crypto_.createHash)('sha256').update(name).digest('hex').slice(0, 8)}`;
}
/**
 * The List-Id header of a workflow's mails, such as
 * `"Nightly build (octo-org/rocket)" <nightly-build.rocket.octo-org.github.invalid>`: one
 * list per workflow and repository, so that a mail filter can pick them out. `.invalid`
 * (RFC 2606) can never be someone else's domain.
 */
function listIdHeader(workflow, repository) {
    const [owner = '', repo = ''] = repository.split('/');
    const id = [listLabel(workflow, 'workflow'), listLabel(repo, 'repo'), listLabel(owner, 'owner'), 'github', 'invalid'].join('.');
    return `${phrase(`${workflow || 'Workflow'} (${repository})`)} <${id}>`;
}
/**
 * A display phrase: a quoted string for printable ASCII, an RFC 2047 encoded word (base64
 * UTF-8) otherwise, so that the header can go out as it is.
 */
function phrase(text) {
    const oneLine = text.replace(/\p{Cc}+/gu, ' ').slice(0, 200);
    if (/^[\x20-\x7e]*$/.test(oneLine))
        return `"${oneLine.replace(/["\\]/g, '\\$&')}"`;
    // Encoded words are at most 75 characters: 45 bytes of UTF-8 a word, cut between characters.
    const words = [];
    let chunk = '';
    for (const character of oneLine) {
        if (Buffer.byteLength(chunk + character) > 45) {
            words.push(chunk);
            chunk = '';
        }
        chunk += character;
    }
    if (chunk)
        words.push(chunk);
    return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join(' ');
}

;// CONCATENATED MODULE: ./src/transition.ts




/**
 * Starts reading the run's history, for `notify-when` or `thread`. Resolves, never rejects,
 * so that it can run beside the other calls and be awaited after them.
 */
function lookUpHistory(settings, env, ctx, signal) {
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return Promise.resolve({ failure: 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)', warnings: [] });
    if (!settings.githubToken)
        return Promise.resolve({ failure: '`github-token` is empty; leave it at its default (`${{ github.token }}`) with `actions: read`', warnings: [] });
    return (0,github_api/* fetchRunHistory */.sp)({
        token: settings.githubToken,
        apiUrl: (0,github_api/* apiUrlOf */.po)(env),
        repository: env.GITHUB_REPOSITORY,
        repositoryUrl: ctx.repositoryUrl,
        runId: env.GITHUB_RUN_ID,
        pullRequest: ctx.pullRequest?.number,
        timeoutSeconds: settings.timeoutSeconds,
        signal,
        // Only the generated message lists them, and only a failure's; a success needs none.
        wantCommits: settings.body === undefined && !settings.bodyFile && settings.status !== 'success' && settings.status !== 'cancelled'
    });
}
/** Classifies the run from its outcome, known once the jobs were read, and the history read beside them. */
function settleTransition(result, status, settings, ctx) {
    const warnings = [...result.warnings];
    let history;
    if (result.current && result.prior && status)
        history = (0,src_history/* classify */.L8)(status, result.current.run, result.prior);
    else {
        const why = result.failure ?? 'the outcome of this run is unknown (`status` is empty and the jobs could not be read)';
        const consequence = settings.notifyWhen === 'always'
            ? 'so this mail is not threaded'
            : `so the mail is sent whatever \`notify-when\` says${settings.thread ? ', and is not threaded' : ''}`;
        warnings.push(`Could not tell whether this run broke the build, is still failing or fixed it (\`transition\` is unknown), ${consequence}: ${why}.`);
    }
    const transition = history?.transition ?? 'unknown';
    const threaded = settings.thread && isStreakMail(transition) && history?.failingSince !== undefined;
    const view = history
        ? {
            ...history,
            commitsSince: transition === 'broken' || transition === 'still-failing' ? result.commitsSince : undefined,
            threaded
        }
        : { transition, streak: 0, streakComplete: true, threaded: false };
    let thread;
    if (settings.thread) {
        const current = result.current;
        const root = threaded && current && history?.failingSince
            ? streakRootId({
                serverUrl: ctx.serverUrl,
                repository: ctx.repository,
                workflowId: current.workflowId,
                place: current.place.pullRequest
                    ? `pull:${current.place.pullRequest.number ?? `${current.place.headRepository}:${current.place.headBranch}`}`
                    : `branch:${current.place.headBranch}`,
                firstFailingRunId: history.failingSince.id
            })
            : undefined;
        thread = { root, listId: listIdHeader(ctx.workflow, ctx.repository) };
    }
    return {
        transition,
        decision: (0,notify_when/* decideToSend */.OR)(settings, transition, history, settings.language),
        view,
        thread,
        said: (0,notify_when/* describeTransition */.Bb)(transition, history, settings.language),
        warnings
    };
}


/***/ })

};
