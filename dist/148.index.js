export const id = 148;
export const ids = [148];
export const modules = {

/***/ 1428:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ pathRefusal),
/* harmony export */   OD: () => (/* binding */ throughLink),
/* harmony export */   UO: () => (/* binding */ isWithin),
/* harmony export */   aG: () => (/* binding */ kindIn),
/* harmony export */   g$: () => (/* binding */ printable),
/* harmony export */   pS: () => (/* binding */ shownPath),
/* harmony export */   qD: () => (/* binding */ refusalFix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2497);
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
/** Why a path is refused and how to fix it, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .defineWords */ .Pw)('file-policy', {
    /** An allowed place and where it is: "the workspace (/ws)". */
    place: {
        en: (name, path) => `${name} (${path})`,
        ko: (name, path) => `${name === 'the workspace' ? '\uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4' : name}(${path})`
    },
    kind: {
        en: (kind) => kind,
        ko: (kind) => ({
            'regular file': '\uc77c\ubc18 \ud30c\uc77c',
            directory: '\ub514\ub809\ud130\ub9ac',
            'FIFO (named pipe)': 'FIFO(\uc774\ub984 \uc788\ub294 \ud30c\uc774\ud504)',
            'character device': '\ubb38\uc790 \uc7a5\uce58',
            'block device': '\ube14\ub85d \uc7a5\uce58',
            socket: '\uc18c\ucf13',
            'special file': '\ud2b9\uc218 \ud30c\uc77c'
        })[kind]
    },
    /** "results is a symbolic link to /, outside the workspace (/ws) and RUNNER_TEMP (/tmp)". */
    outside: {
        en: (shown, real, via, where) => `${shown}${via === 'link' ? ` is a symbolic link to ${real},` : via === 'folder' ? ` resolves through a symbolically linked folder to ${real},` : ' is'} outside ${where}`,
        ko: (shown, real, via, where) => via === 'link'
            ? `${shown}\uc740(\ub294) \uc2ec\ubcfc\ub9ad \ub9c1\ud06c\uc774\uba70, \uadf8 \ub300\uc0c1(${real})\uc774 ${where} \ubc16\uc5d0 \uc788\uc2b5\ub2c8\ub2e4`
            : via === 'folder'
                ? `${shown}\uc740(\ub294) \uc2ec\ubcfc\ub9ad \ub9c1\ud06c\ub85c \uc5f0\uacb0\ub41c \ud3f4\ub354\ub97c \uac70\uce58\uba70, \uc2e4\uc81c \uacbd\ub85c(${real})\uac00 ${where} \ubc16\uc5d0 \uc788\uc2b5\ub2c8\ub2e4`
                : `${shown}\uc740(\ub294) ${where} \ubc16\uc5d0 \uc788\uc2b5\ub2c8\ub2e4`
    },
    /** "dump.bin is a character device, not a regular file". */
    wrongKind: {
        en: (shown, real, via, kind, expected) => `${shown}${via === 'link' ? ` is a symbolic link to ${real}, which` : via === 'folder' ? ` resolves through a symbolically linked folder to ${real}, which` : ''} is a ${kind}, not a ${expected}`,
        ko: (shown, real, via, kind, expected) => {
            const not = expected === 'directory' ? '\ub514\ub809\ud130\ub9ac\uac00 \uc544\ub2c8\ub77c' : '\uc77c\ubc18 \ud30c\uc77c\uc774 \uc544\ub2c8\ub77c';
            if (via === 'link')
                return `${shown}\uc740(\ub294) \uc2ec\ubcfc\ub9ad \ub9c1\ud06c\uc774\uba70, \uadf8 \ub300\uc0c1(${real})\uc740 ${not} ${kind}\uc785\ub2c8\ub2e4`;
            if (via === 'folder')
                return `${shown}\uc740(\ub294) \uc2ec\ubcfc\ub9ad \ub9c1\ud06c\ub85c \uc5f0\uacb0\ub41c \ud3f4\ub354\ub97c \uac70\uce58\uba70, \uc2e4\uc81c \uacbd\ub85c(${real})\ub294 ${not} ${kind}\uc785\ub2c8\ub2e4`;
            return `${shown}\uc740(\ub294) ${not} ${kind}\uc785\ub2c8\ub2e4`;
        }
    },
    rule: {
        en: 'Files are read only from inside the workspace or RUNNER_TEMP, after following symbolic links, and only regular files.',
        ko: '\ud30c\uc77c\uc740 \uc2ec\ubcfc\ub9ad \ub9c1\ud06c\ub97c \ub530\ub77c\uac04 \ub4a4 \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4\ub098 RUNNER_TEMP \uc548\uc5d0 \uc788\ub294 \uc77c\ubc18 \ud30c\uc77c\ub9cc \uc77d\uc2b5\ub2c8\ub2e4.'
    },
    /** Said only when a symbolic link led there: a link is how a change can make the action mail a secret. */
    linkWarning: {
        en: ' A link to a file elsewhere (such as /proc/self/environ) would mail what it holds: if this link came with a change you did not write, do not run it with secrets.',
        ko: ' \ub2e4\ub978 \uacf3\uc758 \ud30c\uc77c(\uc608: /proc/self/environ)\uc744 \uac00\ub9ac\ud0a4\ub294 \ub9c1\ud06c\ub294 \uadf8 \ub0b4\uc6a9\uc744 \uba54\uc77c\ub85c \ubcf4\ub0b4\uac8c \ub429\ub2c8\ub2e4. \uc774 \ub9c1\ud06c\uac00 \uc9c1\uc811 \uc791\uc131\ud558\uc9c0 \uc54a\uc740 \ubcc0\uacbd\uc5d0 \ub4e4\uc5b4 \uc788\uc5c8\ub2e4\uba74 \uc2dc\ud06c\ub9bf\uacfc \ud568\uaed8 \uc2e4\ud589\ud558\uc9c0 \ub9c8\uc138\uc694.'
    },
    bodyFileFix: {
        en: (rule) => `Point \`body-file\` at a Markdown file in the repository (relative to the workspace) or in RUNNER_TEMP. ${rule}`,
        ko: (rule) => `\`body-file\`\uc744 \uc800\uc7a5\uc18c(\uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4 \uae30\uc900 \uc0c1\ub300 \uacbd\ub85c)\ub098 RUNNER_TEMP\uc5d0 \uc788\ub294 Markdown \ud30c\uc77c\ub85c \uc124\uc815\ud558\uc138\uc694. ${rule}`
    },
    patternFix: {
        en: (input, rule) => `Narrow the pattern, or exclude this path with a \`!\` line. To ${input === 'attachments' ? 'attach a file' : 'read a report'} from elsewhere, copy it into the workspace or RUNNER_TEMP in an earlier step. ${rule}`,
        ko: (input, rule) => `\ud328\ud134\uc744 \uc881\ud788\uac70\ub098 \`!\` \uc904\ub85c \uc774 \uacbd\ub85c\ub97c \uc81c\uc678\ud558\uc138\uc694. \ub2e4\ub978 \uacf3\uc758 ${input === 'attachments' ? '\ud30c\uc77c\uc744 \ucca8\ubd80\ud558\ub824\uba74' : '\ubcf4\uace0\uc11c\ub97c \uc77d\uc73c\ub824\uba74'} \uc55e \ub2e8\uacc4\uc5d0\uc11c \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4\ub098 RUNNER_TEMP\ub85c \ubcf5\uc0ac\ud558\uc138\uc694. ${rule}`
    }
});
/**
 * Why the path may not be read, or undefined when it may: it must resolve inside an allowed
 * place, and be a regular file (or, for a folder a pattern walks into, a directory).
 */
