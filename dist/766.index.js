export const id = 766;
export const ids = [766,344];
export const modules = {

/***/ 9766:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  APP_PASSWORD_STEPS: () => (/* binding */ diagnose_APP_PASSWORD_STEPS),
  APP_PASSWORD_URL: () => (/* reexport */ APP_PASSWORD_URL),
  diagnose: () => (/* binding */ diagnose),
  isGoogle: () => (/* binding */ isGoogle),
  printableExcerpt: () => (/* binding */ printableExcerpt),
  unconfirmedDelivery: () => (/* binding */ unconfirmedDelivery)
});

// EXTERNAL MODULE: ./src/language.ts
var src_language = __webpack_require__(2497);
// EXTERNAL MODULE: ./src/oauth2.ts
var oauth2 = __webpack_require__(3344);
// EXTERNAL MODULE: ./src/settings.ts
var settings = __webpack_require__(8750);
;// CONCATENATED MODULE: ./src/diagnose-words.ts



const APP_PASSWORD_URL = 'https://myaccount.google.com/apppasswords';
/** Gmail's App Password steps, said by more than one diagnosis. */
const APP_PASSWORD_STEPS = (0,src_language/* defineWords */.Pw)('diagnose: App Password', {
    steps: {
        en: '1) turn on 2-Step Verification for the Google account (https://myaccount.google.com/signinoptions/twosv); ' +
            `2) create an App Password at ${APP_PASSWORD_URL} (if that page says the setting is not available, open Google Account \u2192 Security and search "App passwords"; ` +
            'work and school accounts whose admin disabled App Passwords must use the oauth2-* inputs instead); ' +
            '3) store its 16 letters as a repository secret (Settings \u2192 Secrets and variables \u2192 Actions \u2192 New repository secret), for example GMAIL_APP_PASSWORD; ' +
            '4) pass it as `password: ${{ secrets.GMAIL_APP_PASSWORD }}` and set `username` to the full address (you@gmail.com).',
        ko: '1) Google \uacc4\uc815\uc758 2\ub2e8\uacc4 \uc778\uc99d\uc744 \ucf2d\ub2c8\ub2e4(https://myaccount.google.com/signinoptions/twosv). ' +
            `2) ${APP_PASSWORD_URL} \uc5d0\uc11c \uc571 \ube44\ubc00\ubc88\ud638\ub97c \ub9cc\ub4ed\ub2c8\ub2e4(\uc124\uc815\uc744 \uc0ac\uc6a9\ud560 \uc218 \uc5c6\ub2e4\uace0 \ub098\uc624\uba74 Google \uacc4\uc815 \u2192 \ubcf4\uc548\uc5d0\uc11c "\uc571 \ube44\ubc00\ubc88\ud638"\ub97c \uac80\uc0c9\ud558\uc138\uc694. ` +
            '\uad00\ub9ac\uc790\uac00 \uc571 \ube44\ubc00\ubc88\ud638\ub97c \ub9c9\uc740 \ud68c\uc0ac\u00b7\ud559\uad50 \uacc4\uc815\uc740 \ub300\uc2e0 oauth2-* \uc785\ub825\uc744 \uc0ac\uc6a9\ud574\uc57c \ud569\ub2c8\ub2e4). ' +
            '3) 16\uc790\ub9ac \ubb38\uc790\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc73c\ub85c \uc800\uc7a5\ud569\ub2c8\ub2e4(Settings \u2192 Secrets and variables \u2192 Actions \u2192 New repository secret), \uc608: GMAIL_APP_PASSWORD. ' +
            '4) `password: ${{ secrets.GMAIL_APP_PASSWORD }}`\ub85c \ub118\uae30\uace0 `username`\uc5d0\ub294 \uc804\uccb4 \uc8fc\uc18c(you@gmail.com)\ub97c \ub123\uc2b5\ub2c8\ub2e4.'
    }
});
/** The App Password steps in `language`. */
function appPasswordSteps(language) {
    return APP_PASSWORD_STEPS[language].steps;
}
const HINTS = (0,src_language/* defineWords */.Pw)('diagnose: hints', {
    oauth2Token: { en: (0,oauth2.oauth2TokenHint)('en'), ko: (0,oauth2.oauth2TokenHint)('ko') },
    silentNonSmtp: {
        en: 'a server that is not an SMTP server (a web server, for one) stays silent too',
        ko: 'SMTP \uc11c\ubc84\uac00 \uc544\ub2cc \uc11c\ubc84(\uc608: \uc6f9 \uc11c\ubc84)\ub3c4 \uc544\ubb34 \ub9d0\uc744 \ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4'
    },
    smtpServerOfProvider: {
        en: 'Gmail: smtp.gmail.com with 465, or 587 with `secure: false`',
        ko: 'Gmail: smtp.gmail.com\uc5d0 465, \ub610\ub294 587\uc5d0 `secure: false`'
    }
});
/** Words shared by several diagnoses. */
function hints(language) {
    return HINTS[language];
}
const enPart = (part) => (part.kind === 'unasked' ? 'A reply to no command' : part.kind === 'reply' ? `Its reply to ${part.verb}` : 'Its greeting');
const koPart = (part) => part.kind === 'unasked' ? '\uc694\uccad\ud558\uc9c0 \uc54a\uc740 \uc751\ub2f5' : part.kind === 'reply' ? `${part.verb} \uba85\ub839\uc5d0 \ub300\ud55c \uc751\ub2f5` : '\uc778\uc0ac\ub9d0(greeting)';
const DIAGNOSES = (0,src_language/* defineWords */.Pw)('diagnose', {
    noStartTls: {
        en: (w) => ({
            title: `${w.hostPort} did not offer STARTTLS, so the password was not sent`,
            fix: 'The action never sends credentials over an unencrypted connection. Use `port: 465` (TLS from the first byte), or a port where the server offers STARTTLS (587 for most providers). ' +
                'If the server should offer STARTTLS, something on the network may be stripping it.'
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\uac00 STARTTLS\ub97c \uc81c\uacf5\ud558\uc9c0 \uc54a\uc544 \ube44\ubc00\ubc88\ud638\ub97c \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`,
            fix: '\uc774 \uc561\uc158\uc740 \uc554\ud638\ud654\ub418\uc9c0 \uc54a\uc740 \uc5f0\uacb0\ub85c\ub294 \uc778\uc99d \uc815\ubcf4\ub97c \uc808\ub300 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. `port: 465`(\ucc98\uc74c\ubd80\ud130 TLS)\ub97c \uc4f0\uac70\ub098, \uc11c\ubc84\uac00 STARTTLS\ub97c \uc81c\uacf5\ud558\ub294 \ud3ec\ud2b8(\ub300\ubd80\ubd84 587)\ub97c \uc4f0\uc138\uc694. ' +
                '\uc11c\ubc84\uac00 STARTTLS\ub97c \uc81c\uacf5\ud574\uc57c \ud558\ub294\ub370 \uc5c6\ub2e4\uba74, \ub124\ud2b8\uc6cc\ud06c \uc911\uac04\uc5d0\uc11c \ubb34\uc5b8\uac00\uac00 \uc774\ub97c \uc81c\uac70\ud558\uace0 \uc788\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4.'
        })
    },
    noLoginOffered: {
        en: (w) => ({
            title: `${w.hostPort} offers no login over this connection (no AUTH ${w.secure ? 'over TLS' : 'after STARTTLS'}), although ${w.usesOAuth2 ? 'the `oauth2-*` inputs are' : '`username` and `password` are'} given; nothing was sent`,
            fix: "With credentials the action never sends without logging in. Check `server`, `port` and `secure`: they must name the server that takes your login, usually the submission port (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`); port 25 and a domain's incoming mail server often offer no login. " +
                `For a relay that takes mail without a login (by network address), leave \`password\` empty${w.usesOAuth2 ? ' and remove the `oauth2-*` inputs' : ''}.`
        }),
        ko: (w) => ({
            title: `${w.usesOAuth2 ? '`oauth2-*` \uc785\ub825\uc744' : '`username`\uacfc `password`\ub97c'} \uc8fc\uc5c8\uc9c0\ub9cc ${w.hostPort} \uc11c\ubc84\uac00 \uc774 \uc5f0\uacb0\uc5d0\uc11c \ub85c\uadf8\uc778\uc744 \uc81c\uacf5\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4(${w.secure ? 'TLS\uc5d0\uc11c' : 'STARTTLS \ub4a4\uc5d0'} AUTH \uc5c6\uc74c). \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`,
            fix: '\uc778\uc99d \uc815\ubcf4\uac00 \uc788\uc73c\uba74 \uc774 \uc561\uc158\uc740 \ub85c\uadf8\uc778 \uc5c6\uc774 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. `server`, `port`, `secure`\ub97c \ud655\uc778\ud558\uc138\uc694. \ub85c\uadf8\uc778\uc744 \ubc1b\ub294 \uc11c\ubc84, \ubcf4\ud1b5 \uc81c\ucd9c(submission) \ud3ec\ud2b8\uc5ec\uc57c \ud569\ub2c8\ub2e4(Gmail: smtp.gmail.com\uc5d0 465, \ub610\ub294 587\uc5d0 `secure: false`). 25\ubc88 \ud3ec\ud2b8\ub098 \ub3c4\uba54\uc778\uc758 \uc218\uc2e0 \uba54\uc77c \uc11c\ubc84\ub294 \ub85c\uadf8\uc778\uc744 \uc81c\uacf5\ud558\uc9c0 \uc54a\ub294 \uacbd\uc6b0\uac00 \ub9ce\uc2b5\ub2c8\ub2e4. ' +
                `\ub85c\uadf8\uc778 \uc5c6\uc774 (\ub124\ud2b8\uc6cc\ud06c \uc8fc\uc18c\ub85c) \uba54\uc77c\uc744 \ubc1b\ub294 \ub9b4\ub808\uc774\ub77c\uba74 \`password\`\ub97c \ube44\uc6cc \ub450\uc138\uc694${w.usesOAuth2 ? '. `oauth2-*` \uc785\ub825\ub3c4 \uc9c0\uc6b0\uc138\uc694' : ''}.`
        })
    },
    notSmtpWhat: {
        en: (what) => typeof what === 'object'
            ? `it does not know ${what.unknownVerb}`
            : {
                http: 'it answered like a web server (HTTP)',
                imap: 'it answered like an IMAP server, which is for reading mail',
                pop3: 'it answered like a POP3 server, which is for reading mail',
                ssh: 'it answered like an SSH server',
                binary: 'it sent binary data'
            }[what],
        ko: (what) => typeof what === 'object'
            ? `${what.unknownVerb} \uba85\ub839\uc744 \ubaa8\ub985\ub2c8\ub2e4`
            : {
                http: '\uc6f9 \uc11c\ubc84(HTTP)\ucc98\ub7fc \uc751\ub2f5\ud588\uc2b5\ub2c8\ub2e4',
                imap: '\uba54\uc77c\uc744 \uc77d\ub294 \ub370 \uc4f0\ub294 IMAP \uc11c\ubc84\ucc98\ub7fc \uc751\ub2f5\ud588\uc2b5\ub2c8\ub2e4',
                pop3: '\uba54\uc77c\uc744 \uc77d\ub294 \ub370 \uc4f0\ub294 POP3 \uc11c\ubc84\ucc98\ub7fc \uc751\ub2f5\ud588\uc2b5\ub2c8\ub2e4',
                ssh: 'SSH \uc11c\ubc84\ucc98\ub7fc \uc751\ub2f5\ud588\uc2b5\ub2c8\ub2e4',
                binary: '\ubc14\uc774\ub108\ub9ac \ub370\uc774\ud130\ub97c \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4'
            }[what]
    },
    notSmtpDetail: {
        en: (detail) => {
            switch (detail.kind) {
                case 'began':
                    return `${enPart(detail.part)} began "${detail.excerpt}"`;
                case 'after-login':
                    return `${enPart(detail.part)} was not an SMTP reply (not shown: it came after the login, so it could quote a credential)`;
                case 'endless':
                    return `${enPart(detail.part)} ran past 1 MB without ending, so the connection was closed`;
                case 'flood':
                    return 'It sent far more than an SMTP conversation takes (over 4 MB or 10,000 lines), so the connection was closed';
                case 'unexpected-code':
                    return `${enPart(detail.part)} was a ${detail.code} reply${detail.part.kind === 'greeting' ? '; an SMTP server greets with 220' : ''}`;
            }
        },
        ko: (detail) => {
            switch (detail.kind) {
                case 'began':
                    return `${koPart(detail.part)}\uc758 \uc2dc\uc791: "${detail.excerpt}"`;
                case 'after-login':
                    return `${koPart(detail.part)}\uc774 SMTP \uc751\ub2f5\uc774 \uc544\ub2c8\uc5c8\uc2b5\ub2c8\ub2e4(\ub85c\uadf8\uc778 \ub4a4\uc5d0 \uc628 \uac83\uc774\ub77c \uc778\uc99d \uc815\ubcf4\uac00 \ub4e4\uc5b4 \uc788\uc744 \uc218 \uc788\uc5b4 \ubcf4\uc5ec \uc8fc\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4)`;
                case 'endless':
                    return `${koPart(detail.part)}\uc774 \ub05d\ub098\uc9c0 \uc54a\uace0 1 MB\ub97c \ub118\uc5b4 \uc5f0\uacb0\uc744 \ub2eb\uc558\uc2b5\ub2c8\ub2e4`;
                case 'flood':
                    return 'SMTP \ub300\ud654\uc5d0 \ud544\uc694\ud55c \uc591\ubcf4\ub2e4 \ud6e8\uc52c \ub9ce\uc774(4 MB \ub610\ub294 10,000\uc904 \uc774\uc0c1) \ubcf4\ub0b4\uc11c \uc5f0\uacb0\uc744 \ub2eb\uc558\uc2b5\ub2c8\ub2e4';
                case 'unexpected-code':
                    return `${koPart(detail.part)}\uc774 ${detail.code} \uc751\ub2f5\uc774\uc5c8\uc2b5\ub2c8\ub2e4${detail.part.kind === 'greeting' ? '. SMTP \uc11c\ubc84\ub294 220\uc73c\ub85c \uc778\uc0ac\ud569\ub2c8\ub2e4' : ''}`;
            }
        }
    },
    notSmtp: {
        en: (w, what, usualService) => ({
            title: `${w.hostPort} does not speak SMTP${what ? `: ${what}` : ''}`,
            fix: 'Check `server` and `port`: they must name an SMTP server, the one your provider gives for sending mail (Gmail: smtp.gmail.com with port 465, or 587 with `secure: false`).' +
                (usualService ? ` Port ${w.port} usually carries ${usualService}, not SMTP.` : '')
        }),
        ko: (w, what, usualService) => ({
            title: `${w.hostPort} \uc11c\ubc84\uac00 SMTP\ub85c \uc751\ub2f5\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4${what ? `: ${what}` : ''}`,
            fix: '`server`\uc640 `port`\ub97c \ud655\uc778\ud558\uc138\uc694. \uba54\uc77c \uc11c\ube44\uc2a4\uac00 \uba54\uc77c \ubcf4\ub0b4\uae30\uc6a9\uc73c\ub85c \uc54c\ub824 \uc900 SMTP \uc11c\ubc84\uc5ec\uc57c \ud569\ub2c8\ub2e4(Gmail: smtp.gmail.com\uc5d0 465, \ub610\ub294 587\uc5d0 `secure: false`).' +
                (usualService ? ` ${w.port}\ubc88 \ud3ec\ud2b8\ub294 \ubcf4\ud1b5 SMTP\uac00 \uc544\ub2c8\ub77c ${usualService}\uc5d0 \uc4f0\uc785\ub2c8\ub2e4.` : '')
        })
    },
    recipientDeferred: {
        en: (server, r) => ({
            title: `${server} deferred the recipient${r.several ? 's' : ''} ${r.list}`,
            fix: `The server refused ${r.where} for now and usually takes ${r.several ? 'them' : 'it'} later. Re-run the job, or raise \`retries\`.`
        }),
        ko: (server, r) => ({
            title: `${server} \uc11c\ubc84\uac00 \ubc1b\ub294 \uc0ac\ub78c ${r.list} \uc8fc\uc18c\ub97c \ub098\uc911\uc73c\ub85c \ubbf8\ub918\uc2b5\ub2c8\ub2e4`,
            fix: `\uc11c\ubc84\uac00 ${r.where} \uc8fc\uc18c\ub97c \uc9c0\uae08\uc740 \uac70\uc808\ud588\uc9c0\ub9cc \ubcf4\ud1b5 \ub098\uc911\uc5d0\ub294 \ubc1b\uc2b5\ub2c8\ub2e4. \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uac70\ub098 \`retries\`\ub97c \ub298\ub9ac\uc138\uc694.`
        })
    },
    recipientUnknown: {
        en: (server, r) => ({
            title: `${server} does not know the mailbox${r.several ? 'es' : ''} ${r.list}`,
            fix: `${r.several ? 'The addresses are' : 'The address is'} well formed, but ${server} has no mailbox by ${r.several ? 'those names' : 'that name'} (or no route to ${r.several ? 'their domains' : 'its domain'}). ` +
                `Check the spelling of ${r.where}, before and after the @, and that the ${r.several ? 'mailboxes still exist; remove any that do not.' : 'mailbox still exists; remove it if it does not.'}`
        }),
        ko: (server, r) => ({
            title: `${server} \uc11c\ubc84\uc5d0 ${r.list} \uba54\uc77c\ud568\uc774 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: `\uc8fc\uc18c \ud615\uc2dd\uc740 \uc62c\ubc14\ub974\uc9c0\ub9cc ${server} \uc11c\ubc84\uc5d0 \uadf8\ub7f0 \uba54\uc77c\ud568\uc774 \uc5c6\uc2b5\ub2c8\ub2e4(\ub610\ub294 \uadf8 \ub3c4\uba54\uc778\uc73c\ub85c \uac00\ub294 \uacbd\ub85c\uac00 \uc5c6\uc2b5\ub2c8\ub2e4). ` +
                `${r.where} \uc8fc\uc18c\uc758 \ucca0\uc790\ub97c @ \uc55e\ub4a4 \ubaa8\ub450 \ud655\uc778\ud558\uace0, \uba54\uc77c\ud568\uc774 \uc544\uc9c1 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694. \uc5c6\ub294 \uc8fc\uc18c\ub294 \uc9c0\uc6b0\uc138\uc694.`
        })
    },
    recipientRelayDenied: {
        en: (w, r) => ({
            title: `${w.server} will not relay to ${r.list}`,
            fix: `${w.server} passes mail on to domains it does not serve only for senders it trusts, and it refused ${r.where} although the action logged in as ${w.username}. ` +
                "Check that `server` and `port` name the server your provider gives for sending mail (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`), not a domain's incoming mail server, " +
                `and that ${w.username} may send to outside addresses; or remove the address.`
        }),
        ko: (w, r) => ({
            title: `${w.server} \uc11c\ubc84\uac00 ${r.list} \uc8fc\uc18c\ub85c \uba54\uc77c\uc744 \uc911\uacc4(relay)\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4`,
            fix: `${w.server} \uc11c\ubc84\ub294 \uc790\uc2e0\uc774 \ub9e1\uc9c0 \uc54a\uc740 \ub3c4\uba54\uc778\uc73c\ub85c\ub294 \uc2e0\ub8b0\ud558\ub294 \ubc1c\uc2e0\uc790\uc758 \uba54\uc77c\ub9cc \uc804\ub2ec\ud558\ub294\ub370, \uc561\uc158\uc774 ${w.username} \uacc4\uc815\uc73c\ub85c \ub85c\uadf8\uc778\ud588\ub294\ub370\ub3c4 ${r.where} \uc8fc\uc18c\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4. ` +
                '`server`\uc640 `port`\uac00 \ub3c4\uba54\uc778\uc758 \uc218\uc2e0 \uba54\uc77c \uc11c\ubc84\uac00 \uc544\ub2c8\ub77c \uba54\uc77c \uc11c\ube44\uc2a4\uac00 \uc54c\ub824 \uc900 \ubc1c\uc2e0\uc6a9 \uc11c\ubc84\uc778\uc9c0 \ud655\uc778\ud558\uc138\uc694(Gmail: smtp.gmail.com\uc5d0 465, \ub610\ub294 587\uc5d0 `secure: false`). ' +
                `\ub610 ${w.username} \uacc4\uc815\uc774 \uc678\ubd80 \uc8fc\uc18c\ub85c \ubcf4\ub0bc \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uac70\ub098, \uadf8 \uc8fc\uc18c\ub97c \uc9c0\uc6b0\uc138\uc694.`
        })
    },
    recipientNotValid: {
        en: (server, r) => ({
            title: `${server} refused ${r.list}: not ${r.several ? 'valid addresses' : 'a valid address'}`,
            fix: `Correct ${r.where}: each address must be one valid mailbox such as \`Name <user@example.com>\`.`
        }),
        ko: (server, r) => ({
            title: `${server} \uc11c\ubc84\uac00 ${r.list} \uc8fc\uc18c\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4: \uc62c\ubc14\ub978 \uc8fc\uc18c\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: `${r.where} \uc8fc\uc18c\ub97c \uace0\uce58\uc138\uc694. \uac01 \uc8fc\uc18c\ub294 \`Name <user@example.com>\`\ucc98\ub7fc \uc62c\ubc14\ub978 \uba54\uc77c\ud568 \ud558\ub098\uc5ec\uc57c \ud569\ub2c8\ub2e4.`
        })
    },
    recipientRefused: {
        en: (server, r) => ({
            title: `${server} refused the recipient${r.several ? 's' : ''} ${r.list}`,
            fix: `The server gave its reason in its ${r.replies > 1 ? 'replies' : 'reply'}. Check ${r.where}; if the address is right, the refusal is a rule of ${server} or of the recipient's domain: remove the address, or ask the administrator of ${server}.`
        }),
        ko: (server, r) => ({
            title: `${server} \uc11c\ubc84\uac00 \ubc1b\ub294 \uc0ac\ub78c ${r.list} \uc8fc\uc18c\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4`,
            fix: `\uac70\uc808 \uc774\uc720\ub294 \uc11c\ubc84 \uc751\ub2f5\uc5d0 \uc788\uc2b5\ub2c8\ub2e4. ${r.where} \uc8fc\uc18c\ub97c \ud655\uc778\ud558\uc138\uc694. \uc8fc\uc18c\uac00 \ub9de\ub2e4\uba74 ${server} \uc11c\ubc84\ub098 \ubc1b\ub294 \ucabd \ub3c4\uba54\uc778\uc758 \uaddc\uce59 \ub54c\ubb38\uc5d0 \uac70\uc808\ub41c \uac83\uc785\ub2c8\ub2e4. \uc8fc\uc18c\ub97c \uc9c0\uc6b0\uac70\ub098 ${server} \uad00\ub9ac\uc790\uc5d0\uac8c \ubb38\uc758\ud558\uc138\uc694.`
        })
    },
    webLoginRequired: {
        en: (w) => ({
            title: `${w.server} blocked the sign-in of ${w.username} as suspicious`,
            fix: 'Google blocks sign-ins from places it does not know, such as CI runners. Sign in to the account in a browser, open Google Account \u2192 Security \u2192 Recent security activity and confirm "Yes, it was me", then re-run the job. ' +
                `If it happens again, use an App Password: ${appPasswordSteps('en')}`
        }),
        ko: (w) => ({
            title: `${w.server} \uc11c\ubc84\uac00 ${w.username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \uc758\uc2ec\uc2a4\ub7ec\uc6b4 \uc2dc\ub3c4\ub85c \ubcf4\uace0 \ub9c9\uc558\uc2b5\ub2c8\ub2e4`,
            fix: 'Google\uc740 CI \ub7ec\ub108\ucc98\ub7fc \ucc98\uc74c \ubcf4\ub294 \uacf3\uc5d0\uc11c\uc758 \ub85c\uadf8\uc778\uc744 \ub9c9\uc2b5\ub2c8\ub2e4. \ube0c\ub77c\uc6b0\uc800\uc5d0\uc11c \uacc4\uc815\uc5d0 \ub85c\uadf8\uc778\ud55c \ub4a4 Google \uacc4\uc815 \u2192 \ubcf4\uc548 \u2192 \ucd5c\uadfc \ubcf4\uc548 \ud65c\ub3d9\uc5d0\uc11c "\uc608, \ubcf8\uc778\uc785\ub2c8\ub2e4"\ub97c \ub20c\ub7ec \ud655\uc778\ud558\uace0, \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694. ' +
                `\ub2e4\uc2dc \ub9c9\ud788\uba74 \uc571 \ube44\ubc00\ubc88\ud638\ub97c \uc0ac\uc6a9\ud558\uc138\uc694. ${appPasswordSteps('ko')}`
        })
    },
    tooManyLogins: {
        en: (w) => ({
            title: `${w.server} refused the login of ${w.username}: too many login attempts`,
            fix: 'Google limits how often an account may sign in. Wait (from a few minutes to an hour) before running the job again; do not re-run it in a loop, which extends the lock-out. ' +
                'If many jobs send mail, send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg.'
        }),
        ko: (w) => ({
            title: `${w.server} \uc11c\ubc84\uac00 ${w.username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4: \ub85c\uadf8\uc778 \uc2dc\ub3c4\uac00 \ub108\ubb34 \ub9ce\uc2b5\ub2c8\ub2e4`,
            fix: 'Google\uc740 \uacc4\uc815\uc758 \ub85c\uadf8\uc778 \ud69f\uc218\ub97c \uc81c\ud55c\ud569\ub2c8\ub2e4. \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uae30 \uc804\uc5d0 \uba87 \ubd84\uc5d0\uc11c \ud55c \uc2dc\uac04 \uc815\ub3c4 \uae30\ub2e4\ub9ac\uc138\uc694. \ubc18\ubcf5\ud574\uc11c \ub2e4\uc2dc \uc2e4\ud589\ud558\uba74 \uc7a0\uae08\uc774 \uae38\uc5b4\uc9d1\ub2c8\ub2e4. ' +
                '\uc5ec\ub7ec \uc791\uc5c5\uc774 \uba54\uc77c\uc744 \ubcf4\ub0b8\ub2e4\uba74 \ub9e4\ud2b8\ub9ad\uc2a4 \uc791\uc5c5\ub9c8\ub2e4 \ubcf4\ub0b4\uc9c0 \ub9d0\uace0 \ub9c8\uc9c0\ub9c9 \uc791\uc5c5(`needs:` + `if: always()`)\uc5d0\uc11c \uc54c\ub9bc\uc744 \ud55c \ubc88\ub9cc \ubcf4\ub0b4\uc138\uc694.'
        })
    },
    oauth2TokenRefused: {
        en: (w) => ({
            title: `${w.server} rejected the OAuth2 access token for ${w.username}`,
            fix: `The token was fetched, but the server refused it. ${HINTS.en.oauth2Token}`
        }),
        ko: (w) => ({
            title: `${w.server} \uc11c\ubc84\uac00 ${w.username} \uacc4\uc815\uc758 OAuth2 \uc561\uc138\uc2a4 \ud1a0\ud070\uc744 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4`,
            fix: `\ud1a0\ud070\uc740 \ubc1b\uc544 \uc654\uc9c0\ub9cc \uc11c\ubc84\uac00 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4. ${HINTS.ko.oauth2Token}`
        })
    },
    startTlsRequired: {
        en: (w) => ({
            title: `${w.hostPort} requires STARTTLS before login`,
            fix: 'Use `port: 465` (TLS from the first byte), or `port: 587` with `secure: false` so the action upgrades the connection with STARTTLS before it sends the password.'
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\ub294 \ub85c\uadf8\uc778 \uc804\uc5d0 STARTTLS\uac00 \ud544\uc694\ud569\ub2c8\ub2e4`,
            fix: '`port: 465`(\ucc98\uc74c\ubd80\ud130 TLS)\ub97c \uc4f0\uac70\ub098, `port: 587`\uc5d0 `secure: false`\ub97c \uc124\uc815\ud558\uc138\uc694. \uadf8\ub7ec\uba74 \uc561\uc158\uc774 \ube44\ubc00\ubc88\ud638\ub97c \ubcf4\ub0b4\uae30 \uc804\uc5d0 STARTTLS\ub85c \uc5f0\uacb0\uc744 \uc554\ud638\ud654\ud569\ub2c8\ub2e4.'
        })
    },
    authRejected: {
        en: (w, appPasswordUsedWrongly, google) => ({
            title: appPasswordUsedWrongly
                ? `${w.server} needs an App Password for ${w.username}: 2-Step Verification is on and the account password was used`
                : `${w.server} did not accept the username and password (username: ${w.username})`,
            fix: google
                ? `Gmail only accepts an App Password over SMTP, never the account password. ${appPasswordSteps('en')}`
                : `Check the \`username\` and \`password\` inputs against the account settings of ${w.server}; the password should come from a repository secret.`
        }),
        ko: (w, appPasswordUsedWrongly, google) => ({
            title: appPasswordUsedWrongly
                ? `${w.server} \uc11c\ubc84\ub294 ${w.username} \uacc4\uc815\uc5d0 \uc571 \ube44\ubc00\ubc88\ud638\uac00 \ud544\uc694\ud569\ub2c8\ub2e4: 2\ub2e8\uacc4 \uc778\uc99d\uc774 \ucf1c\uc838 \uc788\ub294\ub370 \uacc4\uc815 \ube44\ubc00\ubc88\ud638\ub97c \uc0ac\uc6a9\ud588\uc2b5\ub2c8\ub2e4`
                : `${w.server} \uc11c\ubc84\uac00 \uc0ac\uc6a9\uc790 \uc774\ub984\uacfc \ube44\ubc00\ubc88\ud638\ub97c \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(username: ${w.username})`,
            fix: google
                ? `Gmail\uc740 SMTP\uc5d0\uc11c \uacc4\uc815 \ube44\ubc00\ubc88\ud638\uac00 \uc544\ub2c8\ub77c \uc571 \ube44\ubc00\ubc88\ud638\ub9cc \ubc1b\uc2b5\ub2c8\ub2e4. ${appPasswordSteps('ko')}`
                : `\`username\`\uacfc \`password\` \uc785\ub825\uc744 ${w.server}\uc758 \uacc4\uc815 \uc124\uc815\uacfc \ube44\uad50\ud574 \ud655\uc778\ud558\uc138\uc694. \ube44\ubc00\ubc88\ud638\ub294 \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \uac00\uc838\uc640\uc57c \ud569\ub2c8\ub2e4.`
        })
    },
    loginNeededWithoutPassword: {
        en: (w) => ({
            title: `${w.server} requires a login before sending, and \`password\` is empty, so none was made`,
            fix: `Pass the password from a repository secret, such as \`password: \${{ secrets.SMTP_PASSWORD }}\`, with the account in \`username\`; an empty \`password\` means sending without a login, which only a relay that knows the runner accepts. ${(0,settings/* missingSecretHint */.i7)('en')}`
        }),
        ko: (w) => ({
            title: `${w.server} \uc11c\ubc84\ub294 \ubcf4\ub0b4\uae30 \uc804\uc5d0 \ub85c\uadf8\uc778\uc774 \ud544\uc694\ud55c\ub370 \`password\`\uac00 \ube44\uc5b4 \uc788\uc5b4 \ub85c\uadf8\uc778\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`,
            fix: `\`password: \${{ secrets.SMTP_PASSWORD }}\`\ucc98\ub7fc \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \ube44\ubc00\ubc88\ud638\ub97c \ub118\uae30\uace0, \uacc4\uc815\uc740 \`username\`\uc5d0 \ub123\uc73c\uc138\uc694. \`password\`\uac00 \ube44\uc5b4 \uc788\uc73c\uba74 \ub85c\uadf8\uc778 \uc5c6\uc774 \ubcf4\ub0b4\ub294\ub370, \uc774\ub294 \ub7ec\ub108\ub97c \uc544\ub294 \ub9b4\ub808\uc774\ub9cc \ubc1b\uc544 \uc90d\ub2c8\ub2e4. ${(0,settings/* missingSecretHint */.i7)('ko')}`
        })
    },
    loginNeededAfterLogin: {
        en: (w) => ({
            title: `${w.server} requires a login before sending, although the action logged in as ${w.username}`,
            fix: `Check that ${w.username} may send through ${w.server}, and that \`username\` and \`password\` belong to that account (an App Password for Gmail).`
        }),
        ko: (w) => ({
            title: `\uc561\uc158\uc774 ${w.username} \uacc4\uc815\uc73c\ub85c \ub85c\uadf8\uc778\ud588\ub294\ub370\ub3c4 ${w.server} \uc11c\ubc84\uac00 \ubcf4\ub0b4\uae30 \uc804\uc5d0 \ub85c\uadf8\uc778\uc744 \uc694\uad6c\ud569\ub2c8\ub2e4`,
            fix: `${w.username} \uacc4\uc815\uc774 ${w.server} \uc11c\ubc84\ub85c \ubcf4\ub0bc \uc218 \uc788\ub294\uc9c0, \`username\`\uacfc \`password\`\uac00 \uadf8 \uacc4\uc815\uc758 \uac83\uc778\uc9c0(Gmail\uc740 \uc571 \ube44\ubc00\ubc88\ud638) \ud655\uc778\ud558\uc138\uc694.`
        })
    },
    quotaExceeded: {
        en: (w) => ({
            title: `${w.username} has used up its daily sending limit on ${w.server}`,
            fix: 'Gmail allows about 500 recipients a day (2,000 messages for Google Workspace), counted over a rolling 24 hours. Wait up to 24 hours, send to fewer recipients (for example notify only on failure with `if: failure()`), or use a mail provider made for volume. Re-running the job now fails the same way.'
        }),
        ko: (w) => ({
            title: `${w.username} \uacc4\uc815\uc774 ${w.server}\uc758 \ud558\ub8e8 \ubc1c\uc1a1 \ud55c\ub3c4\ub97c \ub2e4 \uc37c\uc2b5\ub2c8\ub2e4`,
            fix: 'Gmail\uc740 \ud558\ub8e8\uc5d0 \ubc1b\ub294 \uc0ac\ub78c \uc57d 500\uba85(Google Workspace\ub294 \uba54\uc2dc\uc9c0 2,000\uac1c)\uae4c\uc9c0 \ud5c8\uc6a9\ud558\uba70, \ucd5c\uadfc 24\uc2dc\uac04 \uae30\uc900\uc73c\ub85c \uc149\ub2c8\ub2e4. \ucd5c\ub300 24\uc2dc\uac04 \uae30\ub2e4\ub9ac\uac70\ub098, \ubc1b\ub294 \uc0ac\ub78c\uc744 \uc904\uc774\uac70\ub098(\uc608: `if: failure()`\ub85c \uc2e4\ud328\ud560 \ub54c\ub9cc \uc54c\ub9bc), \ub300\ub7c9 \ubc1c\uc1a1\uc6a9 \uba54\uc77c \uc11c\ube44\uc2a4\ub97c \uc4f0\uc138\uc694. \uc9c0\uae08 \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud574\ub3c4 \ub611\uac19\uc774 \uc2e4\ud328\ud569\ub2c8\ub2e4.'
        })
    },
    messageTooLarge: {
        en: (w) => ({
            title: `${w.server} refused the message as too large`,
            fix: 'Gmail accepts about 25 MB of attachments (after base64 encoding). Attach less, or upload the files as a workflow artifact and link to it in the body.'
        }),
        ko: (w) => ({
            title: `${w.server} \uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\uac00 \ub108\ubb34 \ud06c\ub2e4\uba70 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4`,
            fix: 'Gmail\uc740 \ucca8\ubd80 \ud30c\uc77c\uc744 (base64 \uc778\ucf54\ub529 \ud6c4) \uc57d 25 MB\uae4c\uc9c0 \ubc1b\uc2b5\ub2c8\ub2e4. \ucca8\ubd80\ub97c \uc904\uc774\uac70\ub098, \ud30c\uc77c\uc744 \uc6cc\ud06c\ud50c\ub85c \uc544\ud2f0\ud329\ud2b8\ub85c \uc62c\ub9ac\uace0 \ubcf8\ubb38\uc5d0 \ub9c1\ud06c\ud558\uc138\uc694.'
        })
    },
    messageLargerThanAnnounced: {
        en: (w) => ({
            title: `The message is larger than ${w.server} accepts`,
            fix: 'The server announced a size limit the message exceeds. Attach less, or upload the files as a workflow artifact and link to it in the body.'
        }),
        ko: (w) => ({
            title: `\uba54\uc2dc\uc9c0\uac00 ${w.server} \uc11c\ubc84\uac00 \ubc1b\ub294 \ud06c\uae30\ubcf4\ub2e4 \ud07d\ub2c8\ub2e4`,
            fix: '\uc11c\ubc84\uac00 \uc54c\ub9b0 \ud06c\uae30 \uc81c\ud55c\uc744 \uba54\uc2dc\uc9c0\uac00 \ub118\uc2b5\ub2c8\ub2e4. \ucca8\ubd80\ub97c \uc904\uc774\uac70\ub098, \ud30c\uc77c\uc744 \uc6cc\ud06c\ud50c\ub85c \uc544\ud2f0\ud329\ud2b8\ub85c \uc62c\ub9ac\uace0 \ubcf8\ubb38\uc5d0 \ub9c1\ud06c\ud558\uc138\uc694.'
        })
    },
    tooManyRecipients: {
        en: (w, list) => ({
            title: `${w.server} refused ${list}: too many recipients in one message`,
            fix: "The action already sends at most 100 recipients (to + cc + bcc) per message, Gmail's limit; this server allows fewer. " +
                'Use fewer recipients in `to`, `cc` and `bcc`, or one mailing-list address.'
        }),
        ko: (w, list) => ({
            title: `${w.server} \uc11c\ubc84\uac00 ${list} \uc8fc\uc18c\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4: \ud55c \uba54\uc2dc\uc9c0\uc758 \ubc1b\ub294 \uc0ac\ub78c\uc774 \ub108\ubb34 \ub9ce\uc2b5\ub2c8\ub2e4`,
            fix: '\uc561\uc158\uc740 \uc774\ubbf8 \uba54\uc2dc\uc9c0 \ud558\ub098\uc5d0 \ubc1b\ub294 \uc0ac\ub78c\uc744 Gmail \ud55c\ub3c4\uc778 100\uba85(to + cc + bcc)\uae4c\uc9c0\ub9cc \ubcf4\ub0b4\ub294\ub370, \uc774 \uc11c\ubc84\ub294 \ub354 \uc801\uac8c \ud5c8\uc6a9\ud569\ub2c8\ub2e4. ' +
                '`to`, `cc`, `bcc`\uc758 \ubc1b\ub294 \uc0ac\ub78c\uc744 \uc904\uc774\uac70\ub098 \uba54\uc77c\ub9c1 \ub9ac\uc2a4\ud2b8 \uc8fc\uc18c \ud558\ub098\ub97c \uc4f0\uc138\uc694.'
        })
    },
    senderRejected: {
        en: (w, google) => ({
            title: `${w.server} refused the sender address`,
            fix: google
                ? 'Gmail sends only from the signed-in account or a verified "Send mail as" address: set `from` to `username`, or add the address under Gmail Settings \u2192 Accounts \u2192 Send mail as.'
                : `Set \`from\` to an address that ${w.username} may send as on ${w.server} (often the \`username\` itself).`
        }),
        ko: (w, google) => ({
            title: `${w.server} \uc11c\ubc84\uac00 \ubcf4\ub0b4\ub294 \uc0ac\ub78c \uc8fc\uc18c\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4`,
            fix: google
                ? 'Gmail\uc740 \ub85c\uadf8\uc778\ud55c \uacc4\uc815\uc774\ub098 \ud655\uc778\ub41c "\ub2e4\ub978 \uc8fc\uc18c\uc5d0\uc11c \uba54\uc77c \ubcf4\ub0b4\uae30" \uc8fc\uc18c\ub85c\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4. `from`\uc744 `username`\uacfc \uac19\uac8c \ud558\uac70\ub098, Gmail \uc124\uc815 \u2192 \uacc4\uc815 \u2192 \ub2e4\ub978 \uc8fc\uc18c\uc5d0\uc11c \uba54\uc77c \ubcf4\ub0b4\uae30\uc5d0 \uc8fc\uc18c\ub97c \ucd94\uac00\ud558\uc138\uc694.'
                : `\`from\`\uc744 ${w.username} \uacc4\uc815\uc774 ${w.server}\uc5d0\uc11c \ubcf4\ub0bc \uc218 \uc788\ub294 \uc8fc\uc18c\ub85c \uc124\uc815\ud558\uc138\uc694(\ubcf4\ud1b5 \`username\` \uc790\uccb4).`
        })
    },
    messageBlocked: {
        en: (w, spam) => ({
            title: `${w.server} blocked the message because of its content`,
            fix: spam
                ? 'The server judged the message to be spam. Send fewer, plainer messages (no shortened links), and check the account has not been flagged.'
                : 'Gmail blocks executable and script attachments (.exe, .js, .bat, some archives), even inside zip files. Drop or rename the attachment, or upload it as a workflow artifact and link to it.'
        }),
        ko: (w, spam) => ({
            title: `${w.server} \uc11c\ubc84\uac00 \ub0b4\uc6a9 \ub54c\ubb38\uc5d0 \uba54\uc2dc\uc9c0\ub97c \ucc28\ub2e8\ud588\uc2b5\ub2c8\ub2e4`,
            fix: spam
                ? '\uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\ub97c \uc2a4\ud338\uc73c\ub85c \ud310\ub2e8\ud588\uc2b5\ub2c8\ub2e4. \uba54\uc2dc\uc9c0\ub97c \uc904\uc774\uace0 \ub354 \ub2e8\uc21c\ud558\uac8c(\ub2e8\ucd95 \ub9c1\ud06c \uc5c6\uc774) \ubcf4\ub0b4\uba70, \uacc4\uc815\uc774 \ud45c\uc2dc(flag)\ub418\uc9c0 \uc54a\uc558\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694.'
                : 'Gmail\uc740 \uc2e4\ud589 \ud30c\uc77c\uacfc \uc2a4\ud06c\ub9bd\ud2b8 \ucca8\ubd80(.exe, .js, .bat, \uc77c\ubd80 \uc555\ucd95 \ud30c\uc77c)\ub97c zip \uc548\uc5d0 \uc788\uc5b4\ub3c4 \ucc28\ub2e8\ud569\ub2c8\ub2e4. \ucca8\ubd80\ub97c \ube7c\uac70\ub098 \uc774\ub984\uc744 \ubc14\uafb8\uac70\ub098, \uc6cc\ud06c\ud50c\ub85c \uc544\ud2f0\ud329\ud2b8\ub85c \uc62c\ub9ac\uace0 \ub9c1\ud06c\ud558\uc138\uc694.'
        })
    },
    /** ` (in reply to RCPT)` after a refusal's title. */
    during: {
        en: (verb) => ` (in reply to ${verb})`,
        ko: (verb) => ` (${verb} \uba85\ub839\uc5d0 \ub300\ud55c \uc751\ub2f5)`
    },
    refusedForNow: {
        en: (w, during) => ({
            title: `${w.server} refused the message for now${during}`,
            fix: 'The server reported a temporary problem and the retries did not outlast it. Re-run the job later; raise `retries` if it happens often.'
        }),
        ko: (w, during) => ({
            title: `${w.server} \uc11c\ubc84\uac00 \uc9c0\uae08\uc740 \uba54\uc2dc\uc9c0\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4${during}`,
            fix: '\uc11c\ubc84\uac00 \uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\ub97c \uc54c\ub838\uace0, \uc7ac\uc2dc\ub3c4\ud558\ub294 \ub3d9\uc548 \ud480\ub9ac\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. \ub098\uc911\uc5d0 \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694. \uc790\uc8fc \uc77c\uc5b4\ub098\uba74 `retries`\ub97c \ub298\ub9ac\uc138\uc694.'
        })
    },
    unknownReply: {
        en: (w, during) => ({
            title: `${w.server} refused the message${during}`,
            fix: 'The server gave a reply this action does not know. Search for the reply below; set `debug: true` to see the whole SMTP conversation (secrets masked), and open an issue with it.'
        }),
        ko: (w, during) => ({
            title: `${w.server} \uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\ub97c \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4${during}`,
            fix: '\uc774 \uc561\uc158\uc774 \ubaa8\ub974\ub294 \uc11c\ubc84 \uc751\ub2f5\uc785\ub2c8\ub2e4. \uc544\ub798 \uc751\ub2f5\uc73c\ub85c \uac80\uc0c9\ud574 \ubcf4\uc138\uc694. `debug: true`\ub85c \uc804\uccb4 SMTP \ub300\ud654(\uc2dc\ud06c\ub9bf\uc740 \uac00\ub824\uc9d0)\ub97c \ubcf4\uace0, \uadf8 \ub0b4\uc6a9\uc73c\ub85c \uc774\uc288\ub97c \uc5f4\uc5b4 \uc8fc\uc138\uc694.'
        })
    },
    tlsMismatchAfterStartTls: {
        en: (w) => ({
            title: `${w.hostPort} agreed to switch to TLS (STARTTLS), then went on in plain text; the password was not sent`,
            fix: 'The server, or something on the network in between (some firewalls and antivirus programs intercept mail traffic), broke the switch to TLS. ' +
                'Check `server` and `port`; if the server offers TLS from the first byte (port 465), use that port with `secure: true`.'
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\uac00 TLS \uc804\ud658(STARTTLS)\uc5d0 \ub3d9\uc758\ud55c \ub4a4 \ud3c9\ubb38\uc73c\ub85c \uacc4\uc18d\ud588\uc2b5\ub2c8\ub2e4. \ube44\ubc00\ubc88\ud638\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`,
            fix: '\uc11c\ubc84\ub098 \uc911\uac04 \ub124\ud2b8\uc6cc\ud06c(\uba54\uc77c \ud2b8\ub798\ud53d\uc744 \uac00\ub85c\ucc44\ub294 \ubc29\ud654\ubcbd\uc774\ub098 \ubc31\uc2e0 \ud504\ub85c\uadf8\ub7a8 \ub4f1)\uac00 TLS \uc804\ud658\uc744 \ub9dd\uac00\ub728\ub838\uc2b5\ub2c8\ub2e4. ' +
                '`server`\uc640 `port`\ub97c \ud655\uc778\ud558\uc138\uc694. \uc11c\ubc84\uac00 \ucc98\uc74c\ubd80\ud130 TLS(465\ubc88 \ud3ec\ud2b8)\ub97c \uc81c\uacf5\ud558\uba74 \uadf8 \ud3ec\ud2b8\uc5d0 `secure: true`\ub97c \uc4f0\uc138\uc694.'
        })
    },
    tlsMismatchPlainAnswer: {
        en: (w) => ({
            title: `${w.hostPort} answered in plain text, but \`secure\` is true, so the action expected TLS from the first byte`,
            fix: w.port === 587 || w.port === 25
                ? `Port ${w.port} starts in plain text and switches to TLS with STARTTLS: set \`secure: false\` (the password is still sent only after the switch), or use \`port: 465\`, which is TLS from the first byte.`
                : 'Port 465 needs `secure: true` (TLS from the first byte); port 587 needs `secure: false` (plain text, then STARTTLS). This server starts in plain text: set `secure: false`, or check `port`.'
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\uac00 \ud3c9\ubb38\uc73c\ub85c \uc751\ub2f5\ud588\uc9c0\ub9cc \`secure\`\uac00 true\ub77c\uc11c \uc561\uc158\uc740 \ucc98\uc74c\ubd80\ud130 TLS\ub97c \uae30\ub300\ud588\uc2b5\ub2c8\ub2e4`,
            fix: w.port === 587 || w.port === 25
                ? `${w.port}\ubc88 \ud3ec\ud2b8\ub294 \ud3c9\ubb38\uc73c\ub85c \uc2dc\uc791\ud574 STARTTLS\ub85c TLS \uc5f0\uacb0\ub85c \ubc14\uafc9\ub2c8\ub2e4. \`secure: false\`\ub85c \uc124\uc815\ud558\uac70\ub098(\ube44\ubc00\ubc88\ud638\ub294 \uc5ec\uc804\ud788 \uc804\ud658 \ub4a4\uc5d0\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4), \ucc98\uc74c\ubd80\ud130 TLS\uc778 \`port: 465\`\ub97c \uc4f0\uc138\uc694.`
                : '465\ubc88 \ud3ec\ud2b8\ub294 `secure: true`(\ucc98\uc74c\ubd80\ud130 TLS), 587\ubc88 \ud3ec\ud2b8\ub294 `secure: false`(\ud3c9\ubb38\uc73c\ub85c \uc2dc\uc791\ud55c \ub4a4 STARTTLS)\uac00 \ud544\uc694\ud569\ub2c8\ub2e4. \uc774 \uc11c\ubc84\ub294 \ud3c9\ubb38\uc73c\ub85c \uc2dc\uc791\ud558\ubbc0\ub85c `secure: false`\ub85c \uc124\uc815\ud558\uac70\ub098 `port`\ub97c \ud655\uc778\ud558\uc138\uc694.'
        })
    },
    oauth2EndpointRefused: {
        en: () => ({
            title: 'The OAuth2 token endpoint refused the refresh token',
            fix: `Check \`oauth2-client-id\`, \`oauth2-client-secret\` and \`oauth2-refresh-token\`. "invalid_grant" means the refresh token was revoked or expired. ${HINTS.en.oauth2Token}`
        }),
        ko: () => ({
            title: 'OAuth2 \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uac00 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4',
            fix: `\`oauth2-client-id\`, \`oauth2-client-secret\`, \`oauth2-refresh-token\`\uc744 \ud655\uc778\ud558\uc138\uc694. "invalid_grant"\ub294 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc774 \ucde8\uc18c\ub418\uc5c8\uac70\ub098 \ub9cc\ub8cc\ub418\uc5c8\ub2e4\ub294 \ub73b\uc785\ub2c8\ub2e4. ${HINTS.ko.oauth2Token}`
        })
    },
    certificate: {
        en: (w) => ({
            title: `The TLS certificate of ${w.hostPort} is not trusted`,
            fix: 'Check that `server` is the host name on the certificate (smtp.gmail.com for Gmail, not an IP address). ' +
                "For a server with a private certificate authority, add that CA to the runner with the environment variable NODE_EXTRA_CA_CERTS (a PEM file); an expired certificate must be renewed by the server's administrator. Certificate checks are never switched off."
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\uc758 TLS \uc778\uc99d\uc11c\ub97c \uc2e0\ub8b0\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: '`server`\uac00 \uc778\uc99d\uc11c\uc5d0 \uc801\ud78c \ud638\uc2a4\ud2b8 \uc774\ub984\uc778\uc9c0 \ud655\uc778\ud558\uc138\uc694(Gmail\uc740 IP \uc8fc\uc18c\uac00 \uc544\ub2c8\ub77c smtp.gmail.com). ' +
                '\uc0ac\uc124 \uc778\uc99d \uae30\uad00(CA)\uc744 \uc4f0\ub294 \uc11c\ubc84\ub77c\uba74 \ud658\uacbd \ubcc0\uc218 NODE_EXTRA_CA_CERTS(PEM \ud30c\uc77c)\ub85c \ub7ec\ub108\uc5d0 \uadf8 CA\ub97c \ucd94\uac00\ud558\uc138\uc694. \ub9cc\ub8cc\ub41c \uc778\uc99d\uc11c\ub294 \uc11c\ubc84 \uad00\ub9ac\uc790\uac00 \uac31\uc2e0\ud574\uc57c \ud569\ub2c8\ub2e4. \uc778\uc99d\uc11c \uac80\uc0ac\ub294 \uc808\ub300 \ub044\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.'
        })
    },
    connectionRefused: {
        en: (w, refused) => ({
            title: refused ? `Nothing accepted the connection at ${w.hostPort}` : `The runner has no route to ${w.hostPort}`,
            fix: 'Check `server` and `port` (Gmail: smtp.gmail.com with 465, or 587 with `secure: false`). ' +
                'A firewall, or a self-hosted runner without outbound SMTP, can also refuse it; some cloud networks block outbound ports 25, 465 and 587.'
        }),
        ko: (w, refused) => ({
            title: refused ? `${w.hostPort}\uc5d0\uc11c \uc5f0\uacb0\uc744 \ubc1b\ub294 \uacf3\uc774 \uc5c6\uc2b5\ub2c8\ub2e4` : `\ub7ec\ub108\uc5d0\uc11c ${w.hostPort}(\uc73c)\ub85c \uac00\ub294 \uacbd\ub85c\uac00 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: '`server`\uc640 `port`\ub97c \ud655\uc778\ud558\uc138\uc694(Gmail: smtp.gmail.com\uc5d0 465, \ub610\ub294 587\uc5d0 `secure: false`). ' +
                '\ubc29\ud654\ubcbd\uc774\ub098 \uc678\ubd80 SMTP\uac00 \ub9c9\ud78c \uc790\uccb4 \ud638\uc2a4\ud305 \ub7ec\ub108\ub3c4 \uc5f0\uacb0\uc744 \uac70\uc808\ud560 \uc218 \uc788\uc2b5\ub2c8\ub2e4. \uc77c\ubd80 \ud074\ub77c\uc6b0\ub4dc \ub124\ud2b8\uc6cc\ud06c\ub294 \ubc16\uc73c\ub85c \ub098\uac00\ub294 25, 465, 587\ubc88 \ud3ec\ud2b8\ub97c \ub9c9\uc2b5\ub2c8\ub2e4.'
        })
    },
    dns: {
        en: (w, temporary) => ({
            title: `The host name \`${w.server}\` could not be resolved`,
            fix: temporary
                ? "The runner's DNS did not answer in time. Re-run the job; if it persists, check the runner's network."
                : 'Check the `server` input for typos (Gmail is smtp.gmail.com), and that the runner can resolve public names.'
        }),
        ko: (w, temporary) => ({
            title: `\ud638\uc2a4\ud2b8 \uc774\ub984 \`${w.server}\`\uc758 \uc8fc\uc18c\ub97c \ucc3e\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: temporary
                ? '\ub7ec\ub108\uc758 DNS\uac00 \uc81c\ub54c \uc751\ub2f5\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694. \uacc4\uc18d\ub418\uba74 \ub7ec\ub108\uc758 \ub124\ud2b8\uc6cc\ud06c\ub97c \ud655\uc778\ud558\uc138\uc694.'
                : '`server` \uc785\ub825\uc5d0 \uc624\ud0c0\uac00 \uc5c6\ub294\uc9c0(Gmail\uc740 smtp.gmail.com), \ub7ec\ub108\uac00 \uacf5\uac1c \ub3c4\uba54\uc778 \uc774\ub984\uc744 \uc870\ud68c\ud560 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694.'
        })
    },
    noGreetingOn465: {
        en: (w) => ({
            title: `${w.hostPort} never sent its greeting: it expects TLS from the first byte`,
            fix: 'Port 465 is TLS from the first byte: set `secure: true` (or leave `secure` empty, which means true on port 465).'
        }),
        ko: (w) => ({
            title: `${w.hostPort} \uc11c\ubc84\uac00 \uc778\uc0ac\ub9d0(greeting)\uc744 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4: \ucc98\uc74c\ubd80\ud130 TLS\ub97c \uae30\ub300\ud569\ub2c8\ub2e4`,
            fix: '465\ubc88 \ud3ec\ud2b8\ub294 \ucc98\uc74c\ubd80\ud130 TLS\uc785\ub2c8\ub2e4. `secure: true`\ub85c \uc124\uc815\ud558\uc138\uc694(\ub610\ub294 `secure`\ub97c \ube44\uc6cc \ub450\uba74 465\ubc88 \ud3ec\ud2b8\uc5d0\uc11c\ub294 true\uc785\ub2c8\ub2e4).'
        })
    },
    timeout: {
        en: (w, kind, noGreeting) => ({
            title: kind === 'attempt'
                ? `${w.hostPort} kept answering too slowly: the attempt did not finish within ${2 * w.timeoutSeconds} s (twice \`timeout\`)`
                : `${w.hostPort} did not answer within ${w.timeoutSeconds} s${noGreeting ? ' (no greeting)' : ''}`,
            fix: (noGreeting && !w.secure
                ? `The server never greeted a plain-text connection: if it is an implicit-TLS port such as 465, set \`secure: true\` (port 587 needs \`secure: false\`); otherwise check \`server\` and \`port\`: ${HINTS.en.silentNonSmtp}. `
                : `Check \`server\` and \`port\`; a firewall that silently drops packets looks like this${noGreeting ? `, and ${HINTS.en.silentNonSmtp}` : ''}. `) +
                'Raise `timeout` if the server is just slow.'
        }),
        ko: (w, kind, noGreeting) => ({
            title: kind === 'attempt'
                ? `${w.hostPort} \uc11c\ubc84\uac00 \uacc4\uc18d \ub108\ubb34 \ub290\ub9ac\uac8c \uc751\ub2f5\ud588\uc2b5\ub2c8\ub2e4: \uc2dc\ub3c4\uac00 ${2 * w.timeoutSeconds}\ucd08(\`timeout\`\uc758 \ub450 \ubc30) \uc548\uc5d0 \ub05d\ub098\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`
                : `${w.hostPort} \uc11c\ubc84\uac00 ${w.timeoutSeconds}\ucd08 \uc548\uc5d0 \uc751\ub2f5\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4${noGreeting ? '(\uc778\uc0ac\ub9d0 \uc5c6\uc74c)' : ''}`,
            fix: (noGreeting && !w.secure
                ? `\uc11c\ubc84\uac00 \ud3c9\ubb38 \uc5f0\uacb0\uc5d0 \uc778\uc0ac\ub9d0\uc744 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. 465\ucc98\ub7fc \ucc98\uc74c\ubd80\ud130 TLS\uc778 \ud3ec\ud2b8\ub77c\uba74 \`secure: true\`\ub85c \uc124\uc815\ud558\uc138\uc694(587\ubc88 \ud3ec\ud2b8\ub294 \`secure: false\`). \uc544\ub2c8\ub77c\uba74 \`server\`\uc640 \`port\`\ub97c \ud655\uc778\ud558\uc138\uc694. ${HINTS.ko.silentNonSmtp}. `
                : `\`server\`\uc640 \`port\`\ub97c \ud655\uc778\ud558\uc138\uc694. \ud328\ud0b7\uc744 \uc870\uc6a9\ud788 \ubc84\ub9ac\ub294 \ubc29\ud654\ubcbd\ub3c4 \uc774\ub807\uac8c \ubcf4\uc785\ub2c8\ub2e4${noGreeting ? `. \ub610 ${HINTS.ko.silentNonSmtp}` : ''}. `) +
                '\uc11c\ubc84\uac00 \uadf8\uc800 \ub290\ub9b0 \uac83\uc774\ub77c\uba74 `timeout`\uc744 \ub298\ub9ac\uc138\uc694.'
        })
    },
    connectionLost: {
        en: (w) => ({
            title: `The connection to ${w.hostPort} was lost before the server confirmed the message`,
            fix: 'This is usually a passing network problem and the retries did not outlast it: re-run the job, or raise `retries`.'
        }),
        ko: (w) => ({
            title: `\uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\ub97c \ud655\uc778\ud558\uae30 \uc804\uc5d0 ${w.hostPort} \uc5f0\uacb0\uc774 \ub04a\uacbc\uc2b5\ub2c8\ub2e4`,
            fix: '\ubcf4\ud1b5 \uc77c\uc2dc\uc801\uc778 \ub124\ud2b8\uc6cc\ud06c \ubb38\uc81c\uc778\ub370 \uc7ac\uc2dc\ub3c4\ud558\ub294 \ub3d9\uc548 \ud480\ub9ac\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uac70\ub098 `retries`\ub97c \ub298\ub9ac\uc138\uc694.'
        })
    },
    unknownFailure: {
        en: (w) => ({
            title: `Sending through ${w.hostPort} failed`,
            fix: 'This failure is not one the action knows. Set `debug: true` to see the SMTP conversation (secrets masked), and open an issue with it.'
        }),
        ko: (w) => ({
            title: `${w.hostPort}(\uc73c)\ub85c \ubcf4\ub0b4\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4`,
            fix: '\uc774 \uc561\uc158\uc774 \ubaa8\ub974\ub294 \uc2e4\ud328\uc785\ub2c8\ub2e4. `debug: true`\ub85c SMTP \ub300\ud654(\uc2dc\ud06c\ub9bf\uc740 \uac00\ub824\uc9d0)\ub97c \ubcf4\uace0, \uadf8 \ub0b4\uc6a9\uc73c\ub85c \uc774\uc288\ub97c \uc5f4\uc5b4 \uc8fc\uc138\uc694.'
        })
    },
    unconfirmed: {
        en: (said) => ({
            title: `${said.title}, after the whole message had been sent: it may have been delivered`,
            fix: `${said.fix} Check the recipients' mailboxes before re-running the job: a second copy is possible.`
        }),
        ko: (said) => ({
            title: `${said.title}. \uba54\uc2dc\uc9c0 \uc804\uccb4\ub97c \ubcf4\ub0b8 \ub4a4\uc600\uc73c\ubbc0\ub85c \uc774\ubbf8 \uc804\ub2ec\ub418\uc5c8\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: `${said.fix} \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uae30 \uc804\uc5d0 \ubc1b\ub294 \uc0ac\ub78c\uc758 \uba54\uc77c\ud568\uc744 \ud655\uc778\ud558\uc138\uc694. \uac19\uc740 \uba54\uc77c\uc774 \ub450 \ubc88 \uac08 \uc218 \uc788\uc2b5\ub2c8\ub2e4.`
        })
    },
    /** An address with the inputs that list it: "a@example.com (in `to`)". */
    addressIn: {
        en: (address, inputs) => `${address} (in ${inputs})`,
        ko: (address, inputs) => `${address}(${inputs})`
    },
    /** Addresses whose inputs are not known, or none at all. */
    addressesIn: {
        en: (addresses, inputs) => `${addresses || 'the address'} in ${inputs}`,
        ko: (addresses, inputs) => `${inputs}\uc758 ${addresses || '\uc8fc\uc18c'}`
    },
    aRecipient: { en: 'a recipient', ko: '\ubc1b\ub294 \uc0ac\ub78c' }
});

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/providers.ts
var providers = __webpack_require__(869);
// EXTERNAL MODULE: ./src/recipients.ts
var recipients = __webpack_require__(6903);
;// CONCATENATED MODULE: ./src/diagnose.ts







const diagnose_APP_PASSWORD_STEPS = appPasswordSteps('en');
/** True when the server or its reply shows this is Google's SMTP service. */
function isGoogle(server, reply = '') {
    return (0,settings/* isGoogleServer */.hY)(server) || /gsmtp|support\.google\.com/i.test(reply);
}
/** Collapses a multi-line SMTP reply into one line for annotations. */
function oneLine(reply) {
    return reply
        .split(/\r?\n/)
        .map((line, index) => (index === 0 ? line : line.replace(/^\d{3}[- ](\d\.\d{1,3}\.\d{1,3}\s+)?/, '')))
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}
/** The language of the diagnoses for these facts. */
function languageOf(facts) {
    return facts.language ?? src_language/* DEFAULT_LANGUAGE */.Nm;
}
/** The diagnoses' words in the language of `facts`. */
function wordsFor(facts) {
    return DIAGNOSES[languageOf(facts)];
}
/** What the words of a diagnosis say about the connection. */
function whereOf(facts) {
    return {
        hostPort: (0,settings/* hostAndPort */.PG)(facts.server, facts.port),
        server: facts.server,
        port: facts.port,
        secure: facts.secure,
        username: facts.username,
        usesOAuth2: facts.usesOAuth2,
        timeoutSeconds: facts.timeoutSeconds
    };
}
/** The server would not upgrade the connection, so the action stopped before AUTH. */
function noStartTls(facts) {
    return { code: 'tls-required', ...wordsFor(facts).noStartTls(whereOf(facts)), retryable: false };
}
/**
 * Turns any failure raised while sending into a diagnosis. Matching is on the reply
 * code, the enhanced status and Google's `?p=` token or a key phrase, never on the whole
 * text: Google's wording drifts and older wordings are still served.
 */
function diagnose(error, facts) {
    if (error instanceof errors/* NotifyError */.UW)
        return error.diagnosisIn(languageOf(facts));
    const err = (typeof error === 'object' && error !== null ? error : { message: String(error) });
    return withProviderAdvice(diagnoseAnyServer(err, facts), err, facts);
}
/** The diagnosis from what every SMTP server (and Gmail) says, before the provider catalogue is asked. */
function diagnoseAnyServer(err, facts) {
    const reply = err.response ?? '';
    if (err.code === errors/* NO_LOGIN_OFFERED */.yq)
        return noLoginOffered(facts);
    const notSmtp = notSpeakingSmtp(err);
    if (notSmtp)
        return notSmtp(facts);
    if (err.responseCode && /^[2-5]\d\d/.test(reply))
        return diagnoseReply(err, reply, facts);
    return diagnoseConnection(err, facts);
}
/** Failures that a port or `secure` the provider does not take explains. */
const PORT_PROBLEMS = new Set(['timeout', 'connection-refused', 'tls-mismatch', 'tls-required', 'protocol-error', 'auth-unavailable']);
/**
 * Refines a diagnosis with what the provider catalogue (src/providers.ts) knows: a reply in
 * the provider's own words, a refused login with the provider's own steps, a refused
 * OAuth2 token, or a port the provider does not take. The provider is known by `server`,
 * or else by marks only its replies carry; a port is judged only for a known host.
 */
function withProviderAdvice(generic, err, facts) {
    const reply = err.responseCode && typeof err.response === 'string' ? err.response : '';
    const byHost = (0,providers.providerOfHost)(facts.server);
    const provider = byHost ?? (reply ? (0,providers.providerOfReply)(reply) : undefined);
    if (!provider)
        return generic;
    const values = { server: facts.server, username: facts.username };
    const language = languageOf(facts);
    const said = (text) => (0,providers.fill)(text[language], values);
    const advised = (advice) => ({
        ...generic,
        code: advice.code,
        title: said(advice.title),
        fix: said(advice.fix),
        retryable: advice.retryable
    });
    const loggingIn = /^AUTH\b/i.test(err.command ?? '');
    if (reply) {
        const known = (0,providers.replyAdvice)(provider, reply);
        if (known)
            return advised(known);
        if (generic.code === 'auth-rejected' && loggingIn && provider.loginRefused)
            return advised(provider.loginRefused);
        if (generic.code === 'oauth2-rejected' && provider.oauth2)
            return { ...generic, fix: said(provider.oauth2.serverRefused) };
    }
    if (byHost?.portFix && PORT_PROBLEMS.has(generic.code) && !(0,providers.takesPort)(byHost, facts))
        return { ...generic, fix: said(byHost.portFix) };
    return generic;
}
/** Credentials were given, but the server offers no way to use them over this connection. */
function noLoginOffered(facts, reply) {
    return {
        code: 'auth-unavailable',
        ...wordsFor(facts).noLoginOffered(whereOf(facts)),
        ...(reply ? { reply } : {}),
        retryable: false
    };
}
/** A refusal that, when no login was made, means one is needed: 530, or a relay that refuses strangers. */
const LOGIN_NEEDED = new RegExp(`${recipients/* RELAY_REFUSED */.Xb.source}|authentication required`, 'i');
/** The first line of an SMTP reply: three digits, then a space, a hyphen or nothing (RFC 5321, 4.2). */
const SMTP_REPLY_LINE = /^[2-5]\d\d(?:[ -]|$)/;
/** Services often found on the ports people mistake for SMTP, by what their first line looks like. */
const OTHER_PROTOCOLS = [
    [/^HTTP\/\d/i, 'http'],
    [/^\* (?:OK|PREAUTH|BYE)\b/i, 'imap'],
    [/^(?:\+OK|-ERR)\b/, 'pop3'],
    [/^SSH-\d/, 'ssh']
];
/** What the well-known ports that are not SMTP usually carry. */
const OTHER_PORTS = {
    21: 'FTP',
    22: 'SSH',
    80: 'HTTP',
    110: 'POP3',
    143: 'IMAP',
    443: 'HTTPS',
    993: 'IMAP over TLS',
    995: 'POP3 over TLS'
};
/**
 * Up to `max` characters of what a server sent, safe to print: printable ASCII as it is,
 * everything else (control characters, bytes above 0x7E, quotes and backquotes, which could
 * end a quotation or a code block) as an escape. Never the raw bytes.
 */
function printableExcerpt(text, max = 40) {
    const characters = [...text.slice(0, max * 2)].slice(0, max);
    const escaped = characters
        .map((character) => {
        const code = character.codePointAt(0) ?? 0;
        if (character === '\\')
            return '\\\\';
        if (code >= 0x20 && code <= 0x7e && character !== '"' && character !== '`')
            return character;
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
    })
        .join('');
    return text.length > characters.join('').length ? `${escaped}\u2026` : escaped;
}
/**
 * Recognises a peer that does not speak SMTP: a first line that is not an SMTP reply, a
 * greeting with a code a greeting never has, a reply that never ends, or a server that does
 * not know EHLO. Returns the diagnosis to make, or undefined. What the peer sent is only
 * ever shown as a short escaped excerpt: it may be binary, or text written to mislead.
 */
function notSpeakingSmtp(err) {
    const response = typeof err.response === 'string' ? err.response : '';
    const firstLine = response.split('\n', 1)[0];
    const message = err.message ?? '';
    const verb = (err.command ?? '').toUpperCase().split(' ')[0];
    // nodemailer names the command in flight, CONN before and between commands.
    const part = /Unexpected Response/i.test(message)
        ? { kind: 'unasked' }
        : verb && verb !== 'CONN'
            ? { kind: 'reply', verb }
            : { kind: 'greeting' };
    let finding;
    if (firstLine.trim() && !SMTP_REPLY_LINE.test(firstLine)) {
        // Mostly control characters or bytes above ASCII: binary, such as TLS or a compressed stream.
        const sample = [...firstLine.slice(0, 64)];
        const binary = sample.filter((c) => !/[\x20-\x7e]/.test(c)).length > sample.length / 4;
        // Nothing before AUTH can quote a credential. A later reply could, and a cut, escaped
        // excerpt of it could slip past the masking of the whole secret.
        const beforeLogin = !/Unexpected Response/i.test(message) && ['', 'CONN', 'EHLO', 'HELO', 'LHLO', 'STARTTLS'].includes(verb);
        finding = {
            what: OTHER_PROTOCOLS.find(([pattern]) => pattern.test(firstLine))?.[1] ?? (binary ? 'binary' : undefined),
            detail: beforeLogin ? { kind: 'began', part, excerpt: printableExcerpt(firstLine) } : { kind: 'after-login', part }
        };
    }
    else if (err.code === 'EPROTOCOL' && !response && /exceeds maximum allowed size/i.test(message)) {
        finding = { detail: { kind: 'endless', part } };
    }
    else if (err.code === errors/* SERVER_FLOOD */.DF) {
        finding = { detail: { kind: 'flood' } };
    }
    else if (err.code === 'EPROTOCOL' && response && /^[23]/.test(firstLine)) {
        // A greeting other than 220, or a 2xx/3xx nobody asked for: not how an SMTP server talks.
        finding = { detail: { kind: 'unexpected-code', part, code: firstLine.slice(0, 3) } };
    }
    else if ((verb === 'EHLO' || verb === 'HELO' || verb === 'LHLO') && (err.responseCode === 500 || err.responseCode === 502)) {
        finding = { what: { unknownVerb: verb }, reply: printableExcerpt(oneLine(response), 120) };
    }
    if (!finding)
        return undefined;
    const { what, detail, reply } = finding;
    return (facts) => {
        const words = wordsFor(facts);
        return {
            code: 'protocol-error',
            ...words.notSmtp(whereOf(facts), what && words.notSmtpWhat(what), OTHER_PORTS[facts.port]),
            ...(reply ? { reply } : {}),
            ...(detail ? { detail: words.notSmtpDetail(detail) } : {}),
            retryable: false
        };
    };
}
/** The addresses an envelope error is about. */
function refusedAddresses(err) {
    return err.rejected?.length ? err.rejected : err.recipient ? [err.recipient] : [];
}
/** The addresses an envelope error is about, for the title. */
function rejectedAddresses(err, facts) {
    const addresses = refusedAddresses(err);
    return addresses.length ? addresses.join(', ') : wordsFor(facts).aRecipient;
}
/** "a@example.com (in `to`)", "a@example.com (in `to`) and b@example.com (in `bcc`)". */
function addressesWithInputs(addresses, facts) {
    const language = languageOf(facts);
    const words = DIAGNOSES[language];
    if (addresses.length === 0 || !facts.recipients)
        return words.addressesIn((0,src_language/* listOf */.c3)(addresses, language), (0,recipients/* inputNames */.vj)([], language));
    return (0,src_language/* listOf */.c3)(addresses.map((address) => {
        const inputs = (0,recipients/* inputsHolding */.Z1)(address, facts.recipients);
        return inputs.length ? words.addressIn(address, (0,recipients/* inputNames */.vj)(inputs, language)) : address;
    }), language);
}
/**
 * The server refused one or more recipients at RCPT TO (other than a 421, which ends the
 * session, or a cap on recipients). Worded by why, when every refusal gives the same reason.
 */
function recipientRefused(err, facts) {
    const replies = err.rejectedErrors?.length ? err.rejectedErrors.map((e) => e.response ?? '') : [err.response ?? ''];
    const reasons = new Set(replies.map(recipients/* recipientRefusal */.Ax));
    const reason = reasons.size === 1 ? [...reasons][0] : 'other';
    const addresses = refusedAddresses(err);
    const words = wordsFor(facts);
    const refused = {
        list: addresses.length ? addresses.join(', ') : words.aRecipient,
        where: addressesWithInputs(addresses, facts),
        several: addresses.length > 1,
        replies: replies.length
    };
    const server = facts.server;
    switch (reason) {
        case 'deferred':
            return { code: 'recipient-rejected', ...words.recipientDeferred(server, refused), retryable: true };
        case 'unknown-mailbox':
            return { code: 'recipient-rejected', ...words.recipientUnknown(server, refused), retryable: false };
        case 'relay-denied':
            return { code: 'recipient-rejected', ...words.recipientRelayDenied(whereOf(facts), refused), retryable: false };
        case 'not-valid':
            return { code: 'recipient-rejected', ...words.recipientNotValid(server, refused), retryable: false };
        default:
            return { code: 'recipient-rejected', ...words.recipientRefused(server, refused), retryable: false };
    }
}
function diagnoseReply(err, reply, facts) {
    const code = err.responseCode ?? 0;
    const status = (0,recipients/* enhancedStatus */.Px)(reply) ?? '';
    const shownReply = oneLine(reply);
    const google = isGoogle(facts.server, reply);
    const command = (err.command ?? '').toUpperCase();
    const verb = command.split(' ')[0];
    const temporary = code >= 400 && code < 500;
    const words = wordsFor(facts);
    const where = whereOf(facts);
    const during = verb && verb !== 'CONN' ? words.during(verb) : '';
    const is = (pattern) => pattern.test(reply);
    const diagnosis = (found) => ({ ...found, reply: shownReply });
    if (verb === 'STARTTLS')
        return diagnosis(noStartTls(facts));
    if (status === '5.7.14' || is(/WebLoginRequired|web ?browser|ContinueSignIn|signin\/continue|answer\/78754/i)) {
        return diagnosis({ code: 'web-login-required', ...words.webLoginRequired(where), retryable: false });
    }
    if (is(/too many login attempts|answer\/7126229/i)) {
        return diagnosis({ code: 'too-many-logins', ...words.tooManyLogins(where), retryable: false });
    }
    if ((code === 334 || code === 535 || code === 534) && (facts.usesOAuth2 || command.includes('XOAUTH2'))) {
        return diagnosis({ code: 'oauth2-rejected', ...words.oauth2TokenRefused(where), retryable: false });
    }
    if (code === 530 && is(/STARTTLS/i)) {
        return diagnosis({ code: 'tls-required', ...words.startTlsRequired(where), retryable: false });
    }
    if (verb === 'AUTH' && (code === 500 || code === 502)) {
        // The server does not know the AUTH command: nowhere to use the credentials.
        return noLoginOffered(facts, shownReply);
    }
    const credentialsRefused = code === 535 ||
        code === 534 ||
        status === '5.7.8' ||
        is(/BadCredentials|InvalidSecondFactor|Username and Password not accepted|Application-specific password|answer\/185833|answer\.py\?answer=14257/i) ||
        (verb === 'AUTH' && !temporary && code !== 504);
    if (credentialsRefused) {
        const second = is(/InvalidSecondFactor|Application-specific password|answer\/185833/i);
        return diagnosis({ code: 'auth-rejected', ...words.authRejected(where, second, google), retryable: false });
    }
    if (facts.withoutLogin && (code === 530 || ((verb === 'MAIL' || verb === 'RCPT') && is(LOGIN_NEEDED)))) {
        return diagnosis({ code: 'auth-rejected', ...words.loginNeededWithoutPassword(where), retryable: false });
    }
    if (code === 530) {
        return diagnosis({ code: 'auth-rejected', ...words.loginNeededAfterLogin(where), retryable: false });
    }
    if (status === '5.4.5' || is(/sending (limit|quota) exceeded|answer\/166852/i)) {
        return diagnosis({ code: 'quota-exceeded', ...words.quotaExceeded(where), retryable: false });
    }
    if (status === '5.3.4' || (code === 552 && status === '5.2.3') || is(/MaxSizeError|size limits?\b/i)) {
        return diagnosis({ code: 'message-too-large', ...words.messageTooLarge(where), retryable: false });
    }
    if (status === '4.5.3' || status === '5.5.3' || is(/too many recipients|TooManyRecipients/i)) {
        return diagnosis({ code: 'too-many-recipients', ...words.tooManyRecipients(where, rejectedAddresses(err, facts)), retryable: temporary });
    }
    // A 421 ends the session whatever it answers (RFC 5321, 3.8): the server is busy, not refusing the address.
    if (verb === 'RCPT' && code !== 421)
        return diagnosis(recipientRefused(err, facts));
    if (verb === 'MAIL' && !temporary) {
        return diagnosis({ code: 'sender-rejected', ...words.senderRejected(where, google), retryable: false });
    }
    if (code === 552 || is(/BlockedMessage|potential security issue|UnsolicitedMessage|\bspam\b/i)) {
        return diagnosis({ code: 'message-blocked', ...words.messageBlocked(where, is(/UnsolicitedMessage|\bspam\b/i)), retryable: false });
    }
    if (temporary) {
        return diagnosis({ code: 'try-again-later', ...words.refusedForNow(where, during), retryable: true });
    }
    return diagnosis({ code: 'unknown', ...words.unknownReply(where, during), retryable: false });
}
/**
 * The reason of an OpenSSL error ("wrong version number") without the codes, function and
 * source file around it, which mean nothing to the reader; the whole message when there is none.
 */
function tlsReason(err, message) {
    if (typeof err.reason === 'string' && err.reason.trim())
        return err.reason.trim();
    return /error:[0-9A-F]+:[^:]*:[^:]*:([^:\n]+)/i.exec(message)?.[1]?.trim() ?? message;
}
/**
 * One side spoke TLS and the other plain text. With `secure` the action opened with TLS and
 * the server answered in plain text; without it the server agreed to STARTTLS and then did
 * not speak TLS. Either way nothing, and no password, was sent.
 */
function tlsMismatch(err, message, facts) {
    const words = wordsFor(facts);
    const said = facts.secure ? words.tlsMismatchPlainAnswer(whereOf(facts)) : words.tlsMismatchAfterStartTls(whereOf(facts));
    return { code: 'tls-mismatch', ...said, detail: `OpenSSL: ${tlsReason(err, message)}`, retryable: false };
}
function diagnoseConnection(err, facts) {
    // OpenSSL's messages end with a line break, which would leave an empty line in the report.
    const message = (err.message ?? String(err)).trim();
    // nodemailer replaces a system error code such as ECONNREFUSED with its own (ESOCKET) and keeps the first as originalCode.
    const system = `${err.code ?? ''} ${err.originalCode ?? ''} ${err.errno ?? ''} ${message}`;
    const has = (pattern) => pattern.test(system);
    const words = wordsFor(facts);
    const where = whereOf(facts);
    if (err.originalCode === 'EOAUTH2' || err.code === 'EOAUTH2' || has(/invalid_grant|invalid_client|unauthorized_client/)) {
        return { code: 'oauth2-rejected', ...words.oauth2EndpointRefused(), detail: message, retryable: false };
    }
    if (has(/wrong version number|packet length too long|unknown protocol|WRONG_VERSION_NUMBER|record layer failure|http request/i)) {
        return tlsMismatch(err, message, facts);
    }
    if (has(/self[- ]signed|unable to (get|verify)|certificate|CERT_|altnames|CA signature|key too small|too weak|UNABLE_TO_|DEPTH_ZERO/i)) {
        return { code: 'certificate', ...words.certificate(where), detail: message, retryable: false };
    }
    if (err.code === 'ETLS' || err.code === 'EREQUIRETLS' || has(/STARTTLS/i)) {
        return { ...noStartTls(facts), detail: message };
    }
    if (has(/ECONNREFUSED|EHOSTUNREACH|ENETUNREACH/)) {
        return { code: 'connection-refused', ...words.connectionRefused(where, has(/ECONNREFUSED/)), detail: message, retryable: false };
    }
    if (err.code === 'EDNS' || has(/ENOTFOUND|EAI_AGAIN|EAI_FAIL|EAI_NONAME|getaddrinfo/)) {
        const temporary = has(/EAI_AGAIN|ETIMEOUT|ESERVFAIL|timed out/i);
        return { code: 'dns', ...words.dns(where, temporary), detail: message, retryable: temporary };
    }
    if (err.code === 'ETIMEDOUT' || has(/timed? ?out|Greeting never received/i)) {
        // nodemailer's own greeting timer says so in words only.
        const noGreeting = err.timeoutKind === 'greeting' || has(/Greeting never received/i);
        if (noGreeting && !facts.secure && facts.port === 465) {
            return { code: 'timeout', ...words.noGreetingOn465(where), detail: message, retryable: false };
        }
        return { code: 'timeout', ...words.timeout(where, err.timeoutKind === 'attempt' ? 'attempt' : 'answer', noGreeting), detail: message, retryable: true };
    }
    if (err.code === 'ECONNECTION' || has(/ECONNRESET|EPIPE|ECONNABORTED|Connection closed|socket hang up|socket disconnected/i)) {
        return { code: 'try-again-later', ...words.connectionLost(where), detail: message, retryable: true };
    }
    if (has(/Message size larger than allowed/i)) {
        return { code: 'message-too-large', ...words.messageLargerThanAnnounced(where), detail: message, retryable: false };
    }
    return { code: 'unknown', ...words.unknownFailure(where), detail: message, retryable: false };
}
/**
 * The connection was lost, or went silent, after the whole message had been sent but
 * before the server confirmed it. The server may have accepted it, so a later attempt
 * may deliver a second copy; that beats losing a failure notice, and the user is told.
 */
function unconfirmedDelivery(diagnosis, language = src_language/* DEFAULT_LANGUAGE */.Nm) {
    return { ...diagnosis, ...DIAGNOSES[language].unconfirmed(diagnosis) };
}


/***/ }),

