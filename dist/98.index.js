export const id = 98;
export const ids = [98];
export const modules = {

/***/ 8098:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   committersToMail: () => (/* binding */ committersToMail)
/* harmony export */ });
/* unused harmony export chooseCommitters */
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2497);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5260);


/** What the log says about the committers, and why an author is left out. */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .defineWords */ .Pw)('committers', {
    noAddress: { en: 'the commit records no address', ko: '\ucee4\ubc0b\uc5d0 \uc8fc\uc18c\uac00 \uae30\ub85d\ub418\uc5b4 \uc788\uc9c0 \uc54a\uc74c' },
    bot: { en: 'a bot', ko: '\ubd07' },
    noreply: { en: "GitHub's noreply address, which receives no mail", ko: '\uba54\uc77c\uc744 \ubc1b\uc9c0 \uc54a\ub294 GitHub\uc758 noreply \uc8fc\uc18c' },
    notAddress: { en: 'not an email address', ko: '\uc774\uba54\uc77c \uc8fc\uc18c\uac00 \uc544\ub2d8' },
    notInDomains: {
        en: (domain) => `${domain} is not in \`committer-domains\``,
        ko: (domain) => `${domain} \ub3c4\uba54\uc778\uc774 \`committer-domains\`\uc5d0 \uc5c6\uc74c`
    },
    alreadyRecipient: { en: 'already a recipient', ko: '\uc774\ubbf8 \ubc1b\ub294 \uc0ac\ub78c\uc784' },
    anAuthor: { en: 'an author', ko: '\uc774\ub984 \uc5c6\ub294 \uc791\uc131\uc790' },
    notFailure: {
        en: (status) => `Not mailing the committers: the outcome is ${status}, and only a failure is mailed to them.`,
        ko: (status) => `\ucee4\ubc0b \uc791\uc131\uc790\uc5d0\uac8c\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4: \uacb0\uacfc\uac00 ${status}\uc774\uace0, \uc791\uc131\uc790\uc5d0\uac8c\ub294 \uc2e4\ud328\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4.`
    },
    noCommits: {
        en: (eventName) => `Not mailing the committers: the ${eventName || 'triggering'} event lists no commits.`,
        ko: (eventName) => `\ucee4\ubc0b \uc791\uc131\uc790\uc5d0\uac8c\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4: ${eventName ? `${eventName} \uc774\ubca4\ud2b8` : '\uc2e4\ud589\uc744 \uc77c\uc73c\ud0a8 \uc774\ubca4\ud2b8'}\uc5d0 \ucee4\ubc0b \ubaa9\ub85d\uc774 \uc5c6\uc2b5\ub2c8\ub2e4.`
    },
    mailing: {
        en: (authors) => `Mailing the committers, after \`to\`: ${authors}.`,
        ko: (authors) => `\ucee4\ubc0b \uc791\uc131\uc790\uc5d0\uac8c\ub3c4 \ubcf4\ub0c5\ub2c8\ub2e4(\`to\` \ub2e4\uc74c\uc5d0 \ucd94\uac00): ${authors}.`
    },
    noneToMail: { en: 'No committer to mail.', ko: '\uba54\uc77c\uc744 \ubcf4\ub0bc \ucee4\ubc0b \uc791\uc131\uc790\uac00 \uc5c6\uc2b5\ub2c8\ub2e4.' },
    leftOut: { en: (authors) => `Left out of the committers: ${authors}.`, ko: (authors) => `\uc81c\uc678\ud55c \ucee4\ubc0b \uc791\uc131\uc790: ${authors}.` }
});
// The same shape settings.ts accepts in `to`: one address, no display-name tricks.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+(\.[^\s@<>()[\]\\,;:"]+)*@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/;
function whyNot(author, domains, words) {
    const email = author.email.toLowerCase();
    if (!email)
        return words.noAddress;
    // GitHub's own bots commit as "name[bot]" from a noreply address: check them first to say so.
    if (/\[bot\]$/i.test(author.name.trim()) || /\[bot\]@/i.test(email))
        return words.bot;
    if (email === 'noreply@github.com' || /@users\.noreply\./.test(email))
        return words.noreply;
    if (!ADDRESS.test(email))
        return words.notAddress;
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!domains.includes(domain))
        return words.notInDomains(domain);
    return undefined;
}
/**
 * The authors to mail: those whose address is at one of `domains`, is not GitHub's noreply
 * address, is not a bot's, and is not a recipient already (`to`, `cc` or `bcc`). Each other
 * author is in `leftOut` with the reason, in `language`.
 */
function chooseCommitters(authors, domains, recipients, language) {
    const words = WORDS[language];
    const taken = new Set(recipients.map((mailbox) => mailbox.address.toLowerCase()));
    const seen = new Set();
    const choice = { added: [], leftOut: [] };
    for (const author of authors) {
        const name = author.name.trim();
        const email = author.email.trim();
        const key = email.toLowerCase() || `name:${name}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        const reason = taken.has(email.toLowerCase()) ? words.alreadyRecipient : whyNot({ name, email }, domains, words);
        if (reason)
            choice.leftOut.push({ name, email, reason });
        else
            choice.added.push({ name: name.replace(_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .EVERY_CONTROL_CHARACTER */ .Kf, ''), address: email });
    }
    return choice;
}
/** "Mona Lisa <mona@example.com>", or the address alone. */
function shownAuthor(author, language) {
    const name = author.name.replace(_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .EVERY_CONTROL_CHARACTER */ .Kf, '');
    const email = author.email.replace(_printable_js__WEBPACK_IMPORTED_MODULE_0__/* .EVERY_CONTROL_CHARACTER */ .Kf, '');
    if (!email)
        return name || WORDS[language].anAuthor;
    return name ? `${name} <${email}>` : email;
}
/**
 * Who `mail-committers` adds for this run, and the lines that tell the log who was added, who
 * was left out and why. Only a failure is mailed to its committers: a success or a cancellation
 * (often by a newer push) is not theirs to act on, and an unknown outcome may be a success.
 */
function committersToMail(settings, status, commits, eventName) {
    const { language } = settings;
    const words = WORDS[language];
    if (status !== 'failure')
        return { added: [], log: [words.notFailure(status ?? 'unknown')] };
    if (!commits.length)
        return { added: [], log: [words.noCommits(eventName)] };
    const authors = commits.map((commit) => ({ name: commit.author, email: commit.authorEmail ?? '' }));
    const choice = chooseCommitters(authors, settings.committerDomains, [...settings.to, ...settings.cc, ...settings.bcc], language);
    const log = [];
    if (choice.added.length) {
        log.push(words.mailing(choice.added.map((mailbox) => shownAuthor({ name: mailbox.name, email: mailbox.address }, language)).join(', ')));
    }
    else {
        log.push(words.noneToMail);
    }
    if (choice.leftOut.length) {
        log.push(words.leftOut(choice.leftOut.map((author) => `${shownAuthor(author, language)} (${author.reason})`).join(', ')));
    }
    return { added: choice.added, log };
}


/***/ })

};
