export const id = 148;
export const ids = [148];
export const modules = {

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ATTACHMENT_LIMIT_BYTES: () => (/* binding */ ATTACHMENT_LIMIT_BYTES),
/* harmony export */   checkAttachmentSize: () => (/* binding */ checkAttachmentSize),
/* harmony export */   findAttachments: () => (/* binding */ findAttachments),
/* harmony export */   readAttachments: () => (/* binding */ readAttachments),
/* harmony export */   readBodyFile: () => (/* binding */ readBodyFile),
/* harmony export */   workspaceOf: () => (/* binding */ workspaceOf)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5237);




/** The directory relative paths are taken from: the workspace on a runner. */
function workspaceOf(env) {
    return env.GITHUB_WORKSPACE || process.cwd();
}
/** Reads the Markdown template named by `body-file` and checks its placeholders. */
async function readBodyFile(path, workspace) {
    const fullPath = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(workspace, path);
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(fullPath, 'utf8');
    }
    catch (error) {
        const code = error.code;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('body-file', `cannot read ${fullPath} (${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a directory' : error.message})`, 'Give the path of a Markdown file relative to the workspace, and check the repository out first (actions/checkout) when the file is part of it.');
    }
    (0,_template_js__WEBPACK_IMPORTED_MODULE_3__/* .checkPlaceholders */ .nV)('body-file', text);
    if (!text.trim())
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('body-file', `${fullPath} is empty`, 'Write the message in the file, or leave `body-file` empty for the generated notification.');
    return text;
}
/** Gmail takes 25 MB of attachments in one message (about 35 MB once base64-encoded). */
const ATTACHMENT_LIMIT_BYTES = 25 * 1024 * 1024;
/**
 * Finds the files of the `attachments` patterns, relative to the workspace, in the way
 * actions/upload-artifact reads its `path`: one pattern a line, `!` excludes, a directory
 * means the files in it. Each file is attached once.
 */
async function findAttachments(patterns, workspace) {
    // Loaded only when there is something to attach.
    const { glob } = await __webpack_require__.e(/* import() */ 382).then(__webpack_require__.bind(__webpack_require__, 3382));
    const excludes = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1).trim());
    const found = new Map();
    const unmatched = [];
    for (const pattern of patterns.filter((p) => !p.startsWith('!'))) {
        const paths = await glob(pattern, { cwd: workspace, ignore: excludes, absolute: true, onlyFiles: true, expandDirectories: true });
        if (!paths.length)
            unmatched.push(pattern);
        for (const path of paths.sort()) {
            if (!found.has(path))
                found.set(path, { path, filename: (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(path), size: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).size });
        }
    }
    const files = [...found.values()];
    // Two files of the same name from different folders get their workspace path as name.
    for (const file of files) {
        if (files.filter((other) => other.filename === file.filename).length > 1) {
            file.filename = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(workspace, file.path).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('_');
        }
    }
    return { files, unmatched };
}
function megabytes(bytes) {
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
/**
 * Fails before any connection when the attachments cannot go through Gmail, so the step
 * says so now instead of after a long upload ends in a 552.
 */
function checkAttachmentSize(files, messageBytes) {
    const total = files.reduce((sum, file) => sum + file.size, 0);
    if (total + messageBytes <= ATTACHMENT_LIMIT_BYTES)
        return;
    const largest = [...files]
        .sort((a, b) => b.size - a.size)
        .slice(0, 3)
        .map((file) => `${file.filename} (${megabytes(file.size)})`)
        .join(', ');
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NotifyError */ .UW({
        code: 'message-too-large',
        title: `The attachments total ${megabytes(total)}, over the 25 MB Gmail accepts in one message`,
        fix: `Upload large files with actions/upload-artifact and link to them instead: the run's page ({{ run_url }} in \`body\`) lists its artifacts. ` +
            `Or narrow \`attachments\`; the largest files are ${largest}.`,
        retryable: false
    });
}
/** Reads the files to attach into memory (at most 25 MB). */
async function readAttachments(files) {
    return Promise.all(files.map(async (file) => {
        try {
            return { filename: file.filename, content: await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(file.path) };
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .dz('attachments', `could not read ${file.path}: ${error.message}`, 'Make sure an earlier step created the file and the runner user can read it, or narrow the pattern.');
        }
    }));
}


/***/ })

};