/***/ 3344:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OAUTH2_TOKEN_HINT: () => (/* binding */ OAUTH2_TOKEN_HINT),
/* harmony export */   checkOAuth2Settings: () => (/* binding */ checkOAuth2Settings),
/* harmony export */   diagnoseTokenAnswer: () => (/* binding */ diagnoseTokenAnswer),
/* harmony export */   fetchAccessToken: () => (/* binding */ fetchAccessToken),
/* harmony export */   oauth2LogWords: () => (/* binding */ oauth2LogWords),
/* harmony export */   oauth2TokenHint: () => (/* binding */ oauth2TokenHint)
/* harmony export */ });
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(833);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2497);
/* harmony import */ var _providers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(869);




/** Where refresh tokens for Gmail go wrong, said in every rejection. */
const OAUTH2_TOKEN_HINT = 'Issue a new refresh token for this exact address with the scope https://mail.google.com/ (no narrower Gmail scope works for SMTP) and store it in the secret passed as `oauth2-refresh-token`. ' +
    'Refresh tokens from a Google Cloud OAuth consent screen whose publishing status is "Testing" expire after 7 days: publish the app (set it "In production") so they last.';
const ENDPOINT = { en: (url) => `The OAuth2 token endpoint ${url}`, ko: (url) => `OAuth2 \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8 ${url}` };
/** What a failure at the token endpoint means and its fix; the endpoint's own answer stays as it came. */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_3__/* .defineWords */ .Pw)('oauth2', {
    throughProxy: {
        en: (proxy) => ({
            title: ` through the proxy ${proxy} (HTTPS_PROXY)`,
            fix: ' The request went through the proxy that HTTPS_PROXY names: check that it lets the runner reach this host, or add the host to NO_PROXY to reach it directly.'
        }),
        ko: (proxy) => ({
            title: `(\ud504\ub85d\uc2dc ${proxy} \uacbd\uc720, HTTPS_PROXY)`,
            fix: ' \uc694\uccad\uc740 HTTPS_PROXY\uac00 \uac00\ub9ac\ud0a4\ub294 \ud504\ub85d\uc2dc\ub97c \uac70\ucce4\uc2b5\ub2c8\ub2e4. \ud504\ub85d\uc2dc\uac00 \ub7ec\ub108\uc5d0\uc11c \uc774 \ud638\uc2a4\ud2b8\ub85c \uac00\ub294 \uc5f0\uacb0\uc744 \ud5c8\uc6a9\ud558\ub294\uc9c0 \ud655\uc778\ud558\uac70\ub098, \uc9c1\uc811 \uc5f0\uacb0\ud558\ub3c4\ub85d \ud638\uc2a4\ud2b8\ub97c NO_PROXY\uc5d0 \ucd94\uac00\ud558\uc138\uc694.'
        })
    },
    tokenHint: {
        en: OAUTH2_TOKEN_HINT,
        ko: '\uc774 \uc8fc\uc18c\ub85c https://mail.google.com/ \ubc94\uc704(scope)\uc758 \uc0c8 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \ubc1c\uae09\ubc1b\uc544(SMTP\uc5d0\ub294 \ub354 \uc881\uc740 Gmail \ubc94\uc704\uac00 \ud1b5\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4) `oauth2-refresh-token`\uc73c\ub85c \ub118\uae30\ub294 \uc2dc\ud06c\ub9bf\uc5d0 \uc800\uc7a5\ud558\uc138\uc694. ' +
            'Google Cloud OAuth \ub3d9\uc758 \ud654\uba74\uc758 \uac8c\uc2dc \uc0c1\ud0dc\uac00 "Testing"\uc774\uba74 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc774 7\uc77c \ub4a4 \ub9cc\ub8cc\ub429\ub2c8\ub2e4. \uc571\uc744 \uac8c\uc2dc("In production")\ud574\uc57c \ud1a0\ud070\uc774 \uc720\uc9c0\ub429\ub2c8\ub2e4.'
    },
    timeoutTitle: {
        en: (url, seconds) => `${ENDPOINT.en(url)} did not answer within ${seconds} s`,
        ko: (url, seconds) => `${ENDPOINT.ko(url)} \uc5d0\uc11c ${seconds}\ucd08 \uc548\uc5d0 \uc751\ub2f5\uc774 \uc5c6\uc5c8\uc2b5\ub2c8\ub2e4`
    },
    timeoutFix: {
        en: 'Check `oauth2-token-url` and that the runner can reach it; raise `timeout` if the endpoint is just slow.',
        ko: '`oauth2-token-url`\uacfc, \ub7ec\ub108\uac00 \uadf8 \uc8fc\uc18c\uc5d0 \ub2ff\uc744 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694. \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uac00 \ub290\ub9b4 \ubfd0\uc774\ub77c\uba74 `timeout`\uc744 \ub298\ub9ac\uc138\uc694.'
    },
    certificateTitle: {
        en: (url) => `The TLS certificate of the OAuth2 token endpoint ${url} is not trusted`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc758 TLS \uc778\uc99d\uc11c\ub97c \uc2e0\ub8b0\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`
    },
    certificateFix: {
        en: 'Check the host name in `oauth2-token-url`. For a private certificate authority, add it to the runner with NODE_EXTRA_CA_CERTS (a PEM file). Certificate checks are never switched off.',
        ko: '`oauth2-token-url`\uc758 \ud638\uc2a4\ud2b8 \uc774\ub984\uc744 \ud655\uc778\ud558\uc138\uc694. \uc0ac\uc124 \uc778\uc99d \uae30\uad00\uc774\ub77c\uba74 NODE_EXTRA_CA_CERTS(PEM \ud30c\uc77c)\ub85c \ub7ec\ub108\uc5d0 \ucd94\uac00\ud558\uc138\uc694. \uc778\uc99d\uc11c \uac80\uc0ac\ub294 \ub044\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.'
    },
    dnsTitle: {
        en: (url) => `The host name of the OAuth2 token endpoint ${url} could not be resolved`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc758 \ud638\uc2a4\ud2b8 \uc774\ub984\uc744 \ucc3e\uc744 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`
    },
    dnsFix: {
        en: 'Check `oauth2-token-url` for typos (Google: https://oauth2.googleapis.com/token).',
        ko: '`oauth2-token-url`\uc5d0 \uc624\ud0c0\uac00 \uc5c6\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694(Google: https://oauth2.googleapis.com/token ).'
    },
    badPortTitle: {
        en: (url, port) => `${ENDPOINT.en(url)} is on port ${port}, which fetch refuses to connect to`,
        ko: (url, port) => `${ENDPOINT.ko(url)} \uc758 \ud3ec\ud2b8 ${port}\ubc88\uc740 fetch\uac00 \uc5f0\uacb0\uc744 \uac70\ubd80\ud558\ub294 \ud3ec\ud2b8\uc785\ub2c8\ub2e4`
    },
    badPortFix: {
        en: "Use the token endpoint's HTTPS address without a port, or with its real one (Google: https://oauth2.googleapis.com/token), in `oauth2-token-url`. Ports such as 25, 465 and 587 are mail ports, never an OAuth2 endpoint's.",
        ko: '`oauth2-token-url`\uc5d0\ub294 \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uc758 HTTPS \uc8fc\uc18c\ub97c \ud3ec\ud2b8 \uc5c6\uc774, \ub610\ub294 \uc2e4\uc81c \ud3ec\ud2b8\ub85c \ub123\uc73c\uc138\uc694(Google: https://oauth2.googleapis.com/token ). 25, 465, 587 \uac19\uc740 \ud3ec\ud2b8\ub294 \uba54\uc77c \ud3ec\ud2b8\uc774\uba70 OAuth2 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uc758 \ud3ec\ud2b8\uac00 \uc544\ub2d9\ub2c8\ub2e4.'
    },
    refusedTitle: {
        en: (url) => `Nothing accepted the connection to the OAuth2 token endpoint ${url}`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc5d0\uc11c \uc5f0\uacb0\uc744 \ubc1b\ub294 \uacf3\uc774 \uc5c6\uc2b5\ub2c8\ub2e4`
    },
    refusedFix: {
        en: 'Check `oauth2-token-url` (Google: https://oauth2.googleapis.com/token) and that the runner may open HTTPS connections to it.',
        ko: '`oauth2-token-url`(Google: https://oauth2.googleapis.com/token )\uacfc, \ub7ec\ub108\uac00 \uadf8 \uc8fc\uc18c\ub85c HTTPS \uc5f0\uacb0\uc744 \uc5f4 \uc218 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694.'
    },
    unreachableTitle: {
        en: (url) => `Could not reach the OAuth2 token endpoint ${url}`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc5d0 \uc5f0\uacb0\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`
    },
    unreachableFix: { en: "Check `oauth2-token-url` and the runner's network.", ko: '`oauth2-token-url`\uacfc \ub7ec\ub108\uc758 \ub124\ud2b8\uc6cc\ud06c\ub97c \ud655\uc778\ud558\uc138\uc694.' },
    clientTitle: {
        en: (url) => `${ENDPOINT.en(url)} did not accept the client (\`oauth2-client-id\` / \`oauth2-client-secret\`)`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc5d0\uc11c \ud074\ub77c\uc774\uc5b8\ud2b8(\`oauth2-client-id\` / \`oauth2-client-secret\`)\ub97c \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`
    },
    tokenTitle: {
        en: (url) => `${ENDPOINT.en(url)} refused the refresh token (\`oauth2-refresh-token\`)`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc5d0\uc11c \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070(\`oauth2-refresh-token\`)\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4`
    },
    googleClientFix: {
        en: 'Copy the client ID and secret of the OAuth client that issued the refresh token (Google Cloud Console \u2192 APIs & Services \u2192 Credentials) into the secrets passed as `oauth2-client-id` and `oauth2-client-secret`. ',
        ko: '\ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \ubc1c\uae09\ud55c OAuth \ud074\ub77c\uc774\uc5b8\ud2b8\uc758 \ud074\ub77c\uc774\uc5b8\ud2b8 ID\uc640 \uc2dc\ud06c\ub9bf\uc744(Google Cloud Console \u2192 APIs & Services \u2192 Credentials) `oauth2-client-id`, `oauth2-client-secret`\uc73c\ub85c \ub118\uae30\ub294 \uc2dc\ud06c\ub9bf\uc5d0 \ubcf5\uc0ac\ud558\uc138\uc694. '
    },
    googleTokenFix: {
        en: '"invalid_grant" means the refresh token was revoked, expired, or issued to another client. ',
        ko: '"invalid_grant"\ub294 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc774 \ucde8\uc18c\ub418\uc5c8\uac70\ub098, \ub9cc\ub8cc\ub418\uc5c8\uac70\ub098, \ub2e4\ub978 \ud074\ub77c\uc774\uc5b8\ud2b8\uc5d0 \ubc1c\uae09\ub418\uc5c8\ub2e4\ub294 \ub73b\uc785\ub2c8\ub2e4. '
    },
    laterTitle: { en: (url) => `${ENDPOINT.en(url)} failed for now`, ko: (url) => `${ENDPOINT.ko(url)} \uc5d0 \uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\uac00 \uc788\uc2b5\ub2c8\ub2e4` },
    laterFix: {
        en: 'The token endpoint reported a temporary problem. Re-run the job later.',
        ko: '\ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uac00 \uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\ub97c \uc54c\ub838\uc2b5\ub2c8\ub2e4. \ub098\uc911\uc5d0 \uc791\uc5c5\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694.'
    },
    fetching: {
        en: (username, url) => `Fetching an OAuth2 access token for ${username} from ${url}.`,
        ko: (username, url) => `${url} \uc5d0\uc11c ${username} \uacc4\uc815\uc758 OAuth2 \uc561\uc138\uc2a4 \ud1a0\ud070\uc744 \ubc1b\uc544 \uc635\ub2c8\ub2e4.`
    },
    retrying: {
        en: (failure, seconds) => `Fetching the OAuth2 access token failed: ${failure}. This is temporary; trying again in ${seconds} s.`,
        ko: (failure, seconds) => `OAuth2 \uc561\uc138\uc2a4 \ud1a0\ud070\uc744 \ubc1b\uc544 \uc624\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4: ${failure}. \uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\uc774\ubbc0\ub85c ${seconds}\ucd08 \ub4a4\uc5d0 \ub2e4\uc2dc \uc2dc\ub3c4\ud569\ub2c8\ub2e4.`
    },
    noTokenTitle: {
        en: (url) => `${ENDPOINT.en(url)} gave no access token`,
        ko: (url) => `${ENDPOINT.ko(url)} \uc5d0\uc11c \uc561\uc138\uc2a4 \ud1a0\ud070\uc744 \ubc1b\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4`
    },
    noTokenFix: {
        en: 'Check `oauth2-token-url`: it must be the token endpoint of the provider that issued the refresh token (Google: https://oauth2.googleapis.com/token).',
        ko: '`oauth2-token-url`\uc744 \ud655\uc778\ud558\uc138\uc694. \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \ubc1c\uae09\ud55c \uc81c\uacf5\uc790\uc758 \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uc5ec\uc57c \ud569\ub2c8\ub2e4(Google: https://oauth2.googleapis.com/token ).'
    }
});
/** The log lines of fetching a token, in `language`. */
function oauth2LogWords(language) {
    return WORDS[language];
}
/** The Gmail refresh-token hint in `language`, for the diagnoses of a refused XOAUTH2 login. */
function oauth2TokenHint(language) {
    return WORDS[language].tokenHint;
}
/** Answers of RFC 6749 section 5.2 that mean the credentials themselves were refused. */
const REFUSALS = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'invalid_scope', 'unsupported_grant_type', 'invalid_request']);
/** Classifies what the token endpoint answered when it gave no access token (pure). */
function diagnoseTokenAnswer(tokenUrl, status, answer, language) {
    const words = WORDS[language];
    const error = typeof answer.error === 'string' ? answer.error : '';
    const description = typeof answer.error_description === 'string' ? answer.error_description : '';
    const detail = `HTTP ${status}${error ? `: ${error}` : ''}${description ? ` (${description})` : ''}`;
    if (REFUSALS.has(error) || status === 400 || status === 401) {
        const clientProblem = error === 'invalid_client' || error === 'unauthorized_client';
        // Another provider's endpoint (Microsoft's) gets its own steps from the catalogue.
        const provider = (0,_providers_js__WEBPACK_IMPORTED_MODULE_2__.providerOfTokenUrl)(tokenUrl)?.oauth2;
        const googleFix = `${clientProblem ? words.googleClientFix : words.googleTokenFix}${words.tokenHint}`;
        return {
            code: 'oauth2-rejected',
            title: clientProblem ? words.clientTitle(tokenUrl) : words.tokenTitle(tokenUrl),
            fix: provider ? (clientProblem ? provider.clientRefused : provider.tokenRefused)[language] : googleFix,
            detail,
            retryable: false
        };
    }
    if (status >= 500 || status === 429) {
        return {
            code: 'try-again-later',
            title: words.laterTitle(tokenUrl),
            fix: words.laterFix,
            detail,
            retryable: true
        };
    }
    return {
        code: 'unknown',
        title: words.noTokenTitle(tokenUrl),
        fix: words.noTokenFix,
        detail,
        retryable: false
    };
}
/** Classifies a failure to reach the token endpoint at all (pure). */
function diagnoseTokenFetchError(tokenUrl, error, timeoutSeconds, language) {
    const words = WORDS[language];
    const failure = error;
    const code = failure.cause?.code ?? '';
    const detail = [failure.message, failure.cause?.message].filter(Boolean).join(': ');
    if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
        return {
            code: 'timeout',
            title: words.timeoutTitle(tokenUrl, timeoutSeconds),
            fix: words.timeoutFix,
            detail,
            retryable: true
        };
    }
    if (/CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ALTNAME/.test(code)) {
        return {
            code: 'certificate',
            title: words.certificateTitle(tokenUrl),
            fix: words.certificateFix,
            detail,
            retryable: false
        };
    }
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
        return {
            code: 'dns',
            title: words.dnsTitle(tokenUrl),
            fix: words.dnsFix,
            detail,
            retryable: code === 'EAI_AGAIN'
        };
    }
    // fetch refuses some ports outright (the Fetch standard's "bad ports": 25, 465, 587, ...),
    // before any connection, so no other check names the cause.
    if (failure.cause?.message === 'bad port') {
        const port = URL.canParse(tokenUrl) ? new URL(tokenUrl).port : '';
        return {
            code: 'invalid-input',
            title: words.badPortTitle(tokenUrl, port),
            fix: words.badPortFix,
            detail,
            retryable: false
        };
    }
    if (code === 'ECONNREFUSED') {
        return {
            code: 'connection-refused',
            title: words.refusedTitle(tokenUrl),
            fix: words.refusedFix,
            detail,
            retryable: false
        };
    }
    return {
        code: 'unknown',
        title: words.unreachableTitle(tokenUrl),
        fix: words.unreachableFix,
        detail,
        retryable: false
    };
}
/**
 * Fetches an access token, asking again after temporary failures; a refusal
 * (invalid_grant and the like) is final at once.
 */
