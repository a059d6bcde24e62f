export const id = 133;
export const ids = [133,148];
export const modules = {

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pathRefusal),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   qD: () => (/* binding */ refusalFix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5260);


/** True when `path` is `root` or lies below it; both absolute and normalized. */
function isWithin(path, root) {
    const rel = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(root, path);
    return rel === '' || (!(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(rel) && rel !== '..' && !rel.startsWith(`..${node_path__WEBPACK_IMPORTED_MODULE_0__.sep}`));
}
/** A path for a message: control characters escaped, so a file name cannot break the line or start a workflow command. */
const printable = _printable_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeForOneLine */ .VW;
/** The path as a user wrote it: relative to the workspace when it lies there, else absolute. */
function shownPath(path, workspace) {
    return printable(isWithin(path, workspace) && path !== workspace ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, path) : path);
}
/**
 * Why the path may not be read, or undefined when it may: it must resolve inside an allowed
 * place, and be a regular file (or, for a folder a pattern walks into, a directory).
 */
function pathRefusal(facts, places, wanted) {
    const shown = shownPath(facts.path, places.workspace);
    const real = printable(facts.realPath);
    const via = facts.isLink ? ` is a symbolic link to ${real}` : facts.realPath !== facts.path ? ` resolves through a symbolically linked folder to ${real}` : '';
    if (!places.allowed.some((root) => isWithin(facts.realPath, root.path))) {
        const where = places.allowed.map((root) => `${root.name} (${printable(root.path)})`).join(' and ');
        return `${shown}${via ? `${via},` : ' is'} outside ${where}`;
    }
    const expected = wanted === 'file' ? 'regular file' : 'directory';
    if (facts.kind === expected)
        return undefined;
    return `${shown}${via ? `${via}, which` : ''} is a ${facts.kind}, not a ${expected}`;
}
/** How to fix a refused path, for the input that named it. */
function refusalFix(input) {
    const rule = 'Files are read only from inside the workspace or RUNNER_TEMP, after following symbolic links, and only regular files. ' +
        'A link to a file elsewhere (such as /proc/self/environ) would mail what it holds: if this link came with a change you did not write, do not run it with secrets.';
    if (input === 'body-file')
        return `Point \`body-file\` at a Markdown file in the repository (relative to the workspace) or in RUNNER_TEMP. ${rule}`;
    const use = input === 'attachments' ? 'attach a file' : 'read a report';
    return `Narrow the pattern, or exclude this path with a \`!\` line. To ${use} from elsewhere, copy it into the workspace or RUNNER_TEMP in an earlier step. ${rule}`;
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ATTACHMENT_LIMIT_BYTES: () => (/* binding */ ATTACHMENT_LIMIT_BYTES),
/* harmony export */   BODY_FILE_LIMIT_BYTES: () => (/* binding */ BODY_FILE_LIMIT_BYTES),
/* harmony export */   checkAttachmentSize: () => (/* binding */ checkAttachmentSize),
/* harmony export */   filePlaces: () => (/* binding */ filePlaces),
/* harmony export */   findAttachments: () => (/* binding */ findAttachments),
/* harmony export */   megabytes: () => (/* binding */ megabytes),
/* harmony export */   readAttachments: () => (/* binding */ readAttachments),
/* harmony export */   readBodyFile: () => (/* binding */ readBodyFile),
/* harmony export */   readCapped: () => (/* binding */ readCapped),
/* harmony export */   unmatchedPatternWarnings: () => (/* binding */ unmatchedPatternWarnings)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3916);
/* harmony import */ var _file_policy_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1428);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5237);