function pathRefusal(facts, places, wanted, language = _language_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LANGUAGE */ .Nm) {
    const words = WORDS[language];
    const shown = shownPath(facts.path, places.workspace);
    const real = printable(facts.realPath);
    const via = facts.isLink ? 'link' : throughLink(facts) ? 'folder' : undefined;
    if (!places.allowed.some((root) => isWithin(facts.realPath, root.path))) {
        const where = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .listOf */ .c3)(places.allowed.map((root) => words.place(root.name, printable(root.path))), language);
        return words.outside(shown, real, via, where);
    }
    const expected = wanted === 'file' ? 'regular file' : 'directory';
    if (facts.kind === expected)
        return undefined;
    return words.wrongKind(shown, real, via, words.kind(facts.kind), expected);
}
/** Whether a symbolic link, the path's own or a folder's on the way, led to where the path is. */
function throughLink(facts) {
    return facts.isLink || facts.realPath !== facts.path;
}
/** How to fix a refused path, for the input that named it; with the warning about links when one led there. */
function refusalFix(input, language = _language_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LANGUAGE */ .Nm, linked = true) {
    const words = WORDS[language];
    const rule = linked ? `${words.rule}${words.linkWarning}` : words.rule;
    return input === 'body-file' ? words.bodyFileFix(rule) : words.patternFix(input, rule);
}
/** A file's kind in words, for a message in `language`: "regular file", "\uc77c\ubc18 \ud30c\uc77c". */
function kindIn(kind, language) {
    return WORDS[language].kind(kind);
}