/**
 * Refuses what the provider of `oauth2-token-url` is known to reject, before any connection:
 * checked here rather than with the other inputs so the provider catalogue is loaded only in
 * runs that use OAuth2.
 */
function checkOAuth2Settings(oauth2) {
    const scopeMissing = (0,_providers_js__WEBPACK_IMPORTED_MODULE_2__.providerOfTokenUrl)(oauth2.tokenUrl)?.oauth2?.scopeMissing;
    if (!oauth2.scope && scopeMissing)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz('oauth2-scope', scopeMissing.problem, scopeMissing.fix);
}
async function fetchAccessToken(oauth2, timeoutSeconds, attempts = { retries: 0 }) {
    const sleep = attempts.sleep ?? _cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .sleepFor */ .dt;
    for (let attempt = 1;; attempt++) {
        try {
            return await requestAccessToken(oauth2, timeoutSeconds, attempts.signal);
        }
        catch (error) {
            if (!(error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotifyError */ .UW) || !error.diagnosis.retryable || attempt > attempts.retries || attempts.signal?.aborted)
                throw error;
            const delayMs = (attempts.backoffMs ?? 2000) * 2 ** (attempt - 1);
            attempts.onRetry?.(error, delayMs);
            await sleep(delayMs, attempts.signal);
        }
    }
}
/**
 * Exchanges the refresh token for an access token (RFC 6749 section 6), within
 * `timeoutSeconds` for the whole exchange, or until `cancelled` aborts. Throws a NotifyError saying what to fix.
 */