/** The workspace and RUNNER_TEMP, the only places `attachments` and `body-file` read from. */
async function filePlaces(env) {
    const workspace = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const places = [
        ['the workspace', workspace],
        ['RUNNER_TEMP', env.RUNNER_TEMP]
    ];
    const allowed = [];
    for (const [name, dir] of places) {
        // A folder that does not exist holds no file; its name still serves to compare with.
        if (dir)
            allowed.push({ name, path: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir)).catch(() => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(dir)) });
    }
    return { workspace, allowed };
}
function kindOf(stats) {
    if (stats.isFile())
        return 'regular file';
    if (stats.isDirectory())
        return 'directory';
    if (stats.isFIFO())
        return 'FIFO (named pipe)';
    if (stats.isCharacterDevice())
        return 'character device';
    if (stats.isBlockDevice())
        return 'block device';
    if (stats.isSocket())
        return 'socket';
    return 'special file';
}
const isMissing = (error) => ['ENOENT', 'ENOTDIR'].includes(error.code ?? '');
/** Where a path leads and what is there, without opening it; undefined when nothing is (a dangling link included). */
async function inspect(path) {
    try {
        const named = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path);
        const realPath = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.realpath)(path);
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(realPath);
        return { facts: { path, realPath, isLink: named.isSymbolicLink(), kind: kindOf(target) }, size: target.size };
    }
    catch (error) {
        if (isMissing(error))
            return undefined;
        throw error;
    }
}
/** Fails, naming the input and the path, unless the policy allows reading it. */
function enforce(facts, places, input, wanted, pattern) {
    const refusal = (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .pathRefusal */ .M)(facts, places, wanted);
    if (refusal)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, pattern ? `${refusal} (pattern \`${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(pattern)}\`)` : refusal, (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalFix */ .qD)(input));
}
/**
 * Reads at most `cap` bytes of a file the policy allowed; `over` says there was more. The size
 * is what was read, never what stat reports (0 for /proc files and devices).
 */
