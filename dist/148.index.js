export const id = 148;
export const ids = [148];
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


/***/ })

};
