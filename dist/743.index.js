export const id = 743;
export const ids = [743];
export const modules = {

/***/ 2743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   previewDirectory: () => (/* binding */ previewDirectory),
/* harmony export */   writePreview: () => (/* binding */ writePreview)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var nodemailer_lib_mail_composer__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(110);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3916);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2497);
/* harmony import */ var _mail_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3496);







/** Why a preview could not be written, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_6__/* .defineWords */ .Pw)('preview', {
    notWritten: {
        en: (directory) => `Could not write the dry-run preview in ${directory}`,
        ko: (directory) => `${directory}\uc5d0 \ubbf8\ub9ac\ubcf4\uae30(dry-run) \ud30c\uc77c\uc744 \uc4f0\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4`
    },
    fix: {
        en: 'The preview is written to RUNNER_TEMP (the system temporary folder outside a runner): make sure it exists and is writable. Nothing was sent.',
        ko: '\ubbf8\ub9ac\ubcf4\uae30\ub294 RUNNER_TEMP(\ub7ec\ub108 \ubc16\uc5d0\uc11c\ub294 \uc2dc\uc2a4\ud15c \uc784\uc2dc \ud3f4\ub354)\uc5d0 \uc501\ub2c8\ub2e4. \uadf8 \ud3f4\ub354\uac00 \uc788\uace0 \uc4f8 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694. \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4.'
    }
});
/** Builds the exact message that would be sent, with the composer a send uses, and writes it as an .eml file. */
async function writePreview(settings, message, directory) {
    const mail = (0,_mail_js__WEBPACK_IMPORTED_MODULE_5__/* .buildMail */ .S)(settings, message);
    // CRLF line ends, as on the wire: what mail programs expect of an .eml file.
    const eml = await new nodemailer_lib_mail_composer__WEBPACK_IMPORTED_MODULE_3__/* ["default"] */ .A({ ...mail, newline: 'windows' }).compile().build();
    let emlPath;
    try {
        emlPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(directory, 'email-preview-')), 'notification.eml');
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.writeFile)(emlPath, eml);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .NotifyError */ .UW((language) => ({
            code: 'unknown',
            title: WORDS[language].notWritten(directory),
            detail: error.message,
            fix: WORDS[language].fix,
            retryable: false
        }));
    }
    return { emlPath, messageId: mail.messageId };
}
/** Where a preview is written: the runner's temporary directory, emptied after the job. */
function previewDirectory(env) {
    return env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)();
}


/***/ })

};