/***/ }),

/***/ 9148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2497);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5237);







/** The problems with `body-file` and `attachments` and their fixes, and the warnings, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_6__/* .defineWords */ .Pw)('files', {
    /** After a refusal: " (pattern `dist/**`)". */
    inPattern: {
        en: (refusal, pattern) => `${refusal} (pattern \`${pattern}\`)`,
        ko: (refusal, pattern) => `${refusal}(\ud328\ud134 \`${pattern}\`)`
    },
    replaced: {
        en: (path, kind) => `${path} was replaced by a ${kind} after it was checked`,
        ko: (path, kind) => `${path}\uc740(\ub294) \ud655\uc778\ud55c \ub4a4\uc5d0 \ub2e4\ub978 \uac83\uc73c\ub85c \ubc14\ub00c\uc5c8\uc2b5\ub2c8\ub2e4(\uc9c0\uae08\uc740 ${kind})`
    },
    noSuchFile: { en: 'no such file', ko: '\ud30c\uc77c\uc774 \uc5c6\uc74c' },
    bodyFileUnreadable: {
        en: (path, why) => ({
            problem: `cannot read ${path} (${why})`,
            fix: 'Give the path of a Markdown file relative to the workspace, and check the repository out first (actions/checkout) when the file is part of it.'
        }),
        ko: (path, why) => ({
            problem: `${path}\uc744(\ub97c) \uc77d\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4(${why})`,
            fix: '\uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4 \uae30\uc900 \uc0c1\ub300 \uacbd\ub85c\ub85c Markdown \ud30c\uc77c\uc744 \uc9c0\uc815\ud558\uace0, \ud30c\uc77c\uc774 \uc800\uc7a5\uc18c\uc5d0 \ub4e4\uc5b4 \uc788\ub2e4\uba74 \uba3c\uc800 \uc800\uc7a5\uc18c\ub97c \uccb4\ud06c\uc544\uc6c3\ud558\uc138\uc694(actions/checkout).'
        })
    },
    bodyFileTooLarge: {
        en: (shown, megabytes) => ({
            problem: `${shown} is larger than ${megabytes} MB`,
            fix: 'Keep the message short and link to long reports ({{ run_url }}), or send them with `attachments`.'
        }),
        ko: (shown, megabytes) => ({
            problem: `${shown}\uc758 \ud06c\uae30\uac00 ${megabytes} MB\ub97c \ub118\uc2b5\ub2c8\ub2e4`,
            fix: '\uba54\uc2dc\uc9c0\ub294 \uc9e7\uac8c \uc4f0\uace0 \uae34 \ubcf4\uace0\uc11c\ub294 \ub9c1\ud06c({{ run_url }})\ub85c \uc54c\ub9ac\uac70\ub098 `attachments`\ub85c \ubcf4\ub0b4\uc138\uc694.'
        })
    },
    bodyFileBinary: {
        en: (shown) => ({
            problem: `${shown} is not UTF-8 text (it looks binary)`,
            fix: 'Point `body-file` at a Markdown file saved as UTF-8 text.'
        }),
        ko: (shown) => ({
            problem: `${shown}\uc740(\ub294) UTF-8 \ud14d\uc2a4\ud2b8\uac00 \uc544\ub2d9\ub2c8\ub2e4(\ubc14\uc774\ub108\ub9ac \ud30c\uc77c\ub85c \ubcf4\uc785\ub2c8\ub2e4)`,
            fix: '`body-file`\uc744 UTF-8 \ud14d\uc2a4\ud2b8\ub85c \uc800\uc7a5\ud55c Markdown \ud30c\uc77c\ub85c \uc124\uc815\ud558\uc138\uc694.'
        })
    },
    bodyFileEmpty: {
        en: (path) => ({
            problem: `${path} is empty`,
            fix: 'Write the message in the file, or leave `body-file` empty for the generated notification.'
        }),
        ko: (path) => ({
            problem: `${path} \ud30c\uc77c\uc774 \ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: '\ud30c\uc77c\uc5d0 \uba54\uc2dc\uc9c0\ub97c \uc4f0\uac70\ub098, \uc561\uc158\uc774 \ub9cc\ub4dc\ub294 \uc54c\ub9bc\uc744 \ubcf4\ub0b4\ub824\uba74 `body-file`\uc744 \ube44\uc6cc \ub450\uc138\uc694.'
        })
    },
    foundUnreadable: {
        en: (path, why) => ({
            problem: `could not read ${path}: ${why}`,
            fix: 'Make sure the runner user can read it, or narrow the pattern.'
        }),
        ko: (path, why) => ({
            problem: `${path} \ud30c\uc77c\uc744 \uc77d\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4: ${why}`,
            fix: '\ub7ec\ub108 \uc0ac\uc6a9\uc790\uac00 \uadf8 \ud30c\uc77c\uc744 \uc77d\uc744 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uac70\ub098 \ud328\ud134\uc744 \uc881\ud788\uc138\uc694.'
        })
    },
    noFileMatches: {
        en: (pattern) => ({
            problem: `no file matches \`${pattern}\``,
            fix: 'Check the pattern against the workspace (paths are relative to it), or set `if-no-files-found: warn` to send without it.'
        }),
        ko: (pattern) => ({
            problem: `\`${pattern}\`\uc5d0 \ub9de\ub294 \ud30c\uc77c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: '\ud328\ud134\uc744 \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4\uc640 \ub9de\ucdb0 \ubcf4\uac70\ub098(\uacbd\ub85c\ub294 \uc6cc\ud06c\uc2a4\ud398\uc774\uc2a4 \uae30\uc900\uc785\ub2c8\ub2e4), \uadf8 \ud30c\uc77c \uc5c6\uc774 \ubcf4\ub0b4\ub824\uba74 `if-no-files-found: warn`\uc73c\ub85c \uc124\uc815\ud558\uc138\uc694.'
        })
    },
    sendingWithout: {
        en: (pattern, input) => `No file matches \`${pattern}\` in \`${input}\`; sending without it.`,
        ko: (pattern, input) => `\`${input}\`\uc758 \`${pattern}\`\uc5d0 \ub9de\ub294 \ud30c\uc77c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4. \uadf8 \ud30c\uc77c \uc5c6\uc774 \ubcf4\ub0c5\ub2c8\ub2e4.`
    },
    attachmentsTotal: {
        en: (total) => `The attachments total ${total}, over the 25 MB Gmail accepts in one message`,
        ko: (total) => `\ucca8\ubd80 \ud30c\uc77c\uc774 \ubaa8\ub450 ${total}\ub85c, Gmail\uc774 \uba54\uc2dc\uc9c0 \ud558\ub098\uc5d0 \ubc1b\ub294 25 MB\ub97c \ub118\uc2b5\ub2c8\ub2e4`
    },
    attachmentGrew: {
        en: (filename) => `The attachments total more than the 25 MB Gmail accepts in one message: ${filename} held more than the file system reported`,
        ko: (filename) => `\ucca8\ubd80 \ud30c\uc77c\uc774 \ubaa8\ub450 Gmail\uc774 \uba54\uc2dc\uc9c0 \ud558\ub098\uc5d0 \ubc1b\ub294 25 MB\ub97c \ub118\uc2b5\ub2c8\ub2e4: ${filename}\uc5d0 \ud30c\uc77c \uc2dc\uc2a4\ud15c\uc774 \uc54c\ub824 \uc900 \uac83\ubcf4\ub2e4 \ub9ce\uc740 \ub0b4\uc6a9\uc774 \ub4e4\uc5b4 \uc788\uc5c8\uc2b5\ub2c8\ub2e4`
    },
    tooLargeFix: {
        en: (largest) => `Upload large files with actions/upload-artifact and link to them instead: the run's page ({{ run_url }} in \`body\`) lists its artifacts. ` +
            `Or narrow \`attachments\`; the largest files are ${largest}.`,
        ko: (largest) => '\ud070 \ud30c\uc77c\uc740 actions/upload-artifact\ub85c \uc62c\ub9ac\uace0 \ub300\uc2e0 \ub9c1\ud06c\ub97c \ubcf4\ub0b4\uc138\uc694. \uc2e4\ud589 \ud398\uc774\uc9c0(`body`\uc758 {{ run_url }})\uc5d0 \uadf8 \uc544\ud2f0\ud329\ud2b8\uac00 \ub098\uc635\ub2c8\ub2e4. ' +
            `\ub610\ub294 \`attachments\`\ub97c \uc881\ud788\uc138\uc694. \uac00\uc7a5 \ud070 \ud30c\uc77c: ${largest}.`
    },
    attachmentUnreadable: {
        en: (path, why) => ({
            problem: `could not read ${path}: ${why}`,
            fix: 'Make sure an earlier step created the file and the runner user can read it, or narrow the pattern.'
        }),
        ko: (path, why) => ({
            problem: `${path} \ud30c\uc77c\uc744 \uc77d\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4: ${why}`,
            fix: '\uc55e \ub2e8\uacc4\uc5d0\uc11c \ud30c\uc77c\uc744 \ub9cc\ub4e4\uc5c8\uace0 \ub7ec\ub108 \uc0ac\uc6a9\uc790\uac00 \uc77d\uc744 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uac70\ub098, \ud328\ud134\uc744 \uc881\ud788\uc138\uc694.'
        })
    }
});
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
    if (!(0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .pathRefusal */ .M)(facts, places, wanted))
        return;
    throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)(input, WORDS, (words, language) => {
        const refusal = (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .pathRefusal */ .M)(facts, places, wanted, language);
        return { problem: pattern ? words.inPattern(refusal, (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(pattern)) : refusal, fix: (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalFix */ .qD)(input, language, (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .throughLink */ .OD)(facts)) };
    });
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)(input, WORDS, (words, language) => ({
                problem: words.replaced((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(facts.path), (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .kindIn */ .aG)(kind, language)),
                fix: (0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .refusalFix */ .qD)(input, language)
            }));
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
    // `why` is the system's own message, or undefined when there is no file.
    const unreadable = (why) => (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)('body-file', WORDS, (words) => words.bodyFileUnreadable((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(fullPath), why ?? words.noSuchFile));
    let read;
    try {
        const found = await inspect(fullPath);
        if (!found)
            throw unreadable();
        enforce(found.facts, places, 'body-file', 'file');
        read = await readCapped(found.facts, BODY_FILE_LIMIT_BYTES, 'body-file');
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotifyError */ .UW)
            throw error;
        throw unreadable(error.message);
    }
    if (read.over) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)('body-file', WORDS, (words) => words.bodyFileTooLarge(shown, BODY_FILE_LIMIT_BYTES / 1024 / 1024));
    }
    let text;
    try {
        if (read.content.includes(0))
            throw new Error('NUL byte');
        text = new TextDecoder('utf-8', { fatal: true }).decode(read.content);
    }
    catch {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)('body-file', WORDS, (words) => words.bodyFileBinary(shown));
    }
    (0,_template_js__WEBPACK_IMPORTED_MODULE_5__/* .checkPlaceholders */ .nV)('body-file', text);
    if (!text.trim())
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)('body-file', WORDS, (words) => words.bodyFileEmpty((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(fullPath)));
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
                throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.foundUnreadable((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(path), error.message));
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
function unmatchedPatternWarnings(input, unmatched, mode, language = _language_js__WEBPACK_IMPORTED_MODULE_6__/* .DEFAULT_LANGUAGE */ .Nm) {
    if (mode === 'error' && unmatched.length)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.noFileMatches(unmatched[0]));
    if (mode === 'ignore')
        return [];
    return unmatched.map((pattern) => WORDS[language].sendingWithout(pattern, input));
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
        throw tooLarge(files, (words) => words.attachmentsTotal(megabytes(total)));
}
/** A message-too-large failure, told in the language of the report. */
function tooLarge(files, title) {
    const largest = [...files]
        .sort((a, b) => b.size - a.size)
        .slice(0, 3)
        .map((file) => `${file.filename} (${megabytes(file.size)})`)
        .join(', ');
    return new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NotifyError */ .UW((language) => ({
        code: 'message-too-large',
        title: title(WORDS[language]),
        fix: WORDS[language].tooLargeFix(largest),
        retryable: false
    }));
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
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)('attachments', WORDS, (words) => words.attachmentUnreadable((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(file.path), error.message));
        }
        if (read.over) {
            file.size = Math.max(file.size, read.content.length);
            throw tooLarge(files, (words) => words.attachmentGrew((0,_file_policy_js__WEBPACK_IMPORTED_MODULE_4__/* .printable */ .g$)(file.filename)));
        }
        room -= read.content.length;
        attachments.push({ filename: file.filename, content: read.content });
    }
    return attachments;
}


/***/ })

};