async function readCapped(facts, cap, input) {
    // O_NONBLOCK: a FIFO or device put in the file's place since the check opens at once instead
    // of waiting for a writer; O_NOFOLLOW: a link put there is refused. The handle's own fstat
    // then decides, so nothing can change between the check and the read.
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(facts.realPath, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NONBLOCK ?? 0) | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    try {
        const kind = kindOf(await handle.stat());
        if (kind !== 'regular file') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(facts.path)} was replaced by a ${kind} after it was checked`, (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalFix */ .qD)(input));
        }
        const chunks = [];
        let total = 0;
        while (total <= cap) {
            const chunk = Buffer.alloc(Math.min(1024 * 1024, cap + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (!bytesRead)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
        }
        return { content: Buffer.concat(chunks, total), over: total > cap };
    }
    finally {
        await handle.close();
    }
}
/** A notification body is short text; more than this is a mistake or a hostile file. */
const BODY_FILE_LIMIT_BYTES = 1024 * 1024;
/** Reads the Markdown template named by `body-file` and checks its placeholders. */
async function readBodyFile(path, env) {
    const places = await filePlaces(env);
    const fullPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(places.workspace, path);
    const shown = (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .shownPath */ .pS)(fullPath, places.workspace);
    const unreadable = (why) => new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('body-file', `cannot read ${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(fullPath)} (${why})`, 'Give the path of a Markdown file relative to the workspace, and check the repository out first (actions/checkout) when the file is part of it.');
    let read;
    try {
        const found = await inspect(fullPath);
        if (!found)
            throw unreadable('no such file');
        enforce(found.facts, places, 'body-file', 'file');
        read = await readCapped(found.facts, BODY_FILE_LIMIT_BYTES, 'body-file');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotifyError */ .UW)
            throw error;
        throw unreadable(error.message);
    }
    if (read.over) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('body-file', `${shown} is larger than ${BODY_FILE_LIMIT_BYTES / 1024 / 1024} MB`, 'Keep the message short and link to long reports ({{ run_url }}), or send them with `attachments`.');
    }
    let text;
    try {
        if (read.content.includes(0))
            throw new Error('NUL byte');
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.content);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('body-file', `${shown} is not UTF-8 text (it looks binary)`, 'Point `body-file` at a Markdown file saved as UTF-8 text.');
    }
    (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlaceholders */ .nV)('body-file', text);
    if (!text.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('body-file', `${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(fullPath)} is empty`, 'Write the message in the file, or leave `body-file` empty for the generated notification.');
    return text;
}
/** Gmail takes 25 MB of attachments in one message (about 35 MB once base64-encoded). */
const ATTACHMENT_LIMIT_BYTES = 25 * 1024 * 1024;
const isLinkNow = (path) => {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.lstatSync)(path).isSymbolicLink();
    }
    catch {
        return false;
    }
};
/**
 * The walk skips a FIFO, socket or device in silence; shown to it as a file, one that a pattern
 * matches is found, and then refused by name instead of reported as "no file matches".
 */
function asFileWhenSpecial(entry) {
    if (entry.isFile() || entry.isDirectory() || entry.isSymbolicLink())
        return entry;
    return Object.assign(Object.create(entry), { isFile: () => true });
}
const trimSlash = (path) => (path.length > 1 ? path.replace(/[\\/]+$/, '') : path);
/**
 * Lists the files of one pattern without walking out of the allowed places: a folder the walk
 * is about to list is resolved first, and one outside (a symbolically linked folder, `../`, an
 * absolute path) stops the walk and is returned as refused, so a link to `/` costs nothing.
 * The files found are checked one by one afterwards.
 */
async function walk(pattern, excludes, places) {
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const stop = new AbortController();
    let refused;
    // The walk reads a linked folder by its resolved path; this map gives back the link's name for the message.
    const linkTo = new Map();
    const realpathNoting = (path, callback) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath)(path, (error, resolved) => {
        if (!error)
            linkTo.set(trimSlash(resolved), trimSlash(path));
        callback(error, resolved);
    });
    const readdirInside = (path, options, callback) => node_fs__WEBPACK_IMPORTED_MODULE_0__.realpath.native(path, (error, real) => {
        if (error)
            return callback(error, []);
        if (!places.allowed.some((root) => (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .isWithin */ .UO)(real, root.path))) {
            const link = linkTo.get(trimSlash(path));
            const named = link ?? trimSlash(path);
            const isLink = link !== undefined || isLinkNow(named);
            // A folder above an allowed place is listed when the walk starts there: a pattern such
            // as `${{ runner.temp }}/x` or `../` starts at the common parent and goes down towards
            // the places. A link to such a folder (`up -> /`) leads out, so it is refused.
            const isAbove = !isLink && places.allowed.some((root) => (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .isWithin */ .UO)(root.path, real));
            if (!isAbove) {
                refused ??= { path: named, realPath: real, isLink, kind: 'directory' };
                stop.abort();
                return callback(null, []);
            }
        }
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdir)(path, options, (error, entries) => callback(error, entries?.map(asFileWhenSpecial) ?? []));
    });
    const paths = await glob(pattern, {
        cwd: places.workspace,
        ignore: excludes,
        absolute: true,
        onlyFiles: true,
        expandDirectories: true,
        signal: stop.signal,
        fs: { realpath: realpathNoting, readdir: readdirInside }
    });
    return { paths, refused };
}
/**
 * Finds the files of the `attachments` (or `test-reports`) patterns, relative to the workspace,
 * in the way actions/upload-artifact reads its `path`: one pattern a line, `!` excludes, a
 * directory means the files in it. Each file is found once. Every file, and every folder
 * walked, must resolve inside the workspace or RUNNER_TEMP, and every file be a regular one:
 * anything else fails the step, even when other files matched.
 */
async function findAttachments(patterns, env, input = 'attachments') {
    // Loaded only when there is something to attach.
    const { isDynamicPattern } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const places = await filePlaces(env);
    const workspace = places.workspace;
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim());
    const found = new Map();
    const unmatched = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        // A path without wildcards is judged as named: the walk would skip a FIFO or device in
        // silence, and a file outside is best named as the user wrote it.
        if (!isDynamicPattern(pattern)) {
            const named = await inspect((0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(workspace, pattern)).catch(() => undefined);
            if (named)
                enforce(named.facts, places, input, named.facts.kind === 'directory' ? 'folder' : 'file', pattern);
        }
        const { paths, refused } = await walk(pattern, excludes, places);
        if (refused)
            enforce(refused, places, input, 'folder', pattern);
        if (!paths.length)
            unmatched.push(pattern);
        for (const path of paths.sort()) {
            if (found.has(path))
                continue;
            const matched = await inspect(path).catch((error) => {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `could not read ${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(path)}: ${error.message}`, 'Make sure the runner user can read it, or narrow the pattern.');
            });
            if (!matched)
                continue;
            enforce(matched.facts, places, input, 'file', pattern);
            found.set(path, { path, realPath: matched.facts.realPath, filename: (0,node_path__WEBPACK_IMPORTED_MODULE_2__.basename)(path), size: matched.size });
        }
    }
    const files = [...found.values()];
    // Two files of the same name from different folders get their workspace path as name.
    for (const file of files) {
        if (files.filter((other) => other.filename === file.filename).length > 1) {
            file.filename = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(workspace, file.path).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('_');
        }
    }
    return { files, unmatched };
}
/**
 * What `if-no-files-found` makes of the patterns of `input` that matched no file, as
 * actions/upload-artifact does: the warnings to print (`warn`), none (`ignore`), or an
 * InputError naming the first pattern (`error`).
 */
function unmatchedPatternWarnings(input, unmatched, mode) {
    if (mode === 'error' && unmatched.length) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(input, `no file matches \`${unmatched[0]}\``, 'Check the pattern against the workspace (paths are relative to it), or set `if-no-files-found: warn` to send without it.');
    }
    if (mode === 'ignore')
        return [];
    return unmatched.map((pattern) => `No file matches \`${pattern}\` in \`${input}\`; sending without it.`);
}
/** A size in messages: "25.0 MB". */
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/**
 * Fails before any connection when the attachments cannot go through Gmail, so the step
 * says so now instead of after a long upload ends in a 552.
 */