async function requestAccessToken(oauth2, timeoutSeconds, cancelled) {
    const deadline = AbortSignal.timeout(timeoutSeconds * 1000);
    const signal = cancelled ? AbortSignal.any([deadline, cancelled]) : deadline;
    let status;
    let text;
    let proxy;
    try {
        // Through the runner's proxy, as the REST API calls are: @actions/github's own fetch,
        // undici with @actions/http-client's rules for HTTPS_PROXY and NO_PROXY. The package
        // exports it only under lib/internal, so it is imported by path (its version is pinned
        // exactly, as @actions/core's is for runner.ts), and only by runs that log in with OAuth2.
        const [{ getProxyFetch }, { getProxyUrl }] = await Promise.all([
            __webpack_require__.e(/* import() */ 815).then(__webpack_require__.bind(__webpack_require__, 6815)),
            __webpack_require__.e(/* import() */ 783).then(__webpack_require__.bind(__webpack_require__, 9783))
        ]);
        proxy = getProxyUrl(new URL(oauth2.tokenUrl));
        const response = await getProxyFetch(oauth2.tokenUrl)(oauth2.tokenUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
            body: new URLSearchParams({
                grant_type: 'refresh_token',
                client_id: oauth2.clientId,
                client_secret: oauth2.clientSecret,
                refresh_token: oauth2.refreshToken,
                ...(oauth2.scope ? { scope: oauth2.scope } : {})
            }),
            // A redirect would carry the client secret to another address.
            redirect: 'error',
            signal
        });
        status = response.status;
        text = await response.text();
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotifyError */ .UW((language) => throughProxy(diagnoseTokenFetchError(oauth2.tokenUrl, error, timeoutSeconds, language), proxy, language), {
            cause: error
        });
    }
    let answer = {};
    try {
        answer = JSON.parse(text);
    }
    catch {
        // Not JSON: classified by the status alone.
    }
    // Only the access token is read. Microsoft also answers with a new refresh token, a secret
    // that is neither kept nor printed: the one in `oauth2-refresh-token` stays valid.
    if (status === 200 && typeof answer.access_token === 'string' && answer.access_token)
        return answer.access_token;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .NotifyError */ .UW((language) => diagnoseTokenAnswer(oauth2.tokenUrl, status, answer, language));
}
/**
 * A failure to reach the endpoint through a proxy names the proxy (never its password) and
 * the variables that chose it: the proxy may be what refused.
 */
function throughProxy(diagnosis, proxy, language) {
    if (!proxy)
        return diagnosis;
    const words = WORDS[language].throughProxy(proxy.origin);
    return { ...diagnosis, title: `${diagnosis.title}${words.title}`, fix: `${diagnosis.fix}${words.fix}` };
}


/***/ })

};
