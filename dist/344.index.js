export const id = 344;
export const ids = [344];
export const modules = {

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