function checkAttachmentSize(files, messageBytes) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total + messageBytes > ATTACHMENT_LIMIT_BYTES)
        throw tooLarge(files, `The attachments total ${megabytes(total)}, over the 25 MB Gmail accepts in one message`);
}
function tooLarge(files, title) {
    const largest = [...files]
        .sort((a, b) => b.size - a.size)
        .slice(0, 3)
        .map((file) => `${file.filename} (${megabytes(file.size)})`)
        .join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotifyError */ .UW({
        code: 'message-too-large',
        title,
        fix: `Upload large files with actions/upload-artifact and link to them instead: the run's page ({{ run_url }} in \`body\`) lists its artifacts. ` +
            `Or narrow \`attachments\`; the largest files are ${largest}.`,
        retryable: false
    });
}
/**
 * Reads the files to attach into memory, counting the bytes actually read against the limit
 * (a file may have grown since it was found), so no more than 25 MB is ever held.
 */
async function readAttachments(files, messageBytes) {
    const attachments = [];
    let room = ATTACHMENT_LIMIT_BYTES - messageBytes;
    for (const file of files) {
        let read;
        try {
            read = await readCapped(file, Math.max(room, 0), 'attachments');
        }
        catch (error) {
            if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotifyError */ .UW)
                throw error;
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('attachments', `could not read ${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(file.path)}: ${error.message}`, 'Make sure an earlier step created the file and the runner user can read it, or narrow the pattern.');
        }
        if (read.over) {
            file.size = Math.max(file.size, read.content.length);
            throw tooLarge(files, `The attachments total more than the 25 MB Gmail accepts in one message: ${(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(file.filename)} held more than the file system reported`);
        }
        room -= read.content.length;
        attachments.push({ filename: file.filename, content: read.content });
    }
    return attachments;
}


/***/ }),

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
                    stoppedBecause: `the log has no error line in its first ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(maxBytes)}, where reading stopped`
                };
            }
        }
    }
    catch (error) {
        const why = limits.deadline.aborted
            ? `reading the log did not finish within ${limits.timeoutSeconds} s (input \`timeout\`) after ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(bytes)}`
            : `the download of the log broke off after ${(0,_files_js__WEBPACK_IMPORTED_MODULE_0__.megabytes)(bytes)} (${error.message})`;
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
            return { found, why };
        }
        return { found };
    }));
    // Grouped in the order of the jobs, not of the answers, which come in any order.
    const failures = new Map();
    for (const [index, { why }] of perJob.entries())
        if (why)
            failures.set(why, [...(failures.get(why) ?? []), jobs[index].name]);
    const all = perJob.flatMap((job) => job.found);
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
                timeoutSeconds: request.timeoutSeconds
            });
            if (reading.excerpt.length)
                job.excerpt = reading.excerpt;
            if (!reading.stoppedBecause)
                return undefined;
            return reading.excerpt.length
                ? `The log excerpt of job "${job.name}" shows the last lines read, which may not reach its first error: ${reading.stoppedBecause}.`
                : `Left out the log excerpt of job "${job.name}": ${reading.stoppedBecause}.`;
        }
        catch (error) {
            return `Left out the log excerpt of job "${job.name}": ${explainApiFailure(error, deadline.aborted, request)}.`;
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
    return line.length > max ? `${line.slice(0, max - 1)}\u2026` : line;
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


/***/ })

};
