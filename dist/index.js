import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 9734:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ apiUrlOf),
/* harmony export */   v: () => (/* binding */ reasonToSkipApi)
/* harmony export */ });
// Whether and where the REST API is asked, apart from the client that asks it: a success
// asks nothing, and then the client's module is not loaded at all.
/** The REST API root for this server: GITHUB_API_URL, or derived from GITHUB_SERVER_URL. */
function apiUrlOf(env) {
    if (env.GITHUB_API_URL)
        return env.GITHUB_API_URL.replace(/\/+$/, '');
    const server = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return server === 'https://github.com' ? 'https://api.github.com' : `${server}/api/v3`;
}
/**
 * Why the API is not asked, or undefined when it should be. It is asked only when the
 * message has something to gain: the failed jobs of a failure or cancellation, or the
 * outcome itself when `status` is empty. A known success needs neither, and skipping the
 * call keeps the step fast and working without `actions: read`.
 */
function reasonToSkipApi(status, token, env) {
    if (status === 'success')
        return 'the status is success';
    if (!env.GITHUB_REPOSITORY || !env.GITHUB_RUN_ID)
        return 'not running in a workflow (GITHUB_REPOSITORY or GITHUB_RUN_ID is not set)';
    if (!token)
        return '`github-token` is empty';
    return undefined;
}


/***/ }),

/***/ 833:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EM: () => (/* binding */ sessionActivity),
/* harmony export */   cc: () => (/* binding */ CancelledError),
/* harmony export */   dt: () => (/* binding */ sleepFor),
/* harmony export */   x9: () => (/* binding */ CancellationGuard)
/* harmony export */ });
/* unused harmony export cancelledDiagnosis */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2497);


/**
 * Resolves after `ms`, or at once when `signal` aborts; the caller then checks the signal.
 * Not node:timers/promises: loading that module cost about 0.5 ms at every start.
 */
function sleepFor(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const done = () => {
            clearTimeout(timer);
            signal?.removeEventListener('abort', done);
            resolve();
        };
        const timer = setTimeout(done, ms);
        signal?.addEventListener('abort', done, { once: true });
    });
}
/** The activity of an SMTP session that was cut short, from how far it had got. */
function sessionActivity(progress, hostPort, username, recipients) {
    if (progress.messageSent)
        return { doing: 'confirming', hostPort };
    if (progress.sending)
        return { doing: 'sending', hostPort, recipients };
    if (progress.loggingIn)
        return { doing: 'logging-in', hostPort, username };
    const stage = !progress.connected ? 'opening' : !progress.serverReplied ? 'greeting' : 'setting-up';
    return { doing: 'connecting', hostPort, stage };
}
/** At most this many addresses are named; the `accepted` output lists them all. */
const NAMED_RECIPIENTS = 10;
/** How a cancellation is told, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .defineWords */ .Pw)('cancel', {
    activity: {
        en: (activity) => {
            switch (activity.doing) {
                case 'reading-inputs':
                    return 'reading the inputs and composing the message';
                case 'fetching-token':
                    return `fetching the OAuth2 access token from ${activity.tokenUrl}`;
                case 'asking-github':
                    return "asking the GitHub API for the run's jobs";
                case 'connecting': {
                    const stage = { opening: '', greeting: ' (connected, waiting for its greeting)', 'setting-up': ' (greeted, setting up the session)' }[activity.stage];
                    return `connecting to ${activity.hostPort}${stage}`;
                }
                case 'logging-in':
                    return `logging in to ${activity.hostPort} as ${activity.username}`;
                case 'sending':
                    return `sending the message to ${(0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(activity.recipients, 'recipient')} through ${activity.hostPort}`;
                case 'confirming':
                    return `waiting for ${activity.hostPort} to confirm the message after its final dot`;
                case 'waiting':
                    return `waiting before attempt ${activity.attempt} of ${activity.attempts}`;
            }
        },
        ko: (activity) => {
            switch (activity.doing) {
                case 'reading-inputs':
                    return '\uc785\ub825\uc744 \uc77d\uace0 \uba54\uc2dc\uc9c0\ub97c \ub9cc\ub4dc\ub294 \uc911';
                case 'fetching-token':
                    return `${activity.tokenUrl}\uc5d0\uc11c OAuth2 \uc561\uc138\uc2a4 \ud1a0\ud070\uc744 \ubc1b\uc544 \uc624\ub294 \uc911`;
                case 'asking-github':
                    return 'GitHub API\uc5d0 \uc2e4\ud589\uc758 \uc791\uc5c5(job) \ubaa9\ub85d\uc744 \ubb3b\ub294 \uc911';
                case 'connecting': {
                    const stage = { opening: '', greeting: '(\uc5f0\uacb0\ub428, \uc778\uc0ac\ub9d0\uc744 \uae30\ub2e4\ub9ac\ub294 \uc911)', 'setting-up': '(\uc778\uc0ac\ub9d0 \ubc1b\uc74c, \uc138\uc158\uc744 \uc900\ube44\ud558\ub294 \uc911)' }[activity.stage];
                    return `${activity.hostPort}\uc5d0 \uc5f0\uacb0\ud558\ub294 \uc911${stage}`;
                }
                case 'logging-in':
                    return `${activity.hostPort}\uc5d0 ${activity.username} \uacc4\uc815\uc73c\ub85c \ub85c\uadf8\uc778\ud558\ub294 \uc911`;
                case 'sending':
                    return `${activity.hostPort} \uc11c\ubc84\ub85c \ubc1b\ub294 \uc0ac\ub78c ${activity.recipients}\uba85\uc5d0\uac8c \uba54\uc2dc\uc9c0\ub97c \ubcf4\ub0b4\ub294 \uc911`;
                case 'confirming':
                    return `\ub9c8\uc9c0\ub9c9 \uc810(.)\uc744 \ubcf4\ub0b8 \ub4a4 ${activity.hostPort} \uc11c\ubc84\uc758 \uba54\uc2dc\uc9c0 \ud655\uc778\uc744 \uae30\ub2e4\ub9ac\ub294 \uc911`;
                case 'waiting':
                    return `${activity.attempts}\ubc88 \uc911 ${activity.attempt}\ubc88\uc9f8 \uc2dc\ub3c4\ub97c \uae30\ub2e4\ub9ac\ub294 \uc911`;
            }
        }
    },
    /** Whether the message may be with the server. */
    reach: {
        en: (reach) => {
            const unconfirmed = reach.unconfirmedAttempt === undefined
                ? undefined
                : `(it went out whole, final dot included, on attempt ${reach.unconfirmedAttempt}, and ${reach.server} had not confirmed it)`;
            if (reach.accepted.length) {
                const named = reach.accepted.length <= NAMED_RECIPIENTS
                    ? reach.accepted.join(', ')
                    : `${reach.accepted.slice(0, NAMED_RECIPIENTS).join(', ')} and ${reach.accepted.length - NAMED_RECIPIENTS} more (see the \`accepted\` output)`;
                const had = `${reach.server} had already accepted the message for ${(0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .plural */ .LS)(reach.accepted.length, 'recipient')}: ${named}`;
                return unconfirmed ? `${had}; the others may have it too ${unconfirmed}` : `${had}; the others did not get it`;
            }
            if (unconfirmed)
                return `the message may already have been delivered ${unconfirmed}`;
            return 'the message was not sent';
        },
        ko: (reach) => {
            const unconfirmed = reach.unconfirmedAttempt === undefined
                ? undefined
                : `(${reach.unconfirmedAttempt}\ubc88\uc9f8 \uc2dc\ub3c4\uc5d0\uc11c \ub9c8\uc9c0\ub9c9 \uc810\uae4c\uc9c0 \uc804\ubd80 \ubcf4\ub0c8\uc9c0\ub9cc ${reach.server} \uc11c\ubc84\uac00 \ud655\uc778\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4)`;
            if (reach.accepted.length) {
                const named = reach.accepted.length <= NAMED_RECIPIENTS
                    ? reach.accepted.join(', ')
                    : `${reach.accepted.slice(0, NAMED_RECIPIENTS).join(', ')} \uc678 ${reach.accepted.length - NAMED_RECIPIENTS}\uba85(\`accepted\` \ucd9c\ub825 \ucc38\uace0)`;
                const had = `${reach.server} \uc11c\ubc84\uac00 \uc774\ubbf8 \ubc1b\ub294 \uc0ac\ub78c ${reach.accepted.length}\uba85\uc5d0 \ub300\ud574 \uba54\uc2dc\uc9c0\ub97c \ubc1b\uc544\ub4e4\uc600\uc2b5\ub2c8\ub2e4: ${named}`;
                return unconfirmed ? `${had}. \ub098\uba38\uc9c0\ub3c4 \ubc1b\uc558\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4 ${unconfirmed}` : `${had}. \ub098\uba38\uc9c0\ub294 \ubc1b\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4`;
            }
            if (unconfirmed)
                return `\uba54\uc2dc\uc9c0\uac00 \uc774\ubbf8 \uc804\ub2ec\ub418\uc5c8\uc744 \uc218 \uc788\uc2b5\ub2c8\ub2e4 ${unconfirmed}`;
            return '\uba54\uc2dc\uc9c0\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4';
        }
    },
    title: {
        en: (signal, activity, reach) => `The step was cancelled${signal ? ` (${signal})` : ''} while ${activity}: ${reach}`,
        ko: (signal, activity, reach) => `${activity}\uc5d0 \ub2e8\uacc4(step)\uac00 \ucde8\uc18c\ub418\uc5c8\uc2b5\ub2c8\ub2e4${signal ? `(${signal})` : ''}: ${reach}`
    },
    delivered: {
        en: "Look in the recipients' mailboxes before re-running the job: a re-run sends the message again.",
        ko: '\uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uae30 \uc804\uc5d0 \ubc1b\ub294 \uc0ac\ub78c\uc758 \uba54\uc77c\ud568\uc744 \ud655\uc778\ud558\uc138\uc694. \ub2e4\uc2dc \uc2e4\ud589\ud558\uba74 \uba54\uc2dc\uc9c0\ub97c \ud55c \ubc88 \ub354 \ubcf4\ub0c5\ub2c8\ub2e4.'
    },
    notDelivered: {
        en: 'Nothing to fix if the run was cancelled on purpose; re-run the job to send the notification.',
        ko: '\uc77c\ubd80\ub7ec \ucde8\uc18c\ud588\ub2e4\uba74 \uace0\uce60 \uac83\uc740 \uc5c6\uc2b5\ub2c8\ub2e4. \uc54c\ub9bc\uc744 \ubcf4\ub0b4\ub824\uba74 \uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694.'
    },
    slowHint: {
        en: ' If the step was cancelled because it took too long (by hand, or at `timeout-minutes`), lower `timeout` or `retries` so that the step reports a server that does not answer before that.',
        ko: ' \ub2e8\uacc4(step)\uac00 \ub108\ubb34 \uc624\ub798 \uac78\ub824\uc11c (\uc9c1\uc811, \ub610\ub294 `timeout-minutes`\uc5d0 \uac78\ub824) \ucde8\uc18c\ub418\uc5c8\ub2e4\uba74 `timeout`\uc774\ub098 `retries`\ub97c \uc904\uc5ec\uc11c, \uc751\ub2f5\ud558\uc9c0 \uc54a\ub294 \uc11c\ubc84\ub97c \uadf8 \uc804\uc5d0 \uc54c\ub9ac\ub3c4\ub85d \ud558\uc138\uc694.'
    }
});
/** The signal that cancelled the step, when the abort names one. */
function signalName(signal) {
    return typeof signal.reason === 'string' && /^SIG[A-Z]+$/.test(signal.reason) ? signal.reason : undefined;
}
/** The report of a cancelled step: what it was doing and whether the message may be with the server. */
function cancelledDiagnosis(signal, activity, reach, language = _language_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANGUAGE */ .Nm) {
    const words = WORDS[language];
    const delivered = reach.accepted.length > 0 || reach.unconfirmedAttempt !== undefined;
    return {
        code: 'cancelled',
        title: words.title(signal, words.activity(activity), words.reach(reach)),
        fix: (delivered ? words.delivered : words.notDelivered) + (activity.doing === 'reading-inputs' ? '' : words.slowHint),
        retryable: false
    };
}
/** The step was cancelled (SIGINT or SIGTERM); raised by whatever was under way, with how far it got. */
class CancelledError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NotifyError */ .UW {
    constructor(signal, activity, reach) {
        super((language) => cancelledDiagnosis(signalName(signal), activity, reach, language));
        this.name = 'CancelledError';
    }
}
/**
 * What the step is doing before it sends, so that a cancellation is reported as that. The
 * SMTP session tracks its own progress (send.ts); this covers the phases before it.
 */
class CancellationGuard {
    signal;
    server;
    activity = { doing: 'reading-inputs' };
    /** `server`: the SMTP server named in the report, once the inputs are read. */
    constructor(signal, server) {
        this.signal = signal;
        this.server = server;
    }
    /** Ends the run once the step is cancelled, saying what it was doing; nothing was sent yet. */
    check() {
        if (this.signal?.aborted)
            throw new CancelledError(this.signal, this.activity, { server: this.server(), accepted: [] });
    }
    /**
     * Runs a phase whose result is worthless once the step is cancelled: a cancellation during
     * it, whatever the phase then returns or throws, is reported as `doing`.
     */
    async during(doing, work) {
        const outer = this.activity;
        this.activity = doing;
        try {
            this.check();
            const result = await work();
            this.check();
            this.activity = outer;
            return result;
        }
        catch (error) {
            this.check();
            throw error;
        }
    }
}


/***/ }),

/***/ 9763:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   O5: () => (/* binding */ COLOURS),
/* harmony export */   RF: () => (/* binding */ LINK_STYLE),
/* harmony export */   SB: () => (/* binding */ composeMessage),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   gN: () => (/* binding */ MUTED),
/* harmony export */   i$: () => (/* binding */ EMPTY_SECTION),
/* harmony export */   sl: () => (/* binding */ PRE_STYLE),
/* harmony export */   zR: () => (/* binding */ gmailClippingWarning)
/* harmony export */ });
/* unused harmony exports outcomeOf, defaultSubject, EXCERPT_BUDGET, fitExcerpts */
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8155);
/* harmony import */ var _jobs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5995);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2497);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5237);
/* harmony import */ var _test_summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(7490);





/**
 * Every text of the generated notification, in every language (see language.ts). The
 * subject and heading are whole phrases per language, as the word order differs.
 */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_4__/* .defineWords */ .Pw)('compose', {
    /** Past tense after the run's title in the subject and heading: "CI #42 failed". */
    verb: {
        en: (outcome) => ({
            success: 'succeeded',
            failure: 'failed',
            cancelled: 'was cancelled',
            unknown: 'finished',
            broken: 'broken',
            'still-failing': 'still failing',
            fixed: 'fixed'
        })[outcome],
        ko: (outcome) => ({
            success: '\uc131\uacf5',
            failure: '\uc2e4\ud328',
            cancelled: '\ucde8\uc18c\ub428',
            unknown: '\uc644\ub8cc',
            broken: '\uae68\uc9d0',
            'still-failing': '\uacc4\uc18d \uc2e4\ud328',
            fixed: '\ubcf5\uad6c\ub428'
        })[outcome]
    },
    /** The short word of the banner. */
    word: {
        en: (outcome) => ({
            success: 'Succeeded',
            failure: 'Failed',
            cancelled: 'Cancelled',
            unknown: 'Finished',
            broken: 'Broken',
            'still-failing': 'Still failing',
            fixed: 'Fixed'
        })[outcome],
        ko: (outcome) => ({
            success: '\uc131\uacf5',
            failure: '\uc2e4\ud328',
            cancelled: '\ucde8\uc18c\ub428',
            unknown: '\uc644\ub8cc',
            broken: '\uae68\uc9d0',
            'still-failing': '\uacc4\uc18d \uc2e4\ud328',
            fixed: '\ubcf5\uad6c\ub428'
        })[outcome]
    },
    /** A run whose workflow has no name. */
    workflow: { en: 'Workflow', ko: '\uc6cc\ud06c\ud50c\ub85c' },
    /** "CI #42 still failing (3rd run)": the heading, and the subject after the repository. */
    heading: {
        en: (title, verb, streak) => `${title} ${verb}${streak ? ` (${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .ordinal */ .IE)(streak.count)} run${streak.complete ? '' : ' or later'})` : ''}`,
        ko: (title, verb, streak) => `${title} ${verb}${streak ? ` (${streak.count}\ubc88\uc9f8${streak.complete ? '' : ' \uc774\ud6c4'} \uc2e4\ud589)` : ''}`
    },
    /** `[octo/app] CI #42 failed on main (3rd run)`. */
    subject: {
        en: (repo, title, verb, ref, streak) => `${repo}${title} ${verb}${ref ? ` on ${ref.tag ? 'tag ' : ''}${ref.name}` : ''}${streak ? ` (${(0,_history_js__WEBPACK_IMPORTED_MODULE_0__/* .ordinal */ .IE)(streak.count)} run${streak.complete ? '' : ' or later'})` : ''}`,
        ko: (repo, title, verb, ref, streak) => {
            const notes = [ref ? `${ref.tag ? '\ud0dc\uadf8 ' : ''}${ref.name}` : '', streak ? `${streak.count}\ubc88\uc9f8${streak.complete ? '' : ' \uc774\ud6c4'} \uc2e4\ud589` : ''].filter(Boolean);
            return `${repo}${title} ${verb}${notes.length ? ` (${notes.join(', ')})` : ''}`;
        }
    },
    /** The subject of every mail of a threaded failure streak: `[octo/app] CI failing on main since #40`. */
    threadSubject: {
        en: (repo, workflow, since, ref) => `${repo}${workflow} failing${ref ? ` on ${ref.tag ? 'tag ' : ''}${ref.name}` : ''} since #${since}`,
        ko: (repo, workflow, since, ref) => `${repo}${workflow} #${since}\ubd80\ud130 \uc2e4\ud328 \uc911${ref ? ` (${ref.tag ? '\ud0dc\uadf8 ' : ''}${ref.name})` : ''}`
    },
    streakStillFailing: {
        en: (streak) => ({
            lead: 'Failing since',
            tail: `: ${streak.complete ? '' : 'at least '}${streak.count} failed run${streak.count === 1 ? '' : 's'} in a row.`
        }),
        ko: (streak) => ({ lead: '', tail: `\ubd80\ud130 \uc2e4\ud328\ud558\uace0 \uc788\uc2b5\ub2c8\ub2e4: \uc5f0\uc18d ${streak.count}\ud68c${streak.complete ? '' : ' \uc774\uc0c1'} \uc2e4\ud328.` })
    },
    streakFixed: {
        en: (streak) => ({
            lead: `Fixed after ${streak.complete ? '' : 'at least '}${streak.count} failed run${streak.count === 1 ? '' : 's'}, failing since`,
            tail: '.'
        }),
        ko: (streak) => ({ lead: '', tail: `\ubd80\ud130 \uc5f0\uc18d ${streak.count}\ud68c${streak.complete ? '' : ' \uc774\uc0c1'} \uc2e4\ud328\ud55c \ub4a4 \ubcf5\uad6c\ub418\uc5c8\uc2b5\ub2c8\ub2e4.` })
    },
    streakBroken: {
        en: () => ({ lead: 'The last successful run was', tail: '.' }),
        ko: () => ({ lead: '\ub9c8\uc9c0\ub9c9\uc73c\ub85c \uc131\uacf5\ud55c \uac83\uc740', tail: '\uc785\ub2c8\ub2e4.' })
    },
    /** A run of the history, linked: "run #40". */
    run: { en: (runNumber) => `run #${runNumber}`, ko: (runNumber) => `\uc2e4\ud589 #${runNumber}` },
    /** After a run of the history: " (commit abc1234)". */
    commitNote: { en: (shortSha) => ` (commit ${shortSha})`, ko: (shortSha) => ` (\ucee4\ubc0b ${shortSha})` },
    runLinkLabel: { en: 'Run:', ko: '\uc2e4\ud589:' },
    commitLinkLabel: { en: 'Commit:', ko: '\ucee4\ubc0b:' },
    repository: { en: 'Repository', ko: '\uc800\uc7a5\uc18c' },
    workflowLabel: { en: 'Workflow', ko: '\uc6cc\ud06c\ud50c\ub85c' },
    job: { en: 'Job', ko: '\uc791\uc5c5' },
    pullRequest: { en: 'Pull request', ko: '\ud480 \ub9ac\ud018\uc2a4\ud2b8' },
    tag: { en: 'Tag', ko: '\ud0dc\uadf8' },
    branch: { en: 'Branch', ko: '\ube0c\ub79c\uce58' },
    commit: { en: 'Commit', ko: '\ucee4\ubc0b' },
    triggeredBy: { en: 'Triggered by', ko: '\uc2e4\ud589\ud55c \uc0ac\ub78c' },
    attempt: { en: (attempt) => ` (attempt ${attempt})`, ko: (attempt) => ` (${attempt}\ubc88\uc9f8 \uc2dc\ub3c4)` },
    by: { en: (author) => `by ${author}`, ko: (author) => `\uc791\uc131\uc790 ${author}` },
    /** Said of a job that is still running (usually the one sending): its log comes when it ends. */
    stillRunning: { en: '(still running, log not available yet)', ko: '(\uc544\uc9c1 \uc2e4\ud589 \uc911\uc774\ub77c \ub85c\uadf8\uac00 \uc5c6\uc2b5\ub2c8\ub2e4)' },
    /** The failed steps of a job, after its conclusion: "at step \u201cCompile\u201d". */
    atSteps: {
        en: (steps) => `at ${steps.length === 1 ? 'step' : 'steps'} ${steps.map((s) => `\u201c${s}\u201d`).join(', ')}`,
        ko: (steps) => `(\ub2e8\uacc4 ${steps.map((s) => `\u201c${s}\u201d`).join(', ')})`
    },
    moreJobs: { en: (count) => `and ${count} more`, ko: (count) => `\uc678 ${count}\uac1c \uc791\uc5c5` },
    failedJobs: { en: 'Failed and cancelled jobs', ko: '\uc2e4\ud328\ud558\uac70\ub098 \ucde8\uc18c\ub41c \uc791\uc5c5' },
    commitsSince: {
        en: (runNumber) => `Commits since the last successful run (#${runNumber})`,
        ko: (runNumber) => `\ub9c8\uc9c0\ub9c9 \uc131\uacf5 \uc2e4\ud589(#${runNumber}) \uc774\ud6c4\uc758 \ucee4\ubc0b`
    },
    compareSince: { en: 'Compare with the last successful run', ko: '\ub9c8\uc9c0\ub9c9 \uc131\uacf5 \uc2e4\ud589\uacfc \ube44\uad50' },
    commitsInPush: { en: 'Commits in this push', ko: '\uc774 \ud478\uc2dc\uc758 \ucee4\ubc0b' },
    comparePush: { en: 'Compare the changes', ko: '\ubcc0\uacbd \uc0ac\ud56d \ube44\uad50' },
    earlierCommits: { en: (count) => `\u2026 ${count} earlier`, ko: (count) => `\u2026 \uc774\uc804 \ucee4\ubc0b ${count}\uac1c` },
    moreCommits: { en: (count) => `\u2026 ${count} more`, ko: (count) => `\u2026 \ucee4\ubc0b ${count}\uac1c \ub354` },
    compareLabel: { en: 'Compare:', ko: '\ube44\uad50:' },
    errorAnnotations: { en: 'Error annotations', ko: '\uc624\ub958 \uc8fc\uc11d' },
    moreAnnotations: { en: (count) => `and ${count} more`, ko: (count) => `\uc678 ${count}\uac1c` },
    failedTests: { en: 'Failed tests', ko: '\uc2e4\ud328\ud55c \ud14c\uc2a4\ud2b8' },
    tests: { en: 'Tests', ko: '\ud14c\uc2a4\ud2b8' },
    /** The suite of a failed test, after its name. */
    inSuite: { en: (suite) => `in ${suite}`, ko: (suite) => `(\uc2a4\uc704\ud2b8 ${suite})` },
    viewRun: { en: 'View the run on GitHub', ko: 'GitHub\uc5d0\uc11c \uc2e4\ud589 \ubcf4\uae30' },
    gmailClipping: {
        en: (kilobytes) => `The HTML part is ${kilobytes} KB: Gmail shows only the first 102 KB and hides the rest behind "View entire message". Shorten \`body\` or \`body-file\`.`,
        ko: (kilobytes) => `HTML \ubd80\ubd84\uc774 ${kilobytes} KB\uc785\ub2c8\ub2e4. Gmail\uc740 \ucc98\uc74c 102 KB\ub9cc \ubcf4\uc5ec \uc8fc\uace0 \ub098\uba38\uc9c0\ub294 "\uc804\uccb4 \uba54\uc77c \ubcf4\uae30" \ub4a4\uc5d0 \uc228\uae41\ub2c8\ub2e4. \`body\` \ub610\ub294 \`body-file\`\uc744 \uc904\uc774\uc138\uc694.`
    }
});
/**
 * The only colours the mail sets. It sets no background, so the client's own (white, or dark
 * in dark mode) shows through and text without a colour of its own takes the client's. Each
 * colour set on text reads at 4.5:1 or better on white and at 3:1 or better on a dark
 * (#121212) page, so it needs no dark-mode variant; the border grey is not text and reads at
 * 3:1 on both.
 */
const COLOURS = {
    green: '#1a7f37',
    red: '#cf222e',
    blue: '#0969da',
    /** Labels and notes; GitHub's lighter greys fall under 4.5:1 on white, its darker ones under 3:1 on dark. */
    muted: '#656d76',
    border: '#8c959f'
};
const OUTCOMES = {
    success: { name: 'success', colour: COLOURS.green, symbol: '\u2714' },
    failure: { name: 'failure', colour: COLOURS.red, symbol: '\u2716' },
    cancelled: { name: 'cancelled', colour: COLOURS.muted, symbol: '\u2298' },
    unknown: { name: 'unknown', colour: COLOURS.blue, symbol: '\u25cf' }
};
function outcomeOf(status) {
    return OUTCOMES[status ?? 'unknown'];
}
/** The transitions that say more than the outcome does; the others are told by the outcome. */
const TRANSITION_OUTCOMES = {
    broken: { ...OUTCOMES.failure, name: 'broken' },
    'still-failing': { ...OUTCOMES.failure, name: 'still-failing' },
    fixed: { ...OUTCOMES.success, name: 'fixed' }
};
/** What the message calls the run: its transition when the history was read and tells more, else its outcome. */
function messageOutcome(status, history) {
    return (history && TRANSITION_OUTCOMES[history.transition]) || outcomeOf(status);
}
/** How long the streak is, said after "still failing". */
function streakCount(history) {
    if (history?.transition !== 'still-failing')
        return undefined;
    return { count: history.streak, complete: history.streakComplete };
}
function escapeHtml(value) {
    return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
/** "CI #42", or whatever part of it is known. */
function runTitle(ctx, words) {
    const name = ctx.workflow || words.workflow;
    return ctx.runNumber ? `${name} #${ctx.runNumber}` : name;
}
function refOf(ctx) {
    return ctx.refName ? { name: ctx.refName, tag: ctx.refType === 'tag' } : undefined;
}
/**
 * `[octo/app] CI #42 failed on main`, `[octo/app] CI #42 still failing on main (3rd run)`.
 * A threaded mail of a failure streak gets the streak's subject instead, the same for
 * every mail of the streak (Gmail threads only messages with the same subject):
 * `[octo/app] CI failing on main since #40`.
 */
function defaultSubject(ctx, status, history, language = _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm) {
    const words = WORDS[language];
    const repo = ctx.repository ? `[${ctx.repository}] ` : '';
    if (history?.threaded && history.failingSince)
        return words.threadSubject(repo, ctx.workflow || words.workflow, history.failingSince.runNumber, refOf(ctx));
    return words.subject(repo, runTitle(ctx, words), words.verb(messageOutcome(status, history).name), refOf(ctx), streakCount(history));
}
/** Where the streak began, or how long it was: the line under the heading. */
function streakLine(history, words) {
    if (!history)
        return undefined;
    const count = { count: history.streak, complete: history.streakComplete };
    if (history.transition === 'still-failing' && history.failingSince)
        return { ...words.streakStillFailing(count), run: history.failingSince };
    if (history.transition === 'fixed' && history.failingSince)
        return { ...words.streakFixed(count), run: history.failingSince };
    if (history.transition === 'broken' && history.lastSuccess)
        return { ...words.streakBroken(), run: history.lastSuccess };
    return undefined;
}
function commitUrlOf(ctx, sha) {
    return ctx.repositoryUrl && sha ? `${ctx.repositoryUrl}/commit/${sha}` : '';
}
/** The lead, then a space when there is one: Korean puts the run first. */
const leadOf = (line) => (line.lead ? `${line.lead} ` : '');
function streakLineWords(line, words) {
    return `${leadOf(line)}${words.run(line.run.runNumber)}${line.run.headSha ? words.commitNote(line.run.headSha.slice(0, 7)) : ''}${line.tail}`;
}
function streakLineAsText(ctx, line, words) {
    const links = [
        [words.runLinkLabel, line.run.url],
        [words.commitLinkLabel, commitUrlOf(ctx, line.run.headSha)]
    ].filter(([, url]) => url);
    return [streakLineWords(line, words), ...links.map(([label, url]) => `  ${padToColumns(label, 8)}${url}`)].join('\n');
}
function streakLineAsHtml(ctx, line, words) {
    let commit = '';
    if (line.run.headSha) {
        const shortSha = line.run.headSha.slice(0, 7);
        // The commit note's words around the linked hash: " (commit " and ")".
        const [before, after] = words.commitNote(shortSha).split(shortSha);
        commit = `${escapeHtml(before)}<code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(commitUrlOf(ctx, line.run.headSha) || undefined, shortSha)}</code>${escapeHtml(after)}`;
    }
    return `<p style="margin:0 0 16px;font-size:14px;line-height:1.5">${escapeHtml(leadOf(line))}${link(line.run.url || undefined, words.run(line.run.runNumber))}${commit}${escapeHtml(line.tail)}</p>`;
}
/** The facts of the default notification, in reading order. */
function runFacts(ctx, language = _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm, { withJob = true } = {}) {
    const words = WORDS[language];
    const facts = [];
    if (ctx.repository)
        facts.push({ label: words.repository, text: ctx.repository, href: ctx.repositoryUrl });
    const attempt = ctx.runAttempt && ctx.runAttempt !== '1' ? words.attempt(ctx.runAttempt) : '';
    facts.push({ label: words.workflowLabel, text: runTitle(ctx, words), href: ctx.runUrl || undefined, note: attempt || undefined });
    if (ctx.job && withJob)
        facts.push({ label: words.job, text: ctx.job });
    if (ctx.pullRequest) {
        const pr = ctx.pullRequest;
        const branches = pr.head && pr.base ? `${pr.head} \u2192 ${pr.base}` : undefined;
        facts.push({ label: words.pullRequest, text: `#${pr.number} ${pr.title}`.trim(), href: pr.url || undefined, note: branches });
    }
    else if (ctx.refName) {
        facts.push({ label: ctx.refType === 'tag' ? words.tag : words.branch, text: ctx.refName });
    }
    if (ctx.sha) {
        const note = [ctx.commitTitle, ctx.commitAuthor ? words.by(ctx.commitAuthor) : ''].filter(Boolean).join(' \u2014 ');
        facts.push({ label: words.commit, text: ctx.shortSha, href: ctx.commitUrl || undefined, note: note || undefined });
    }
    if (ctx.actor || ctx.event) {
        facts.push({ label: words.triggeredBy, text: [ctx.actor, ctx.event ? `(${ctx.event})` : ''].filter(Boolean).join(' ') });
    }
    return facts;
}
/** Columns a label takes in a fixed-width font: Hangul and other wide letters take two. */
function columns(text) {
    let count = 0;
    for (const character of text)
        count += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/.test(character) ? 2 : 1;
    return count;
}
/** `text` followed by spaces up to `width` columns, so that the values after labels line up in any language. */
function padToColumns(text, width) {
    return text + ' '.repeat(Math.max(0, width - columns(text)));
}
function factsAsText(facts) {
    const width = Math.max(...facts.map((f) => columns(f.label))) + 2;
    return facts
        .map((f) => {
        const value = [f.text, f.note].filter(Boolean).join('  ');
        return `${padToColumns(`${f.label}:`, width)}${value}${f.href ? `\n${' '.repeat(width)}${f.href}` : ''}`;
    })
        .join('\n');
}
const LINK_STYLE = `color:${COLOURS.blue};text-decoration:underline`;
const MUTED = `color:${COLOURS.muted}`;
const HEADING_STYLE = 'margin:24px 0 8px;font-size:16px';
/**
 * Preformatted text (log excerpts, stack lines, a body's code blocks): each line kept whole,
 * the box scrolling sideways within the mail's width when a line is longer. Wrapping cannot
 * keep a stack frame such as `at Object.<anonymous> (/home/runner/work/app/app/src/\u2026/x.test.ts:12:34)`
 * readable in Gmail: it drops `overflow-wrap`, puts break opportunities (`<wbr>`) into long
 * words on the web, and in its apps makes `word-break:break-word` break like `break-all`, so
 * with `pre-wrap` the paths broke mid-word, on a phone at every line. `overflow` is one of the
 * few properties here that Gmail keeps on the web and in its iOS and Android apps
 * (caniemail.com); its apps ignore a `white-space:pre` declaration, but a <pre> keeps its lines
 * by default. A client that ignored `overflow` would show a long line past the box's edge, still
 * whole. A border instead of a shaded box: a background would stay light on a dark page.
 */
const PRE_STYLE = `margin:8px 0 0;padding:8px 12px;border:1px solid ${COLOURS.border};border-radius:6px;` +
    'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;line-height:1.45;white-space:pre;overflow:auto';
/**
 * A list whose rows are blocks, not `<li>`: Gmail drops `list-style`, so a `<ul>` meant to
 * show no bullets shows them, indented past anything that follows it.
 */
const LIST_STYLE = 'font-size:14px;line-height:1.5';
const ROW_STYLE = 'margin:0 0 4px';
/** A link when the URL may be one (isLinkable), else the text alone. */
function link(href, text, style = LINK_STYLE) {
    return (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .isLinkable */ .n1)(href) ? `<a href="${escapeHtml(href)}" style="${style}">${escapeHtml(text)}</a>` : escapeHtml(text);
}
function factsAsHtml(facts) {
    const rows = facts.map((f) => {
        const note = f.note ? ` <span style="${MUTED}">${escapeHtml(f.note)}</span>` : '';
        return ('<tr>' +
            `<td style="padding:4px 12px 4px 0;${MUTED};white-space:nowrap;vertical-align:top">${escapeHtml(f.label)}</td>` +
            `<td style="padding:4px 0;vertical-align:top">${link(f.href, f.text)}${note}</td>` +
            '</tr>');
    });
    return `<table role="presentation" style="border-collapse:collapse;font-size:14px;line-height:1.5">${rows.join('')}</table>`;
}
function problemJobsAsText(report, language) {
    const words = WORDS[language];
    const blocks = report.problemJobs.map((job) => {
        const steps = job.failedSteps.length ? ` ${words.atSteps(job.failedSteps)}` : '';
        const lines = [`- ${job.name} ${(0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .conclusionIn */ .ZW)(job.conclusion, language)}${steps}${job.completed ? '' : ` ${words.stillRunning}`}`];
        if (job.url)
            lines.push(`  ${job.url}`);
        if (job.excerpt?.length)
            lines.push('', ...job.excerpt.map((line) => `  | ${line}`));
        return lines.join('\n');
    });
    if (report.moreProblemJobs)
        blocks.push(`- ${words.moreJobs(report.moreProblemJobs)}`);
    return `${words.failedJobs}:\n${blocks.join('\n\n')}`;
}
function problemJobsAsHtml(report, language) {
    const words = WORDS[language];
    const items = report.problemJobs.map((job) => {
        const excerpt = job.excerpt?.length ? `<pre style="${PRE_STYLE}">${escapeHtml(job.excerpt.join('\n'))}</pre>` : '';
        return ('<li style="margin:0 0 12px">' +
            `<strong>${link(job.url || undefined, job.name)}</strong> ${escapeHtml((0,_jobs_js__WEBPACK_IMPORTED_MODULE_1__/* .conclusionIn */ .ZW)(job.conclusion, language))}` +
            (job.failedSteps.length ? ` <span style="${MUTED}">${escapeHtml(words.atSteps(job.failedSteps))}</span>` : '') +
            (job.completed ? '' : ` <span style="${MUTED}">${escapeHtml(words.stillRunning)}</span>`) +
            excerpt +
            '</li>');
    });
    if (report.moreProblemJobs)
        items.push(`<li style="margin:0 0 12px;${MUTED}">${escapeHtml(words.moreJobs(report.moreProblemJobs))}</li>`);
    return `<h2 style="${HEADING_STYLE}">${escapeHtml(words.failedJobs)}</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`;
}
/**
 * For a failure after the last success, the commits since then, oldest first (the one that
 * broke the build is among the first); else the commits of a push of several (a push of one
 * is already told by the Commit line).
 */
function commitList(ctx, history, words) {
    const since = history?.commitsSince;
    if (since && history.lastSuccess && (history.transition === 'broken' || history.transition === 'still-failing')) {
        return {
            heading: words.commitsSince(history.lastSuccess.runNumber),
            commits: since.commits,
            earlier: 0,
            later: since.total - since.commits.length,
            compareUrl: since.compareUrl,
            compareText: words.compareSince
        };
    }
    if (ctx.commitCount <= 1)
        return undefined;
    return {
        heading: words.commitsInPush,
        commits: ctx.commits,
        earlier: ctx.commitCount - ctx.commits.length,
        later: 0,
        compareUrl: ctx.compareUrl,
        compareText: words.comparePush
    };
}
function commitsAsText(list, words) {
    const lines = list.commits.map((c) => `  ${c.shortSha} ${c.title}${c.author ? ` \u2014 ${c.author}` : ''}`);
    if (list.earlier > 0)
        lines.unshift(`  ${words.earlierCommits(list.earlier)}`);
    if (list.later > 0)
        lines.push(`  ${words.moreCommits(list.later)}`);
    return `${list.heading}:\n${lines.join('\n')}${list.compareUrl ? `\n  ${words.compareLabel} ${list.compareUrl}` : ''}`;
}
function commitsAsHtml(list, words) {
    const rows = list.commits.map((c) => `<div style="${ROW_STYLE}"><code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(c.url || undefined, c.shortSha)}</code> ` +
        `${escapeHtml(c.title)}${c.author ? ` <span style="${MUTED}">\u2014 ${escapeHtml(c.author)}</span>` : ''}</div>`);
    if (list.earlier > 0)
        rows.unshift(`<div style="${ROW_STYLE};${MUTED}">${escapeHtml(words.earlierCommits(list.earlier))}</div>`);
    if (list.later > 0)
        rows.push(`<div style="${ROW_STYLE};${MUTED}">${escapeHtml(words.moreCommits(list.later))}</div>`);
    if (list.compareUrl)
        rows.push(`<div style="${ROW_STYLE}">${link(list.compareUrl, list.compareText)}</div>`);
    return `<h2 style="${HEADING_STYLE}">${escapeHtml(list.heading)}</h2><div style="${LIST_STYLE}">${rows.join('')}</div>`;
}
/**
 * Room for the lines under failed tests and under error annotations, each, in the HTML part
 * after escaping: with the log excerpts they stay under the 102 KB at which Gmail clips.
 */
const DETAILS_BUDGET = 16 * 1024;
/** The groups of lines with lines dropped from the end of the largest group until they fit `budget` once escaped. */
function fitLines(groups, budget = DETAILS_BUDGET) {
    const fitted = groups.map((lines) => [...lines]);
    const sizes = fitted.map((lines) => lines.reduce((sum, line) => sum + escapeHtml(line).length + 1, 0));
    let total = sizes.reduce((sum, size) => sum + size, 0);
    while (total > budget) {
        const largest = sizes.indexOf(Math.max(...sizes));
        const removed = escapeHtml(fitted[largest].pop()).length + 1;
        sizes[largest] -= removed;
        total -= removed;
    }
    return fitted;
}
/** The link to the annotated lines at the run's commit, when the path is one inside the repository. */
function annotationUrl(ctx, annotation) {
    const path = annotation.path;
    if (!path || !/^https?:\/\//.test(ctx.serverUrl) || !ctx.repository || !/^[0-9a-f]{7,64}$/i.test(ctx.sha))
        return undefined;
    if (/^[/\\]|^[a-z]:/i.test(path) || path.split(/[/\\]/).some((part) => part === '..' || part === '.'))
        return undefined;
    const lines = annotation.startLine ? `#L${annotation.startLine}${annotation.endLine > annotation.startLine ? `-L${annotation.endLine}` : ''}` : '';
    return `${ctx.serverUrl}/${ctx.repository}/blob/${ctx.sha}/${path.split('/').map(encodeURIComponent).join('/')}${lines}`;
}
/** "src/cart.ts:12", "src/cart.ts:12-14", or the path alone; empty when the annotation names no file. */
function annotationPlace(annotation) {
    if (!annotation.path)
        return '';
    const lines = annotation.startLine ? `:${annotation.startLine}${annotation.endLine > annotation.startLine ? `-${annotation.endLine}` : ''}` : '';
    return (0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanReportLine */ .Qy)(`${annotation.path}${lines}`);
}
/** The message of an annotation as lines: the title first when it adds to the message, at most MAX_DETAIL_LINES + 1. */
function annotationLines(annotation) {
    const lines = annotation.message
        .split(/\r\n|\r|\n/)
        .map(_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanReportLine */ .Qy)
        .filter(Boolean);
    const title = (0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanReportLine */ .Qy)(annotation.title);
    if (title && !lines[0]?.includes(title))
        lines.unshift(title);
    return lines.slice(0, _test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .MAX_DETAIL_LINES */ .nW + 1);
}
function annotationsAsText(report, ctx, language) {
    const words = WORDS[language];
    const items = (report.annotations ?? []).map((annotation) => {
        const place = annotationPlace(annotation);
        const url = annotationUrl(ctx, annotation);
        const lines = [`- ${place ? `${place} ` : ''}(${(0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanReportLine */ .Qy)(annotation.job)})`];
        if (url)
            lines.push(`  ${url}`);
        lines.push(...annotationLines(annotation).map((line) => `  ${line}`));
        return lines.join('\n');
    });
    if (report.moreAnnotations)
        items.push(`- ${words.moreAnnotations(report.moreAnnotations)}`);
    return `${words.errorAnnotations}:\n${items.join('\n')}`;
}
function annotationsAsHtml(report, ctx, language) {
    const words = WORDS[language];
    const annotations = report.annotations ?? [];
    const messages = annotations.map(annotationLines);
    const rest = fitLines(messages.map((lines) => lines.slice(1)));
    const items = annotations.map((annotation, index) => {
        const place = annotationPlace(annotation);
        const where = place ? `<code style="font-family:ui-monospace,Menlo,Consolas,monospace">${link(annotationUrl(ctx, annotation), place)}</code> ` : '';
        const more = rest[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(rest[index].join('\n'))}</pre>` : '';
        return ('<li style="margin:0 0 12px">' +
            `${where}<span style="${MUTED}">${escapeHtml((0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .cleanReportLine */ .Qy)(annotation.job))}</span>` +
            (messages[index][0] ? `<br>${escapeHtml(messages[index][0])}` : '') +
            more +
            '</li>');
    });
    if (report.moreAnnotations)
        items.push(`<li style="margin:0 0 12px;${MUTED}">${words.moreAnnotations(report.moreAnnotations)}</li>`);
    return `<h2 style="${HEADING_STYLE}">${words.errorAnnotations}</h2><ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>`;
}
const hasFailures = (tests) => tests.counts.failed + tests.counts.errored > 0;
const testsHeading = (tests, words) => (hasFailures(tests) ? words.failedTests : words.tests);
function testsAsText(tests, language) {
    const list = (0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .failedTestsAsText */ .Gz)(tests, language);
    return `${testsHeading(tests, WORDS[language])} (${(0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .countsPhrase */ .__)(tests.counts, language)})${list ? `:\n${list}` : ''}`;
}
function testsAsHtml(tests, language) {
    const words = WORDS[language];
    const said = (0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .testWords */ .Kp)(language);
    const details = fitLines(tests.failures.map((test) => test.details));
    const items = tests.failures.map((test, index) => {
        const suite = test.suite ? ` <span style="${MUTED}">${escapeHtml(words.inSuite(test.suite))}</span>` : '';
        const kind = test.errored ? ` <span style="${MUTED}">${said.error}</span>` : '';
        const message = test.message ? `<br>${escapeHtml(test.message)}` : '';
        const stack = details[index].length ? `<pre style="${PRE_STYLE}">${escapeHtml(details[index].join('\n'))}</pre>` : '';
        return `<li style="margin:0 0 12px"><strong>${escapeHtml(test.name || said.unnamed)}</strong>${suite}${kind}${message}${stack}</li>`;
    });
    if (tests.moreFailures)
        items.push(`<li style="margin:0 0 12px;${MUTED}">${said.more(tests.moreFailures)}</li>`);
    const list = items.length ? `<ul style="margin:0;padding-left:20px;font-size:14px;line-height:1.5">${items.join('')}</ul>` : '';
    return `<h2 style="${HEADING_STYLE}">${testsHeading(tests, words)}</h2><p style="margin:0 0 8px;font-size:14px">${escapeHtml((0,_test_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .countsPhrase */ .__)(tests.counts, language))}</p>${list}`;
}
/**
 * Wraps content in a mail-safe page: inline styles only, no scripts, no background, limited
 * width; `preview` is hidden text that mail programs show after the subject in the list.
 */
function page(title, content, language, preview = '') {
    return (`<!doctype html><html lang="${language}"><head><meta charset="utf-8">` +
        '<meta name="color-scheme" content="light dark"><meta name="supported-color-schemes" content="light dark">' +
        `<title>${escapeHtml(title)}</title></head>` +
        '<body style="margin:0;padding:16px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Helvetica,Arial,sans-serif">' +
        (preview ? `<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${escapeHtml(preview)}</div>` : '') +
        `<div style="max-width:640px;margin:0 auto">${content}</div></body></html>`);
}
/** The generated message's heading: the outcome in its colour and in words, then "CI #42 failed". */
function banner(outcome, heading, words) {
    return (`<div style="border-left:6px solid ${outcome.colour};padding:8px 16px;margin-bottom:16px">` +
        `<div style="font-weight:bold;color:${outcome.colour};font-size:14px;text-transform:uppercase;letter-spacing:.05em">${outcome.symbol} ${escapeHtml(words.word(outcome.name))}</div>` +
        `<h1 style="margin:4px 0 0;font-size:20px">${escapeHtml(heading)}</h1>` +
        '</div>');
}
const EMPTY_SECTION = { html: '', text: '' };
/**
 * Every section of this message, by placeholder. A new section: its name in PLACEHOLDERS and
 * SECTION_PLACEHOLDERS (template.ts) and in the README's table, and its rendering here.
 */
function messageSections(ctx, problems, annotated, tests, language) {
    // The failed jobs, then what their checks pointed at: the error annotations.
    const jobs = [
        problems && { html: problemJobsAsHtml(problems, language), text: problemJobsAsText(problems, language) },
        annotated && { html: annotationsAsHtml(annotated, ctx, language), text: annotationsAsText(annotated, ctx, language) }
    ].filter((part) => part !== undefined);
    return {
        failed_jobs: { html: jobs.map((part) => part.html).join(''), text: jobs.map((part) => part.text).join('\n\n'), appendedToBody: true },
        // After a custom body only when tests failed: counts alone are the generated message's.
        failed_tests: {
            ...(tests ? { html: testsAsHtml(tests, language), text: testsAsText(tests, language) } : EMPTY_SECTION),
            appendedToBody: !!tests && hasFailures(tests)
        }
    };
}
/**
 * Room for log excerpts in the HTML part, counted after escaping: with the rest of the
 * message it stays well under the 102 KB at which Gmail clips a message.
 */
const EXCERPT_BUDGET = 48 * 1024;
/** The report with its excerpts shortened from the top, longest first, until they fit the budget. */
function fitExcerpts(report, budget = EXCERPT_BUDGET) {
    const jobs = report.problemJobs.map((job) => ({ ...job, excerpt: job.excerpt && [...job.excerpt] }));
    const lineSizes = jobs.map((job) => (job.excerpt ?? []).map((line) => escapeHtml(line).length + 1));
    const sizes = lineSizes.map((lines) => lines.reduce((sum, size) => sum + size, 0));
    let total = sizes.reduce((sum, size) => sum + size, 0);
    while (total > budget) {
        const longest = sizes.indexOf(Math.max(...sizes));
        const removed = lineSizes[longest].shift();
        jobs[longest].excerpt.shift();
        sizes[longest] -= removed;
        total -= removed;
    }
    return { ...report, problemJobs: jobs };
}
/** Gmail clips an HTML part larger than this. */
const GMAIL_CLIP_BYTES = 102 * 1024;
/** A warning when Gmail would hide the end of the message behind "View entire message". */
function gmailClippingWarning(message, language = _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm) {
    const bytes = Buffer.byteLength(message.html);
    if (bytes <= GMAIL_CLIP_BYTES)
        return undefined;
    return WORDS[language].gmailClipping(Math.round(bytes / 1024));
}
/**
 * Composes the subject and both body parts from the settings, the run and, when the API
 * was asked, the failed jobs and the run's place in the history. Placeholders are filled
 * with values escaped for each part: raw text in the subject and the text part,
 * Markdown-escaped in what becomes HTML. A custom body is the whole message: no generated
 * heading or footer, in any language.
 */
async function composeMessage(settings, ctx, report, history, tests) {
    const language = settings.language ?? _language_js__WEBPACK_IMPORTED_MODULE_4__/* .DEFAULT_LANGUAGE */ .Nm;
    const words = WORDS[language];
    const outcome = messageOutcome(settings.status, history);
    // Placeholder values are the same in every language: a custom text is the user's own.
    const values = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .templateValues */ .nX)(ctx, settings.status, WORDS.en.verb(outcomeOf(settings.status).name), history, tests);
    const subject = settings.subject !== undefined ? (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .renderTemplate */ .Xm)(settings.subject, values, _template_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeSubject */ .cI).trim() : defaultSubject(ctx, settings.status, history, language);
    const problems = report && report.problemJobs.length ? fitExcerpts(report) : undefined;
    const annotated = report?.annotations?.length ? report : undefined;
    const sections = messageSections(ctx, problems, annotated, tests, language);
    if (settings.body !== undefined) {
        // Loaded only for a custom body, with marked.
        const { renderCustomBody } = await __nccwpck_require__.e(/* import() */ 255).then(__nccwpck_require__.bind(__nccwpck_require__, 8255));
        const { text, content } = await renderCustomBody(settings.body, values, sections, settings);
        return { subject, text, html: page(subject, content, language), htmlContent: content };
    }
    const heading = words.heading(runTitle(ctx, words), words.verb(outcome.name), streakCount(history));
    const streak = streakLine(history, words);
    const word = words.word(outcome.name);
    // The transition leads the preview, where a threaded mail's subject no longer says it.
    const preview = history ? `${word}: ${heading}.${streak ? ` ${streakLineWords(streak, words)}` : ''}` : '';
    // The job this step runs in, unless the failed jobs are listed: in a final job that sends
    // the mail (`needs:`), "Job: notify" beside them would read as the job that broke.
    const facts = [...runFacts(ctx, language, { withJob: !problems }), ...ctx.trigger];
    const textParts = [`${word.toUpperCase()}: ${heading}`];
    const htmlParts = [];
    if (streak) {
        textParts.push(streakLineAsText(ctx, streak, words));
        htmlParts.push(streakLineAsHtml(ctx, streak, words));
    }
    textParts.push(factsAsText(facts));
    htmlParts.push(factsAsHtml(facts));
    for (const section of [sections.failed_jobs, sections.failed_tests]) {
        if (!section.text)
            continue;
        textParts.push(section.text);
        htmlParts.push(section.html);
    }
    const commits = commitList(ctx, history, words);
    if (commits) {
        textParts.push(commitsAsText(commits, words));
        htmlParts.push(commitsAsHtml(commits, words));
    }
    const content = htmlParts.join('');
    const footer = (0,_template_js__WEBPACK_IMPORTED_MODULE_2__/* .isLinkable */ .n1)(ctx.runUrl) ? `<p style="margin-top:24px;font-size:12px">${link(ctx.runUrl, words.viewRun, MUTED)}</p>` : '';
    return {
        subject,
        text: `${textParts.join('\n\n')}\n`,
        html: page(subject, banner(outcome, heading, words) + content + footer, language, preview),
        htmlContent: content
    };
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Az: () => (/* binding */ inputErrorIn),
/* harmony export */   DF: () => (/* binding */ SERVER_FLOOD),
/* harmony export */   UW: () => (/* binding */ NotifyError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   yq: () => (/* binding */ NO_LOGIN_OFFERED)
/* harmony export */ });
/* unused harmony export ERROR_CODES */
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2497);

/**
 * The stable codes written to the `error-code` output. They are part of the public
 * contract (documented in the README and action.yml): change a name only with a major version.
 */
const ERROR_CODES = (/* unused pure expression or super */ null && ([
    'auth-rejected',
    'auth-unavailable',
    'web-login-required',
    'too-many-logins',
    'oauth2-rejected',
    'smtp-auth-disabled',
    'basic-auth-disabled',
    'tls-required',
    'tls-mismatch',
    'certificate',
    'connection-refused',
    'dns',
    'timeout',
    'quota-exceeded',
    'message-too-large',
    'message-blocked',
    'recipient-rejected',
    'sender-rejected',
    'too-many-recipients',
    'try-again-later',
    'protocol-error',
    'invalid-input',
    'cancelled',
    'unknown'
]));
/** A failure this action already understands, raised with its diagnosis attached. */
class NotifyError extends Error {
    /** In English, or in the language of the settings it was made with. */
    diagnosis;
    /** Set when the failure came after the server had already accepted or refused recipients. */
    delivery;
    worded;
    /**
     * `diagnosis` may be a function of the language, for a failure raised where the language
     * of the report is not at hand (before the inputs are read, or deep in a call); the report
     * then words it in the user's language.
     */
    constructor(diagnosis, options) {
        const english = typeof diagnosis === 'function' ? diagnosis('en') : diagnosis;
        super(english.title, options);
        this.name = 'NotifyError';
        this.diagnosis = english;
        if (typeof diagnosis === 'function')
            this.worded = diagnosis;
    }
    /** The diagnosis in `language`, when its texts have that language; else as it was made. */
    diagnosisIn(language) {
        return this.worded ? this.worded(language) : this.diagnosis;
    }
}
const INPUT_WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_0__/* .defineWords */ .Pw)('errors', {
    title: {
        en: (input, problem) => `Input \`${input}\`: ${problem}`,
        ko: (input, problem) => `\uc785\ub825 \`${input}\`: ${problem}`
    }
});
/**
 * A bad input, caught before any connection is opened. Its problem and fix are told in the
 * user's language when they are given in every language; a problem given in English only
 * is told wholly in English, so that no sentence mixes two languages.
 */
class InputError extends NotifyError {
    input;
    constructor(input, problem, fix) {
        super((language) => {
            const translated = typeof problem !== 'string' && typeof fix !== 'string';
            const said = translated ? language : 'en';
            const text = (value) => (typeof value === 'string' ? value : value[said]);
            return { code: 'invalid-input', title: INPUT_WORDS[said].title(input, text(problem)), fix: text(fix), retryable: false };
        });
        this.name = 'InputError';
        this.input = input;
    }
}
/**
 * An InputError worded in every language from a module's texts: `say` picks and fills the
 * entry, once per language, so the error carries every version and is told in the user's.
 */
function inputErrorIn(input, words, say) {
    const said = _language_js__WEBPACK_IMPORTED_MODULE_0__/* .LANGUAGES */ .Yj.map((language) => [language, say(words[language], language)]);
    const each = (part) => Object.fromEntries(said.map(([language, problem]) => [language, problem[part]]));
    return new InputError(input, each('problem'), each('fix'));
}
/** The code of the error the transport raises when a server sends far more than any SMTP session needs. */
const SERVER_FLOOD = 'EFLOOD';
/** The code of the error the transport raises when the server offers no AUTH but credentials were given. */
const NO_LOGIN_OFFERED = 'ENOAUTH';


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ MAX_COMMITS_SINCE),
/* harmony export */   $t: () => (/* binding */ placeOf),
/* harmony export */   Ds: () => (/* binding */ TRANSITIONS),
/* harmony export */   IE: () => (/* binding */ ordinal),
/* harmony export */   KK: () => (/* binding */ STREAK_TRANSITIONS),
/* harmony export */   L8: () => (/* binding */ classify),
/* harmony export */   hM: () => (/* binding */ readPriorRuns),
/* harmony export */   hd: () => (/* binding */ pastRunOf)
/* harmony export */ });
/* unused harmony exports isInPlace, countedOutcome */
/**
 * What this run changed, compared with the earlier runs of the same workflow in the same
 * place (branch, or pull request). `unknown`: the earlier runs could not be read.
 */
const TRANSITIONS = ['broken', 'still-failing', 'fixed', 'passing', 'cancelled', 'unknown'];
/** The transitions of a failure streak: the mails that one conversation holds. */
const STREAK_TRANSITIONS = ['broken', 'still-failing', 'fixed'];
/** Events whose runs test a pull request rather than a branch. */
const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);
const SUCCEEDED = new Set(['success', 'neutral']);
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
const FULL_SHA = /^[0-9a-f]{40}$/i;
const PLAIN_URL = /^https?:\/\/[^\s<>"'`\\]+$/;
const isCount = (value) => Number.isSafeInteger(value) && value > 0;
/** The run as the message names and links it; values that are not what GitHub sends are left empty. */
function pastRunOf(run) {
    if (!isCount(run.id) || !isCount(run.run_number))
        return undefined;
    return {
        id: run.id,
        runNumber: run.run_number,
        headSha: typeof run.head_sha === 'string' && FULL_SHA.test(run.head_sha) ? run.head_sha.toLowerCase() : '',
        url: typeof run.html_url === 'string' && PLAIN_URL.test(run.html_url) ? run.html_url : ''
    };
}
/**
 * The place of a run. A pull request run from a fork has no `pull_requests` in the API
 * (GitHub leaves them out), so the number comes from the event payload when there is one.
 */
function placeOf(run, eventPullRequest) {
    const isPullRequest = PULL_REQUEST_EVENTS.has(run.event ?? '');
    return {
        headBranch: run.head_branch ?? '',
        headRepository: run.head_repository?.full_name ?? '',
        pullRequest: isPullRequest ? { number: eventPullRequest ?? run.pull_requests?.find((pr) => typeof pr.number === 'number')?.number } : undefined
    };
}
/**
 * Whether `run` ran in `place`. A branch's runs are its pushes, schedules and manual runs,
 * not the pull requests from it (those test a merge with another branch). A pull request's
 * runs are matched by number; a run from a fork lists no pull request, so it is matched by
 * its head branch and repository instead.
 */
function isInPlace(place, run) {
    const isPullRequest = PULL_REQUEST_EVENTS.has(run.event ?? '');
    if (isPullRequest !== (place.pullRequest !== undefined))
        return false;
    const sameBranch = (run.head_branch ?? '') === place.headBranch;
    if (!place.pullRequest)
        return sameBranch;
    const numbers = (run.pull_requests ?? []).map((pr) => pr.number).filter((n) => typeof n === 'number');
    if (numbers.length && place.pullRequest.number !== undefined)
        return numbers.includes(place.pullRequest.number);
    return sameBranch && (run.head_repository?.full_name ?? '') === place.headRepository;
}
/**
 * What a finished run counts as in a streak, or undefined for a run that does not count:
 * one still in progress, cancelled, skipped, or waiting for approval.
 */
function countedOutcome(run) {
    if (run.status !== 'completed')
        return undefined;
    if (SUCCEEDED.has(run.conclusion ?? ''))
        return 'success';
    if (FAILED.has(run.conclusion ?? ''))
        return 'failure';
    return undefined;
}
/**
 * Reads the earlier runs of `current` in its place, newest first by run number, up to the
 * last success. `runs` is every run read so far (in any order, possibly twice when a page
 * shifted between two requests); `exhausted` says that there are no more. `decided` is
 * false when more runs are needed to find where the streak began.
 */
function readPriorRuns(current, runs, exhausted) {
    const seen = new Set();
    const counted = [];
    for (const run of runs) {
        const past = pastRunOf(run);
        const outcome = countedOutcome(run);
        // Later runs (by number) are not earlier runs, even when one finished first.
        if (!past || !outcome || seen.has(past.id) || past.id === current.id || past.runNumber >= current.runNumber)
            continue;
        if (!isInPlace(current.place, run))
            continue;
        seen.add(past.id);
        counted.push({ run: past, outcome });
    }
    counted.sort((a, b) => b.run.runNumber - a.run.runNumber);
    const failures = [];
    for (const { run, outcome } of counted) {
        if (outcome === 'success')
            return { decided: true, prior: { failures, lastSuccess: run, complete: true } };
        failures.push(run);
    }
    return { decided: exhausted, prior: { failures, complete: exhausted } };
}
/** The transition of a run with this outcome after these runs. */
function classify(status, current, prior) {
    const { failures, lastSuccess, complete } = prior;
    if (status === 'cancelled')
        return { transition: 'cancelled', streak: 0, streakComplete: true, lastSuccess };
    if (status === 'failure') {
        if (!failures.length)
            return { transition: 'broken', streak: 1, streakComplete: true, failingSince: current, lastSuccess };
        return { transition: 'still-failing', streak: failures.length + 1, streakComplete: complete, failingSince: failures.at(-1), lastSuccess };
    }
    if (!failures.length)
        return { transition: 'passing', streak: 0, streakComplete: true, lastSuccess };
    return { transition: 'fixed', streak: failures.length, streakComplete: complete, failingSince: failures.at(-1), lastSuccess };
}
/** How many commits since the last success the message lists. */
const MAX_COMMITS_SINCE = 20;
/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st\u2026 */
function ordinal(n) {
    const lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13)
        return `${n}th`;
    return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5311);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5523);
/* harmony import */ var _short_lived_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5485);



/** A cancelled step that has not ended by itself within this long is ended without its report. */
const CANCEL_GRACE_MS = 3000;
// A cancelled run gets SIGINT, then SIGTERM a few seconds later. Either one aborts the work
// under way, and run() reports what it was doing through its usual failure path; without
// the handlers Node would die at once, without a word.
const cancellation = new AbortController();
const cancel = (signal) => {
    cancellation.abort(signal);
    // Unref'd: it only ends a run that something keeps alive, never waits itself.
    setTimeout(() => process.exit(1), CANCEL_GRACE_MS).unref();
};
process.on('SIGINT', cancel);
process.on('SIGTERM', cancel);
(0,_short_lived_js__WEBPACK_IMPORTED_MODULE_2__/* .stopOptimisingCompilers */ .A)();
await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)(_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .runnerCore */ .E, { signal: cancellation.signal });
// The report is written: nothing left can change the outcome. A socket of abandoned work (a
// cancelled send, a history lookup outlived by a failure) must not keep the step alive. The
// empty write calls back once everything printed before it is out.
process.stdout.write('', () => process.exit());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 5995:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A7: () => (/* binding */ problemJobs),
/* harmony export */   B6: () => (/* binding */ ExcerptCollector),
/* harmony export */   KE: () => (/* binding */ MAX_ANNOTATIONS),
/* harmony export */   Th: () => (/* binding */ errorAnnotations),
/* harmony export */   YP: () => (/* binding */ deriveStatus),
/* harmony export */   ZW: () => (/* binding */ conclusionIn),
/* harmony export */   cT: () => (/* binding */ MAX_LISTED_JOBS)
/* harmony export */ });
/* unused harmony exports MAX_EXCERPT_LINE, cleanLogLine, MAX_KEPT_LINE */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2497);


/** Error annotations shown in one message; GitHub keeps at most 10 error annotations per step. */
const MAX_ANNOTATIONS = 10;
/** The runner's own annotations repeat what the failed step says already. */
const RUNNER_MESSAGE = /^(Process completed with exit code \d+|The operation was canceled)\.?$/;
/**
 * The annotations of one job worth showing: failures only (not warnings or notices), without
 * the runner's own. An annotation without a file gets the path ".github" from the runner.
 */
function errorAnnotations(job, annotations) {
    const messageOf = (annotation) => (typeof annotation.message === 'string' ? annotation.message : '');
    return annotations
        .filter((annotation) => annotation?.annotation_level === 'failure' && !RUNNER_MESSAGE.test(messageOf(annotation).trim()))
        .map((annotation) => {
        const path = typeof annotation.path === 'string' && annotation.path !== '.github' ? annotation.path : '';
        const startLine = path && Number.isInteger(annotation.start_line) && annotation.start_line > 0 ? annotation.start_line : 0;
        const endLine = startLine && Number.isInteger(annotation.end_line) && annotation.end_line > startLine ? annotation.end_line : startLine;
        return { job, path, startLine, endLine, title: typeof annotation.title === 'string' ? annotation.title : '', message: messageOf(annotation) };
    });
}
/** How many failed or cancelled jobs the notification lists. */
const MAX_LISTED_JOBS = 10;
/** Longest log line kept in an excerpt; minified output would otherwise fill the message. */
const MAX_EXCERPT_LINE = 300;
const FAILED = new Set(['failure', 'timed_out', 'startup_failure']);
/** A job's conclusion in words, by the API's name for it. */
const CONCLUSIONS = (0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .defineWords */ .Pw)('jobs', {
    failure: { en: 'failed', ko: '\uc2e4\ud328' },
    timed_out: { en: 'timed out', ko: '\uc2dc\uac04 \ucd08\uacfc' },
    startup_failure: { en: 'failed to start', ko: '\uc2dc\uc791 \uc2e4\ud328' },
    cancelled: { en: 'was cancelled', ko: '\ucde8\uc18c\ub428' }
});
/** ProblemJob.conclusion is in English; the message says it in its own language (conclusionIn). */
const CONCLUSION_WORDS = CONCLUSIONS.en;
/** A job's conclusion, given in English as ProblemJob holds it, in `language`. */
function conclusionIn(english, language) {
    const name = Object.keys(CONCLUSION_WORDS).find((key) => CONCLUSION_WORDS[key] === english);
    return name ? CONCLUSIONS[language][name] : english;
}
function stepFailed(conclusion) {
    return FAILED.has(conclusion ?? '');
}
/**
 * The run's outcome from the jobs seen so far: any failed job or step makes it a failure,
 * else any cancelled one makes it cancelled. The job sending the notification is usually
 * still running; its finished steps count.
 */
function deriveStatus(jobs) {
    if (!jobs.length)
        return undefined;
    if (jobs.some((job) => stepFailed(job.conclusion) || (job.steps ?? []).some((step) => stepFailed(step.conclusion))))
        return 'failure';
    if (jobs.some((job) => job.conclusion === 'cancelled' || (job.steps ?? []).some((step) => step.conclusion === 'cancelled')))
        return 'cancelled';
    return 'success';
}
/** Every failed or cancelled job (or running job with a failed step), with its failed steps. */
function problemJobs(jobs) {
    const problems = [];
    for (const job of jobs) {
        const steps = job.steps ?? [];
        const badSteps = steps.filter((step) => stepFailed(step.conclusion) || step.conclusion === 'cancelled');
        const jobConclusion = job.conclusion ?? '';
        const isProblem = FAILED.has(jobConclusion) || jobConclusion === 'cancelled' || badSteps.some((step) => stepFailed(step.conclusion));
        if (!isProblem || typeof job.id !== 'number')
            continue;
        const failedStep = badSteps.find((step) => stepFailed(step.conclusion));
        problems.push({
            id: job.id,
            name: job.name || `job ${job.id}`,
            url: job.html_url ?? '',
            conclusion: CONCLUSION_WORDS[jobConclusion] ?? (failedStep ? 'failed' : 'was cancelled'),
            failedSteps: badSteps.map((step) => step.name || 'unnamed step'),
            completed: job.status === 'completed'
        });
    }
    // Failures first: they are what the reader has to act on.
    return problems.sort((a, b) => Number(a.conclusion === 'was cancelled') - Number(b.conclusion === 'was cancelled'));
}
const TIMESTAMP = /^\uFEFF?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z ?/;
/** One log line as a reader wants it: no timestamp, colour codes or workflow-command markers. */
function cleanLogLine(line) {
    let clean = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(line.replace(/\r$/, '').replace(TIMESTAMP, ''));
    if (clean.startsWith('##[endgroup]'))
        return undefined;
    clean = clean
        .replace(/^##\[group\]/, '')
        .replace(/^##\[error\]/, 'Error: ')
        .replace(/^##\[warning\]/, 'Warning: ')
        .replace(/^##\[(notice|debug|command)\]/, '');
    return clean.length > MAX_EXCERPT_LINE ? `${clean.slice(0, MAX_EXCERPT_LINE - 1)}\u2026` : clean;
}
/**
 * Longest part of one raw log line that is kept while its end is still to come: room for
 * the timestamp, the `##[error]` marker and MAX_EXCERPT_LINE characters. The rest of an
 * over-long line (a minified bundle, a log without line breaks) is skipped as it streams
 * by, so memory stays bounded and the work linear in the size of the log.
 */
const MAX_KEPT_LINE = 4096;
/**
 * Collects the excerpt of a log: the `maxLines` lines ending with the first `##[error]`,
 * or the last `maxLines` lines when there is none. Text is fed as it arrives, in pieces
 * that may end mid-line; `push` returns true once the excerpt is complete, so a caller
 * can stop reading a long log early.
 */
class ExcerptCollector {
    maxLines;
    lines = [];
    done = false;
    /** The start of the line whose end has not arrived yet, at most MAX_KEPT_LINE characters. */
    partial = '';
    constructor(maxLines) {
        this.maxLines = maxLines;
    }
    /** Feeds the next piece of the log's text; returns true once the excerpt is complete. */
    push(text) {
        let start = 0;
        while (!this.done) {
            const newline = text.indexOf('\n', start);
            const end = newline === -1 ? text.length : newline;
            const room = MAX_KEPT_LINE - this.partial.length;
            if (room > 0)
                this.partial += text.slice(start, Math.min(end, start + room));
            if (newline === -1)
                break;
            this.addLine(this.partial);
            this.partial = '';
            start = newline + 1;
        }
        return this.done;
    }
    addLine(rawLine) {
        const isError = /^(?:\uFEFF?\S+Z )?##\[error\]/.test(rawLine);
        const line = cleanLogLine(rawLine);
        if (line === undefined)
            return;
        this.lines.push(line);
        if (this.lines.length > this.maxLines)
            this.lines.shift();
        if (isError)
            this.done = true;
    }
    /** The excerpt, without blank lines at its edges; a last line without a line break counts. */
    excerpt() {
        if (this.partial && !this.done) {
            this.addLine(this.partial);
            this.partial = '';
        }
        const lines = [...this.lines];
        while (lines.length && !lines[0].trim())
            lines.shift();
        while (lines.length && !lines[lines.length - 1].trim())
            lines.pop();
        return lines;
    }
}


/***/ }),

/***/ 2497:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   Nm: () => (/* binding */ DEFAULT_LANGUAGE),
/* harmony export */   Pw: () => (/* binding */ defineWords),
/* harmony export */   Yj: () => (/* binding */ LANGUAGES),
/* harmony export */   c3: () => (/* binding */ listOf),
/* harmony export */   lX: () => (/* binding */ isLanguage)
/* harmony export */ });
/* unused harmony export WORD_TABLES */
/**
 * The languages the action speaks to the user in (the `language` input).
 *
 * How texts are kept. Every module that words something for the user (the notification, the
 * log lines and job summary, the diagnosis of a failure) keeps those texts in one table made
 * with `defineWords`, each entry holding every language side by side:
 *
 *     const WORDS = defineWords('compose', {
 *       failedJobs: { en: 'Failed and cancelled jobs', ko: '\uc2e4\ud328\ud558\uac70\ub098 \ucde8\uc18c\ub41c \uc791\uc5c5' },
 *       more: { en: (count: number) => `and ${count} more`, ko: (count: number) => `\uc678 ${count}\uac1c` }
 *     })
 *
 * A text that takes values is a function of them, the same in each language. A module picks
 * its language once, from the settings it is handed (`WORDS[settings.language]`), never from
 * a global, so a test can ask for either. Adding a text is one entry; adding a language is
 * one name in LANGUAGES, after which the type checker lists every entry that lacks it, and
 * __tests__/language.test.ts walks every table and fails on a missing or empty text.
 *
 * What stays as it is in every language: error codes, input names, placeholders, URLs, and
 * whatever is quoted from a server or the system.
 */
const LANGUAGES = ['en', 'ko'];
const DEFAULT_LANGUAGE = 'en';
/** Every table made by defineWords, by module, for the test that checks each has every language. */
const WORD_TABLES = [];
/**
 * A module's texts, ready to be picked by language: `WORDS.ko.failedJobs`. `module` names the
 * table in the completeness test's messages.
 */
function defineWords(module, table) {
    WORD_TABLES.push({ module, table: table });
    const inLanguage = (language) => Object.fromEntries(Object.entries(table).map(([key, wording]) => [key, wording[language]]));
    // Each language's texts are gathered when first asked for: a run speaks one language, and
    // every module's table is defined at start, so building them all then cost start-up time.
    const byLanguage = {};
    for (const language of LANGUAGES) {
        Object.defineProperty(byLanguage, language, {
            enumerable: true,
            configurable: true,
            get() {
                const texts = inLanguage(language);
                Object.defineProperty(byLanguage, language, { value: texts, enumerable: true });
                return texts;
            }
        });
    }
    return byLanguage;
}
function isLanguage(value) {
    return LANGUAGES.includes(value);
}
/** "1 recipient", "3 recipients": an English noun with its count (Korean texts count in their own words). */
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** "a, b and c" in English, "a, b, c" in Korean, which needs no particle after a code span or an address. */
function listOf(items, language) {
    if (language === 'ko' || items.length < 2)
        return items.join(', ');
    return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}


/***/ }),

/***/ 3496:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ buildMail)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

// The message as nodemailer's composer takes it, kept apart from the transport so that a dry
// run's preview builds exactly what a send would without loading the SMTP client.
/** A mailbox as nodemailer's address object, holding nothing but the name and the address. */
function formatMailbox(mailbox) {
    return { name: mailbox.name, address: mailbox.address };
}
/** A domain for the Message-ID, taken from the sender so it looks like the sender's own. */
function messageIdDomain(from) {
    return from.address.split('@')[1] || 'localhost';
}
/**
 * The message as nodemailer takes it, the same for sending and for a dry run's .eml file.
 * One Message-ID for every attempt and batch: a copy that arrives twice is recognisable as
 * the same message, and every recipient gets the same message. Every batch carries the whole
 * To and Cc, as one message would; only the envelope (RCPT TO) differs. Bcc recipients are
 * only ever in the envelope.
 */
function buildMail(settings, message) {
    return {
        from: formatMailbox(settings.from),
        to: settings.to.map(formatMailbox),
        cc: settings.cc.map(formatMailbox),
        replyTo: settings.replyTo.map(formatMailbox),
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments ?? [],
        messageId: `<${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}@${messageIdDomain(settings.from)}>`,
        ...threadFields(message.thread),
        headers: {
            'Auto-Submitted': 'auto-generated',
            'X-Auto-Response-Suppress': 'All',
            // Already a valid header value (a quoted or encoded phrase and an identifier).
            ...(message.thread ? { 'List-Id': { prepared: true, foldLines: true, value: message.thread.listId } } : {})
        },
        // The message is built from the inputs alone, never from a file or URL they name.
        disableFileAccess: true,
        disableUrlAccess: true
    };
}
/** A streak's mails all refer to its root: each one is a reply to the same conversation. */
function threadFields(thread) {
    if (!thread?.root)
        return {};
    return { inReplyTo: `<${thread.root}>`, references: [`<${thread.root}>`] };
}


/***/ }),

/***/ 5311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: portMayNotBeTaken

// EXTERNAL MODULE: ./src/cancel.ts
var cancel = __nccwpck_require__(833);
// EXTERNAL MODULE: ./src/compose.ts
var compose = __nccwpck_require__(9763);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ./src/language.ts
var src_language = __nccwpck_require__(2497);
;// CONCATENATED MODULE: ./src/context.ts


/** How many commits of a push the notification lists; the rest are counted. */
const MAX_LISTED_COMMITS = 10;
const MAX_LISTED_INPUTS = 8;
const MAX_INPUT_VALUE = 80;
/** Reads the event payload at GITHUB_EVENT_PATH; a missing or broken file gives {}. */
function readEventPayload(path) {
    if (!path)
        return {};
    try {
        return JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
    }
    catch {
        return {};
    }
}
function context_text(value) {
    return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
function firstLine(value) {
    return context_text(value).split(/\r?\n/, 1)[0].trim();
}
function pushedCommits(event, repositoryUrl) {
    if (!Array.isArray(event.commits))
        return [];
    return event.commits.slice(-MAX_LISTED_COMMITS).map((commit) => {
        const id = context_text(commit?.id);
        return {
            shortSha: id.slice(0, 7),
            title: firstLine(commit?.message),
            author: context_text(commit?.author?.name) || context_text(commit?.author?.username),
            authorEmail: context_text(commit?.author?.email),
            url: context_text(commit?.url) || (repositoryUrl && id ? `${repositoryUrl}/commit/${id}` : '')
        };
    });
}
/** The labels and notes of the trigger facts, in every language (see language.ts). */
const WORDS = (0,src_language/* defineWords */.Pw)('context', {
    schedule: { en: 'Schedule', ko: '\uc608\uc57d \uc2e4\ud589' },
    cronUtc: { en: 'cron, UTC', ko: 'cron, UTC \uae30\uc900' },
    inputs: { en: 'Inputs', ko: '\uc785\ub825\uac12' },
    moreInputs: { en: (count) => `and ${count} more`, ko: (count) => `\uc678 ${count}\uac1c` },
    release: { en: 'Release', ko: '\ub9b4\ub9ac\uc2a4' },
    preRelease: { en: 'pre-release', ko: '\uc0ac\uc804 \ub9b4\ub9ac\uc2a4' },
    tag: { en: (tag) => `tag ${tag}`, ko: (tag) => `\ud0dc\uadf8 ${tag}` },
    afterRun: { en: 'After run', ko: '\uc120\ud589 \uc2e4\ud589' },
    workflow: { en: 'Workflow', ko: '\uc6cc\ud06c\ud50c\ub85c' },
    /** The conclusion of the run this one followed, and its branch: "failure on main". */
    upstream: {
        en: (conclusion, branch) => [conclusion, branch ? `on ${branch}` : ''].filter(Boolean).join(' '),
        ko: (conclusion, branch) => [conclusion, branch ? `(${branch})` : ''].filter(Boolean).join(' ')
    }
});
/** The facts that say what started a run other than a push or a pull request. */
function triggerFacts(eventName, event, language) {
    const words = WORDS[language];
    if (eventName === 'schedule' && context_text(event.schedule)) {
        return [{ label: words.schedule, text: context_text(event.schedule), note: words.cronUtc }];
    }
    if (eventName === 'workflow_dispatch' && event.inputs && typeof event.inputs === 'object') {
        const entries = Object.entries(event.inputs).filter(([, value]) => value !== null && value !== undefined && value !== '');
        if (!entries.length)
            return [];
        const shown = entries.slice(0, MAX_LISTED_INPUTS).map(([name, value]) => {
            const words = String(value).replace(/\s+/g, ' ');
            return `${name}=${words.length > MAX_INPUT_VALUE ? `${words.slice(0, MAX_INPUT_VALUE - 1)}\u2026` : words}`;
        });
        const more = entries.length > shown.length ? words.moreInputs(entries.length - shown.length) : undefined;
        return [{ label: words.inputs, text: shown.join(', '), note: more }];
    }
    if (eventName === 'release' && event.release) {
        const release = event.release;
        const name = context_text(release.name) || context_text(release.tag_name);
        if (!name)
            return [];
        const tag = context_text(release.tag_name) && context_text(release.tag_name) !== name ? words.tag(context_text(release.tag_name)) : '';
        const note = [context_text(event.action), release.prerelease ? words.preRelease : '', tag].filter(Boolean).join(', ');
        return [{ label: words.release, text: name, href: context_text(release.html_url) || undefined, note: note || undefined }];
    }
    if (eventName === 'workflow_run' && event.workflow_run) {
        const upstream = event.workflow_run;
        const name = [context_text(upstream.name) || words.workflow, upstream.run_number ? `#${upstream.run_number}` : ''].filter(Boolean).join(' ');
        const note = words.upstream(context_text(upstream.conclusion), context_text(upstream.head_branch));
        return [{ label: words.afterRun, text: name, href: context_text(upstream.html_url) || undefined, note: note || undefined }];
    }
    return [];
}
/** Builds the run context from environment variables and the event payload (pure); its trigger facts are worded in `language`. */
function buildRunContext(env, payload, language = src_language/* DEFAULT_LANGUAGE */.Nm) {
    const event = (typeof payload === 'object' && payload !== null ? payload : {});
    const serverUrl = (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    const repository = env.GITHUB_REPOSITORY || '';
    const repositoryUrl = repository ? `${serverUrl}/${repository}` : '';
    const runId = env.GITHUB_RUN_ID || '';
    const pr = event.pull_request;
    const sha = context_text(pr?.head?.sha) || context_text(event.head_commit?.id) || env.GITHUB_SHA || '';
    const refType = env.GITHUB_REF_TYPE === 'tag' ? 'tag' : env.GITHUB_REF_TYPE === 'branch' ? 'branch' : '';
    const refName = context_text(pr?.head?.ref) || env.GITHUB_HEAD_REF || env.GITHUB_REF_NAME || (env.GITHUB_REF || '').replace(/^refs\/(heads|tags)\//, '');
    const eventName = env.GITHUB_EVENT_NAME || '';
    const author = event.head_commit?.author;
    return {
        serverUrl,
        repository,
        repositoryUrl,
        workflow: env.GITHUB_WORKFLOW || '',
        job: env.GITHUB_JOB || '',
        runId,
        runNumber: env.GITHUB_RUN_NUMBER || '',
        runAttempt: env.GITHUB_RUN_ATTEMPT || '',
        runUrl: repositoryUrl && runId ? `${repositoryUrl}/actions/runs/${runId}` : '',
        event: eventName,
        actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR || '',
        refName,
        refType: pr ? 'branch' : refType,
        sha,
        shortSha: sha.slice(0, 7),
        commitUrl: repositoryUrl && sha ? `${repositoryUrl}/commit/${sha}` : '',
        commitTitle: firstLine(event.head_commit?.message),
        commitAuthor: context_text(author?.name) || context_text(author?.username),
        pullRequest: pr && typeof pr.number === 'number'
            ? {
                number: pr.number,
                title: context_text(pr.title),
                url: context_text(pr.html_url) || (repositoryUrl ? `${repositoryUrl}/pull/${pr.number}` : ''),
                head: context_text(pr.head?.ref),
                base: context_text(pr.base?.ref)
            }
            : undefined,
        commits: pushedCommits(event, repositoryUrl),
        commitCount: Array.isArray(event.commits) ? event.commits.length : 0,
        compareUrl: context_text(event.compare),
        trigger: triggerFacts(eventName, event, language)
    };
}

// EXTERNAL MODULE: ./src/api-access.ts
var api_access = __nccwpck_require__(9734);
// EXTERNAL MODULE: ./src/notify-when.ts
var notify_when = __nccwpck_require__(4895);
// EXTERNAL MODULE: ./src/recipients.ts
var src_recipients = __nccwpck_require__(6903);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/printable.ts
var printable = __nccwpck_require__(5260);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/mail-composer/index.js + 8 modules
var mail_composer = __nccwpck_require__(110);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/package-info.js
var package_info = __nccwpck_require__(9701);
// EXTERNAL MODULE: external "node:events"
var external_node_events_ = __nccwpck_require__(8474);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __nccwpck_require__(1692);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/smtp-connection/data-stream.js

// bytes inserted into the output, shared as they are only ever copied by Buffer.concat
const INSERT_LF = Buffer.from('\n');
const INSERT_LF_DOT = Buffer.from('\n.');
const INSERT_CR = Buffer.from('\r');
const INSERT_DOT = Buffer.from('.');
/**
 * Escapes dots in the beginning of lines. Ends the stream with <CR><LF>.<CR><LF>
 * Also makes sure that only <CR><LF> sequences are used for linebreaks, bare CR and bare LF
 * are both turned into <CR><LF>
 *
 * @param options Stream options
 */
class DataStream extends external_node_stream_.Transform {
    constructor(options) {
        super(options);
        this.options = options || {};
        this.inByteCount = 0;
        this.outByteCount = 0;
        this.lastByte = false;
    }
    /**
     * Escapes dots
     * @internal
     */
    _transform(chunk, encoding, done) {
        const chunks = [];
        let chunklen = 0;
        let i, len, lastPos = 0;
        let buf;
        if (!chunk || !chunk.length) {
            return done();
        }
        if (typeof chunk === 'string') {
            chunk = Buffer.from(chunk);
        }
        this.inByteCount += chunk.length;
        for (i = 0, len = chunk.length; i < len; i++) {
            const byte = chunk[i];
            const prev = i ? chunk[i - 1] : this.lastByte;
            let insert = false;
            if (prev === 0x0d && byte !== 0x0a) {
                // a bare CR becomes CRLF. A receiver that treats a lone CR as a line end would
                // otherwise see "\r.\r" as the end of the data (SMTP smuggling), so a dot
                // following it is stuffed like at the start of any other line
                insert = byte === 0x2e ? INSERT_LF_DOT : INSERT_LF;
            }
            else if (byte === 0x0a && prev !== 0x0d) {
                // a bare LF becomes CRLF
                insert = INSERT_CR;
            }
            else if (byte === 0x2e && (prev === 0x0a || prev === false)) {
                // a dot at the start of a line
                insert = INSERT_DOT;
            }
            if (insert) {
                if (i > lastPos) {
                    buf = chunk.slice(lastPos, i);
                    chunks.push(buf);
                    chunklen += buf.length;
                }
                chunks.push(insert);
                chunklen += insert.length;
                lastPos = i;
            }
        }
        if (chunks.length) {
            // add last piece
            if (lastPos < chunk.length) {
                buf = chunk.slice(lastPos);
                chunks.push(buf);
                chunklen += buf.length;
            }
            this.outByteCount += chunklen;
            this.push(Buffer.concat(chunks, chunklen));
        }
        else {
            this.outByteCount += chunk.length;
            this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
    }
    /**
     * Finalizes the stream with a dot on a single line
     * @internal
     */
    _flush(done) {
        let buf;
        if (this.lastByte === 0x0a) {
            buf = Buffer.from('.\r\n');
        }
        else if (this.lastByte === 0x0d) {
            buf = Buffer.from('\n.\r\n');
        }
        else {
            buf = Buffer.from('\r\n.\r\n');
        }
        this.outByteCount += buf.length;
        this.push(buf);
        done();
    }
}

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/shared/index.js
var shared = __nccwpck_require__(2076);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/smtp-connection/server-message-id.js
/**
 * Reads the Message-ID a receiving server gave the message out of its final 250 reply. Some
 * servers replace the Message-ID header of a submitted message with one of their own, and
 * the copy the recipients and the sent folder get carries that one instead of the id the
 * message was built with. Only replies in a format known to carry such an id are read.
 */
// Microsoft 365 and Outlook.com: "250 2.0.0 OK <id@host.prod.outlook.com> [Hostname=...]"
const OUTLOOK_REPLY = /^250 2\.0\.0 OK (<[^<>\s]+\.prod\.outlook\.com>)/i;
// Amazon SES: "250 Ok 0100018b5c3c0a4f-...-000000", the local part of the Message-ID it sets
const SES_REPLY = /^250 Ok ([0-9a-f]+(?:-[0-9a-f]+)+)$/i;
// an AWS region name such as us-east-1 or ap-southeast-2
const AWS_REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;
/**
 * Finds the AWS region an SES SMTP endpoint is in from its hostname, such as
 * email-smtp.eu-west-1.amazonaws.com or a VPC endpoint name under it
 *
 * @param host SMTP hostname
 * @returns Region name, or undefined for a host outside amazonaws.com and awsapps.com
 */
function sesRegion(host) {
    const labels = host.toLowerCase().replace(/\.$/, '').split('.');
    const domain = labels.slice(-2).join('.');
    if (domain !== 'amazonaws.com' && domain !== 'awsapps.com') {
        return undefined;
    }
    return labels.slice(0, -2).find(label => AWS_REGION.test(label));
}
/**
 * Reads the server assigned Message-ID out of the final reply to a message
 *
 * @param response Final server reply for the message
 * @param [host] Hostname the connection was made to, SES replies are only read for an SES host
 * @returns The Message-ID with its angle brackets, or undefined when the reply names none
 */
function parseServerMessageId(response, host) {
    const reply = (response || '').toString().trim();
    const outlook = reply.match(OUTLOOK_REPLY);
    if (outlook) {
        return outlook[1];
    }
    const ses = reply.match(SES_REPLY);
    if (ses && host) {
        const region = sesRegion(host);
        if (region) {
            // the SES Message-ID domain is email.amazonses.com in us-east-1 and the region elsewhere
            return '<' + ses[1].toLowerCase() + '@' + (region === 'us-east-1' ? 'email' : region) + '.amazonses.com>';
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/errors.js
var esm_errors = __nccwpck_require__(2809);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/smtp-connection/index.js











// default timeout values in ms
const CONNECTION_TIMEOUT = 2 * 60 * 1000; // how much to wait for the connection to be established
const SOCKET_TIMEOUT = 10 * 60 * 1000; // how much to wait for socket inactivity before disconnecting the client
const GREETING_TIMEOUT = 30 * 1000; // how much to wait after connection is established but SMTP greeting is not receieved
const DNS_TIMEOUT = 30 * 1000; // how much to wait for resolveHostname
const CLOSE_TIMEOUT = 5 * 1000; // how much to wait for the server to close its side after we closed ours
const KEEPALIVE_DELAY = 30 * 1000; // idle time before TCP keepalive probes start, keeps NAT mappings of idle connections alive
const TEARDOWN_NOOP = () => { }; // reusable no-op handler for absorbing errors during socket teardown
// Random order, so that connections spread over the addresses of a host
function shuffle(list) {
    const result = list.slice();
    for (let i = result.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [result[i], result[j]] = [result[j], result[i]];
    }
    return result;
}
// Every timeout is reported with the ETIMEDOUT code, timeoutType tells which one it was
function timeoutError(message, timeoutType) {
    const err = new Error(message);
    err.timeoutType = timeoutType;
    return err;
}
// how many bytes a single server response may occupy while it is still being received.
// Generous compared to any real reply, it only stops a peer that never completes one
const MAX_RESPONSE_SIZE = 1024 * 1024;
/**
 * Re-interpret a server response stored in fake 8-bit byte-container form
 * (the result of chunk.toString('binary') in _onData) as UTF-8.
 *
 * Server reply text has no formally defined charset (RFC 5321 \u00a74.2.1), but
 * modern MTAs commonly use UTF-8. The byte-container plumbing in _onData is
 * required to reassemble multi-byte sequences split across socket chunks;
 * this helper performs the actual decode at the line boundary, falling back
 * to the byte-container form when the bytes are not valid UTF-8 so that
 * legacy 8-bit replies are still recoverable byte-for-byte.
 */
function decodeServerResponse(str) {
    if (!str) {
        return str;
    }
    const utf8 = Buffer.from(str, 'binary').toString('utf8');
    // The input is a byte container (each char is in U+0000..U+00FF) so it can never
    // already contain U+FFFD; any \uFFFD in the result was inserted by Node's UTF-8
    // decoder for invalid bytes, which means we should return the original bytes intact.
    return utf8.includes('\uFFFD') ? str : utf8;
}
/**
 * True when the last line of a queued reply is a continuation ("250-..."), which means
 * the rest of the reply is still on its way.
 *
 * Called with the byte-container form the queue holds (see _onData): the check only looks
 * at leading ASCII digits and '-' of the last line, and a UTF-8 continuation byte is never
 * 0x0A, so line boundaries and the tested prefix are the same before and after decoding.
 * The last line is read with lastIndexOf rather than split() because a queue entry may hold
 * a whole multiline reply and only its final line matters.
 */
function isPartialResponse(str) {
    return isPartialLine(str.slice(str.lastIndexOf('\n') + 1));
}
/**
 * True when a single reply line is a continuation ("250-..."). Used where the line is
 * already known to be one line, which skips the scan isPartialResponse needs to find the
 * last line of a whole reply.
 */
function isPartialLine(line) {
    return /^\d+-/.test(line);
}
/**
 * The log form of a command a custom authentication handler sends. Such a command carries
 * the credentials in whatever shape its mechanism uses, so only an AUTH verb with its
 * mechanism name is kept, the way the built-in mechanisms hide their own secrets.
 *
 * @param cmd Command the handler sends
 * @return What the transaction log gets instead
 */
function maskAuthCommand(cmd) {
    const match = (cmd || '').toString().match(/^AUTH\s+[^\s]+/i);
    if (!match) {
        return '/* secret */';
    }
    return match[0].length === cmd.length ? cmd : match[0] + ' /* secret */';
}
/**
 * Generates a SMTP connection object
 *
 * Optional options object takes the following possible properties:
 *
 *  * **port** - is the port to connect to (defaults to 587 or 465)
 *  * **host** - is the hostname or IP address to connect to (defaults to 'localhost')
 *  * **secure** - use SSL
 *  * **ignoreTLS** - ignore server support for STARTTLS (has no effect when requireTLS is set)
 *  * **requireTLS** - forces the client to use STARTTLS, takes precedence over ignoreTLS and opportunisticTLS
 *  * **name** - the name of the client server
 *  * **localAddress** - outbound address to bind to (see: http://nodejs.org/api/net.html#net_net_connect_options_connectionlistener)
 *  * **greetingTimeout** - Time to wait in ms until greeting message is received from the server (defaults to 30 seconds)
 *  * **connectionTimeout** - how many milliseconds to wait for the connection to establish (defaults to 2 minutes)
 *  * **socketTimeout** - Time of inactivity until the connection is closed (defaults to 10 minutes)
 *  * **socketCloseTimeout** - Time in ms to wait for the peer to close after ending the socket (defaults to 5 seconds, 0 destroys immediately)
 *  * **maxResponseSize** - Largest single server response to accept in bytes (defaults to 1 MB)
 *  * **dnsTimeout** - Time to wait in ms for the DNS requests to be resolved (defaults to 30 seconds)
 *  * **lmtp** - if true, uses LMTP instead of SMTP protocol
 *  * **logger** - bunyan compatible logger interface
 *  * **debug** - if true pass SMTP traffic to the logger
 *  * **tls** - options for createCredentials
 *  * **socket** - existing socket to use instead of creating a new one (see: http://nodejs.org/api/net.html#net_class_net_socket)
 *  * **secured** - boolean indicates that the provided socket has already been upgraded to tls
 *
 * @constructor
 * @namespace SMTP Client module
 * @param [options] Option properties
 */
class SMTPConnection extends external_node_events_.EventEmitter {
    constructor(options) {
        super(options);
        this.id = external_node_crypto_.randomBytes(8).toString('base64').replace(/\W/g, '');
        this.stage = 'init';
        this.options = options || {};
        if (this.options.requireTLS && (this.options.ignoreTLS || this.options.opportunisticTLS)) {
            // requireTLS wins, a contradictory configuration must not quietly fall back to plaintext.
            // Copied so the caller's (possibly shared) options object is left as it was
            this.options = Object.assign({}, this.options, { ignoreTLS: false, opportunisticTLS: false });
        }
        this.secureConnection = !!this.options.secure;
        this.alreadySecured = !!this.options.secured;
        this.port = Number(this.options.port) || (this.secureConnection ? 465 : 587);
        this.host = this.options.host || 'localhost';
        this.servername = this.options.servername ? this.options.servername : !external_node_net_.isIP(this.host) ? this.host : false;
        this.allowInternalNetworkInterfaces = this.options.allowInternalNetworkInterfaces || false;
        if (typeof this.options.secure === 'undefined' && this.port === 465) {
            // if secure option is not set but port is 465, then default to secure
            this.secureConnection = true;
        }
        this.name = (this.options.name || this._getHostname()).toString().replace(/[\r\n]+/g, '');
        this.logger = shared/* getLogger */.tZ(this.options, {
            component: this.options.component || 'smtp-connection',
            sid: this.id
        });
        this.customAuth = new Map();
        for (const key of Object.keys(this.options.customAuth || {})) {
            const mapKey = (key || '').toString().trim().toUpperCase();
            if (mapKey) {
                this.customAuth.set(mapKey, this.options.customAuth[key]);
            }
        }
        this.version = package_info/* version */.rE;
        this.authenticated = false;
        this.destroyed = false;
        this.secure = !!this.secureConnection;
        this._remainder = '';
        this._responseQueue = [];
        this._responsePartial = false;
        this.lastServerResponse = false;
        this._socket = false;
        this._supportedAuth = [];
        this.allowsAuth = false;
        this._envelope = false;
        this._supportedExtensions = [];
        this._maxAllowedSize = 0;
        this._responseActions = [];
        this._recipientQueue = [];
        this._phaseTimer = false;
        this._plaintextEhlo = false;
        this._destroyed = false;
        this._closing = false;
        this._currentDataStream = false;
        this._pendingSend = false;
        this._connectCallback = false;
        this._onSocketData = chunk => this._onData(chunk);
        this._onSocketError = error => this._onError(error, 'ESOCKET', false, 'CONN');
        this._onSocketClose = () => this._onClose();
        this._onSocketEnd = () => this._onEnd();
        this._onSocketTimeout = () => this._onTimeout();
        this._onConnectionSocketError = err => this._onError(err, 'ESOCKET', false, 'CONN');
    }
    /**
     * Creates a connection to a SMTP server and sets up connection
     * listener
     */
    connect(connectCallback) {
        if (this._connectCalled && !this._destroyed) {
            // A connection is opened once. A second call would open a second socket over the
            // first one and run the session handlers of both against the same state
            const err = this._formatError('Cannot connect - connect() was already called for this connection', 'ECONNECTION', false, 'API');
            if (typeof connectCallback === 'function') {
                setImmediate(() => connectCallback(err));
                return;
            }
            this.logger.warn({ tnx: 'smtp' }, '%s', err.message);
            return;
        }
        this._connectCalled = true;
        if (typeof connectCallback === 'function') {
            this._connectCallback = connectCallback;
            this.once('connect', () => {
                this._connectCallback = false;
                this.logger.debug({
                    tnx: 'smtp'
                }, 'SMTP handshake finished');
                connectCallback();
            });
            const isDestroyedMessage = this._isDestroyedMessage('connect');
            if (isDestroyedMessage) {
                return connectCallback(this._formatError(isDestroyedMessage, 'ECONNECTION', false, 'CONN'));
            }
        }
        // connectionTimeout covers the whole of connecting: the DNS lookup and every address tried
        const connectionTimeout = this.options.connectionTimeout || CONNECTION_TIMEOUT;
        // a transport that first opened a proxy connection for this one sets when that started
        this._connectionDeadline = (this._connectStartedAt || Date.now()) + connectionTimeout;
        let opts = {
            port: this.port,
            host: this.host,
            allowInternalNetworkInterfaces: this.allowInternalNetworkInterfaces,
            timeout: Math.min(this.options.dnsTimeout || DNS_TIMEOUT, connectionTimeout)
        };
        if (this.options.localAddress) {
            opts.localAddress = this.options.localAddress;
        }
        if (this.options.connection) {
            // connection is already opened
            this._socket = this.options.connection;
            this._setupConnectionHandlers();
            if (this.secureConnection && !this.alreadySecured) {
                setImmediate(() => this._upgradeConnection(err => {
                    if (err) {
                        this._onError(new Error('Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'CONN');
                        return;
                    }
                    this._onConnect();
                }));
            }
            else {
                setImmediate(() => this._onConnect());
            }
            return;
        }
        else if (this.options.socket) {
            // socket object is set up but not yet connected
            this._socket = this.options.socket;
            return this._resolveAndConnect(opts, _resolved => {
                if (this._destroyed || this._closing) {
                    return;
                }
                try {
                    this._socket.connect(this.port, this.host, () => {
                        // a `secure` connection over a caller-provided socket must still
                        // perform the TLS handshake, otherwise AUTH and the message body
                        // would be sent in cleartext despite the caller requesting TLS
                        if (this.secureConnection && !this.alreadySecured) {
                            return this._upgradeConnection(err => {
                                if (err) {
                                    this._onError(new Error('Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'CONN');
                                    return;
                                }
                                this._onConnect();
                            });
                        }
                        this._onConnect();
                    });
                    this._setupConnectionHandlers();
                }
                catch (E) {
                    setImmediate(() => this._onError(E, 'ECONNECTION', false, 'CONN'));
                    return;
                }
            });
        }
        else {
            if (this.secureConnection) {
                Object.assign(opts, this.options.tls || {});
                // ensure servername for SNI
                if (this.servername && !opts.servername) {
                    opts.servername = this.servername;
                }
            }
            return this._resolveAndConnect(opts, resolved => {
                let addresses = resolved._addresses || [];
                if (opts.localAddress) {
                    // a socket bound to an address of one family can not reach the other one
                    const localFamily = external_node_net_.isIPv6(opts.localAddress) ? 6 : 4;
                    const sameFamily = addresses.filter(addr => external_node_net_.isIP(addr) === localFamily);
                    addresses = sameFamily.length ? sameFamily : addresses;
                }
                if (addresses.length > 1) {
                    // net.connect tries the addresses in turn and moves on to the next one when an
                    // attempt fails or takes too long. With both families it starts on IPv6 and
                    // alternates (RFC 8305), so a host with a broken IPv6 path costs a fraction of
                    // a second instead of a whole connection timeout
                    const ipv6 = addresses.filter(addr => external_node_net_.isIPv6(addr));
                    const ipv4 = addresses.filter(addr => !external_node_net_.isIPv6(addr));
                    const ordered = shuffle(ipv6).concat(shuffle(ipv4));
                    opts.host = this.host;
                    opts.autoSelectFamily = true;
                    if (!ipv6.length || !ipv4.length) {
                        // a slow address of the only family gets its share of the time, not the
                        // quarter second meant for an address family that does not work
                        const remaining = this._connectionDeadline - Date.now();
                        opts.autoSelectFamilyAttemptTimeout = Math.max(Math.floor(remaining / ordered.length), 10);
                    }
                    opts.lookup = ((hostname, lookupOptions, callback) => {
                        if (lookupOptions && lookupOptions.all) {
                            const all = ordered.map(address => ({ address, family: external_node_net_.isIPv6(address) ? 6 : 4 }));
                            return setImmediate(() => callback(null, all));
                        }
                        setImmediate(() => callback(null, ordered[0], external_node_net_.isIPv6(ordered[0]) ? 6 : 4));
                    });
                }
                else if (addresses.length) {
                    opts.host = addresses[0];
                }
                this._connectToHost(opts, this.secureConnection);
            });
        }
    }
    /**
     * Resolves the hostname and applies resolved values to opts,
     * then calls the provided callback with the resolved data
     *
     * @param opts Connection options (modified in place)
     * @param callback Called with resolved data on success
     * @internal
     */
    _resolveAndConnect(opts, callback) {
        return shared/* resolveHostname */.cK(opts, (err, resolved) => {
            if (err) {
                return setImmediate(() => this._onError(err, 'EDNS', false, 'CONN'));
            }
            this.logger.debug({
                tnx: 'dns',
                source: opts.host,
                resolved: resolved.host,
                cached: !!resolved.cached
            }, 'Resolved %s as %s [cache %s]', opts.host, resolved.host, resolved.cached ? 'hit' : 'miss');
            for (const key of Object.keys(resolved)) {
                if (key.charAt(0) !== '_' && resolved[key]) {
                    opts[key] = resolved[key];
                }
            }
            callback(resolved);
        });
    }
    /**
     * Attempts to connect to the specified host address
     *
     * @param opts Connection options
     * @param secure Whether to use TLS
     * @internal
     */
    _connectToHost(opts, secure) {
        // If the client was closed while DNS resolution was in flight, do not open
        // a socket here: close() ran with this._socket still unset and so had
        // nothing to tear down, and _onConnect's remedial close() is a no-op once
        // _closing is set, the freshly connected socket would leak.
        if (this._destroyed || this._closing) {
            return;
        }
        const connectFn = secure ? external_node_tls_.connect : external_node_net_.connect;
        try {
            this._socket = connectFn(opts, () => this._onConnect());
            this._setupConnectionHandlers();
        }
        catch (E) {
            setImmediate(() => this._onError(E, 'ECONNECTION', false, 'CONN'));
            return;
        }
    }
    /**
     * Sets up connection timeout and error handlers
     * @internal
     */
    _setupConnectionHandlers() {
        this._startPhase(Math.max((this._connectionDeadline || Date.now()) - Date.now(), 0), timeoutError('Connection timeout', 'CONNECT_TIMEOUT'));
        this._socket.on('error', this._onConnectionSocketError);
    }
    /**
     * Starts the timer of a connection phase: connecting, waiting for the greeting or a TLS
     * upgrade. The phases follow one another, so starting one ends the one before
     *
     * @param timeout Time the phase may take
     * @param err Error to fail with when it takes longer
     * @internal
     */
    _startPhase(timeout, err) {
        this._clearPhase();
        this._phaseTimer = setTimeout(() => {
            this._phaseTimer = false;
            this._onError(err, 'ETIMEDOUT', false, 'CONN');
        }, timeout);
    }
    /**
     * Time the greeting or a STARTTLS upgrade may take: greetingTimeout, cut short by what is left
     * of connectionTimeout
     *
     * @internal
     */
    _remainingSetupTime() {
        return Math.min(this.options.greetingTimeout || GREETING_TIMEOUT, Math.max((this._connectionDeadline || Infinity) - Date.now(), 1));
    }
    /** @internal */
    _clearPhase() {
        clearTimeout(this._phaseTimer);
        this._phaseTimer = false;
    }
    /**
     * Sends QUIT
     */
    quit() {
        this._sendCommand('QUIT');
        this._responseActions.push(this.close);
    }
    /**
     * Closes the connection to the server
     */
    close() {
        this._clearPhase();
        this._responseActions = [];
        // allow to run this function only once
        if (this._closing) {
            return;
        }
        this._closing = true;
        // anything but a non-negative finite number keeps the default grace period
        const configuredCloseTimeout = this.options.socketCloseTimeout;
        const socketCloseTimeout = typeof configuredCloseTimeout === 'number' && Number.isFinite(configuredCloseTimeout) && configuredCloseTimeout >= 0
            ? configuredCloseTimeout
            : CLOSE_TIMEOUT;
        const closeMethod = this.stage === 'init' || socketCloseTimeout === 0 ? 'destroy' : 'end';
        this.logger.debug({
            tnx: 'smtp'
        }, 'Closing connection to the server using "%s"', closeMethod);
        // after STARTTLS this is the TLS socket, tear that one down and not the plain socket it
        // wraps (Node 27 exposes the wrapped socket as `.socket`)
        const socket = this._socket;
        // Detach any in-flight DATA stream from the socket so the source stream
        // can be garbage-collected once the socket is gone.
        if (this._currentDataStream) {
            try {
                this._currentDataStream.unpipe(this._socket);
            }
            catch (_E) {
                // ignore
            }
            this._currentDataStream = false;
        }
        // Detach from the message stream as well and release whatever it reads from, the message
        // can not be sent over this connection anymore. The listener is swapped for a no-op rather
        // than removed, a stream destroyed with an error would otherwise throw it as unhandled
        if (this._pendingSend) {
            const { stream, onStreamError } = this._pendingSend;
            if (stream) {
                stream.removeListener('error', onStreamError);
                stream.on('error', TEARDOWN_NOOP);
                stream.destroy();
            }
            this._pendingSend = false;
        }
        if (socket && !socket.destroyed) {
            try {
                // Clear socket timeout to prevent timer leaks
                socket.setTimeout(0);
                // Remove all listeners to allow proper garbage collection
                socket.removeListener('data', this._onSocketData);
                socket.removeListener('timeout', this._onSocketTimeout);
                socket.removeListener('close', this._onSocketClose);
                socket.removeListener('end', this._onSocketEnd);
                socket.removeListener('error', this._onSocketError);
                socket.removeListener('error', this._onConnectionSocketError);
                // Absorb errors that may fire during socket teardown (e.g. server
                // sending cleartext after TLS shutdown triggers ERR_SSL_BAD_RECORD_TYPE)
                socket.on('error', TEARDOWN_NOOP);
                socket[closeMethod]();
                if (closeMethod === 'end') {
                    // end() only closes our side, a server that never closes its own would keep
                    // the socket, and the process with it, around for good
                    const closeTimer = setTimeout(() => socket.destroy(), socketCloseTimeout);
                    if (typeof closeTimer.unref === 'function') {
                        closeTimer.unref();
                    }
                    socket.once('close', () => clearTimeout(closeTimer));
                }
            }
            catch (_E) {
                // just ignore
            }
        }
        this._destroy();
    }
    /**
     * Authenticate user
     */
    login(authData, callback) {
        const isDestroyedMessage = this._isDestroyedMessage('login');
        if (isDestroyedMessage) {
            return callback(this._formatError(isDestroyedMessage, 'ECONNECTION', false, 'API'));
        }
        this._auth = authData || {};
        // Select SASL authentication method
        this._authMethod = (this._auth.method || '').toString().trim().toUpperCase() || false;
        // XOAUTH2 needs a token generator or a custom handler, without either the method
        // can not be run even when it is the only one the server advertised
        const canUseXOAuth2 = !!this._auth.oauth2 || this.customAuth.has('XOAUTH2');
        if (!this._authMethod && this._auth.oauth2 && !this._auth.credentials) {
            this._authMethod = 'XOAUTH2';
        }
        else if (!this._authMethod || (this._authMethod === 'XOAUTH2' && !this._auth.oauth2)) {
            // use the first supported method that can be run
            const supported = this._supportedAuth.find(method => method !== 'XOAUTH2' || canUseXOAuth2);
            this._authMethod = (supported || 'PLAIN').toUpperCase().trim();
        }
        // a token login needs no credentials, every other method and every custom handler
        // gets them filled in from the user and pass values
        if ((this._authMethod !== 'XOAUTH2' || this.customAuth.has('XOAUTH2')) &&
            (!this._auth.credentials || !this._auth.credentials.user || !this._auth.credentials.pass)) {
            if ((this._auth.user && this._auth.pass) || this.customAuth.has(this._authMethod)) {
                this._auth.credentials = {
                    user: this._auth.user,
                    pass: this._auth.pass,
                    options: this._auth.options
                };
            }
            else {
                return callback(this._formatError('Missing credentials for "' + this._authMethod + '"', 'EAUTH', false, 'API'));
            }
        }
        if (this.customAuth.has(this._authMethod)) {
            const handler = this.customAuth.get(this._authMethod);
            let lastResponse;
            let returned = false;
            const resolve = () => {
                if (returned) {
                    return;
                }
                returned = true;
                this.logger.info({
                    tnx: 'smtp',
                    username: this._auth.user,
                    action: 'authenticated',
                    method: this._authMethod
                }, 'User %s authenticated', JSON.stringify(this._auth.user));
                this.authenticated = true;
                callback(null, true);
            };
            const reject = (err) => {
                if (returned) {
                    return;
                }
                returned = true;
                callback(this._formatError(err, 'EAUTH', lastResponse, 'AUTH ' + this._authMethod));
            };
            // one implementation serves both sendCommand overloads, the promise is returned
            // exactly when no callback was given
            const sendCommand = (cmd, done) => {
                let promise;
                if (!done) {
                    promise = new Promise((resolve, reject) => {
                        done = shared/* callbackPromise */.Jt(resolve, reject);
                    });
                }
                this._responseActions.push(str => {
                    lastResponse = str;
                    let codes = str.match(/^(\d+)(?:\s(\d+\.\d+\.\d+))?\s/);
                    let data = {
                        command: cmd,
                        response: str
                    };
                    if (codes) {
                        data.status = Number(codes[1]) || 0;
                        if (codes[2]) {
                            data.code = codes[2];
                        }
                        data.text = str.substr(codes[0].length);
                    }
                    else {
                        data.text = str;
                        data.status = 0; // just in case we need to perform numeric comparisons
                    }
                    done(null, data);
                });
                setImmediate(() => this._sendCommand(cmd, maskAuthCommand(cmd)));
                return promise;
            };
            const handlerResponse = handler({
                auth: this._auth,
                method: this._authMethod,
                extensions: [].concat(this._supportedExtensions),
                authMethods: [].concat(this._supportedAuth),
                maxAllowedSize: this._maxAllowedSize || false,
                sendCommand: sendCommand,
                resolve,
                reject
            });
            if (handlerResponse && typeof handlerResponse.catch === 'function') {
                // a promise was returned
                handlerResponse.then(resolve).catch(reject);
            }
            return;
        }
        switch (this._authMethod) {
            case 'XOAUTH2':
                this._handleXOauth2Token(false, callback);
                return;
            case 'LOGIN':
                this._responseActions.push(str => {
                    this._actionAUTH_LOGIN_USER(str, callback);
                });
                this._sendCommand('AUTH LOGIN');
                return;
            case 'PLAIN':
                this._responseActions.push(str => {
                    this._actionAUTHComplete(str, callback);
                });
                this._sendCommand('AUTH PLAIN ' +
                    Buffer.from(
                    //this._auth.user+'\u0000'+
                    '\u0000' + // skip authorization identity as it causes problems with some servers
                        this._auth.credentials.user +
                        '\u0000' +
                        this._auth.credentials.pass, 'utf-8').toString('base64'), 
                // log entry without passwords
                'AUTH PLAIN ' +
                    Buffer.from(
                    //this._auth.user+'\u0000'+
                    '\u0000' + // skip authorization identity as it causes problems with some servers
                        this._auth.credentials.user +
                        '\u0000' +
                        '/* secret */', 'utf-8').toString('base64'));
                return;
            case 'CRAM-MD5':
                this._responseActions.push(str => {
                    this._actionAUTH_CRAM_MD5(str, callback);
                });
                this._sendCommand('AUTH CRAM-MD5');
                return;
        }
        return callback(this._formatError('Unknown authentication method "' + this._authMethod + '"', 'EAUTH', false, 'API'));
    }
    /**
     * Sends a message
     *
     * @param envelope Envelope object, {from: addr, to: [addr]}
     * @param message String, Buffer or a Stream
     * @param done Callback to return once sending is completed
     */
    send(envelope, message, done) {
        // ensure that the callback is only called once. The public callback type has a
        // required result, the error paths hand over the error alone
        let returned = false;
        const callback = (err, info) => {
            if (returned) {
                return;
            }
            returned = true;
            if (this._pendingSend && this._pendingSend.callback === callback) {
                this._pendingSend = false;
            }
            done(err, info);
        };
        if (!message) {
            return callback(this._formatError('Empty message', 'EMESSAGE', false, 'API'));
        }
        const isDestroyedMessage = this._isDestroyedMessage('send message');
        if (isDestroyedMessage) {
            return callback(this._formatError(isDestroyedMessage, 'ECONNECTION', false, 'API'));
        }
        // reject larger messages than allowed
        if (this._maxAllowedSize && envelope.size > this._maxAllowedSize) {
            setImmediate(() => {
                callback(this._formatError('Message size larger than allowed ' + this._maxAllowedSize, 'EMESSAGE', false, 'MAIL FROM'));
            });
            return;
        }
        const pendingSend = {
            callback,
            stream: false,
            onStreamError: err => callback(this._formatError(err, 'ESTREAM', false, 'API'))
        };
        if (typeof message.on === 'function') {
            pendingSend.stream = message;
            pendingSend.stream.on('error', pendingSend.onStreamError);
        }
        this._pendingSend = pendingSend;
        const startTime = Date.now();
        this._setEnvelope(envelope, (err, info) => {
            if (err) {
                // the message is not going to be sent, release whatever the stream reads from
                if (typeof message.destroy === 'function') {
                    message.destroy();
                }
                return callback(err);
            }
            const envelopeTime = Date.now();
            const stream = this._createSendStream((err, str) => {
                if (err) {
                    return callback(err);
                }
                // the envelope info becomes the send result once the timings are on it
                const result = info;
                result.envelopeTime = envelopeTime - startTime;
                result.messageTime = Date.now() - envelopeTime;
                result.messageSize = stream.outByteCount;
                result.response = str;
                const serverMessageId = parseServerMessageId(result.response, this.options.host);
                if (serverMessageId) {
                    result.serverMessageId = serverMessageId;
                }
                // an LMTP server answers the message once per recipient, so recipients can be
                // refused after the envelope info was built without any rejected errors on it
                const rejectedErrors = this._envelope?.rejectedErrors;
                if (!result.rejectedErrors && rejectedErrors && rejectedErrors.length) {
                    result.rejectedErrors = rejectedErrors;
                }
                return callback(null, result);
            });
            if (typeof message.pipe === 'function') {
                message.pipe(stream);
            }
            else {
                stream.write(message);
                stream.end();
            }
        });
    }
    /**
     * Resets connection state
     *
     * @param callback Callback to return once connection is reset
     */
    reset(callback) {
        const isDestroyedMessage = this._isDestroyedMessage('reset');
        if (isDestroyedMessage) {
            return callback(this._formatError(isDestroyedMessage, 'ECONNECTION', false, 'API'));
        }
        this._sendCommand('RSET');
        this._responseActions.push(str => {
            if (str.charAt(0) !== '2') {
                return callback(this._formatError('Could not reset session state. response=' + str, 'EPROTOCOL', str, 'RSET'));
            }
            this._envelope = false;
            return callback(null, true);
        });
    }
    /**
     * Connection listener that is run when the connection to
     * the server is opened
     *
     * @event
     * @internal
     */
    _onConnect() {
        const socket = this._socket;
        this._clearPhase();
        this.logger.info({
            tnx: 'network',
            localAddress: socket.localAddress,
            localPort: socket.localPort,
            remoteAddress: socket.remoteAddress,
            remotePort: socket.remotePort
        }, '%s established to %s:%s', this.secure ? 'Secure connection' : 'Connection', socket.remoteAddress, socket.remotePort);
        if (this._destroyed) {
            // Connection was established after we already had canceled it
            this.close();
            return;
        }
        this.stage = 'connected';
        // clear existing listeners for the socket
        socket.removeListener('data', this._onSocketData);
        socket.removeListener('timeout', this._onSocketTimeout);
        socket.removeListener('close', this._onSocketClose);
        socket.removeListener('end', this._onSocketEnd);
        // Switch from connection-phase error handler to normal error handler
        socket.removeListener('error', this._onConnectionSocketError);
        // _upgradeConnection (options.connection + secure) may already have attached
        // the normal handler; remove it first so we never end up with a duplicate
        socket.removeListener('error', this._onSocketError);
        socket.on('error', this._onSocketError);
        socket.on('data', this._onSocketData);
        socket.once('close', this._onSocketClose);
        socket.once('end', this._onSocketEnd);
        socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT);
        socket.on('timeout', this._onSocketTimeout);
        // keepalive also covers sockets handed over by a proxy or by the caller
        if (typeof socket.setKeepAlive === 'function') {
            socket.setKeepAlive(true, KEEPALIVE_DELAY);
        }
        // Commands are written in the batches they belong to (see cork() for PIPELINING), Nagle
        // would only hold a write back until the server acknowledged the previous one. Against a
        // server that delays its ACKs that costs 40ms on every message
        if (typeof socket.setNoDelay === 'function') {
            socket.setNoDelay(true);
        }
        // bounded by greetingTimeout and by what is left of connectionTimeout, which covers setting
        // the session up from the DNS lookup to the end of a STARTTLS upgrade
        this._startPhase(this._remainingSetupTime(), timeoutError('Greeting never received', 'GREETING_TIMEOUT'));
        this._responseActions.push(this._actionGreeting);
        // we have a 'data' listener set up so resume socket if it was paused
        socket.resume();
    }
    /**
     * Ends the session after a 421 reply. The replies queued for commands sent along with the
     * answered one are not going to come, so the message in flight is failed here
     *
     * @param str The 421 reply
     * @internal
     */
    _onServerClosing(str) {
        if (this._destroyed) {
            return;
        }
        const pendingSend = this._pendingSend;
        const envelope = this._envelope;
        this._responseActions = [];
        this.close();
        if (pendingSend) {
            pendingSend.callback((envelope && envelope.mailError) || this._formatError('Server closed the connection', 'ECONNECTION', str, 'CONN'));
        }
    }
    /**
     * 'data' listener for data coming from the server
     *
     * @event
     * @param chunk Data chunk coming from the server
     * @internal
     */
    _onData(chunk) {
        if (this._destroyed || !chunk || !chunk.length) {
            return;
        }
        const maxResponseSize = this.options.maxResponseSize || MAX_RESPONSE_SIZE;
        const data = chunk.toString('binary');
        // A chunk without a line break only extends the line currently being received, so
        // keep it in the remainder and leave that string unflattened. Splitting the whole
        // remainder again on every chunk would rescan everything buffered for that line so
        // far, which is quadratic in the length of a line the peer never terminates
        if (!data.includes('\n')) {
            this._remainder += data;
            if (this._remainder.length > maxResponseSize) {
                return this._onResponseTooLarge();
            }
            return;
        }
        const lines = (this._remainder + data).split(/\r?\n/);
        this._remainder = lines.pop();
        for (let i = 0, len = lines.length; i < len; i++) {
            if (this._responsePartial) {
                this._responseQueue[this._responseQueue.length - 1] += '\n' + lines[i];
            }
            else {
                this._responseQueue.push(lines[i]);
            }
            // The line just added is the last line of that queue entry, so it alone decides
            // whether the reply is still partial. Looking for the last line of the accumulated
            // entry instead would rescan a string that grows with every continuation line,
            // which is quadratic in the size of the reply
            this._responsePartial = isPartialLine(lines[i]);
            // Checked as each line lands, so a peer that never completes a reply cannot keep
            // buffering, and the limit does not depend on how it split its bytes into chunks
            if (this._responsePartial && this._responseQueue[this._responseQueue.length - 1].length > maxResponseSize) {
                return this._onResponseTooLarge();
            }
        }
        if (this._remainder.length > maxResponseSize) {
            return this._onResponseTooLarge();
        }
        if (this._responsePartial) {
            return;
        }
        this._processResponse();
    }
    /**
     * Drops a connection whose peer keeps extending a reply it never completes, releasing
     * whatever was buffered for that reply
     * @internal
     */
    _onResponseTooLarge() {
        this._remainder = '';
        this._responseQueue = [];
        this._responsePartial = false;
        this._onError(new Error('Server response exceeds maximum allowed size'), 'EPROTOCOL', false, 'CONN');
    }
    /**
     * 'error' listener for the socket
     *
     * @event
     * @param err Error object
     * @param type Error name
     * @param data Server response that triggered the error, false if there is none
     * @param command SMTP command that was in flight
     * @internal
     */
    _onError(err, type, data, command) {
        this._clearPhase();
        if (this._destroyed) {
            // just ignore, already closed
            // this might happen when a socket is canceled because of reached timeout
            // but the socket timeout error itself receives only after
            return;
        }
        err = this._formatError(err, type, data, command);
        // the message carries the server response, it is an argument and not the format string
        if ((0,esm_errors/* isTransientError */.bV)(err)) {
            this.logger.warn({ tnx: 'smtp', err }, '%s', err.message);
        }
        else {
            this.logger.error({ tnx: 'smtp', err }, '%s', err.message);
        }
        // close() forgets the send in flight, it is completed with this same error afterwards so
        // a late message stream error has nothing left to report
        const pendingSend = this._pendingSend;
        this.emit('error', err);
        this.close();
        if (pendingSend) {
            pendingSend.callback(err);
        }
    }
    /** @internal */
    _formatError(message, type, response, command) {
        let err;
        if (/Error\]$/i.test(Object.prototype.toString.call(message))) {
            err = message;
        }
        else {
            err = new Error(message);
        }
        // a permission model denial keeps its own code, see ERR_ACCESS_DENIED
        if (type && type !== 'Error' && err.code !== esm_errors/* ERR_ACCESS_DENIED */.jK) {
            // the code of a system error, such as ECONNREFUSED, still tells what happened
            if (err.code && err.code !== type && !err.originalCode) {
                err.originalCode = err.code;
            }
            err.code = type;
        }
        if (response) {
            err.response = response;
            err.message += ': ' + response;
        }
        const responseCode = (typeof response === 'string' && Number((response.match(/^\d+/) || [])[0])) || false;
        if (responseCode) {
            err.responseCode = responseCode;
            err.permanent = (0,esm_errors/* isPermanentResponseCode */.TI)(responseCode);
        }
        if (command) {
            err.command = command;
        }
        return err;
    }
    /**
     * 'close' listener for the socket
     *
     * @event
     * @internal
     */
    _onClose() {
        let serverResponse = false;
        if (this._remainder && this._remainder.trim()) {
            this.lastServerResponse = serverResponse = decodeServerResponse(this._remainder.trim());
            if (this.options.debug || this.options.transactionLog) {
                this.logger.debug({
                    tnx: 'server'
                }, serverResponse);
            }
        }
        this.logger.info({
            tnx: 'network'
        }, 'Connection closed');
        // the unterminated remainder is only reported as a reply (and so gives the error a responseCode)
        // when it starts like a complete failure reply, not for a fragment such as "55" or a 250
        const failureResponse = typeof serverResponse === 'string' && /^[45]\d{2}[ -]/.test(serverResponse) ? serverResponse : false;
        if (this.upgrading && !this._destroyed) {
            return this._onError(new Error('Connection closed unexpectedly'), 'ETLS', failureResponse, 'CONN');
        }
        if (!failureResponse && this._responseActions[0] === this._actionGreeting && this._connectCallback && !this._destroyed) {
            // A silent close before the greeting is handed to the connect() callback rather than
            // emitted as 'error', callers that never saw an error for it must not start throwing one
            const connectCallback = this._connectCallback;
            this._connectCallback = false;
            const err = this._formatError(new Error('Connection closed unexpectedly'), 'ECONNECTION', false, 'CONN');
            this.logger.warn({ tnx: 'network' }, err.message);
            connectCallback(err);
            this.close();
            return;
        }
        if (!failureResponse && this.stage === 'connected' && !this._responseActions.length && !this._pendingSend && !this._destroyed && !this._closing) {
            // nothing was waiting for the server, so this is the server ending an idle session
            // (usually after its idle timeout), not a failure
            this.logger.info({
                tnx: 'network'
            }, 'Server closed the idle connection');
            return this._destroy();
        }
        if (failureResponse || (this._responseActions[0] !== this.close && !this._destroyed)) {
            return this._onError(new Error('Connection closed unexpectedly'), 'ECONNECTION', failureResponse, 'CONN');
        }
        this._destroy();
    }
    /**
     * 'end' listener for the socket
     *
     * @event
     * @internal
     */
    _onEnd() {
        if (this._socket && !this._socket.destroyed) {
            // Peer sent FIN, finish our half of the close gracefully rather
            // than destroying. 'close' fires after the OS finalizes teardown.
            this._socket.end();
        }
    }
    /**
     * 'timeout' listener for the socket
     *
     * @event
     * @internal
     */
    _onTimeout() {
        return this._onError(timeoutError('Timeout', 'SOCKET_TIMEOUT'), 'ETIMEDOUT', false, 'CONN');
    }
    /**
     * Destroys the client, emits 'end'
     * @internal
     */
    _destroy() {
        if (this._destroyed) {
            return;
        }
        this._destroyed = true;
        // keep the documented public flag in sync with the private state
        this.destroyed = true;
        // a connection the server dropped before the greeting would otherwise keep
        // the greeting timer, and with it the process, alive until it fires
        this._clearPhase();
        this.emit('end');
    }
    /**
     * Upgrades the connection to TLS
     *
     * @param callback Callback function to run when the connection
     *        has been secured
     * @internal
     */
    _upgradeConnection(callback) {
        if (this._destroyed || this._closing) {
            return;
        }
        // RFC 3207 section 6: the client MUST discard any knowledge obtained from
        // the server that was not received over the TLS-protected session. Drop any
        // buffered input received before the handshake so a man-in-the-middle cannot
        // inject plaintext bytes after the "220" reply (e.g. a CRLF-free fragment that
        // would otherwise be prepended to the first post-TLS response and parsed as
        // part of the secured EHLO capabilities). STARTTLS response injection.
        const discarded = this._remainder.length + this._responseQueue.reduce((total, response) => total + response.length, 0);
        if (discarded) {
            // a server does not send anything here on its own, this is worth knowing about
            this.logger.warn({
                tnx: 'smtp',
                discarded
            }, 'Discarded %s bytes received in plaintext after the STARTTLS response', discarded);
        }
        this._plaintextEhlo = false;
        this._remainder = '';
        this._responseQueue = [];
        this._responsePartial = false;
        // do not remove all listeners or it breaks node v0.10 as there's
        // apparently a 'finish' event set that would be cleared as well
        // we can safely keep 'error', 'end', 'close' etc. events
        const socketPlain = this._socket;
        socketPlain.removeListener('data', this._onSocketData); // incoming data is going to be gibberish from this point onwards
        socketPlain.removeListener('timeout', this._onSocketTimeout); // timeout will be re-set for the new socket object
        socketPlain.setTimeout(0);
        const opts = Object.assign({
            socket: socketPlain,
            host: this.host
        }, this.options.tls || {});
        // ensure servername for SNI
        if (this.servername && !opts.servername) {
            opts.servername = this.servername;
        }
        // Remove all listeners from the plain socket to allow proper garbage
        // collection. Used on both the TLS-success path and the synchronous
        // tls.connect() throw path; either way the plain socket is done.
        const removePlainSocketListeners = () => {
            socketPlain.removeListener('close', this._onSocketClose);
            socketPlain.removeListener('end', this._onSocketEnd);
            socketPlain.removeListener('error', this._onSocketError);
            // the connection-phase handler is attached when upgrading a pre-opened
            // options.connection socket; strip it so nothing lingers on the plain socket
            socketPlain.removeListener('error', this._onConnectionSocketError);
        };
        this.upgrading = true;
        // the socket timeout only notices a server that sends nothing at all, a handshake that
        // trickles along would otherwise hold the connection for as long as the server likes
        // STARTTLS is the last step of setting the session up
        this._startPhase(this._remainingSetupTime(), timeoutError('TLS handshake timed out', 'UPGRADE_TIMEOUT'));
        // tls.connect is not an asynchronous function however it may still throw errors and requires to be wrapped with try/catch
        try {
            this._socket = external_node_tls_.connect(opts, () => {
                this._clearPhase();
                this.secure = true;
                this.upgrading = false;
                this._socket.on('data', this._onSocketData);
                removePlainSocketListeners();
                return callback(null, true);
            });
        }
        catch (err) {
            this._clearPhase();
            removePlainSocketListeners();
            return callback(err);
        }
        this._socket.on('error', this._onSocketError);
        this._socket.once('close', this._onSocketClose);
        this._socket.once('end', this._onSocketEnd);
        this._socket.setTimeout(this.options.socketTimeout || SOCKET_TIMEOUT); // 10 min.
        this._socket.on('timeout', this._onSocketTimeout);
        // resume in case the socket was paused
        socketPlain.resume();
    }
    /**
     * Processes queued responses from the server
     * @internal
     */
    _processResponse() {
        if (!this._responseQueue.length) {
            return false;
        }
        const raw = (this._responseQueue.shift() || '').toString();
        // Skip unexpected empty lines without consuming a response action or
        // overwriting lastServerResponse; reprocess whatever else is queued.
        if (!raw.trim()) {
            setImmediate(() => this._processResponse());
            return;
        }
        if (isPartialResponse(raw)) {
            // the rest of the reply is still on its way: put it back on the queue and wait
            // rather than dropping it. It has not been received in full, so it must not be
            // reported as the last server response either
            this._responseQueue.unshift(raw);
            return;
        }
        const str = (this.lastServerResponse = decodeServerResponse(raw));
        if (this.options.debug || this.options.transactionLog) {
            this.logger.debug({
                tnx: 'server'
            }, str.replace(/\r?\n$/, ''));
        }
        const action = this._responseActions.shift();
        // RFC 5321 4.2: 421 means the server is about to close the connection, whatever it answers
        const closing = /^421[ -]/.test(str);
        if (typeof action === 'function') {
            // the command gets its own error first, the code tells which step failed
            action.call(this, str);
            if (closing) {
                return this._onServerClosing(str);
            }
            setImmediate(() => this._processResponse());
        }
        else if (closing && !this._pendingSend && this.stage === 'connected') {
            // RFC 5321 4.2: a server may send 421 at any time when it is about to close the
            // connection. Nothing was waiting for a reply, so this ends an idle session
            this.logger.info({
                tnx: 'smtp'
            }, 'Server closed the idle connection: %s', str);
            this.close();
        }
        else {
            return this._onError(new Error('Unexpected Response'), 'EPROTOCOL', str, 'CONN');
        }
    }
    /**
     * Send a command to the server, append \r\n
     *
     * @param str String to be sent to the server
     * @param logStr Optional string to be used for logging instead of the actual string
     * @internal
     */
    _sendCommand(str, logStr) {
        if (this._destroyed) {
            // Connection already closed, can't send any more data
            return;
        }
        const socket = this._socket;
        if (socket.destroyed) {
            return this.close();
        }
        if (this.options.debug || this.options.transactionLog) {
            this.logger.debug({
                tnx: 'client'
            }, (logStr || str || '').toString().replace(/\r?\n$/, ''));
        }
        socket.write(Buffer.from(str + '\r\n', 'utf-8'));
    }
    /**
     * Initiates a new message by submitting envelope data, starting with
     * MAIL FROM: command
     *
     * @param envelope Envelope object in the form of
     *        {from:'...', to:['...']}
     *        or
     *        {from:{address:'...',name:'...'}, to:[address:'...',name:'...']}
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _setEnvelope(envelope, callback) {
        const args = [];
        let useSmtpUtf8 = false;
        this._envelope = (envelope || {});
        this._envelope.from = ((this._envelope.from && this._envelope.from.address) || this._envelope.from || '').toString().trim();
        this._envelope.to = []
            .concat(this._envelope.to || [])
            .map(to => ((to && to.address) || to || '').toString().trim());
        if (!this._envelope.to.length) {
            return callback(this._formatError('No recipients defined', 'EENVELOPE', false, 'API'));
        }
        if (this._envelope.from && /[\r\n<>]/.test(this._envelope.from)) {
            return callback(this._formatError('Invalid sender ' + JSON.stringify(this._envelope.from), 'EENVELOPE', false, 'API'));
        }
        // check if the sender address uses only ASCII characters,
        // otherwise require usage of SMTPUTF8 extension
        if (/[\x80-\uFFFF]/.test(this._envelope.from)) {
            useSmtpUtf8 = true;
        }
        for (let i = 0, len = this._envelope.to.length; i < len; i++) {
            if (!this._envelope.to[i] || /[\r\n<>]/.test(this._envelope.to[i])) {
                return callback(this._formatError('Invalid recipient ' + JSON.stringify(this._envelope.to[i]), 'EENVELOPE', false, 'API'));
            }
            // check if the recipients addresses use only ASCII characters,
            // otherwise require usage of SMTPUTF8 extension
            if (/[\x80-\uFFFF]/.test(this._envelope.to[i])) {
                useSmtpUtf8 = true;
            }
        }
        // clone the recipients array for latter manipulation
        this._envelope.rcptQueue = [].concat(this._envelope.to || []);
        this._envelope.rejected = [];
        this._envelope.rejectedErrors = [];
        this._envelope.accepted = [];
        if (this._envelope.dsn) {
            try {
                this._envelope.dsn = this._setDsnEnvelope(this._envelope.dsn);
            }
            catch (err) {
                return callback(this._formatError('Invalid DSN ' + err.message, 'EENVELOPE', false, 'API'));
            }
        }
        // RFC 8689: validate REQUIRETLS eligibility before queuing the MAIL FROM
        // response action, so a rejection here cannot leave an orphaned action in
        // _responseActions (which would consume the next reply and desync a reused
        // connection).
        if (this._envelope.requireTLSExtensionEnabled) {
            if (!this.secure) {
                return callback(this._formatError('REQUIRETLS can only be used over TLS connections (RFC 8689)', 'EREQUIRETLS', false, 'MAIL FROM'));
            }
            if (!this._supportedExtensions.includes('REQUIRETLS')) {
                return callback(this._formatError('Server does not support REQUIRETLS extension (RFC 8689)', 'EREQUIRETLS', false, 'MAIL FROM'));
            }
        }
        // RFC 2920: with PIPELINING the whole envelope and DATA go out without waiting for the
        // replies in between, which saves two round trips for every message
        this._envelope.pipelined = this._supportedExtensions.includes('PIPELINING');
        this._responseActions.push(str => {
            this._actionMAIL(str, callback);
        });
        // If the server supports SMTPUTF8 and the envelope includes an internationalized
        // email address then append SMTPUTF8 keyword to the MAIL FROM command
        if (useSmtpUtf8 && this._supportedExtensions.includes('SMTPUTF8')) {
            args.push('SMTPUTF8');
            this._usingSmtpUtf8 = true;
        }
        // If the server supports 8BITMIME and the message might contain non-ascii bytes
        // then append the 8BITMIME keyword to the MAIL FROM command
        if (this._envelope.use8BitMime && this._supportedExtensions.includes('8BITMIME')) {
            args.push('BODY=8BITMIME');
            this._using8BitMime = true;
        }
        if (this._envelope.size && this._supportedExtensions.includes('SIZE')) {
            const sizeValue = Number(this._envelope.size) || 0;
            if (sizeValue > 0) {
                args.push('SIZE=' + sizeValue);
            }
        }
        // If the server supports DSN and the envelope includes an DSN prop
        // then append DSN params to the MAIL FROM command
        if (this._envelope.dsn && this._supportedExtensions.includes('DSN')) {
            if (this._envelope.dsn.ret) {
                args.push('RET=' + shared/* encodeXText */.Iy(this._envelope.dsn.ret));
            }
            if (this._envelope.dsn.envid) {
                args.push('ENVID=' + shared/* encodeXText */.Iy(this._envelope.dsn.envid));
            }
        }
        // RFC 8689: append the REQUIRETLS keyword to MAIL FROM. Eligibility
        // (TLS connection + server support) was already validated above, before
        // the response action was queued.
        if (this._envelope.requireTLSExtensionEnabled) {
            args.push('REQUIRETLS');
        }
        const mailFrom = 'MAIL FROM:<' + this._envelope.from + '>' + (args.length ? ' ' + args.join(' ') : '');
        this._recipientQueue = [];
        if (!this._envelope.pipelined) {
            this._sendCommand(mailFrom);
            return;
        }
        // corked, so the batch leaves in one segment instead of the first command alone
        const socket = this._socket;
        socket.cork();
        this._sendCommand(mailFrom);
        while (this._envelope.rcptQueue.length) {
            this._sendRcpt(this._envelope.rcptQueue.shift(), callback);
        }
        this._responseActions.push(str => {
            this._actionDATA(str, callback);
        });
        this._sendCommand('DATA');
        socket.uncork();
    }
    /**
     * Sends RCPT TO for a recipient and queues the handler for the reply
     *
     * @param recipient Recipient address
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _sendRcpt(recipient, callback) {
        this._recipientQueue.push(recipient);
        this._responseActions.push(str => {
            this._actionRCPT(str, callback);
        });
        this._sendCommand('RCPT TO:<' + recipient + '>' + this._getDsnRcptToArgs());
    }
    /** @internal */
    _setDsnEnvelope(params) {
        let ret = (params.ret || params.return || '').toString().toUpperCase() || null;
        if (ret) {
            switch (ret) {
                case 'HDRS':
                case 'HEADERS':
                    ret = 'HDRS';
                    break;
                case 'FULL':
                case 'BODY':
                    ret = 'FULL';
                    break;
            }
        }
        if (ret && !['FULL', 'HDRS'].includes(ret)) {
            throw new Error('ret: ' + JSON.stringify(ret));
        }
        const envid = (params.envid || params.id || '').toString() || null;
        let notify = params.notify || null;
        if (notify) {
            if (typeof notify === 'string') {
                notify = notify.split(',');
            }
            notify = notify.map(n => n.trim().toUpperCase());
            const validNotify = ['NEVER', 'SUCCESS', 'FAILURE', 'DELAY'];
            const invalidNotify = notify.filter(n => !validNotify.includes(n));
            if (invalidNotify.length || (notify.length > 1 && notify.includes('NEVER'))) {
                throw new Error('notify: ' + JSON.stringify(notify.join(',')));
            }
            notify = notify.join(',');
        }
        let orcpt = (params.recipient || params.orcpt || '').toString() || null;
        if (orcpt && orcpt.indexOf(';') < 0) {
            orcpt = 'rfc822;' + orcpt;
        }
        return {
            ret,
            envid,
            notify,
            orcpt
        };
    }
    /** @internal */
    _getDsnRcptToArgs() {
        const envelope = this._envelope;
        const args = [];
        // If the server supports DSN and the envelope includes an DSN prop
        // then append DSN params to the RCPT TO command
        if (envelope.dsn && this._supportedExtensions.includes('DSN')) {
            if (envelope.dsn.notify) {
                args.push('NOTIFY=' + shared/* encodeXText */.Iy(envelope.dsn.notify));
            }
            if (envelope.dsn.orcpt) {
                args.push('ORCPT=' + shared/* encodeXText */.Iy(envelope.dsn.orcpt));
            }
        }
        return args.length ? ' ' + args.join(' ') : '';
    }
    /** @internal */
    _createSendStream(callback) {
        const envelope = this._envelope;
        const dataStream = new DataStream();
        if (this.options.lmtp) {
            envelope.accepted.forEach((recipient, i) => {
                const final = i === envelope.accepted.length - 1;
                this._responseActions.push(str => {
                    this._actionLMTPStream(recipient, final, str, callback);
                });
            });
        }
        else {
            this._responseActions.push(str => {
                this._actionSMTPStream(str, callback);
            });
        }
        this._currentDataStream = dataStream;
        dataStream.pipe(this._socket, {
            end: false
        });
        if (this.options.debug) {
            const logStream = new external_node_stream_.PassThrough();
            logStream.on('readable', () => {
                let chunk;
                while ((chunk = logStream.read())) {
                    this.logger.debug({
                        tnx: 'message'
                    }, chunk.toString('binary').replace(/\r?\n$/, ''));
                }
            });
            dataStream.pipe(logStream);
        }
        dataStream.once('end', () => {
            if (this._currentDataStream === dataStream) {
                this._currentDataStream = false;
            }
            this.logger.info({
                tnx: 'message',
                inByteCount: dataStream.inByteCount,
                outByteCount: dataStream.outByteCount
            }, '<%s bytes encoded mime message (source size %s bytes)>', dataStream.outByteCount, dataStream.inByteCount);
        });
        return dataStream;
    }
    /** ACTIONS **/
    /**
     * Will be run after the connection is created and the server sends
     * a greeting. If the incoming message starts with 220 initiate
     * SMTP session by sending EHLO command
     *
     * @param str Message from the server
     * @internal
     */
    _actionGreeting(str) {
        this._clearPhase();
        if (str.substr(0, 3) !== '220') {
            this._onError(new Error('Invalid greeting. response=' + str), 'EPROTOCOL', str, 'CONN');
            return;
        }
        if (this.options.lmtp) {
            this._responseActions.push(this._actionLHLO);
            this._sendCommand('LHLO ' + this.name);
        }
        else {
            this._responseActions.push(this._actionEHLO);
            this._sendCommand('EHLO ' + this.name);
        }
    }
    /**
     * Handles server response for LHLO command. If it yielded in
     * error, emit 'error', otherwise treat this as an EHLO response
     *
     * @param str Message from the server
     * @internal
     */
    _actionLHLO(str) {
        if (str.charAt(0) !== '2') {
            this._onError(new Error('Invalid LHLO. response=' + str), 'EPROTOCOL', str, 'LHLO');
            return;
        }
        this._actionEHLO(str);
    }
    /**
     * Handles server response for EHLO command. If it yielded in
     * error, try HELO instead, otherwise initiate TLS negotiation
     * if STARTTLS is supported by the server or move into the
     * authentication phase.
     *
     * @param str Message from the server
     * @internal
     */
    _actionEHLO(str) {
        if (str.substr(0, 3) === '421') {
            this._onError(new Error('Server terminates connection. response=' + str), 'ECONNECTION', str, 'EHLO');
            return;
        }
        if (str.charAt(0) !== '2') {
            if (this.options.requireTLS) {
                this._onError(new Error('EHLO failed but HELO does not support required STARTTLS. response=' + str), 'ECONNECTION', str, 'EHLO');
                return;
            }
            // Try HELO instead
            this._responseActions.push(this._actionHELO);
            this._sendCommand('HELO ' + this.name);
            return;
        }
        // Detect if the server supports STARTTLS
        if (!this.secure && !this.options.ignoreTLS && (/[ -]STARTTLS\b/im.test(str) || this.options.requireTLS)) {
            // kept for opportunisticTLS, a session that stays in plaintext still has these extensions
            this._plaintextEhlo = str;
            this._sendCommand('STARTTLS');
            this._responseActions.push(this._actionSTARTTLS);
            return;
        }
        this._parseEhloExtensions(str);
        this.emit('connect');
    }
    /**
     * Reads the extensions and the authentication mechanisms out of an EHLO response
     *
     * @param str EHLO response from the server
     * @internal
     */
    _parseEhloExtensions(str) {
        let match;
        this._ehloLines = str
            .split(/\r?\n/)
            .map(line => line.replace(/^\d+[ -]/, '').trim())
            .filter(line => line)
            .slice(1);
        // Detect if the server supports SMTPUTF8
        if (/[ -]SMTPUTF8\b/im.test(str)) {
            this._supportedExtensions.push('SMTPUTF8');
        }
        // Detect if the server supports DSN
        if (/[ -]DSN\b/im.test(str)) {
            this._supportedExtensions.push('DSN');
        }
        // Detect if the server supports 8BITMIME
        if (/[ -]8BITMIME\b/im.test(str)) {
            this._supportedExtensions.push('8BITMIME');
        }
        // Detect if the server supports REQUIRETLS (RFC 8689)
        if (/[ -]REQUIRETLS\b/im.test(str)) {
            this._supportedExtensions.push('REQUIRETLS');
        }
        // Detect if the server supports PIPELINING
        if (/[ -]PIPELINING\b/im.test(str)) {
            this._supportedExtensions.push('PIPELINING');
        }
        // Detect if the server supports AUTH
        if (/[ -]AUTH\b/i.test(str)) {
            this.allowsAuth = true;
        }
        // Detect the advertised SASL mechanisms. The list is split into whole tokens rather
        // than searched for each name with a pattern: the patterns this replaced let two
        // whitespace runs overlap and backtracked quadratically over an AUTH line padded with
        // spaces, so a hostile server could stall the event loop from its EHLO reply
        // (GHSA-4ffr-jq9g-5ffx).
        const authMechanisms = new Set();
        for (const line of this._ehloLines) {
            const authMatch = /^AUTH[\s=](.*)/i.exec(line);
            if (authMatch) {
                for (const mechanism of authMatch[1].split(/[\s=]+/)) {
                    authMechanisms.add(mechanism.toUpperCase());
                }
            }
        }
        // listed in order of preference, the first one the credentials allow is used
        for (const mechanism of ['PLAIN', 'LOGIN', 'CRAM-MD5', 'XOAUTH2']) {
            if (authMechanisms.has(mechanism)) {
                this._supportedAuth.push(mechanism);
            }
        }
        // Detect if the server supports SIZE extensions (and the max allowed size)
        if ((match = str.match(/[ -]SIZE(?:[ \t]+(\d+))?/im))) {
            this._supportedExtensions.push('SIZE');
            this._maxAllowedSize = Number(match[1]) || 0;
        }
    }
    /**
     * Handles server response for HELO command. If it yielded in
     * error, emit 'error', otherwise move into the authentication phase.
     *
     * @param str Message from the server
     * @internal
     */
    _actionHELO(str) {
        if (str.charAt(0) !== '2') {
            this._onError(new Error('Invalid HELO. response=' + str), 'EPROTOCOL', str, 'HELO');
            return;
        }
        // assume that authentication is enabled (most probably is not though)
        this.allowsAuth = true;
        this.emit('connect');
    }
    /**
     * Handles server response for STARTTLS command. If there's an error
     * try HELO instead, otherwise initiate TLS upgrade. If the upgrade
     * succeedes restart the EHLO
     *
     * @param str Message from the server
     * @internal
     */
    _actionSTARTTLS(str) {
        if (str.charAt(0) !== '2') {
            if (this.options.opportunisticTLS) {
                this.logger.info({
                    tnx: 'smtp'
                }, 'Failed STARTTLS upgrade, continuing unencrypted');
                // the plaintext session goes on with what the server announced for it, except for
                // AUTH: credentials are not sent over a connection that failed to encrypt
                if (this._plaintextEhlo) {
                    this._parseEhloExtensions(this._plaintextEhlo);
                    this._plaintextEhlo = false;
                    this.allowsAuth = false;
                    this._supportedAuth = [];
                }
                this.emit('connect');
                return;
            }
            this._onError(new Error('Error upgrading connection with STARTTLS'), 'ETLS', str, 'STARTTLS');
            return;
        }
        this._upgradeConnection((err, secured) => {
            if (err) {
                this._onError(new Error('Error initiating TLS - ' + (err.message || err)), 'ETLS', false, 'STARTTLS');
                return;
            }
            this.logger.info({
                tnx: 'smtp'
            }, 'Connection upgraded with STARTTLS');
            if (secured) {
                // restart session
                if (this.options.lmtp) {
                    this._responseActions.push(this._actionLHLO);
                    this._sendCommand('LHLO ' + this.name);
                }
                else {
                    this._responseActions.push(this._actionEHLO);
                    this._sendCommand('EHLO ' + this.name);
                }
            }
            else {
                this.emit('connect');
            }
        });
    }
    /**
     * Handle the response for AUTH LOGIN command. We are expecting
     * '334 VXNlcm5hbWU6' (base64 for 'Username:'). Data to be sent as
     * response needs to be base64 encoded username. We do not need
     * exact match but settle with 334 response in general as some
     * hosts invalidly use a longer message than VXNlcm5hbWU6
     *
     * @param str Message from the server
     * @param callback Callback to run once the authentication sequence completes
     * @internal
     */
    _actionAUTH_LOGIN_USER(str, callback) {
        if (!/^334[ -]/.test(str)) {
            // expecting '334 VXNlcm5hbWU6'
            callback(this._formatError('Invalid login sequence while waiting for "334 VXNlcm5hbWU6"', 'EAUTH', str, 'AUTH LOGIN'));
            return;
        }
        this._responseActions.push(str => {
            this._actionAUTH_LOGIN_PASS(str, callback);
        });
        this._sendCommand(Buffer.from(this._auth.credentials.user + '', 'utf-8').toString('base64'));
    }
    /**
     * Handle the response for AUTH CRAM-MD5 command. We are expecting
     * '334 <challenge string>'. Data to be sent as response needs to be
     * base64 decoded challenge string, MD5 hashed using the password as
     * a HMAC key, prefixed by the username and a space, and finally all
     * base64 encoded again.
     *
     * @param str Message from the server
     * @param callback Callback to run once the authentication sequence completes
     * @internal
     */
    _actionAUTH_CRAM_MD5(str, callback) {
        const challengeMatch = str.match(/^334\s+(.+)$/);
        if (!challengeMatch) {
            return callback(this._formatError('Invalid login sequence while waiting for server challenge string', 'EAUTH', str, 'AUTH CRAM-MD5'));
        }
        // Decode from base64
        const base64decoded = Buffer.from(challengeMatch[1], 'base64').toString('ascii');
        const hmacMD5 = external_node_crypto_.createHmac('md5', this._auth.credentials.pass);
        hmacMD5.update(base64decoded);
        const prepended = this._auth.credentials.user + ' ' + hmacMD5.digest('hex');
        this._responseActions.push(str => {
            this._actionAUTH_CRAM_MD5_PASS(str, callback);
        });
        this._sendCommand(Buffer.from(prepended).toString('base64'), 
        // hidden hash for logs
        Buffer.from(this._auth.credentials.user + ' /* secret */').toString('base64'));
    }
    /**
     * Handles the response to CRAM-MD5 authentication, if there's no error,
     * the user can be considered logged in. Start waiting for a message to send
     *
     * @param str Message from the server
     * @param callback Callback to run once the authentication sequence completes
     * @internal
     */
    _actionAUTH_CRAM_MD5_PASS(str, callback) {
        if (!str.match(/^235\s+/)) {
            return callback(this._formatError('Invalid login sequence while waiting for "235"', 'EAUTH', str, 'AUTH CRAM-MD5'));
        }
        this.logger.info({
            tnx: 'smtp',
            username: this._auth.user,
            action: 'authenticated',
            method: this._authMethod
        }, 'User %s authenticated', JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
    }
    /**
     * Handle the response for AUTH LOGIN command. We are expecting
     * '334 UGFzc3dvcmQ6' (base64 for 'Password:'). Data to be sent as
     * response needs to be base64 encoded password.
     *
     * @param str Message from the server
     * @param callback Callback to run once the authentication sequence completes
     * @internal
     */
    _actionAUTH_LOGIN_PASS(str, callback) {
        if (!/^334[ -]/.test(str)) {
            // expecting '334 UGFzc3dvcmQ6'
            return callback(this._formatError('Invalid login sequence while waiting for "334 UGFzc3dvcmQ6"', 'EAUTH', str, 'AUTH LOGIN'));
        }
        this._responseActions.push(str => {
            this._actionAUTHComplete(str, callback);
        });
        this._sendCommand(Buffer.from((this._auth.credentials.pass || '').toString(), 'utf-8').toString('base64'), 
        // Hidden pass for logs
        Buffer.from('/* secret */', 'utf-8').toString('base64'));
    }
    /**
     * Handles the response for authentication, if there's no error,
     * the user can be considered logged in. Start waiting for a message to send
     *
     * @param str Message from the server
     * @param isRetry True if this is a retry after a failed login, or the callback itself
     * @param [callback] Callback to run once the authentication sequence completes
     * @internal
     */
    _actionAUTHComplete(str, isRetry, callback) {
        if (!callback && typeof isRetry === 'function') {
            callback = isRetry;
            isRetry = false;
        }
        if (str.substr(0, 3) === '334') {
            this._responseActions.push(str => {
                if (isRetry || this._authMethod !== 'XOAUTH2') {
                    this._actionAUTHComplete(str, true, callback);
                }
                else {
                    // fetch a new OAuth2 access token
                    setImmediate(() => this._handleXOauth2Token(true, callback));
                }
            });
            this._sendCommand('');
            return;
        }
        if (str.charAt(0) !== '2') {
            this.logger.info({
                tnx: 'smtp',
                username: this._auth.user,
                action: 'authfail',
                method: this._authMethod
            }, 'User %s failed to authenticate', JSON.stringify(this._auth.user));
            return callback(this._formatError('Invalid login', 'EAUTH', str, 'AUTH ' + this._authMethod));
        }
        this.logger.info({
            tnx: 'smtp',
            username: this._auth.user,
            action: 'authenticated',
            method: this._authMethod
        }, 'User %s authenticated', JSON.stringify(this._auth.user));
        this.authenticated = true;
        callback(null, true);
    }
    /**
     * Handle response for a MAIL FROM: command
     *
     * @param str Message from the server
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _actionMAIL(str, callback) {
        const envelope = this._envelope;
        if (Number(str.charAt(0)) !== 2) {
            const message = this._usingSmtpUtf8 && /^550 /.test(str) && /[\x80-\uFFFF]/.test(envelope.from)
                ? 'Internationalized mailbox name not allowed'
                : 'Mail command failed';
            envelope.mailError = this._formatError(message, 'EENVELOPE', str, 'MAIL FROM');
        }
        this._advanceEnvelope(str, callback);
    }
    /**
     * Handle response for a RCPT TO: command
     *
     * @param str Message from the server
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _actionRCPT(str, callback) {
        const envelope = this._envelope;
        let err;
        const curRecipient = this._recipientQueue.shift();
        if (Number(str.charAt(0)) !== 2) {
            // this is a soft error
            const message = this._usingSmtpUtf8 && /^553 /.test(str) && /[\x80-\uFFFF]/.test(curRecipient)
                ? 'Internationalized mailbox name not allowed'
                : 'Recipient command failed';
            envelope.rejected.push(curRecipient);
            // store error for the failed recipient
            err = this._formatError(message, 'EENVELOPE', str, 'RCPT TO');
            err.recipient = curRecipient;
            envelope.rejectedErrors.push(err);
        }
        else {
            envelope.accepted.push(curRecipient);
        }
        this._advanceEnvelope(str, callback);
    }
    /**
     * Moves the envelope on after a reply to MAIL FROM or RCPT TO. A pipelined envelope sent every
     * command at once and is decided by the reply to DATA. Otherwise the commands go one at a
     * time: the next recipient, or once every reply is in, DATA or the error that ends the message
     *
     * @param str The reply that was handled
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _advanceEnvelope(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
            return;
        }
        if (envelope.mailError) {
            return callback(envelope.mailError);
        }
        if (envelope.rcptQueue.length) {
            return this._sendRcpt(envelope.rcptQueue.shift(), callback);
        }
        if (this._recipientQueue.length) {
            // replies still to come
            return;
        }
        const err = this._envelopeError(str);
        if (err) {
            return callback(err);
        }
        this._responseActions.push(str => {
            this._actionDATA(str, callback);
        });
        this._sendCommand('DATA');
    }
    /**
     * Decides how the envelope went once every reply to MAIL FROM and RCPT TO is in. Called after
     * the last RCPT TO reply, or with PIPELINING on the reply to the DATA command sent along
     *
     * @param str The reply being handled
     * @returns The error to fail the message with, or null when DATA can go ahead
     * @internal
     */
    _envelopeError(str) {
        const envelope = this._envelope;
        if (envelope.mailError) {
            return envelope.mailError;
        }
        if (envelope.accepted.length) {
            return null;
        }
        // report a temporary rejection when there is one, taking the last reply would mark the
        // whole message as permanently failed although some recipients were only deferred
        const deferred = envelope.rejectedErrors.find(rejectedErr => rejectedErr.responseCode && rejectedErr.responseCode < 500);
        const lastRejected = envelope.rejectedErrors[envelope.rejectedErrors.length - 1];
        const reply = deferred?.response ?? (envelope.pipelined && lastRejected ? lastRejected.response : str);
        // every recipient was rejected
        const err = this._formatError("Can't send mail - all recipients were rejected", 'EENVELOPE', reply, 'RCPT TO');
        err.rejected = envelope.rejected;
        err.rejectedErrors = envelope.rejectedErrors;
        return err;
    }
    /**
     * Handle response for a DATA command
     *
     * @param str Message from the server
     * @param callback Callback to run once the envelope is processed
     * @internal
     */
    _actionDATA(str, callback) {
        const envelope = this._envelope;
        if (envelope.pipelined) {
            const err = this._envelopeError(str);
            if (err) {
                if (/^3/.test(str)) {
                    if (envelope.mailError) {
                        // A server that refused the sender has no transaction to end, one that
                        // took DATA anyway can not be trusted with an empty message either.
                        // Drop the connection instead of answering it
                        this.close();
                        return callback(err);
                    }
                    // A server must refuse DATA without an accepted recipient, this one took it
                    // anyway. End the empty message, it has nobody to go to, so the session
                    // stays usable
                    this._responseActions.push(() => callback(err));
                    this._sendCommand('.');
                    return;
                }
                return callback(err);
            }
        }
        // response should be 354 but according to this issue https://github.com/eleith/emailjs/issues/24
        // some servers might use 250 instead, so lets check for 2 or 3 as the first digit
        if (!/^[23]/.test(str)) {
            return callback(this._formatError('Data command failed', 'EENVELOPE', str, 'DATA'));
        }
        const response = {
            accepted: envelope.accepted,
            rejected: envelope.rejected
        };
        if (this._ehloLines && this._ehloLines.length) {
            response.ehlo = this._ehloLines;
        }
        if (envelope.rejectedErrors.length) {
            response.rejectedErrors = envelope.rejectedErrors;
        }
        callback(null, response);
    }
    /**
     * Handle response for a DATA stream when using SMTP
     * We expect a single response that defines if the sending succeeded or failed
     *
     * @param str Message from the server
     * @param callback Callback to run with the final send result
     * @internal
     */
    _actionSMTPStream(str, callback) {
        if (Number(str.charAt(0)) !== 2) {
            return callback(this._formatError('Message failed', 'EMESSAGE', str, 'DATA'));
        }
        return callback(null, str);
    }
    /**
     * Handle response for a DATA stream
     * We expect a separate response for every recipient. All recipients can either
     * succeed or fail separately
     *
     * @param recipient The recipient this response applies to
     * @param final Is this the final recipient?
     * @param str Message from the server
     * @param callback Callback to run with the final send result
     * @internal
     */
    _actionLMTPStream(recipient, final, str, callback) {
        const envelope = this._envelope;
        let err;
        if (Number(str.charAt(0)) !== 2) {
            // Message failed
            err = this._formatError('Message failed for recipient ' + recipient, 'EMESSAGE', str, 'DATA');
            err.recipient = recipient;
            envelope.rejected.push(recipient);
            envelope.rejectedErrors.push(err);
            for (let i = 0, len = envelope.accepted.length; i < len; i++) {
                if (envelope.accepted[i] === recipient) {
                    envelope.accepted.splice(i, 1);
                }
            }
        }
        if (final) {
            return callback(null, str);
        }
    }
    /** @internal */
    _handleXOauth2Token(isRetry, callback) {
        this._auth.oauth2.getToken(isRetry, (err, accessToken) => {
            if (err) {
                this.logger.info({
                    tnx: 'smtp',
                    username: this._auth.user,
                    action: 'authfail',
                    method: this._authMethod
                }, 'User %s failed to authenticate', JSON.stringify(this._auth.user));
                return callback(this._formatError(err, 'EAUTH', false, 'AUTH XOAUTH2'));
            }
            this._responseActions.push(str => {
                this._actionAUTHComplete(str, isRetry, callback);
            });
            this._sendCommand('AUTH XOAUTH2 ' + this._auth.oauth2.buildXOAuth2Token(accessToken), 
            //  Hidden for logs
            'AUTH XOAUTH2 ' + this._auth.oauth2.buildXOAuth2Token('/* secret */'));
        });
    }
    /**
     *
     * @param command
     * @internal
     */
    _isDestroyedMessage(command) {
        if (this._destroyed) {
            return 'Cannot ' + command + ' - smtp connection is already destroyed.';
        }
        if (this._socket) {
            if (this._socket.destroyed) {
                return 'Cannot ' + command + ' - smtp connection socket is already destroyed.';
            }
            if (!this._socket.writable) {
                return 'Cannot ' + command + ' - smtp connection socket is already half-closed.';
            }
        }
    }
    /** @internal */
    _getHostname() {
        // defaul hostname is machine hostname or [IP]
        let defaultHostname;
        try {
            defaultHostname = external_node_os_.hostname() || '';
        }
        catch (_err) {
            // fails on windows 7
            defaultHostname = 'localhost';
        }
        // ignore if not FQDN
        if (!defaultHostname || defaultHostname.indexOf('.') < 0) {
            defaultHostname = '[127.0.0.1]';
        }
        // IP should be enclosed in []
        if (defaultHostname.match(/^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/)) {
            defaultHostname = '[' + defaultHostname + ']';
        }
        return defaultHostname;
    }
}
/* harmony default export */ const smtp_connection = (SMTPConnection);

;// CONCATENATED MODULE: ./src/loopback.ts

/**
 * The loopback addresses in the order they are tried: IPv6 first, as Node's Happy Eyeballs
 * (RFC 8305) tries a host that has both.
 */
const LOOPBACK = [
    { address: '::1', family: 6 },
    { address: '127.0.0.1', family: 4 }
];
/** `localhost` and the names under it (`mail.localhost`), which RFC 6761 reserves for the loopback. */
function isLocalhostName(host) {
    return /^(?:[^.]+\.)*localhost\.?$/i.test(host);
}
const loopbackLookup = (_hostname, options, callback) => {
    if (options.all)
        return process.nextTick(callback, null, [...LOOPBACK]);
    process.nextTick(callback, null, LOOPBACK[0].address, LOOPBACK[0].family);
};
/**
 * An unconnected socket for nodemailer's `socket` option that reaches a localhost name on
 * both ::1 and 127.0.0.1. RFC 6761 makes localhost the loopback over either family, yet
 * many /etc/hosts files list only 127.0.0.1, and nodemailer then connects there alone, so
 * a server that listens on ::1 only was never reached. nodemailer connects a socket it is
 * given with `connect(port, host, listener)`; the options added here let Node try both
 * addresses in turn (autoSelectFamily). TLS is unchanged: nodemailer still verifies the
 * certificate against the host name.
 */
function loopbackSocket() {
    const socket = new (external_node_net_default()).Socket();
    const connect = socket.connect.bind(socket);
    socket.connect = ((port, host, listener) => connect({ port, host, lookup: loopbackLookup, autoSelectFamily: true }, listener));
    return socket;
}

// EXTERNAL MODULE: ./src/mail.ts
var src_mail = __nccwpck_require__(3496);
// EXTERNAL MODULE: ./src/xoauth2.ts
var xoauth2 = __nccwpck_require__(6052);
// EXTERNAL MODULE: ./src/settings.ts
var src_settings = __nccwpck_require__(8750);
;// CONCATENATED MODULE: ./src/send.ts

// nodemailer's SMTP client and MIME composer, without the Mail and SMTPTransport layers
// around them: those also load DKIM signing, the well-known services list and OAuth2 token
// handling, which a notification never uses, and cost about 8 ms at every start (npm run bench).










/**
 * The EHLO name: the machine's host name when it looks like one. Gmail refuses some EHLO
 * names, and nodemailer would otherwise send an address literal such as [127.0.0.1].
 */
function ehloName(host = (0,external_node_os_.hostname)()) {
    const isHostName = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/i.test(host);
    // An IPv4 address is only valid in EHLO as a literal ([10.0.0.1]), which is what to avoid.
    const isAddress = /^[\d.]+$/.test(host);
    return isHostName && !isAddress ? host : 'localhost';
}
/** The log lines of a send, in every language (see language.ts). */
const send_WORDS = (0,src_language/* defineWords */.Pw)('send', {
    batch: {
        en: (index, count, recipients) => `Message ${index} of ${count}: ${recipients} recipients (at most ${MAX_RECIPIENTS_PER_MESSAGE} per message).`,
        ko: (index, count, recipients) => `\uba54\uc2dc\uc9c0 ${count}\uac1c \uc911 ${index}\ubc88\uc9f8: \ubc1b\ub294 \uc0ac\ub78c ${recipients}\uba85(\uba54\uc2dc\uc9c0 \ud558\ub098\uc5d0 \ucd5c\ub300 ${MAX_RECIPIENTS_PER_MESSAGE}\uba85).`
    },
    nextAttempt: {
        en: (next, total, seconds) => `Attempt ${next} of ${total} in ${seconds} s.`,
        ko: (next, total, seconds) => `${seconds}\ucd08 \ub4a4\uc5d0 ${total}\ubc88 \uc911 ${next}\ubc88\uc9f8 \uc2dc\ub3c4\ub97c \ud569\ub2c8\ub2e4.`
    },
    attemptFailed: {
        en: (attempt, total, diagnosis, unconfirmed) => `Attempt ${attempt} of ${total} failed: ${diagnosis.title}${diagnosis.reply ? ` (${diagnosis.reply})` : diagnosis.detail ? ` (${diagnosis.detail})` : ''}. ` +
            (unconfirmed
                ? 'Trying again: the server may have accepted the message before the connection was lost, so a duplicate is possible (it has the same Message-ID). A duplicate beats a lost notification.'
                : 'This is temporary; trying again.'),
        ko: (attempt, total, diagnosis, unconfirmed) => `${total}\ubc88 \uc911 ${attempt}\ubc88\uc9f8 \uc2dc\ub3c4\uac00 \uc2e4\ud328\ud588\uc2b5\ub2c8\ub2e4: ${diagnosis.title}${diagnosis.reply ? ` (${diagnosis.reply})` : diagnosis.detail ? ` (${diagnosis.detail})` : ''}. ` +
            (unconfirmed
                ? '\ub2e4\uc2dc \uc2dc\ub3c4\ud569\ub2c8\ub2e4. \uc5f0\uacb0\uc774 \ub04a\uae30\uae30 \uc804\uc5d0 \uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\ub97c \ubc1b\uc558\uc744 \uc218 \uc788\uc5b4 \uc911\ubcf5\uc774 \uc0dd\uae38 \uc218 \uc788\uc2b5\ub2c8\ub2e4(Message-ID\ub294 \uac19\uc2b5\ub2c8\ub2e4). \uc54c\ub9bc\uc744 \uc783\ub294 \uac83\ubcf4\ub2e4\ub294 \uc911\ubcf5\uc774 \ub0ab\uc2b5\ub2c8\ub2e4.'
                : '\uc77c\uc2dc\uc801\uc778 \ubb38\uc81c\uc774\ubbc0\ub85c \ub2e4\uc2dc \uc2dc\ub3c4\ud569\ub2c8\ub2e4.')
    },
    /** The error of an attempt that outlasted its deadline, shown as the diagnosis's detail. */
    attemptTimedOut: {
        en: (seconds) => `Timeout: the attempt did not finish within ${seconds} s`,
        ko: (seconds) => `\uc2dc\uac04 \ucd08\uacfc: \uc2dc\ub3c4\uac00 ${seconds}\ucd08 \uc548\uc5d0 \ub05d\ub098\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4`
    },
    reconnecting: {
        en: (why) => `The connection opened while the message was prepared was closed while it waited (${why}); connecting again.`,
        ko: (why) => `\uba54\uc2dc\uc9c0\ub97c \uc900\ube44\ud558\ub294 \ub3d9\uc548 \uc5f4\uc5b4 \ub454 \uc5f0\uacb0\uc774 \uae30\ub2e4\ub9ac\ub294 \uc0ac\uc774\uc5d0 \ub2eb\ud614\uc2b5\ub2c8\ub2e4(${why}). \ub2e4\uc2dc \uc5f0\uacb0\ud569\ub2c8\ub2e4.`
    },
    deferred: {
        en: (server, pending, reply) => `${server} deferred ${pending.join(', ')} (${reply}); sending ${pending.length === 1 ? 'it' : 'them'} a message of their own.`,
        ko: (server, pending, reply) => `${server} \uc11c\ubc84\uac00 ${pending.join(', ')} \uc8fc\uc18c\ub97c \ubbf8\ub918\uc2b5\ub2c8\ub2e4(${reply}). \ub530\ub85c \uba54\uc2dc\uc9c0\ub97c \ubcf4\ub0c5\ub2c8\ub2e4.`
    }
});
function connectionFacts(settings) {
    return {
        server: settings.server,
        port: settings.port,
        secure: settings.secure,
        username: settings.username,
        timeoutSeconds: settings.timeoutSeconds,
        usesOAuth2: settings.oauth2 !== undefined,
        withoutLogin: !(0,src_settings/* hasCredentials */.Lk)(settings),
        recipients: recipientInputs(settings),
        language: settings.language
    };
}
/** The addresses of `to`, `cc` and `bcc`. */
function recipientInputs(settings) {
    const addresses = (mailboxes) => mailboxes.map((mailbox) => mailbox.address);
    return { to: addresses(settings.to), cc: addresses(settings.cc), bcc: addresses(settings.bcc) };
}
const newProgress = () => ({ connected: false, serverReplied: false, loggingIn: false, sending: false, messageSent: false });
/**
 * Reads how far a session got from one of nodemailer's log entries, which is the only place
 * it says so. Its wording is pinned by __tests__/progress.test.ts against a real session.
 */
function noteProgress(progress, meta, message) {
    if (meta?.tnx === 'network' && / established to /.test(message))
        progress.connected = true;
    if (meta?.tnx === 'server')
        progress.serverReplied = true;
    if (meta?.tnx === 'client' && /^AUTH /i.test(message))
        progress.loggingIn = true;
    if (meta?.tnx === 'client' && /^MAIL FROM/i.test(message))
        progress.sending = true;
    // nodemailer logs the size of the encoded message once its data stream has ended (final
    // dot included): from then on a lost connection may have lost only the server's 250, not
    // the message.
    if (meta?.tnx === 'message' && typeof meta.outByteCount === 'number')
        progress.messageSent = true;
}
function connectionOptions(settings, log, accessToken, progress) {
    const timeoutMs = settings.timeoutSeconds * 1000;
    const logger = Object.fromEntries(['trace', 'debug', 'info', 'warn', 'error', 'fatal'].map((level) => [
        level,
        (meta, message, ...args) => {
            noteProgress(progress, meta, String(message));
            if (!settings.debug)
                return;
            let line = String(message);
            for (const arg of args)
                line = line.replace(/%[sdj]/, String(arg));
            // Every line of a reply or command says who sent it, and cannot begin a workflow command.
            const direction = meta?.tnx === 'server' ? 'S: ' : meta?.tnx === 'client' ? 'C: ' : '';
            log.transcript(direction ? line.replace(/^/gm, direction) : line);
        }
    ]));
    return {
        host: settings.server,
        port: settings.port,
        // A host name is resolved by nodemailer, which tries its IPv6 and IPv4 addresses in turn
        // (autoSelectFamily); localhost gets both loopbacks even where /etc/hosts lists one.
        ...(isLocalhostName(settings.server) ? { socket: loopbackSocket() } : {}),
        secure: settings.secure,
        // Without requireTLS nodemailer falls back to plain text when a server (or a network
        // that strips STARTTLS) does not offer it, and would send the password readable.
        requireTLS: !settings.secure,
        // The XOAUTH2 handler is registered under its own name: nodemailer replaces a method
        // named XOAUTH2 by another one unless it fetches the token itself.
        customAuth: accessToken ? { [xoauth2/* XOAUTH2_WITH_TOKEN */.bu]: xoauth2/* xoauth2Login */.ZG } : {},
        name: ehloName(),
        connectionTimeout: timeoutMs,
        greetingTimeout: timeoutMs,
        socketTimeout: timeoutMs,
        dnsTimeout: timeoutMs,
        tls: { minVersion: 'TLSv1.2', rejectUnauthorized: true },
        logger: logger,
        // Commands and replies only: the message body is not needed to debug a send. Always
        // on, because the replies tell how far an attempt got; printed only with debug.
        transactionLog: true,
        debug: false
    };
}
function loginFor(settings, accessToken) {
    return accessToken ? { user: settings.username, pass: accessToken, method: xoauth2/* XOAUTH2_WITH_TOKEN */.bu } : { user: settings.username, pass: settings.password };
}
/**
 * The most a server may send in one session. SMTP replies take a few kilobytes and a few
 * hundred lines; the byte limit is above nodemailer's own limit on one reply (1 MB), so a
 * reply that never ends is reported as such.
 */
const INBOUND_LIMITS = { bytes: 4 * 1024 * 1024, lines: 10_000 };
/**
 * Calls `onFlood` instead of passing on data once the server has sent more than `limits`,
 * and hands nodemailer the rest one line at a time. Hooks the data handler nodemailer gives
 * every socket of the session (plain, then TLS).
 *
 * The limits: nodemailer bounds a single reply, but queues every line it receives and takes
 * them off the front of an array one event-loop turn at a time, which is quadratic: a server
 * pouring out empty lines kept the process busy for hours after the deadline.
 *
 * One line at a time: of the replies that arrive together, nodemailer handles the first at
 * once and each other one a turn later, and the server's close can overtake them. A server
 * that answers pipelined commands in one write (Postfix, Exim) and refuses a RCPT TO with 421
 * sends the 421 after the replies to MAIL FROM and the earlier RCPT TOs, then hangs up: the
 * close won, and the 421 was reported as a connection lost without a reply. Lines handed over
 * one by one are each handled as they come, as if the network had delivered them apart.
 */
function limitInbound(connection, limits, onFlood) {
    const internals = connection;
    const forward = internals._onSocketData;
    // Without the hook (another nodemailer) only the deadline bounds a flood; the flood test then fails.
    if (typeof forward !== 'function')
        return;
    let bytes = 0;
    let lines = 0;
    internals._onSocketData = (chunk) => {
        bytes += chunk.length;
        for (let at = chunk.indexOf(10); at !== -1 && lines <= limits.lines; at = chunk.indexOf(10, at + 1))
            lines++;
        if (bytes > limits.bytes || lines > limits.lines)
            return onFlood();
        let start = 0;
        for (let end = chunk.indexOf(10); end !== -1; end = chunk.indexOf(10, start)) {
            forward(chunk.subarray(start, end + 1));
            start = end + 1;
        }
        if (start < chunk.length)
            forward(chunk.subarray(start));
    };
}
/**
 * Opens an SMTP session: connects (TLS at once or through STARTTLS) and logs in when
 * credentials are given, within `setupDeadline`. Errors are kept from the first one on:
 * before `ready`, they reject it; while the session waits for its work they end it quietly
 * (the caller opens another); during `run`, they settle it.
 */
function openSession(settings, log, accessToken, progress, setupDeadline) {
    const connection = new smtp_connection(connectionOptions(settings, log, accessToken, progress));
    let failure;
    let failed = false;
    let waiting = false;
    let closed = false;
    let loggedIn = false;
    // Whoever is waiting on the session: `ready` while it opens, `run` while it works.
    let notify;
    const close = () => {
        if (closed)
            return;
        closed = true;
        setupDeadline.removeEventListener('abort', onSetupAbort);
        connection.close();
    };
    const fail = (error) => {
        if (failed)
            return;
        failed = true;
        failure = error;
        close();
        notify?.(error);
    };
    const aborted = (reason) => Object.assign(new Error('Message sending aborted'), { code: 'EABORT', cause: reason });
    const onSetupAbort = () => fail(aborted(setupDeadline.reason));
    limitInbound(connection, INBOUND_LIMITS, () => fail(Object.assign(new Error(`The server sent more than ${INBOUND_LIMITS.bytes} bytes or ${INBOUND_LIMITS.lines} lines`), {
        code: errors/* SERVER_FLOOD */.DF,
        command: 'CONN'
    })));
    connection.on('error', fail);
    // The server hung up between two commands, with no error of nodemailer's. Failed on the
    // next turn of the event loop: when a server answers 421 and closes, nodemailer ends the
    // connection at once but hands the 421 error to the waiting command's callback, which
    // reaches `fail` a few microtasks later, and that error, with the server's reply, is the
    // one to report.
    connection.once('end', () => setImmediate(() => fail(Object.assign(new Error('Connection closed'), { code: 'ECONNECTION' }))));
    const session = {
        ready: new Promise((resolve, reject) => {
            notify = reject;
            if (setupDeadline.aborted)
                return onSetupAbort();
            setupDeadline.addEventListener('abort', onSetupAbort, { once: true });
            const isReady = (withLogin) => {
                setupDeadline.removeEventListener('abort', onSetupAbort);
                loggedIn = withLogin;
                waiting = true;
                notify = undefined;
                session.readyAt = monotonicMs();
                resolve(withLogin);
            };
            connection.connect((error) => {
                if (error)
                    return fail(error);
                if (!(0,src_settings/* hasCredentials */.Lk)(settings))
                    return isReady(false);
                // Credentials were given, so the mail must go out logged in: a server that offers no AUTH
                // here is the wrong server or port, or one that took the place of the right one.
                if (!connection.allowsAuth) {
                    return fail(Object.assign(new Error('The server offered no AUTH over this connection'), { code: errors/* NO_LOGIN_OFFERED */.yq, command: 'EHLO' }));
                }
                connection.login(loginFor(settings, accessToken), (error) => (error ? fail(error) : isReady(true)));
            });
        }),
        lostWhileWaiting: () => (waiting && failed ? failure : undefined),
        run(work, deadline) {
            return new Promise((resolve, reject) => {
                waiting = false;
                if (failed)
                    return reject(failure);
                let settled = false;
                const settle = (error, value) => {
                    if (settled)
                        return;
                    settled = true;
                    deadline.removeEventListener('abort', onAbort);
                    close();
                    if (error)
                        reject(error);
                    else
                        resolve(value);
                };
                notify = (error) => settle(error);
                const onAbort = () => fail(aborted(deadline.reason));
                if (deadline.aborted)
                    return onAbort();
                deadline.addEventListener('abort', onAbort, { once: true });
                work(connection, loggedIn).then((value) => settle(undefined, value), settle);
            });
        },
        close
    };
    return session;
}
/** Opens the first session before the message is ready. */
function openEarlySession(settings, log, options) {
    const progress = newProgress();
    const setupDeadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds));
    const session = openSession(settings, log, options.accessToken, progress, untilCancelled(setupDeadline, options));
    const fatal = session.ready.then(() => new Promise(() => { }), async (error) => {
        // A cancellation is reported by whatever the step was doing; a temporary failure is the first attempt's, retried when sending.
        if (options.signal?.aborted)
            return new Promise(() => { });
        const { diagnose } = await diagnosis();
        const diagnosed = diagnose(explainTimeout(error, setupDeadline.aborted, progress, settings), connectionFacts(settings));
        if (diagnosed.retryable)
            return new Promise(() => { });
        throw new errors/* NotifyError */.UW(diagnosed, { cause: error });
    });
    // Handled by whoever races it against the preparation; this keeps a rejection that comes later quiet.
    fatal.catch(() => { });
    return { session, progress, openedAt: monotonicMs(), setupTimedOut: () => setupDeadline.aborted, fatal, close: () => session.close() };
}
/** One SMTP session from connection to close, within one deadline: opens it, then runs `work` on it. */
async function inSession(settings, log, accessToken, progress, deadline, work) {
    const session = openSession(settings, log, accessToken, progress, deadline);
    await session.ready;
    return session.run(work, deadline);
}
/**
 * Connects, upgrades to TLS and logs in, then quits without sending: checks the
 * credentials and the connection settings. Failures carry the same diagnosis as a send.
 * Resolves to whether a login was made: false only without credentials (a relay).
 */
async function verifyLogin(settings, log, options = {}) {
    const progress = newProgress();
    // The same deadline as a send attempt.
    const deadline = AbortSignal.timeout(attemptDeadlineMs(settings.timeoutSeconds));
    try {
        // QUIT goes out before the connection is closed: a polite end to a login check.
        return await inSession(settings, log, options.accessToken, progress, untilCancelled(deadline, options), async (connection, loggedIn) => {
            connection.quit();
            return { loggedIn };
        });
    }
    catch (error) {
        if (options.signal?.aborted) {
            throw new cancel/* CancelledError */.cc(options.signal, (0,cancel/* sessionActivity */.EM)(progress, (0,src_settings/* hostAndPort */.PG)(settings.server, settings.port), settings.username, 0), {
                server: settings.server,
                accepted: []
            });
        }
        const { diagnose } = await diagnosis();
        throw new errors/* NotifyError */.UW(diagnose(explainTimeout(error, deadline.aborted, progress, settings), connectionFacts(settings)), { cause: error });
    }
}
/**
 * Milliseconds on a clock that never jumps. Not performance.now(): the global `performance`
 * loads perf_hooks and its dozen internal modules at every start.
 */
function monotonicMs() {
    return Number(process.hrtime.bigint()) / 1e6;
}
/** The attempt's deadline, or the step's cancellation, whichever comes first. */
function untilCancelled(deadline, options) {
    return options.signal ? AbortSignal.any([deadline, options.signal]) : deadline;
}
/**
 * The diagnoses, their words in every language and the provider catalogue: loaded when
 * something failed, so a send that succeeds never compiles them.
 */
const diagnosis = () => Promise.all(/* import() */[__nccwpck_require__.e(869), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9766));
/** Gmail refuses the recipients of a message beyond the 100th with 452 4.5.3. */
const MAX_RECIPIENTS_PER_MESSAGE = 100;
/** The envelope recipients in the order to, cc, bcc, each address once (compared without case). */
function envelopeRecipients(settings) {
    const seen = new Set();
    const addresses = [];
    for (const mailbox of [...settings.to, ...settings.cc, ...settings.bcc]) {
        const key = mailbox.address.toLowerCase();
        if (seen.has(key))
            continue;
        seen.add(key);
        addresses.push(mailbox.address);
    }
    return addresses;
}
/** The envelope recipients cut into batches of at most `size`. Each batch is sent as its own message. */
function recipientBatches(settings, size = MAX_RECIPIENTS_PER_MESSAGE) {
    const addresses = envelopeRecipients(settings);
    const batches = [];
    for (let start = 0; start < addresses.length; start += size)
        batches.push(addresses.slice(start, start + size));
    return batches;
}
/**
 * The hard limit on one attempt. nodemailer bounds the setup (DNS, connect, greeting,
 * TLS) by connectionTimeout and every reply by socketTimeout, which is an idle timer: a
 * server that trickles a byte now and then would never trip it. Twice `timeout` leaves
 * room for a slow but working server and still ends an attempt that never will.
 */
function attemptDeadlineMs(timeoutSeconds) {
    return 2 * timeoutSeconds * 1000;
}
/** Every recipient of the message was refused at RCPT TO; the error carries one error per recipient. */
function isEnvelopeRejection(error) {
    const err = error;
    return err?.code === 'EENVELOPE' && /^RCPT/i.test(err.command ?? '') && Array.isArray(err.rejectedErrors) && err.rejectedErrors.length > 0;
}
const isTemporary = (err) => (err.responseCode ?? 0) >= 400 && (err.responseCode ?? 0) < 500;
/**
 * Sends the message: one message per batch of at most 100 recipients, each with its own
 * retries. Reports a recipient as accepted only when the server answered 250 to the end
 * of the data that carried it. Fails when nobody accepted the message, or when a batch
 * failed for a reason other than its recipients (the error then tells who already has it).
 */
async function sendMessage(settings, message, log, options = {}) {
    const facts = connectionFacts(settings);
    const mail = (0,src_mail/* buildMail */.S)(settings, message);
    const messageId = mail.messageId;
    const batches = recipientBatches(settings);
    const accepted = [];
    const rejections = [];
    let attempts = 0;
    for (const [index, batch] of batches.entries()) {
        if (batches.length > 1)
            log.info(send_WORDS[facts.language ?? src_language/* DEFAULT_LANGUAGE */.Nm].batch(index + 1, batches.length, batch.length));
        try {
            const outcome = await sendBatch(settings, mail, batch, log, index === 0 ? options : { ...options, early: undefined }, accepted);
            accepted.push(...outcome.accepted);
            rejections.push(...outcome.rejections);
            attempts += outcome.attempts;
        }
        catch (error) {
            if (error instanceof errors/* NotifyError */.UW && (accepted.length || rejections.length)) {
                error.delivery = { ...(accepted.length ? { messageId } : {}), accepted, rejected: rejections.map((r) => r.address) };
            }
            throw error;
        }
    }
    const rejected = rejections.map((r) => r.address);
    if (accepted.length === 0) {
        // Diagnosed as the server's first refusal, but naming every refused address; nothing was
        // sent, so there is no Message-ID to report.
        const first = rejections[0]?.error;
        const { diagnose } = await diagnosis();
        const refusal = diagnose({ ...first, rejected, rejectedErrors: rejections.map((r) => r.error) }, facts);
        const detail = rejections.length > 1 ? rejections.map((r) => `${r.address}: ${r.reply}`).join('; ') : undefined;
        const error = new errors/* NotifyError */.UW({ ...refusal, detail, retryable: false }, { cause: first });
        error.delivery = { accepted, rejected };
        throw error;
    }
    return { messageId, accepted, rejected, rejections, attempts };
}
/**
 * Names a time-out by what was missing. nodemailer's idle timer and its greeting timer
 * are both `timeout` long and either may fire first, so silence before any reply is
 * called what it is: the greeting never came. An abort is the per-attempt deadline.
 */
function explainTimeout(error, deadlineReached, progress, settings) {
    const code = error.code;
    const timedOut = code === 'ETIMEDOUT' || (code === 'EABORT' && deadlineReached);
    if (!timedOut)
        return error;
    // On a busy machine the deadline can fire before nodemailer's own timers: what was
    // missing, not which timer noticed, decides the name.
    if (progress.connected && !progress.serverReplied) {
        return Object.assign(new Error('Greeting never received'), { code: 'ETIMEDOUT', timeoutKind: 'greeting', cause: error });
    }
    if (code === 'EABORT') {
        const seconds = attemptDeadlineMs(settings.timeoutSeconds) / 1000;
        return Object.assign(new Error(send_WORDS[settings.language].attemptTimedOut(seconds)), {
            code: 'ETIMEDOUT',
            timeoutKind: 'attempt'
        });
    }
    return error;
}
/**
 * The early session, unless the server closed it while it waited for the message (an idle
 * timeout, say): then the first attempt opens a session of its own, because it was the
 * waiting, not the server, that ended it.
 */
function usableEarlySession(early, log, words) {
    if (!early)
        return undefined;
    const lost = early.session.lostWhileWaiting();
    if (lost === undefined)
        return early;
    log.info(words.reconnecting(lost.message));
    return undefined;
}
/**
 * Sends one batch, retrying temporary failures with exponential back-off. `acceptedBefore`
 * (the earlier batches' recipients) is only for telling who has the message on cancellation.
 */
async function sendBatch(settings, mail, recipients, log, options, acceptedBefore) {
    const sleep = options.sleep ?? cancel/* sleepFor */.dt;
    const backoffMs = options.backoffMs ?? 2000;
    const facts = connectionFacts(settings);
    const total = settings.retries + 1;
    const accepted = [];
    const rejections = [];
    let pending = recipients;
    let unconfirmedAttempt;
    const cancelled = (signal, activity) => new cancel/* CancelledError */.cc(signal, activity, { server: settings.server, accepted: [...acceptedBefore, ...accepted], unconfirmedAttempt });
    const words = send_WORDS[facts.language ?? src_language/* DEFAULT_LANGUAGE */.Nm];
    const waitBeforeAttempt = async (next) => {
        const delay = backoffMs * 2 ** (next - 2);
        log.info(words.nextAttempt(next, total, Math.round(delay / 1000)));
        await sleep(delay, options.signal);
        if (options.signal?.aborted)
            throw cancelled(options.signal, { doing: 'waiting', attempt: next, attempts: total });
    };
    // The early session serves one attempt at most: the first.
    let unusedEarly = usableEarlySession(options.early, log, words);
    for (let attempt = 1;; attempt++) {
        const last = attempt === total;
        const early = unusedEarly;
        unusedEarly = undefined;
        const progress = early?.progress ?? newProgress();
        const budgetMs = attemptDeadlineMs(settings.timeoutSeconds);
        let deadline = AbortSignal.timeout(budgetMs);
        const deadlineReached = () => deadline.aborted || !!early?.setupTimedOut();
        let refused;
        const send = (connection) => new Promise((resolve, reject) => {
            // Composed per attempt (a stream is read once), with this attempt's recipients as
            // the envelope: the composer turns an international domain into its ASCII
            // (punycode) form, which every server takes in MAIL FROM and RCPT TO.
            const composed = new mail_composer/* default */.A({ ...mail, envelope: { from: settings.from.address, to: pending } }).compile();
            connection.send(composed.getEnvelope(), composed.createReadStream(), (error, sent) => (error ? reject(error) : resolve(sent)));
        });
        try {
            let info;
            if (early) {
                await early.session.ready;
                // The attempt's deadline counts the setup, not the time the session waited for the message.
                deadline = AbortSignal.timeout(Math.max(1, Math.round(budgetMs - ((early.session.readyAt ?? early.openedAt) - early.openedAt))));
                info = await early.session.run(send, untilCancelled(deadline, options));
            }
            else {
                info = await inSession(settings, log, options.accessToken, progress, untilCancelled(deadline, options), send);
            }
            accepted.push(...info.accepted.map(String));
            refused = (info.rejectedErrors ?? []).filter((err) => err.recipient);
        }
        catch (error) {
            // The server ended the early session while it waited, before this attempt sent a
            // command on it (its close had not reached the client yet): not a failed attempt.
            if (early?.session.readyAt !== undefined && !progress.sending && error.code === 'ECONNECTION' && !options.signal?.aborted) {
                log.info(words.reconnecting(error.message));
                attempt--;
                continue;
            }
            if (progress.messageSent && !error.responseCode)
                unconfirmedAttempt ??= attempt;
            if (options.signal?.aborted) {
                throw cancelled(options.signal, (0,cancel/* sessionActivity */.EM)(progress, (0,src_settings/* hostAndPort */.PG)(settings.server, settings.port), settings.username, pending.length));
            }
            if (isEnvelopeRejection(error)) {
                refused = error.rejectedErrors;
            }
            else {
                const failure = explainTimeout(error, deadlineReached(), progress, settings);
                // No reply at all after the final dot: the server may have accepted the message.
                const unconfirmed = progress.messageSent && !failure.responseCode;
                const { diagnose, unconfirmedDelivery } = await diagnosis();
                const diagnosed = unconfirmed ? unconfirmedDelivery(diagnose(failure, facts), facts.language) : diagnose(failure, facts);
                if (!diagnosed.retryable || last)
                    throw new errors/* NotifyError */.UW(diagnosed, { cause: error });
                log.warning(words.attemptFailed(attempt, total, diagnosed, unconfirmed));
                await waitBeforeAttempt(attempt + 1);
                continue;
            }
        }
        // Refused recipients: a temporary refusal (such as 452 4.5.3, too many recipients in
        // one message) gets a message of its own on the next attempt; a permanent one is final.
        if (refused.length === 0)
            return { accepted, rejections, attempts: attempt };
        const deferred = last ? [] : refused.filter(isTemporary);
        const { diagnose } = await diagnosis();
        for (const err of refused) {
            if (deferred.includes(err))
                continue;
            const address = err.recipient ?? '';
            rejections.push({
                address,
                inputs: (0,src_recipients/* inputsHolding */.Z1)(address, facts.recipients),
                reply: diagnose(err, facts).reply ?? String(err.response ?? ''),
                error: err
            });
        }
        if (deferred.length === 0)
            return { accepted, rejections, attempts: attempt };
        pending = deferred.map((err) => err.recipient ?? '');
        log.warning(words.deferred(settings.server, pending, diagnose(deferred[0], facts).reply ?? ''));
        await waitBeforeAttempt(attempt + 1);
    }
}

// EXTERNAL MODULE: ./src/template.ts
var template = __nccwpck_require__(5237);
;// CONCATENATED MODULE: ./src/report.ts







// What the person running the workflow reads about the outcome: the log lines, the
// annotation, the job summary and the outputs. The diagnosis decides the code and the
// facts of a failure; this module words them and says them in each place, in the language
// of the settings (the report of a failure: in the language of its facts).
/** Every text of the report, in every language (see language.ts). */
const report_WORDS = (0,src_language/* defineWords */.Pw)('report', {
    serverReplied: { en: 'Server replied', ko: '\uc11c\ubc84 \uc751\ub2f5' },
    error: { en: 'Error', ko: '\uc624\ub958' },
    howToFix: { en: 'How to fix', ko: '\ud574\uacb0 \ubc29\ubc95' },
    notSent: { en: 'Email notification not sent', ko: '\uc774\uba54\uc77c \uc54c\ub9bc\uc744 \ubcf4\ub0b4\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4' },
    /** Why a recipient was refused, in a few words, for the list of refusals. */
    refusalReason: {
        en: (refusal) => ({
            'not-valid': 'not a valid address',
            'unknown-mailbox': 'the server does not know that mailbox',
            'relay-denied': 'the server will not relay to it',
            deferred: 'deferred until the retries ran out',
            other: 'refused'
        })[refusal],
        ko: (refusal) => ({
            'not-valid': '\uc62c\ubc14\ub978 \uc8fc\uc18c\uac00 \uc544\ub2d8',
            'unknown-mailbox': '\uc11c\ubc84\uc5d0 \uadf8 \uba54\uc77c\ud568\uc774 \uc5c6\uc74c',
            'relay-denied': '\uc11c\ubc84\uac00 \uadf8 \uc8fc\uc18c\ub85c \uc911\uacc4\ud558\uc9c0 \uc54a\uc74c',
            deferred: '\uc7ac\uc2dc\ub3c4\uac00 \ub05d\ub0a0 \ub54c\uae4c\uc9c0 \ubbf8\ub904\uc9d0',
            other: '\uac70\uc808\ub428'
        })[refusal]
    },
    /** One refused address: "a@x in `to`, not a valid address (550 \u2026)". */
    refusedAddress: {
        en: (address, inputs, reason, reply) => `${address}${inputs ? ` in ${inputs}` : ''}, ${reason} (${reply})`,
        ko: (address, inputs, reason, reply) => `${address}${inputs ? `(${inputs})` : ''}: ${reason} (${reply})`
    },
    /** The warning about refused recipients when others got the message. */
    rejections: {
        en: (server, refused, count, others, deferredOnly, inputs) => {
            const one = count === 1;
            const advice = deferredOnly
                ? `re-run the job to reach ${one ? 'it' : 'them'}, or raise \`retries\``
                : `correct or remove the refused ${one ? 'address' : 'addresses'} in ${inputs}`;
            return `${server} refused ${one ? 'a recipient' : `${count} recipients`}: ${refused}. The message went to the other ${others === 1 ? 'recipient' : `${others} recipients`}; ${advice}.`;
        },
        ko: (server, refused, count, others, deferredOnly, inputs) => {
            const advice = deferredOnly ? '\uc791\uc5c5(job)\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud574 \ubcf4\ub0b4\uac70\ub098 `retries`\ub97c \ub298\ub9ac\uc138\uc694' : `${inputs}\uc5d0\uc11c \uac70\uc808\ub41c \uc8fc\uc18c\ub97c \uace0\uce58\uac70\ub098 \uc9c0\uc6b0\uc138\uc694`;
            return `${server} \uc11c\ubc84\uac00 \ubc1b\ub294 \uc0ac\ub78c ${count}\uba85\uc744 \uac70\uc808\ud588\uc2b5\ub2c8\ub2e4: ${refused}. \uba54\uc2dc\uc9c0\ub294 \ub098\uba38\uc9c0 \ubc1b\ub294 \uc0ac\ub78c ${others}\uba85\uc5d0\uac8c \uac14\uc2b5\ub2c8\ub2e4. ${advice}.`;
        }
    },
    subject: { en: 'Subject', ko: '\uc81c\ubaa9' },
    from: { en: 'From', ko: '\ubcf4\ub0b8 \uc0ac\ub78c' },
    to: { en: 'To', ko: '\ubc1b\ub294 \uc0ac\ub78c' },
    cc: { en: 'Cc', ko: '\ucc38\uc870' },
    bcc: { en: 'Bcc', ko: '\uc228\uc740 \ucc38\uc870' },
    replyTo: { en: 'Reply-To', ko: '\ud68c\uc2e0 \uc8fc\uc18c' },
    attachments: { en: 'Attachments', ko: '\ucca8\ubd80 \ud30c\uc77c' },
    messageFile: { en: 'Message file', ko: '\uba54\uc2dc\uc9c0 \ud30c\uc77c' },
    emlPath: { en: (path) => `\`${path}\` (output \`eml-path\`)`, ko: (path) => `\`${path}\` (\ucd9c\ub825 \`eml-path\`)` },
    previewHeading: { en: '### Email notification preview: nothing was sent (`dry-run`)', ko: '### \uc774\uba54\uc77c \uc54c\ub9bc \ubbf8\ub9ac\ubcf4\uae30: \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(`dry-run`)' },
    summaryNotWritten: {
        en: (why) => `Could not write the job summary: ${why}`,
        ko: (why) => `\uc791\uc5c5 \uc694\uc57d(job summary)\uc744 \uc4f0\uc9c0 \ubabb\ud588\uc2b5\ub2c8\ub2e4: ${why}`
    },
    loggingIn: {
        en: (endpoint, username) => `Logging in to ${endpoint} as ${username}; verify-only, so nothing is sent.`,
        ko: (endpoint, username) => `${endpoint}\uc5d0 ${username} \uacc4\uc815\uc73c\ub85c \ub85c\uadf8\uc778\ud569\ub2c8\ub2e4. verify-only\uc774\ubbc0\ub85c \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.`
    },
    connectingWithoutLogin: {
        en: (endpoint) => `Connecting to ${endpoint} without a login (\`password\` is empty); verify-only, so nothing is sent.`,
        ko: (endpoint) => `${endpoint}\uc5d0 \ub85c\uadf8\uc778 \uc5c6\uc774 \uc5f0\uacb0\ud569\ub2c8\ub2e4(\`password\`\uac00 \ube44\uc5b4 \uc788\uc74c). verify-only\uc774\ubbc0\ub85c \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4.`
    },
    connectedWithoutLogin: {
        en: (endpoint) => `Connected to ${endpoint}, encrypted; no login was tried, because \`password\` is empty. Whether the server takes mail without one shows only when sending. No message was sent (verify-only).`,
        ko: (endpoint) => `${endpoint}\uc5d0 \uc554\ud638\ud654\ub41c \uc5f0\uacb0\ub85c \uc5f0\uacb0\ud588\uc2b5\ub2c8\ub2e4. \`password\`\uac00 \ube44\uc5b4 \uc788\uc5b4 \ub85c\uadf8\uc778\uc740 \uc2dc\ub3c4\ud558\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4. \uc11c\ubc84\uac00 \ub85c\uadf8\uc778 \uc5c6\uc774 \uba54\uc77c\uc744 \ubc1b\ub294\uc9c0\ub294 \ubcf4\ub0bc \ub54c\uc5d0\ub9cc \uc54c \uc218 \uc788\uc2b5\ub2c8\ub2e4. \uba54\uc2dc\uc9c0\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(verify-only).`
    },
    connectionVerified: { en: '### \u2714 Email connection verified, without a login', ko: '### \u2714 \uc774\uba54\uc77c \uc5f0\uacb0 \ud655\uc778\ub428(\ub85c\uadf8\uc778 \uc5c6\uc74c)' },
    loginAccepted: {
        en: (server, username) => `Login accepted: ${server} accepted the credentials of ${username}. No message was sent (verify-only).`,
        ko: (server, username) => `\ub85c\uadf8\uc778 \uc131\uacf5: ${server} \uc11c\ubc84\uac00 ${username} \uacc4\uc815\uc758 \uc778\uc99d \uc815\ubcf4\ub97c \ubc1b\uc544\ub4e4\uc600\uc2b5\ub2c8\ub2e4. \uba54\uc2dc\uc9c0\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(verify-only).`
    },
    loginVerified: {
        en: (hostPort, username) => `### \u2714 Email login verified\n\n${hostPort} accepted the credentials of ${username}. No message was sent (\`verify-only\`).\n`,
        ko: (hostPort, username) => `### \u2714 \uc774\uba54\uc77c \ub85c\uadf8\uc778 \ud655\uc778\ub428\n\n${hostPort} \uc11c\ubc84\uac00 ${username} \uacc4\uc815\uc758 \uc778\uc99d \uc815\ubcf4\ub97c \ubc1b\uc544\ub4e4\uc600\uc2b5\ub2c8\ub2e4. \uba54\uc2dc\uc9c0\ub294 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(\`verify-only\`).\n`
    },
    previewed: {
        en: (subject, path) => `Dry run: composed "${subject}" and wrote it to ${path}; nothing was sent and no connection was opened.`,
        ko: (subject, path) => `\ubbf8\ub9ac\ubcf4\uae30(dry-run): "${subject}" \uba54\uc2dc\uc9c0\ub97c \ub9cc\ub4e4\uc5b4 ${path}\uc5d0 \uc800\uc7a5\ud588\uc2b5\ub2c8\ub2e4. \uc544\ubb34\uac83\ub3c4 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uace0 \uc5f0\uacb0\ub3c4 \uc5f4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4.`
    },
    skipped: { en: (why) => `No email sent: ${why}.`, ko: (why) => `\uc774\uba54\uc77c\uc744 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4: ${why}.` },
    skippedSummary: {
        // The heading shows the `transition` output as it is; the line below says it in words.
        en: (transition, why) => `### Email notification not sent (\`transition: ${transition}\`)\n\n${why[0].toUpperCase()}${why.slice(1)}.\n`,
        ko: (transition, why) => `### \uc774\uba54\uc77c \uc54c\ub9bc\uc744 \ubcf4\ub0b4\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(\`transition: ${transition}\`)\n\n${why[0].toUpperCase()}${why.slice(1)}.\n`
    },
    sending: {
        en: (subject, recipients, endpoint) => `Sending "${subject}" to ${(0,src_language/* plural */.LS)(recipients, 'recipient')} through ${endpoint}.`,
        ko: (subject, recipients, endpoint) => `"${subject}" \uba54\uc2dc\uc9c0\ub97c ${endpoint} \uc11c\ubc84\ub85c \ubc1b\ub294 \uc0ac\ub78c ${recipients}\uba85\uc5d0\uac8c \ubcf4\ub0c5\ub2c8\ub2e4.`
    },
    sent: {
        en: (messageId, server, accepted) => `Sent ${messageId}: ${server} accepted it for ${(0,src_language/* plural */.LS)(accepted, 'recipient')}.`,
        ko: (messageId, server, accepted) => `${messageId} \uba54\uc2dc\uc9c0\ub97c \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4: ${server} \uc11c\ubc84\uac00 \ubc1b\ub294 \uc0ac\ub78c ${accepted}\uba85\uc5d0 \ub300\ud574 \ubc1b\uc544\ub4e4\uc600\uc2b5\ub2c8\ub2e4.`
    },
    sentSummary: {
        en: (subject, accepted, server) => `### \u2714 Email notification sent\n\n**${subject}** to ${(0,src_language/* plural */.LS)(accepted, 'recipient')} through ${server}.\n`,
        ko: (subject, accepted, server) => `### \u2714 \uc774\uba54\uc77c \uc54c\ub9bc\uc744 \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4\n\n**${subject}** \uba54\uc2dc\uc9c0\ub97c ${server} \uc11c\ubc84\ub85c \ubc1b\ub294 \uc0ac\ub78c ${accepted}\uba85\uc5d0\uac8c \ubcf4\ub0c8\uc2b5\ub2c8\ub2e4.\n`
    },
    refused: { en: 'Refused', ko: '\uac70\uc808\ub428' },
    /** Placeholders that an empty input leaves empty in every run: `{{ failed_tests }} in \`body\``. */
    emptyForGood: {
        en: ({ source, placeholders }, listed, where) => {
            const one = placeholders.length === 1;
            return source === 'test-reports'
                ? `${listed} in ${where} ${one ? 'has' : 'have'} nothing to show: \`test-reports\` is empty, so no test report is read. ` +
                    `Set \`test-reports\` to the JUnit XML reports of the tests (one glob pattern a line), or take ${listed} out of ${where}.`
                : `${listed} in ${where} can never list a job: \`github-token\` is empty, so the GitHub API is never asked for the failed jobs. ` +
                    `Set \`github-token\` (its default, \`\${{ github.token }}\`, with \`actions: read\`), or take ${listed} out of ${where}.`;
        },
        ko: ({ source }, listed, where) => source === 'test-reports'
            ? `${where}\uc758 ${listed}\uc5d0\ub294 \ubcf4\uc5ec \uc904 \uac83\uc774 \uc5c6\uc2b5\ub2c8\ub2e4: \`test-reports\`\uac00 \ube44\uc5b4 \uc788\uc5b4 \ud14c\uc2a4\ud2b8 \ubcf4\uace0\uc11c\ub97c \uc77d\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. ` +
                `\`test-reports\`\uc5d0 \ud14c\uc2a4\ud2b8\uc758 JUnit XML \ubcf4\uace0\uc11c\ub97c \uc9c0\uc815\ud558\uac70\ub098(\ud55c \uc904\uc5d0 glob \ud328\ud134 \ud558\ub098) ${where}\uc5d0\uc11c ${listed}\uc744(\ub97c) \ube7c\uc138\uc694.`
            : `${where}\uc758 ${listed}\uc5d0\ub294 \uc791\uc5c5\uc774 \ub098\uc62c \uc218 \uc5c6\uc2b5\ub2c8\ub2e4: \`github-token\`\uc774 \ube44\uc5b4 \uc788\uc5b4 \uc2e4\ud328\ud55c \uc791\uc5c5\uc744 GitHub API\uc5d0 \ubb3b\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. ` +
                `\`github-token\`\uc744 \uc124\uc815\ud558\uac70\ub098(\uae30\ubcf8\uac12 \`\${{ github.token }}\`, \`actions: read\` \uad8c\ud55c \ud544\uc694) ${where}\uc5d0\uc11c ${listed}\uc744(\ub97c) \ube7c\uc138\uc694.`
    },
    /** Before connecting: `server` is a provider's host, and `port` with `secure` is not a setting it takes. */
    portNotTaken: {
        en: (provider, given, fix, run) => `By this action's list of providers, ${provider} does not take mail on \`port: ${given.port}\` with \`secure: ${given.secure}\`. ${fix} ` +
            {
                send: 'Connecting with these settings anyway, in case the list is out of date.',
                verify: 'Checking the login with these settings anyway, in case the list is out of date.',
                'dry-run': 'A run without `dry-run` would still connect with these settings, in case the list is out of date.'
            }[run],
        ko: (provider, given, fix, run) => `\uc774 \uc561\uc158\uc758 \uacf5\uae09\uc790 \ubaa9\ub85d\uc5d0 \ub530\ub974\uba74 \`port: ${given.port}\`, \`secure: ${given.secure}\`\ub294 ${provider}\uc5d0\uc11c \uba54\uc77c\uc744 \ubc1b\ub294 \uc124\uc815\uc774 \uc544\ub2d9\ub2c8\ub2e4. ${fix} ` +
            {
                send: '\ubaa9\ub85d\uc774 \uc624\ub798\ub418\uc5c8\uc744 \uc218\ub3c4 \uc788\uc73c\ubbc0\ub85c \uc774 \uc124\uc815 \uadf8\ub300\ub85c \uc5f0\uacb0\ud569\ub2c8\ub2e4.',
                verify: '\ubaa9\ub85d\uc774 \uc624\ub798\ub418\uc5c8\uc744 \uc218\ub3c4 \uc788\uc73c\ubbc0\ub85c \uc774 \uc124\uc815 \uadf8\ub300\ub85c \ub85c\uadf8\uc778\uc744 \ud655\uc778\ud569\ub2c8\ub2e4.',
                'dry-run': '\ubaa9\ub85d\uc774 \uc624\ub798\ub418\uc5c8\uc744 \uc218\ub3c4 \uc788\uc73c\ubbc0\ub85c `dry-run` \uc5c6\uc774 \uc2e4\ud589\ud558\uba74 \uc774 \uc124\uc815 \uadf8\ub300\ub85c \uc5f0\uacb0\ud569\ub2c8\ub2e4.'
            }[run]
    },
    /** The fix of a failed connection whose port fix the warning before connecting already gave in full. */
    portFixAsWarned: {
        en: (provider, recommended) => `Set \`port: ${recommended.port}\` and \`secure: ${recommended.secure}\`; the warning before connecting says which settings ${provider} takes.`,
        ko: (provider, recommended) => `\`port: ${recommended.port}\`, \`secure: ${recommended.secure}\`\ub85c \uc124\uc815\ud558\uc138\uc694. ${provider}\uc5d0\uc11c \ubc1b\ub294 \uc124\uc815\uc740 \uc5f0\uacb0 \uc804\uc5d0 \ub0b8 \uacbd\uace0\uc5d0 \uc788\uc2b5\ub2c8\ub2e4.`
    },
    reachedBefore: {
        en: (accepted) => `Before this failure the message went to ${(0,src_language/* plural */.LS)(accepted.length, 'recipient')}: ${accepted.join(', ')}.`,
        ko: (accepted) => `\uc774 \uc2e4\ud328 \uc804\uc5d0 \uba54\uc2dc\uc9c0\uac00 \ubc1b\ub294 \uc0ac\ub78c ${accepted.length}\uba85\uc5d0\uac8c \uac14\uc2b5\ub2c8\ub2e4: ${accepted.join(', ')}.`
    }
});
/**
 * The text of a failure as shown in the annotation and the log. The reply and the error
 * come from the server or the system: control characters (an ESC, a NUL) are shown escaped.
 */
function describeFailure(diagnosis, language = src_language/* DEFAULT_LANGUAGE */.Nm) {
    const words = report_WORDS[language];
    const lines = [`${diagnosis.title} [error-code: ${diagnosis.code}]`];
    if (diagnosis.reply)
        lines.push(`${words.serverReplied}: ${diagnosis.reply}`);
    if (diagnosis.detail)
        lines.push(`${words.error}: ${diagnosis.detail}`);
    lines.push(`${words.howToFix}: ${diagnosis.fix}`);
    return (0,printable/* escapeControlCharacters */.F7)(lines.join('\n'));
}
/** The job summary of a failure; a reply or error sits in a code block it cannot close. */
function failureSummary(diagnosis, language = src_language/* DEFAULT_LANGUAGE */.Nm) {
    const words = report_WORDS[language];
    return [
        `### \u2716 ${words.notSent}: ${(0,printable/* escapeControlCharacters */.F7)(diagnosis.title)}`,
        '',
        `**error-code:** \`${diagnosis.code}\``,
        '',
        ...(diagnosis.reply ? [`**${words.serverReplied}:**`, '', ...(0,printable/* codeBlock */.DV)(diagnosis.reply), ''] : []),
        ...(diagnosis.detail ? [`**${words.error}:**`, '', ...(0,printable/* codeBlock */.DV)(diagnosis.detail), ''] : []),
        `**${words.howToFix}:** ${(0,printable/* escapeControlCharacters */.F7)(diagnosis.fix)}`,
        ''
    ].join('\n');
}
/** The diagnosis with every secret form masked in each text it holds. */
function maskDiagnosis(diagnosis, mask) {
    return {
        ...diagnosis,
        title: mask(diagnosis.title),
        reply: diagnosis.reply && mask(diagnosis.reply),
        detail: diagnosis.detail && mask(diagnosis.detail),
        fix: mask(diagnosis.fix)
    };
}
/** The server's refusals of recipients, and the one message that says so. */
function describeRejections(server, result, language = src_language/* DEFAULT_LANGUAGE */.Nm) {
    const words = report_WORDS[language];
    const { rejections } = result;
    const refused = rejections
        .map((r) => words.refusedAddress(r.address, r.inputs.length ? (0,src_recipients/* inputNames */.vj)(r.inputs, language) : '', words.refusalReason((0,src_recipients/* recipientRefusal */.Ax)(r.reply)), r.reply))
        .join('; ');
    const inputs = (0,src_recipients/* inputNames */.vj)(['to', 'cc', 'bcc'].filter((input) => rejections.some((r) => r.inputs.includes(input))), language);
    const deferredOnly = rejections.every((r) => (0,src_recipients/* recipientRefusal */.Ax)(r.reply) === 'deferred');
    return words.rejections(server, refused, rejections.length, result.accepted.length, deferredOnly, inputs);
}
/** `smtp.gmail.com:465 (TLS)` */
function endpoint(settings) {
    return `${(0,src_settings/* hostAndPort */.PG)(settings.server, settings.port)} (${settings.secure ? 'TLS' : 'STARTTLS'})`;
}
function mailboxList(mailboxes) {
    return mailboxes.map((m) => (0,template/* escapeMarkdown */.FV)(m.name ? `${m.name} <${m.address}>` : m.address)).join(', ');
}
/** The job summary of a dry run: the headers, the file and the message as it would be read. */
function previewSummary(settings, message, preview) {
    const words = report_WORDS[settings.language ?? src_language/* DEFAULT_LANGUAGE */.Nm];
    const rows = [
        [words.subject, (0,template/* escapeMarkdown */.FV)(message.subject)],
        [words.from, mailboxList([settings.from])],
        [words.to, mailboxList(settings.to)],
        [words.cc, mailboxList(settings.cc)],
        [words.bcc, mailboxList(settings.bcc)],
        [words.replyTo, mailboxList(settings.replyTo)],
        [words.attachments, (message.attachments ?? []).map((a) => `${(0,template/* escapeMarkdown */.FV)(a.filename)} (${Math.ceil(a.content.length / 1024)} KB)`).join(', ')],
        [words.messageFile, words.emlPath(preview.emlPath)]
    ];
    return [
        words.previewHeading,
        '',
        '| | |',
        '|---|---|',
        ...rows.filter(([, value]) => value).map(([label, value]) => `| ${label} | ${value} |`),
        '',
        '---',
        '',
        message.htmlContent,
        ''
    ].join('\n');
}
function createReport(core, env, mask) {
    const summarise = async (markdown, language) => {
        // The summary file exists only on a runner; a local run just skips it.
        if (!env.GITHUB_STEP_SUMMARY)
            return;
        try {
            core.summary.addRaw(markdown, true);
            await core.summary.write();
        }
        catch (error) {
            core.warning(report_WORDS[language ?? src_language/* DEFAULT_LANGUAGE */.Nm].summaryNotWritten(error.message));
        }
    };
    const wordsOf = (settings) => report_WORDS[settings.language ?? src_language/* DEFAULT_LANGUAGE */.Nm];
    /** What the warning before connecting said of the port, if it said anything. */
    let portWarning;
    /** Who has the message: after a send, or after a failure that came once some recipients were reached or refused. */
    const setDeliveryOutputs = ({ messageId, accepted, rejected }) => {
        // Left out when nobody accepted the message: nothing was sent.
        if (messageId)
            core.setOutput('message-id', messageId);
        core.setOutput('accepted', accepted.join(','));
        core.setOutput('rejected', rejected.join(','));
    };
    return {
        verifying(settings) {
            const words = wordsOf(settings);
            core.info((0,src_settings/* hasCredentials */.Lk)(settings) ? words.loggingIn(endpoint(settings), settings.username) : words.connectingWithoutLogin(endpoint(settings)));
        },
        async verified(settings, loggedIn) {
            const words = wordsOf(settings);
            if (!loggedIn) {
                // Only reached without credentials: the connection and TLS were checked, no login was.
                const connected = words.connectedWithoutLogin(endpoint(settings));
                core.info(connected);
                await summarise(`${words.connectionVerified}\n\n${connected}\n`, settings.language);
                return;
            }
            core.info(words.loginAccepted(settings.server, settings.username));
            await summarise(words.loginVerified((0,src_settings/* hostAndPort */.PG)(settings.server, settings.port), settings.username), settings.language);
        },
        async previewed(settings, message, preview) {
            core.setOutput('eml-path', preview.emlPath);
            core.setOutput('message-id', preview.messageId);
            core.info(wordsOf(settings).previewed(message.subject, preview.emlPath));
            await summarise(previewSummary(settings, message, preview), settings.language);
        },
        async skipped(settings, transition, why) {
            const words = wordsOf(settings);
            core.info(words.skipped(why));
            await summarise(words.skippedSummary(transition, why), settings.language);
        },
        sending(settings, message) {
            // Each address once, as the envelope has it: a repeat would read as a lost recipient once sent.
            core.info(wordsOf(settings).sending(message.subject, envelopeRecipients(settings).length, endpoint(settings)));
        },
        async sent(settings, message, result) {
            const words = wordsOf(settings);
            setDeliveryOutputs(result);
            const refusals = result.rejections.length ? mask(describeRejections(settings.server, result, settings.language)) : '';
            if (refusals)
                core.warning(refusals);
            core.info(words.sent(result.messageId, settings.server, result.accepted.length));
            await summarise(words.sentSummary((0,template/* escapeMarkdown */.FV)(message.subject), result.accepted.length, settings.server) +
                (refusals ? `\n**${words.refused}:** ${(0,printable/* escapeControlCharacters */.F7)(refusals)}\n` : ''), settings.language);
        },
        placeholdersEmptyForGood(settings, body) {
            const language = settings.language ?? src_language/* DEFAULT_LANGUAGE */.Nm;
            const templates = [
                { input: 'subject', template: settings.subject },
                { input: settings.bodyFile ? 'body-file' : 'body', template: body }
            ];
            for (const empty of (0,template/* placeholdersEmptyForGood */.Eg)(templates, settings)) {
                const where = (0,src_language/* listOf */.c3)(empty.inputs.map((input) => `\`${input}\``), language);
                core.warning(report_WORDS[language].emptyForGood(empty, (0,src_language/* listOf */.c3)(empty.placeholders, language), where));
            }
        },
        portNotTaken(settings, notTaken) {
            portWarning = notTaken;
            const run = settings.verifyOnly ? 'verify' : settings.dryRun ? 'dry-run' : 'send';
            core.warning(mask(wordsOf(settings).portNotTaken(notTaken.provider, settings, notTaken.fix, run)));
        },
        async failed(error, facts) {
            const language = facts.language ?? src_language/* DEFAULT_LANGUAGE */.Nm;
            // Loaded only now: a run that succeeds never needs the diagnoses.
            const { diagnose } = await Promise.all(/* import() */[__nccwpck_require__.e(869), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9766));
            const diagnosed = diagnose(error, facts);
            // The provider's words on its ports were said once, before connecting: the fix points there.
            const fix = portWarning && diagnosed.fix === portWarning.fix ? report_WORDS[language].portFixAsWarned(portWarning.provider, portWarning.recommended) : diagnosed.fix;
            const diagnosis = maskDiagnosis({ ...diagnosed, fix }, mask);
            core.setOutput('error-code', diagnosis.code);
            if (error instanceof errors/* NotifyError */.UW && error.delivery) {
                setDeliveryOutputs(error.delivery);
                const { accepted } = error.delivery;
                if (accepted.length)
                    core.warning(report_WORDS[language].reachedBefore(accepted));
            }
            await summarise(failureSummary(diagnosis, language), language);
            return describeFailure(diagnosis, language);
        }
    };
}

;// CONCATENATED MODULE: ./src/secrets.ts

/**
 * The secret as text can show it: verbatim; with every run of white space collapsed to one
 * space, the way a reply is put on one line for the annotation and the job summary (and
 * trimmed, when the secret starts or ends the reply); and with control characters escaped,
 * as the log shows them.
 */
function printedForms(secret) {
    if (!secret)
        return [];
    const collapsed = secret.replace(/\s+/g, ' ');
    return [...new Set([secret, collapsed, collapsed.trim(), (0,printable/* escapeControlCharacters */.F7)(secret)])].filter(Boolean);
}
/**
 * The secret in base64 at each of the three byte alignments it can take inside a longer
 * base64 string (AUTH PLAIN sends base64("\0user\0password"), AUTH LOGIN base64(password),
 * XOAUTH2 base64("user=\u2026\x01auth=Bearer token\x01\x01")).
 */
function encodedForms(secret) {
    const forms = new Set();
    const bytes = Buffer.from(secret, 'utf8');
    for (let offset = 0; offset < 3; offset++) {
        const encoded = Buffer.concat([Buffer.alloc(offset), bytes])
            .toString('base64')
            .replace(/=+$/, '');
        // Characters that also encode bits of the neighbouring bytes differ from one
        // message to the next; only the part that depends on the secret alone is kept.
        const start = Math.ceil((offset * 4) / 3);
        const end = (offset + bytes.length) % 3 === 0 ? encoded.length : encoded.length - 1;
        const core = encoded.slice(start, end);
        if (core.length >= 6)
            forms.add(core);
    }
    return [...forms];
}
/** Every form in which a secret can show up in an SMTP conversation or a log, the secret itself first. */
function secretForms(secret) {
    if (!secret)
        return [];
    return [...new Set([...printedForms(secret), ...encodedForms(secret)])];
}
/** Replaces every listed secret form with `***`, longest first. */
function createMasker(secrets) {
    const forms = [...new Set(secrets.flatMap(secretForms))].sort((a, b) => b.length - a.length);
    return (text) => {
        let masked = text;
        for (const form of forms)
            masked = masked.split(form).join('***');
        return masked;
    };
}
/** The password as given and as it will be sent, so both are masked. */
function passwordVariants(password) {
    return [...new Set([password, password.trim(), password.replace(/\s+/g, '')])].filter(Boolean);
}
function createSecretRegistry(register) {
    const registered = new Set();
    const secrets = [];
    let mask = createMasker([]);
    return {
        add(secret, { verbatim } = { verbatim: true }) {
            if (!secret)
                return;
            for (const form of verbatim ? secretForms(secret) : encodedForms(secret)) {
                if (registered.has(form))
                    continue;
                registered.add(form);
                register(form);
            }
            secrets.push(secret);
            mask = createMasker(secrets);
        },
        mask: (text) => mask(text)
    };
}

;// CONCATENATED MODULE: ./src/main.ts










/** Phase 1: every secret input registered with the runner, in every form, before anything can print it. */
function registerSecrets(core) {
    const secrets = createSecretRegistry((form) => core.setSecret(form));
    const username = core.getInput('username');
    for (const password of passwordVariants(core.getInput('password'))) {
        secrets.add(password);
        // AUTH PLAIN sends base64("\0user\0password"); only its base64 forms can reach a log.
        secrets.add(`\0${username}\0${password}`, { verbatim: false });
    }
    for (const input of src_settings/* TOKEN_INPUTS */.O9)
        secrets.add(core.getInput(input));
    return secrets;
}
/** Phase 2: the inputs, read and validated, and what reading them found worth a notice. */
async function readInputs(core) {
    const notes = { notices: [] };
    const settings = (0,src_settings/* readSettings */.sb)((name, options) => core.getInput(name, options), notes);
    for (const notice of notes.notices)
        core.notice(notice);
    if (settings.oauth2)
        (await Promise.all(/* import() */[__nccwpck_require__.e(869), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3344))).checkOAuth2Settings(settings.oauth2);
    return settings;
}
/**
 * Whether the provider catalogue could find fault with `port` and `secure`. Answered without
 * loading it (a chunk of its own) for Gmail on 465 with TLS or 587 with STARTTLS, the
 * defaults and most runs, and for an IP address, which is no provider's host name.
 */
function portMayNotBeTaken(settings) {
    const { server, port, secure } = settings;
    if ((0,src_settings/* isGoogleServer */.hY)(server) && ((port === 465 && secure) || (port === 587 && !secure)))
        return false;
    // parseServer leaves a colon in an IPv6 address only.
    return !/^[\d.]+$|:/.test(server);
}
/**
 * Phase 2, last check: a port or `secure` the provider in `server` does not take, said before
 * connecting rather than after the time-outs. Only a warning: the catalogue may be out of date.
 */
async function checkPort(settings, report) {
    if (!portMayNotBeTaken(settings))
        return;
    const notTaken = (await __nccwpck_require__.e(/* import() */ 869).then(__nccwpck_require__.bind(__nccwpck_require__, 869))).portNotTaken(settings, settings.language);
    if (notTaken)
        report.portNotTaken(settings, notTaken);
}
/**
 * Phase 3: the transport for these settings. An OAuth2 access token is fetched once, just
 * before connecting, so a dry run opens no connection at all.
 */
function createTransport(core, settings, options, secrets, cancellation) {
    const log = {
        info: (line) => core.info(secrets.mask(line)),
        warning: (line) => core.warning(secrets.mask(line)),
        transcript: (line) => core.info(secrets.mask(line))
    };
    let connecting;
    const connectOptions = () => (connecting ??= fetchToken());
    const fetchToken = async () => {
        const oauth2 = settings.oauth2;
        if (!oauth2)
            return options;
        const { fetchAccessToken, oauth2LogWords } = await Promise.all(/* import() */[__nccwpck_require__.e(869), __nccwpck_require__.e(344)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3344));
        const accessToken = await cancellation.during({ doing: 'fetching-token', tokenUrl: oauth2.tokenUrl }, () => {
            const words = oauth2LogWords(settings.language);
            core.info(words.fetching(settings.username, oauth2.tokenUrl));
            return fetchAccessToken(oauth2, settings.timeoutSeconds, {
                retries: settings.retries,
                backoffMs: options.backoffMs,
                sleep: options.sleep,
                signal: options.signal,
                onRetry: (error, delayMs) => {
                    const diagnosis = error.diagnosisIn(settings.language);
                    log.warning(words.retrying(`${diagnosis.title}${diagnosis.detail ? ` (${diagnosis.detail})` : ''}`, Math.round(delayMs / 1000)));
                }
            });
        });
        secrets.add(accessToken);
        return { ...options, accessToken };
    };
    return {
        verify: async () => verifyLogin(settings, log, await connectOptions()),
        preconnect() {
            let early;
            let closed = false;
            const opened = connectOptions().then((connect) => {
                if (!closed)
                    early = openEarlySession(settings, log, connect);
                return early;
            });
            const fatal = opened.then((session) => session?.fatal ?? new Promise(() => { }));
            // Handled by the race against the preparation; quiet when it comes after.
            fatal.catch(() => { });
            return {
                opened,
                fatal,
                close() {
                    closed = true;
                    early?.close();
                }
            };
        },
        send: async (message, addressed, preconnection) => {
            const early = await preconnection?.opened;
            return sendMessage(addressed, message, log, { ...(await connectOptions()), early });
        }
    };
}
/** The failed jobs and, when `status` is empty, the outcome, from the REST API when it is worth asking. */
async function askGitHub(core, settings, env, mask, signal) {
    const skip = (0,api_access/* reasonToSkipApi */.v)(settings.status, settings.githubToken, env);
    if (skip) {
        core.debug(`Not asking the GitHub API for the run's jobs: ${skip}.`);
        return { status: settings.status, warnings: [] };
    }
    // The API client is loaded only by the runs that ask the API.
    const { fetchRunReport } = await Promise.all(/* import() */[__nccwpck_require__.e(148), __nccwpck_require__.e(133)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8133));
    const result = await fetchRunReport({
        token: settings.githubToken,
        apiUrl: (0,api_access/* apiUrlOf */.p)(env),
        repository: env.GITHUB_REPOSITORY,
        runId: env.GITHUB_RUN_ID,
        runAttempt: env.GITHUB_RUN_ATTEMPT || '1',
        logLines: settings.logLines,
        timeoutSeconds: settings.timeoutSeconds,
        signal,
        language: settings.language
    });
    // Calls cut short by a cancellation are not worth a warning: the step reports the cancellation.
    if (signal?.aborted)
        return { warnings: [] };
    const warnings = result.warnings.map((warning) => mask(settings.status || result.status ? warning : `${warning} ${result.outcomeUnknown}`));
    return { status: settings.status ?? result.status, report: result.report, warnings };
}
/**
 * Phase 4: the run from its environment and event, the body and the attachments from the
 * files, read and checked first: a bad file or body fails the step before any connection.
 */
async function gather(core, settings, env, secrets) {
    const ctx = buildRunContext(env, readEventPayload(env.GITHUB_EVENT_PATH), settings.language);
    // Loaded only by the runs that read files.
    const files = settings.bodyFile || settings.attachments.length ? await __nccwpck_require__.e(/* import() */ 148).then(__nccwpck_require__.bind(__nccwpck_require__, 9148)) : undefined;
    const body = settings.bodyFile ? await files.readBodyFile(settings.bodyFile, env) : settings.body;
    if (body !== undefined)
        await (await __nccwpck_require__.e(/* import() */ 255).then(__nccwpck_require__.bind(__nccwpck_require__, 8255))).checkBody(body, settings);
    const found = settings.attachments.length ? await files.findAttachments(settings.attachments, env) : { files: [], unmatched: [] };
    if (files)
        for (const warning of files.unmatchedPatternWarnings('attachments', found.unmatched, settings.ifNoFilesFound, settings.language))
            core.warning(warning);
    files?.checkAttachmentSize(found.files, 0);
    const contents = found.files.length ? await files.readAttachments(found.files, 0) : [];
    const attachments = contents.map(({ content }, index) => ({ file: found.files[index], content }));
    // Loaded only when `test-reports` is set: it brings the XML parser.
    const tests = settings.testReports.length ? await (await Promise.all(/* import() */[__nccwpck_require__.e(893), __nccwpck_require__.e(148), __nccwpck_require__.e(467)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9467))).readTestReports(settings, env, secrets.mask) : undefined;
    for (const warning of tests?.warnings ?? [])
        core.warning(secrets.mask(warning));
    return { ctx, body, attachments, tests: tests?.summary };
}
/**
 * The jobs and, when `notify-when` or `thread` needs it, the run's place in its workflow's
 * history: both asked at once, while the SMTP session opens.
 */
async function learnAboutRun(core, settings, env, secrets, cancellation, ctx, signal) {
    // Loaded only by the runs that read the history.
    const transitions = (0,notify_when/* needsHistory */.q9)(settings) ? await Promise.all(/* import() */[__nccwpck_require__.e(148), __nccwpck_require__.e(566)]).then(__nccwpck_require__.bind(__nccwpck_require__, 566)) : undefined;
    const historyLookup = transitions?.lookUpHistory(settings, env, ctx, signal);
    const { status, report, warnings } = await cancellation.during({ doing: 'asking-github' }, () => askGitHub(core, settings, env, secrets.mask, signal));
    if (!transitions || !historyLookup)
        return { status, report, warnings };
    const history = transitions.settleTransition(await cancellation.during({ doing: 'asking-github' }, () => historyLookup), status, settings, ctx);
    return { status, report, history, warnings };
}
/**
 * The settings with the committers `mail-committers` adds in `to`: the envelope, the headers,
 * the preview and the report take the recipients from them.
 */
async function addCommitters(core, settings, findings, ctx, mask) {
    if (!settings.mailCommitters)
        return settings;
    const { history } = findings;
    // The authors of the commits the message lists: those since the last success when it lists them, else the push's.
    const listed = history?.view.commitsSince && (history.transition === 'broken' || history.transition === 'still-failing') ? history.view.commitsSince.commits : ctx.commits;
    const { committersToMail } = await __nccwpck_require__.e(/* import() */ 98).then(__nccwpck_require__.bind(__nccwpck_require__, 8098));
    const committers = committersToMail(settings, findings.status, listed, ctx.event);
    for (const line of committers.log)
        core.info(mask(line));
    core.setOutput('committers', committers.added.map((mailbox) => mailbox.address).join(','));
    return { ...settings, to: [...settings.to, ...committers.added] };
}
/**
 * Phase 5: what the REST API adds (the failed jobs, the run's place in the history), asked
 * while the SMTP session opens, then the recipients and the message; or, when `notify-when`
 * does not list this run's transition, why nothing is sent.
 */
async function prepare(core, settings, env, options, secrets, cancellation, local, stop) {
    // The API calls end when the step is cancelled, or when the SMTP session found that nothing can be sent.
    const signal = options.signal ? AbortSignal.any([options.signal, stop]) : stop;
    const findings = await learnAboutRun(core, settings, env, secrets, cancellation, local.ctx, signal);
    // The run has already failed (see run()): nothing more is worth saying.
    if (stop.aborted)
        throw stop.reason;
    const { history } = findings;
    if (history) {
        core.setOutput('transition', history.transition);
        for (const warning of history.warnings)
            core.warning(secrets.mask(warning));
        if (!history.decision.send)
            return { skipped: { transition: history.transition, why: history.decision.why } };
        core.info((0,notify_when/* thisRunIs */.Cx)(history.said, settings.language));
    }
    const addressed = await addCommitters(core, settings, findings, local.ctx, secrets.mask);
    const message = await (0,compose/* composeMessage */.SB)({ ...settings, body: local.body, status: findings.status }, local.ctx, findings.report, history?.view, local.tests);
    message.thread = history?.thread;
    const clipping = (0,compose/* gmailClippingWarning */.zR)(message, settings.language);
    if (clipping)
        core.warning(clipping);
    if (local.attachments.length) {
        const { checkAttachmentSize } = await __nccwpck_require__.e(/* import() */ 148).then(__nccwpck_require__.bind(__nccwpck_require__, 9148));
        // The files as read, with what the message adds to them.
        const read = local.attachments.map(({ file, content }) => ({ ...file, size: content.length }));
        checkAttachmentSize(read, Buffer.byteLength(message.html) + Buffer.byteLength(message.text));
        message.attachments = local.attachments.map(({ file, content }) => ({ filename: file.filename, content }));
    }
    cancellation.check();
    return { message, addressed, lacking: findings.warnings };
}
/**
 * What a failure before the inputs were read can still say about the connection, in the
 * language asked for; English when `language` itself is the bad input.
 */
function unreadFacts(core) {
    let language = src_language/* DEFAULT_LANGUAGE */.Nm;
    try {
        language = (0,src_settings/* parseLanguage */.Op)(core.getInput('language'));
    }
    catch {
        // Reported in English: the failure is that input.
    }
    return {
        server: core.getInput('server') || 'smtp.gmail.com',
        port: 0,
        secure: true,
        username: core.getInput('username'),
        timeoutSeconds: 0,
        usesOAuth2: false,
        language
    };
}
/**
 * The action's entry point, in phases: secrets, settings, transport, then either a login
 * check, or the message prepared and previewed or delivered; then the report. The only
 * place that fails the step.
 */
async function run(core, options = {}) {
    const env = options.env ?? process.env;
    const secrets = registerSecrets(core);
    const report = createReport(core, env, secrets.mask);
    let facts;
    const cancellation = new cancel/* CancellationGuard */.x9(options.signal, () => facts?.server ?? '');
    try {
        const settings = await readInputs(core);
        facts = connectionFacts(settings);
        await checkPort(settings, report);
        const transport = createTransport(core, settings, options, secrets, cancellation);
        if (settings.verifyOnly) {
            report.verifying(settings);
            return await report.verified(settings, (await transport.verify()).loggedIn);
        }
        const local = await gather(core, settings, env, secrets);
        report.placeholdersEmptyForGood(settings, local.body);
        cancellation.check();
        // The SMTP session opens while the REST API is asked: the two wait on different servers.
        // A dry run connects nowhere; a run that may send nothing (notify-when) connects only
        // once it knows it sends, so that it does not log in for nothing.
        const preconnection = settings.dryRun || settings.notifyWhen !== 'always' ? undefined : transport.preconnect();
        const stopPreparing = new AbortController();
        let prepared;
        try {
            const preparing = prepare(core, settings, env, options, secrets, cancellation, local, stopPreparing.signal);
            prepared = await (preconnection ? Promise.race([preparing, preconnection.fatal]) : preparing);
        }
        catch (error) {
            stopPreparing.abort(error);
            preconnection?.close();
            throw error;
        }
        if ('skipped' in prepared)
            return await report.skipped(settings, prepared.skipped.transition, prepared.skipped.why);
        const { message, addressed, lacking } = prepared;
        if (settings.dryRun) {
            const { previewDirectory, writePreview } = await __nccwpck_require__.e(/* import() */ 743).then(__nccwpck_require__.bind(__nccwpck_require__, 2743));
            const preview = await writePreview(addressed, message, previewDirectory(env));
            for (const warning of lacking)
                core.warning(warning);
            return await report.previewed(addressed, message, preview);
        }
        report.sending(addressed, message);
        const result = await transport.send(message, addressed, preconnection);
        for (const warning of lacking)
            core.warning(warning);
        await report.sent(addressed, message, result);
    }
    catch (error) {
        core.setFailed(await report.failed(error, facts ?? unreadFacts(core)));
    }
}


/***/ }),

/***/ 4895:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bb: () => (/* binding */ describeTransition),
/* harmony export */   Cx: () => (/* binding */ thisRunIs),
/* harmony export */   OR: () => (/* binding */ decideToSend),
/* harmony export */   q9: () => (/* binding */ needsHistory),
/* harmony export */   rh: () => (/* binding */ parseNotifyWhen)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _history_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8155);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(2497);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(5260);




/** The shorthands of `notify-when`, besides `always`. */
const NOTIFY_WHEN_SHORTHANDS = {
    failures: ['broken', 'still-failing', 'cancelled'],
    changes: ['broken', 'fixed']
};
/** Transitions a user may list; `unknown` is accepted too, though it always sends. */
const LISTABLE = _history_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSITIONS */ .Ds;
/** Parses `notify-when`: transitions and shorthands separated by commas or white space. */
function parseNotifyWhen(value) {
    const words = value
        .toLowerCase()
        .split(/[\s,]+/)
        .filter(Boolean);
    if (!words.length || words.includes('always'))
        return 'always';
    const listed = new Set();
    for (const word of words) {
        const shorthand = Object.hasOwn(NOTIFY_WHEN_SHORTHANDS, word) ? NOTIFY_WHEN_SHORTHANDS[word] : undefined;
        if (shorthand)
            shorthand.forEach((t) => listed.add(t));
        else if (LISTABLE.includes(word))
            listed.add(word);
        else {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputErrorIn */ .Az)('notify-when', WORDS, (words) => words.notATransition(word.replace(_printable_js__WEBPACK_IMPORTED_MODULE_2__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?')));
        }
    }
    // In a fixed order, so that the same choice reads the same whatever order it was written in.
    return _history_js__WEBPACK_IMPORTED_MODULE_1__/* .TRANSITIONS */ .Ds.filter((t) => listed.has(t));
}
/** Whether the history has to be read: only to choose which runs send, or to thread them. */
function needsHistory(settings) {
    return settings.notifyWhen !== 'always' || settings.thread;
}
/** How a transition is said in the log and the job summary, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_3__/* .defineWords */ .Pw)('notify-when', {
    /** "still failing (the 3rd failed run in a row)". */
    transition: {
        en: (transition, streak, complete) => {
            switch (transition) {
                case 'broken':
                    return 'broken (a failure after a success, or the first run)';
                case 'still-failing':
                    return `still failing (the ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .ordinal */ .IE)(streak)}${complete ? '' : ' or later'} failed run in a row)`;
                case 'fixed':
                    return `fixed (a success after ${streak} failed run${streak === 1 ? '' : 's'})`;
                case 'passing':
                    return 'passing (a success after a success, or the first run)';
                case 'cancelled':
                    return 'cancelled';
                case 'unknown':
                    return 'unknown';
            }
        },
        ko: (transition, streak, complete) => {
            switch (transition) {
                case 'broken':
                    return '\uae68\uc9d0(\uc131\uacf5 \ub4a4\uc758 \uc2e4\ud328, \ub610\ub294 \uccab \uc2e4\ud589)';
                case 'still-failing':
                    return `\uacc4\uc18d \uc2e4\ud328(\uc5f0\uc18d ${streak}\ubc88\uc9f8${complete ? '' : ' \uc774\ud6c4'} \uc2e4\ud328)`;
                case 'fixed':
                    return `\ubcf5\uad6c\ub428(${streak}\ud68c \uc2e4\ud328 \ub4a4\uc758 \uc131\uacf5)`;
                case 'passing':
                    return '\ud1b5\uacfc(\uc131\uacf5 \ub4a4\uc758 \uc131\uacf5, \ub610\ub294 \uccab \uc2e4\ud589)';
                case 'cancelled':
                    return '\ucde8\uc18c\ub428';
                case 'unknown':
                    return '\uc54c \uc218 \uc5c6\uc74c';
            }
        }
    },
    notATransition: {
        en: (word) => ({
            problem: `"${word}" is not a transition`,
            fix: 'Set `notify-when` to always (every run), failures (broken, still-failing, cancelled), changes (broken, fixed), ' +
                'or a comma-separated list of broken, still-failing, fixed, passing and cancelled.'
        }),
        ko: (word) => ({
            problem: `"${word}"\uc740(\ub294) \uc804\ud658(transition)\uc774 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: '`notify-when`\uc744 always(\ubaa8\ub4e0 \uc2e4\ud589), failures(broken, still-failing, cancelled), changes(broken, fixed), ' +
                '\ub610\ub294 broken, still-failing, fixed, passing, cancelled\ub97c \uc27c\ud45c\ub85c \uad6c\ubd84\ud55c \ubaa9\ub85d\uc73c\ub85c \uc124\uc815\ud558\uc138\uc694.'
        })
    },
    thisRunIs: { en: (said) => `This run is ${said}.`, ko: (said) => `\uc774 \uc2e4\ud589\uc740 ${said}\uc785\ub2c8\ub2e4.` },
    notListed: {
        en: (said, listed) => `this run is ${said}, and \`notify-when\` lists only ${listed}`,
        ko: (said, listed) => `\uc774 \uc2e4\ud589\uc740 ${said}\uc774\uace0, \`notify-when\`\uc5d0\ub294 ${listed}\ub9cc \uc788\uc2b5\ub2c8\ub2e4`
    },
    notThisOne: {
        en: (said, every, next) => `this run is ${said}, and \`still-failing-every: ${every}\` mails the next one at the ${(0,_history_js__WEBPACK_IMPORTED_MODULE_1__/* .ordinal */ .IE)(next)} failed run`,
        ko: (said, every, next) => `\uc774 \uc2e4\ud589\uc740 ${said}\uc774\uace0, \`still-failing-every: ${every}\`\uc5d0 \ub530\ub77c \ub2e4\uc74c \uba54\uc77c\uc740 ${next}\ubc88\uc9f8 \uc2e4\ud328 \uc2e4\ud589\uc5d0\uc11c \ubcf4\ub0c5\ub2c8\ub2e4`
    }
});
/** The transition in words, as the log says it: "still failing (3rd failed run in a row)". */
function describeTransition(transition, history, language = _language_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LANGUAGE */ .Nm) {
    return WORDS[language].transition(transition, history?.streak ?? 0, history?.streakComplete ?? true);
}
/** "This run is still failing (\u2026)." for the log. */
function thisRunIs(said, language = _language_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LANGUAGE */ .Nm) {
    return WORDS[language].thisRunIs(said);
}
/**
 * Whether this run sends a mail. `unknown` always does: a run that could not be
 * classified might be the one that broke the build. A streak mails its 1st,
 * (N+1)th, (2N+1)th\u2026 failed run with `still-failing-every: N`.
 */
function decideToSend(settings, transition, history, language = _language_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_LANGUAGE */ .Nm) {
    const { notifyWhen, stillFailingEvery } = settings;
    if (notifyWhen === 'always' || transition === 'unknown')
        return { send: true };
    const words = WORDS[language];
    const said = describeTransition(transition, history, language);
    if (!notifyWhen.includes(transition))
        return { send: false, why: words.notListed(said, notifyWhen.join(', ')) };
    if (transition === 'still-failing' && history && (history.streak - 1) % stillFailingEvery !== 0) {
        const next = history.streak + stillFailingEvery - ((history.streak - 1) % stillFailingEvery);
        return { send: false, why: words.notThisOne(said, stillFailingEvery, next) };
    }
    return { send: true };
}


/***/ }),

/***/ 5260:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   F7: () => (/* binding */ escapeControlCharacters),
/* harmony export */   Fd: () => (/* binding */ hasControlCharacter),
/* harmony export */   Kf: () => (/* binding */ EVERY_CONTROL_CHARACTER),
/* harmony export */   V6: () => (/* binding */ CONTROL_CHARACTER_RUNS),
/* harmony export */   VW: () => (/* binding */ escapeForOneLine),
/* harmony export */   g$: () => (/* binding */ printable)
/* harmony export */ });
/**
 * Text the action did not write (server replies, API messages, file names, event text,
 * error messages) made safe to print on a runner, where a line of output can be a
 * workflow command.
 */
// C0 controls, DEL and C1 controls (U+0085 NEXT LINE among them, which .NET trims as white
// space), but not the line feed and tab that ordinary text is made of, nor the carriage
// return of a CRLF line break.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]|\r(?!\n)/g;
/**
 * Shows every control character except line feed, tab and CRLF as `\xNN`, so an ESC
 * cannot colour or rewrite the log, and a NUL or a lone carriage return (which the runner
 * reads as a line break) cannot hide or split what follows.
 */
function escapeControlCharacters(text) {
    return text.replace(CONTROL_CHARACTERS, hexEscape);
}
/**
 * Every control character (Unicode's Cc: C0, DEL and C1), for `replace`. Spelled out rather
 * than written `\p{Cc}`: the first Unicode property escape a process compiles costs about
 * 3 ms, at every start when the inputs are read.
 */
// eslint-disable-next-line no-control-regex
const EVERY_CONTROL_CHARACTER = /[\0-\x1f\x7f-\x9f]/g;
/** The same class, without the `g` flag, whose `test` would keep state between calls. */
const ANY_CONTROL_CHARACTER = new RegExp(EVERY_CONTROL_CHARACTER.source);
/** Every run of control characters, for `replace` by one character each. */
const CONTROL_CHARACTER_RUNS = new RegExp(`${EVERY_CONTROL_CHARACTER.source}+`, 'g');
/** Whether `text` holds any control character (Unicode's Cc). */
function hasControlCharacter(text) {
    return ANY_CONTROL_CHARACTER.test(text);
}
/**
 * Shows every control character as `\xNN`, line feed and tab included: for text that must
 * stay on one line of a message, such as a file name, which may hold a line break.
 */
function escapeForOneLine(text) {
    return text.replace(EVERY_CONTROL_CHARACTER, hexEscape);
}
function hexEscape(character) {
    return `\\x${character.charCodeAt(0).toString(16).padStart(2, '0')}`;
}
// The runner trims a line (.NET's TrimStart: any Unicode white space) and then reads `::`
// as a command and `##[` as the older form of one. `\s` is JavaScript's white space, a
// superset of what .NET trims once control characters are escaped. A line starts at the
// text's start or after a line feed (the runner splits lines at CR, LF and CRLF, and a
// lone CR is escaped by then).
const COMMAND_START = /(?<![^\n])([^\S\n]*)(?=::|##\[)/g;
/**
 * The text with control characters escaped and a backslash before any line that the
 * runner would otherwise take for a workflow command (`::error::`, `::add-mask::`,
 * `::stop-commands::`, `##[error]`). Ordinary text comes back unchanged.
 */
function printable(text) {
    return escapeControlCharacters(text).replace(COMMAND_START, '$1\\');
}
/**
 * A fenced Markdown code block, as lines, that the text inside cannot close: the fence is
 * one backtick longer than the longest run of backticks in it (CommonMark), so a server
 * reply cannot end the block and write Markdown of its own into the job summary.
 */
function codeBlock(text) {
    const longestRun = Math.max(0, ...[...text.matchAll(/`+/g)].map((run) => run[0].length));
    const fence = '`'.repeat(Math.max(3, longestRun + 1));
    return [fence, escapeControlCharacters(text), fence];
}


/***/ }),

/***/ 6903:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ax: () => (/* binding */ recipientRefusal),
/* harmony export */   Px: () => (/* binding */ enhancedStatus),
/* harmony export */   Xb: () => (/* binding */ RELAY_REFUSED),
/* harmony export */   Z1: () => (/* binding */ inputsHolding),
/* harmony export */   vj: () => (/* binding */ inputNames)
/* harmony export */ });
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2497);


// What a send needs to tell refused recipients apart and name the inputs that listed them,
// without loading the diagnoses (diagnose.ts), which only a failure needs.
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .defineWords */ .Pw)('recipients', {
    inputNames: {
        en: (quoted) => quoted.length === 0 ? '`to`, `cc` or `bcc`' : quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`,
        ko: (quoted) => (quoted.length === 0 ? '`to`, `cc`, `bcc` \uc911 \ud558\ub098' : quoted.join(', '))
    }
});
/** The enhanced status code (`5.7.8`) of a reply, if it has one. */
function enhancedStatus(reply) {
    return /^\d{3}[- ](\d\.\d{1,3}\.\d{1,3})\b/.exec(reply)?.[1];
}
/** A server refusing to pass mail on to a domain it does not serve, in the words of Postfix, Exim, Exchange, Sendmail and qmail. */
const RELAY_REFUSED = /relay(ing)? (access )?denied|relay(ing)? not (permitted|allowed)|not permitted to relay|unable to relay|we do not relay|allowed rcpthosts/i;
/**
 * Reads a refusal of RCPT TO. Syntax advice fits only a reply about syntax (5.1.3, 501): a
 * well-formed address refused as unknown, or as outside the domains a server relays for,
 * needs different advice. Matched on the enhanced status first, then on the phrases of
 * Postfix, Exim, Exchange, Sendmail, qmail and Gmail.
 */
function recipientRefusal(reply) {
    const code = Number(reply.slice(0, 3));
    const status = enhancedStatus(reply) ?? '';
    if (code >= 400 && code < 500)
        return 'deferred';
    if (RELAY_REFUSED.test(reply))
        return 'relay-denied';
    if (status === '5.1.3' || code === 501 || (!status && /syntax|malformed|not a valid RFC ?5321/i.test(reply)))
        return 'not-valid';
    if (['5.1.1', '5.1.2', '5.1.6', '5.1.10'].includes(status) ||
        /user unknown|unknown (user|recipient|mailbox)|no such (user|mailbox|recipient|address)|does ?n[o']t exist|Recip(ient)?NotFound|unroutable|unrouteable|(recipient|mailbox|user|address) not found|invalid recipient/i.test(reply)) {
        return 'unknown-mailbox';
    }
    return 'other';
}
/** An address as the envelope carries it: the composer turns an international domain into ASCII. Compared without case. */
function envelopeForm(address) {
    const at = address.lastIndexOf('@');
    const domain = at === -1 ? '' : address.slice(at + 1);
    return (at === -1 ? address : `${address.slice(0, at)}@${(0,node_url__WEBPACK_IMPORTED_MODULE_0__.domainToASCII)(domain) || domain}`).toLowerCase();
}
/** The inputs among `to`, `cc` and `bcc` that list `address`; empty when the settings are not known. */
function inputsHolding(address, recipients) {
    if (!recipients)
        return [];
    const wanted = envelopeForm(address);
    return ['to', 'cc', 'bcc'].filter((input) => recipients[input].some((listed) => envelopeForm(listed) === wanted));
}
/** "`to`", "`to` and `cc`": the inputs that hold an address, or all three when that is not known. */
function inputNames(inputs, language = _language_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_LANGUAGE */ .Nm) {
    return WORDS[language].inputNames(inputs.map((input) => `\`${input}\``));
}


/***/ }),

/***/ 5523:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E: () => (/* binding */ runnerCore)
});

// UNUSED EXPORTS: createJobSummary

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: ./src/printable.ts
var printable = __nccwpck_require__(5260);
;// CONCATENATED MODULE: ./src/runner.ts


// @actions/core's own modules for the workflow commands and command files. Its index
// (`@actions/core`) also imports an HTTP client (undici, for OIDC tokens) that costs more to
// load than sending the notification, and its package exports only that index, so the
// modules are imported by path. They are @actions/core's code, not a copy: every escape,
// delimiter and file check is theirs.




const annotation = (command) => (message, properties = {}) => issueCommand(command, toCommandProperties(properties), (0,printable/* printable */.g$)(message instanceof Error ? message.toString() : message));
const error = annotation('error');
/**
 * The job summary as @actions/core's `summary.addRaw()` and `summary.write()` (append) write
 * it, with the same checks and messages, but with synchronous file calls. @actions/core's
 * asynchronous ones start libuv's thread pool, which cost about 4 ms per run (npm run
 * bench) for one small append.
 */
function createJobSummary() {
    let buffer = '';
    // Checked once, like @actions/core: later writes go to the file found first.
    let filePath;
    return {
        addRaw(text, addEOL = false) {
            buffer += addEOL ? text + external_node_os_.EOL : text;
            return this;
        },
        async write() {
            if (!filePath) {
                const fromEnv = process.env.GITHUB_STEP_SUMMARY;
                if (!fromEnv)
                    throw new Error('Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.');
                try {
                    (0,external_node_fs_.accessSync)(fromEnv, external_node_fs_.constants.R_OK | external_node_fs_.constants.W_OK);
                }
                catch {
                    throw new Error(`Unable to access summary file: '${fromEnv}'. Check if the file has correct read/write permissions.`);
                }
                filePath = fromEnv;
            }
            (0,external_node_fs_.appendFileSync)(filePath, buffer, { encoding: 'utf8' });
            buffer = '';
            return this;
        }
    };
}
/**
 * The runner side of `Core`. The few functions below are the one-line bodies of
 * @actions/core's index, which cannot be imported without its HTTP client;
 * __tests__/runner.test.ts compares them with @actions/core byte for byte.
 *
 * One deliberate difference: every message printed through info, debug, notice, warning,
 * error and setFailed goes through `printable` first, because much of what the action
 * prints comes from elsewhere (an SMTP server's replies, the API, the event). A line that
 * the runner would read as a workflow command gets a backslash before its `::` or `##[`,
 * and control characters other than line feed and tab are shown as `\xNN`. Ordinary text
 * is written exactly as @actions/core writes it; the commands the action issues itself
 * (add-mask, outputs, the annotations) work as before.
 */
const runnerCore = {
    getInput(name, options) {
        const value = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
        if (options?.required && !value)
            throw new Error(`Input required and not supplied: ${name}`);
        return options?.trimWhitespace === false ? value : value.trim();
    },
    setSecret: (secret) => issueCommand('add-mask', {}, secret),
    setOutput(name, value) {
        if (process.env.GITHUB_OUTPUT)
            return issueFileCommand('OUTPUT', prepareKeyValueMessage(name, value));
        process.stdout.write(external_node_os_.EOL);
        issueCommand('set-output', { name }, toCommandValue(value));
    },
    setFailed(message) {
        process.exitCode = 1;
        error(message);
    },
    info: (message) => void process.stdout.write((0,printable/* printable */.g$)(message) + external_node_os_.EOL),
    debug: (message) => issueCommand('debug', {}, (0,printable/* printable */.g$)(message)),
    error,
    warning: annotation('warning'),
    notice: annotation('notice'),
    summary: createJobSummary()
};


/***/ }),

/***/ 8750:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Lk: () => (/* binding */ hasCredentials),
/* harmony export */   O9: () => (/* binding */ TOKEN_INPUTS),
/* harmony export */   Op: () => (/* binding */ parseLanguage),
/* harmony export */   PG: () => (/* binding */ hostAndPort),
/* harmony export */   hY: () => (/* binding */ isGoogleServer),
/* harmony export */   i7: () => (/* binding */ missingSecretHint),
/* harmony export */   sb: () => (/* binding */ readSettings)
/* harmony export */ });
/* unused harmony exports MISSING_SECRET_HINT, SMTP_LIMITS, addressTooLong, parseMailboxes, normalisePassword, parseServer, parseDomains */
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var nodemailer_lib_addressparser__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2844);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(5237);
/* harmony import */ var _xoauth2_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(6052);
/* harmony import */ var _notify_when_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(4895);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(2497);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(5260);









// The local part may hold dots anywhere (some providers hand out `a..b@` and `a.@`). One
// character class for it, not `x+(\.x+)*` around a class that itself takes dots: that form
// backtracks exponentially on `a.a.a.\u2026@`.
const MAILBOX_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/;
const APP_PASSWORD_AS_SHOWN = /^[a-z]{4} [a-z]{4} [a-z]{4} [a-z]{4}$/i;
/** Gmail's SMTP host names, which always need a login (a trailing dot is the same host). */
function isGoogleServer(server) {
    return /^smtp\.(gmail|googlemail)\.com\.?$/i.test(server);
}
/** Why a secret can be empty although it exists, and how to skip the step there. */
const MISSING_SECRET_HINT = 'If the secret exists, this run probably comes from a pull request from a fork, which GitHub does not give secrets to; ' +
    "skip the step there with `if: always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)`. " +
    "Dependabot's runs get no Actions secrets either: add the secret under Settings \u2192 Secrets and variables \u2192 Dependabot.";
/** RFC 5321, 4.5.3.1: the longest local part, domain label and path SMTP servers must accept, in octets. */
const SMTP_LIMITS = { localPart: 64, label: 63, address: 254 };
/** The problems with the inputs and their fixes, and the notices, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_7__/* .defineWords */ .Pw)('settings', {
    /** An over-long value, cut: "abc\u2026 (4000 characters)". */
    cut: { en: (start, length) => `${start}\u2026 (${length} characters)`, ko: (start, length) => `${start}\u2026 (${length}\uc790)` },
    addressLength: {
        en: (length) => length.part === 'local'
            ? `its part before the @ is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.localPart}`
            : length.part === 'label'
                ? `a part of its domain ("${length.label}") is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.label}`
                : `it is ${length.octets} octets long; SMTP allows ${SMTP_LIMITS.address}`,
        ko: (length) => length.part === 'local'
            ? `@ \uc55e\ubd80\ubd84\uc774 ${length.octets}\uc625\ud15f\uc785\ub2c8\ub2e4. SMTP\ub294 ${SMTP_LIMITS.localPart}\uc625\ud15f\uae4c\uc9c0 \ud5c8\uc6a9\ud569\ub2c8\ub2e4`
            : length.part === 'label'
                ? `\ub3c4\uba54\uc778\uc758 \ud55c \ubd80\ubd84("${length.label}")\uc774 ${length.octets}\uc625\ud15f\uc785\ub2c8\ub2e4. SMTP\ub294 ${SMTP_LIMITS.label}\uc625\ud15f\uae4c\uc9c0 \ud5c8\uc6a9\ud569\ub2c8\ub2e4`
                : `\uc804\uccb4\uac00 ${length.octets}\uc625\ud15f\uc785\ub2c8\ub2e4. SMTP\ub294 ${SMTP_LIMITS.address}\uc625\ud15f\uae4c\uc9c0 \ud5c8\uc6a9\ud569\ub2c8\ub2e4`
    },
    addressControlCharacter: {
        en: (shown) => ({
            problem: `"${shown}" contains a control character`,
            fix: 'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines, with no tabs or other control characters.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc5d0 \uc81c\uc5b4 \ubb38\uc790\uac00 \ub4e4\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: 'user@example.com \ub610\ub294 `Name <user@example.com>` \ud615\uc2dd\uc758 \uc8fc\uc18c\ub97c \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud574 \uc801\uace0, \ud0ed\uc774\ub098 \ub2e4\ub978 \uc81c\uc5b4 \ubb38\uc790\ub294 \ub123\uc9c0 \ub9c8\uc138\uc694.'
        })
    },
    addressGroup: {
        en: (shown) => ({
            problem: `"${shown}" is an address group`,
            fix: 'List each recipient as a plain address (user@example.com) or `Name <user@example.com>`, separated by commas or new lines.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc740(\ub294) \uc8fc\uc18c \uadf8\ub8f9\uc785\ub2c8\ub2e4`,
            fix: '\ubc1b\ub294 \uc0ac\ub78c\uc744 \ud558\ub098\uc529 \uc77c\ubc18 \uc8fc\uc18c(user@example.com) \ub610\ub294 `Name <user@example.com>` \ud615\uc2dd\uc73c\ub85c, \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud574 \uc801\uc73c\uc138\uc694.'
        })
    },
    addressInDisplayName: {
        en: (name, address, input) => input === 'from'
            ? {
                problem: `"${name}" holds an address, but would be the display name of the sender ${address}`,
                fix: 'A display name with an @ in it goes in double quotes: `"ci@work" <ci-bot@example.com>`. `from` is one address.'
            }
            : {
                problem: `"${name}" holds an address, but would be the display name of ${address}, not ${input === 'reply-to' ? 'an address to reply to' : 'a recipient'}`,
                fix: 'Separate addresses with commas or new lines: `a@example.com, b@example.com`. A display name with an @ in it goes in double quotes: `"alice@work" <alice@example.com>`.'
            },
        ko: (name, address, input) => input === 'from'
            ? {
                problem: `"${name}"\uc5d0 \uc8fc\uc18c\uac00 \ub4e4\uc5b4 \uc788\uc9c0\ub9cc, \ubcf4\ub0b4\ub294 \uc0ac\ub78c ${address}\uc758 \ud45c\uc2dc \uc774\ub984\uc774 \ub429\ub2c8\ub2e4`,
                fix: '@\uac00 \ub4e4\uc5b4\uac04 \ud45c\uc2dc \uc774\ub984\uc740 \ud070\ub530\uc634\ud45c\ub85c \uac10\uc2f8\uc138\uc694: `"ci@work" <ci-bot@example.com>`. `from`\uc5d0\ub294 \uc8fc\uc18c \ud558\ub098\ub9cc \uc801\uc2b5\ub2c8\ub2e4.'
            }
            : {
                problem: `"${name}"\uc5d0 \uc8fc\uc18c\uac00 \ub4e4\uc5b4 \uc788\uc9c0\ub9cc, ${input === 'reply-to' ? '\ub2f5\uc7a5 \uc8fc\uc18c\uac00' : '\ubc1b\ub294 \uc0ac\ub78c\uc774'} \uc544\ub2c8\ub77c ${address}\uc758 \ud45c\uc2dc \uc774\ub984\uc774 \ub429\ub2c8\ub2e4`,
                fix: '\uc8fc\uc18c\ub294 \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud558\uc138\uc694: `a@example.com, b@example.com`. @\uac00 \ub4e4\uc5b4\uac04 \ud45c\uc2dc \uc774\ub984\uc740 \ud070\ub530\uc634\ud45c\ub85c \uac10\uc2f8\uc138\uc694: `"alice@work" <alice@example.com>`.'
            }
    },
    addressUnclosed: {
        en: (shown, mark) => ({
            problem: `"${shown}" has a \`${mark}\` that is never closed`,
            fix: `Close it or remove it: what follows it would be read as part of a name, and no recipient in it would be mailed. Give addresses such as user@example.com or \`Name <user@example.com>\`, separated by commas or new lines.`
        }),
        ko: (shown, mark) => ({
            problem: `"${shown}"\uc5d0 \ub2eb\ud788\uc9c0 \uc54a\uc740 \`${mark}\`\uc774(\uac00) \uc788\uc2b5\ub2c8\ub2e4`,
            fix: `\ub2eb\uac70\ub098 \uc9c0\uc6b0\uc138\uc694. \uadf8 \ub4a4\uc758 \ub0b4\uc6a9\uc740 \uc774\ub984\uc758 \uc77c\ubd80\ub85c \uc77d\ud600\uc11c, \uadf8 \uc548\uc758 \ubc1b\ub294 \uc0ac\ub78c\uc5d0\uac8c\ub294 \uba54\uc77c\uc774 \uac00\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. user@example.com \ub610\ub294 \`Name <user@example.com>\` \ud615\uc2dd\uc758 \uc8fc\uc18c\ub97c \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud574 \uc801\uc73c\uc138\uc694.`
        })
    },
    addressMailto: {
        en: (shown) => ({
            problem: `"${shown}" is a mailto: link, not an address`,
            fix: 'Remove `mailto:` and give the address alone (user@example.com) or `Name <user@example.com>`, separated by commas or new lines.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc740(\ub294) \uc8fc\uc18c\uac00 \uc544\ub2c8\ub77c mailto: \ub9c1\ud06c\uc785\ub2c8\ub2e4`,
            fix: '`mailto:`\ub97c \uc9c0\uc6b0\uace0 \uc8fc\uc18c\ub9cc(user@example.com) \ub610\ub294 `Name <user@example.com>` \ud615\uc2dd\uc73c\ub85c, \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud574 \uc801\uc73c\uc138\uc694.'
        })
    },
    addressTooLong: {
        en: (shown, why) => ({
            problem: `"${shown}" is longer than SMTP allows: ${why}`,
            fix: `Shorten the address: SMTP (RFC 5321) takes at most ${SMTP_LIMITS.localPart} octets before the @, ${SMTP_LIMITS.label} in each dot-separated part of the domain and ${SMTP_LIMITS.address} in all; a letter outside ASCII counts 2 to 4 octets.`
        }),
        ko: (shown, why) => ({
            problem: `"${shown}"\uc774(\uac00) SMTP\uac00 \ud5c8\uc6a9\ud558\ub294 \uae38\uc774\ubcf4\ub2e4 \uae41\ub2c8\ub2e4: ${why}`,
            fix: `\uc8fc\uc18c\ub97c \uc904\uc774\uc138\uc694. SMTP(RFC 5321)\ub294 @ \uc55e\uc744 \ucd5c\ub300 ${SMTP_LIMITS.localPart}\uc625\ud15f, \ub3c4\uba54\uc778\uc758 \uc810\uc73c\ub85c \ub098\ub25c \uac01 \ubd80\ubd84\uc744 ${SMTP_LIMITS.label}\uc625\ud15f, \uc804\uccb4\ub97c ${SMTP_LIMITS.address}\uc625\ud15f\uae4c\uc9c0 \ubc1b\uc2b5\ub2c8\ub2e4. ASCII\uac00 \uc544\ub2cc \uae00\uc790\ub294 2~4\uc625\ud15f\uc73c\ub85c \uc149\ub2c8\ub2e4.`
        })
    },
    notAnAddress: {
        en: (shown) => ({
            problem: `"${shown}" is not an email address`,
            fix: 'Give addresses such as user@example.com or `Name <user@example.com>`, separated by commas or new lines.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc740(\ub294) \uc774\uba54\uc77c \uc8fc\uc18c\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: 'user@example.com \ub610\ub294 `Name <user@example.com>` \ud615\uc2dd\uc758 \uc8fc\uc18c\ub97c \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud574 \uc801\uc73c\uc138\uc694.'
        })
    },
    notWholeNumber: {
        en: (input, text, min, max, fallback) => ({
            problem: `"${text}" is not a whole number from ${min} to ${max}`,
            fix: `Set \`${input}\` to a whole number from ${min} to ${max}, or leave it empty for ${fallback}.`
        }),
        ko: (input, text, min, max, fallback) => ({
            problem: `"${text}"\uc740(\ub294) ${min}\ubd80\ud130 ${max}\uae4c\uc9c0\uc758 \uc815\uc218\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: `\`${input}\`\uc744(\ub97c) ${min}\ubd80\ud130 ${max}\uae4c\uc9c0\uc758 \uc815\uc218\ub85c \uc124\uc815\ud558\uac70\ub098, \ube44\uc6cc \ub450\uc5b4 ${fallback}(\uc73c)\ub85c \uc4f0\uc138\uc694.`
        })
    },
    notBoolean: {
        en: (input, text) => ({
            problem: `"${text}" is neither true nor false`,
            fix: `Set \`${input}\` to true or false, or leave it empty.`
        }),
        ko: (input, text) => ({
            problem: `"${text}"\uc740(\ub294) true\ub3c4 false\ub3c4 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: `\`${input}\`\uc744(\ub97c) true \ub610\ub294 false\ub85c \uc124\uc815\ud558\uac70\ub098 \ube44\uc6cc \ub450\uc138\uc694.`
        })
    },
    notStatus: {
        en: (text) => ({
            problem: `"${text}" is not a job status`,
            fix: 'Set `status` to success, failure or cancelled \u2014 usually `${{ job.status }}` \u2014 or leave it empty.'
        }),
        ko: (text) => ({
            problem: `"${text}"\uc740(\ub294) \uc791\uc5c5(job) \uc0c1\ud0dc\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: '`status`\ub97c success, failure, cancelled \uc911 \ud558\ub098(\ubcf4\ud1b5 `${{ job.status }}`)\ub85c \uc124\uc815\ud558\uac70\ub098 \ube44\uc6cc \ub450\uc138\uc694.'
        })
    },
    notIfNoFilesFound: {
        en: (text) => ({
            problem: `"${text}" is not warn, error or ignore`,
            fix: 'Set `if-no-files-found` to warn (send anyway, with a warning), error (fail the step) or ignore.'
        }),
        ko: (text) => ({
            problem: `"${text}"\uc740(\ub294) warn, error, ignore \uc911 \ud558\ub098\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: '`if-no-files-found`\ub97c warn(\uacbd\uace0\uc640 \ud568\uaed8 \uadf8\ub300\ub85c \ubcf4\ub0c4), error(\ub2e8\uacc4 \uc2e4\ud328), ignore \uc911 \ud558\ub098\ub85c \uc124\uc815\ud558\uc138\uc694.'
        })
    },
    oauth2Incomplete: {
        en: () => ({
            problem: 'is empty, but other `oauth2-*` inputs are set',
            fix: 'OAuth2 needs all three of `oauth2-client-id`, `oauth2-client-secret` and `oauth2-refresh-token`, each from a repository secret. To log in with an App Password instead, remove the `oauth2-*` inputs.'
        }),
        ko: () => ({
            problem: '\ube44\uc5b4 \uc788\ub294\ub370 \ub2e4\ub978 `oauth2-*` \uc785\ub825\uc740 \uc124\uc815\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4',
            fix: 'OAuth2\uc5d0\ub294 `oauth2-client-id`, `oauth2-client-secret`, `oauth2-refresh-token` \uc138 \uac00\uc9c0\uac00 \ubaa8\ub450 \ud544\uc694\ud558\uba70, \uac01\uac01 \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \uac00\uc838\uc640\uc57c \ud569\ub2c8\ub2e4. \ub300\uc2e0 \uc571 \ube44\ubc00\ubc88\ud638\ub85c \ub85c\uadf8\uc778\ud558\ub824\uba74 `oauth2-*` \uc785\ub825\uc744 \uc9c0\uc6b0\uc138\uc694.'
        })
    },
    tokenUrlWithCredentials: {
        en: (shown) => ({
            problem: `"${shown}" carries a user name or password`,
            fix: 'Give the token endpoint alone; the client is identified by `oauth2-client-id` and `oauth2-client-secret`.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc5d0 \uc0ac\uc6a9\uc790 \uc774\ub984\uc774\ub098 \ube44\ubc00\ubc88\ud638\uac00 \ub4e4\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: '\ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\ub9cc \uc801\uc73c\uc138\uc694. \ud074\ub77c\uc774\uc5b8\ud2b8\ub294 `oauth2-client-id`\uc640 `oauth2-client-secret`\uc73c\ub85c \uc2dd\ubcc4\ud569\ub2c8\ub2e4.'
        })
    },
    tokenUrlNotHttps: {
        en: (shown) => ({
            problem: `"${shown}" is not an https:// URL`,
            fix: `Set \`oauth2-token-url\` to the provider's token endpoint over https (Google: ${_xoauth2_js__WEBPACK_IMPORTED_MODULE_8__/* .GOOGLE_TOKEN_URL */ .I8}), or leave it empty for Google's. The client secret is sent there, so plain http is refused.`
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc740(\ub294) https:// URL\uc774 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: `\`oauth2-token-url\`\uc744 \uba54\uc77c \uc11c\ube44\uc2a4\uc758 https \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8(Google: ${_xoauth2_js__WEBPACK_IMPORTED_MODULE_8__/* .GOOGLE_TOKEN_URL */ .I8})\ub85c \uc124\uc815\ud558\uac70\ub098, \ube44\uc6cc \ub450\uc5b4 Google \uac83\uc744 \uc4f0\uc138\uc694. \ud074\ub77c\uc774\uc5b8\ud2b8 \uc2dc\ud06c\ub9bf\uc744 \uadf8\uacf3\uc73c\ub85c \ubcf4\ub0b4\ubbc0\ub85c \ud3c9\ubb38 http\ub294 \uac70\ubd80\ud569\ub2c8\ub2e4.`
        })
    },
    hostFix: {
        en: "Give only the host name, such as smtp.gmail.com, or an IP address (IPv6 as '::1' or '[::1]', quoted in YAML), and the port in `port`.",
        ko: "smtp.gmail.com \uac19\uc740 \ud638\uc2a4\ud2b8 \uc774\ub984\uc774\ub098 IP \uc8fc\uc18c(IPv6\ub294 YAML\uc5d0\uc11c \ub530\uc634\ud45c\ub85c \uac10\uc2fc '::1' \ub610\ub294 '[::1]')\ub9cc \uc801\uace0, \ud3ec\ud2b8\ub294 `port`\uc5d0 \uc801\uc73c\uc138\uc694."
    },
    serverControlCharacter: {
        en: (shown) => `"${shown}" contains a control character`,
        ko: (shown) => `"${shown}"\uc5d0 \uc81c\uc5b4 \ubb38\uc790\uac00 \ub4e4\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`
    },
    serverIsUrl: { en: 'is a URL, not a host name', ko: '\ud638\uc2a4\ud2b8 \uc774\ub984\uc774 \uc544\ub2c8\ub77c URL\uc785\ub2c8\ub2e4' },
    /** The inputs to set instead, such as "`server: smtp.gmail.com` and `port: 465`". */
    set: { en: (inputs) => `Set ${inputs}.`, ko: (inputs) => `${inputs}(\uc73c)\ub85c \uc124\uc815\ud558\uc138\uc694.` },
    and: { en: (first, second) => `${first} and ${second}`, ko: (first, second) => `${first}\uc640 ${second}` },
    serverWithPort: {
        en: (shown) => `"${shown}" is not a host name: it ends in a port`,
        ko: (shown) => `"${shown}"\uc740(\ub294) \ud638\uc2a4\ud2b8 \uc774\ub984\uc774 \uc544\ub2d9\ub2c8\ub2e4: \ub05d\uc5d0 \ud3ec\ud2b8\uac00 \ubd99\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`
    },
    notHostName: { en: (shown) => `"${shown}" is not a host name`, ko: (shown) => `"${shown}"\uc740(\ub294) \ud638\uc2a4\ud2b8 \uc774\ub984\uc774 \uc544\ub2d9\ub2c8\ub2e4` },
    usernameEmpty: {
        en: () => ({ problem: 'is empty', fix: 'Set `username` to the full address of the sending account, such as you@gmail.com.' }),
        ko: () => ({ problem: '\ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4', fix: '`username`\uc744 \ubcf4\ub0b4\ub294 \uacc4\uc815\uc758 \uc804\uccb4 \uc8fc\uc18c(\uc608: you@gmail.com)\ub85c \uc124\uc815\ud558\uc138\uc694.' })
    },
    usernameNotGmailAddress: {
        en: (shown) => ({
            problem: `"${shown}" is not a full email address, and Gmail takes only the full address as the login`,
            fix: 'Set `username` to the full address of the sending account: you@gmail.com, or your Google Workspace address (you@example.com).'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc740(\ub294) \uc804\uccb4 \uc774\uba54\uc77c \uc8fc\uc18c\uac00 \uc544\ub2d9\ub2c8\ub2e4. Gmail\uc740 \uc804\uccb4 \uc8fc\uc18c\ub85c\ub9cc \ub85c\uadf8\uc778\ud560 \uc218 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: '`username`\uc744 \ubcf4\ub0b4\ub294 \uacc4\uc815\uc758 \uc804\uccb4 \uc8fc\uc18c\ub85c \uc124\uc815\ud558\uc138\uc694: you@gmail.com \ub610\ub294 Google Workspace \uc8fc\uc18c(you@example.com).'
        })
    },
    usernameControlCharacter: {
        en: (shown) => ({
            problem: `"${shown}" contains a control character`,
            fix: 'Set `username` to the account name alone, such as you@gmail.com, on one line.'
        }),
        ko: (shown) => ({
            problem: `"${shown}"\uc5d0 \uc81c\uc5b4 \ubb38\uc790\uac00 \ub4e4\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: '`username`\uc5d0\ub294 you@gmail.com \uac19\uc740 \uacc4\uc815 \uc774\ub984\ub9cc \ud55c \uc904\ub85c \uc801\uc73c\uc138\uc694.'
        })
    },
    passwordEmpty: {
        en: (hint) => ({
            problem: 'is empty',
            fix: `Pass the App Password from a repository secret: \`password: \${{ secrets.GMAIL_APP_PASSWORD }}\` (or log in with the \`oauth2-*\` inputs instead). ${hint}`
        }),
        ko: (hint) => ({
            problem: '\ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4',
            fix: `\uc571 \ube44\ubc00\ubc88\ud638\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \ub118\uae30\uc138\uc694: \`password: \${{ secrets.GMAIL_APP_PASSWORD }}\`(\ub610\ub294 \ub300\uc2e0 \`oauth2-*\` \uc785\ub825\uc73c\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694). ${hint}`
        })
    },
    fromNotAddress: {
        en: (username) => ({
            problem: `is empty, so it defaults to \`username\` ("${username}"), which is not an email address`,
            fix: 'Set `from` to the address the server sends as, optionally with a display name: `CI <ci@example.com>`.'
        }),
        ko: (username) => ({
            problem: `\ube44\uc5b4 \uc788\uc5b4\uc11c \`username\`("${username}")\uc744 \uc4f0\ub294\ub370, \uc774\ub294 \uc774\uba54\uc77c \uc8fc\uc18c\uac00 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: '`from`\uc744 \uc11c\ubc84\uac00 \ubcf4\ub0b4\ub294 \uc8fc\uc18c\ub85c \uc124\uc815\ud558\uc138\uc694. \ud45c\uc2dc \uc774\ub984\uc744 \ubd99\uc5ec\ub3c4 \ub429\ub2c8\ub2e4: `CI <ci@example.com>`.'
        })
    },
    fromNotOne: {
        en: (value) => ({
            problem: `"${value}" must be exactly one address`,
            fix: 'Set `from` to one address, optionally with a display name: `CI <you@gmail.com>`.'
        }),
        ko: (value) => ({
            problem: `"${value}"\uc740(\ub294) \uc815\ud655\ud788 \uc8fc\uc18c \ud558\ub098\uc5ec\uc57c \ud569\ub2c8\ub2e4`,
            fix: '`from`\uc744 \uc8fc\uc18c \ud558\ub098\ub85c \uc124\uc815\ud558\uc138\uc694. \ud45c\uc2dc \uc774\ub984\uc744 \ubd99\uc5ec\ub3c4 \ub429\ub2c8\ub2e4: `CI <you@gmail.com>`.'
        })
    },
    dryRunAndVerifyOnly: {
        en: () => ({
            problem: 'is set together with `verify-only`',
            fix: 'Use `dry-run` to preview the message without connecting, or `verify-only` to check the login without sending; not both.'
        }),
        ko: () => ({
            problem: '`verify-only`\uc640 \ud568\uaed8 \uc124\uc815\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4',
            fix: '\uc5f0\uacb0 \uc5c6\uc774 \uba54\uc2dc\uc9c0\ub97c \ubbf8\ub9ac \ubcf4\ub824\uba74 `dry-run`\uc744, \ubcf4\ub0b4\uc9c0 \uc54a\uace0 \ub85c\uadf8\uc778\ub9cc \ud655\uc778\ud558\ub824\uba74 `verify-only`\ub97c \uc4f0\uc138\uc694. \ub458 \ub2e4\ub294 \uc548 \ub429\ub2c8\ub2e4.'
        })
    },
    toEmpty: {
        en: () => ({ problem: 'is empty', fix: 'Set `to` to at least one recipient address; separate several with commas or new lines.' }),
        ko: () => ({ problem: '\ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4', fix: '`to`\uc5d0 \ubc1b\ub294 \uc0ac\ub78c \uc8fc\uc18c\ub97c \ud558\ub098 \uc774\uc0c1 \uc801\uc73c\uc138\uc694. \uc5ec\ub7ec \uac1c\ub294 \uc27c\ud45c\ub098 \uc904\ubc14\uafc8\uc73c\ub85c \uad6c\ubd84\ud569\ub2c8\ub2e4.' })
    },
    bodyAndBodyFile: {
        en: () => ({ problem: 'is set together with `body`', fix: 'Set either `body` or `body-file`, not both.' }),
        ko: () => ({ problem: '`body`\uc640 \ud568\uaed8 \uc124\uc815\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4', fix: '`body`\uc640 `body-file` \uc911 \ud558\ub098\ub9cc \uc124\uc815\ud558\uc138\uc694.' })
    },
    missingSecret: {
        en: MISSING_SECRET_HINT,
        ko: '\uc2dc\ud06c\ub9bf\uc774 \uc788\ub294\ub370\ub3c4 \ube44\uc5b4 \uc788\ub2e4\uba74 \uc774 \uc2e4\ud589\uc740 \uc544\ub9c8 \ud3ec\ud06c\uc5d0\uc11c \uc628 \ud480 \ub9ac\ud018\uc2a4\ud2b8\uc774\uba70, GitHub\ub294 \uc5ec\uae30\uc5d0 \uc2dc\ud06c\ub9bf\uc744 \uc8fc\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. ' +
            "\uc774\ub7f0 \uc2e4\ud589\uc5d0\uc11c\ub294 `if: always() && (github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository)`\ub85c \ub2e8\uacc4\ub97c \uac74\ub108\ub6f0\uc138\uc694. " +
            'Dependabot \uc2e4\ud589\ub3c4 Actions \uc2dc\ud06c\ub9bf\uc744 \ubc1b\uc9c0 \ubabb\ud569\ub2c8\ub2e4. Settings \u2192 Secrets and variables \u2192 Dependabot\uc5d0 \uc2dc\ud06c\ub9bf\uc744 \ucd94\uac00\ud558\uc138\uc694.'
    },
    notDomain: {
        en: (entry) => ({
            problem: `"${entry}" is not a domain`,
            fix: 'List the domains of the addresses that may be mailed, such as `example.com, example.org` (no `*`, no user part: each domain is matched exactly).'
        }),
        ko: (entry) => ({
            problem: `"${entry}"\uc740(\ub294) \ub3c4\uba54\uc778\uc774 \uc544\ub2d9\ub2c8\ub2e4`,
            fix: '\uba54\uc77c\uc744 \ubcf4\ub0b4\ub3c4 \ub418\ub294 \uc8fc\uc18c\uc758 \ub3c4\uba54\uc778\uc744 `example.com, example.org`\ucc98\ub7fc \ub098\uc5f4\ud558\uc138\uc694(`*`\ub098 @ \uc55e\ubd80\ubd84 \uc5c6\uc774 \uc801\uc73c\uba70, \uac01 \ub3c4\uba54\uc778\uc740 \uc815\ud655\ud788 \uc77c\uce58\ud574\uc57c \ud569\ub2c8\ub2e4).'
        })
    },
    domainsEmpty: {
        en: () => ({
            problem: 'is empty, but `mail-committers` is true',
            fix: "Set `committer-domains` to your organisation's mail domains, such as `example.com, example.org`: only commit authors at these domains are mailed. " +
                'Addresses in commits are whatever each author configured, and mailing outside contributors at them would be spam.'
        }),
        ko: () => ({
            problem: '\ube44\uc5b4 \uc788\ub294\ub370 `mail-committers`\uac00 true\uc785\ub2c8\ub2e4',
            fix: '`committer-domains`\ub97c \uc870\uc9c1\uc758 \uba54\uc77c \ub3c4\uba54\uc778(\uc608: `example.com, example.org`)\uc73c\ub85c \uc124\uc815\ud558\uc138\uc694. \uc774 \ub3c4\uba54\uc778\uc758 \ucee4\ubc0b \uc791\uc131\uc790\uc5d0\uac8c\ub9cc \uba54\uc77c\uc744 \ubcf4\ub0c5\ub2c8\ub2e4. ' +
                '\ucee4\ubc0b\uc5d0 \ub4e0 \uc8fc\uc18c\ub294 \uc791\uc131\uc790\uac00 \uac01\uc790 \uc124\uc815\ud55c \uac83\uc774\ub77c, \uc678\ubd80 \uae30\uc5ec\uc790\uc5d0\uac8c \uadf8 \uc8fc\uc18c\ub85c \uba54\uc77c\uc744 \ubcf4\ub0b4\uba74 \uc2a4\ud338\uc774 \ub429\ub2c8\ub2e4.'
        })
    },
    spacesRemoved: {
        en: 'Removed the spaces from the App Password in `password`: Google shows it in groups of four, but expects the 16 letters without spaces.',
        ko: '`password`\uc758 \uc571 \ube44\ubc00\ubc88\ud638\uc5d0\uc11c \uacf5\ubc31\uc744 \uc9c0\uc6e0\uc2b5\ub2c8\ub2e4. Google\uc740 \ub124 \uae00\uc790\uc529 \ub744\uc5b4 \ubcf4\uc5ec \uc8fc\uc9c0\ub9cc, \uacf5\ubc31 \uc5c6\ub294 16\uc790\ub97c \ubc1b\uc2b5\ub2c8\ub2e4.'
    },
    noLogin: {
        en: (server) => `\`password\` is empty, so no login is used: the message goes to ${server} as to a relay that takes mail without one.`,
        ko: (server) => `\`password\`\uac00 \ube44\uc5b4 \uc788\uc5b4 \ub85c\uadf8\uc778\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. ${server} \uc11c\ubc84\ub97c \ub85c\uadf8\uc778 \uc5c6\uc774 \uba54\uc77c\uc744 \ubc1b\ub294 \ub9b4\ub808\uc774\ub85c \ubcf4\uace0 \uba54\uc2dc\uc9c0\ub97c \ubcf4\ub0c5\ub2c8\ub2e4.`
    },
    passwordUnused: {
        en: '`password` is not used: the action logs in with OAuth2 (the `oauth2-*` inputs).',
        ko: '`password`\ub294 \uc4f0\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. \uc561\uc158\uc774 OAuth2(`oauth2-*` \uc785\ub825)\ub85c \ub85c\uadf8\uc778\ud569\ub2c8\ub2e4.'
    },
    stillFailingEveryUnused: {
        en: (every, listed) => `\`still-failing-every: ${every}\` has no effect: it spaces out the still-failing mails, and ` +
            (listed === undefined ? '`notify-when: always` mails every run.' : `\`notify-when\` (${listed}) does not list still-failing.`) +
            ' Set `notify-when: failures` (or a list with still-failing) to use it.',
        ko: (every, listed) => `\`still-failing-every: ${every}\`\ub294 \ud6a8\uacfc\uac00 \uc5c6\uc2b5\ub2c8\ub2e4. still-failing \uba54\uc77c\uc758 \uac04\uaca9\uc744 \ub450\ub294 \uc124\uc815\uc778\ub370, ` +
            (listed === undefined ? '`notify-when: always`\ub294 \ubaa8\ub4e0 \uc2e4\ud589\ub9c8\ub2e4 \uba54\uc77c\uc744 \ubcf4\ub0c5\ub2c8\ub2e4.' : `\`notify-when\`(${listed})\uc5d0 still-failing\uc774 \uc5c6\uc2b5\ub2c8\ub2e4.`) +
            ' \uc4f0\ub824\uba74 `notify-when: failures`(\ub610\ub294 still-failing\uc774 \ub4e4\uc5b4\uac04 \ubaa9\ub85d)\ub85c \uc124\uc815\ud558\uc138\uc694.'
    }
});
/** Why a secret can be empty although it exists, in `language`. */
function missingSecretHint(language) {
    return WORDS[language].missingSecret;
}
/** An InputError about `input`, in every language, from an entry of WORDS. */
function refuse(input, say) {
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .inputErrorIn */ .Az)(input, WORDS, say);
}
const octets = (text) => Buffer.byteLength(text, 'utf8');
/** An over-long value, cut for a message: the problem is its length, not its text. */
function shorten(text, language = _language_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LANGUAGE */ .Nm, max = 60) {
    if (text.length <= max)
        return text;
    // Not between the two halves of a surrogate pair.
    const end = /[\uD800-\uDBFF]/.test(text[max - 1]) ? max - 1 : max;
    return WORDS[language].cut(text.slice(0, end), text.length);
}
/**
 * What makes an address longer than SMTP allows, or undefined. The local part counts in
 * UTF-8 octets (SMTPUTF8 sends it so); the domain as it goes on the wire, in its ASCII
 * (punycode) form.
 */
function addressTooLong(address) {
    const at = address.lastIndexOf('@');
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    const asciiDomain = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(domain) || domain;
    if (octets(local) > SMTP_LIMITS.localPart)
        return { part: 'local', octets: octets(local) };
    const label = asciiDomain.split('.').find((part) => octets(part) > SMTP_LIMITS.label);
    if (label !== undefined)
        return { part: 'label', label, octets: octets(label) };
    const total = octets(local) + 1 + octets(asciiDomain);
    if (total > SMTP_LIMITS.address)
        return { part: 'whole', octets: total };
    return undefined;
}
/** Stands in for an @ inside a quoted string, where it belongs to no address. */
const QUOTED_AT = '\uE000';
/**
 * The line with every @ inside a quoted string replaced by QUOTED_AT, so that an @ left in
 * a display name after parsing is one the user wrote outside double quotes; and the quote
 * or comment the line leaves open, if any. Quoted strings and comments are read as
 * addressparser reads them (RFC 5322 3.2.2 and 3.2.4): a comment nests, a backslash
 * escapes the next character inside either, and a quote inside a comment is text. A
 * comment is not masked: `a@x (b@y)` shows b@y as the name of a@x, the same misreading as
 * `a@x b@y`, and only double quotes say an @ belongs to a name.
 */
function maskQuotedAts(line) {
    let characters;
    let quoted = false;
    let commentDepth = 0;
    let escaped = false;
    for (let at = 0; at < line.length; at++) {
        const character = line[at];
        if (!quoted && commentDepth === 0) {
            if (character === '"')
                quoted = true;
            else if (character === '(')
                commentDepth = 1;
            continue;
        }
        if (escaped)
            escaped = false;
        else if (character === '\\')
            escaped = true;
        else if (quoted && character === '"')
            quoted = false;
        else if (!quoted && character === '(')
            commentDepth++;
        else if (!quoted && character === ')')
            commentDepth--;
        if (quoted && character === '@')
            (characters ??= line.split(''))[at] = QUOTED_AT;
    }
    const masked = characters ? characters.join('') : line;
    return { masked, unclosed: quoted ? '"' : commentDepth > 0 ? '(' : undefined };
}
// A YAML list written inside a block scalar (`to: |` then `- a@example.com` lines): the
// user plainly means one recipient a line, and left in, the `-` became a display name.
const LIST_MARKER = /^\s*-(?:\s+|$)/;
/**
 * Parses a list of mailboxes separated by commas, semicolons (which addressparser takes as
 * commas, as Outlook does) or new lines; a line may start with a YAML list marker `- `.
 * Each entry must be exactly one mailbox: a group (`Team: a@x, b@x;`) would let a value
 * from an event add recipients.
 *
 * Addresses separated by spaces alone are refused rather than split: RFC 5322 allows no @
 * in an unquoted display name, so `a@x b@x`, `a@x <b@x>` and `Name <a@x> b@x` have no one
 * meaning (addressparser makes the second address a display name and drops it). Splitting
 * at spaces would guess, and would let a value put into the input from an event, such as a
 * commit author's name, add recipients; refusing costs one comma.
 */
function parseMailboxes(input, value) {
    const mailboxes = [];
    // A lone CR ends a line too: left inside an entry it could end a header line on the wire.
    for (const rawLine of value.split(/\r\n|\r|\n/)) {
        if (!rawLine.trim())
            continue;
        if ((0,_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .hasControlCharacter */ .Fd)(rawLine)) {
            // Marked before trimming: a tab at either end would otherwise leave nothing to see.
            throw refuse(input, (words, language) => words.addressControlCharacter(shorten(rawLine.replace(_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?').trim(), language)));
        }
        const line = rawLine.replace(LIST_MARKER, '');
        const entries = (0,nodemailer_lib_addressparser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)(line);
        for (const entry of entries) {
            if (entry.group === undefined)
                continue;
            // `mailto:a@x` reads as a group named mailto.
            if (/^mailto$/i.test(entry.name))
                throw refuse(input, (words, language) => words.addressMailto(shorten(line.trim(), language)));
            throw refuse(input, (words, language) => words.addressGroup(shorten(line.trim(), language)));
        }
        const { masked, unclosed } = maskQuotedAts(line);
        // addressparser reads the rest of the line into it, recipients and all, and drops them.
        if (unclosed)
            throw refuse(input, (words, language) => words.addressUnclosed(shorten(line.trim(), language), unclosed));
        // Parsed again only when an @ inside quotes was masked: otherwise the first reading is the same.
        const misread = (masked === line ? entries : (0,nodemailer_lib_addressparser__WEBPACK_IMPORTED_MODULE_2__/* ["default"] */ .A)(masked)).find((entry) => /\S@\S/.test(entry.name));
        if (misread) {
            const unmask = (text, language) => shorten(text.replaceAll(QUOTED_AT, '@'), language);
            throw refuse(input, (words, language) => words.addressInDisplayName(unmask(misread.name, language), unmask(misread.address ?? '', language), input));
        }
        for (const entry of entries) {
            const address = (entry.address ?? '').trim();
            if (/^mailto:/i.test(address))
                throw refuse(input, (words, language) => words.addressMailto(shorten(address, language)));
            // Before the pattern, so no pattern ever runs over megabytes.
            const tooLong = address.includes('@') ? addressTooLong(address) : undefined;
            if (tooLong) {
                throw refuse(input, (words, language) => {
                    const length = tooLong.part === 'label' ? { ...tooLong, label: shorten(tooLong.label, language, 30) } : tooLong;
                    return words.addressTooLong(shorten(address, language), words.addressLength(length));
                });
            }
            if (!MAILBOX_PATTERN.test(address)) {
                throw refuse(input, (words, language) => words.notAnAddress(shorten(address || entry.name || line.trim(), language)));
            }
            mailboxes.push({ name: entry.name, address });
        }
    }
    return mailboxes;
}
function parseWholeNumber(input, value, fallback, min, max) {
    const text = value.trim();
    if (!text)
        return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
        throw refuse(input, (words) => words.notWholeNumber(input, text, min, max, fallback));
    }
    return Number(text);
}
function parseBoolean(input, value, fallback) {
    const text = value.trim().toLowerCase();
    if (!text)
        return fallback;
    if (text === 'true')
        return true;
    if (text === 'false')
        return false;
    throw refuse(input, (words) => words.notBoolean(input, value.trim()));
}
function parseStatus(value) {
    const text = value.trim().toLowerCase();
    if (!text)
        return undefined;
    if (text === 'success' || text === 'failure' || text === 'cancelled')
        return text;
    throw refuse('status', (words) => words.notStatus(value.trim()));
}
function parseIfNoFilesFound(value) {
    const text = value.trim().toLowerCase();
    if (!text)
        return 'warn';
    if (text === 'warn' || text === 'error' || text === 'ignore')
        return text;
    throw refuse('if-no-files-found', (words) => words.notIfNoFilesFound(value.trim()));
}
/**
 * Gmail shows App Passwords as four groups of four letters, and people paste them that way.
 * Google does not ignore the spaces, so they are removed here. (White space around the value
 * never arrives: the runner's getInput trims every input.)
 */
function normalisePassword(server, password, language = _language_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LANGUAGE */ .Nm) {
    if (!isGoogleServer(server) || !APP_PASSWORD_AS_SHOWN.test(password))
        return { password };
    return { password: password.replace(/ /g, ''), notice: WORDS[language].spacesRemoved };
}
const OAUTH2_SECRET_INPUTS = ['oauth2-client-id', 'oauth2-client-secret', 'oauth2-refresh-token'];
/**
 * The inputs besides `password` whose values are secrets, registered with the runner before
 * anything is printed (`password` is registered in every form a login sends it in).
 */
const TOKEN_INPUTS = [...OAUTH2_SECRET_INPUTS, 'github-token'];
/**
 * The OAuth2 inputs, or undefined when none of the three secrets is given. Their values
 * are secrets, so errors name the input but never show the value.
 */
function readOAuth2(getInput) {
    const [clientId, clientSecret, refreshToken] = OAUTH2_SECRET_INPUTS.map((name) => getInput(name).trim());
    if (!clientId && !clientSecret && !refreshToken)
        return undefined;
    const missing = OAUTH2_SECRET_INPUTS.find((name, index) => ![clientId, clientSecret, refreshToken][index]);
    if (missing)
        throw refuse(missing, (words) => words.oauth2Incomplete());
    const tokenUrl = getInput('oauth2-token-url').trim() || _xoauth2_js__WEBPACK_IMPORTED_MODULE_8__/* .GOOGLE_TOKEN_URL */ .I8;
    const parsed = URL.canParse(tokenUrl) ? new URL(tokenUrl) : undefined;
    if (parsed && (parsed.username || parsed.password)) {
        // Shown without them: they would be secrets.
        parsed.username = '';
        parsed.password = '';
        throw refuse('oauth2-token-url', (words) => words.tokenUrlWithCredentials(parsed.href));
    }
    if (parsed?.protocol !== 'https:') {
        throw refuse('oauth2-token-url', (words) => words.tokenUrlNotHttps(tokenUrl));
    }
    // Scopes are separated by spaces; a YAML block may have put them on lines of their own.
    const scope = getInput('oauth2-scope').trim().replace(/\s+/g, ' ');
    return { clientId, clientSecret, refreshToken, tokenUrl, scope };
}
/**
 * node:net's isIPv6, asked only of text that holds a colon, as every IPv6 address does: its
 * first call compiles a large regular expression, about 3 ms at every start (npm run bench)
 * for a host name that cannot be one.
 */
function isIPv6(text) {
    return text.includes(':') && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(text);
}
/** `host:port` as people write it: an IPv6 address in brackets (`[::1]:465`). */
function hostAndPort(server, port) {
    return isIPv6(server) ? `[${server}]:${port}` : `${server}:${port}`;
}
/** The inputs to set instead of a `host:port` or URL; an IPv6 address quoted, as YAML needs for `[::1]`. */
function serverAndPort(host, port, words) {
    const server = isIPv6(host) ? `'${host}'` : host;
    return port ? words.and(`\`server: ${server}\``, `\`port: ${port}\``) : `\`server: ${server}\``;
}
/**
 * The `server` input: a host name, an IPv4 address, or an IPv6 address with or without
 * brackets, kept without them (the form sockets and certificates use). A URL or a
 * `host:port` is refused with the inputs to set instead.
 */
function parseServer(value) {
    const text = value.trim() || 'smtp.gmail.com';
    const inBrackets = /^\[(.*)\]$/.exec(text)?.[1];
    if (inBrackets !== undefined && isIPv6(inBrackets))
        return inBrackets;
    if (isIPv6(text))
        return text;
    if ((0,_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .hasControlCharacter */ .Fd)(text)) {
        throw refuse('server', (words) => ({ problem: words.serverControlCharacter(text.replace(_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?')), fix: words.hostFix }));
    }
    if (/^[a-z][a-z\d+.-]*:\/\//i.test(text)) {
        const url = URL.canParse(text) ? new URL(text) : undefined;
        // Named by its host and port alone: the rest of a URL may carry a user name and password.
        const host = url?.hostname.replace(/^\[(.*)\]$/, '$1');
        throw refuse('server', (words) => ({
            problem: words.serverIsUrl,
            fix: `${host ? `${words.set(serverAndPort(host, url?.port, words))} ` : ''}${words.hostFix}`
        }));
    }
    const withPort = /^(?:\[([^\]]*)\]|([^\s/:[\]]+)):(\d+)$/.exec(text);
    if (withPort && (withPort[2] !== undefined || isIPv6(withPort[1]))) {
        throw refuse('server', (words) => ({ problem: words.serverWithPort(text), fix: words.set(serverAndPort(withPort[1] ?? withPort[2], withPort[3], words)) }));
    }
    if (/[\s/:[\]]/.test(text))
        throw refuse('server', (words) => ({ problem: words.notHostName(text), fix: words.hostFix }));
    return text;
}
/** Whether the inputs carry credentials; without them the action sends as to a relay, with no login. */
function hasCredentials(settings) {
    return settings.oauth2 !== undefined || settings.password !== '';
}
const DOMAIN_PATTERN = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
/** `committer-domains`: comma- or newline-separated domains; a leading `@` is allowed. */
function parseDomains(value) {
    const domains = [];
    for (const entry of value.split(/[,\s]+/)) {
        const domain = entry.trim().replace(/^@/, '').toLowerCase();
        if (!domain)
            continue;
        if (!DOMAIN_PATTERN.test(domain)) {
            throw refuse('committer-domains', (words) => words.notDomain(entry.trim().replace(_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?')));
        }
        if (!domains.includes(domain))
            domains.push(domain);
    }
    return domains;
}
/** The inputs that read test reports and mail the committers. */
function readReportSettings(getInput) {
    const mailCommitters = parseBoolean('mail-committers', getInput('mail-committers'), false);
    const committerDomains = parseDomains(getInput('committer-domains'));
    if (mailCommitters && !committerDomains.length) {
        throw refuse('committer-domains', (words) => words.domainsEmpty());
    }
    return {
        testReports: getInput('test-reports')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        mailCommitters,
        committerDomains
    };
}
/**
 * The `language` input. Read before the other inputs, and by the report of a failure that
 * came before the inputs were read, so every other problem can be told in it; a value that
 * is not a language is itself told in English.
 */
function parseLanguage(value) {
    const text = value.trim().toLowerCase();
    if (!text)
        return _language_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LANGUAGE */ .Nm;
    if ((0,_language_js__WEBPACK_IMPORTED_MODULE_7__/* .isLanguage */ .lX)(text))
        return text;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz('language', `"${shorten(value.trim().replace(_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?'))}" is not a language this action speaks`, `Set \`language\` to ${_language_js__WEBPACK_IMPORTED_MODULE_7__/* .LANGUAGES */ .Yj.map((language) => `\`${language}\``).join(' or ')}, or leave it empty for \`${_language_js__WEBPACK_IMPORTED_MODULE_7__/* .DEFAULT_LANGUAGE */ .Nm}\` (English).`);
}
/** Reads and validates every input; throws InputError naming the first bad one. */
function readSettings(getInput, notes = { notices: [] }) {
    const language = parseLanguage(getInput('language'));
    const server = parseServer(getInput('server'));
    const port = parseWholeNumber('port', getInput('port'), 465, 1, 65535);
    const secure = parseBoolean('secure', getInput('secure'), port === 465);
    const username = getInput('username').trim();
    if (!username)
        throw refuse('username', (words) => words.usernameEmpty());
    if ((0,_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .hasControlCharacter */ .Fd)(username))
        throw refuse('username', (words) => words.usernameControlCharacter(username.replace(_printable_js__WEBPACK_IMPORTED_MODULE_6__/* .EVERY_CONTROL_CHARACTER */ .Kf, '?')));
    // Gmail logs in only with the full address; other servers may take a bare user name, and
    // for them the sender it would default to is checked with `from` below.
    if (isGoogleServer(server) && !MAILBOX_PATTERN.test(username))
        throw refuse('username', (words, language) => words.usernameNotGmailAddress(shorten(username, language)));
    const dryRun = parseBoolean('dry-run', getInput('dry-run'), false);
    const oauth2 = readOAuth2(getInput);
    const rawPassword = getInput('password');
    const withoutLogin = !oauth2 && !rawPassword.trim();
    // A preview opens no connection, so it can run where there is no secret (a fork's pull request).
    if (withoutLogin && !dryRun) {
        // Gmail takes no mail without a login: an empty password there is a missing secret.
        if (isGoogleServer(server))
            throw refuse('password', (words, language) => words.passwordEmpty(missingSecretHint(language)));
        notes.notices.push(WORDS[language].noLogin(server));
    }
    if (oauth2 && rawPassword.trim())
        notes.notices.push(WORDS[language].passwordUnused);
    const normalised = oauth2 || withoutLogin ? { password: '' } : normalisePassword(server, rawPassword, language);
    if (normalised.notice)
        notes.notices.push(normalised.notice);
    const fromInput = getInput('from').trim();
    // The sender defaults to the login, which some servers do not make an address.
    if (!fromInput && !MAILBOX_PATTERN.test(username))
        throw refuse('from', (words) => words.fromNotAddress(username));
    const fromValue = fromInput || username;
    const fromList = parseMailboxes('from', fromValue);
    if (fromList.length !== 1)
        throw refuse('from', (words) => words.fromNotOne(fromValue));
    const verifyOnly = parseBoolean('verify-only', getInput('verify-only'), false);
    if (verifyOnly && dryRun)
        throw refuse('dry-run', (words) => words.dryRunAndVerifyOnly());
    const to = parseMailboxes('to', getInput('to'));
    // Checking a login needs no recipient.
    if (to.length === 0 && !verifyOnly)
        throw refuse('to', (words) => words.toEmpty());
    const subject = getInput('subject');
    // As written, not trimmed: the line numbers of a problem with the body count its lines as the user does.
    const body = getInput('body', { trimWhitespace: false });
    const bodyFile = getInput('body-file').trim();
    (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPlaceholders */ .nV)('subject', subject);
    (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .checkPlaceholders */ .nV)('body', body);
    if (body.trim() && bodyFile) {
        throw refuse('body-file', (words) => words.bodyAndBodyFile());
    }
    return {
        server,
        port,
        secure,
        username,
        password: normalised.password,
        oauth2,
        from: fromList[0],
        to,
        cc: parseMailboxes('cc', getInput('cc')),
        bcc: parseMailboxes('bcc', getInput('bcc')),
        replyTo: parseMailboxes('reply-to', getInput('reply-to')),
        subject: subject.trim() ? subject.replace(/\s*[\r\n]+\s*/g, ' ').trim() : undefined,
        body: body.trim() ? body : undefined,
        bodyFile: bodyFile || undefined,
        status: parseStatus(getInput('status')),
        githubToken: getInput('github-token').trim(),
        logLines: parseWholeNumber('log-lines', getInput('log-lines'), 20, 0, 200),
        timeoutSeconds: parseWholeNumber('timeout', getInput('timeout'), 30, 1, 600),
        retries: parseWholeNumber('retries', getInput('retries'), 2, 0, 10),
        debug: parseBoolean('debug', getInput('debug'), false),
        verifyOnly,
        attachments: getInput('attachments')
            .split(/\r?\n/)
            .map((line) => line.trim())
            .filter(Boolean),
        ifNoFilesFound: parseIfNoFilesFound(getInput('if-no-files-found')),
        dryRun,
        ...readQuietSettings(getInput, notes, language),
        ...readReportSettings(getInput),
        language
    };
}
/** `notify-when`, `still-failing-every` and `thread`: which runs send, and how their mails hang together. */
function readQuietSettings(getInput, notes, language) {
    const notifyWhen = (0,_notify_when_js__WEBPACK_IMPORTED_MODULE_5__/* .parseNotifyWhen */ .rh)(getInput('notify-when'));
    const stillFailingEvery = parseWholeNumber('still-failing-every', getInput('still-failing-every'), 1, 1, 1000);
    if (stillFailingEvery > 1 && (notifyWhen === 'always' || !notifyWhen.includes('still-failing'))) {
        notes.notices.push(WORDS[language].stillFailingEveryUnused(stillFailingEvery, notifyWhen === 'always' ? undefined : notifyWhen.join(', ')));
    }
    return { notifyWhen, stillFailingEvery, thread: parseBoolean('thread', getInput('thread'), false) };
}


/***/ }),

/***/ 5485:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ stopOptimisingCompilers)
});

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/short-lived.ts

/**
 * A notification process lives for about a tenth of a second, yet V8's optimising compiler
 * (Maglev) compiles its hottest loops, nodemailer's encoders, on a background thread whose
 * memory arena sometimes added about 6 MiB to the step's peak (npm run bench) for code that
 * ends before optimised code could pay back. The interpreter and the baseline compiler still
 * run everything.
 *
 * Called by index.ts after every module has loaded, not at start: a change of V8's flags
 * makes V8 reject the code cache that Node ships for its own modules, and each module
 * loaded after the change (tls, net, crypto, streams) would be compiled from source, which
 * cost about 20 ms per run.
 */
function stopOptimisingCompilers() {
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-maglev');
    (0,external_node_v8_namespaceObject.setFlagsFromString)('--no-turbofan');
}


/***/ }),

/***/ 5237:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ misplacedSectionError),
/* harmony export */   EP: () => (/* binding */ isSection),
/* harmony export */   Eg: () => (/* binding */ placeholdersEmptyForGood),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qf: () => (/* binding */ placeholdersIn),
/* harmony export */   X6: () => (/* binding */ SECTION_PLACEHOLDERS),
/* harmony export */   Xm: () => (/* binding */ renderTemplate),
/* harmony export */   cI: () => (/* binding */ escapeSubject),
/* harmony export */   dI: () => (/* binding */ markdownValue),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   n1: () => (/* binding */ isLinkable),
/* harmony export */   nV: () => (/* binding */ checkPlaceholders),
/* harmony export */   nX: () => (/* binding */ templateValues)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3916);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(2497);
/* harmony import */ var _test_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7490);



/**
 * The placeholders `{{ name }}` that `subject`, `body` and `body-file` may use, with what
 * each holds. The README's table is this list; keep them together.
 */
const PLACEHOLDERS = {
    repository: 'owner/name of the repository',
    repository_url: 'link to the repository',
    workflow: 'name of the workflow',
    job: 'id of the job running the step',
    run_number: 'run number, as in "CI #42"',
    run_attempt: 'attempt number of the run',
    run_id: 'id of the run',
    run_url: 'link to the run',
    status: 'success, failure, cancelled, or unknown',
    outcome: 'the outcome in words: succeeded, failed, was cancelled, finished',
    branch: 'branch or tag name (the head branch for a pull request)',
    sha: 'full commit SHA',
    short_sha: 'first 7 characters of the SHA',
    commit_url: 'link to the commit',
    commit_message: 'first line of the commit message (push events)',
    commit_author: 'author of the commit (push events)',
    actor: 'who triggered the run',
    event: 'name of the event, such as push',
    pr_number: 'pull request number',
    pr_title: 'pull request title',
    pr_url: 'link to the pull request',
    compare_url: 'link to the changes of a push',
    transition: 'broken, still-failing, fixed, passing, cancelled or unknown; empty when the history is not read',
    streak: 'failed runs in a row, this one included (broken: 1); for fixed, the failed runs it ended',
    failing_since_url: 'link to the first failed run of the streak',
    failed_jobs: 'the failed and cancelled jobs with their log excerpts, as the generated message shows them (empty when none)',
    test_counts: 'the tests of `test-reports` counted: "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"',
    failed_tests: 'the failed tests of `test-reports` (at most 10), each with its message and stack lines, as the generated message shows them (empty when none)'
};
/**
 * Placeholders that stand for a section of the message (a heading and a list, say) rather
 * than a value: compose.ts renders each one as HTML in the HTML part and as text in the text
 * part. Only a body may hold them.
 */
const SECTION_PLACEHOLDERS = ['failed_jobs', 'failed_tests'];
const PLACEHOLDER_PATTERN = /\{\{\s*([^{}]*?)\s*\}\}/g;
/** Link values that are inserted into Markdown as they are, so that they stay usable as links. */
const URL_PLACEHOLDERS = new Set(['repository_url', 'run_url', 'commit_url', 'pr_url', 'compare_url', 'failing_since_url']);
/** A URL that Markdown reads as a URL alone: no character that could end it or start markup. */
const MARKDOWN_INERT_URL = /^https?:\/\/[^\s<>()[\]"'`\\*_]+$/;
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
/**
 * Whether a URL may become a link in the message: only http, https and mailto, decided
 * the way a mail client's HTML engine parses the URL (case, white space and tabs inside
 * the scheme included). `javascript:`, `data:`, relative and unparsable URLs stay text.
 * The one check for every link: the generated notification, placeholders and the
 * Markdown of `body` and `body-file`.
 */
function isLinkable(url) {
    return !!url && LINK_PROTOCOLS.has(URL.parse(url)?.protocol ?? '');
}
function isPlaceholder(name) {
    return Object.hasOwn(PLACEHOLDERS, name);
}
function isSection(name) {
    return SECTION_PLACEHOLDERS.includes(name);
}
/**
 * The value of every placeholder for this run (raw text, not yet escaped); `outcome` is the
 * verb of the outcome, `history` the run's place among the earlier runs and `tests` what the
 * test reports say, when they were read.
 */
function templateValues(ctx, status, outcome, history, tests) {
    const pr = ctx.pullRequest;
    const inStreak = history && history.streak > 0;
    return {
        repository: ctx.repository,
        repository_url: ctx.repositoryUrl,
        workflow: ctx.workflow,
        job: ctx.job,
        run_number: ctx.runNumber,
        run_attempt: ctx.runAttempt,
        run_id: ctx.runId,
        run_url: ctx.runUrl,
        status: status ?? 'unknown',
        outcome,
        branch: ctx.refName,
        sha: ctx.sha,
        short_sha: ctx.shortSha,
        commit_url: ctx.commitUrl,
        commit_message: ctx.commitTitle,
        commit_author: ctx.commitAuthor,
        actor: ctx.actor,
        event: ctx.event,
        pr_number: pr ? String(pr.number) : '',
        pr_title: pr?.title ?? '',
        pr_url: pr?.url ?? '',
        compare_url: ctx.compareUrl,
        transition: history?.transition ?? '',
        streak: inStreak ? String(history.streak) : '',
        failing_since_url: (inStreak && history.failingSince?.url) || '',
        // A placeholder's value reads the same in every language, so a custom text stays the user's own.
        test_counts: tests ? (0,_test_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .countsPhrase */ .__)(tests.counts, 'en') : ''
    };
}
/** The problems with a template and their fixes, in every language (see language.ts). */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_2__/* .defineWords */ .Pw)('template', {
    unknown: {
        en: (count, listed, known) => ({
            problem: `unknown placeholder${count === 1 ? '' : 's'} ${listed}`,
            fix: `Use only these placeholders: ${known} (written as {{ name }}).`
        }),
        ko: (count, listed, known) => ({
            problem: `\uc54c \uc218 \uc5c6\ub294 \uc790\ub9ac\ud45c\uc2dc\uc790 ${listed}`,
            fix: `\ub2e4\uc74c \uc790\ub9ac\ud45c\uc2dc\uc790\ub9cc \uc4f0\uc138\uc694: ${known} ({{ name }} \ud615\uc2dd).`
        })
    },
    sectionInSubject: {
        en: (listed) => ({
            problem: `uses ${listed}, a section of the message that only a body can hold`,
            fix: `Move ${listed} to \`body\` or \`body-file\`; the subject may use the other placeholders.`
        }),
        ko: (listed) => ({
            problem: `\ubcf8\ubb38\uc5d0\ub9cc \ub123\uc744 \uc218 \uc788\ub294 \uba54\uc2dc\uc9c0 \uad6c\uc5ed ${listed}\uc744(\ub97c) \uc501\ub2c8\ub2e4`,
            fix: `${listed}\uc744(\ub97c) \`body\` \ub610\ub294 \`body-file\`\ub85c \uc62e\uae30\uc138\uc694. \uc81c\ubaa9\uc5d0\ub294 \ub2e4\ub978 \uc790\ub9ac\ud45c\uc2dc\uc790\ub97c \uc4f8 \uc218 \uc788\uc2b5\ub2c8\ub2e4.`
        })
    },
    repeated: {
        en: (input, listed) => ({ problem: `places ${listed} more than once`, fix: `Use ${listed} once in \`${input}\`.` }),
        ko: (input, listed) => ({
            problem: `${listed}\uc744(\ub97c) \ub450 \ubc88 \uc774\uc0c1 \ub123\uc5c8\uc2b5\ub2c8\ub2e4`,
            fix: `\`${input}\`\uc5d0\uc11c ${listed}\uc740(\ub294) \ud55c \ubc88\ub9cc \uc4f0\uc138\uc694.`
        })
    },
    /** Where a section placeholder stands when it is not a block of its own: "is in a heading". */
    misplacedWhere: {
        en: (where) => ({
            heading: 'is in a heading',
            table: 'is in a table',
            link: 'is in a link or an image',
            html: 'is inside HTML',
            inline: 'is not alone on its line'
        })[where],
        ko: (where) => ({
            heading: '\uc81c\ubaa9 \uc548\uc5d0 \uc788\uc2b5\ub2c8\ub2e4',
            table: '\ud45c \uc548\uc5d0 \uc788\uc2b5\ub2c8\ub2e4',
            link: '\ub9c1\ud06c\ub098 \uc774\ubbf8\uc9c0 \uc548\uc5d0 \uc788\uc2b5\ub2c8\ub2e4',
            html: 'HTML \uc548\uc5d0 \uc788\uc2b5\ub2c8\ub2e4',
            inline: '\uc904\uc5d0 \ud63c\uc790 \uc788\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4'
        })[where]
    },
    misplacedSection: {
        en: (input, path, line, placeholder, where) => ({
            problem: `line ${line}${path ? ` of ${path}` : ''}: ${placeholder} ${where}, and a section of the message (a heading and a list) cannot go there`,
            fix: `Put ${placeholder} on a line of its own in \`${input}\`, with a blank line before and after it; it may also be the only text of a list item ` +
                `(\`- ${placeholder}\`) or a quote (\`> ${placeholder}\`). In a code block it is shown as text.`
        }),
        ko: (input, path, line, placeholder, where) => ({
            problem: `${path ? `${path}\uc758 ` : ''}${line}\ubc88\uc9f8 \uc904: ${placeholder}\uc774(\uac00) ${where}. \uba54\uc2dc\uc9c0\uc758 \uad6c\uc5ed(\uc81c\ubaa9\uacfc \ubaa9\ub85d)\uc740 \uadf8 \uc790\ub9ac\uc5d0 \ub4e4\uc5b4\uac08 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4`,
            fix: `\`${input}\`\uc5d0\uc11c ${placeholder}\uc744(\ub97c) \uc55e\ub4a4\uc5d0 \ube48 \uc904\uc744 \ub450\uace0 \ud55c \uc904\uc5d0 \ub530\ub85c \uc4f0\uc138\uc694. \ubaa9\ub85d \ud56d\ubaa9(\`- ${placeholder}\`)\uc774\ub098 \uc778\uc6a9(\`> ${placeholder}\`)\uc758 ` +
                `\uc720\uc77c\ud55c \ub0b4\uc6a9\uc73c\ub85c \uc368\ub3c4 \ub429\ub2c8\ub2e4. \ucf54\ub4dc \ube14\ub85d \uc548\uc5d0\uc11c\ub294 \ud14d\uc2a4\ud2b8\ub85c \ubcf4\uc785\ub2c8\ub2e4.`
        })
    }
});
/**
 * The InputError for a section placeholder that a body places where its heading and list
 * cannot go, naming the input, the file of `body-file` (`path`, printable), the line and the fix.
 */
function misplacedSectionError(input, path, template, name, where) {
    const found = [...template.matchAll(PLACEHOLDER_PATTERN)].find((m) => m[1] === name);
    const line = template.slice(0, found?.index ?? 0).split('\n').length;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.misplacedSection(input, path, line, `{{ ${name} }}`, words.misplacedWhere(where)));
}
/**
 * Fails with the list of known names when a template uses an unknown placeholder, so a
 * typo is caught before anything is sent instead of reaching the reader as `{{ tpyo }}`;
 * and when the subject uses a section, which has no one-line form.
 */
function checkPlaceholders(input, template) {
    const used = [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);
    const unknown = used.filter((name) => !isPlaceholder(name));
    const listed = (names) => [...new Set(names)].map((name) => `{{ ${name} }}`).join(', ');
    if (unknown.length) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.unknown(unknown.length, listed(unknown), Object.keys(PLACEHOLDERS).join(', ')));
    }
    const sections = used.filter(isSection);
    if (input === 'subject' && sections.length)
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.sectionInSubject(listed(sections)));
    // A section is a block of up to tens of kilobytes: placed many times it would make a message no client shows whole.
    const repeated = sections.filter((name, index) => sections.indexOf(name) !== index);
    if (repeated.length) {
        throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.repeated(input, listed(repeated)));
    }
}
/**
 * Backslash-escapes every ASCII punctuation character (CommonMark allows it before any of
 * them) and folds line breaks, so a value from the event is text: it cannot open a link,
 * an image, emphasis, HTML, a heading or a list, and `www.` or an address cannot autolink.
 */
function escapeMarkdown(value) {
    return value.replace(/\s+/g, ' ').replace(/[!-/:-@[-`{-~]/g, (c) => `\\${c}`);
}
/** Values as they may appear in a subject: one line. */
function escapeSubject(value) {
    return value.replace(/\s+/g, ' ');
}
/**
 * Replaces each placeholder by its value, escaped for where the template lands. Templates
 * are checked with checkPlaceholders when the inputs are read; a name without a value here
 * (unknown, or a section where none is given) is left as it is.
 */
function renderTemplate(template, values, escape) {
    return template.replace(PLACEHOLDER_PATTERN, (match, name) => {
        const value = isPlaceholder(name) ? values[name] : undefined;
        return value === undefined ? match : escape(value, name);
    });
}
/** Escape for a Markdown template: link values that may be links stay links, everything else is text. */
function markdownValue(value, name) {
    return URL_PLACEHOLDERS.has(name) && MARKDOWN_INERT_URL.test(value) && isLinkable(value) ? value : escapeMarkdown(value);
}
/** The known placeholders a template uses, in order, repeats included. */
function placeholdersIn(template) {
    return [...template.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]).filter(isPlaceholder);
}
/** The inputs that fill a placeholder in some runs and leave it empty in every run when they are empty. */
const FILLED_BY = {
    failed_jobs: 'github-token',
    test_counts: 'test-reports',
    failed_tests: 'test-reports'
};
/**
 * The placeholders of these templates that can never be filled with these settings: the
 * failed jobs without `github-token` (the API is never asked), the tests without
 * `test-reports`. A body that leaves them out on purpose simply does not place them.
 */
function placeholdersEmptyForGood(templates, settings) {
    const empty = { 'github-token': !settings.githubToken, 'test-reports': !settings.testReports.length };
    const found = new Map();
    for (const { input, template } of templates) {
        for (const name of placeholdersIn(template ?? '')) {
            const source = Object.hasOwn(FILLED_BY, name) ? FILLED_BY[name] : undefined;
            if (!source || !empty[source])
                continue;
            const entry = found.get(source) ?? { placeholders: new Set(), inputs: new Set() };
            entry.placeholders.add(`{{ ${name} }}`);
            entry.inputs.add(input);
            found.set(source, entry);
        }
    }
    return [...found].map(([source, entry]) => ({ source, placeholders: [...entry.placeholders], inputs: [...entry.inputs] }));
}


/***/ }),

/***/ 7490:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F4: () => (/* binding */ MAX_LISTED_TESTS),
/* harmony export */   Gz: () => (/* binding */ failedTestsAsText),
/* harmony export */   Kp: () => (/* binding */ testWords),
/* harmony export */   Qy: () => (/* binding */ cleanReportLine),
/* harmony export */   __: () => (/* binding */ countsPhrase),
/* harmony export */   ef: () => (/* binding */ addReport),
/* harmony export */   fB: () => (/* binding */ EMPTY_SUMMARY),
/* harmony export */   nW: () => (/* binding */ MAX_DETAIL_LINES)
/* harmony export */ });
/* unused harmony export MAX_REPORT_LINE */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2497);


/** Failed tests listed in a message; the rest are counted. */
const MAX_LISTED_TESTS = 10;
/** Lines of stack trace or output shown under a failed test. */
const MAX_DETAIL_LINES = 5;
/** Longest line kept from a report: a minified bundle or a base64 blob would fill the message. */
const MAX_REPORT_LINE = 200;
/**
 * One line of report text made safe to show: terminal escapes and other control characters
 * removed (a report may carry them, and a raw CR or ESC would garble a mail client's view),
 * tabs as two spaces, trailing space trimmed, cut at MAX_REPORT_LINE.
 */
function cleanReportLine(line) {
    const clean = (0,node_util__WEBPACK_IMPORTED_MODULE_0__.stripVTControlCharacters)(line)
        .replace(/\t/g, '  ')
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '')
        .trimEnd();
    return clean.length > MAX_REPORT_LINE ? `${clean.slice(0, MAX_REPORT_LINE - 1)}\u2026` : clean;
}
/** Adds the counts and failures of one more report to a summary. */
function addReport(summary, report) {
    const room = MAX_LISTED_TESTS - summary.failures.length;
    const listed = report.failures.slice(0, Math.max(room, 0));
    return {
        reports: summary.reports + 1,
        counts: {
            tests: summary.counts.tests + report.counts.tests,
            failed: summary.counts.failed + report.counts.failed,
            errored: summary.counts.errored + report.counts.errored,
            skipped: summary.counts.skipped + report.counts.skipped
        },
        failures: [...summary.failures, ...listed],
        moreFailures: summary.moreFailures + report.failures.length - listed.length + report.moreFailures
    };
}
const EMPTY_SUMMARY = { reports: 0, counts: { tests: 0, failed: 0, errored: 0, skipped: 0 }, failures: [], moreFailures: 0 };
/** The words of the test report, in the message's language; a placeholder's value takes them in English. */
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_1__/* .defineWords */ .Pw)('test-summary', {
    tests: { en: (count) => `${count} ${count === 1 ? 'test' : 'tests'}`, ko: (count) => `\ud14c\uc2a4\ud2b8 ${count}\uac1c` },
    passed: { en: (count) => `${count} passed`, ko: (count) => `\ud1b5\uacfc ${count}` },
    failed: { en: (count) => `${count} failed`, ko: (count) => `\uc2e4\ud328 ${count}` },
    errored: { en: (count) => `${count} errored`, ko: (count) => `\uc624\ub958 ${count}` },
    skipped: { en: (count) => `${count} skipped`, ko: (count) => `\uac74\ub108\ub700 ${count}` },
    unnamed: { en: '(unnamed test)', ko: '(\uc774\ub984 \uc5c6\ub294 \ud14c\uc2a4\ud2b8)' },
    /** After a test that could not run to its end. */
    error: { en: '(error)', ko: '(\uc624\ub958)' },
    more: { en: (count) => `and ${count} more`, ko: (count) => `\uc678 ${count}\uac1c` }
});
function testWords(language) {
    return WORDS[language];
}
/**
 * "120 tests: 114 passed, 3 failed, 1 errored, 2 skipped"; parts that are zero are left out,
 * except passed. `language` is `en` for the value of {{ test_counts }}: placeholder values
 * read the same in every language.
 */
function countsPhrase(counts, language) {
    const words = WORDS[language];
    const passed = Math.max(counts.tests - counts.failed - counts.errored - counts.skipped, 0);
    const parts = [words.passed(passed)];
    if (counts.failed)
        parts.push(words.failed(counts.failed));
    if (counts.errored)
        parts.push(words.errored(counts.errored));
    if (counts.skipped)
        parts.push(words.skipped(counts.skipped));
    return `${words.tests(counts.tests)}: ${parts.join(', ')}`;
}
/** "suite \u203a name", or the name alone. */
function testTitle(test, language) {
    const name = test.name || WORDS[language].unnamed;
    return test.suite ? `${test.suite} \u203a ${name}` : name;
}
/** The failed tests as plain text, one item each, as the text part of the section {{ failed_tests }}. */
function failedTestsAsText(summary, language) {
    const words = WORDS[language];
    const items = summary.failures.map((test) => {
        const lines = [`- ${testTitle(test, language)}${test.errored ? ` ${words.error}` : ''}`];
        if (test.message)
            lines.push(`  ${test.message}`);
        lines.push(...test.details.map((line) => `  | ${line}`));
        return lines.join('\n');
    });
    if (summary.moreFailures)
        items.push(`- ${words.more(summary.moreFailures)}`);
    return items.join('\n');
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I8: () => (/* binding */ GOOGLE_TOKEN_URL),
/* harmony export */   ZG: () => (/* binding */ xoauth2Login),
/* harmony export */   bu: () => (/* binding */ XOAUTH2_WITH_TOKEN)
/* harmony export */ });
// The SMTP side of OAuth2, which every send with a token needs; the token endpoint, its
// diagnoses and the provider catalogue (oauth2.ts) are loaded only in runs that use OAuth2.
/** Google's token endpoint; other providers have their own (`oauth2-token-url`). */
const GOOGLE_TOKEN_URL = 'https://oauth2.googleapis.com/token';
/** The name nodemailer knows the XOAUTH2 handler by; the server sees plain `AUTH XOAUTH2`. */
const XOAUTH2_WITH_TOKEN = 'XOAUTH2-TOKEN';
/**
 * XOAUTH2 with an access token fetched beforehand, as a nodemailer custom handler.
 * Gmail refuses a token with a 334 challenge carrying the error as base64 JSON; the empty
 * line sent back gets the final 5xx reply, which the diagnosis quotes. nodemailer logs
 * the commands of custom handlers as `AUTH XOAUTH2 /* secret *\/`.
 */
async function xoauth2Login(ctx) {
    const { user, pass: accessToken } = ctx.auth.credentials;
    const initial = Buffer.from(`user=${user}\x01auth=Bearer ${accessToken}\x01\x01`, 'utf8').toString('base64');
    let reply = await ctx.sendCommand(`AUTH XOAUTH2 ${initial}`);
    if (reply.status === 334)
        reply = await ctx.sendCommand('');
    if (reply.status !== 235)
        throw new Error('Invalid login');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 2844:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (__WEBPACK_DEFAULT_EXPORT__)
/* harmony export */ });
/* eslint-disable no-bitwise -- the kind of a token is a set of bit flags packed into one slot of a typed array */
/** The token is an operator, a text run otherwise */
const TOKEN_OPERATOR = 1;
/** The next character continues the same run without whitespace in between */
const TOKEN_NO_BREAK = 2;
/** The text run holds characters its value leaves out or changes, so it is no plain slice */
const TOKEN_DIRTY = 4;
/** A backslash escapes the next character in the text run, inside a quoted string or a comment */
const TOKEN_ESCAPES = 8;
/** The text run opens on a character an escaping backslash in front of it has escaped */
const TOKEN_STARTS_ESCAPED = 16;
/**
 * The tokens of an address field, kept as offsets into it.
 *
 * Every token used to be an object of its own, an operator for every ',' and a value string
 * for every run of text, and a list of one letter names, 'a,a,a,...', took some 65 times its
 * size in tokens before any address was read. A token is now three numbers in one typed
 * array, its kind and the range of the field it covers, and its value is sliced off the field
 * when it is read. The few text runs whose value differs from their slice, as they hold an
 * escaping backslash, a line break or a control character, are rebuilt once and kept aside.
 */
class TokenList {
    constructor(str) {
        this.str = str;
        this.slots = new Int32Array(48);
        this.length = 0;
        this.cleaned = new Map();
    }
    /**
     * Appends a token
     *
     * @param kind Kind and flags of the token
     * @param start Offset of its first character
     * @param end Offset just past its last character
     * @return Index of the token
     */
    push(kind, start, end) {
        if ((this.length + 1) * 3 > this.slots.length) {
            const grown = new Int32Array(this.slots.length * 2);
            grown.set(this.slots);
            this.slots = grown;
        }
        const at = this.length * 3;
        this.slots[at] = kind;
        this.slots[at + 1] = start;
        this.slots[at + 2] = end;
        return this.length++;
    }
    /**
     * Offset of the first character of a token that is part of its value. A text run that is
     * no plain slice of the field still spans the whitespace and control characters its value
     * is trimmed of.
     */
    contentStart(index) {
        let start = this.slots[index * 3 + 1];
        const end = this.slots[index * 3 + 2];
        while (start < end && _isDroppedCode(this.str.charCodeAt(start))) {
            start++;
        }
        return start;
    }
    /**
     * Offset just past the last character of a token that is part of its value
     */
    contentEnd(index) {
        const start = this.slots[index * 3 + 1];
        let end = this.slots[index * 3 + 2];
        while (end > start && _isDroppedCode(this.str.charCodeAt(end - 1))) {
            end--;
        }
        return end;
    }
    /**
     * The character of an operator token, an empty string for a text run
     */
    operatorAt(index) {
        const at = index * 3;
        return this.slots[at] & TOKEN_OPERATOR ? this.str.charAt(this.slots[at + 1]) : '';
    }
    /**
     * Whether a token is an operator
     */
    isOperator(index) {
        return (this.slots[index * 3] & TOKEN_OPERATOR) !== 0;
    }
    /**
     * Whether the next character continues the run of a token without whitespace in between
     */
    noBreak(index) {
        return (this.slots[index * 3] & TOKEN_NO_BREAK) !== 0;
    }
    /**
     * Value of a token
     */
    value(index) {
        const cleaned = this.cleaned.get(index);
        if (cleaned !== undefined) {
            return cleaned;
        }
        return this.str.slice(this.slots[index * 3 + 1], this.slots[index * 3 + 2]);
    }
}
/**
 * A domain literal that ends an address. dtext includes '@' (RFC 5322 3.4.1), so the '@'
 * in front of the literal is the one that splits the domain off, not the last one: reading
 * 'a@[x@evil.com]' at its last '@' made it an address at evil.com.
 */
const DOMAIN_LITERAL_TAIL = /@(\[[^[\]\\]*\])$/;
/**
 * Offset of the '@' that splits the domain off an address, or -1 when there is none
 *
 * @param address Address to split
 * @return Offset of the '@'
 */
function _domainAt(address) {
    const literal = address.charAt(address.length - 1) === ']' ? DOMAIN_LITERAL_TAIL.exec(address) : null;
    return literal ? address.length - literal[1].length - 1 : address.lastIndexOf('@');
}
/**
 * Restores the quoting of a local part that was read out of a quoted string.
 *
 * RFC 5321 allows '@' inside a quoted local part, so handing '"user@evil.com"@good.com'
 * on as the bare 'user@evil.com@good.com' leaves it to the consumer which '@' splits the
 * domain off. Getting that wrong is a misrouting vector, so the quotes go back on. The
 * same holds for the other specials: a ',' or a ';' that loses its quotes reads as a
 * recipient separator once the consumer puts the address back into a header.
 *
 * This module has no dependencies so that it can ship on its own, which is why the two
 * grammar tests below are spelled out here instead of shared with src/mime-node. Keeping
 * only what is ambiguous quoted is deliberate, mime-node applies the stricter RFC 5321
 * dot-atom rule on top of this when it emits an address.
 *
 * @param address Address with an unquoted local part
 * @return Address with the local part as a quoted-string
 */
function _quoteLocalPart(address) {
    const lastAt = _domainAt(address);
    if (lastAt < 0) {
        // no domain to split off, nothing can be misrouted
        return address;
    }
    const user = address.substr(0, lastAt);
    if (/^[^\s"(),:;<>@[\\\]]+$/.test(user) || /^"(?:[^"\\]|\\[\s\S])*"$/.test(user)) {
        // a local part that carries no special reads the same with or without the quotes,
        // and one that is already a complete quoted-string needs nothing either
        return address;
    }
    return '"' + user.replace(/["\\]/g, '\\$&') + '"@' + address.substr(lastAt + 1);
}
/**
 * Reached for every parsed address, so it is built once rather than per call.
 */
const HAS_WHITESPACE = /\s/;
/**
 * An addr-spec that carries its whitespace legally, inside a quoted local part. The
 * optional tail is the malformed shape: a real mailbox with wreckage trailing it.
 */
const QUOTED_LOCAL_ADDR = /^("(?:[^"\\]|\\[\s\S])*"@\S+)(?:\s+([\s\S]+))?$/;
/**
 * One run holding a single '@' and no whitespace, the shape an addr-spec has to have.
 */
const ADDR_SPEC = /^[^@\s]+@[^@\s]+$/;
/**
 * The same with a domain literal for the domain, which may hold an '@' of its own.
 */
const LITERAL_ADDR_SPEC = /^[^@\s]+@\[[^[\]\\\s]*\]$/;
/**
 * The '@' and domain that follow a quoted local part in the same run.
 */
const QUOTED_LOCAL_DOMAIN = /^@(?:[^@\s"]+|\[[^[\]\\\s]*\])$/;
/**
 * Whether a whitespace free run reads as an addr-spec under the strict grammar
 *
 * @param value Run to check
 * @return true when it does
 */
function _isAddrSpec(value) {
    return ADDR_SPEC.test(value) || LITERAL_ADDR_SPEC.test(value);
}
/**
 * The looser reading applied once the strict one finds nothing, which tolerates the
 * further '@' that a domain should not have but malformed headers carry anyway.
 */
const LOOSE_ADDR_SPEC = /^[^@\s]+@\S+$/;
/**
 * An addr-spec sitting inside free text, together with the whitespace around it. Sticky
 * on purpose: it is run at the one offset _looseAddressStart picks rather than being let
 * loose to search, see there.
 */
const LOOSE_TEXT_ADDR = /\s*\b[^@\s]+@[^\s]+\b\s*/y;
/**
 * The characters JS `\s` matches, which the scan below has to agree with to land on the
 * same match the pattern would.
 */
function _isSpaceCode(code) {
    return (code === 0x20 ||
        (code >= 0x09 && code <= 0x0d) ||
        code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
/**
 * Checks for the whitespace RFC 5322 folding whitespace is made of: SP and HTAB, plus the
 * line break a fold carries. The other characters _isSpaceCode accepts are atext under
 * RFC 6532, and parsers disagree on them: mailauth keeps U+00A0 in a domain, so joining a
 * domain across one names a domain that reader never sees
 *
 * @param code Character code
 * @return true if the character is folding whitespace
 */
function _isFoldingSpaceCode(code) {
    return code === 0x20 || code === 0x09 || code === 0x0d || code === 0x0a;
}
/**
 * Checks if every character in a stretch of the field is folding whitespace
 *
 * @param str The field
 * @param from Offset of the first character
 * @param to Offset just past the last one
 * @return true if the stretch holds nothing but folding whitespace
 */
function _isFoldingGap(str, from, to) {
    for (let i = from; i < to; i++) {
        if (!_isFoldingSpaceCode(str.charCodeAt(i))) {
            return false;
        }
    }
    return true;
}
/**
 * Checks for a character the value of a text run is trimmed of, or leaves out: whitespace,
 * C0 controls and DEL
 *
 * @param code Character code
 * @return true if the character is not part of the value at the edge of a run
 */
function _isDroppedCode(code) {
    return code < 0x20 || code === 0x7f || _isSpaceCode(code);
}
/**
 * The characters JS `\w` matches without the unicode flag, the set the `\b` in
 * LOOSE_TEXT_ADDR is read against. charCodeAt off either end of the string gives NaN,
 * which compares false throughout, so out of range reads as the non-word the pattern
 * treats them as.
 */
function _isWordCode(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}
/**
 * Whether `\b` holds at an offset
 */
function _isBoundary(text, at) {
    return _isWordCode(text.charCodeAt(at - 1)) !== _isWordCode(text.charCodeAt(at));
}
/**
 * Offset of the first '@' in `text` between `from` and `to`, or -1 when the range holds none.
 *
 * indexOf would scan on to the end of the value, and the value here is a whole header. The
 * walk below steps one whitespace delimited run at a time and only ever uses a '@' that sits
 * inside the run it is on, so an unbounded probe rescans everything behind that run once per
 * run and grows with the square of the header: 400KB of free text carrying no '@' took a
 * quarter of a second. GHSA-v53p-9fqp-m79j took the pattern search out of this walk and left
 * the probe unbounded behind it.
 *
 * @param text Text to look in
 * @param from Offset to start at
 * @param to Offset to stop before
 * @return Offset of the '@', or -1
 */
function _indexOfAt(text, from, to) {
    for (let i = from; i < to; i++) {
        if (text.charCodeAt(i) === 0x40) {
            return i;
        }
    }
    return -1;
}
/**
 * A quoted-string a value opens with.
 */
const LEADING_QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"/;
/**
 * Drops the whitespace on either side of the '@' at an offset.
 *
 * obs-local-part and obs-domain allow CFWS around the '@' (RFC 5322 4.4), so 'user @ good.com'
 * names user@good.com. Kept, the whitespace went into the envelope as '"user "@ good.com'.
 * The scan is by index, a pattern such as /\s+@/ backtracks over a long whitespace run that
 * no '@' follows.
 *
 * The whitespace around the dots of the domain that follows is dropped as well, see
 * _joinDomainDotSpacing.
 *
 * @param value Value holding the '@'
 * @param at Offset of the '@', or -1
 * @return The value with the whitespace beside that '@' removed
 */
function _joinAtSpacing(value, at) {
    if (at < 0) {
        return value;
    }
    let start = at;
    while (start > 0 && _isSpaceCode(value.charCodeAt(start - 1))) {
        start--;
    }
    let end = at + 1;
    while (end < value.length && _isSpaceCode(value.charCodeAt(end))) {
        end++;
    }
    const joined = start === at && end === at + 1 ? value : value.slice(0, start) + '@' + value.slice(end);
    return _joinDomainDotSpacing(joined, start);
}
// The ASCII atext characters: printable, and none of the RFC 5322 specials
const ASCII_ATEXT = new Uint8Array(0x80);
for (let code = 0x21; code < 0x7f; code++) {
    ASCII_ATEXT[code] = '()<>[]:;@\\,."'.indexOf(String.fromCharCode(code)) < 0 ? 1 : 0;
}
/**
 * Checks if a character can be part of an atom: anything but the specials, whitespace and
 * the control characters (RFC 5322 3.2.3, with non-ASCII allowed as RFC 6532 does)
 *
 * @param code Character code
 * @return true if the character is atext
 */
function _isAtextCode(code) {
    return code < 0x80 ? ASCII_ATEXT[code] === 1 : !_isSpaceCode(code);
}
/**
 * Drops the whitespace around the dots of the domain behind the '@' at an offset.
 *
 * obs-domain is atoms with CFWS around the dots (RFC 5322 4.4), so 'user@victim.example
 * .allowed.example' names user@victim.example.allowed.example. Read as two runs, the domain
 * ended at the whitespace and the envelope went to victim.example, a different domain than
 * the one an RFC 5322 parser, and an application validating the address with one, reads
 * (GHSA-3q53-mvfw-q9v8). A comment around a dot reaches here as whitespace.
 *
 * Only SP, HTAB and a fold count as the whitespace, see _isFoldingSpaceCode.
 *
 * Only a dot with an atom on both sides joins, as for a conformant parser: whitespace that
 * is not beside a dot ends the domain, and so does a dot that no atom follows, which keeps
 * 'user@example.com .' from becoming a domain with a trailing dot. A domain literal is left
 * alone. Everything from where the domain ends is kept as it is.
 *
 * @param value Value holding the '@'
 * @param at Offset of the '@'
 * @return The value with the whitespace around the dots of that domain removed
 */
function _joinDomainDotSpacing(value, at) {
    const len = value.length;
    // '[' is no atext, so a domain literal ends the walk before it starts
    let pos = at + 1;
    let spaced = false;
    for (;;) {
        const labelStart = pos;
        while (pos < len && _isAtextCode(value.charCodeAt(pos))) {
            pos++;
        }
        if (pos === labelStart) {
            break;
        }
        // the dot, with the whitespace on either side of it, and the label behind it
        let next = pos;
        while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
            next++;
        }
        if (value.charCodeAt(next) !== 0x2e) {
            break;
        }
        next++;
        while (next < len && _isFoldingSpaceCode(value.charCodeAt(next))) {
            next++;
        }
        if (next >= len || !_isAtextCode(value.charCodeAt(next))) {
            break;
        }
        spaced = spaced || next !== pos + 1;
        pos = next;
    }
    if (!spaced) {
        return value;
    }
    // every whitespace character the walk covered sits beside a dot
    let domain = '';
    for (let k = at + 1; k < pos; k++) {
        if (!_isFoldingSpaceCode(value.charCodeAt(k))) {
            domain += value.charAt(k);
        }
    }
    return value.slice(0, at + 1) + domain + value.slice(pos);
}
/**
 * Drops the whitespace beside the '@' that splits the domain off a value. That is the '@'
 * right after a quoted local part the value opens with, or else the only '@' it holds outside
 * any quoted string. With several it is not clear which one the whitespace belongs to, and
 * '<x@evil.com @good.com>' is left to the addr-spec recovery to read as it always has.
 *
 * @param value Value to clean up
 * @return The value with the whitespace beside that '@' removed
 */
function _collapseAtSpacing(value) {
    const quoted = LEADING_QUOTED_STRING.exec(value);
    if (quoted) {
        let at = quoted[0].length;
        while (at < value.length && _isSpaceCode(value.charCodeAt(at))) {
            at++;
        }
        if (value.charAt(at) === '@' && value.indexOf('@', at + 1) < 0) {
            return _joinAtSpacing(value, at);
        }
    }
    const at = value.indexOf('@');
    if (at < 0 || value.indexOf('@', at + 1) >= 0 || value.lastIndexOf('"') > at) {
        return value;
    }
    return _joinAtSpacing(value, at);
}
/**
 * Finds the offset LOOSE_TEXT_ADDR matches at, or -1 when it does not match at all.
 *
 * Letting the pattern search for itself is quadratic: '[^@\s]+' is retried from every
 * offset and rescans the run to the next '@' each time, so 140KB of header holding no
 * usable '@' blocks the event loop for about ten seconds (GHSA-v53p-9fqp-m79j). The search is also unnecessary.
 * '[^@\s]+' crosses neither whitespace nor a '@', so a match can only begin at the head of
 * a whitespace delimited run or just past a '@' inside one, and '[^\s]+\b' gives characters
 * back until it lands on a boundary, so the only end it can take in that run is the last
 * boundary in it. Both are found in one pass, and the pattern is then run at that single
 * offset.
 *
 * @param text Free text to look in
 * @return Offset to match at, or -1
 */
function _looseAddressStart(text) {
    const len = text.length;
    let pos = 0;
    while (pos < len) {
        while (pos < len && _isSpaceCode(text.charCodeAt(pos))) {
            pos++;
        }
        if (pos >= len) {
            break;
        }
        const runStart = pos;
        let runEnd = pos;
        while (runEnd < len && !_isSpaceCode(text.charCodeAt(runEnd))) {
            runEnd++;
        }
        let at = _indexOfAt(text, runStart, runEnd);
        if (at >= 0) {
            let lastBoundary = -1;
            for (let k = runEnd; k > runStart; k--) {
                if (_isBoundary(text, k)) {
                    lastBoundary = k;
                    break;
                }
            }
            let atomStart = runStart;
            while (lastBoundary >= 0 && at >= 0) {
                // '[^@\s]+' has to cover a character before the '@' and '[^\s]+' one after it,
                // and the boundary that ends the match has to sit past both
                if (at > atomStart && runEnd > at + 1 && lastBoundary > at + 1) {
                    for (let start = atomStart; start < at; start++) {
                        if (_isBoundary(text, start)) {
                            if (start > runStart) {
                                return start;
                            }
                            // the leading '\s*' is greedy, so a match that begins at the run
                            // takes the whitespace in front of it along
                            let padded = runStart;
                            while (padded > 0 && _isSpaceCode(text.charCodeAt(padded - 1))) {
                                padded--;
                            }
                            return padded;
                        }
                    }
                }
                atomStart = at + 1;
                at = _indexOfAt(text, atomStart, runEnd);
            }
        }
        pos = runEnd;
    }
    return -1;
}
/**
 * Recovers the addr-spec from an angle-addr that came back holding unquoted whitespace.
 *
 * A malformed header can put more than a mailbox between the angle brackets, most often
 * because the generator wrote the recipient twice: '<user@example.com user@example.com>'
 * or '<example.com user@example.com>'. Whitespace is not addr-spec, so the whole run can
 * never be a mailbox anyone could deliver to, and passing it on as the address loses the
 * recipient that is sitting right there in the header.
 *
 * The run that still reads as an addr-spec is kept and whatever is left over becomes
 * display text rather than being dropped. Candidates are read strictly first and then
 * under the looser grammar, the same two tiers the unquoted-text branch below applies to
 * the same problem, so that '<a@b@c.com junk>' and a bare 'a@b@c.com junk' agree on the
 * recipient. When several runs qualify the first wins, which is what that branch's looser
 * tier does within a token.
 *
 * A quoted local part is left alone: RFC 5321 allows whitespace inside it, so
 * '<"user name"@example.com>' is well formed and means exactly what it says.
 *
 * @param data Collected address parts, mutated in place
 */
function _recoverAddrSpec(data) {
    data.address = _collapseAtSpacing(data.address);
    if (!HAS_WHITESPACE.test(data.address)) {
        return;
    }
    let address;
    let rest;
    const quoted = data.address.match(QUOTED_LOCAL_ADDR);
    if (quoted) {
        if (!quoted[2]) {
            // the whitespace sits inside the quoted local part, this is a well formed mailbox
            return;
        }
        // a real mailbox with wreckage trailing it, so peel the addr-spec off whole rather
        // than splitting into the quotes
        address = quoted[1];
        rest = [quoted[2]];
    }
    else {
        if (data.address.indexOf('"') >= 0) {
            // Splitting on whitespace loses track of where the quoted string starts and ends,
            // and this module does not take addresses out of quoted strings: the run picked out
            // of '<junk "user@evil.com b"@good.com>' would be an address from the domain the
            // quotes were hiding. Every well formed shape was already handled above, so what is
            // left is wreckage either way and the original is the honest answer
            return;
        }
        const parts = data.address.split(/\s+/);
        let addrIndex = parts.findIndex(_isAddrSpec);
        if (addrIndex < 0) {
            addrIndex = parts.findIndex(part => LOOSE_ADDR_SPEC.test(part));
        }
        if (addrIndex < 0) {
            // nothing in there reads as an address, there is no better answer than the original
            return;
        }
        address = parts.splice(addrIndex, 1)[0];
        rest = parts;
    }
    data.address = address;
    data.text = [data.text]
        .concat(rest)
        .filter(part => part)
        .join(' ');
}
/**
 * Takes the RFC 5322 comments out of the contents of an angle-addr.
 *
 * The tokenizer tracks a single open operator, so once '<' is open a '(' is plain text and
 * a comment inside the brackets reached the address verbatim: 'Name <user@example.com(x)evil.com>'
 * put 'user@example.com(x)evil.com' into the envelope, a value that is no mailbox and that a
 * receiver stripping the comment reads as 'user@example.comevil.com' (GHSA-g73g-hqqh-jr95).
 * A comment is folding whitespace, so it is read as a space that splits two atoms and as
 * nothing next to an '@', the same rule the token walk applies outside the brackets. Quoted
 * strings and domain literals are copied through untouched, a '(' in there is not a comment.
 * An unexpected '<' outside them drops everything in front of it, comments included.
 *
 * RFC 822 also let an angle-addr name the relays to go through in front of the mailbox,
 * '<@relay1,@relay2:user@example.com>', which RFC 5322 still parses as obs-route. The route
 * is not part of the mailbox, and folded into the local part it made
 * '"@relay1,@relay2:user"@example.com' a recipient that does not exist. A local part can not
 * start with '@', so contents that do, up to the first ':' outside a domain literal and in
 * front of any quoted string, are a route and are dropped, as long as a mailbox with an '@'
 * of its own follows.
 *
 * @param address Contents of the angle brackets
 * @return The address with the comments removed, and the text of the comments
 */
function _stripAddressComments(address) {
    const comments = [];
    let result = '';
    let comment = '';
    let depth = 0;
    let closer = '';
    // carried along rather than read back off the growing result, which would flatten it on
    // every comment (see lastChars in _handleAddress)
    let lastChar = '';
    // A comment that just closed stands for a space, written once the next character shows
    // whether one is wanted: not beside an '@', and not on top of whitespace that follows.
    // Deciding on the spot saw only the character right after the ')', so a second comment
    // in a row hid the '@' behind it and 'a(x)(y)@b' read as 'a @b'
    let pendingSpace = false;
    // first character of the result and whether a quoted string has opened since, which
    // together tell a route from a local part
    let firstChar = '';
    let quoteSeen = false;
    let routeEnd = -1;
    for (let i = 0, len = address.length; i < len; i++) {
        const chr = address.charAt(i);
        if (depth) {
            if (chr === '\\' && i < len - 1) {
                comment += address.charAt(++i);
            }
            else if (chr === '(') {
                depth++;
                comment += chr;
            }
            else if (chr === ')' && !--depth) {
                comments.push(comment.trim());
                comment = '';
                pendingSpace = lastChar !== '@';
            }
            else {
                comment += chr;
            }
            continue;
        }
        if (pendingSpace && chr !== '(') {
            pendingSpace = false;
            if (chr !== '@' && chr !== '<' && !_isSpaceCode(address.charCodeAt(i))) {
                result += ' ';
                lastChar = ' ';
            }
        }
        if (closer) {
            if (chr === '\\' && closer === '"' && i < len - 1) {
                result += chr + address.charAt(++i);
                lastChar = address.charAt(i);
                continue;
            }
            if (chr === closer) {
                closer = '';
            }
        }
        else if (chr === '"') {
            closer = '"';
            quoteSeen = true;
        }
        else if (chr === ':' && routeEnd < 0 && firstChar === '@' && !quoteSeen) {
            routeEnd = result.length + 1;
        }
        else if (chr === '[') {
            closer = ']';
        }
        else if (chr === '(') {
            depth = 1;
            continue;
        }
        else if (chr === '<') {
            // Apple Mail drops everything between an unexpected '<' and the address after it.
            // Read here rather than off the raw brackets so that a '<' inside a quoted string,
            // a comment or a domain literal stays where it is: '<"a<b"@victim.com>' cut at
            // the first '<' left the address 'b"@victim.com'
            result = '';
            lastChar = '';
            comments.length = 0;
            firstChar = '';
            quoteSeen = false;
            routeEnd = -1;
            continue;
        }
        result += chr;
        lastChar = chr;
        if (!firstChar && !_isSpaceCode(address.charCodeAt(i))) {
            firstChar = chr;
        }
    }
    if (routeEnd >= 0 && result.indexOf('@', routeEnd) >= 0) {
        result = result.slice(routeEnd);
    }
    if (depth) {
        // an unterminated comment runs to the end of the address
        comments.push(comment.trim());
    }
    return { address: result.trim(), comments: comments.filter(text => text) };
}
/**
 * Walks the tokens of one entry of an address list and sorts them into the runs of display
 * text, angle-addr and comment they belong to
 *
 * @param tokens Tokens of the whole address list
 * @param from Index of the first token of the entry
 * @param to Index just past the last token of the entry
 * @return The collected runs, and whether the display text came out of a comment
 */
function _collectAddressParts(tokens, from, to) {
    let state = 'text';
    const data = {
        address: [],
        comment: [],
        text: [],
        textWasQuoted: [],
        quotedLocalAt: []
    };
    let insideQuotes = false;
    // whether the last text run holds nothing but quoted text so far, which is what a quoted
    // local part is until the '@' after it joins the run
    let lastTextPureQuoted = false;
    // whether the last text run holds an unquoted '@', so that it runs on into a domain, and
    // whether nothing but comments has come since it, see the join below
    let lastTextHasAt = false;
    let lastTextOpen = false;
    // Where the last text run, or the last comment since it, ended in the field, and whether
    // everything between it and the comments since was folding whitespace. The tokens are
    // trimmed of any whitespace, so this is read off the field itself.
    let gapFrom = 0;
    let gapsFolding = true;
    // Last character of the run each state is currently accumulating. Reading it back off
    // the accumulator with slice(-1) makes the engine flatten the whole growing string on
    // every token, which is quadratic over an address built from many comment-joined atoms
    // (GHSA-prgh-xp8r-p3m5). A run only ever grows by the token appended below, so the
    // character is carried along instead of re-read.
    const lastChars = { address: '', comment: '', text: '' };
    // Filter out <addresses>, (comments) and regular text
    for (let i = from; i < to; i++) {
        const value = tokens.value(i);
        // the operator in front of this token, if there is one, and whether it runs on into it
        const prevOperator = i > from ? tokens.operatorAt(i - 1) : '';
        const prevNoBreak = i > from && tokens.noBreak(i - 1);
        if (tokens.isOperator(i)) {
            switch (value) {
                case '<':
                    state = 'address';
                    insideQuotes = false;
                    lastTextOpen = false;
                    break;
                case '(':
                    state = 'comment';
                    insideQuotes = false;
                    gapsFolding = gapsFolding && _isFoldingGap(tokens.str, gapFrom, tokens.contentStart(i));
                    break;
                case '"':
                    insideQuotes = !insideQuotes;
                    state = 'text';
                    lastTextOpen = false;
                    break;
                default:
                    state = 'text';
                    insideQuotes = false;
                    if (value !== ')') {
                        lastTextOpen = false;
                    }
                    else {
                        gapFrom = tokens.contentEnd(i);
                    }
                    break;
            }
        }
        else {
            // An empty quoted string is dropped by the tokenizer, leaving no text token of its
            // own for textWasQuoted to be recorded on, so the pair of quote operators right in
            // front of this token is all that is left of it and the run it opens carries the
            // quoting instead. Without this '""@example.com' reads as the bare '@example.com',
            // the quotes never go back on, and the value is no longer an addr-spec a trailing
            // comment can be peeled off of. It only ever opens a run: a run that already holds
            // material collected outside the quotes is not a quoted string, whatever follows it
            const opensAfterEmptyQuotedString = prevOperator === '"' && prevNoBreak && i > from + 1 && tokens.operatorAt(i - 2) === '"';
            // A comment is folding whitespace. It may sit inside an addr-spec, on either side
            // of the '@', but it cannot join two atoms into one: gluing across it would read
            // 'user@example.com(x)evil.com' as the single domain 'example.comevil.com' and
            // deliver to a domain the sender never named.
            // A comment beside a dot of a domain is CFWS inside obs-domain, with or without
            // folding whitespace around it, so 'user@victim.example(x).allowed.example' names
            // one domain (GHSA-3q53-mvfw-q9v8). Any other whitespace in between keeps them apart.
            // A ')' always leaves the walk in unquoted text, so neither needs checking here.
            // Neither join across a comment takes in a second '@' once the run holds one: the
            // address would then split at the last '@', and 'user@company(x).com@attacker.net',
            // which an RFC 5322 parser reads as user@company.com, would go to attacker.net.
            const parts = data[state];
            const secondAt = lastTextHasAt && prevOperator === ')' && value.indexOf('@') >= 0;
            const joinsDomain = !secondAt &&
                lastTextOpen &&
                lastTextHasAt &&
                prevOperator === ')' &&
                (lastChars.text === '.' || value.charAt(0) === '.') &&
                gapsFolding &&
                _isFoldingGap(tokens.str, gapFrom, tokens.contentStart(i));
            const joins = joinsDomain || (!secondAt && prevNoBreak && parts.length > 0 && (prevOperator !== ')' || lastChars[state] === '@' || value.charAt(0) === '@'));
            if (joins) {
                const last = data[state].length - 1;
                if (state === 'text' && !insideQuotes) {
                    if (lastTextPureQuoted && value.charAt(0) === '@') {
                        data.quotedLocalAt[last] = data.text[last].length;
                    }
                    lastTextPureQuoted = false;
                }
                data[state][last] += value;
                lastChars[state] = value.charAt(value.length - 1);
                if (state === 'text' && insideQuotes) {
                    data.textWasQuoted[last] = true;
                }
            }
            else {
                data[state].push(value);
                lastChars[state] = value.charAt(value.length - 1);
                if (state === 'text') {
                    data.textWasQuoted.push(insideQuotes || opensAfterEmptyQuotedString);
                    // an empty quoted string leaves no text of its own, so the '@' opens the run
                    data.quotedLocalAt.push(opensAfterEmptyQuotedString && value.charAt(0) === '@' ? 0 : -1);
                    lastTextPureQuoted = insideQuotes;
                }
            }
            if (state === 'text') {
                lastTextHasAt = (joins && lastTextHasAt) || (!insideQuotes && value.indexOf('@') >= 0);
                lastTextOpen = true;
                gapFrom = tokens.contentEnd(i);
                gapsFolding = true;
            }
        }
    }
    // If there is no text but a comment, replace the two. A comment is never part of a
    // mailbox, so text that came out of one only ever names it: reading an address out of it
    // made '(a@evil.com)' a recipient where no conformant reading has a mailbox at all
    let textFromComment = false;
    if (!data.text.length && data.comment.length) {
        data.text = data.comment;
        data.comment = [];
        textFromComment = true;
    }
    return { data, textFromComment };
}
/**
 * Name of a group, from the tokens in front of its ':'. A comment names it when no text does,
 * as it names a mailbox.
 *
 * @param tokens Tokens of the whole address list
 * @param from Index of the first token in front of the ':'
 * @param to Index of the ':'
 * @return Name of the group
 */
function _groupName(tokens, from, to) {
    // http://tools.ietf.org/html/rfc2822#appendix-A.1.3
    return _collectAddressParts(tokens, from, to).data.text.join(' ');
}
/**
 * Converts tokens for a single address into an address object
 *
 * @param tokens Tokens of the whole address list
 * @param from Index of the first token of this address
 * @param to Index just past the last token of this address
 * @return Address object
 */
function _handleAddress(tokens, from, to) {
    const collected = _collectAddressParts(tokens, from, to);
    const data = collected.data;
    let textFromComment = collected.textFromComment;
    // Comments come out of the angle-addr before anything asks whether one was found, so
    // that brackets holding nothing but a comment read the same as empty ones
    const addressComments = [];
    const addressParts = [];
    for (const part of data.address) {
        const stripped = _stripAddressComments(part);
        for (const comment of stripped.comments) {
            addressComments.push(comment);
        }
        if (stripped.address) {
            addressParts.push(stripped.address);
        }
    }
    data.address = addressParts;
    // If no address was found, try to detect one from regular text
    if (!data.address.length && data.text.length && !textFromComment) {
        // Whitespace beside the '@' is CFWS, so 'user @ good.com' is read as one run. Both
        // tiers read the collapsed runs, and only a run an address comes out of is replaced
        // by its collapsed form, the display text keeps its spacing
        const candidates = data.text.map((part) => _collapseAtSpacing(part));
        // The first addr-spec in the text is the mailbox, as it is for a conformant parser
        // reading as far as it can. Taking the last one let a comment part two of them and
        // pick the second, 'user@good.com (x) evil@evil.com' went to evil.com, while the
        // same two without the comment, one run, went to good.com
        for (let i = 0; i < data.text.length; i++) {
            // Security: Do not extract email addresses from quoted strings.
            // RFC 5321 allows @ inside quoted local-parts like "user@domain"@example.com.
            // Extracting emails from quoted text leads to misrouting vulnerabilities.
            // A run that is a quoted local part with its '@' and domain is an addr-spec of
            // its own, with the quoting put back on, and takes its turn like any other
            const local = data.quotedLocalAt[i];
            const quotedLocal = data.textWasQuoted[i] && local >= 0 && QUOTED_LOCAL_DOMAIN.test(data.text[i].slice(local)) ? _quoteLocalPart(data.text[i]) : '';
            if (quotedLocal || (!data.textWasQuoted[i] && _isAddrSpec(candidates[i]))) {
                data.address = [quotedLocal || candidates[i]];
                data.text.splice(i, 1);
                data.textWasQuoted.splice(i, 1);
                data.quotedLocalAt.splice(i, 1);
                break;
            }
        }
        // Try a looser regex match if strict match found nothing
        if (!data.address.length) {
            let extracted = false;
            for (let i = 0; i < data.text.length; i++) {
                // Security: Do not extract email addresses from quoted strings
                if (!data.textWasQuoted[i]) {
                    // the strict tier found nothing, so it spliced nothing and the indexes still line up
                    const part = candidates[i];
                    let remainder = data.text[i];
                    const at = _looseAddressStart(part);
                    if (at >= 0) {
                        LOOSE_TEXT_ADDR.lastIndex = at;
                        const match = LOOSE_TEXT_ADDR.exec(part);
                        if (match) {
                            data.address = [match[0].trim()];
                            extracted = true;
                            remainder = part.slice(0, at) + ' ' + part.slice(at + match[0].length);
                        }
                    }
                    data.text[i] = remainder.trim();
                    if (extracted) {
                        break;
                    }
                }
            }
        }
    }
    // If there's still no text but a comment exists, replace the two
    if (!data.text.length && data.comment.length) {
        data.text = data.comment;
        data.comment = [];
    }
    // Keep only the first address occurrence, push others to regular text
    if (data.address.length > 1) {
        data.text = data.text.concat(data.address.splice(1));
    }
    // An address is only taken from unquoted text, so anything left in the text at this
    // point that still has to serve as the address carries its quoting in this flag
    const addressFromQuotedText = !data.address.length && data.textWasQuoted.some(wasQuoted => wasQuoted);
    // Join values with spaces
    data.text = data.text.join(' ');
    data.address = data.address.join(' ');
    if (addressFromQuotedText && data.text.indexOf('@') >= 0) {
        // A quoted run with no '@' in it is a display name and nothing else, so it stays
        // where it is. Moving it over anyway made a comment the mailbox was read from:
        // '"Display Name" <(a comment)>' handed on 'Display Name' as the address with the
        // comment as the name, and a quoted name holding a ',' or a ';' became an address
        // that reads as two recipients once a consumer writes it back into a header.
        //
        // The mailbox is still sitting in the text, so it moves over here and is quoted
        // before the recovery below rather than after it. Anything else the text holds
        // came along with it: a comment ends the domain but leaves the atoms behind it in
        // the same text, and '"user"@example.com(x)evil.com' was handed on as the address
        // 'user@example.com evil.com', a second domain riding into the envelope recipient
        // on a value that is no addr-spec at all (GHSA-g57g-f23g-4646). Putting the quotes
        // back first is what lets the recovery tell the whitespace an addr-spec may carry
        // from the wreckage trailing one, as only a quoted local part may hold whitespace
        // The quotes are gone at this point, so the '@' the domain splits off at is the
        // last one, not the single one _collapseAtSpacing insists on
        data.address = _quoteLocalPart(_joinAtSpacing(data.text, _domainAt(data.text)));
        data.text = '';
    }
    _recoverAddrSpec(data);
    // a comment names the mailbox only when nothing else does, as one outside the brackets
    if (!data.text && addressComments.length) {
        data.text = addressComments.join(' ');
        textFromComment = true;
    }
    const address = {
        address: data.address || (textFromComment ? '' : data.text) || '',
        name: data.text || data.address || ''
    };
    if (address.address === address.name) {
        if (/@/.test(address.address || '')) {
            address.name = '';
        }
        else {
            address.address = '';
        }
    }
    return address;
}
/* eslint-disable no-bitwise -- see TokenList */
/**
 * Creates a Tokenizer object for tokenizing address field strings
 *
 * @constructor
 * @param str Address field string
 */
class Tokenizer {
    constructor(str) {
        this.str = (str || '').toString();
        this.operatorCurrent = '';
        this.operatorExpecting = '';
        this.node = -1;
        this.escaped = false;
        this.inDomainLiteral = false;
        this.afterAt = false;
        this.inGroup = false;
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
        this.list = new TokenList(this.str);
        /**
         * Operator tokens and which tokens are expected to end the sequence
         */
        this.operators = {
            '"': '"',
            '(': ')',
            '<': '>',
            ',': '',
            // A group is read in the same pass as the rest of the list, so its ':' only marks
            // where the name ends and its members are tokenized like any other address
            ':': '',
            // Semicolons are not a legal delimiter per the RFC2822 grammar other
            // than for terminating a group, but they are also not valid for any
            // other use in this context.  Given that some mail clients have
            // historically allowed the semicolon as a delimiter equivalent to the
            // comma in their UI, it makes sense to treat them the same as a comma
            // when used outside of a group.
            ';': ''
        };
    }
    /**
     * Tokenizes the original input string
     *
     * @return An array of operator|text tokens
     */
    tokenize() {
        const str = this.str;
        const len = str.length;
        for (let i = 0; i < len; i++) {
            this.checkChar(str.charAt(i), i);
        }
        this._closeText(len);
        // Compacted in place: a text run is trimmed to its value and one left empty is
        // dropped, and the value of a run that is no plain slice is rebuilt and kept aside
        const list = this.list;
        const slots = list.slots;
        let kept = 0;
        for (let i = 0, count = list.length; i < count; i++) {
            const kind = slots[i * 3];
            let start = slots[i * 3 + 1];
            let end = slots[i * 3 + 2];
            if (kind & TOKEN_DIRTY) {
                const value = this._cleanValue(start, end, kind).trim();
                if (!value) {
                    continue;
                }
                list.cleaned.set(kept, value);
            }
            else if (!(kind & TOKEN_OPERATOR)) {
                while (start < end && _isSpaceCode(str.charCodeAt(start))) {
                    start++;
                }
                while (end > start && _isSpaceCode(str.charCodeAt(end - 1))) {
                    end--;
                }
                if (start === end) {
                    continue;
                }
            }
            slots[kept * 3] = kind;
            slots[kept * 3 + 1] = start;
            slots[kept * 3 + 2] = end;
            kept++;
        }
        list.length = kept;
        return list;
    }
    /**
     * Ends the text run being collected, if there is one
     *
     * @param end Offset just past its last character
     */
    _closeText(end) {
        if (this.node >= 0) {
            this.list.slots[this.node * 3 + 2] = end;
            this.node = -1;
        }
    }
    /**
     * Rebuilds the value of a text run that is no plain slice of the field, applying the
     * rules checkChar collects characters by: an escaping backslash is dropped, a line break
     * reads as a space and any other control character is left out
     *
     * @param start Offset of the first character of the run
     * @param end Offset just past its last character
     * @param kind Kind and flags of the run
     * @return Value of the run
     */
    _cleanValue(start, end, kind) {
        const str = this.str;
        const escapes = (kind & TOKEN_ESCAPES) !== 0;
        let escaped = (kind & TOKEN_STARTS_ESCAPED) !== 0;
        let value = '';
        for (let i = start; i < end; i++) {
            const chr = str.charAt(i);
            if (escapes && !escaped && chr === '\\') {
                escaped = true;
                continue;
            }
            escaped = false;
            if (chr === '\n') {
                value += ' ';
            }
            else if (chr.charCodeAt(0) >= 0x21 || chr === ' ' || chr === '\t') {
                value += chr;
            }
        }
        return value;
    }
    /**
     * Checks if a character is an operator or text and acts accordingly
     *
     * @param chr Character from the address field
     * @param i Offset of the character in the field
     */
    checkChar(chr, i) {
        // Track RFC 5322 domain-literals ("[" *dtext "]"). The ":" of an IPv6
        // address-literal (user@[IPv6:2001:db8::1]) is dtext and must not be treated as
        // the group delimiter while inside the brackets. That is the only operator the
        // literal hides: letting it hide the others as well meant a "[" could turn the
        // comment, quoted string or angle-addr after it into text and pick a different
        // mailbox, '[ ( ] <a@victim.com> ) <b@evil.com>' yielded a@victim.com where
        // RFC 5322 reads b@evil.com. A "[" also only opens a literal right after the "@"
        // of an addr-spec, so the group delimiter of a display name holding one stays
        // intact. Quoted strings and comments are handled separately via
        // operatorExpecting, so only enter this state when no operator is open. The list
        // separators "," and ";" always end the literal (and split the address list) so
        // that an unclosed "[" cannot swallow later recipients.
        if (!this.escaped && !this.operatorExpecting) {
            if (!this.inDomainLiteral && chr === '[' && this.afterAt) {
                this.inDomainLiteral = true;
            }
            else if (this.inDomainLiteral && (chr === ']' || chr === ',' || chr === ';')) {
                this.inDomainLiteral = false;
            }
        }
        // The closer of an angle-addr is only read outside the quoted strings, comments and
        // domain literals it holds. Looking for nothing but the closer let a '>' inside a
        // quoted local part end the angle-addr, '<"a@evil.com>"@good.com>' was read as an
        // address at evil.com. The characters are still collected as they are, the angle-addr
        // is read again later
        let nested = false;
        if (this.operatorExpecting === '>') {
            nested = this._trackInner(chr);
            if (!nested && chr === ';' && this.inGroup) {
                // The ';' of a group ends an angle-addr left open inside it, as it always did
                // when a group was cut out of the field at its ';' and parsed on its own. Read
                // as text instead, an unclosed '<' swallowed the end of the group and every
                // recipient after it
                this._closeText(i);
                this.operatorExpecting = '';
                this._resetInner();
            }
        }
        else if (this.operatorExpecting === ')' && !this.escaped) {
            // Comments nest (RFC 5322 3.2.2). Ending one at the first ')' let the ')' of a
            // nested comment close the outer one and released the rest of it, an address
            // included, into the header
            if (chr === '(') {
                this.innerComment++;
            }
            else if (chr === ')' && this.innerComment) {
                this.innerComment--;
                nested = true;
            }
        }
        if (this.escaped) {
            // ignore next condition blocks
        }
        else if (chr === this.operatorExpecting && !nested) {
            const nextChr = this.str.charAt(i + 1);
            this._closeText(i);
            this.list.push(nextChr && ![' ', '\t', '\r', '\n', ',', ';'].includes(nextChr) ? TOKEN_OPERATOR | TOKEN_NO_BREAK : TOKEN_OPERATOR, i, i + 1);
            if (chr !== ')') {
                // a comment is folding whitespace, it does not part the "@" from the "["
                this.afterAt = false;
            }
            this.operatorExpecting = '';
            this.escaped = false;
            this._resetInner();
            return;
        }
        else if (!this.operatorExpecting && !(this.inDomainLiteral && chr === ':') && chr in this.operators) {
            this._closeText(i);
            this.list.push(TOKEN_OPERATOR, i, i + 1);
            if (chr === ':') {
                this.inGroup = true;
            }
            else if (chr === ';') {
                this.inGroup = false;
            }
            if (chr !== '(') {
                this.afterAt = false;
            }
            this.operatorExpecting = this.operators[chr];
            this.escaped = false;
            this._resetInner();
            return;
        }
        else if (['"', "'", ')'].includes(this.operatorExpecting) && chr === '\\') {
            // A backslash escapes the next character inside a quoted string and inside a
            // comment alike (RFC 5322 3.2.2, ccontent includes quoted-pair). Honouring it
            // only in quoted strings let an escaped parenthesis close the comment, which
            // released the rest of it, an address included, into the header
            this.escaped = true;
            if (this.node >= 0) {
                // the backslash is left out of the value
                this.list.slots[this.node * 3] |= TOKEN_DIRTY;
            }
            return;
        }
        if (this.node < 0) {
            this.node = this.list.push((this.operatorExpecting === '"' || this.operatorExpecting === ')' ? TOKEN_ESCAPES : 0) | (this.escaped ? TOKEN_STARTS_ESCAPED : 0), i, i);
        }
        if (chr === '\n') {
            // Convert newlines to spaces. Carriage return is ignored as \r and \n usually
            // go together anyway and there already is a WS for \n. Lone \r means something is fishy.
            chr = ' ';
            this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        if (chr.charCodeAt(0) >= 0x21 || chr === ' ' || chr === '\t') {
            // the character is part of the value, which is read off the field later
            // text inside a quoted string or a comment is not part of an addr-spec. Tracked
            // as it goes rather than read back off the value (see lastChars in _handleAddress)
            if (!this.operatorExpecting && chr !== ' ' && chr !== '\t') {
                this.afterAt = chr === '@';
            }
        }
        else {
            // skip command bytes
            this.list.slots[this.node * 3] |= TOKEN_DIRTY;
        }
        this.escaped = false;
    }
    /**
     * Tracks the quoted strings, comments and domain literals inside an angle-addr, which its
     * closer must not be read from. A backslash escapes the next character inside a quoted
     * string and a comment. A domain literal opens right after an "@" and ends at the "]".
     * dtext holds the list separators as well, and inside the brackets they never split the
     * list anyway.
     *
     * @param chr Character from the address field
     * @return true while the character sits inside one of them, the one that closes it included
     */
    _trackInner(chr) {
        if (this.innerEscaped) {
            this.innerEscaped = false;
            return true;
        }
        if (this.innerQuoted) {
            if (chr === '\\') {
                this.innerEscaped = true;
            }
            else if (chr === '"') {
                this.innerQuoted = false;
            }
            return true;
        }
        if (this.innerComment) {
            if (chr === '\\') {
                this.innerEscaped = true;
            }
            else if (chr === '(') {
                this.innerComment++;
            }
            else if (chr === ')') {
                this.innerComment--;
            }
            return true;
        }
        if (this.innerLiteral) {
            if (chr === ']') {
                this.innerLiteral = false;
            }
            return true;
        }
        if (chr === '"') {
            this.innerQuoted = true;
            return true;
        }
        if (chr === '(') {
            this.innerComment = 1;
            return true;
        }
        if (chr === '[' && this.afterAt) {
            this.innerLiteral = true;
            return true;
        }
        // afterAt is otherwise only kept outside the operators and is cleared when one opens
        // or ends, so inside an angle-addr it serves the literal tracked here
        if (!_isSpaceCode(chr.charCodeAt(0))) {
            this.afterAt = chr === '@';
        }
        return false;
    }
    /**
     * Forgets the nesting collected for the operator that just opened or ended
     */
    _resetInner() {
        this.innerQuoted = false;
        this.innerComment = 0;
        this.innerLiteral = false;
        this.innerEscaped = false;
    }
}
/* eslint-enable no-bitwise */
/**
 * Folds the fragments an unquoted display name holding a comma is split into back together.
 *
 * "Joe Foo, PhD <joe@example.com>" is split on the comma into
 * [{name:"Joe Foo", address:""}, {name:"PhD", address:"joe@example.com"}]. A name-only entry
 * followed by an entry with both name and address is recombined. Walked back to front so
 * that a run of fragments folds into one entry in a single pass. Splicing each fragment out
 * of the list instead would cost O(n^2).
 *
 * @param list Parsed entries, in order
 * @return The entries with the fragments folded in
 */
function _mergeNameFragments(list) {
    const merged = [];
    for (let i = list.length - 1; i >= 0; i--) {
        const current = list[i];
        const next = merged.length ? merged[merged.length - 1] : null;
        if (next && current.address === '' && current.name && !current.group && next.address && next.name) {
            next.name = current.name + ', ' + next.name;
        }
        else {
            merged.push(current);
        }
    }
    return merged.reverse();
}
/**
 * Parses an address list, groups included, in a single pass over its tokens.
 *
 * A group used to be cut out of the field at the ';' that ends it and parsed again as an
 * address list of its own, recursively, so every level of nesting parsed what was left of
 * the field once more and the depth had to be capped. RFC 5322 does not nest groups at all,
 * and the nested ones were flattened anyway. The tokens are now walked once: a ':' opens a
 * group, its members are read as they come, a ';' closes it. A ':' inside an open group
 * stands for a group nested in it, whose name is dropped and whose members belong to the
 * outer one, which is how they were flattened before. The first ';' ends the group, nested
 * or not, as it did.
 *
 * @param str Address field
 * @return An array of address objects
 */
function _parseAddressList(str) {
    const tokens = new Tokenizer(str).tokenize();
    const parsedAddresses = [];
    let group = null;
    let members = [];
    // Every address is handed over as the range of the token list it covers, as soon as the
    // separator after it is seen. Copying the tokens of each address into an array of its own,
    // and collecting those before handling any, held a second structure as large as the token
    // list for the whole parse, and an array that receives a single push is allocated room for
    // seventeen: a list of one letter names took some 80 times its size in that alone
    let from = 0;
    for (let i = 0, len = tokens.length; i <= len; i++) {
        const operator = i < len ? tokens.operatorAt(i) : '';
        if (i < len && operator !== ',' && operator !== ';' && operator !== ':') {
            continue;
        }
        if (operator === ':') {
            if (!group) {
                group = { name: _groupName(tokens, from, i), group: [] };
                members = [];
            }
            from = i + 1;
            continue;
        }
        if (i > from) {
            // Appended in place. Rebuilding the accumulator with concat() would copy every
            // entry collected so far on each address, making a flat list cost O(n^2).
            const address = _handleAddress(tokens, from, i);
            if (group) {
                members.push(address);
            }
            else {
                parsedAddresses.push(address);
            }
        }
        from = i + 1;
        if (group && (operator === ';' || i === len)) {
            group.group = _mergeNameFragments(members);
            parsedAddresses.push(group);
            group = null;
        }
    }
    return _mergeNameFragments(parsedAddresses);
}
function addressparser(str, options) {
    const parsedAddresses = _parseAddressList(str);
    if (options?.flatten) {
        const flatAddresses = [];
        const walkAddressList = (list) => {
            list.forEach(entry => {
                if (entry.group) {
                    return walkAddressList(entry.group);
                }
                flatAddresses.push(entry);
            });
        };
        walkAddressList(parsedAddresses);
        return flatAddresses;
    }
    return parsedAddresses;
}
/* harmony default export */ const __WEBPACK_DEFAULT_EXPORT__ = (addressparser);


/***/ }),

/***/ 2809:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JW: () => (/* binding */ EOTP),
/* harmony export */   TI: () => (/* binding */ isPermanentResponseCode),
/* harmony export */   bV: () => (/* binding */ isTransientError),
/* harmony export */   jK: () => (/* binding */ ERR_ACCESS_DENIED),
/* harmony export */   kX: () => (/* binding */ EFILEACCESS),
/* harmony export */   sb: () => (/* binding */ EFETCH),
/* harmony export */   uk: () => (/* binding */ ESTREAM),
/* harmony export */   xj: () => (/* binding */ EURLACCESS)
/* harmony export */ });
/* unused harmony exports ERROR_CODES, ECONNECTION, ETIMEDOUT, ESOCKET, EDNS, ETLS, EREQUIRETLS, EPROTOCOL, EENVELOPE, EMESSAGE, EABORT, EAUTH, ENOAUTH, EOAUTH2, EMAXLIMIT, EMAXRECIPIENTS, ESENDMAIL, ESES, ECONFIG, EPROXY, createAbortError */
/**
 * Nodemailer Error Codes
 *
 * Centralized error code definitions for consistent error handling.
 *
 * Usage:
 *   import * as errors from './errors.js';
 *   const err: NodemailerError = new Error('Connection closed');
 *   err.code = errors.ECONNECTION;
 */
/**
 * Error code descriptions for documentation and debugging
 */
const ERROR_CODES = {
    // Connection errors
    ECONNECTION: 'Connection closed unexpectedly',
    ETIMEDOUT: 'Connection or operation timed out',
    ESOCKET: 'Socket-level error',
    EDNS: 'DNS resolution failed',
    // TLS/Security errors
    ETLS: 'TLS handshake or STARTTLS failed',
    EREQUIRETLS: 'REQUIRETLS not supported by server (RFC 8689)',
    // Protocol errors
    EPROTOCOL: 'Invalid SMTP server response',
    EENVELOPE: 'Invalid mail envelope (sender or recipients)',
    EMESSAGE: 'Message delivery error',
    EOTP: 'Invalid one-time passcode data (otp option)',
    ESTREAM: 'Stream processing error',
    EABORT: 'Message sending aborted',
    // Authentication errors
    EAUTH: 'Authentication failed',
    ENOAUTH: 'Authentication credentials not provided',
    EOAUTH2: 'OAuth2 token generation or refresh error',
    // Resource errors
    EMAXLIMIT: 'Pool resource limit reached (max messages per connection)',
    EMAXRECIPIENTS: 'Recipient count exceeds maxRecipients',
    // Transport-specific errors
    ESENDMAIL: 'Sendmail command error',
    ESES: 'AWS SES transport error',
    // Configuration and access errors
    ECONFIG: 'Invalid configuration',
    EPROXY: 'Proxy connection error',
    EFILEACCESS: 'File access rejected (disableFileAccess is set)',
    EURLACCESS: 'URL access rejected (disableUrlAccess is set)',
    EFETCH: 'HTTP fetch error'
};
// Error codes as string constants
const ECONNECTION = 'ECONNECTION';
const ETIMEDOUT = 'ETIMEDOUT';
const ESOCKET = 'ESOCKET';
const EDNS = 'EDNS';
const ETLS = 'ETLS';
const EREQUIRETLS = 'EREQUIRETLS';
const EPROTOCOL = 'EPROTOCOL';
const EENVELOPE = 'EENVELOPE';
const EMESSAGE = 'EMESSAGE';
const EOTP = 'EOTP';
const ESTREAM = 'ESTREAM';
const EABORT = 'EABORT';
const EAUTH = 'EAUTH';
const ENOAUTH = 'ENOAUTH';
const EOAUTH2 = 'EOAUTH2';
const EMAXLIMIT = 'EMAXLIMIT';
const EMAXRECIPIENTS = 'EMAXRECIPIENTS';
const ESENDMAIL = 'ESENDMAIL';
const ESES = 'ESES';
const ECONFIG = 'ECONFIG';
const EPROXY = 'EPROXY';
const EFILEACCESS = 'EFILEACCESS';
const EURLACCESS = 'EURLACCESS';
const EFETCH = 'EFETCH';
/** Creates the error reported when a caller cancels an individual send. @internal */
const createAbortError = (signal) => {
    const err = new Error('Message sending aborted', { cause: signal.reason });
    err.name = 'AbortError';
    err.code = EABORT;
    return err;
};
/**
 * Tells whether the error ended the connection rather than rejected what was sent over it
 */
const isTransientError = (err) => err.responseCode === 421 || err.code === ECONNECTION || err.code === ESOCKET || err.code === ETIMEDOUT;
/**
 * Tells whether an SMTP reply code is a permanent rejection, one that retrying the same
 * message would get again. RFC 5321 makes every 5yz reply a permanent negative completion
 * and every 4yz reply a transient one. 503 (bad sequence of commands) is the exception: it
 * says the session was in the wrong state for the command rather than that the message was
 * refused, so the same message can go through on a new connection. 2yz and 3yz replies are
 * only an error when the client expected something else, and are not permanent either.
 *
 * @param responseCode SMTP reply code
 * @returns true for a permanent rejection
 */
const isPermanentResponseCode = (responseCode) => responseCode >= 500 && responseCode < 600 && responseCode !== 503;
/**
 * Code Node.js sets on an error when its permission model (`--permission`) denies an
 * operation. It is not replaced with the Nodemailer code of the failing step (`ESOCKET`,
 * `EDNS`, `EFETCH`, ...), so a missing grant such as `--allow-net` stays recognizable.
 */
const ERR_ACCESS_DENIED = 'ERR_ACCESS_DENIED';


/***/ }),

/***/ 9354:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ fetch)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/shared/url.js
var shared_url = __nccwpck_require__(1093);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __nccwpck_require__(8522);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __nccwpck_require__(7030);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/fetch/cookies.js
// module to handle cookies


const SESSION_TIMEOUT = 1800; // 30 min
/**
 * Creates a biskviit cookie jar for managing cookie values in memory
 *
 * @constructor
 * @param [options] Optional options object
 */
class Cookies {
    constructor(options) {
        this.options = options || {};
        this.cookies = [];
    }
    /**
     * Stores a cookie string to the cookie storage
     *
     * @param cookieStr Value from the 'Set-Cookie:' header
     * @param url Current URL
     */
    set(cookieStr, url) {
        const urlparts = shared_url/* parse */.q(url || '');
        const cookie = this.parse(cookieStr);
        let domain;
        if (cookie.domain) {
            domain = cookie.domain.replace(/^\./, '');
            // do not allow cross origin cookies. There is no public suffix list here, so a
            // multi-label suffix like 'co.uk' can not be told apart from a registrable domain
            if (
            // can't be valid if the requested domain is shorter than current hostname
            urlparts.hostname.length < domain.length ||
                // a top level domain is not a valid scope, 'Domain=com' would otherwise be
                // sent to every .com host. A trailing dot does not make 'com.' any better
                domain.indexOf('.') < 0 ||
                domain.endsWith('.') ||
                // an IP address has no subdomains, so cookies set on it stay host-only
                external_node_net_.isIP(urlparts.hostname) ||
                // prefix domains with dot to be sure that partial matches are not used
                !('.' + urlparts.hostname).endsWith('.' + domain)) {
                cookie.domain = urlparts.hostname;
            }
        }
        else {
            cookie.domain = urlparts.hostname;
        }
        if (!cookie.path) {
            cookie.path = this.getPath(urlparts.pathname);
        }
        // if no expire date, then use sessionTimeout value
        if (!cookie.expires) {
            cookie.expires = new Date(Date.now() + (Number(this.options.sessionTimeout || SESSION_TIMEOUT) || SESSION_TIMEOUT) * 1000);
        }
        // a non-secure url can not set a Secure cookie, nor overwrite or delete one (RFC 6265bis section 5.7)
        if (urlparts.protocol !== 'https:' && (cookie.secure || this.cookies.some(stored => stored.secure && this.compare(stored, cookie)))) {
            return false;
        }
        return this.add(cookie);
    }
    /**
     * Returns cookie string for the 'Cookie:' header.
     *
     * @param url URL to check for
     * @returns Cookie header or empty string if no matches were found
     */
    get(url) {
        return this.list(url)
            .map(cookie => cookie.name + '=' + cookie.value)
            .join('; ');
    }
    /**
     * Lists all valied cookie objects for the specified URL
     *
     * @param url URL to check for
     * @returns An array of cookie objects
     */
    list(url) {
        const result = [];
        for (let i = this.cookies.length - 1; i >= 0; i--) {
            const cookie = this.cookies[i];
            if (this.isExpired(cookie)) {
                this.cookies.splice(i, 1);
                continue;
            }
            if (this.match(cookie, url)) {
                result.unshift(cookie);
            }
        }
        return result;
    }
    /**
     * Parses cookie string from the 'Set-Cookie:' header
     *
     * @param cookieStr String from the 'Set-Cookie:' header
     * @returns Cookie object
     */
    parse(cookieStr) {
        const cookie = {};
        let hasNameValue = false;
        let hasMaxAge = false;
        (cookieStr || '')
            .toString()
            .split(';')
            .forEach(cookiePart => {
            if (!cookiePart.trim()) {
                // skip empty parts
                return;
            }
            const valueParts = cookiePart.split('=');
            const name = valueParts.shift().trim();
            let value = valueParts.join('=').trim();
            let domain;
            // the first part is always the name-value pair, so a cookie named
            // like an attribute is not mistaken for one (RFC 6265 section 5.2)
            if (!hasNameValue) {
                hasNameValue = true;
                if (name) {
                    // cookie names are case-sensitive, only attribute names are not
                    cookie.name = name;
                    cookie.value = value;
                }
                return;
            }
            switch (name.toLowerCase()) {
                case 'expires': {
                    const expires = new Date(value);
                    // ignore date if can not parse it
                    if (expires.toString() !== 'Invalid Date' && !hasMaxAge) {
                        // Max-Age has precedence when both attributes are present (RFC 6265 5.3)
                        cookie.expires = expires;
                    }
                    break;
                }
                case 'path':
                    cookie.path = value;
                    break;
                case 'domain':
                    domain = value.toLowerCase();
                    if (domain.length && domain.charAt(0) !== '.') {
                        domain = '.' + domain; // ensure preceeding dot for user set domains
                    }
                    cookie.domain = domain;
                    break;
                case 'max-age':
                    cookie.expires = new Date(Date.now() + (Number(value) || 0) * 1000);
                    hasMaxAge = true;
                    break;
                case 'secure':
                    cookie.secure = true;
                    break;
                case 'httponly':
                    cookie.httponly = true;
                    break;
            }
        });
        return cookie;
    }
    /**
     * Checks if a cookie object is valid for a specified URL
     *
     * @param cookie Cookie object
     * @param url URL to check for
     * @returns true if cookie is valid for specifiec URL
     */
    match(cookie, url) {
        const urlparts = shared_url/* parse */.q(url || '');
        // check if hostname matches
        // .foo.com also matches subdomains, foo.com does not
        if (urlparts.hostname !== cookie.domain &&
            (cookie.domain.charAt(0) !== '.' || ('.' + urlparts.hostname).substr(-cookie.domain.length) !== cookie.domain)) {
            return false;
        }
        // check if the request path path-matches the cookie path (RFC 6265 section 5.1.4):
        // identical paths match, otherwise the cookie path must be a directory prefix
        const pathname = urlparts.pathname || '/';
        const cookiePath = cookie.path;
        const pathMatches = pathname === cookiePath || (pathname.startsWith(cookiePath) && (cookiePath.endsWith('/') || pathname.charAt(cookiePath.length) === '/'));
        if (!pathMatches) {
            return false;
        }
        // check secure argument
        if (cookie.secure && urlparts.protocol !== 'https:') {
            return false;
        }
        return true;
    }
    /**
     * Adds (or updates/removes if needed) a cookie object to the cookie storage
     *
     * @param cookie Cookie value to be stored
     */
    add(cookie) {
        // nothing to do here
        if (!cookie || !cookie.name) {
            return false;
        }
        // overwrite if has same params
        for (let i = 0, len = this.cookies.length; i < len; i++) {
            if (this.compare(this.cookies[i], cookie)) {
                // check if the cookie needs to be removed instead
                if (this.isExpired(cookie)) {
                    this.cookies.splice(i, 1); // remove expired/unset cookie
                    return false;
                }
                this.cookies[i] = cookie;
                return true;
            }
        }
        // add as new if not already expired
        if (!this.isExpired(cookie)) {
            this.cookies.push(cookie);
        }
        return true;
    }
    /**
     * Checks if two cookie objects are the same cookie. A cookie is identified by its
     * name, domain and path (RFC 6265 section 5.3), the Secure and HttpOnly flags are
     * attributes of the stored cookie that an update replaces
     *
     * @param a Cookie to check against
     * @param b Cookie to check against
     * @returns True, if the cookies are the same
     */
    compare(a, b) {
        return a.name === b.name && a.path === b.path && a.domain === b.domain;
    }
    /**
     * Checks if a cookie is expired
     *
     * @param cookie Cookie object to check against
     * @returns True, if the cookie is expired
     */
    isExpired(cookie) {
        return (cookie.expires && cookie.expires < new Date()) || !cookie.value;
    }
    /**
     * Returns the default path for an URL path argument, the default-path of
     * RFC 6265 section 5.1.4. A cookie that carries no Path attribute is scoped
     * to the directory of the URL it was set from
     *
     * @param pathname
     * @returns Default path
     */
    getPath(pathname) {
        const pathParts = (pathname || '/').split('/');
        pathParts.pop(); // remove filename part
        const path = pathParts.join('/').trim();
        // a path that holds no more than one '/' is scoped to the root path, and so
        // is one that does not start with '/' at all
        if (path.charAt(0) !== '/') {
            return '/';
        }
        return path;
    }
}
/* harmony default export */ const fetch_cookies = (Cookies);

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/package-info.js
var package_info = __nccwpck_require__(9701);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/errors.js
var errors = __nccwpck_require__(2809);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/shared/objects.js
var objects = __nccwpck_require__(7212);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/fetch/index.js










const MAX_REDIRECTS = 5;
// a stalled server would otherwise hold the request, and whatever waits on it, open forever
const DEFAULT_TIMEOUT = 60 * 1000;
// the inactivity timeout above is reset by every byte, so a server dripping one within each
// window could still hold the request, and the message being built from it, open for as
// long as it liked. The whole request, redirects included, has to be done within this
const DEFAULT_MAX_TIME = 2 * 60 * 1000;
// the body is usually buffered in memory by the caller, so an unbounded download is refused
const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
// Only genuine TLS settings are taken from options.tls. That object reaches us straight
// from a user supplied attachment (content.tls), so keys like host, port, path, socketPath
// or lookup would otherwise repoint the request at a destination that never went through
// the URL checks below.
//
// The source of truth is the tls.connect() option list in the Node docs. A key missing
// here is dropped silently, so extend this list rather than working around it.
const TLS_OPTION_KEYS = [
    'ALPNProtocols',
    'ca',
    'cert',
    'checkServerIdentity',
    'ciphers',
    'crl',
    'dhparam',
    'ecdhCurve',
    'honorCipherOrder',
    'key',
    'maxVersion',
    'minVersion',
    'passphrase',
    'pfx',
    'rejectUnauthorized',
    'secureContext',
    'secureOptions',
    'secureProtocol',
    'servername',
    'sessionIdContext',
    'sigalgs'
];
/**
 * Marks an error of the request as a fetch error, unless it is a permission model
 * denial, which keeps its own code (see ERR_ACCESS_DENIED)
 *
 * @param err Error to mark
 */
function setFetchCode(err) {
    if (err.code !== errors/* ERR_ACCESS_DENIED */.jK) {
        err.code = errors/* EFETCH */.sb;
    }
}
/**
 * Resolves a URL only if it is one this module is willing to request.
 *
 * urllib.parse throws for a host that contains forbidden bytes, and it is called for
 * every URL that reaches nmfetch, including ones that arrive from a message attachment
 * or from a redirect Location header. An uncaught throw here takes the process down,
 * so a URL that does not parse is reported the same way as one with a scheme we refuse.
 *
 * @param url URL to parse
 * @returns Parsed URL, or false if it is not a usable http(s) URL
 */
function parseFetchUrl(url) {
    let parsed;
    try {
        parsed = shared_url/* parse */.q(url);
    }
    catch (_err) {
        return false;
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
        return false;
    }
    return parsed;
}
// the port a request to the URL goes to, explicit or the default of its scheme
function fetchPort(parsed) {
    return parsed.port ? Number(parsed.port) : parsed.protocol === 'https:' ? 443 : 80;
}
function nmfetch(url, options) {
    options = options || {};
    options.fetchRes = options.fetchRes || new external_node_stream_.PassThrough();
    options.cookies = options.cookies || new fetch_cookies();
    options.redirects = options.redirects || 0;
    options.maxRedirects = isNaN(options.maxRedirects) ? MAX_REDIRECTS : options.maxRedirects;
    if (!options.deadline) {
        options.maxTime = typeof options.maxTime === 'number' && options.maxTime >= 0 ? options.maxTime : DEFAULT_MAX_TIME;
        // the one deadline is shared with the requests the redirects lead to, every hop
        // gets the time that is left rather than starting over
        options.deadline = options.maxTime ? Date.now() + options.maxTime : 0;
    }
    const fetchRes = options.fetchRes;
    const parsed = parseFetchUrl(url);
    if (!parsed) {
        // Only http(s) URLs can be fetched. Any other scheme (file:, gopher:, a
        // protocol-relative redirect target etc.) would otherwise be silently served over
        // plain HTTP, possibly against an unintended host. Bail out before the cookie jar
        // is touched so a refused URL can not seed it, and release a caller supplied body:
        // this is the one exit that runs before the error handler below is attached to it,
        // so an error on that stream would have nowhere to go and the fd or socket behind
        // it would never be released.
        if (options.body && typeof options.body.destroy === 'function') {
            options.body.on('error', () => false);
            options.body.destroy();
        }
        setImmediate(() => {
            const err = new Error('Unsupported protocol for URL ' + url);
            err.code = errors/* EFETCH */.sb;
            err.sourceUrl = url;
            fetchRes.emit('error', err);
        });
        return fetchRes;
    }
    if (options.cookie) {
        [].concat(options.cookie || []).forEach(cookie => {
            options.cookies.set(cookie, url);
        });
        options.cookie = false;
    }
    let method = (options.method || '').toString().trim().toUpperCase() || 'GET';
    let finished = false;
    let cookies;
    let body;
    const handler = parsed.protocol === 'https:' ? external_node_https_namespaceObject : external_node_http_;
    const headers = {
        'accept-encoding': 'gzip,deflate',
        'user-agent': 'nodemailer/' + package_info/* version */.rE
    };
    Object.keys(options.headers || {}).forEach(key => {
        // options.headers is the caller's httpHeaders, straight off an attachment
        if ((0,objects/* isProtoKey */.a)(key.toLowerCase().trim())) {
            return;
        }
        headers[key.toLowerCase().trim()] = options.headers[key];
    });
    if (options.userAgent) {
        headers['user-agent'] = options.userAgent;
    }
    if (parsed.auth) {
        headers.Authorization = 'Basic ' + Buffer.from(parsed.auth).toString('base64');
    }
    if ((cookies = options.cookies.get(url))) {
        headers.cookie = cookies;
    }
    if (options.body) {
        if (options.contentType !== false) {
            headers['Content-Type'] = options.contentType || 'application/x-www-form-urlencoded';
        }
        if (typeof options.body.pipe === 'function') {
            // it's a stream
            headers['Transfer-Encoding'] = 'chunked';
            body = options.body;
            body.on('error', (err) => {
                if (finished) {
                    return;
                }
                finished = true;
                setFetchCode(err);
                err.sourceUrl = url;
                fetchRes.emit('error', err);
            });
        }
        else {
            if (options.body instanceof Buffer) {
                body = options.body;
            }
            else if (typeof options.body === 'object') {
                try {
                    // encodeURIComponent can fail on invalid input (partial emoji etc.)
                    body = Buffer.from(Object.keys(options.body)
                        .map(key => {
                        const value = options.body[key].toString().trim();
                        return encodeURIComponent(key) + '=' + encodeURIComponent(value);
                    })
                        .join('&'));
                }
                catch (E) {
                    // the caller attaches its error listener once nmfetch has returned, so
                    // the error is emitted on the next tick and the stream is handed back
                    // the way every other failure is reported
                    finished = true;
                    E.code = errors/* EFETCH */.sb;
                    E.sourceUrl = url;
                    setImmediate(() => fetchRes.emit('error', E));
                    return fetchRes;
                }
            }
            else {
                body = Buffer.from(options.body.toString().trim());
            }
            headers['Content-Type'] = options.contentType || 'application/x-www-form-urlencoded';
            headers['Content-Length'] = body.length;
        }
        // if method is not provided, use POST instead of GET
        method = (options.method || '').toString().trim().toUpperCase() || 'POST';
    }
    let req;
    const reqOptions = {
        method,
        host: parsed.hostname,
        path: parsed.path,
        port: fetchPort(parsed),
        headers,
        // Validate TLS certificates by default. Callers that genuinely need to
        // reach a self-signed/internal host opt out explicitly with
        // options.tls = { rejectUnauthorized: false }.
        rejectUnauthorized: true,
        agent: false
    };
    if (options.tls) {
        // see TLS_OPTION_KEYS
        Object.keys(options.tls).forEach(key => {
            if (TLS_OPTION_KEYS.includes(key)) {
                reqOptions[key] = options.tls[key];
            }
        });
    }
    if (parsed.protocol === 'https:' && parsed.hostname && parsed.hostname !== reqOptions.host && !external_node_net_.isIP(parsed.hostname) && !reqOptions.servername) {
        reqOptions.servername = parsed.hostname;
    }
    try {
        req = handler.request(reqOptions);
    }
    catch (E) {
        finished = true;
        setImmediate(() => {
            setFetchCode(E);
            E.sourceUrl = url;
            fetchRes.emit('error', E);
        });
        return fetchRes;
    }
    // the whole request has to be done by options.deadline, see maxTime. The timer is
    // released on every way out of the request, so it never outlives it
    let deadlineTimer;
    const clearDeadline = () => {
        if (deadlineTimer) {
            clearTimeout(deadlineTimer);
            deadlineTimer = undefined;
        }
    };
    // reports the first failure of this request on fetchRes and releases the request
    const fail = (err, sourceUrl = url) => {
        if (finished) {
            return;
        }
        finished = true;
        clearDeadline();
        setFetchCode(err);
        err.sourceUrl = sourceUrl;
        fetchRes.emit('error', err);
        req.abort();
    };
    const timeout = typeof options.timeout === 'number' && options.timeout >= 0 ? options.timeout : DEFAULT_TIMEOUT;
    if (timeout) {
        req.setTimeout(timeout, () => fail(new Error('Request Timeout')));
    }
    if (options.deadline) {
        deadlineTimer = setTimeout(() => fail(new Error('Request exceeded the allowed ' + options.maxTime + ' ms')), Math.max(options.deadline - Date.now(), 1));
        // a pending deadline is no reason to keep the process alive
        deadlineTimer.unref();
    }
    req.on('error', (err) => fail(err));
    // a consumer that destroys the response stream before it ended does not want the rest of
    // the body, release the request now instead of when the timeout fires
    fetchRes.once('close', () => {
        clearDeadline();
        if (finished || fetchRes.readableEnded) {
            return;
        }
        finished = true;
        req.destroy();
    });
    req.on('response', res => {
        let inflate;
        if (finished) {
            return;
        }
        switch (res.headers['content-encoding']) {
            case 'gzip':
            case 'deflate':
                inflate = external_node_zlib_.createUnzip();
                break;
        }
        if (res.headers['set-cookie']) {
            [].concat(res.headers['set-cookie'] || []).forEach(cookie => {
                options.cookies.set(cookie, url);
            });
        }
        if ([301, 302, 303, 307, 308].includes(res.statusCode) && res.headers.location) {
            // redirect
            options.redirects++;
            if (options.redirects > options.maxRedirects) {
                return fail(new Error('Maximum redirect count exceeded'));
            }
            // redirect does not include POST body
            options.method = 'GET';
            options.body = false;
            let redirectUrl;
            try {
                redirectUrl = shared_url/* resolve */.h(url, res.headers.location);
            }
            catch (_err) {
                // the legacy resolver throws on a Location the WHATWG parser also refused,
                // so fall through to the check below with what the server actually sent
                redirectUrl = res.headers.location;
            }
            const redirectParsed = parseFetchUrl(redirectUrl);
            if (!redirectParsed) {
                // Refuse the redirect target here rather than leaving it to the recursive
                // call: that call gets its own `finished` flag and no handle on this
                // request, so this one would stay open and could emit a second error on
                // the shared fetchRes once it times out. Callers listen with req.once().
                return fail(new Error('Unsupported protocol for URL ' + redirectUrl), redirectUrl);
            }
            // Do not forward credentials when the redirect leaves the origin: a different
            // scheme, host or port is a different security context (an https to http
            // downgrade would also put them on the wire in cleartext). Strip sensitive
            // request headers so an attacker who controls the redirect target cannot
            // harvest them.
            const crossOrigin = redirectParsed.protocol !== parsed.protocol || redirectParsed.hostname !== parsed.hostname || fetchPort(redirectParsed) !== fetchPort(parsed);
            if (options.headers && crossOrigin) {
                const sensitive = ['authorization', 'cookie', 'proxy-authorization'];
                Object.keys(options.headers).forEach(key => {
                    // normalized the way the request headers are built above, a padded name is sent too
                    if (sensitive.includes(key.toLowerCase().trim())) {
                        delete options.headers[key];
                    }
                });
            }
            // this request is done with, release it so its socket and timeout do not
            // outlive it and report a late error on the shared fetchRes
            finished = true;
            clearDeadline();
            res.resume();
            req.abort();
            return nmfetch(redirectUrl, options);
        }
        fetchRes.statusCode = res.statusCode;
        fetchRes.headers = res.headers;
        if (res.statusCode >= 300 && !options.allowErrorResponse) {
            return fail(new Error('Invalid status code ' + res.statusCode));
        }
        res.on('error', (err) => fail(err));
        // the response is in, whatever is left of it is in memory and no longer on the network
        res.once('end', () => clearDeadline());
        const maxBytes = typeof options.maxBytes === 'number' && options.maxBytes > 0 ? options.maxBytes : DEFAULT_MAX_BYTES;
        const source = inflate || res;
        let received = 0;
        source.on('data', (chunk) => {
            received += chunk.length;
            if (received <= maxBytes || finished) {
                return;
            }
            source.unpipe(fetchRes);
            fail(new Error('Response size exceeds the allowed ' + maxBytes + ' bytes'));
        });
        if (inflate) {
            res.pipe(inflate).pipe(fetchRes);
            inflate.on('error', (err) => fail(err));
        }
        else {
            res.pipe(fetchRes);
        }
    });
    setImmediate(() => {
        if (body) {
            try {
                if (typeof body.pipe === 'function') {
                    return body.pipe(req);
                }
                req.write(body);
            }
            catch (err) {
                return fail(err);
            }
        }
        req.end();
    });
    return fetchRes;
}
nmfetch.Cookies = fetch_cookies;
nmfetch.DEFAULT_TIMEOUT = DEFAULT_TIMEOUT;
nmfetch.DEFAULT_MAX_TIME = DEFAULT_MAX_TIME;
/* harmony default export */ const fetch = (nmfetch);


/***/ }),

/***/ 110:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  A: () => (/* binding */ mail_composer)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __nccwpck_require__(7075);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/shared/index.js
var shared = __nccwpck_require__(2076);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/base64/index.js

/**
 * Encodes a Buffer into a base64 encoded string
 *
 * @param buffer Buffer to convert
 * @returns base64 encoded string
 */
function encode(buffer) {
    if (typeof buffer === 'string') {
        buffer = Buffer.from(buffer, 'utf-8');
    }
    return buffer.toString('base64');
}
/**
 * Turns a line length option into a whole number of characters, the default for anything unusable
 */
function normalizeLineLength(lineLength) {
    const length = Math.floor(Number(lineLength));
    return Number.isFinite(length) && length >= 1 ? length : 76;
}
/**
 * Splits the bytes of `src` into lines of `lineLength` bytes, each followed by a line break. With
 * `final` set the last line, which may be shorter, gets no line break; otherwise only complete
 * lines are taken and the rest is left for the caller
 *
 * @param src Bytes to wrap
 * @param lineLength Line length
 * @param final Whether `src` ends the output
 * @returns The wrapped bytes and the number of trailing bytes not taken
 */
function wrapBuffer(src, lineLength, final) {
    const lines = Math.ceil(src.length / lineLength);
    // the last line waits for more data unless this is the end: whether it gets a line break
    // depends on whether anything follows it
    const complete = Math.max(lines - 1, 0);
    let rest = src.length - complete * lineLength;
    const output = Buffer.allocUnsafe(complete * (lineLength + 2) + (final ? rest : 0));
    let to = 0;
    for (let from = 0; from < complete * lineLength; from += lineLength) {
        src.copy(output, to, from, from + lineLength);
        to += lineLength;
        output[to++] = 0x0d;
        output[to++] = 0x0a;
    }
    if (final) {
        to += src.copy(output, to, complete * lineLength);
        rest = 0;
    }
    if (to !== output.length) {
        // never hand out bytes of the unfilled allocation
        throw new Error('Unexpected wrapped length');
    }
    return { output, rest };
}
/**
 * Adds soft line breaks to a base64 string
 *
 * @param str base64 encoded string that might need line wrapping
 * @param [lineLength=76] Maximum allowed length for a line
 * @returns Soft-wrapped base64 encoded string
 */
function wrap(str, lineLength) {
    str = (str || '').toString();
    // a negative length would step backwards through the input and never finish
    lineLength = Math.max(Number(lineLength) || 76, 1);
    if (str.length <= lineLength) {
        return str;
    }
    const result = [];
    let pos = 0;
    const chunkLength = lineLength * 1024;
    const wrapRegex = new RegExp('.{' + lineLength + '}', 'g');
    while (pos < str.length) {
        const wrappedLines = str.substr(pos, chunkLength).replace(wrapRegex, '$&\r\n').trim();
        result.push(wrappedLines);
        pos += chunkLength;
    }
    return result.join('\r\n').trim();
}
/**
 * Creates a transform stream for encoding data to base64 encoding
 *
 * The output is the same as `wrap(encode(input), lineLength)` no matter how the input is split
 * into chunks: every line but the last one ends with a line break, the last one does not
 *
 * @constructor
 * @param options Stream options
 * @param [options.lineLength=76] Maximum length for lines, set to false to disable wrapping
 */
class Encoder extends external_node_stream_.Transform {
    constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
            this.options.lineLength = normalizeLineLength(this.options.lineLength);
        }
        this._curLine = '';
        this._remainingBytes = false;
        this.inputBytes = 0;
        this.outputBytes = 0;
    }
    /**
     * Emits the encoded characters `b64` that follow the current line, keeping what can not be
     * emitted yet as the new current line
     *
     * @internal
     */
    _emit(b64, final) {
        const src = Buffer.from(this._curLine + b64, 'latin1');
        if (!src.length) {
            return;
        }
        let output = src;
        if (this.options.lineLength) {
            const wrapped = wrapBuffer(src, this.options.lineLength, final);
            output = wrapped.output;
            this._curLine = wrapped.rest ? src.toString('latin1', src.length - wrapped.rest) : '';
        }
        else {
            this._curLine = '';
        }
        if (output.length) {
            this.outputBytes += output.length;
            this.push(output);
        }
    }
    /** @internal */
    _transform(chunk, encoding, done) {
        let buf = encoding !== 'buffer' ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
            return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
            buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
            this._remainingBytes = false;
        }
        const extra = buf.length % 3;
        if (extra) {
            this._remainingBytes = buf.subarray(buf.length - extra);
            buf = buf.subarray(0, buf.length - extra);
        }
        this._emit(encode(buf), false);
        done();
    }
    /** @internal */
    _flush(done) {
        this._emit(this._remainingBytes ? encode(this._remainingBytes) : '', true);
        this._remainingBytes = false;
        done();
    }
}

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/qp/index.js

/**
 * Encodes a Buffer into a Quoted-Printable encoded string
 *
 * @param buffer Buffer to convert
 * @returns Quoted-Printable encoded string
 */
// the shortest line wrap() can make progress with: a complete =XX sequence and the soft break
const MIN_LINE_LENGTH = 4;
// usable characters that do not need encoding
// https://tools.ietf.org/html/rfc2045#section-6.7
const QP_RANGES = [
    [0x09], // <TAB>
    [0x0a], // <LF>
    [0x0d], // <CR>
    [0x20, 0x3c], // <SP>!"#$%&'()*+,-./0123456789:;
    [0x3e, 0x7e] // >?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}
];
// 1 for every byte value that is written as is, see QP_RANGES
const QP_LITERAL = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
    QP_LITERAL[i] = checkRanges(i, QP_RANGES) ? 1 : 0;
}
const HEX_DIGITS = Buffer.from('0123456789ABCDEF', 'latin1');
const isWhitespace = (c) => c === 0x20 || c === 0x09;
function qp_encode(buffer) {
    return encodeBytes(typeof buffer === 'string' ? Buffer.from(buffer, 'utf-8') : buffer);
}
/**
 * Encodes bytes that may be followed by more input
 *
 * @param buffer Bytes to encode
 * @param [next] The byte that follows the buffer, whitespace before it is kept literal unless it
 *        is a line break. Without it the buffer ends the input and its trailing whitespace is encoded
 * @param [binary] Keep only CRLF pairs literal. A lone CR or LF is data, not a line break, and
 *        anything that rewrites line endings on the way would change it
 * @param [previous] The byte before the buffer, for a buffer that starts with LF
 * @returns Quoted-Printable encoded string
 */
function encodeBytes(buffer, next, binary, previous) {
    const len = buffer.length;
    // every byte takes three characters at most
    const output = Buffer.allocUnsafe(len * 3);
    let pos = 0;
    for (let i = 0; i < len; i++) {
        const ord = buffer[i];
        const following = i + 1 < len ? buffer[i + 1] : next;
        const lineBreakByte = binary && (ord === 0x0d || ord === 0x0a) ? (ord === 0x0d ? following === 0x0a : (i > 0 ? buffer[i - 1] : previous) === 0x0d) : true;
        // if the char is in allowed range, then keep as is, unless it is a WS in the end of a line
        if (QP_LITERAL[ord] && lineBreakByte && !(isWhitespace(ord) && (following === undefined || following === 0x0a || following === 0x0d))) {
            output[pos++] = ord;
            continue;
        }
        output[pos++] = 0x3d; // =
        output[pos++] = HEX_DIGITS[Math.floor(ord / 16)];
        output[pos++] = HEX_DIGITS[ord % 16];
    }
    return output.toString('latin1', 0, pos);
}
/**
 * Adds soft line breaks to a Quoted-Printable string
 *
 * @param str Quoted-Printable encoded string that might need line wrapping
 * @param [lineLength=76] Maximum allowed length for a line
 * @returns Soft-wrapped Quoted-Printable encoded string
 */
function qp_wrap(str, lineLength) {
    str = (str || '').toString();
    // a line has to hold a complete =XX sequence plus the soft break, shorter lengths
    // (or a negative one) would loop without consuming input
    lineLength = Math.max(Number(lineLength) || 76, MIN_LINE_LENGTH);
    if (str.length <= lineLength) {
        return str;
    }
    let pos = 0;
    const len = str.length;
    let match, code, line;
    const lineMargin = Math.floor(lineLength / 3);
    let result = '';
    // insert soft linebreaks where needed
    while (pos < len) {
        line = str.substr(pos, lineLength);
        if ((match = line.match(/\r\n/))) {
            line = line.substr(0, match.index + match[0].length);
            result += line;
            pos += line.length;
            continue;
        }
        if (line.substr(-1) === '\n') {
            result += line;
            pos += line.length;
            continue;
        }
        if ((match = line.substr(-lineMargin).match(/\n.*?$/))) {
            // truncate to nearest line break
            line = line.substr(0, line.length - (match[0].length - 1));
            result += line;
            pos += line.length;
            continue;
        }
        if (line.length > lineLength - lineMargin && (match = line.substr(-lineMargin).match(/[ \t.,!?][^ \t.,!?]*$/))) {
            // truncate to nearest space
            line = line.substr(0, line.length - (match[0].length - 1));
        }
        else if (line.match(/[=][\da-f]{0,2}$/i)) {
            // push incomplete encoding sequences to the next line
            if ((match = line.match(/[=][\da-f]{0,1}$/i))) {
                line = line.substr(0, line.length - match[0].length);
            }
            // ensure that utf-8 sequences are not split
            while (line.length > 3 && line.length < len - pos && !line.match(/^(?:=[\da-f]{2}){1,4}$/i) && (match = line.match(/[=][\da-f]{2}$/gi))) {
                code = parseInt(match[0].substr(1, 2), 16);
                if (code < 128) {
                    break;
                }
                line = line.substr(0, line.length - 3);
                if (code >= 0xc0) {
                    break;
                }
            }
        }
        if (!line.length) {
            // the trimming above emptied the line, which only happens for an incomplete
            // escape at the very end of the input. Take it as is rather than loop on it
            line = str.substr(pos, lineLength);
        }
        if (pos + line.length < len && line.substr(-1) !== '\n') {
            if (line.length === lineLength && line.match(/[=][\da-f]{2}$/i)) {
                line = line.substr(0, line.length - 3);
            }
            else if (line.length === lineLength) {
                line = line.substr(0, line.length - 1);
            }
            pos += line.length;
            line += '=\r\n';
        }
        else {
            pos += line.length;
        }
        result += line;
    }
    return result;
}
/**
 * Helper function to check if a number is inside provided ranges
 *
 * @param nr Number to check for
 * @param ranges An Array of allowed values
 * @returns True if the value was found inside allowed ranges, false otherwise
 */
function checkRanges(nr, ranges) {
    for (let i = ranges.length - 1; i >= 0; i--) {
        const range = ranges[i];
        if (!range.length) {
            continue;
        }
        if (range.length === 1 && nr === range[0]) {
            return true;
        }
        if (range.length === 2 && nr >= range[0] && nr <= range[1]) {
            return true;
        }
    }
    return false;
}
// Input is encoded and wrapped this many bytes at a time. wrap() works on strings, and a large
// chunk handed over at once, such as a whole Buffer attachment, would be held several times over
// as intermediate strings
const ENCODE_SLICE_SIZE = 64 * 1024;
/**
 * Creates a transform stream for encoding data to Quoted-Printable encoding
 *
 * @constructor
 * @param options Stream options
 * @param [options.lineLength=76] Maximum length for lines, set to false to disable wrapping
 */
class qp_Encoder extends external_node_stream_.Transform {
    constructor(options) {
        super();
        this.options = options || {};
        if (this.options.lineLength !== false) {
            this.options.lineLength = this.options.lineLength || 76;
        }
        this._curLine = '';
        this._remainingBytes = false;
        this._lastByte = undefined;
        this.inputBytes = 0;
        this.outputBytes = 0;
    }
    /** @internal */
    _transform(chunk, encoding, done) {
        let buf = encoding !== 'buffer' ? Buffer.from(chunk, encoding) : chunk;
        if (!buf || !buf.length) {
            return done();
        }
        this.inputBytes += buf.length;
        if (this._remainingBytes) {
            buf = Buffer.concat([this._remainingBytes, buf], this._remainingBytes.length + buf.length);
            this._remainingBytes = false;
        }
        // Whitespace is encoded when it ends a line, and the end of the input counts as one. Hold
        // back the whitespace a chunk ends with until it is known what follows it, so the output
        // does not depend on where the input was split
        let end = buf.length;
        // a binary CR can only be written once it is known whether LF follows
        while (end > 0 && (isWhitespace(buf[end - 1]) || (this.options.binary && buf[end - 1] === 0x0d))) {
            end--;
        }
        if (buf.length - end <= ENCODE_SLICE_SIZE) {
            this._remainingBytes = end < buf.length ? Buffer.from(buf.subarray(end)) : false;
            buf = buf.subarray(0, end);
        }
        this._encodeSlices(buf);
        done();
    }
    /** @internal */
    _flush(done) {
        if (this._remainingBytes) {
            this._encodeSlices(this._remainingBytes);
            this._remainingBytes = false;
        }
        if (this._curLine) {
            this.outputBytes += this._curLine.length;
            this.push(this._curLine, 'ascii');
            this._curLine = '';
        }
        done();
    }
    /**
     * Encodes the input in slices of ENCODE_SLICE_SIZE bytes. Each slice is told the byte that
     * follows it, so a slice that ends in whitespace is encoded as if it was not split
     *
     * @internal
     */
    _encodeSlices(buf) {
        for (let start = 0; start < buf.length; start += ENCODE_SLICE_SIZE) {
            const end = Math.min(start + ENCODE_SLICE_SIZE, buf.length);
            this._encodeSlice(buf.subarray(start, end), end < buf.length ? buf[end] : undefined);
            this._lastByte = buf[end - 1];
        }
    }
    /** @internal */
    _encodeSlice(buf, next) {
        let qp;
        if (this.options.lineLength) {
            qp = qp_wrap(this._curLine + encodeBytes(buf, next, this.options.binary, this._lastByte), this.options.lineLength);
            // the last line is kept until it is known whether it needs a soft break
            const lastLF = qp.lastIndexOf('\n');
            this._curLine = qp.substring(lastLF + 1);
            qp = qp.substring(0, lastLF + 1);
            if (qp) {
                this.outputBytes += qp.length;
                this.push(qp, 'ascii');
            }
        }
        else {
            qp = encodeBytes(buf, next, this.options.binary, this._lastByte);
            this.outputBytes += qp.length;
            this.push(qp, 'ascii');
        }
    }
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-funcs/mime-types.js
/* eslint quote-props: 0 */

const defaultMimeType = 'application/octet-stream';
const defaultExtension = 'bin';
const mime_types_mimeTypes = new Map([
    ['application/acad', 'dwg'],
    ['application/applixware', 'aw'],
    ['application/arj', 'arj'],
    ['application/atom+xml', 'xml'],
    ['application/atomcat+xml', 'atomcat'],
    ['application/atomsvc+xml', 'atomsvc'],
    ['application/base64', ['mm', 'mme']],
    ['application/binhex', 'hqx'],
    ['application/binhex4', 'hqx'],
    ['application/book', ['book', 'boo']],
    ['application/ccxml+xml,', 'ccxml'],
    ['application/cdf', 'cdf'],
    ['application/cdmi-capability', 'cdmia'],
    ['application/cdmi-container', 'cdmic'],
    ['application/cdmi-domain', 'cdmid'],
    ['application/cdmi-object', 'cdmio'],
    ['application/cdmi-queue', 'cdmiq'],
    ['application/clariscad', 'ccad'],
    ['application/commonground', 'dp'],
    ['application/cu-seeme', 'cu'],
    ['application/davmount+xml', 'davmount'],
    ['application/drafting', 'drw'],
    ['application/dsptype', 'tsp'],
    ['application/dssc+der', 'dssc'],
    ['application/dssc+xml', 'xdssc'],
    ['application/dxf', 'dxf'],
    ['application/ecmascript', ['js', 'es']],
    ['application/emma+xml', 'emma'],
    ['application/envoy', 'evy'],
    ['application/epub+zip', 'epub'],
    ['application/excel', ['xls', 'xl', 'xla', 'xlb', 'xlc', 'xld', 'xlk', 'xll', 'xlm', 'xlt', 'xlv', 'xlw']],
    ['application/exi', 'exi'],
    ['application/font-tdpfr', 'pfr'],
    ['application/fractals', 'fif'],
    ['application/freeloader', 'frl'],
    ['application/futuresplash', 'spl'],
    ['application/geo+json', 'geojson'],
    ['application/gnutar', 'tgz'],
    ['application/groupwise', 'vew'],
    ['application/hlp', 'hlp'],
    ['application/hta', 'hta'],
    ['application/hyperstudio', 'stk'],
    ['application/i-deas', 'unv'],
    ['application/iges', ['iges', 'igs']],
    ['application/inf', 'inf'],
    ['application/internet-property-stream', 'acx'],
    ['application/ipfix', 'ipfix'],
    ['application/java', 'class'],
    ['application/java-archive', 'jar'],
    ['application/java-byte-code', 'class'],
    ['application/java-serialized-object', 'ser'],
    ['application/java-vm', 'class'],
    ['application/javascript', 'js'],
    ['application/json', 'json'],
    ['application/lha', 'lha'],
    ['application/lzx', 'lzx'],
    ['application/mac-binary', 'bin'],
    ['application/mac-binhex', 'hqx'],
    ['application/mac-binhex40', 'hqx'],
    ['application/mac-compactpro', 'cpt'],
    ['application/macbinary', 'bin'],
    ['application/mads+xml', 'mads'],
    ['application/marc', 'mrc'],
    ['application/marcxml+xml', 'mrcx'],
    ['application/mathematica', 'ma'],
    ['application/mathml+xml', 'mathml'],
    ['application/mbedlet', 'mbd'],
    ['application/mbox', 'mbox'],
    ['application/mcad', 'mcd'],
    ['application/mediaservercontrol+xml', 'mscml'],
    ['application/metalink4+xml', 'meta4'],
    ['application/mets+xml', 'mets'],
    ['application/mime', 'aps'],
    ['application/mods+xml', 'mods'],
    ['application/mp21', 'm21'],
    ['application/mp4', 'mp4'],
    ['application/mspowerpoint', ['ppt', 'pot', 'pps', 'ppz']],
    ['application/msword', ['doc', 'dot', 'w6w', 'wiz', 'word']],
    ['application/mswrite', 'wri'],
    ['application/mxf', 'mxf'],
    ['application/netmc', 'mcp'],
    ['application/octet-stream', ['*']],
    ['application/oda', 'oda'],
    ['application/oebps-package+xml', 'opf'],
    ['application/ogg', 'ogx'],
    ['application/olescript', 'axs'],
    ['application/onenote', 'onetoc'],
    ['application/patch-ops-error+xml', 'xer'],
    ['application/pdf', 'pdf'],
    ['application/pgp-encrypted', 'asc'],
    ['application/pgp-signature', 'pgp'],
    ['application/pics-rules', 'prf'],
    ['application/pkcs-12', 'p12'],
    ['application/pkcs-crl', 'crl'],
    ['application/pkcs10', 'p10'],
    ['application/pkcs7-mime', ['p7c', 'p7m']],
    ['application/pkcs7-signature', 'p7s'],
    ['application/pkcs8', 'p8'],
    ['application/pkix-attr-cert', 'ac'],
    ['application/pkix-cert', ['cer', 'crt']],
    ['application/pkix-crl', 'crl'],
    ['application/pkix-pkipath', 'pkipath'],
    ['application/pkixcmp', 'pki'],
    ['application/plain', 'text'],
    ['application/pls+xml', 'pls'],
    ['application/postscript', ['ps', 'ai', 'eps']],
    ['application/powerpoint', 'ppt'],
    ['application/pro_eng', ['part', 'prt']],
    ['application/prs.cww', 'cww'],
    ['application/pskc+xml', 'pskcxml'],
    ['application/rdf+xml', 'rdf'],
    ['application/reginfo+xml', 'rif'],
    ['application/relax-ng-compact-syntax', 'rnc'],
    ['application/resource-lists+xml', 'rl'],
    ['application/resource-lists-diff+xml', 'rld'],
    ['application/ringing-tones', 'rng'],
    ['application/rls-services+xml', 'rs'],
    ['application/rsd+xml', 'rsd'],
    ['application/rss+xml', 'xml'],
    ['application/rtf', ['rtf', 'rtx']],
    ['application/sbml+xml', 'sbml'],
    ['application/scvp-cv-request', 'scq'],
    ['application/scvp-cv-response', 'scs'],
    ['application/scvp-vp-request', 'spq'],
    ['application/scvp-vp-response', 'spp'],
    ['application/sdp', 'sdp'],
    ['application/sea', 'sea'],
    ['application/set', 'set'],
    ['application/set-payment-initiation', 'setpay'],
    ['application/set-registration-initiation', 'setreg'],
    ['application/shf+xml', 'shf'],
    ['application/sla', 'stl'],
    ['application/smil', ['smi', 'smil']],
    ['application/smil+xml', 'smi'],
    ['application/solids', 'sol'],
    ['application/sounder', 'sdr'],
    ['application/sparql-query', 'rq'],
    ['application/sparql-results+xml', 'srx'],
    ['application/srgs', 'gram'],
    ['application/srgs+xml', 'grxml'],
    ['application/sru+xml', 'sru'],
    ['application/ssml+xml', 'ssml'],
    ['application/step', ['step', 'stp']],
    ['application/streamingmedia', 'ssm'],
    ['application/tei+xml', 'tei'],
    ['application/thraud+xml', 'tfi'],
    ['application/timestamped-data', 'tsd'],
    ['application/toolbook', 'tbk'],
    ['application/vda', 'vda'],
    ['application/vnd.3gpp.pic-bw-large', 'plb'],
    ['application/vnd.3gpp.pic-bw-small', 'psb'],
    ['application/vnd.3gpp.pic-bw-var', 'pvb'],
    ['application/vnd.3gpp2.tcap', 'tcap'],
    ['application/vnd.3m.post-it-notes', 'pwn'],
    ['application/vnd.accpac.simply.aso', 'aso'],
    ['application/vnd.accpac.simply.imp', 'imp'],
    ['application/vnd.acucobol', 'acu'],
    ['application/vnd.acucorp', 'atc'],
    ['application/vnd.adobe.air-application-installer-package+zip', 'air'],
    ['application/vnd.adobe.fxp', 'fxp'],
    ['application/vnd.adobe.xdp+xml', 'xdp'],
    ['application/vnd.adobe.xfdf', 'xfdf'],
    ['application/vnd.ahead.space', 'ahead'],
    ['application/vnd.airzip.filesecure.azf', 'azf'],
    ['application/vnd.airzip.filesecure.azs', 'azs'],
    ['application/vnd.amazon.ebook', 'azw'],
    ['application/vnd.americandynamics.acc', 'acc'],
    ['application/vnd.amiga.ami', 'ami'],
    ['application/vnd.android.package-archive', 'apk'],
    ['application/vnd.anser-web-certificate-issue-initiation', 'cii'],
    ['application/vnd.anser-web-funds-transfer-initiation', 'fti'],
    ['application/vnd.antix.game-component', 'atx'],
    ['application/vnd.apple.installer+xml', 'mpkg'],
    ['application/vnd.apple.mpegurl', 'm3u8'],
    ['application/vnd.aristanetworks.swi', 'swi'],
    ['application/vnd.audiograph', 'aep'],
    ['application/vnd.blueice.multipass', 'mpm'],
    ['application/vnd.bmi', 'bmi'],
    ['application/vnd.businessobjects', 'rep'],
    ['application/vnd.chemdraw+xml', 'cdxml'],
    ['application/vnd.chipnuts.karaoke-mmd', 'mmd'],
    ['application/vnd.cinderella', 'cdy'],
    ['application/vnd.claymore', 'cla'],
    ['application/vnd.cloanto.rp9', 'rp9'],
    ['application/vnd.clonk.c4group', 'c4g'],
    ['application/vnd.cluetrust.cartomobile-config', 'c11amc'],
    ['application/vnd.cluetrust.cartomobile-config-pkg', 'c11amz'],
    ['application/vnd.commonspace', 'csp'],
    ['application/vnd.contact.cmsg', 'cdbcmsg'],
    ['application/vnd.cosmocaller', 'cmc'],
    ['application/vnd.crick.clicker', 'clkx'],
    ['application/vnd.crick.clicker.keyboard', 'clkk'],
    ['application/vnd.crick.clicker.palette', 'clkp'],
    ['application/vnd.crick.clicker.template', 'clkt'],
    ['application/vnd.crick.clicker.wordbank', 'clkw'],
    ['application/vnd.criticaltools.wbs+xml', 'wbs'],
    ['application/vnd.ctc-posml', 'pml'],
    ['application/vnd.cups-ppd', 'ppd'],
    ['application/vnd.curl.car', 'car'],
    ['application/vnd.curl.pcurl', 'pcurl'],
    ['application/vnd.data-vision.rdz', 'rdz'],
    ['application/vnd.denovo.fcselayout-link', 'fe_launch'],
    ['application/vnd.dna', 'dna'],
    ['application/vnd.dolby.mlp', 'mlp'],
    ['application/vnd.dpgraph', 'dpg'],
    ['application/vnd.dreamfactory', 'dfac'],
    ['application/vnd.dvb.ait', 'ait'],
    ['application/vnd.dvb.service', 'svc'],
    ['application/vnd.dynageo', 'geo'],
    ['application/vnd.ecowin.chart', 'mag'],
    ['application/vnd.enliven', 'nml'],
    ['application/vnd.epson.esf', 'esf'],
    ['application/vnd.epson.msf', 'msf'],
    ['application/vnd.epson.quickanime', 'qam'],
    ['application/vnd.epson.salt', 'slt'],
    ['application/vnd.epson.ssf', 'ssf'],
    ['application/vnd.eszigno3+xml', 'es3'],
    ['application/vnd.ezpix-album', 'ez2'],
    ['application/vnd.ezpix-package', 'ez3'],
    ['application/vnd.fdf', 'fdf'],
    ['application/vnd.fdsn.seed', 'seed'],
    ['application/vnd.flographit', 'gph'],
    ['application/vnd.fluxtime.clip', 'ftc'],
    ['application/vnd.framemaker', 'fm'],
    ['application/vnd.frogans.fnc', 'fnc'],
    ['application/vnd.frogans.ltf', 'ltf'],
    ['application/vnd.fsc.weblaunch', 'fsc'],
    ['application/vnd.fujitsu.oasys', 'oas'],
    ['application/vnd.fujitsu.oasys2', 'oa2'],
    ['application/vnd.fujitsu.oasys3', 'oa3'],
    ['application/vnd.fujitsu.oasysgp', 'fg5'],
    ['application/vnd.fujitsu.oasysprs', 'bh2'],
    ['application/vnd.fujixerox.ddd', 'ddd'],
    ['application/vnd.fujixerox.docuworks', 'xdw'],
    ['application/vnd.fujixerox.docuworks.binder', 'xbd'],
    ['application/vnd.fuzzysheet', 'fzs'],
    ['application/vnd.genomatix.tuxedo', 'txd'],
    ['application/vnd.geogebra.file', 'ggb'],
    ['application/vnd.geogebra.tool', 'ggt'],
    ['application/vnd.geometry-explorer', 'gex'],
    ['application/vnd.geonext', 'gxt'],
    ['application/vnd.geoplan', 'g2w'],
    ['application/vnd.geospace', 'g3w'],
    ['application/vnd.gmx', 'gmx'],
    ['application/vnd.google-earth.kml+xml', 'kml'],
    ['application/vnd.google-earth.kmz', 'kmz'],
    ['application/vnd.grafeq', 'gqf'],
    ['application/vnd.groove-account', 'gac'],
    ['application/vnd.groove-help', 'ghf'],
    ['application/vnd.groove-identity-message', 'gim'],
    ['application/vnd.groove-injector', 'grv'],
    ['application/vnd.groove-tool-message', 'gtm'],
    ['application/vnd.groove-tool-template', 'tpl'],
    ['application/vnd.groove-vcard', 'vcg'],
    ['application/vnd.hal+xml', 'hal'],
    ['application/vnd.handheld-entertainment+xml', 'zmm'],
    ['application/vnd.hbci', 'hbci'],
    ['application/vnd.hhe.lesson-player', 'les'],
    ['application/vnd.hp-hpgl', ['hgl', 'hpg', 'hpgl']],
    ['application/vnd.hp-hpid', 'hpid'],
    ['application/vnd.hp-hps', 'hps'],
    ['application/vnd.hp-jlyt', 'jlt'],
    ['application/vnd.hp-pcl', 'pcl'],
    ['application/vnd.hp-pclxl', 'pclxl'],
    ['application/vnd.hydrostatix.sof-data', 'sfd-hdstx'],
    ['application/vnd.hzn-3d-crossword', 'x3d'],
    ['application/vnd.ibm.minipay', 'mpy'],
    ['application/vnd.ibm.modcap', 'afp'],
    ['application/vnd.ibm.rights-management', 'irm'],
    ['application/vnd.ibm.secure-container', 'sc'],
    ['application/vnd.iccprofile', 'icc'],
    ['application/vnd.igloader', 'igl'],
    ['application/vnd.immervision-ivp', 'ivp'],
    ['application/vnd.immervision-ivu', 'ivu'],
    ['application/vnd.insors.igm', 'igm'],
    ['application/vnd.intercon.formnet', 'xpw'],
    ['application/vnd.intergeo', 'i2g'],
    ['application/vnd.intu.qbo', 'qbo'],
    ['application/vnd.intu.qfx', 'qfx'],
    ['application/vnd.ipunplugged.rcprofile', 'rcprofile'],
    ['application/vnd.irepository.package+xml', 'irp'],
    ['application/vnd.is-xpr', 'xpr'],
    ['application/vnd.isac.fcs', 'fcs'],
    ['application/vnd.jam', 'jam'],
    ['application/vnd.jcp.javame.midlet-rms', 'rms'],
    ['application/vnd.jisp', 'jisp'],
    ['application/vnd.joost.joda-archive', 'joda'],
    ['application/vnd.kahootz', 'ktz'],
    ['application/vnd.kde.karbon', 'karbon'],
    ['application/vnd.kde.kchart', 'chrt'],
    ['application/vnd.kde.kformula', 'kfo'],
    ['application/vnd.kde.kivio', 'flw'],
    ['application/vnd.kde.kontour', 'kon'],
    ['application/vnd.kde.kpresenter', 'kpr'],
    ['application/vnd.kde.kspread', 'ksp'],
    ['application/vnd.kde.kword', 'kwd'],
    ['application/vnd.kenameaapp', 'htke'],
    ['application/vnd.kidspiration', 'kia'],
    ['application/vnd.kinar', 'kne'],
    ['application/vnd.koan', 'skp'],
    ['application/vnd.kodak-descriptor', 'sse'],
    ['application/vnd.las.las+xml', 'lasxml'],
    ['application/vnd.llamagraphics.life-balance.desktop', 'lbd'],
    ['application/vnd.llamagraphics.life-balance.exchange+xml', 'lbe'],
    ['application/vnd.lotus-1-2-3', '123'],
    ['application/vnd.lotus-approach', 'apr'],
    ['application/vnd.lotus-freelance', 'pre'],
    ['application/vnd.lotus-notes', 'nsf'],
    ['application/vnd.lotus-organizer', 'org'],
    ['application/vnd.lotus-screencam', 'scm'],
    ['application/vnd.lotus-wordpro', 'lwp'],
    ['application/vnd.macports.portpkg', 'portpkg'],
    ['application/vnd.mcd', 'mcd'],
    ['application/vnd.medcalcdata', 'mc1'],
    ['application/vnd.mediastation.cdkey', 'cdkey'],
    ['application/vnd.mfer', 'mwf'],
    ['application/vnd.mfmp', 'mfm'],
    ['application/vnd.micrografx.flo', 'flo'],
    ['application/vnd.micrografx.igx', 'igx'],
    ['application/vnd.mif', 'mif'],
    ['application/vnd.mobius.daf', 'daf'],
    ['application/vnd.mobius.dis', 'dis'],
    ['application/vnd.mobius.mbk', 'mbk'],
    ['application/vnd.mobius.mqy', 'mqy'],
    ['application/vnd.mobius.msl', 'msl'],
    ['application/vnd.mobius.plc', 'plc'],
    ['application/vnd.mobius.txf', 'txf'],
    ['application/vnd.mophun.application', 'mpn'],
    ['application/vnd.mophun.certificate', 'mpc'],
    ['application/vnd.mozilla.xul+xml', 'xul'],
    ['application/vnd.ms-artgalry', 'cil'],
    ['application/vnd.ms-cab-compressed', 'cab'],
    ['application/vnd.ms-excel', ['xls', 'xla', 'xlc', 'xlm', 'xlt', 'xlw', 'xlb', 'xll']],
    ['application/vnd.ms-excel.addin.macroenabled.12', 'xlam'],
    ['application/vnd.ms-excel.sheet.binary.macroenabled.12', 'xlsb'],
    ['application/vnd.ms-excel.sheet.macroenabled.12', 'xlsm'],
    ['application/vnd.ms-excel.template.macroenabled.12', 'xltm'],
    ['application/vnd.ms-fontobject', 'eot'],
    ['application/vnd.ms-htmlhelp', 'chm'],
    ['application/vnd.ms-ims', 'ims'],
    ['application/vnd.ms-lrm', 'lrm'],
    ['application/vnd.ms-officetheme', 'thmx'],
    ['application/vnd.ms-outlook', 'msg'],
    ['application/vnd.ms-pki.certstore', 'sst'],
    ['application/vnd.ms-pki.pko', 'pko'],
    ['application/vnd.ms-pki.seccat', 'cat'],
    ['application/vnd.ms-pki.stl', 'stl'],
    ['application/vnd.ms-pkicertstore', 'sst'],
    ['application/vnd.ms-pkiseccat', 'cat'],
    ['application/vnd.ms-pkistl', 'stl'],
    ['application/vnd.ms-powerpoint', ['ppt', 'pot', 'pps', 'ppa', 'pwz']],
    ['application/vnd.ms-powerpoint.addin.macroenabled.12', 'ppam'],
    ['application/vnd.ms-powerpoint.presentation.macroenabled.12', 'pptm'],
    ['application/vnd.ms-powerpoint.slide.macroenabled.12', 'sldm'],
    ['application/vnd.ms-powerpoint.slideshow.macroenabled.12', 'ppsm'],
    ['application/vnd.ms-powerpoint.template.macroenabled.12', 'potm'],
    ['application/vnd.ms-project', 'mpp'],
    ['application/vnd.ms-word.document.macroenabled.12', 'docm'],
    ['application/vnd.ms-word.template.macroenabled.12', 'dotm'],
    ['application/vnd.ms-works', ['wks', 'wcm', 'wdb', 'wps']],
    ['application/vnd.ms-wpl', 'wpl'],
    ['application/vnd.ms-xpsdocument', 'xps'],
    ['application/vnd.mseq', 'mseq'],
    ['application/vnd.musician', 'mus'],
    ['application/vnd.muvee.style', 'msty'],
    ['application/vnd.neurolanguage.nlu', 'nlu'],
    ['application/vnd.noblenet-directory', 'nnd'],
    ['application/vnd.noblenet-sealer', 'nns'],
    ['application/vnd.noblenet-web', 'nnw'],
    ['application/vnd.nokia.configuration-message', 'ncm'],
    ['application/vnd.nokia.n-gage.data', 'ngdat'],
    ['application/vnd.nokia.n-gage.symbian.install', 'n-gage'],
    ['application/vnd.nokia.radio-preset', 'rpst'],
    ['application/vnd.nokia.radio-presets', 'rpss'],
    ['application/vnd.nokia.ringing-tone', 'rng'],
    ['application/vnd.novadigm.edm', 'edm'],
    ['application/vnd.novadigm.edx', 'edx'],
    ['application/vnd.novadigm.ext', 'ext'],
    ['application/vnd.oasis.opendocument.chart', 'odc'],
    ['application/vnd.oasis.opendocument.chart-template', 'otc'],
    ['application/vnd.oasis.opendocument.database', 'odb'],
    ['application/vnd.oasis.opendocument.formula', 'odf'],
    ['application/vnd.oasis.opendocument.formula-template', 'odft'],
    ['application/vnd.oasis.opendocument.graphics', 'odg'],
    ['application/vnd.oasis.opendocument.graphics-template', 'otg'],
    ['application/vnd.oasis.opendocument.image', 'odi'],
    ['application/vnd.oasis.opendocument.image-template', 'oti'],
    ['application/vnd.oasis.opendocument.presentation', 'odp'],
    ['application/vnd.oasis.opendocument.presentation-template', 'otp'],
    ['application/vnd.oasis.opendocument.spreadsheet', 'ods'],
    ['application/vnd.oasis.opendocument.spreadsheet-template', 'ots'],
    ['application/vnd.oasis.opendocument.text', 'odt'],
    ['application/vnd.oasis.opendocument.text-master', 'odm'],
    ['application/vnd.oasis.opendocument.text-template', 'ott'],
    ['application/vnd.oasis.opendocument.text-web', 'oth'],
    ['application/vnd.olpc-sugar', 'xo'],
    ['application/vnd.oma.dd2+xml', 'dd2'],
    ['application/vnd.openofficeorg.extension', 'oxt'],
    ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'pptx'],
    ['application/vnd.openxmlformats-officedocument.presentationml.slide', 'sldx'],
    ['application/vnd.openxmlformats-officedocument.presentationml.slideshow', 'ppsx'],
    ['application/vnd.openxmlformats-officedocument.presentationml.template', 'potx'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.template', 'xltx'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx'],
    ['application/vnd.openxmlformats-officedocument.wordprocessingml.template', 'dotx'],
    ['application/vnd.osgeo.mapguide.package', 'mgp'],
    ['application/vnd.osgi.dp', 'dp'],
    ['application/vnd.palm', 'pdb'],
    ['application/vnd.pawaafile', 'paw'],
    ['application/vnd.pg.format', 'str'],
    ['application/vnd.pg.osasli', 'ei6'],
    ['application/vnd.picsel', 'efif'],
    ['application/vnd.pmi.widget', 'wg'],
    ['application/vnd.pocketlearn', 'plf'],
    ['application/vnd.powerbuilder6', 'pbd'],
    ['application/vnd.previewsystems.box', 'box'],
    ['application/vnd.proteus.magazine', 'mgz'],
    ['application/vnd.publishare-delta-tree', 'qps'],
    ['application/vnd.pvi.ptid1', 'ptid'],
    ['application/vnd.quark.quarkxpress', 'qxd'],
    ['application/vnd.realvnc.bed', 'bed'],
    ['application/vnd.recordare.musicxml', 'mxl'],
    ['application/vnd.recordare.musicxml+xml', 'musicxml'],
    ['application/vnd.rig.cryptonote', 'cryptonote'],
    ['application/vnd.rim.cod', 'cod'],
    ['application/vnd.rn-realmedia', 'rm'],
    ['application/vnd.rn-realplayer', 'rnx'],
    ['application/vnd.route66.link66+xml', 'link66'],
    ['application/vnd.sailingtracker.track', 'st'],
    ['application/vnd.seemail', 'see'],
    ['application/vnd.sema', 'sema'],
    ['application/vnd.semd', 'semd'],
    ['application/vnd.semf', 'semf'],
    ['application/vnd.shana.informed.formdata', 'ifm'],
    ['application/vnd.shana.informed.formtemplate', 'itp'],
    ['application/vnd.shana.informed.interchange', 'iif'],
    ['application/vnd.shana.informed.package', 'ipk'],
    ['application/vnd.simtech-mindmapper', 'twd'],
    ['application/vnd.smaf', 'mmf'],
    ['application/vnd.smart.teacher', 'teacher'],
    ['application/vnd.solent.sdkm+xml', 'sdkm'],
    ['application/vnd.spotfire.dxp', 'dxp'],
    ['application/vnd.spotfire.sfs', 'sfs'],
    ['application/vnd.stardivision.calc', 'sdc'],
    ['application/vnd.stardivision.draw', 'sda'],
    ['application/vnd.stardivision.impress', 'sdd'],
    ['application/vnd.stardivision.math', 'smf'],
    ['application/vnd.stardivision.writer', 'sdw'],
    ['application/vnd.stardivision.writer-global', 'sgl'],
    ['application/vnd.stepmania.stepchart', 'sm'],
    ['application/vnd.sun.xml.calc', 'sxc'],
    ['application/vnd.sun.xml.calc.template', 'stc'],
    ['application/vnd.sun.xml.draw', 'sxd'],
    ['application/vnd.sun.xml.draw.template', 'std'],
    ['application/vnd.sun.xml.impress', 'sxi'],
    ['application/vnd.sun.xml.impress.template', 'sti'],
    ['application/vnd.sun.xml.math', 'sxm'],
    ['application/vnd.sun.xml.writer', 'sxw'],
    ['application/vnd.sun.xml.writer.global', 'sxg'],
    ['application/vnd.sun.xml.writer.template', 'stw'],
    ['application/vnd.sus-calendar', 'sus'],
    ['application/vnd.svd', 'svd'],
    ['application/vnd.symbian.install', 'sis'],
    ['application/vnd.syncml+xml', 'xsm'],
    ['application/vnd.syncml.dm+wbxml', 'bdm'],
    ['application/vnd.syncml.dm+xml', 'xdm'],
    ['application/vnd.tao.intent-module-archive', 'tao'],
    ['application/vnd.tmobile-livetv', 'tmo'],
    ['application/vnd.trid.tpt', 'tpt'],
    ['application/vnd.triscape.mxs', 'mxs'],
    ['application/vnd.trueapp', 'tra'],
    ['application/vnd.ufdl', 'ufd'],
    ['application/vnd.uiq.theme', 'utz'],
    ['application/vnd.umajin', 'umj'],
    ['application/vnd.unity', 'unityweb'],
    ['application/vnd.uoml+xml', 'uoml'],
    ['application/vnd.vcx', 'vcx'],
    ['application/vnd.visio', 'vsd'],
    ['application/vnd.visionary', 'vis'],
    ['application/vnd.vsf', 'vsf'],
    ['application/vnd.wap.wbxml', 'wbxml'],
    ['application/vnd.wap.wmlc', 'wmlc'],
    ['application/vnd.wap.wmlscriptc', 'wmlsc'],
    ['application/vnd.webturbo', 'wtb'],
    ['application/vnd.wolfram.player', 'nbp'],
    ['application/vnd.wordperfect', 'wpd'],
    ['application/vnd.wqd', 'wqd'],
    ['application/vnd.wt.stf', 'stf'],
    ['application/vnd.xara', ['web', 'xar']],
    ['application/vnd.xfdl', 'xfdl'],
    ['application/vnd.yamaha.hv-dic', 'hvd'],
    ['application/vnd.yamaha.hv-script', 'hvs'],
    ['application/vnd.yamaha.hv-voice', 'hvp'],
    ['application/vnd.yamaha.openscoreformat', 'osf'],
    ['application/vnd.yamaha.openscoreformat.osfpvg+xml', 'osfpvg'],
    ['application/vnd.yamaha.smaf-audio', 'saf'],
    ['application/vnd.yamaha.smaf-phrase', 'spf'],
    ['application/vnd.yellowriver-custom-menu', 'cmp'],
    ['application/vnd.zul', 'zir'],
    ['application/vnd.zzazz.deck+xml', 'zaz'],
    ['application/vocaltec-media-desc', 'vmd'],
    ['application/vocaltec-media-file', 'vmf'],
    ['application/voicexml+xml', 'vxml'],
    ['application/widget', 'wgt'],
    ['application/winhlp', 'hlp'],
    ['application/wordperfect', ['wp', 'wp5', 'wp6', 'wpd']],
    ['application/wordperfect6.0', ['w60', 'wp5']],
    ['application/wordperfect6.1', 'w61'],
    ['application/wsdl+xml', 'wsdl'],
    ['application/wspolicy+xml', 'wspolicy'],
    ['application/x-123', 'wk1'],
    ['application/x-7z-compressed', '7z'],
    ['application/x-abiword', 'abw'],
    ['application/x-ace-compressed', 'ace'],
    ['application/x-aim', 'aim'],
    ['application/x-authorware-bin', 'aab'],
    ['application/x-authorware-map', 'aam'],
    ['application/x-authorware-seg', 'aas'],
    ['application/x-bcpio', 'bcpio'],
    ['application/x-binary', 'bin'],
    ['application/x-binhex40', 'hqx'],
    ['application/x-bittorrent', 'torrent'],
    ['application/x-bsh', ['bsh', 'sh', 'shar']],
    ['application/x-bytecode.elisp', 'elc'],
    ['application/x-bytecode.python', 'pyc'],
    ['application/x-bzip', 'bz'],
    ['application/x-bzip2', ['boz', 'bz2']],
    ['application/x-cdf', 'cdf'],
    ['application/x-cdlink', 'vcd'],
    ['application/x-chat', ['cha', 'chat']],
    ['application/x-chess-pgn', 'pgn'],
    ['application/x-cmu-raster', 'ras'],
    ['application/x-cocoa', 'cco'],
    ['application/x-compactpro', 'cpt'],
    ['application/x-compress', 'z'],
    ['application/x-compressed', ['tgz', 'gz', 'z', 'zip']],
    ['application/x-conference', 'nsc'],
    ['application/x-cpio', 'cpio'],
    ['application/x-cpt', 'cpt'],
    ['application/x-csh', 'csh'],
    ['application/x-debian-package', 'deb'],
    ['application/x-deepv', 'deepv'],
    ['application/x-director', ['dir', 'dcr', 'dxr']],
    ['application/x-doom', 'wad'],
    ['application/x-dtbncx+xml', 'ncx'],
    ['application/x-dtbook+xml', 'dtb'],
    ['application/x-dtbresource+xml', 'res'],
    ['application/x-dvi', 'dvi'],
    ['application/x-elc', 'elc'],
    ['application/x-envoy', ['env', 'evy']],
    ['application/x-esrehber', 'es'],
    ['application/x-excel', ['xls', 'xla', 'xlb', 'xlc', 'xld', 'xlk', 'xll', 'xlm', 'xlt', 'xlv', 'xlw']],
    ['application/x-font-bdf', 'bdf'],
    ['application/x-font-ghostscript', 'gsf'],
    ['application/x-font-linux-psf', 'psf'],
    ['application/x-font-otf', 'otf'],
    ['application/x-font-pcf', 'pcf'],
    ['application/x-font-snf', 'snf'],
    ['application/x-font-ttf', 'ttf'],
    ['application/x-font-type1', 'pfa'],
    ['application/x-font-woff', 'woff'],
    ['application/x-frame', 'mif'],
    ['application/x-freelance', 'pre'],
    ['application/x-futuresplash', 'spl'],
    ['application/x-gnumeric', 'gnumeric'],
    ['application/x-gsp', 'gsp'],
    ['application/x-gss', 'gss'],
    ['application/x-gtar', 'gtar'],
    ['application/x-gzip', ['gz', 'gzip']],
    ['application/x-hdf', 'hdf'],
    ['application/x-helpfile', ['help', 'hlp']],
    ['application/x-httpd-imap', 'imap'],
    ['application/x-ima', 'ima'],
    ['application/x-internet-signup', ['ins', 'isp']],
    ['application/x-internett-signup', 'ins'],
    ['application/x-inventor', 'iv'],
    ['application/x-ip2', 'ip'],
    ['application/x-iphone', 'iii'],
    ['application/x-java-class', 'class'],
    ['application/x-java-commerce', 'jcm'],
    ['application/x-java-jnlp-file', 'jnlp'],
    ['application/x-javascript', 'js'],
    ['application/x-koan', ['skd', 'skm', 'skp', 'skt']],
    ['application/x-ksh', 'ksh'],
    ['application/x-latex', ['latex', 'ltx']],
    ['application/x-lha', 'lha'],
    ['application/x-lisp', 'lsp'],
    ['application/x-livescreen', 'ivy'],
    ['application/x-lotus', 'wq1'],
    ['application/x-lotusscreencam', 'scm'],
    ['application/x-lzh', 'lzh'],
    ['application/x-lzx', 'lzx'],
    ['application/x-mac-binhex40', 'hqx'],
    ['application/x-macbinary', 'bin'],
    ['application/x-magic-cap-package-1.0', 'mc$'],
    ['application/x-mathcad', 'mcd'],
    ['application/x-meme', 'mm'],
    ['application/x-midi', ['mid', 'midi']],
    ['application/x-mif', 'mif'],
    ['application/x-mix-transfer', 'nix'],
    ['application/x-mobipocket-ebook', 'prc'],
    ['application/x-mplayer2', 'asx'],
    ['application/x-ms-application', 'application'],
    ['application/x-ms-wmd', 'wmd'],
    ['application/x-ms-wmz', 'wmz'],
    ['application/x-ms-xbap', 'xbap'],
    ['application/x-msaccess', 'mdb'],
    ['application/x-msbinder', 'obd'],
    ['application/x-mscardfile', 'crd'],
    ['application/x-msclip', 'clp'],
    ['application/x-msdownload', ['exe', 'dll']],
    ['application/x-msexcel', ['xls', 'xla', 'xlw']],
    ['application/x-msmediaview', ['mvb', 'm13', 'm14']],
    ['application/x-msmetafile', 'wmf'],
    ['application/x-msmoney', 'mny'],
    ['application/x-mspowerpoint', 'ppt'],
    ['application/x-mspublisher', 'pub'],
    ['application/x-msschedule', 'scd'],
    ['application/x-msterminal', 'trm'],
    ['application/x-mswrite', 'wri'],
    ['application/x-navi-animation', 'ani'],
    ['application/x-navidoc', 'nvd'],
    ['application/x-navimap', 'map'],
    ['application/x-navistyle', 'stl'],
    ['application/x-netcdf', ['cdf', 'nc']],
    ['application/x-newton-compatible-pkg', 'pkg'],
    ['application/x-nokia-9000-communicator-add-on-software', 'aos'],
    ['application/x-omc', 'omc'],
    ['application/x-omcdatamaker', 'omcd'],
    ['application/x-omcregerator', 'omcr'],
    ['application/x-pagemaker', ['pm4', 'pm5']],
    ['application/x-pcl', 'pcl'],
    ['application/x-perfmon', ['pma', 'pmc', 'pml', 'pmr', 'pmw']],
    ['application/x-pixclscript', 'plx'],
    ['application/x-pkcs10', 'p10'],
    ['application/x-pkcs12', ['p12', 'pfx']],
    ['application/x-pkcs7-certificates', ['p7b', 'spc']],
    ['application/x-pkcs7-certreqresp', 'p7r'],
    ['application/x-pkcs7-mime', ['p7m', 'p7c']],
    ['application/x-pkcs7-signature', ['p7s', 'p7a']],
    ['application/x-pointplus', 'css'],
    ['application/x-portable-anymap', 'pnm'],
    ['application/x-project', ['mpc', 'mpt', 'mpv', 'mpx']],
    ['application/x-qpro', 'wb1'],
    ['application/x-rar-compressed', 'rar'],
    ['application/x-rtf', 'rtf'],
    ['application/x-sdp', 'sdp'],
    ['application/x-sea', 'sea'],
    ['application/x-seelogo', 'sl'],
    ['application/x-sh', 'sh'],
    ['application/x-shar', ['shar', 'sh']],
    ['application/x-shockwave-flash', 'swf'],
    ['application/x-silverlight-app', 'xap'],
    ['application/x-sit', 'sit'],
    ['application/x-sprite', ['spr', 'sprite']],
    ['application/x-stuffit', 'sit'],
    ['application/x-stuffitx', 'sitx'],
    ['application/x-sv4cpio', 'sv4cpio'],
    ['application/x-sv4crc', 'sv4crc'],
    ['application/x-tar', 'tar'],
    ['application/x-tbook', ['sbk', 'tbk']],
    ['application/x-tcl', 'tcl'],
    ['application/x-tex', 'tex'],
    ['application/x-tex-tfm', 'tfm'],
    ['application/x-texinfo', ['texi', 'texinfo']],
    ['application/x-troff', ['roff', 't', 'tr']],
    ['application/x-troff-man', 'man'],
    ['application/x-troff-me', 'me'],
    ['application/x-troff-ms', 'ms'],
    ['application/x-troff-msvideo', 'avi'],
    ['application/x-ustar', 'ustar'],
    ['application/x-visio', ['vsd', 'vst', 'vsw']],
    ['application/x-vnd.audioexplosion.mzz', 'mzz'],
    ['application/x-vnd.ls-xpix', 'xpix'],
    ['application/x-vrml', 'vrml'],
    ['application/x-wais-source', ['src', 'wsrc']],
    ['application/x-winhelp', 'hlp'],
    ['application/x-wintalk', 'wtk'],
    ['application/x-world', ['wrl', 'svr']],
    ['application/x-wpwin', 'wpd'],
    ['application/x-wri', 'wri'],
    ['application/x-x509-ca-cert', ['cer', 'crt', 'der']],
    ['application/x-x509-user-cert', 'crt'],
    ['application/x-xfig', 'fig'],
    ['application/x-xpinstall', 'xpi'],
    ['application/x-zip-compressed', 'zip'],
    ['application/xcap-diff+xml', 'xdf'],
    ['application/xenc+xml', 'xenc'],
    ['application/xhtml+xml', 'xhtml'],
    ['application/xml', 'xml'],
    ['application/xml-dtd', 'dtd'],
    ['application/xop+xml', 'xop'],
    ['application/xslt+xml', 'xslt'],
    ['application/xspf+xml', 'xspf'],
    ['application/xv+xml', 'mxml'],
    ['application/yang', 'yang'],
    ['application/yin+xml', 'yin'],
    ['application/ynd.ms-pkipko', 'pko'],
    ['application/zip', 'zip'],
    ['audio/adpcm', 'adp'],
    ['audio/aiff', ['aiff', 'aif', 'aifc']],
    ['audio/basic', ['snd', 'au']],
    ['audio/it', 'it'],
    ['audio/make', ['funk', 'my', 'pfunk']],
    ['audio/make.my.funk', 'pfunk'],
    ['audio/mid', ['mid', 'rmi']],
    ['audio/midi', ['midi', 'kar', 'mid']],
    ['audio/mod', 'mod'],
    ['audio/mp4', 'mp4a'],
    ['audio/mpeg', ['mpga', 'mp3', 'm2a', 'mp2', 'mpa', 'mpg']],
    ['audio/mpeg3', 'mp3'],
    ['audio/nspaudio', ['la', 'lma']],
    ['audio/ogg', 'oga'],
    ['audio/s3m', 's3m'],
    ['audio/tsp-audio', 'tsi'],
    ['audio/tsplayer', 'tsp'],
    ['audio/vnd.dece.audio', 'uva'],
    ['audio/vnd.digital-winds', 'eol'],
    ['audio/vnd.dra', 'dra'],
    ['audio/vnd.dts', 'dts'],
    ['audio/vnd.dts.hd', 'dtshd'],
    ['audio/vnd.lucent.voice', 'lvp'],
    ['audio/vnd.ms-playready.media.pya', 'pya'],
    ['audio/vnd.nuera.ecelp4800', 'ecelp4800'],
    ['audio/vnd.nuera.ecelp7470', 'ecelp7470'],
    ['audio/vnd.nuera.ecelp9600', 'ecelp9600'],
    ['audio/vnd.qcelp', 'qcp'],
    ['audio/vnd.rip', 'rip'],
    ['audio/voc', 'voc'],
    ['audio/voxware', 'vox'],
    ['audio/wav', 'wav'],
    ['audio/webm', 'weba'],
    ['audio/x-aac', 'aac'],
    ['audio/x-adpcm', 'snd'],
    ['audio/x-aiff', ['aiff', 'aif', 'aifc']],
    ['audio/x-au', 'au'],
    ['audio/x-gsm', ['gsd', 'gsm']],
    ['audio/x-jam', 'jam'],
    ['audio/x-liveaudio', 'lam'],
    ['audio/x-mid', ['mid', 'midi']],
    ['audio/x-midi', ['midi', 'mid']],
    ['audio/x-mod', 'mod'],
    ['audio/x-mpeg', 'mp2'],
    ['audio/x-mpeg-3', 'mp3'],
    ['audio/x-mpegurl', 'm3u'],
    ['audio/x-mpequrl', 'm3u'],
    ['audio/x-ms-wax', 'wax'],
    ['audio/x-ms-wma', 'wma'],
    ['audio/x-nspaudio', ['la', 'lma']],
    ['audio/x-pn-realaudio', ['ra', 'ram', 'rm', 'rmm', 'rmp']],
    ['audio/x-pn-realaudio-plugin', ['ra', 'rmp', 'rpm']],
    ['audio/x-psid', 'sid'],
    ['audio/x-realaudio', 'ra'],
    ['audio/x-twinvq', 'vqf'],
    ['audio/x-twinvq-plugin', ['vqe', 'vql']],
    ['audio/x-vnd.audioexplosion.mjuicemediafile', 'mjf'],
    ['audio/x-voc', 'voc'],
    ['audio/x-wav', 'wav'],
    ['audio/xm', 'xm'],
    ['chemical/x-cdx', 'cdx'],
    ['chemical/x-cif', 'cif'],
    ['chemical/x-cmdf', 'cmdf'],
    ['chemical/x-cml', 'cml'],
    ['chemical/x-csml', 'csml'],
    ['chemical/x-pdb', ['pdb', 'xyz']],
    ['chemical/x-xyz', 'xyz'],
    ['drawing/x-dwf', 'dwf'],
    ['i-world/i-vrml', 'ivr'],
    ['image/bmp', ['bmp', 'bm']],
    ['image/cgm', 'cgm'],
    ['image/cis-cod', 'cod'],
    ['image/cmu-raster', ['ras', 'rast']],
    ['image/fif', 'fif'],
    ['image/florian', ['flo', 'turbot']],
    ['image/g3fax', 'g3'],
    ['image/gif', 'gif'],
    ['image/ief', ['ief', 'iefs']],
    ['image/jpeg', ['jpeg', 'jpe', 'jpg', 'jfif', 'jfif-tbnl']],
    ['image/jutvision', 'jut'],
    ['image/ktx', 'ktx'],
    ['image/naplps', ['nap', 'naplps']],
    ['image/pict', ['pic', 'pict']],
    ['image/pipeg', 'jfif'],
    ['image/pjpeg', ['jfif', 'jpe', 'jpeg', 'jpg']],
    ['image/png', ['png', 'x-png']],
    ['image/prs.btif', 'btif'],
    ['image/svg+xml', 'svg'],
    ['image/tiff', ['tif', 'tiff']],
    ['image/vasa', 'mcf'],
    ['image/vnd.adobe.photoshop', 'psd'],
    ['image/vnd.dece.graphic', 'uvi'],
    ['image/vnd.djvu', 'djvu'],
    ['image/vnd.dvb.subtitle', 'sub'],
    ['image/vnd.dwg', ['dwg', 'dxf', 'svf']],
    ['image/vnd.dxf', 'dxf'],
    ['image/vnd.fastbidsheet', 'fbs'],
    ['image/vnd.fpx', 'fpx'],
    ['image/vnd.fst', 'fst'],
    ['image/vnd.fujixerox.edmics-mmr', 'mmr'],
    ['image/vnd.fujixerox.edmics-rlc', 'rlc'],
    ['image/vnd.ms-modi', 'mdi'],
    ['image/vnd.net-fpx', ['fpx', 'npx']],
    ['image/vnd.rn-realflash', 'rf'],
    ['image/vnd.rn-realpix', 'rp'],
    ['image/vnd.wap.wbmp', 'wbmp'],
    ['image/vnd.xiff', 'xif'],
    ['image/webp', 'webp'],
    ['image/x-cmu-raster', 'ras'],
    ['image/x-cmx', 'cmx'],
    ['image/x-dwg', ['dwg', 'dxf', 'svf']],
    ['image/x-freehand', 'fh'],
    ['image/x-icon', 'ico'],
    ['image/x-jg', 'art'],
    ['image/x-jps', 'jps'],
    ['image/x-niff', ['niff', 'nif']],
    ['image/x-pcx', 'pcx'],
    ['image/x-pict', ['pct', 'pic']],
    ['image/x-portable-anymap', 'pnm'],
    ['image/x-portable-bitmap', 'pbm'],
    ['image/x-portable-graymap', 'pgm'],
    ['image/x-portable-greymap', 'pgm'],
    ['image/x-portable-pixmap', 'ppm'],
    ['image/x-quicktime', ['qif', 'qti', 'qtif']],
    ['image/x-rgb', 'rgb'],
    ['image/x-tiff', ['tif', 'tiff']],
    ['image/x-windows-bmp', 'bmp'],
    ['image/x-xbitmap', 'xbm'],
    ['image/x-xbm', 'xbm'],
    ['image/x-xpixmap', ['xpm', 'pm']],
    ['image/x-xwd', 'xwd'],
    ['image/x-xwindowdump', 'xwd'],
    ['image/xbm', 'xbm'],
    ['image/xpm', 'xpm'],
    ['message/rfc822', ['eml', 'mht', 'mhtml', 'nws', 'mime']],
    ['model/iges', ['iges', 'igs']],
    ['model/mesh', 'msh'],
    ['model/vnd.collada+xml', 'dae'],
    ['model/vnd.dwf', 'dwf'],
    ['model/vnd.gdl', 'gdl'],
    ['model/vnd.gtw', 'gtw'],
    ['model/vnd.mts', 'mts'],
    ['model/vnd.vtu', 'vtu'],
    ['model/vrml', ['vrml', 'wrl', 'wrz']],
    ['model/x-pov', 'pov'],
    ['multipart/x-gzip', 'gzip'],
    ['multipart/x-ustar', 'ustar'],
    ['multipart/x-zip', 'zip'],
    ['music/crescendo', ['mid', 'midi']],
    ['music/x-karaoke', 'kar'],
    ['paleovu/x-pv', 'pvu'],
    ['text/asp', 'asp'],
    ['text/calendar', 'ics'],
    ['text/css', 'css'],
    ['text/csv', 'csv'],
    ['text/ecmascript', 'js'],
    ['text/h323', '323'],
    ['text/html', ['html', 'htm', 'stm', 'acgi', 'htmls', 'htx', 'shtml']],
    ['text/iuls', 'uls'],
    ['text/javascript', 'js'],
    ['text/mcf', 'mcf'],
    ['text/n3', 'n3'],
    ['text/pascal', 'pas'],
    [
        'text/plain',
        [
            'txt',
            'bas',
            'c',
            'h',
            'c++',
            'cc',
            'com',
            'conf',
            'cxx',
            'def',
            'f',
            'f90',
            'for',
            'g',
            'hh',
            'idc',
            'jav',
            'java',
            'list',
            'log',
            'lst',
            'm',
            'mar',
            'pl',
            'sdml',
            'text'
        ]
    ],
    ['text/plain-bas', 'par'],
    ['text/prs.lines.tag', 'dsc'],
    ['text/richtext', ['rtx', 'rt', 'rtf']],
    ['text/scriplet', 'wsc'],
    ['text/scriptlet', 'sct'],
    ['text/sgml', ['sgm', 'sgml']],
    ['text/tab-separated-values', 'tsv'],
    ['text/troff', 't'],
    ['text/turtle', 'ttl'],
    ['text/uri-list', ['uni', 'unis', 'uri', 'uris']],
    ['text/vnd.abc', 'abc'],
    ['text/vnd.curl', 'curl'],
    ['text/vnd.curl.dcurl', 'dcurl'],
    ['text/vnd.curl.mcurl', 'mcurl'],
    ['text/vnd.curl.scurl', 'scurl'],
    ['text/vnd.fly', 'fly'],
    ['text/vnd.fmi.flexstor', 'flx'],
    ['text/vnd.graphviz', 'gv'],
    ['text/vnd.in3d.3dml', '3dml'],
    ['text/vnd.in3d.spot', 'spot'],
    ['text/vnd.rn-realtext', 'rt'],
    ['text/vnd.sun.j2me.app-descriptor', 'jad'],
    ['text/vnd.wap.wml', 'wml'],
    ['text/vnd.wap.wmlscript', 'wmls'],
    ['text/webviewhtml', 'htt'],
    ['text/x-asm', ['asm', 's']],
    ['text/x-audiosoft-intra', 'aip'],
    ['text/x-c', ['c', 'cc', 'cpp']],
    ['text/x-component', 'htc'],
    ['text/x-fortran', ['for', 'f', 'f77', 'f90']],
    ['text/x-h', ['h', 'hh']],
    ['text/x-java-source', ['java', 'jav']],
    ['text/x-java-source,java', 'java'],
    ['text/x-la-asf', 'lsx'],
    ['text/x-m', 'm'],
    ['text/x-pascal', 'p'],
    ['text/x-script', 'hlb'],
    ['text/x-script.csh', 'csh'],
    ['text/x-script.elisp', 'el'],
    ['text/x-script.guile', 'scm'],
    ['text/x-script.ksh', 'ksh'],
    ['text/x-script.lisp', 'lsp'],
    ['text/x-script.perl', 'pl'],
    ['text/x-script.perl-module', 'pm'],
    ['text/x-script.phyton', 'py'],
    ['text/x-script.rexx', 'rexx'],
    ['text/x-script.scheme', 'scm'],
    ['text/x-script.sh', 'sh'],
    ['text/x-script.tcl', 'tcl'],
    ['text/x-script.tcsh', 'tcsh'],
    ['text/x-script.zsh', 'zsh'],
    ['text/x-server-parsed-html', ['shtml', 'ssi']],
    ['text/x-setext', 'etx'],
    ['text/x-sgml', ['sgm', 'sgml']],
    ['text/x-speech', ['spc', 'talk']],
    ['text/x-uil', 'uil'],
    ['text/x-uuencode', ['uu', 'uue']],
    ['text/x-vcalendar', 'vcs'],
    ['text/x-vcard', 'vcf'],
    ['text/xml', 'xml'],
    ['video/3gpp', '3gp'],
    ['video/3gpp2', '3g2'],
    ['video/animaflex', 'afl'],
    ['video/avi', 'avi'],
    ['video/avs-video', 'avs'],
    ['video/dl', 'dl'],
    ['video/fli', 'fli'],
    ['video/gl', 'gl'],
    ['video/h261', 'h261'],
    ['video/h263', 'h263'],
    ['video/h264', 'h264'],
    ['video/jpeg', 'jpgv'],
    ['video/jpm', 'jpm'],
    ['video/mj2', 'mj2'],
    ['video/mp4', 'mp4'],
    ['video/mpeg', ['mpeg', 'mp2', 'mpa', 'mpe', 'mpg', 'mpv2', 'm1v', 'm2v', 'mp3']],
    ['video/msvideo', 'avi'],
    ['video/ogg', 'ogv'],
    ['video/quicktime', ['mov', 'qt', 'moov']],
    ['video/vdo', 'vdo'],
    ['video/vivo', ['viv', 'vivo']],
    ['video/vnd.dece.hd', 'uvh'],
    ['video/vnd.dece.mobile', 'uvm'],
    ['video/vnd.dece.pd', 'uvp'],
    ['video/vnd.dece.sd', 'uvs'],
    ['video/vnd.dece.video', 'uvv'],
    ['video/vnd.fvt', 'fvt'],
    ['video/vnd.mpegurl', 'mxu'],
    ['video/vnd.ms-playready.media.pyv', 'pyv'],
    ['video/vnd.rn-realvideo', 'rv'],
    ['video/vnd.uvvu.mp4', 'uvu'],
    ['video/vnd.vivo', ['viv', 'vivo']],
    ['video/vosaic', 'vos'],
    ['video/webm', 'webm'],
    ['video/x-amt-demorun', 'xdr'],
    ['video/x-amt-showrun', 'xsr'],
    ['video/x-atomic3d-feature', 'fmf'],
    ['video/x-dl', 'dl'],
    ['video/x-dv', ['dif', 'dv']],
    ['video/x-f4v', 'f4v'],
    ['video/x-fli', 'fli'],
    ['video/x-flv', 'flv'],
    ['video/x-gl', 'gl'],
    ['video/x-isvideo', 'isu'],
    ['video/x-la-asf', ['lsf', 'lsx']],
    ['video/x-m4v', 'm4v'],
    ['video/x-motion-jpeg', 'mjpg'],
    ['video/x-mpeg', ['mp3', 'mp2']],
    ['video/x-mpeq2a', 'mp2'],
    ['video/x-ms-asf', ['asf', 'asr', 'asx']],
    ['video/x-ms-asf-plugin', 'asx'],
    ['video/x-ms-wm', 'wm'],
    ['video/x-ms-wmv', 'wmv'],
    ['video/x-ms-wmx', 'wmx'],
    ['video/x-ms-wvx', 'wvx'],
    ['video/x-msvideo', 'avi'],
    ['video/x-qtc', 'qtc'],
    ['video/x-scm', 'scm'],
    ['video/x-sgi-movie', ['movie', 'mv']],
    ['windows/metafile', 'wmf'],
    ['www/mime', 'mime'],
    ['x-conference/x-cooltalk', 'ice'],
    ['x-music/x-midi', ['mid', 'midi']],
    ['x-world/x-3dmf', ['3dm', '3dmf', 'qd3', 'qd3d']],
    ['x-world/x-svr', 'svr'],
    ['x-world/x-vrml', ['flr', 'vrml', 'wrl', 'wrz', 'xaf', 'xof']],
    ['x-world/x-vrt', 'vrt'],
    ['xgl/drawing', 'xgz'],
    ['xgl/movie', 'xmz']
]);
const extensions = new Map([
    ['123', 'application/vnd.lotus-1-2-3'],
    ['323', 'text/h323'],
    ['*', 'application/octet-stream'],
    ['3dm', 'x-world/x-3dmf'],
    ['3dmf', 'x-world/x-3dmf'],
    ['3dml', 'text/vnd.in3d.3dml'],
    ['3g2', 'video/3gpp2'],
    ['3gp', 'video/3gpp'],
    ['7z', 'application/x-7z-compressed'],
    ['a', 'application/octet-stream'],
    ['aab', 'application/x-authorware-bin'],
    ['aac', 'audio/x-aac'],
    ['aam', 'application/x-authorware-map'],
    ['aas', 'application/x-authorware-seg'],
    ['abc', 'text/vnd.abc'],
    ['abw', 'application/x-abiword'],
    ['ac', 'application/pkix-attr-cert'],
    ['acc', 'application/vnd.americandynamics.acc'],
    ['ace', 'application/x-ace-compressed'],
    ['acgi', 'text/html'],
    ['acu', 'application/vnd.acucobol'],
    ['acx', 'application/internet-property-stream'],
    ['adp', 'audio/adpcm'],
    ['aep', 'application/vnd.audiograph'],
    ['afl', 'video/animaflex'],
    ['afp', 'application/vnd.ibm.modcap'],
    ['ahead', 'application/vnd.ahead.space'],
    ['ai', 'application/postscript'],
    ['aif', ['audio/aiff', 'audio/x-aiff']],
    ['aifc', ['audio/aiff', 'audio/x-aiff']],
    ['aiff', ['audio/aiff', 'audio/x-aiff']],
    ['aim', 'application/x-aim'],
    ['aip', 'text/x-audiosoft-intra'],
    ['air', 'application/vnd.adobe.air-application-installer-package+zip'],
    ['ait', 'application/vnd.dvb.ait'],
    ['ami', 'application/vnd.amiga.ami'],
    ['ani', 'application/x-navi-animation'],
    ['aos', 'application/x-nokia-9000-communicator-add-on-software'],
    ['apk', 'application/vnd.android.package-archive'],
    ['application', 'application/x-ms-application'],
    ['apr', 'application/vnd.lotus-approach'],
    ['aps', 'application/mime'],
    ['arc', 'application/octet-stream'],
    ['arj', ['application/arj', 'application/octet-stream']],
    ['art', 'image/x-jg'],
    ['asf', 'video/x-ms-asf'],
    ['asm', 'text/x-asm'],
    ['aso', 'application/vnd.accpac.simply.aso'],
    ['asp', 'text/asp'],
    ['asr', 'video/x-ms-asf'],
    ['asx', ['video/x-ms-asf', 'application/x-mplayer2', 'video/x-ms-asf-plugin']],
    ['atc', 'application/vnd.acucorp'],
    ['atomcat', 'application/atomcat+xml'],
    ['atomsvc', 'application/atomsvc+xml'],
    ['atx', 'application/vnd.antix.game-component'],
    ['au', ['audio/basic', 'audio/x-au']],
    ['avi', ['video/avi', 'video/msvideo', 'application/x-troff-msvideo', 'video/x-msvideo']],
    ['avs', 'video/avs-video'],
    ['aw', 'application/applixware'],
    ['axs', 'application/olescript'],
    ['azf', 'application/vnd.airzip.filesecure.azf'],
    ['azs', 'application/vnd.airzip.filesecure.azs'],
    ['azw', 'application/vnd.amazon.ebook'],
    ['bas', 'text/plain'],
    ['bcpio', 'application/x-bcpio'],
    ['bdf', 'application/x-font-bdf'],
    ['bdm', 'application/vnd.syncml.dm+wbxml'],
    ['bed', 'application/vnd.realvnc.bed'],
    ['bh2', 'application/vnd.fujitsu.oasysprs'],
    ['bin', ['application/octet-stream', 'application/mac-binary', 'application/macbinary', 'application/x-macbinary', 'application/x-binary']],
    ['bm', 'image/bmp'],
    ['bmi', 'application/vnd.bmi'],
    ['bmp', ['image/bmp', 'image/x-windows-bmp']],
    ['boo', 'application/book'],
    ['book', 'application/book'],
    ['box', 'application/vnd.previewsystems.box'],
    ['boz', 'application/x-bzip2'],
    ['bsh', 'application/x-bsh'],
    ['btif', 'image/prs.btif'],
    ['bz', 'application/x-bzip'],
    ['bz2', 'application/x-bzip2'],
    ['c', ['text/plain', 'text/x-c']],
    ['c++', 'text/plain'],
    ['c11amc', 'application/vnd.cluetrust.cartomobile-config'],
    ['c11amz', 'application/vnd.cluetrust.cartomobile-config-pkg'],
    ['c4g', 'application/vnd.clonk.c4group'],
    ['cab', 'application/vnd.ms-cab-compressed'],
    ['car', 'application/vnd.curl.car'],
    ['cat', ['application/vnd.ms-pkiseccat', 'application/vnd.ms-pki.seccat']],
    ['cc', ['text/plain', 'text/x-c']],
    ['ccad', 'application/clariscad'],
    ['cco', 'application/x-cocoa'],
    ['ccxml', 'application/ccxml+xml,'],
    ['cdbcmsg', 'application/vnd.contact.cmsg'],
    ['cdf', ['application/cdf', 'application/x-cdf', 'application/x-netcdf']],
    ['cdkey', 'application/vnd.mediastation.cdkey'],
    ['cdmia', 'application/cdmi-capability'],
    ['cdmic', 'application/cdmi-container'],
    ['cdmid', 'application/cdmi-domain'],
    ['cdmio', 'application/cdmi-object'],
    ['cdmiq', 'application/cdmi-queue'],
    ['cdx', 'chemical/x-cdx'],
    ['cdxml', 'application/vnd.chemdraw+xml'],
    ['cdy', 'application/vnd.cinderella'],
    ['cer', ['application/pkix-cert', 'application/x-x509-ca-cert']],
    ['cgm', 'image/cgm'],
    ['cha', 'application/x-chat'],
    ['chat', 'application/x-chat'],
    ['chm', 'application/vnd.ms-htmlhelp'],
    ['chrt', 'application/vnd.kde.kchart'],
    ['cif', 'chemical/x-cif'],
    ['cii', 'application/vnd.anser-web-certificate-issue-initiation'],
    ['cil', 'application/vnd.ms-artgalry'],
    ['cla', 'application/vnd.claymore'],
    ['class', ['application/octet-stream', 'application/java', 'application/java-byte-code', 'application/java-vm', 'application/x-java-class']],
    ['clkk', 'application/vnd.crick.clicker.keyboard'],
    ['clkp', 'application/vnd.crick.clicker.palette'],
    ['clkt', 'application/vnd.crick.clicker.template'],
    ['clkw', 'application/vnd.crick.clicker.wordbank'],
    ['clkx', 'application/vnd.crick.clicker'],
    ['clp', 'application/x-msclip'],
    ['cmc', 'application/vnd.cosmocaller'],
    ['cmdf', 'chemical/x-cmdf'],
    ['cml', 'chemical/x-cml'],
    ['cmp', 'application/vnd.yellowriver-custom-menu'],
    ['cmx', 'image/x-cmx'],
    ['cod', ['image/cis-cod', 'application/vnd.rim.cod']],
    ['com', ['application/octet-stream', 'text/plain']],
    ['conf', 'text/plain'],
    ['cpio', 'application/x-cpio'],
    ['cpp', 'text/x-c'],
    ['cpt', ['application/mac-compactpro', 'application/x-compactpro', 'application/x-cpt']],
    ['crd', 'application/x-mscardfile'],
    ['crl', ['application/pkix-crl', 'application/pkcs-crl']],
    ['crt', ['application/pkix-cert', 'application/x-x509-user-cert', 'application/x-x509-ca-cert']],
    ['cryptonote', 'application/vnd.rig.cryptonote'],
    ['csh', ['text/x-script.csh', 'application/x-csh']],
    ['csml', 'chemical/x-csml'],
    ['csp', 'application/vnd.commonspace'],
    ['css', ['text/css', 'application/x-pointplus']],
    ['csv', 'text/csv'],
    ['cu', 'application/cu-seeme'],
    ['curl', 'text/vnd.curl'],
    ['cww', 'application/prs.cww'],
    ['cxx', 'text/plain'],
    ['dae', 'model/vnd.collada+xml'],
    ['daf', 'application/vnd.mobius.daf'],
    ['davmount', 'application/davmount+xml'],
    ['dcr', 'application/x-director'],
    ['dcurl', 'text/vnd.curl.dcurl'],
    ['dd2', 'application/vnd.oma.dd2+xml'],
    ['ddd', 'application/vnd.fujixerox.ddd'],
    ['deb', 'application/x-debian-package'],
    ['deepv', 'application/x-deepv'],
    ['def', 'text/plain'],
    ['der', 'application/x-x509-ca-cert'],
    ['dfac', 'application/vnd.dreamfactory'],
    ['dif', 'video/x-dv'],
    ['dir', 'application/x-director'],
    ['dis', 'application/vnd.mobius.dis'],
    ['djvu', 'image/vnd.djvu'],
    ['dl', ['video/dl', 'video/x-dl']],
    ['dll', 'application/x-msdownload'],
    ['dms', 'application/octet-stream'],
    ['dna', 'application/vnd.dna'],
    ['doc', 'application/msword'],
    ['docm', 'application/vnd.ms-word.document.macroenabled.12'],
    ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['dot', 'application/msword'],
    ['dotm', 'application/vnd.ms-word.template.macroenabled.12'],
    ['dotx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.template'],
    ['dp', ['application/commonground', 'application/vnd.osgi.dp']],
    ['dpg', 'application/vnd.dpgraph'],
    ['dra', 'audio/vnd.dra'],
    ['drw', 'application/drafting'],
    ['dsc', 'text/prs.lines.tag'],
    ['dssc', 'application/dssc+der'],
    ['dtb', 'application/x-dtbook+xml'],
    ['dtd', 'application/xml-dtd'],
    ['dts', 'audio/vnd.dts'],
    ['dtshd', 'audio/vnd.dts.hd'],
    ['dump', 'application/octet-stream'],
    ['dv', 'video/x-dv'],
    ['dvi', 'application/x-dvi'],
    ['dwf', ['model/vnd.dwf', 'drawing/x-dwf']],
    ['dwg', ['application/acad', 'image/vnd.dwg', 'image/x-dwg']],
    ['dxf', ['application/dxf', 'image/vnd.dwg', 'image/vnd.dxf', 'image/x-dwg']],
    ['dxp', 'application/vnd.spotfire.dxp'],
    ['dxr', 'application/x-director'],
    ['ecelp4800', 'audio/vnd.nuera.ecelp4800'],
    ['ecelp7470', 'audio/vnd.nuera.ecelp7470'],
    ['ecelp9600', 'audio/vnd.nuera.ecelp9600'],
    ['edm', 'application/vnd.novadigm.edm'],
    ['edx', 'application/vnd.novadigm.edx'],
    ['efif', 'application/vnd.picsel'],
    ['ei6', 'application/vnd.pg.osasli'],
    ['el', 'text/x-script.elisp'],
    ['elc', ['application/x-elc', 'application/x-bytecode.elisp']],
    ['eml', 'message/rfc822'],
    ['emma', 'application/emma+xml'],
    ['env', 'application/x-envoy'],
    ['eol', 'audio/vnd.digital-winds'],
    ['eot', 'application/vnd.ms-fontobject'],
    ['eps', 'application/postscript'],
    ['epub', 'application/epub+zip'],
    ['es', ['application/ecmascript', 'application/x-esrehber']],
    ['es3', 'application/vnd.eszigno3+xml'],
    ['esf', 'application/vnd.epson.esf'],
    ['etx', 'text/x-setext'],
    ['evy', ['application/envoy', 'application/x-envoy']],
    ['exe', ['application/octet-stream', 'application/x-msdownload']],
    ['exi', 'application/exi'],
    ['ext', 'application/vnd.novadigm.ext'],
    ['ez2', 'application/vnd.ezpix-album'],
    ['ez3', 'application/vnd.ezpix-package'],
    ['f', ['text/plain', 'text/x-fortran']],
    ['f4v', 'video/x-f4v'],
    ['f77', 'text/x-fortran'],
    ['f90', ['text/plain', 'text/x-fortran']],
    ['fbs', 'image/vnd.fastbidsheet'],
    ['fcs', 'application/vnd.isac.fcs'],
    ['fdf', 'application/vnd.fdf'],
    ['fe_launch', 'application/vnd.denovo.fcselayout-link'],
    ['fg5', 'application/vnd.fujitsu.oasysgp'],
    ['fh', 'image/x-freehand'],
    ['fif', ['application/fractals', 'image/fif']],
    ['fig', 'application/x-xfig'],
    ['fli', ['video/fli', 'video/x-fli']],
    ['flo', ['image/florian', 'application/vnd.micrografx.flo']],
    ['flr', 'x-world/x-vrml'],
    ['flv', 'video/x-flv'],
    ['flw', 'application/vnd.kde.kivio'],
    ['flx', 'text/vnd.fmi.flexstor'],
    ['fly', 'text/vnd.fly'],
    ['fm', 'application/vnd.framemaker'],
    ['fmf', 'video/x-atomic3d-feature'],
    ['fnc', 'application/vnd.frogans.fnc'],
    ['for', ['text/plain', 'text/x-fortran']],
    ['fpx', ['image/vnd.fpx', 'image/vnd.net-fpx']],
    ['frl', 'application/freeloader'],
    ['fsc', 'application/vnd.fsc.weblaunch'],
    ['fst', 'image/vnd.fst'],
    ['ftc', 'application/vnd.fluxtime.clip'],
    ['fti', 'application/vnd.anser-web-funds-transfer-initiation'],
    ['funk', 'audio/make'],
    ['fvt', 'video/vnd.fvt'],
    ['fxp', 'application/vnd.adobe.fxp'],
    ['fzs', 'application/vnd.fuzzysheet'],
    ['g', 'text/plain'],
    ['g2w', 'application/vnd.geoplan'],
    ['g3', 'image/g3fax'],
    ['g3w', 'application/vnd.geospace'],
    ['gac', 'application/vnd.groove-account'],
    ['gdl', 'model/vnd.gdl'],
    ['geo', 'application/vnd.dynageo'],
    ['geojson', 'application/geo+json'],
    ['gex', 'application/vnd.geometry-explorer'],
    ['ggb', 'application/vnd.geogebra.file'],
    ['ggt', 'application/vnd.geogebra.tool'],
    ['ghf', 'application/vnd.groove-help'],
    ['gif', 'image/gif'],
    ['gim', 'application/vnd.groove-identity-message'],
    ['gl', ['video/gl', 'video/x-gl']],
    ['gmx', 'application/vnd.gmx'],
    ['gnumeric', 'application/x-gnumeric'],
    ['gph', 'application/vnd.flographit'],
    ['gqf', 'application/vnd.grafeq'],
    ['gram', 'application/srgs'],
    ['grv', 'application/vnd.groove-injector'],
    ['grxml', 'application/srgs+xml'],
    ['gsd', 'audio/x-gsm'],
    ['gsf', 'application/x-font-ghostscript'],
    ['gsm', 'audio/x-gsm'],
    ['gsp', 'application/x-gsp'],
    ['gss', 'application/x-gss'],
    ['gtar', 'application/x-gtar'],
    ['gtm', 'application/vnd.groove-tool-message'],
    ['gtw', 'model/vnd.gtw'],
    ['gv', 'text/vnd.graphviz'],
    ['gxt', 'application/vnd.geonext'],
    ['gz', ['application/x-gzip', 'application/x-compressed']],
    ['gzip', ['multipart/x-gzip', 'application/x-gzip']],
    ['h', ['text/plain', 'text/x-h']],
    ['h261', 'video/h261'],
    ['h263', 'video/h263'],
    ['h264', 'video/h264'],
    ['hal', 'application/vnd.hal+xml'],
    ['hbci', 'application/vnd.hbci'],
    ['hdf', 'application/x-hdf'],
    ['help', 'application/x-helpfile'],
    ['hgl', 'application/vnd.hp-hpgl'],
    ['hh', ['text/plain', 'text/x-h']],
    ['hlb', 'text/x-script'],
    ['hlp', ['application/winhlp', 'application/hlp', 'application/x-helpfile', 'application/x-winhelp']],
    ['hpg', 'application/vnd.hp-hpgl'],
    ['hpgl', 'application/vnd.hp-hpgl'],
    ['hpid', 'application/vnd.hp-hpid'],
    ['hps', 'application/vnd.hp-hps'],
    [
        'hqx',
        [
            'application/mac-binhex40',
            'application/binhex',
            'application/binhex4',
            'application/mac-binhex',
            'application/x-binhex40',
            'application/x-mac-binhex40'
        ]
    ],
    ['hta', 'application/hta'],
    ['htc', 'text/x-component'],
    ['htke', 'application/vnd.kenameaapp'],
    ['htm', 'text/html'],
    ['html', 'text/html'],
    ['htmls', 'text/html'],
    ['htt', 'text/webviewhtml'],
    ['htx', 'text/html'],
    ['hvd', 'application/vnd.yamaha.hv-dic'],
    ['hvp', 'application/vnd.yamaha.hv-voice'],
    ['hvs', 'application/vnd.yamaha.hv-script'],
    ['i2g', 'application/vnd.intergeo'],
    ['icc', 'application/vnd.iccprofile'],
    ['ice', 'x-conference/x-cooltalk'],
    ['ico', 'image/x-icon'],
    ['ics', 'text/calendar'],
    ['idc', 'text/plain'],
    ['ief', 'image/ief'],
    ['iefs', 'image/ief'],
    ['ifm', 'application/vnd.shana.informed.formdata'],
    ['iges', ['application/iges', 'model/iges']],
    ['igl', 'application/vnd.igloader'],
    ['igm', 'application/vnd.insors.igm'],
    ['igs', ['application/iges', 'model/iges']],
    ['igx', 'application/vnd.micrografx.igx'],
    ['iif', 'application/vnd.shana.informed.interchange'],
    ['iii', 'application/x-iphone'],
    ['ima', 'application/x-ima'],
    ['imap', 'application/x-httpd-imap'],
    ['imp', 'application/vnd.accpac.simply.imp'],
    ['ims', 'application/vnd.ms-ims'],
    ['inf', 'application/inf'],
    ['ins', ['application/x-internet-signup', 'application/x-internett-signup']],
    ['ip', 'application/x-ip2'],
    ['ipfix', 'application/ipfix'],
    ['ipk', 'application/vnd.shana.informed.package'],
    ['irm', 'application/vnd.ibm.rights-management'],
    ['irp', 'application/vnd.irepository.package+xml'],
    ['isp', 'application/x-internet-signup'],
    ['isu', 'video/x-isvideo'],
    ['it', 'audio/it'],
    ['itp', 'application/vnd.shana.informed.formtemplate'],
    ['iv', 'application/x-inventor'],
    ['ivp', 'application/vnd.immervision-ivp'],
    ['ivr', 'i-world/i-vrml'],
    ['ivu', 'application/vnd.immervision-ivu'],
    ['ivy', 'application/x-livescreen'],
    ['jad', 'text/vnd.sun.j2me.app-descriptor'],
    ['jam', ['application/vnd.jam', 'audio/x-jam']],
    ['jar', 'application/java-archive'],
    ['jav', ['text/plain', 'text/x-java-source']],
    ['java', ['text/plain', 'text/x-java-source,java', 'text/x-java-source']],
    ['jcm', 'application/x-java-commerce'],
    ['jfif', ['image/pipeg', 'image/jpeg', 'image/pjpeg']],
    ['jfif-tbnl', 'image/jpeg'],
    ['jisp', 'application/vnd.jisp'],
    ['jlt', 'application/vnd.hp-jlyt'],
    ['jnlp', 'application/x-java-jnlp-file'],
    ['joda', 'application/vnd.joost.joda-archive'],
    ['jpe', ['image/jpeg', 'image/pjpeg']],
    ['jpeg', ['image/jpeg', 'image/pjpeg']],
    ['jpg', ['image/jpeg', 'image/pjpeg']],
    ['jpgv', 'video/jpeg'],
    ['jpm', 'video/jpm'],
    ['jps', 'image/x-jps'],
    ['js', ['application/javascript', 'application/ecmascript', 'text/javascript', 'text/ecmascript', 'application/x-javascript']],
    ['json', 'application/json'],
    ['jut', 'image/jutvision'],
    ['kar', ['audio/midi', 'music/x-karaoke']],
    ['karbon', 'application/vnd.kde.karbon'],
    ['kfo', 'application/vnd.kde.kformula'],
    ['kia', 'application/vnd.kidspiration'],
    ['kml', 'application/vnd.google-earth.kml+xml'],
    ['kmz', 'application/vnd.google-earth.kmz'],
    ['kne', 'application/vnd.kinar'],
    ['kon', 'application/vnd.kde.kontour'],
    ['kpr', 'application/vnd.kde.kpresenter'],
    ['ksh', ['application/x-ksh', 'text/x-script.ksh']],
    ['ksp', 'application/vnd.kde.kspread'],
    ['ktx', 'image/ktx'],
    ['ktz', 'application/vnd.kahootz'],
    ['kwd', 'application/vnd.kde.kword'],
    ['la', ['audio/nspaudio', 'audio/x-nspaudio']],
    ['lam', 'audio/x-liveaudio'],
    ['lasxml', 'application/vnd.las.las+xml'],
    ['latex', 'application/x-latex'],
    ['lbd', 'application/vnd.llamagraphics.life-balance.desktop'],
    ['lbe', 'application/vnd.llamagraphics.life-balance.exchange+xml'],
    ['les', 'application/vnd.hhe.lesson-player'],
    ['lha', ['application/octet-stream', 'application/lha', 'application/x-lha']],
    ['lhx', 'application/octet-stream'],
    ['link66', 'application/vnd.route66.link66+xml'],
    ['list', 'text/plain'],
    ['lma', ['audio/nspaudio', 'audio/x-nspaudio']],
    ['log', 'text/plain'],
    ['lrm', 'application/vnd.ms-lrm'],
    ['lsf', 'video/x-la-asf'],
    ['lsp', ['application/x-lisp', 'text/x-script.lisp']],
    ['lst', 'text/plain'],
    ['lsx', ['video/x-la-asf', 'text/x-la-asf']],
    ['ltf', 'application/vnd.frogans.ltf'],
    ['ltx', 'application/x-latex'],
    ['lvp', 'audio/vnd.lucent.voice'],
    ['lwp', 'application/vnd.lotus-wordpro'],
    ['lzh', ['application/octet-stream', 'application/x-lzh']],
    ['lzx', ['application/lzx', 'application/octet-stream', 'application/x-lzx']],
    ['m', ['text/plain', 'text/x-m']],
    ['m13', 'application/x-msmediaview'],
    ['m14', 'application/x-msmediaview'],
    ['m1v', 'video/mpeg'],
    ['m21', 'application/mp21'],
    ['m2a', 'audio/mpeg'],
    ['m2v', 'video/mpeg'],
    ['m3u', ['audio/x-mpegurl', 'audio/x-mpequrl']],
    ['m3u8', 'application/vnd.apple.mpegurl'],
    ['m4v', 'video/x-m4v'],
    ['ma', 'application/mathematica'],
    ['mads', 'application/mads+xml'],
    ['mag', 'application/vnd.ecowin.chart'],
    ['man', 'application/x-troff-man'],
    ['map', 'application/x-navimap'],
    ['mar', 'text/plain'],
    ['mathml', 'application/mathml+xml'],
    ['mbd', 'application/mbedlet'],
    ['mbk', 'application/vnd.mobius.mbk'],
    ['mbox', 'application/mbox'],
    ['mc$', 'application/x-magic-cap-package-1.0'],
    ['mc1', 'application/vnd.medcalcdata'],
    ['mcd', ['application/mcad', 'application/vnd.mcd', 'application/x-mathcad']],
    ['mcf', ['image/vasa', 'text/mcf']],
    ['mcp', 'application/netmc'],
    ['mcurl', 'text/vnd.curl.mcurl'],
    ['mdb', 'application/x-msaccess'],
    ['mdi', 'image/vnd.ms-modi'],
    ['me', 'application/x-troff-me'],
    ['meta4', 'application/metalink4+xml'],
    ['mets', 'application/mets+xml'],
    ['mfm', 'application/vnd.mfmp'],
    ['mgp', 'application/vnd.osgeo.mapguide.package'],
    ['mgz', 'application/vnd.proteus.magazine'],
    ['mht', 'message/rfc822'],
    ['mhtml', 'message/rfc822'],
    ['mid', ['audio/mid', 'audio/midi', 'music/crescendo', 'x-music/x-midi', 'audio/x-midi', 'application/x-midi', 'audio/x-mid']],
    ['midi', ['audio/midi', 'music/crescendo', 'x-music/x-midi', 'audio/x-midi', 'application/x-midi', 'audio/x-mid']],
    ['mif', ['application/vnd.mif', 'application/x-mif', 'application/x-frame']],
    ['mime', ['message/rfc822', 'www/mime']],
    ['mj2', 'video/mj2'],
    ['mjf', 'audio/x-vnd.audioexplosion.mjuicemediafile'],
    ['mjpg', 'video/x-motion-jpeg'],
    ['mlp', 'application/vnd.dolby.mlp'],
    ['mm', ['application/base64', 'application/x-meme']],
    ['mmd', 'application/vnd.chipnuts.karaoke-mmd'],
    ['mme', 'application/base64'],
    ['mmf', 'application/vnd.smaf'],
    ['mmr', 'image/vnd.fujixerox.edmics-mmr'],
    ['mny', 'application/x-msmoney'],
    ['mod', ['audio/mod', 'audio/x-mod']],
    ['mods', 'application/mods+xml'],
    ['moov', 'video/quicktime'],
    ['mov', 'video/quicktime'],
    ['movie', 'video/x-sgi-movie'],
    ['mp2', ['video/mpeg', 'audio/mpeg', 'video/x-mpeg', 'audio/x-mpeg', 'video/x-mpeq2a']],
    ['mp3', ['audio/mpeg', 'audio/mpeg3', 'video/mpeg', 'audio/x-mpeg-3', 'video/x-mpeg']],
    ['mp4', ['video/mp4', 'application/mp4']],
    ['mp4a', 'audio/mp4'],
    ['mpa', ['video/mpeg', 'audio/mpeg']],
    ['mpc', ['application/vnd.mophun.certificate', 'application/x-project']],
    ['mpe', 'video/mpeg'],
    ['mpeg', 'video/mpeg'],
    ['mpg', ['video/mpeg', 'audio/mpeg']],
    ['mpga', 'audio/mpeg'],
    ['mpkg', 'application/vnd.apple.installer+xml'],
    ['mpm', 'application/vnd.blueice.multipass'],
    ['mpn', 'application/vnd.mophun.application'],
    ['mpp', 'application/vnd.ms-project'],
    ['mpt', 'application/x-project'],
    ['mpv', 'application/x-project'],
    ['mpv2', 'video/mpeg'],
    ['mpx', 'application/x-project'],
    ['mpy', 'application/vnd.ibm.minipay'],
    ['mqy', 'application/vnd.mobius.mqy'],
    ['mrc', 'application/marc'],
    ['mrcx', 'application/marcxml+xml'],
    ['ms', 'application/x-troff-ms'],
    ['mscml', 'application/mediaservercontrol+xml'],
    ['mseq', 'application/vnd.mseq'],
    ['msf', 'application/vnd.epson.msf'],
    ['msg', 'application/vnd.ms-outlook'],
    ['msh', 'model/mesh'],
    ['msl', 'application/vnd.mobius.msl'],
    ['msty', 'application/vnd.muvee.style'],
    ['mts', 'model/vnd.mts'],
    ['mus', 'application/vnd.musician'],
    ['musicxml', 'application/vnd.recordare.musicxml+xml'],
    ['mv', 'video/x-sgi-movie'],
    ['mvb', 'application/x-msmediaview'],
    ['mwf', 'application/vnd.mfer'],
    ['mxf', 'application/mxf'],
    ['mxl', 'application/vnd.recordare.musicxml'],
    ['mxml', 'application/xv+xml'],
    ['mxs', 'application/vnd.triscape.mxs'],
    ['mxu', 'video/vnd.mpegurl'],
    ['my', 'audio/make'],
    ['mzz', 'application/x-vnd.audioexplosion.mzz'],
    ['n-gage', 'application/vnd.nokia.n-gage.symbian.install'],
    ['n3', 'text/n3'],
    ['nap', 'image/naplps'],
    ['naplps', 'image/naplps'],
    ['nbp', 'application/vnd.wolfram.player'],
    ['nc', 'application/x-netcdf'],
    ['ncm', 'application/vnd.nokia.configuration-message'],
    ['ncx', 'application/x-dtbncx+xml'],
    ['ngdat', 'application/vnd.nokia.n-gage.data'],
    ['nif', 'image/x-niff'],
    ['niff', 'image/x-niff'],
    ['nix', 'application/x-mix-transfer'],
    ['nlu', 'application/vnd.neurolanguage.nlu'],
    ['nml', 'application/vnd.enliven'],
    ['nnd', 'application/vnd.noblenet-directory'],
    ['nns', 'application/vnd.noblenet-sealer'],
    ['nnw', 'application/vnd.noblenet-web'],
    ['npx', 'image/vnd.net-fpx'],
    ['nsc', 'application/x-conference'],
    ['nsf', 'application/vnd.lotus-notes'],
    ['nvd', 'application/x-navidoc'],
    ['nws', 'message/rfc822'],
    ['o', 'application/octet-stream'],
    ['oa2', 'application/vnd.fujitsu.oasys2'],
    ['oa3', 'application/vnd.fujitsu.oasys3'],
    ['oas', 'application/vnd.fujitsu.oasys'],
    ['obd', 'application/x-msbinder'],
    ['oda', 'application/oda'],
    ['odb', 'application/vnd.oasis.opendocument.database'],
    ['odc', 'application/vnd.oasis.opendocument.chart'],
    ['odf', 'application/vnd.oasis.opendocument.formula'],
    ['odft', 'application/vnd.oasis.opendocument.formula-template'],
    ['odg', 'application/vnd.oasis.opendocument.graphics'],
    ['odi', 'application/vnd.oasis.opendocument.image'],
    ['odm', 'application/vnd.oasis.opendocument.text-master'],
    ['odp', 'application/vnd.oasis.opendocument.presentation'],
    ['ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['odt', 'application/vnd.oasis.opendocument.text'],
    ['oga', 'audio/ogg'],
    ['ogv', 'video/ogg'],
    ['ogx', 'application/ogg'],
    ['omc', 'application/x-omc'],
    ['omcd', 'application/x-omcdatamaker'],
    ['omcr', 'application/x-omcregerator'],
    ['onetoc', 'application/onenote'],
    ['opf', 'application/oebps-package+xml'],
    ['org', 'application/vnd.lotus-organizer'],
    ['osf', 'application/vnd.yamaha.openscoreformat'],
    ['osfpvg', 'application/vnd.yamaha.openscoreformat.osfpvg+xml'],
    ['otc', 'application/vnd.oasis.opendocument.chart-template'],
    ['otf', 'application/x-font-otf'],
    ['otg', 'application/vnd.oasis.opendocument.graphics-template'],
    ['oth', 'application/vnd.oasis.opendocument.text-web'],
    ['oti', 'application/vnd.oasis.opendocument.image-template'],
    ['otp', 'application/vnd.oasis.opendocument.presentation-template'],
    ['ots', 'application/vnd.oasis.opendocument.spreadsheet-template'],
    ['ott', 'application/vnd.oasis.opendocument.text-template'],
    ['oxt', 'application/vnd.openofficeorg.extension'],
    ['p', 'text/x-pascal'],
    ['p10', ['application/pkcs10', 'application/x-pkcs10']],
    ['p12', ['application/pkcs-12', 'application/x-pkcs12']],
    ['p7a', 'application/x-pkcs7-signature'],
    ['p7b', 'application/x-pkcs7-certificates'],
    ['p7c', ['application/pkcs7-mime', 'application/x-pkcs7-mime']],
    ['p7m', ['application/pkcs7-mime', 'application/x-pkcs7-mime']],
    ['p7r', 'application/x-pkcs7-certreqresp'],
    ['p7s', ['application/pkcs7-signature', 'application/x-pkcs7-signature']],
    ['p8', 'application/pkcs8'],
    ['par', 'text/plain-bas'],
    ['part', 'application/pro_eng'],
    ['pas', 'text/pascal'],
    ['paw', 'application/vnd.pawaafile'],
    ['pbd', 'application/vnd.powerbuilder6'],
    ['pbm', 'image/x-portable-bitmap'],
    ['pcf', 'application/x-font-pcf'],
    ['pcl', ['application/vnd.hp-pcl', 'application/x-pcl']],
    ['pclxl', 'application/vnd.hp-pclxl'],
    ['pct', 'image/x-pict'],
    ['pcurl', 'application/vnd.curl.pcurl'],
    ['pcx', 'image/x-pcx'],
    ['pdb', ['application/vnd.palm', 'chemical/x-pdb']],
    ['pdf', 'application/pdf'],
    ['pfa', 'application/x-font-type1'],
    ['pfr', 'application/font-tdpfr'],
    ['pfunk', ['audio/make', 'audio/make.my.funk']],
    ['pfx', 'application/x-pkcs12'],
    ['pgm', ['image/x-portable-graymap', 'image/x-portable-greymap']],
    ['pgn', 'application/x-chess-pgn'],
    ['pgp', 'application/pgp-signature'],
    ['pic', ['image/pict', 'image/x-pict']],
    ['pict', 'image/pict'],
    ['pkg', 'application/x-newton-compatible-pkg'],
    ['pki', 'application/pkixcmp'],
    ['pkipath', 'application/pkix-pkipath'],
    ['pko', ['application/ynd.ms-pkipko', 'application/vnd.ms-pki.pko']],
    ['pl', ['text/plain', 'text/x-script.perl']],
    ['plb', 'application/vnd.3gpp.pic-bw-large'],
    ['plc', 'application/vnd.mobius.plc'],
    ['plf', 'application/vnd.pocketlearn'],
    ['pls', 'application/pls+xml'],
    ['plx', 'application/x-pixclscript'],
    ['pm', ['text/x-script.perl-module', 'image/x-xpixmap']],
    ['pm4', 'application/x-pagemaker'],
    ['pm5', 'application/x-pagemaker'],
    ['pma', 'application/x-perfmon'],
    ['pmc', 'application/x-perfmon'],
    ['pml', ['application/vnd.ctc-posml', 'application/x-perfmon']],
    ['pmr', 'application/x-perfmon'],
    ['pmw', 'application/x-perfmon'],
    ['png', 'image/png'],
    ['pnm', ['application/x-portable-anymap', 'image/x-portable-anymap']],
    ['portpkg', 'application/vnd.macports.portpkg'],
    ['pot', ['application/vnd.ms-powerpoint', 'application/mspowerpoint']],
    ['potm', 'application/vnd.ms-powerpoint.template.macroenabled.12'],
    ['potx', 'application/vnd.openxmlformats-officedocument.presentationml.template'],
    ['pov', 'model/x-pov'],
    ['ppa', 'application/vnd.ms-powerpoint'],
    ['ppam', 'application/vnd.ms-powerpoint.addin.macroenabled.12'],
    ['ppd', 'application/vnd.cups-ppd'],
    ['ppm', 'image/x-portable-pixmap'],
    ['pps', ['application/vnd.ms-powerpoint', 'application/mspowerpoint']],
    ['ppsm', 'application/vnd.ms-powerpoint.slideshow.macroenabled.12'],
    ['ppsx', 'application/vnd.openxmlformats-officedocument.presentationml.slideshow'],
    ['ppt', ['application/vnd.ms-powerpoint', 'application/mspowerpoint', 'application/powerpoint', 'application/x-mspowerpoint']],
    ['pptm', 'application/vnd.ms-powerpoint.presentation.macroenabled.12'],
    ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['ppz', 'application/mspowerpoint'],
    ['prc', 'application/x-mobipocket-ebook'],
    ['pre', ['application/vnd.lotus-freelance', 'application/x-freelance']],
    ['prf', 'application/pics-rules'],
    ['prt', 'application/pro_eng'],
    ['ps', 'application/postscript'],
    ['psb', 'application/vnd.3gpp.pic-bw-small'],
    ['psd', ['application/octet-stream', 'image/vnd.adobe.photoshop']],
    ['psf', 'application/x-font-linux-psf'],
    ['pskcxml', 'application/pskc+xml'],
    ['ptid', 'application/vnd.pvi.ptid1'],
    ['pub', 'application/x-mspublisher'],
    ['pvb', 'application/vnd.3gpp.pic-bw-var'],
    ['pvu', 'paleovu/x-pv'],
    ['pwn', 'application/vnd.3m.post-it-notes'],
    ['pwz', 'application/vnd.ms-powerpoint'],
    ['py', 'text/x-script.phyton'],
    ['pya', 'audio/vnd.ms-playready.media.pya'],
    ['pyc', 'application/x-bytecode.python'],
    ['pyv', 'video/vnd.ms-playready.media.pyv'],
    ['qam', 'application/vnd.epson.quickanime'],
    ['qbo', 'application/vnd.intu.qbo'],
    ['qcp', 'audio/vnd.qcelp'],
    ['qd3', 'x-world/x-3dmf'],
    ['qd3d', 'x-world/x-3dmf'],
    ['qfx', 'application/vnd.intu.qfx'],
    ['qif', 'image/x-quicktime'],
    ['qps', 'application/vnd.publishare-delta-tree'],
    ['qt', 'video/quicktime'],
    ['qtc', 'video/x-qtc'],
    ['qti', 'image/x-quicktime'],
    ['qtif', 'image/x-quicktime'],
    ['qxd', 'application/vnd.quark.quarkxpress'],
    ['ra', ['audio/x-realaudio', 'audio/x-pn-realaudio', 'audio/x-pn-realaudio-plugin']],
    ['ram', 'audio/x-pn-realaudio'],
    ['rar', 'application/x-rar-compressed'],
    ['ras', ['image/cmu-raster', 'application/x-cmu-raster', 'image/x-cmu-raster']],
    ['rast', 'image/cmu-raster'],
    ['rcprofile', 'application/vnd.ipunplugged.rcprofile'],
    ['rdf', 'application/rdf+xml'],
    ['rdz', 'application/vnd.data-vision.rdz'],
    ['rep', 'application/vnd.businessobjects'],
    ['res', 'application/x-dtbresource+xml'],
    ['rexx', 'text/x-script.rexx'],
    ['rf', 'image/vnd.rn-realflash'],
    ['rgb', 'image/x-rgb'],
    ['rif', 'application/reginfo+xml'],
    ['rip', 'audio/vnd.rip'],
    ['rl', 'application/resource-lists+xml'],
    ['rlc', 'image/vnd.fujixerox.edmics-rlc'],
    ['rld', 'application/resource-lists-diff+xml'],
    ['rm', ['application/vnd.rn-realmedia', 'audio/x-pn-realaudio']],
    ['rmi', 'audio/mid'],
    ['rmm', 'audio/x-pn-realaudio'],
    ['rmp', ['audio/x-pn-realaudio-plugin', 'audio/x-pn-realaudio']],
    ['rms', 'application/vnd.jcp.javame.midlet-rms'],
    ['rnc', 'application/relax-ng-compact-syntax'],
    ['rng', ['application/ringing-tones', 'application/vnd.nokia.ringing-tone']],
    ['rnx', 'application/vnd.rn-realplayer'],
    ['roff', 'application/x-troff'],
    ['rp', 'image/vnd.rn-realpix'],
    ['rp9', 'application/vnd.cloanto.rp9'],
    ['rpm', 'audio/x-pn-realaudio-plugin'],
    ['rpss', 'application/vnd.nokia.radio-presets'],
    ['rpst', 'application/vnd.nokia.radio-preset'],
    ['rq', 'application/sparql-query'],
    ['rs', 'application/rls-services+xml'],
    ['rsd', 'application/rsd+xml'],
    ['rt', ['text/richtext', 'text/vnd.rn-realtext']],
    ['rtf', ['application/rtf', 'text/richtext', 'application/x-rtf']],
    ['rtx', ['text/richtext', 'application/rtf']],
    ['rv', 'video/vnd.rn-realvideo'],
    ['s', 'text/x-asm'],
    ['s3m', 'audio/s3m'],
    ['saf', 'application/vnd.yamaha.smaf-audio'],
    ['saveme', 'application/octet-stream'],
    ['sbk', 'application/x-tbook'],
    ['sbml', 'application/sbml+xml'],
    ['sc', 'application/vnd.ibm.secure-container'],
    ['scd', 'application/x-msschedule'],
    ['scm', ['application/vnd.lotus-screencam', 'video/x-scm', 'text/x-script.guile', 'application/x-lotusscreencam', 'text/x-script.scheme']],
    ['scq', 'application/scvp-cv-request'],
    ['scs', 'application/scvp-cv-response'],
    ['sct', 'text/scriptlet'],
    ['scurl', 'text/vnd.curl.scurl'],
    ['sda', 'application/vnd.stardivision.draw'],
    ['sdc', 'application/vnd.stardivision.calc'],
    ['sdd', 'application/vnd.stardivision.impress'],
    ['sdkm', 'application/vnd.solent.sdkm+xml'],
    ['sdml', 'text/plain'],
    ['sdp', ['application/sdp', 'application/x-sdp']],
    ['sdr', 'application/sounder'],
    ['sdw', 'application/vnd.stardivision.writer'],
    ['sea', ['application/sea', 'application/x-sea']],
    ['see', 'application/vnd.seemail'],
    ['seed', 'application/vnd.fdsn.seed'],
    ['sema', 'application/vnd.sema'],
    ['semd', 'application/vnd.semd'],
    ['semf', 'application/vnd.semf'],
    ['ser', 'application/java-serialized-object'],
    ['set', 'application/set'],
    ['setpay', 'application/set-payment-initiation'],
    ['setreg', 'application/set-registration-initiation'],
    ['sfd-hdstx', 'application/vnd.hydrostatix.sof-data'],
    ['sfs', 'application/vnd.spotfire.sfs'],
    ['sgl', 'application/vnd.stardivision.writer-global'],
    ['sgm', ['text/sgml', 'text/x-sgml']],
    ['sgml', ['text/sgml', 'text/x-sgml']],
    ['sh', ['application/x-shar', 'application/x-bsh', 'application/x-sh', 'text/x-script.sh']],
    ['shar', ['application/x-bsh', 'application/x-shar']],
    ['shf', 'application/shf+xml'],
    ['shtml', ['text/html', 'text/x-server-parsed-html']],
    ['sid', 'audio/x-psid'],
    ['sis', 'application/vnd.symbian.install'],
    ['sit', ['application/x-stuffit', 'application/x-sit']],
    ['sitx', 'application/x-stuffitx'],
    ['skd', 'application/x-koan'],
    ['skm', 'application/x-koan'],
    ['skp', ['application/vnd.koan', 'application/x-koan']],
    ['skt', 'application/x-koan'],
    ['sl', 'application/x-seelogo'],
    ['sldm', 'application/vnd.ms-powerpoint.slide.macroenabled.12'],
    ['sldx', 'application/vnd.openxmlformats-officedocument.presentationml.slide'],
    ['slt', 'application/vnd.epson.salt'],
    ['sm', 'application/vnd.stepmania.stepchart'],
    ['smf', 'application/vnd.stardivision.math'],
    ['smi', ['application/smil', 'application/smil+xml']],
    ['smil', 'application/smil'],
    ['snd', ['audio/basic', 'audio/x-adpcm']],
    ['snf', 'application/x-font-snf'],
    ['sol', 'application/solids'],
    ['spc', ['text/x-speech', 'application/x-pkcs7-certificates']],
    ['spf', 'application/vnd.yamaha.smaf-phrase'],
    ['spl', ['application/futuresplash', 'application/x-futuresplash']],
    ['spot', 'text/vnd.in3d.spot'],
    ['spp', 'application/scvp-vp-response'],
    ['spq', 'application/scvp-vp-request'],
    ['spr', 'application/x-sprite'],
    ['sprite', 'application/x-sprite'],
    ['src', 'application/x-wais-source'],
    ['sru', 'application/sru+xml'],
    ['srx', 'application/sparql-results+xml'],
    ['sse', 'application/vnd.kodak-descriptor'],
    ['ssf', 'application/vnd.epson.ssf'],
    ['ssi', 'text/x-server-parsed-html'],
    ['ssm', 'application/streamingmedia'],
    ['ssml', 'application/ssml+xml'],
    ['sst', ['application/vnd.ms-pkicertstore', 'application/vnd.ms-pki.certstore']],
    ['st', 'application/vnd.sailingtracker.track'],
    ['stc', 'application/vnd.sun.xml.calc.template'],
    ['std', 'application/vnd.sun.xml.draw.template'],
    ['step', 'application/step'],
    ['stf', 'application/vnd.wt.stf'],
    ['sti', 'application/vnd.sun.xml.impress.template'],
    ['stk', 'application/hyperstudio'],
    ['stl', ['application/vnd.ms-pkistl', 'application/sla', 'application/vnd.ms-pki.stl', 'application/x-navistyle']],
    ['stm', 'text/html'],
    ['stp', 'application/step'],
    ['str', 'application/vnd.pg.format'],
    ['stw', 'application/vnd.sun.xml.writer.template'],
    ['sub', 'image/vnd.dvb.subtitle'],
    ['sus', 'application/vnd.sus-calendar'],
    ['sv4cpio', 'application/x-sv4cpio'],
    ['sv4crc', 'application/x-sv4crc'],
    ['svc', 'application/vnd.dvb.service'],
    ['svd', 'application/vnd.svd'],
    ['svf', ['image/vnd.dwg', 'image/x-dwg']],
    ['svg', 'image/svg+xml'],
    ['svr', ['x-world/x-svr', 'application/x-world']],
    ['swf', 'application/x-shockwave-flash'],
    ['swi', 'application/vnd.aristanetworks.swi'],
    ['sxc', 'application/vnd.sun.xml.calc'],
    ['sxd', 'application/vnd.sun.xml.draw'],
    ['sxg', 'application/vnd.sun.xml.writer.global'],
    ['sxi', 'application/vnd.sun.xml.impress'],
    ['sxm', 'application/vnd.sun.xml.math'],
    ['sxw', 'application/vnd.sun.xml.writer'],
    ['t', ['text/troff', 'application/x-troff']],
    ['talk', 'text/x-speech'],
    ['tao', 'application/vnd.tao.intent-module-archive'],
    ['tar', 'application/x-tar'],
    ['tbk', ['application/toolbook', 'application/x-tbook']],
    ['tcap', 'application/vnd.3gpp2.tcap'],
    ['tcl', ['text/x-script.tcl', 'application/x-tcl']],
    ['tcsh', 'text/x-script.tcsh'],
    ['teacher', 'application/vnd.smart.teacher'],
    ['tei', 'application/tei+xml'],
    ['tex', 'application/x-tex'],
    ['texi', 'application/x-texinfo'],
    ['texinfo', 'application/x-texinfo'],
    ['text', ['application/plain', 'text/plain']],
    ['tfi', 'application/thraud+xml'],
    ['tfm', 'application/x-tex-tfm'],
    ['tgz', ['application/gnutar', 'application/x-compressed']],
    ['thmx', 'application/vnd.ms-officetheme'],
    ['tif', ['image/tiff', 'image/x-tiff']],
    ['tiff', ['image/tiff', 'image/x-tiff']],
    ['tmo', 'application/vnd.tmobile-livetv'],
    ['torrent', 'application/x-bittorrent'],
    ['tpl', 'application/vnd.groove-tool-template'],
    ['tpt', 'application/vnd.trid.tpt'],
    ['tr', 'application/x-troff'],
    ['tra', 'application/vnd.trueapp'],
    ['trm', 'application/x-msterminal'],
    ['tsd', 'application/timestamped-data'],
    ['tsi', 'audio/tsp-audio'],
    ['tsp', ['application/dsptype', 'audio/tsplayer']],
    ['tsv', 'text/tab-separated-values'],
    ['ttf', 'application/x-font-ttf'],
    ['ttl', 'text/turtle'],
    ['turbot', 'image/florian'],
    ['twd', 'application/vnd.simtech-mindmapper'],
    ['txd', 'application/vnd.genomatix.tuxedo'],
    ['txf', 'application/vnd.mobius.txf'],
    ['txt', 'text/plain'],
    ['ufd', 'application/vnd.ufdl'],
    ['uil', 'text/x-uil'],
    ['uls', 'text/iuls'],
    ['umj', 'application/vnd.umajin'],
    ['uni', 'text/uri-list'],
    ['unis', 'text/uri-list'],
    ['unityweb', 'application/vnd.unity'],
    ['unv', 'application/i-deas'],
    ['uoml', 'application/vnd.uoml+xml'],
    ['uri', 'text/uri-list'],
    ['uris', 'text/uri-list'],
    ['ustar', ['application/x-ustar', 'multipart/x-ustar']],
    ['utz', 'application/vnd.uiq.theme'],
    ['uu', ['application/octet-stream', 'text/x-uuencode']],
    ['uue', 'text/x-uuencode'],
    ['uva', 'audio/vnd.dece.audio'],
    ['uvh', 'video/vnd.dece.hd'],
    ['uvi', 'image/vnd.dece.graphic'],
    ['uvm', 'video/vnd.dece.mobile'],
    ['uvp', 'video/vnd.dece.pd'],
    ['uvs', 'video/vnd.dece.sd'],
    ['uvu', 'video/vnd.uvvu.mp4'],
    ['uvv', 'video/vnd.dece.video'],
    ['vcd', 'application/x-cdlink'],
    ['vcf', 'text/x-vcard'],
    ['vcg', 'application/vnd.groove-vcard'],
    ['vcs', 'text/x-vcalendar'],
    ['vcx', 'application/vnd.vcx'],
    ['vda', 'application/vda'],
    ['vdo', 'video/vdo'],
    ['vew', 'application/groupwise'],
    ['vis', 'application/vnd.visionary'],
    ['viv', ['video/vivo', 'video/vnd.vivo']],
    ['vivo', ['video/vivo', 'video/vnd.vivo']],
    ['vmd', 'application/vocaltec-media-desc'],
    ['vmf', 'application/vocaltec-media-file'],
    ['voc', ['audio/voc', 'audio/x-voc']],
    ['vos', 'video/vosaic'],
    ['vox', 'audio/voxware'],
    ['vqe', 'audio/x-twinvq-plugin'],
    ['vqf', 'audio/x-twinvq'],
    ['vql', 'audio/x-twinvq-plugin'],
    ['vrml', ['model/vrml', 'x-world/x-vrml', 'application/x-vrml']],
    ['vrt', 'x-world/x-vrt'],
    ['vsd', ['application/vnd.visio', 'application/x-visio']],
    ['vsf', 'application/vnd.vsf'],
    ['vst', 'application/x-visio'],
    ['vsw', 'application/x-visio'],
    ['vtu', 'model/vnd.vtu'],
    ['vxml', 'application/voicexml+xml'],
    ['w60', 'application/wordperfect6.0'],
    ['w61', 'application/wordperfect6.1'],
    ['w6w', 'application/msword'],
    ['wad', 'application/x-doom'],
    ['wav', ['audio/wav', 'audio/x-wav']],
    ['wax', 'audio/x-ms-wax'],
    ['wb1', 'application/x-qpro'],
    ['wbmp', 'image/vnd.wap.wbmp'],
    ['wbs', 'application/vnd.criticaltools.wbs+xml'],
    ['wbxml', 'application/vnd.wap.wbxml'],
    ['wcm', 'application/vnd.ms-works'],
    ['wdb', 'application/vnd.ms-works'],
    ['web', 'application/vnd.xara'],
    ['weba', 'audio/webm'],
    ['webm', 'video/webm'],
    ['webp', 'image/webp'],
    ['wg', 'application/vnd.pmi.widget'],
    ['wgt', 'application/widget'],
    ['wiz', 'application/msword'],
    ['wk1', 'application/x-123'],
    ['wks', 'application/vnd.ms-works'],
    ['wm', 'video/x-ms-wm'],
    ['wma', 'audio/x-ms-wma'],
    ['wmd', 'application/x-ms-wmd'],
    ['wmf', ['windows/metafile', 'application/x-msmetafile']],
    ['wml', 'text/vnd.wap.wml'],
    ['wmlc', 'application/vnd.wap.wmlc'],
    ['wmls', 'text/vnd.wap.wmlscript'],
    ['wmlsc', 'application/vnd.wap.wmlscriptc'],
    ['wmv', 'video/x-ms-wmv'],
    ['wmx', 'video/x-ms-wmx'],
    ['wmz', 'application/x-ms-wmz'],
    ['woff', 'application/x-font-woff'],
    ['word', 'application/msword'],
    ['wp', 'application/wordperfect'],
    ['wp5', ['application/wordperfect', 'application/wordperfect6.0']],
    ['wp6', 'application/wordperfect'],
    ['wpd', ['application/wordperfect', 'application/vnd.wordperfect', 'application/x-wpwin']],
    ['wpl', 'application/vnd.ms-wpl'],
    ['wps', 'application/vnd.ms-works'],
    ['wq1', 'application/x-lotus'],
    ['wqd', 'application/vnd.wqd'],
    ['wri', ['application/mswrite', 'application/x-wri', 'application/x-mswrite']],
    ['wrl', ['model/vrml', 'x-world/x-vrml', 'application/x-world']],
    ['wrz', ['model/vrml', 'x-world/x-vrml']],
    ['wsc', 'text/scriplet'],
    ['wsdl', 'application/wsdl+xml'],
    ['wspolicy', 'application/wspolicy+xml'],
    ['wsrc', 'application/x-wais-source'],
    ['wtb', 'application/vnd.webturbo'],
    ['wtk', 'application/x-wintalk'],
    ['wvx', 'video/x-ms-wvx'],
    ['x-png', 'image/png'],
    ['x3d', 'application/vnd.hzn-3d-crossword'],
    ['xaf', 'x-world/x-vrml'],
    ['xap', 'application/x-silverlight-app'],
    ['xar', 'application/vnd.xara'],
    ['xbap', 'application/x-ms-xbap'],
    ['xbd', 'application/vnd.fujixerox.docuworks.binder'],
    ['xbm', ['image/xbm', 'image/x-xbm', 'image/x-xbitmap']],
    ['xdf', 'application/xcap-diff+xml'],
    ['xdm', 'application/vnd.syncml.dm+xml'],
    ['xdp', 'application/vnd.adobe.xdp+xml'],
    ['xdr', 'video/x-amt-demorun'],
    ['xdssc', 'application/dssc+xml'],
    ['xdw', 'application/vnd.fujixerox.docuworks'],
    ['xenc', 'application/xenc+xml'],
    ['xer', 'application/patch-ops-error+xml'],
    ['xfdf', 'application/vnd.adobe.xfdf'],
    ['xfdl', 'application/vnd.xfdl'],
    ['xgz', 'xgl/drawing'],
    ['xhtml', 'application/xhtml+xml'],
    ['xif', 'image/vnd.xiff'],
    ['xl', 'application/excel'],
    ['xla', ['application/vnd.ms-excel', 'application/excel', 'application/x-msexcel', 'application/x-excel']],
    ['xlam', 'application/vnd.ms-excel.addin.macroenabled.12'],
    ['xlb', ['application/excel', 'application/vnd.ms-excel', 'application/x-excel']],
    ['xlc', ['application/vnd.ms-excel', 'application/excel', 'application/x-excel']],
    ['xld', ['application/excel', 'application/x-excel']],
    ['xlk', ['application/excel', 'application/x-excel']],
    ['xll', ['application/excel', 'application/vnd.ms-excel', 'application/x-excel']],
    ['xlm', ['application/vnd.ms-excel', 'application/excel', 'application/x-excel']],
    ['xls', ['application/vnd.ms-excel', 'application/excel', 'application/x-msexcel', 'application/x-excel']],
    ['xlsb', 'application/vnd.ms-excel.sheet.binary.macroenabled.12'],
    ['xlsm', 'application/vnd.ms-excel.sheet.macroenabled.12'],
    ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['xlt', ['application/vnd.ms-excel', 'application/excel', 'application/x-excel']],
    ['xltm', 'application/vnd.ms-excel.template.macroenabled.12'],
    ['xltx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.template'],
    ['xlv', ['application/excel', 'application/x-excel']],
    ['xlw', ['application/vnd.ms-excel', 'application/excel', 'application/x-msexcel', 'application/x-excel']],
    ['xm', 'audio/xm'],
    ['xml', ['application/xml', 'text/xml', 'application/atom+xml', 'application/rss+xml']],
    ['xmz', 'xgl/movie'],
    ['xo', 'application/vnd.olpc-sugar'],
    ['xof', 'x-world/x-vrml'],
    ['xop', 'application/xop+xml'],
    ['xpi', 'application/x-xpinstall'],
    ['xpix', 'application/x-vnd.ls-xpix'],
    ['xpm', ['image/xpm', 'image/x-xpixmap']],
    ['xpr', 'application/vnd.is-xpr'],
    ['xps', 'application/vnd.ms-xpsdocument'],
    ['xpw', 'application/vnd.intercon.formnet'],
    ['xslt', 'application/xslt+xml'],
    ['xsm', 'application/vnd.syncml+xml'],
    ['xspf', 'application/xspf+xml'],
    ['xsr', 'video/x-amt-showrun'],
    ['xul', 'application/vnd.mozilla.xul+xml'],
    ['xwd', ['image/x-xwd', 'image/x-xwindowdump']],
    ['xyz', ['chemical/x-xyz', 'chemical/x-pdb']],
    ['yang', 'application/yang'],
    ['yin', 'application/yin+xml'],
    ['z', ['application/x-compressed', 'application/x-compress']],
    ['zaz', 'application/vnd.zzazz.deck+xml'],
    ['zip', ['application/zip', 'multipart/x-zip', 'application/x-zip-compressed', 'application/x-compressed']],
    ['zir', 'application/vnd.zul'],
    ['zmm', 'application/vnd.handheld-entertainment+xml'],
    ['zoo', 'application/octet-stream'],
    ['zsh', 'text/x-script.zsh']
]);
function detectMimeType(filename) {
    if (!filename) {
        return defaultMimeType;
    }
    const parsed = external_node_path_.parse(filename);
    const extension = (parsed.ext.substr(1) || parsed.name || '').split('?').shift().trim().toLowerCase();
    const value = extensions.has(extension) ? extensions.get(extension) : defaultMimeType;
    if (Array.isArray(value)) {
        return value[0];
    }
    return value;
}
function detectExtension(mimeType) {
    if (!mimeType) {
        return defaultExtension;
    }
    const parts = mimeType.toLowerCase().trim().split('/');
    const rootType = parts.shift().trim();
    const subType = parts.join('/').trim();
    if (mime_types_mimeTypes.has(rootType + '/' + subType)) {
        const value = mime_types_mimeTypes.get(rootType + '/' + subType);
        if (Array.isArray(value)) {
            return value[0];
        }
        return value;
    }
    switch (rootType) {
        case 'text':
            return 'txt';
        default:
            return 'bin';
    }
}

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/shared/objects.js
var objects = __nccwpck_require__(7212);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-funcs/index.js
/* eslint no-control-regex:0 */




/**
 * Checks if a value is plaintext string (uses only printable 7bit chars)
 *
 * When isParam is set the value is destined for a header parameter, so HT, CR and LF
 * are not plaintext either: a header parameter has no way to carry them. HT is a valid
 * fold point, so folding and unfolding a header would rewrite it as a space, and CR/LF
 * cannot appear in a header value at all. DEL is neither a token character nor qtext,
 * so it can not be carried bare or quoted. Such values have to go through the rfc2231
 * parameter continuation encoding instead, the same way a quote already does.
 *
 * @param value String to be tested
 * @param [isParam] Set to true if the value is a header parameter value
 * @returns true if it is a plaintext string
 */
function isPlainText(value, isParam) {
    const re = isParam ? /[\x00-\x1f\x7f"\u0080-\uFFFF]/ : /[\x00-\x08\x0b\x0c\x0e-\x1f\u0080-\uFFFF]/;
    return typeof value === 'string' && !re.test(value);
}
// A parameter value goes out as is only when it is plain text that does not look like an encoded
// word. Receivers decode encoded words found in parameter values (libmime does so for unencoded
// continuations), so as plain text it would come back as something else
function isPlainParamValue(value) {
    return isPlainText(value, true) && !value.includes('=?');
}
/**
 * Wraps a value into a quoted-string. Inside one a quote would end the string early
 * and a backslash would escape whatever follows it, so both go out as quoted-pairs.
 *
 * @param value String to be quoted
 * @returns The value as a quoted-string, quotes included
 */
function quoteString(value) {
    return '"' + (value || '').toString().replace(/["\\]/g, '\\$&') + '"';
}
/**
 * Checks if a multi line string containes lines longer than the selected value.
 *
 * Useful when detecting if a mail message needs any processing at all:
 * if only plaintext characters are used and lines are short, then there is
 * no need to encode the values in any way. If the value is plaintext but has
 * longer lines then allowed, then use format=flowed
 *
 * @param str Multi line string to check
 * @param lineLength Max line length to check for
 * @returns Returns true if there is at least one line longer than lineLength chars
 */
function hasLongerLines(str, lineLength) {
    if (str.length > 128 * 1024) {
        // do not test strings longer than 128kB
        return true;
    }
    return new RegExp('^.{' + (lineLength + 1) + ',}', 'm').test(str);
}
/**
 * Encodes a string or an Buffer to an UTF-8 MIME Word (rfc2047)
 *
 * @param data String to be encoded
 * @param mimeWordEncoding='Q' Encoding for the mime word, either Q or B
 * @param [maxLength=0] If set, split mime words into several chunks if needed
 * @return Single or several mime words joined together
 */
function encodeWord(data, mimeWordEncoding, maxLength) {
    mimeWordEncoding = (mimeWordEncoding || 'Q').toString().toUpperCase().trim().charAt(0);
    maxLength = maxLength || 0;
    let encodedStr;
    const toCharset = 'UTF-8';
    if (maxLength && maxLength > 7 + toCharset.length) {
        maxLength -= 7 + toCharset.length;
    }
    if (mimeWordEncoding === 'Q') {
        // https://tools.ietf.org/html/rfc2047#section-5 rule (3)
        encodedStr = qp_encode(data).replace(/[^a-z0-9!*+\-/=]/gi, chr => {
            const ord = chr.charCodeAt(0).toString(16).toUpperCase();
            if (chr === ' ') {
                return '_';
            }
            return '=' + (ord.length === 1 ? '0' + ord : ord);
        });
    }
    else if (mimeWordEncoding === 'B') {
        // the chunking loop below splits raw text and base64 encodes each part, so a
        // Buffer goes in as its UTF-8 string: handing it the base64 of the whole input
        // would encode the encoding itself and decode back to base64 text
        encodedStr = typeof data === 'string' ? data : data.toString('utf-8');
        maxLength = maxLength ? Math.max(3, ((maxLength - (maxLength % 4)) / 4) * 3) : 0;
    }
    if (maxLength && (mimeWordEncoding !== 'B' ? encodedStr : encode(data)).length > maxLength) {
        if (mimeWordEncoding === 'Q') {
            encodedStr = splitMimeEncodedString(encodedStr, maxLength).join('?= =?' + toCharset + '?' + mimeWordEncoding + '?');
        }
        else {
            // RFC2047 6.3 (2) states that encoded-word must include an integral number of characters, so no chopping unicode sequences
            const parts = [];
            let lpart = '';
            for (let i = 0, len = encodedStr.length; i < len; i++) {
                let chr = encodedStr.charAt(i);
                if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
                    // leading surrogate, so add the trailing surrogate as well
                    // an unpaired one must not swallow the next unit, that would destroy
                    // a valid pair following it
                    chr += encodedStr.charAt(++i);
                }
                // check if we can add this character to the existing string
                // without breaking byte length limit
                if (Buffer.byteLength(lpart + chr) <= maxLength || i === 0) {
                    lpart += chr;
                }
                else {
                    // we hit the length limit, so push the existing string and start over
                    parts.push(encode(lpart));
                    lpart = chr;
                }
            }
            if (lpart) {
                parts.push(encode(lpart));
            }
            if (parts.length > 1) {
                encodedStr = parts.join('?= =?' + toCharset + '?' + mimeWordEncoding + '?');
            }
            else {
                encodedStr = parts.join('');
            }
        }
    }
    else if (mimeWordEncoding === 'B') {
        encodedStr = encode(data);
    }
    return '=?' + toCharset + '?' + mimeWordEncoding + '?' + encodedStr + (encodedStr.substr(-2) === '?=' ? '' : '?=');
}
// An encoded-word as RFC 2047 section 2 spells it: a charset token (with an optional RFC 2231
// language), B or Q, and encoded text without '?' or whitespace. None of the parts can hold the
// '?' that separates them, so the pattern never backtracks
const VALID_ENCODED_WORD = /^=\?[^\s()<>@,;:"/[\]?.=]+\?[BbQq]\?[^?\s]+\?=$/;
// What a lenient decoder reads as an encoded-word: libmime and Python decode
// '=?utf-8?Q?a b?=' across the space as well. Applied sticky at a '=?', and every part stops
// at the next '?', so it does not backtrack either
const LENIENT_ENCODED_WORD = /[=]\?[^?]*\?[BbQq]\?[^?]*\?=/y;
/**
 * Marks the text a receiver would read as an encoded-word when it is not one valid encoded-word
 * on its own. RFC 2047 section 7 requires that a word beginning with '=?' and ending with '?='
 * is a valid encoded-word, and decoders also decode a look-alike that spans whitespace, so
 * '=?utf-8?X?x?=' and 'see =?utf-8?Q?a b?= here' read differently on every receiver. A valid
 * encoded-word is left alone, which is what lets a caller pass a value that is already encoded,
 * as most other mail libraries do.
 *
 * The bounds of the word around each '=?' are found once per word and reused, walking back to
 * the start of a long word from every '=?' it holds would be quadratic.
 *
 * @param value String to look in
 * @param range The first and the last offset that needs encoding so far, -1 for none
 * @return The range, widened to cover the words of every invalid look-alike
 */
function _markInvalidEncodedWords(value, range) {
    const len = value.length;
    const isSpace = (pos) => /\s/.test(value.charAt(pos));
    // the word last looked at, its start and the offset just past it
    let wordStart = 0;
    let wordEnd = -1;
    const wordAt = (pos) => {
        if (pos < wordEnd) {
            return;
        }
        // the previous word ended at whitespace, so the walk back stops before reaching it
        wordStart = pos;
        while (wordStart > 0 && !isSpace(wordStart - 1)) {
            wordStart--;
        }
        wordEnd = pos;
        while (wordEnd < len && !isSpace(wordEnd)) {
            wordEnd++;
        }
    };
    let pos = value.indexOf('=?');
    while (pos >= 0) {
        wordAt(pos);
        const start = wordStart;
        LENIENT_ENCODED_WORD.lastIndex = pos;
        const match = LENIENT_ENCODED_WORD.exec(value);
        const end = match ? pos + match[0].length : wordEnd;
        if (match && end > wordEnd) {
            // the look-alike runs across whitespace, on to the word it ends in
            wordAt(end - 1);
        }
        const word = value.substring(start, wordEnd);
        // without a match, a word that begins with '=?' and ends with '?=' is still invalid
        const looksLike = match ? true : start === pos && word.length >= 4 && word.endsWith('?=');
        const valid = start === pos && wordEnd === end && word.length <= 75 && VALID_ENCODED_WORD.test(word);
        if (looksLike && !valid) {
            range[0] = range[0] < 0 ? start : Math.min(range[0], start);
            range[1] = Math.max(range[1], wordEnd - 1);
        }
        pos = value.indexOf('=?', match ? end : pos + 2);
    }
    return range;
}
/**
 * Finds word sequences with non ascii text, and words that look like an invalid encoded-word,
 * and converts these to mime words. A valid encoded-word is passed through as it is.
 *
 * @param value String to be encoded
 * @param mimeWordEncoding='Q' Encoding for the mime word, either Q or B
 * @param [maxLength=0] If set, split mime words into several chunks if needed
 * @param [encodeAll=false] If true and the value needs encoding then encodes entire string, not just the smallest match
 * @return String with possible mime words
 */
function encodeWords(value, mimeWordEncoding, maxLength, encodeAll) {
    maxLength = maxLength || 0;
    // find the first and the last character that needs encoding, a quote or anything outside
    // printable ascii. A scan rather than a regex: matching the last such word with a
    // backtracking pattern took quadratic time on a long word of non-ascii characters
    let firstSpecial = -1;
    let lastSpecial = -1;
    for (let i = 0; i < value.length; i++) {
        const code = value.charCodeAt(i);
        if (code === 0x22 || code >= 0x80) {
            if (firstSpecial < 0) {
                firstSpecial = i;
            }
            lastSpecial = i;
        }
    }
    if (value.indexOf('=?') >= 0) {
        [firstSpecial, lastSpecial] = _markInvalidEncodedWords(value, [firstSpecial, lastSpecial]);
    }
    if (firstSpecial < 0) {
        return value;
    }
    if (encodeAll) {
        // the value needs encoding and it is requested to encode everything
        return encodeWord(value, mimeWordEncoding, maxLength);
    }
    // encode from the start of the word holding the first such character to the end of the
    // word holding the last one, so the encoded words stay separated from the plain text by
    // the whitespace that was already there
    let startIndex = firstSpecial;
    while (startIndex > 0 && !/\s/.test(value.charAt(startIndex - 1))) {
        startIndex--;
    }
    let endIndex = lastSpecial + 1;
    while (endIndex < value.length && !/\s/.test(value.charAt(endIndex))) {
        endIndex++;
    }
    return ((startIndex ? value.substr(0, startIndex) : '') +
        encodeWord(value.substring(startIndex, endIndex), mimeWordEncoding || 'Q', maxLength) +
        (endIndex < value.length ? value.substr(endIndex) : ''));
}
/**
 * Joins parsed header value together as 'value; param1=value1; param2=value2'
 * PS: We are following RFC 822 for the list of special characters that we need to keep in quotes.
 *      Refer: https://www.w3.org/Protocols/rfc1341/4_Content-Type.html
 * @param structured Parsed header value
 * @return joined header value
 */
function buildHeaderValue(structured) {
    const paramsArray = [];
    Object.keys(structured.params || {}).forEach(key => {
        // filename might include unicode characters so it is a special case
        // other values probably do not
        const value = structured.params[key];
        // a parameter name is a token too and it is emitted without any quoting around it
        const param = key.replace(/[\x00-\x1f\x7f]/g, '');
        if (!isPlainParamValue(value) || value.length >= 75) {
            buildHeaderParam(param, value, 50).forEach(encodedParam => {
                if (!/[\s"\\;:/=(),<>@[\]?]|^[-']|'$/.test(encodedParam.value) || encodedParam.key.substr(-1) === '*') {
                    paramsArray.push(encodedParam.key + '=' + encodedParam.value);
                }
                else {
                    paramsArray.push(encodedParam.key + '=' + JSON.stringify(encodedParam.value));
                }
            });
        }
        else if (!value.length || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(value)) {
            // a parameter value is a token or a quoted-string and a token is never empty, so
            // a valueless parameter such as the 'flag' of 'multipart/mixed; flag; boundary=b'
            // goes out as 'flag=""' rather than as the 'flag=' that parses as neither
            paramsArray.push(param + '=' + JSON.stringify(value));
        }
        else {
            paramsArray.push(param + '=' + value);
        }
    });
    // the value ahead of the parameters is a token, it has no way to carry a control
    // char or DEL and there is no quoting construct around it to escape one into
    const value = typeof structured.value === 'string' ? structured.value.replace(/[\x00-\x1f\x7f]/g, '') : structured.value;
    return value + (paramsArray.length ? '; ' + paramsArray.join('; ') : '');
}
/**
 * Encodes a string or an Buffer to an UTF-8 Parameter Value Continuation encoding (rfc2231)
 * Useful for splitting long parameter values.
 *
 * For example
 *      title="unicode string"
 * becomes
 *     title*0*=utf-8''unicode
 *     title*1*=%20string
 *
 * @param key Parameter name the generated keys are built from, for example title
 * @param data String to be encoded
 * @param [maxLength=50] Max length for generated chunks
 * @return A list of encoded keys and headers
 */
function buildHeaderParam(key, data, maxLength) {
    const list = [];
    let encodedStr = typeof data === 'string' ? data : (data || '').toString();
    let chr;
    let line;
    let startPos = 0;
    let i, len;
    maxLength = maxLength || 50;
    // process ascii only text
    if (isPlainParamValue(data)) {
        // check if conversion is even needed
        if (encodedStr.length <= maxLength) {
            return [
                {
                    key,
                    value: encodedStr
                }
            ];
        }
        encodedStr = encodedStr.replace(new RegExp('.{' + maxLength + '}', 'g'), str => {
            list.push({
                line: str
            });
            return '';
        });
        if (encodedStr) {
            list.push({
                line: encodedStr
            });
        }
    }
    else {
        if (/[\uD800-\uDBFF]/.test(encodedStr)) {
            // string containts surrogate pairs, so normalize it to an array of bytes
            const encodedStrArr = [];
            for (i = 0, len = encodedStr.length; i < len; i++) {
                chr = encodedStr.charAt(i);
                if (/[\ud800-\udbff]/.test(chr) && /[\udc00-\udfff]/.test(encodedStr.charAt(i + 1))) {
                    // an unpaired leading surrogate must not consume the next unit, that
                    // would tear apart a valid pair following it
                    chr += encodedStr.charAt(i + 1);
                    encodedStrArr.push(chr);
                    i++;
                }
                else {
                    encodedStrArr.push(chr);
                }
            }
            encodedStr = encodedStrArr;
        }
        // first line includes the charset and language info and needs to be encoded
        // even if it does not contain any unicode characters
        line = "utf-8''";
        let encoded = true;
        startPos = 0;
        // process text with unicode or special chars
        for (i = 0, len = encodedStr.length; i < len; i++) {
            chr = encodedStr[i];
            if (encoded) {
                chr = safeEncodeURIComponent(chr);
            }
            else {
                // try to urlencode current char
                chr = chr === ' ' ? chr : safeEncodeURIComponent(chr);
                // By default it is not required to encode a line, the need
                // only appears when the string contains unicode or special chars
                // in this case we start processing the line over and encode all chars
                if (chr !== encodedStr[i]) {
                    // Check if it is even possible to add the encoded char to the line
                    // If not, there is no reason to use this line, just push it to the list
                    // and start a new line with the char that needs encoding
                    if ((safeEncodeURIComponent(line) + chr).length >= maxLength) {
                        list.push({
                            line,
                            encoded
                        });
                        // the line we start here holds an encoded char, so it has to be
                        // flagged as one. otherwise it gets an unstarred continuation key
                        // and a receiver reads the percent escapes as literal text
                        line = '';
                        encoded = true;
                    }
                    else {
                        encoded = true;
                        i = startPos;
                        line = '';
                        continue;
                    }
                }
            }
            // if the line is already too long, push it to the list and start a new one
            if ((line + chr).length >= maxLength) {
                list.push({
                    line,
                    encoded
                });
                line = chr = encodedStr[i] === ' ' ? ' ' : safeEncodeURIComponent(encodedStr[i]);
                if (chr === encodedStr[i]) {
                    encoded = false;
                    startPos = i - 1;
                }
                else {
                    encoded = true;
                }
            }
            else {
                line += chr;
            }
        }
        if (line) {
            list.push({
                line,
                encoded
            });
        }
    }
    return list.map((item, i) => ({
        // encoded lines: {name}*{part}*
        // unencoded lines: {name}*{part}
        // if any line needs to be encoded then the first line (part==0) is always encoded
        key: key + '*' + i + (item.encoded ? '*' : ''),
        value: item.line
    }));
}
/**
 * An RFC 2045 token: printable ASCII without SPACE, the control characters, DEL and the
 * tspecials. A charset name is one, and the name a continuation carries is written into
 * the encoded word the parameter value becomes, so it is checked against this before it
 * goes in. Whitespace used to come off it only because the value was trimmed first.
 */
const TOKEN = /^[^\x00-\x20\x7f()<>@,;:\\"/[\]?=]+$/;
/**
 * Offset of the ')' that closes the RFC 822 comment opening at `start`, or -1 when the
 * comment never closes. Comments nest, and a backslash escapes the character after it
 */
function _findCommentEnd(str, start) {
    let depth = 0;
    for (let i = start, len = str.length; i < len; i++) {
        const c = str.charAt(i);
        if (c === '\\') {
            i++;
        }
        else if (c === '(') {
            depth++;
        }
        else if (c === ')' && --depth === 0) {
            return i;
        }
    }
    return -1;
}
/**
 * Whether a string can be a header parameter name.
 *
 * A parameter name is a token, so it is never empty. A "__proto__" name would target the
 * prototype chain of the params object instead of an own property of it and read back as
 * Object.prototype, so it is no name either.
 *
 * @param name Candidate parameter name, already lowercased
 * @return true when the name can be used
 */
function _isParamName(name) {
    return !!name && !(0,objects/* isProtoKey */.a)(name);
}
/**
 * Parses a header value with key=value arguments into a structured
 * object.
 *
 *   parseHeaderValue('content-type: text/plain; CHARSET='UTF-8'') ->
 *   {
 *     'value': 'text/plain',
 *     'params': {
 *       'charset': 'UTF-8'
 *     }
 *   }
 *
 * @param str Header value
 * @param options Options, see ParseHeaderValueOptions
 * @return Header value as a parsed structure
 */
function parseHeaderValue(str, options) {
    const response = {
        value: '',
        params: {}
    };
    // Cleared again by an unclosed '(', see the loop
    let stripComments = !!options?.stripComments;
    // A duplicated parameter resolves to its first occurrence, the way a duplicated header
    // does. Letting the last one win disagrees with the receivers that take the first, and
    // the two readings of 'boundary="b"; boundary="c"' name different delimiters. The
    // continuation join below is the only writer of the name it builds, so it tests the
    // name with _isParamName directly rather than taking that rule along from here.
    const setParam = (name, value) => {
        name = name.toLowerCase();
        if (_isParamName(name) && !Object.prototype.hasOwnProperty.call(response.params, name)) {
            response.params[name] = value;
        }
    };
    let key = false;
    let value = '';
    let stage = 'value';
    let quote = false;
    let escaped = false;
    let chr;
    // Whitespace seen outside a quoted string is held back until a significant character
    // follows it, so the whitespace around a value is dropped without trimming spaces the
    // sender quoted on purpose. Trimming the stored value instead loses the trailing space
    // of 'filename*0="Annual Report "', which the next continuation section is appended to.
    let pendingSpace = '';
    let quoteClosed = false;
    // Whitespace ahead of the first character of a value is padding and is dropped, the
    // whitespace between two characters of it is content
    const flushSpace = () => {
        if (value.length) {
            value += pendingSpace;
        }
        pendingSpace = '';
    };
    const addChr = (c) => {
        flushSpace();
        value += c;
    };
    const takeValue = () => {
        const taken = value;
        value = '';
        pendingSpace = '';
        quoteClosed = false;
        return taken;
    };
    const storeValue = () => {
        const taken = takeValue();
        if (key === false) {
            response.value = taken;
        }
        else {
            setParam(key, taken);
        }
    };
    // A parameter name with no '=' is a valueless parameter, not the start of the next one.
    // Without this the name keeps growing across the ';' and swallows whatever follows, which
    // is how 'multipart/mixed; flag; boundary="AAA"' lost its boundary to a parameter named
    // 'flag; boundary' and left the node declaring the generated boundary beside the asked
    // for one, so a receiver reading the first of the two found no delimiter it matched.
    const storeEmptyKey = () => {
        setParam(takeValue().trim(), '');
    };
    for (let i = 0, len = str.length; i < len; i++) {
        chr = str.charAt(i);
        // With stripComments, an RFC 822 comment stands anywhere outside a quoted string but
        // right behind a token it would continue, see ParseHeaderValueOptions. In the value
        // of a parameter, no pending whitespace means the last significant character was the
        // '=' or a character of the token
        if (stripComments && chr === '(' && !quote && !quoteClosed && !(stage === 'value' && key !== false && !pendingSpace)) {
            let end = _findCommentEnd(str, i);
            if (end < 0 && str.indexOf(';', i) < 0) {
                // a comment that never closes runs to the end of the value, unless a
                // parameter follows it, which is content then and survives
                end = len - 1;
            }
            if (end >= 0) {
                i = end;
                continue;
            }
            // looking for a closing ')' again would scan a run of unclosed '(' to its end
            // once for each of them
            stripComments = false;
        }
        if (stage === 'key') {
            if (chr === '=') {
                key = takeValue().trim();
                stage = 'value';
                continue;
            }
            if (chr === ';') {
                storeEmptyKey();
                continue;
            }
            value += chr;
        }
        else {
            if (quoteClosed && chr !== ';') {
                // Nothing behind a closed quoted string reaches the value. RFC 2045 says a
                // parameter value is a token or a quoted string and not both, so what follows
                // one is junk and only the ';' that ends the parameter still counts. Tested
                // ahead of the branches rather than beside the append at the foot of them,
                // where each branch above was a way around it: a second '"' reopened quoting
                // and swallowed the rest of the header, so 'boundary="AAA" "; boundary=BBB"'
                // read as a single boundary of 'AAA ', and the junk of
                // 'boundary="AAA" (unterminated comment' still joined the declared boundary
                // through the escape branch. quoteClosed is only ever set while no quote is
                // open, and this is what keeps one from being opened afterwards.
                escaped = false;
                continue;
            }
            if (escaped) {
                addChr(chr);
            }
            else if (quote && chr === '\\') {
                // a backslash only escapes inside a quoted string, everywhere else it is an
                // ordinary character. Treating it as an escape turns the parameter value
                // 'C:\Users\me\report.txt' into 'C:Usersmereport.txt'
                escaped = true;
                continue;
            }
            else if (quote && chr === quote) {
                quote = false;
                quoteClosed = true;
            }
            else if (!quote && chr === '"') {
                quote = chr;
                flushSpace();
            }
            else if (!quote && chr === ';') {
                storeValue();
                stage = 'key';
            }
            else if (!quote && (chr === ' ' || chr === '\t')) {
                pendingSpace += chr;
            }
            else {
                addChr(chr);
            }
            escaped = false;
        }
    }
    if (stage === 'value') {
        storeValue();
    }
    else {
        // a key with no value, as in 'Header-Key: somevalue; key=value; emptykey'
        storeEmptyKey();
    }
    // handle parameter value continuations
    // https://tools.ietf.org/html/rfc2231#section-3
    // Sections are collected in a list and ordered below rather than written into an array
    // at their own section number. An index write makes the array as long as the number the
    // header asked for, and the join that follows walks all of it, so the 55 byte value
    // "attachment; filename*0*=utf-8''a; filename*4000000000=b" held a core for over two
    // minutes.
    const continuations = new Map();
    Object.keys(response.params).forEach(key => {
        const match = key.match(/(\*(\d+)|\*(\d+)\*|\*)$/);
        if (!match) {
            // not a continuation parameter, there is nothing to join
            return;
        }
        const actualKey = key.substr(0, match.index);
        const nr = Number(match[2] || match[3]) || 0;
        // RFC 2231 section 4.1: only a section whose name ends in '*' is percent encoded
        const encoded = match[0].substr(-1) === '*';
        // remove the old reference
        let value = response.params[key];
        delete response.params[key];
        if (!_isParamName(actualKey)) {
            // the joined value can not be written back under this name. It is empty when the
            // continuation suffix was all there was of it, as in the bare '*' of 'text/plain; a;*'
            return;
        }
        let continuation = continuations.get(actualKey);
        if (!continuation) {
            continuation = { charset: false, sections: [] };
            continuations.set(actualKey, continuation);
        }
        const charsetMatch = nr === 0 && encoded ? value.match(/^([^']*)'[^']*'(.*)$/) : null;
        if (charsetMatch) {
            // the charset is a token, and anything else named as one is no charset a consumer
            // could resolve, so it reads as the unnamed case rather than being carried into
            // the encoded word below. A "\r\n" of a prefix would otherwise reach a consumer
            // of the parsed value as the charset of a word that no decoder can act on
            continuation.charset = TOKEN.test(charsetMatch[1]) ? charsetMatch[1] : 'iso-8859-1';
            value = charsetMatch[2];
        }
        continuation.sections.push({ nr, value, encoded });
    });
    // concatenate split rfc2231 strings and convert encoded strings to mime encoded words
    continuations.forEach((continuation, key) => {
        if (Object.prototype.hasOwnProperty.call(response.params, key)) {
            // The same name was also given as a plain parameter, which the starred keys were
            // just deleted from around, so this write would be the only one in the function
            // to override a name already taken. 'filename=plain.txt; filename*0=evil.txt'
            // resolves to the plain parameter either way round, so the reading does not come
            // down to which of the two spellings the sender put first
            return;
        }
        continuation.sections.sort((a, b) => a.nr - b.nr);
        if (!continuation.charset) {
            // nothing said which charset the percent escapes of an encoded section are in,
            // so every section is passed on as the text it already is
            response.params[key] = continuation.sections.map(section => section.value).join('');
            return;
        }
        // convert "%AB" to "=?charset?Q?=AB?="
        response.params[key] = '=?' + continuation.charset + '?Q?' + continuation.sections.map(_encodeContinuationSection).join('') + '?=';
    });
    return response;
}
/**
 * Renders one parameter value continuation section as the payload of a Q encoded word.
 *
 * A section whose name ends in '*' is percent encoded and its escapes carry the bytes of
 * the value, so they only have to be rewritten into the "=AB" spelling a Q encoded word
 * uses. A section without the '*' is literal text (RFC 2231 section 4.1), so its '%' is a
 * '%' and is escaped along with the characters a Q encoded word can not carry bare.
 * Decoding a literal section invents bytes that never appeared on the wire: it is how the
 * value 'filename*0*=utf-8''safe; filename*1=%2F..%2F..%2Fetc%2Fpasswd' was emitted as a
 * filename every receiving client reads back as 'safe/../../etc/passwd'.
 *
 * @param section One collected continuation section
 * @return The section as Q encoded word payload
 */
function _encodeContinuationSection(section) {
    const specials = section.encoded ? /[=?_\s]/g : /[=?_\s%]/g;
    return (section.value
        // fix invalidly encoded chars
        .replace(specials, s => {
        const c = s.charCodeAt(0).toString(16);
        if (s === ' ') {
            return '_';
        }
        return '%' + (c.length < 2 ? '0' : '') + c;
    })
        // change from urlencoding to percent encoding
        .replace(/%/g, '='));
}
/**
 * Returns file extension for a content type string. If no suitable extensions
 * are found, 'bin' is used as the default extension
 *
 * @param mimeType Content type to be checked for
 * @return File extension
 */
function mime_funcs_detectExtension(mimeType) {
    return detectExtension(mimeType);
}
/**
 * Returns content type for a file extension. If no suitable content types
 * are found, 'application/octet-stream' is used as the default content type
 *
 * @param extension Extension to be checked for
 * @return File extension
 */
function mime_funcs_detectMimeType(extension) {
    return detectMimeType(extension);
}
/**
 * Folds long lines, useful for folding header lines (afterSpace=false) and
 * flowed text (afterSpace=true)
 *
 * @param str String to be folded
 * @param [lineLength=76] Maximum length of a line
 * @param afterSpace If true, leave a space in th end of a line
 * @return String with folded lines
 */
function foldLines(str, lineLength, afterSpace) {
    str = (str || '').toString();
    lineLength = lineLength || 76;
    let pos = 0;
    const len = str.length;
    let result = '';
    let line, match;
    while (pos < len) {
        line = str.substr(pos, lineLength);
        if (line.length < lineLength) {
            result += line;
            break;
        }
        if ((match = line.match(/^[^\n\r]*(\r?\n|\r)/))) {
            line = match[0];
            result += line;
            pos += line.length;
            continue;
        }
        else if ((match = line.match(/(\s+)[^\s]*$/)) && match[0].length - (afterSpace ? (match[1] || '').length : 0) < line.length) {
            line = line.substr(0, line.length - (match[0].length - (afterSpace ? (match[1] || '').length : 0)));
        }
        else if ((match = str.substr(pos + line.length).match(/^[^\s]+(\s*)/))) {
            line = line + match[0].substr(0, match[0].length - (!afterSpace ? (match[1] || '').length : 0));
        }
        result += line;
        pos += line.length;
        if (pos < len) {
            result += '\r\n';
        }
    }
    return result;
}
/**
 * Splits a mime encoded string. Needed for dividing mime words into smaller chunks
 *
 * @param str Mime encoded string to be split up
 * @param maxlen Maximum length of characters for one part (minimum 12)
 * @return Split string
 */
function splitMimeEncodedString(str, maxlen) {
    const lines = [];
    let curLine, fallbackLine, match, chr, done;
    // require at least 12 symbols to fit possible 4 octet UTF-8 sequences
    maxlen = Math.max(maxlen || 0, 12);
    while (str.length) {
        curLine = str.substr(0, maxlen);
        // move incomplete escaped char back to main
        if ((match = curLine.match(/[=][0-9A-F]?$/i))) {
            curLine = curLine.substr(0, match.index);
        }
        // Malformed input (a run of stray UTF-8 continuation bytes) has no split point
        // that keeps a character sequence whole, so the loop below walks back to an
        // empty line looking for one. Keep the widest chunk that at least does not cut
        // a "=XX" escape in half, so the part stays a decodable encoded word.
        fallbackLine = curLine.length ? curLine : str.substr(0, maxlen);
        done = false;
        while (!done && curLine.length) {
            done = true;
            // check if not middle of a unicode char sequence
            if ((match = str.substr(curLine.length).match(/^[=]([0-9A-F]{2})/i))) {
                chr = parseInt(match[1], 16);
                // invalid sequence, move one char back anc recheck
                if (chr < 0xc2 && chr > 0x7f) {
                    curLine = curLine.substr(0, curLine.length - 3);
                    done = false;
                }
            }
        }
        if (!curLine.length) {
            curLine = fallbackLine;
        }
        lines.push(curLine);
        str = str.substr(curLine.length);
    }
    return lines;
}
function encodeURICharComponent(chr) {
    let res = '';
    let ord = chr.charCodeAt(0).toString(16).toUpperCase();
    if (ord.length % 2) {
        ord = '0' + ord;
    }
    if (ord.length > 2) {
        for (let i = 0, len = ord.length / 2; i < len; i++) {
            res += '%' + ord.substr(i, 2);
        }
    }
    else {
        res += '%' + ord;
    }
    return res;
}
function safeEncodeURIComponent(str) {
    str = (str || '').toString();
    try {
        // might throw if we try to encode invalid sequences, eg. partial emoji
        str = encodeURIComponent(str);
    }
    catch (_E) {
        // an unpaired surrogate has no utf-8 representation, so run the value through a
        // utf-8 roundtrip to get the same U+FFFD every other encoder here produces and
        // retry. the value must never come back unencoded, it goes into a header parameter
        // where a bare quote or semicolon would break it out into a parameter of its own
        str = encodeURIComponent(Buffer.from(str, 'utf-8').toString('utf-8'));
    }
    // ensure chars that are not handled by encodeURICompent are converted as well
    return str.replace(/[\x00-\x1F *'()<>@,;:\\"[\]?=\u007F-\uFFFF]/g, chr => encodeURICharComponent(chr));
}

// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/addressparser/index.js
var addressparser = __nccwpck_require__(2844);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/fetch/index.js + 2 modules
var fetch = __nccwpck_require__(9354);
// EXTERNAL MODULE: ./node_modules/nodemailer/dist/esm/errors.js
var errors = __nccwpck_require__(2809);
;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-node/last-newline.js

class LastNewline extends external_node_stream_.Transform {
    constructor() {
        super();
        this.lastByte = false;
    }
    /** @internal */
    _transform(chunk, encoding, done) {
        if (chunk.length) {
            this.lastByte = chunk[chunk.length - 1];
        }
        this.push(chunk);
        done();
    }
    /** @internal */
    _flush(done) {
        if (this.lastByte === 0x0a) {
            return done();
        }
        if (this.lastByte === 0x0d) {
            this.push(Buffer.from('\n'));
            return done();
        }
        this.push(Buffer.from('\r\n'));
        return done();
    }
}

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-node/le-windows.js

/**
 * Ensures that only <CR><LF> sequences are used for linebreaks
 *
 * @param options Stream options
 */
class LeWindows extends external_node_stream_.Transform {
    constructor(options) {
        super(options);
        this.lastByte = false;
    }
    /**
     * Escapes dots
     * @internal
     */
    _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
            if (chunk[i] === 0x0a) {
                // \n
                if ((i && chunk[i - 1] !== 0x0d) || (!i && this.lastByte !== 0x0d)) {
                    if (i > lastPos) {
                        buf = chunk.slice(lastPos, i);
                        this.push(buf);
                    }
                    this.push(Buffer.from('\r\n'));
                    lastPos = i + 1;
                }
            }
        }
        if (lastPos && lastPos < chunk.length) {
            buf = chunk.slice(lastPos);
            this.push(buf);
        }
        else if (!lastPos) {
            this.push(chunk);
        }
        this.lastByte = chunk[chunk.length - 1];
        done();
    }
}

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-node/le-unix.js

/**
 * Ensures that only <LF> is used for linebreaks
 *
 * @param options Stream options
 */
class LeUnix extends external_node_stream_.Transform {
    constructor(options) {
        super(options);
    }
    /**
     * Escapes dots
     * @internal
     */
    _transform(chunk, encoding, done) {
        let buf;
        let lastPos = 0;
        for (let i = 0, len = chunk.length; i < len; i++) {
            if (chunk[i] === 0x0d) {
                // \r
                buf = chunk.slice(lastPos, i);
                lastPos = i + 1;
                this.push(buf);
            }
        }
        if (lastPos && lastPos < chunk.length) {
            buf = chunk.slice(lastPos);
            this.push(buf);
        }
        else if (!lastPos) {
            this.push(chunk);
        }
        done();
    }
}

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mime-node/index.js
/* eslint no-undefined: 0, prefer-spread: 0, no-control-regex: 0 */













const FORMATTED_HEADERS = ['From', 'Sender', 'To', 'Cc', 'Bcc', 'Reply-To', 'Date', 'References'];
// RFC 5321 atext, plus the non-ascii bytes that SMTPUTF8 (RFC 6531) adds to it. A local part
// built from these, with '.' as a separator, is a dot-atom and can be emitted bare
const ATEXT = "[A-Za-z0-9!#$%&'*+\\-/=?^_`{|}~\\x80-\\uFFFF]";
const DOT_ATOM = new RegExp('^' + ATEXT + '+(?:\\.' + ATEXT + '+)*$');
// A complete quoted-string: everything between the outer quotes is either a plain char or
// a quoted-pair. Anchored, so a value that only starts and ends with a quote does not pass
const QUOTED_STRING = /^"(?:[^"\\]|\\[\s\S])*"$/;
// An address that carries no special anywhere can be emitted bare in a header, everything
// else goes into angle brackets so that the header can not be read as more addresses than
// the envelope carries
const PLAIN_ADDRESS = /^[^\s"(),:;<>@[\\\]]+@[^\s"(),:;<>@[\\\]]+$/;
/**
 * A domain literal that ends an address, see _normalizeAddress
 */
const DOMAIN_LITERAL_TAIL = /@(\[[^[\]\\]*\])$/;
/**
 * Removes the whitespace inside every <...> of a References value. A "<" with no ">" after
 * it is left as it is. An index scan, the regex /<[^>]*>/g rescans the rest of the value
 * from every such "<"
 *
 * @param value References header value
 * @returns The value with the msg-ids closed up
 */
function stripWhitespaceInAngleBrackets(value) {
    let result = '';
    let pos = 0;
    for (;;) {
        const open = value.indexOf('<', pos);
        if (open < 0) {
            break;
        }
        const close = value.indexOf('>', open + 1);
        if (close < 0) {
            break;
        }
        result += value.slice(pos, open) + value.slice(open, close + 1).replace(/\s/g, '');
        pos = close + 1;
    }
    return result + value.slice(pos);
}
// pipeline() needs a callback to not throw, the errors it sees reach the last stream anyway
const PIPELINE_NOOP = () => false;
// The error a node streaming into an output that was destroyed stops with
function abortedError() {
    const err = new Error('Message stream was closed before the message was generated');
    err.code = errors/* ESTREAM */.uk;
    return err;
}
/**
 * Removes the characters that must never reach a multipart delimiter line.
 *
 * A line break splits the delimiter, so the boundary declared in the header can never
 * match it again and the parts go out as body lines instead. The other C0 controls and
 * DEL do not split anything but must not be written either: RFC 5321 does not allow a
 * NUL in DATA at all, and an MTA or a scanner that stops at one reads a different
 * message than a client that does not, which is the same parser disagreement a split
 * delimiter creates. Both sides are cleaned together, since the declared value and the
 * delimiters come from this one result.
 *
 * @param value Value to clean
 * @return Value with every control character removed
 */
function _stripBoundaryControls(value) {
    return value.replace(/[\x00-\x1f\x7f]+/g, '');
}
/**
 * Creates a new mime tree node. Assumes 'multipart/*' as the content type
 * if it is a branch, anything else counts as leaf. If rootNode is missing from
 * the options, assumes this is the root.
 *
 * @param contentType Define the content type for the node. Can be left blank for attachments (derived from filename)
 * @param [options] optional options
 * @param [options.rootNode] root node for this tree
 * @param [options.parentNode] immediate parent for this node
 * @param [options.filename] filename for an attachment node
 * @param [options.baseBoundary] shared part of the unique multipart boundary
 * @param [options.keepBcc] If true, do not exclude Bcc from the generated headers
 * @param [options.normalizeHeaderKey] method to normalize header keys for custom caseing
 * @param [options.textEncoding] either 'Q' (the default) or 'B'
 */
class MimeNode {
    constructor(contentType, options) {
        this.nodeCounter = 0;
        options = options || {};
        /**
         * shared part of the unique multipart boundary. Control characters are dropped
         * here rather than at the delimiter, see _stripBoundaryControls
         */
        this.baseBoundary = _stripBoundaryControls(options.baseBoundary || external_node_crypto_.randomBytes(8).toString('hex'));
        this.boundaryPrefix = _stripBoundaryControls(options.boundaryPrefix || '--_NmP');
        this.disableFileAccess = !!options.disableFileAccess;
        this.disableUrlAccess = !!options.disableUrlAccess;
        this.normalizeHeaderKey = options.normalizeHeaderKey;
        /**
         * If date headers is missing and current node is the root, this value is used instead
         */
        this.date = options.parentNode ? null : new Date();
        /**
         * Root node for current mime tree
         */
        this.rootNode = options.rootNode || this;
        /**
         * If true include Bcc in generated headers (if available)
         */
        this.keepBcc = !!options.keepBcc;
        /**
         * If filename is specified but contentType is not (probably an attachment)
         * detect the content type from filename extension
         */
        if (options.filename) {
            /**
             * Filename for this node. Useful with attachments
             */
            this.filename = options.filename;
            if (!contentType) {
                contentType = mime_funcs_detectMimeType(this.filename.split('.').pop());
            }
        }
        /**
         * Indicates which encoding should be used for header strings: "Q" or "B"
         */
        this.textEncoding = (options.textEncoding || '').toString().trim().charAt(0).toUpperCase();
        /**
         * Immediate parent for this node (or undefined if not set)
         */
        this.parentNode = options.parentNode;
        /**
         * Hostname for default message-id values
         */
        this.hostname = options.hostname;
        /**
         * If set to 'win' then uses \r\n, if 'linux' then \n. If not set (or `raw` is used) then newlines are kept as is.
         */
        this.newline = options.newline;
        /**
         * An array for possible child nodes
         */
        this.childNodes = [];
        /**
         * Used for generating unique boundaries (prepended to the shared base)
         */
        this._nodeId = ++this.rootNode.nodeCounter;
        /**
         * A list of header values for this node in the form of [{key:'', value:''}]
         */
        this._headers = [];
        /**
         * True if the content only uses ASCII printable characters
         * @type {Boolean}
         */
        this._isPlainText = false;
        /**
         * True if the content is plain text but has longer lines than allowed
         * @type {Boolean}
         */
        this._hasLongLines = false;
        /**
         * If set, use instead this value for envelopes instead of generating one
         * @type {Boolean}
         */
        this._envelope = false;
        /**
         * If set then use this value as the stream content instead of building it
         * @type {String|Buffer|Stream}
         */
        this._raw = false;
        /**
         * Additional transform streams that the message will be piped before
         * exposing by createReadStream
         * @type {Array}
         */
        this._transforms = [];
        /**
         * Additional process functions that the message will be piped through before
         * exposing by createReadStream. These functions are run after transforms
         * @type {Array}
         */
        this._processFuncs = [];
        /**
         * If content type is set (or derived from the filename) add it to headers
         */
        if (contentType) {
            this.setHeader('Content-Type', contentType);
        }
    }
    /////// PUBLIC METHODS
    /**
     * Creates and appends a child node.Arguments provided are passed to MimeNode constructor
     *
     * @param [contentType] Optional content type
     * @param [options] Optional options object
     * @return Created node object
     */
    createChild(contentType, options) {
        if (!options && typeof contentType === 'object') {
            options = contentType;
            contentType = undefined;
        }
        const node = new MimeNode(contentType, options);
        this.appendChild(node);
        return node;
    }
    /**
     * Appends an existing node to the mime tree. Removes the node from an existing
     * tree if needed
     *
     * @param childNode node to be appended
     * @return Appended node object
     */
    appendChild(childNode) {
        // Take the node out of the tree it is in first. Leaving it there keeps it in that
        // parent's childNodes, so it still streams as part of the old tree while parentNode
        // already points at the new one, and anything read off the parent chain answers for
        // the wrong tree.
        if (childNode.parentNode && childNode.parentNode !== this) {
            childNode.remove();
        }
        if (childNode.rootNode !== this.rootNode) {
            childNode.rootNode = this.rootNode;
            childNode._nodeId = ++this.rootNode.nodeCounter;
        }
        childNode.parentNode = this;
        this.childNodes.push(childNode);
        return childNode;
    }
    /**
     * Replaces current node with another node
     *
     * @param node Replacement node
     * @return Replacement node
     */
    replace(node) {
        if (node === this) {
            return this;
        }
        this.parentNode.childNodes.forEach((childNode, i) => {
            if (childNode === this) {
                node.rootNode = this.rootNode;
                node.parentNode = this.parentNode;
                node._nodeId = this._nodeId;
                this.rootNode = this;
                this.parentNode = undefined;
                node.parentNode.childNodes[i] = node;
            }
        });
        return node;
    }
    /**
     * Removes current node from the mime tree
     *
     * @return removed node
     */
    remove() {
        if (!this.parentNode) {
            return this;
        }
        for (let i = this.parentNode.childNodes.length - 1; i >= 0; i--) {
            if (this.parentNode.childNodes[i] === this) {
                this.parentNode.childNodes.splice(i, 1);
                this.parentNode = undefined;
                this.rootNode = this;
                return this;
            }
        }
    }
    /**
     * Sets a header value. If the value for selected key exists, it is overwritten.
     * You can set multiple values as well by using [{key:'', value:''}] or
     * {key: 'value'} as the first argument.
     *
     * @param key Header key or a list of key value pairs
     * @param value Header value
     * @return current node
     */
    setHeader(key, value) {
        let added = false;
        // Allow setting multiple headers at once
        if (!value && key && typeof key === 'object') {
            // allow {key:'content-type', value: 'text/plain'}
            if (key.key && 'value' in key) {
                this.setHeader(key.key, key.value);
            }
            else if (Array.isArray(key)) {
                // allow [{key:'content-type', value: 'text/plain'}]
                key.forEach(i => {
                    this.setHeader(i.key, i.value);
                });
            }
            else {
                // allow {'content-type': 'text/plain'}
                Object.keys(key).forEach(i => {
                    this.setHeader(i, key[i]);
                });
            }
            return this;
        }
        key = this._normalizeHeaderKey(key);
        const headerValue = {
            key,
            value
        };
        // Check if the value exists and overwrite
        for (let i = 0, len = this._headers.length; i < len; i++) {
            if (this._headers[i].key === key) {
                if (!added) {
                    // replace the first match
                    this._headers[i] = headerValue;
                    added = true;
                }
                else {
                    // remove following matches
                    this._headers.splice(i, 1);
                    i--;
                    len--;
                }
            }
        }
        // match not found, append the value
        if (!added) {
            this._headers.push(headerValue);
        }
        return this;
    }
    /**
     * Adds a header value. If the value for selected key exists, the value is appended
     * as a new field and old one is not touched.
     * You can set multiple values as well by using [{key:'', value:''}] or
     * {key: 'value'} as the first argument.
     *
     * @param key Header key or a list of key value pairs
     * @param value Header value
     * @return current node
     */
    addHeader(key, value) {
        // Allow setting multiple headers at once
        if (!value && key && typeof key === 'object') {
            // allow {key:'content-type', value: 'text/plain'}
            if (key.key && key.value) {
                this.addHeader(key.key, key.value);
            }
            else if (Array.isArray(key)) {
                // allow [{key:'content-type', value: 'text/plain'}]
                key.forEach(i => {
                    this.addHeader(i.key, i.value);
                });
            }
            else {
                // allow {'content-type': 'text/plain'}
                Object.keys(key).forEach(i => {
                    this.addHeader(i, key[i]);
                });
            }
            return this;
        }
        else if (Array.isArray(value)) {
            value.forEach(val => {
                this.addHeader(key, val);
            });
            return this;
        }
        this._headers.push({
            key: this._normalizeHeaderKey(key),
            value
        });
        return this;
    }
    /**
     * Retrieves the first mathcing value of a selected key
     *
     * @param key Key to search for
     * @retun Value for the key
     */
    getHeader(key) {
        key = this._normalizeHeaderKey(key);
        for (let i = 0, len = this._headers.length; i < len; i++) {
            if (this._headers[i].key === key) {
                return this._headers[i].value;
            }
        }
    }
    /**
     * Sets body content for current node. If the value is a string, charset is added automatically
     * to Content-Type (if it is text/*). If the value is a Buffer, you need to specify
     * the charset yourself
     *
     * @param content Body content
     * @return current node
     */
    setContent(content) {
        this.content = content;
        if (typeof this.content.pipe === 'function') {
            // pre-stream handler. might be triggered if a stream is set as content
            // and 'error' fires before anything is done with this stream
            shared/* recordStreamErrors */.X0(this.content);
        }
        else if (typeof this.content === 'string') {
            this._isPlainText = isPlainText(this.content);
            if (this._isPlainText && hasLongerLines(this.content, 76)) {
                // If there are lines longer than 76 symbols/bytes do not use 7bit
                this._hasLongLines = true;
            }
        }
        return this;
    }
    build(callback) {
        let promise;
        if (!callback) {
            promise = new Promise((resolve, reject) => {
                callback = shared/* callbackPromise */.Jt(resolve, reject);
            });
        }
        const done = callback;
        const stream = this.createReadStream();
        const buf = [];
        let buflen = 0;
        let returned = false;
        stream.on('readable', () => {
            let chunk;
            while ((chunk = stream.read()) !== null) {
                buf.push(chunk);
                buflen += chunk.length;
            }
        });
        stream.once('error', err => {
            if (returned) {
                return;
            }
            returned = true;
            return done(err);
        });
        stream.once('end', (chunk) => {
            if (returned) {
                return;
            }
            returned = true;
            if (chunk && chunk.length) {
                buf.push(chunk);
                buflen += chunk.length;
            }
            return done(null, Buffer.concat(buf, buflen));
        });
        return promise;
    }
    getTransferEncoding() {
        let transferEncoding = false;
        const contentType = (this.getHeader('Content-Type') || '').toString().toLowerCase().trim();
        if (this.content) {
            transferEncoding = (this.getHeader('Content-Transfer-Encoding') || '').toString().toLowerCase().trim();
            if (!transferEncoding || !['base64', 'quoted-printable'].includes(transferEncoding)) {
                if (/^text\//i.test(contentType)) {
                    // If there are no special symbols, no need to modify the text
                    if (this._isPlainText && !this._hasLongLines) {
                        transferEncoding = '7bit';
                    }
                    else if (typeof this.content === 'string' || this.content instanceof Buffer) {
                        // detect preferred encoding for string value
                        transferEncoding = this._getTextEncoding(this.content) === 'Q' ? 'quoted-printable' : 'base64';
                    }
                    else {
                        // we can not check content for a stream, so either use preferred encoding or fallback to QP
                        transferEncoding = this.textEncoding === 'B' ? 'base64' : 'quoted-printable';
                    }
                }
                else if (!/^(multipart|message)\//i.test(contentType)) {
                    transferEncoding = transferEncoding || 'base64';
                }
            }
        }
        return transferEncoding;
    }
    /**
     * Builds the header block for the mime node. Append \r\n\r\n before writing the content
     *
     * @returns Headers
     */
    buildHeaders() {
        const transferEncoding = this.getTransferEncoding();
        const headers = [];
        if (transferEncoding) {
            this.setHeader('Content-Transfer-Encoding', transferEncoding);
        }
        if (this.filename && !this.getHeader('Content-Disposition')) {
            this.setHeader('Content-Disposition', 'attachment');
        }
        // Ensure mandatory header fields
        if (this.rootNode === this) {
            if (!this.getHeader('Date')) {
                this.setHeader('Date', this.date.toUTCString().replace(/GMT/, '+0000'));
            }
            // ensure that Message-Id is present
            this.messageId();
            if (!this.getHeader('MIME-Version')) {
                this.setHeader('MIME-Version', '1.0');
            }
            // Ensure that Content-Type is the last header for the root node
            for (let i = this._headers.length - 2; i >= 0; i--) {
                const header = this._headers[i];
                if (header.key === 'Content-Type') {
                    this._headers.splice(i, 1);
                    this._headers.push(header);
                }
            }
        }
        this._headers.forEach(header => {
            let key = header.key;
            let value = header.value;
            let structured;
            let param;
            const options = {};
            const formattedHeaders = FORMATTED_HEADERS;
            if (value && typeof value === 'object' && !formattedHeaders.includes(key)) {
                // the keys come from a caller supplied header object and `options.prepared`
                // below decides whether the value is emitted raw, so an own "__proto__" key
                // here would turn an unfolded value into header injection
                shared/* copyOwnKeys */.eY(options, value, optionKey => optionKey === 'value');
                value = (value.value || '').toString();
                if (!value.trim()) {
                    return;
                }
            }
            if (options.prepared) {
                // header value is
                if (options.foldLines) {
                    headers.push(foldLines(key + ': ' + value));
                }
                else {
                    headers.push(key + ': ' + value);
                }
                return;
            }
            switch (header.key) {
                // The comments of a MIME header are not part of its value and are dropped, so a
                // caller supplied 'boundary=b (comment)' is the boundary b it names, and the
                // header goes out without the comment
                case 'Content-Disposition':
                    structured = parseHeaderValue(value, { stripComments: true });
                    if (this.filename) {
                        structured.params.filename = this.filename;
                    }
                    value = buildHeaderValue(structured);
                    break;
                case 'Content-Type':
                    structured = parseHeaderValue(value, { stripComments: true });
                    // the type token decides multipart and charset below, so clean it before
                    // those run and not just on the way out, otherwise a control char makes
                    // the checks miss and the header ends up claiming a type it is not set up for
                    structured.value = (structured.value || '').toString().replace(/[\x00-\x1f\x7f]/g, '');
                    this._handleContentType(structured);
                    if (structured.value.match(/^text\/plain\b/) && typeof this.content === 'string' && /[\u0080-\uFFFF]/.test(this.content)) {
                        structured.params.charset = 'utf-8';
                    }
                    if (this.filename) {
                        // the name parameter is derived from the filename below, so a name that
                        // arrived inside the content type is dropped first (a plain parameter or
                        // rfc2231 continuation sections), otherwise the header carries two and a
                        // receiver that reads the first sees a name the filename does not match
                        for (const paramKey of Object.keys(structured.params)) {
                            if (/^name(\*|$)/i.test(paramKey)) {
                                delete structured.params[paramKey];
                            }
                        }
                    }
                    value = buildHeaderValue(structured);
                    if (this.filename) {
                        // add support for non-compliant clients like QQ webmail
                        // we can't build the value with buildHeaderValue as the value is non standard and
                        // would be converted to parameter continuation encoding that we do not want
                        // control chars can not be quoted here: HT is a fold point that unfolding would
                        // turn into a space, CR/LF can not appear in a header at all and DEL is not
                        // qtext, so force the mime encoded word that a non-ascii filename would get anyway
                        param = /[\x00-\x1f\x7f]/.test(this.filename)
                            ? encodeWord(this.filename, this._getTextEncoding(this.filename), 52)
                            : this._encodeWords(this.filename);
                        if (param !== this.filename || /[\s'"\\;:/=(),<>@[\]?]|^-/.test(param)) {
                            // include value in quotes if needed, escaping backslashes and quotes as
                            // quoted-pairs exactly like buildHeaderValue does for filename=, otherwise
                            // a trailing backslash would escape the closing quote
                            param = JSON.stringify(param);
                        }
                        value += '; name=' + param;
                    }
                    break;
                case 'Bcc':
                    if (!this.keepBcc) {
                        // skip BCC values
                        return;
                    }
                    break;
            }
            value = this.encodeHeaderValue(key, value);
            // skip empty lines
            if (!(value || '').toString().trim()) {
                return;
            }
            if (typeof this.normalizeHeaderKey === 'function') {
                const normalized = this.normalizeHeaderKey(key, value);
                // the result replaces the key on the way into the header, so it gets the same
                // treatment the key it replaces already had. a line break here would end the
                // header and start one of the caller's own
                const cleaned = typeof normalized === 'string' ? normalized.replace(/[\x00-\x1f\x7f]/g, '') : '';
                if (cleaned) {
                    key = cleaned;
                }
            }
            headers.push(foldLines(key + ': ' + value, 76));
        });
        return headers.join('\r\n');
    }
    /**
     * Streams the rfc2822 message from the current node. If this is a root node,
     * mandatory header fields are set if missing (Date, Message-Id, MIME-Version)
     *
     * @return Compiled message
     */
    createReadStream(options) {
        options = options || {};
        const stream = new external_node_stream_.PassThrough(options);
        this.stream(stream, options, err => {
            if (err) {
                stream.destroy(err);
                return;
            }
            stream.end();
        });
        // the content streams of the nodes the message did not get to are not going to be read
        stream.once('close', () => {
            if (!stream.writableFinished) {
                this._destroyContentStreams();
            }
        });
        // The stages are joined with pipeline, which destroys all of them when any one fails
        // or is destroyed. An error anywhere reaches the returned stream exactly once, and a
        // consumer that destroys the returned stream stops the tree from reading its sources
        const stages = [stream];
        for (const transform of this._transforms) {
            stages.push(typeof transform === 'function' ? transform() : transform);
        }
        // ensure terminating newline after possible user transforms
        stages.push(new LastNewline());
        let outputStream = (0,external_node_stream_.pipeline)(stages, PIPELINE_NOOP);
        // dkim and stuff. A process function reads its input itself and reports the errors of
        // that input on its output, so only a consumer abort has to be carried back upstream
        for (const processFunc of this._processFuncs) {
            const input = outputStream;
            outputStream = processFunc(input);
            if (outputStream !== input) {
                (0,external_node_stream_.finished)(outputStream, err => {
                    if (err) {
                        input.destroy();
                    }
                });
            }
        }
        if (this.newline) {
            const winbreak = ['win', 'windows', 'dos', '\r\n'].includes(this.newline.toString().toLowerCase());
            outputStream = (0,external_node_stream_.pipeline)(outputStream, winbreak ? new LeWindows() : new LeUnix(), PIPELINE_NOOP);
        }
        return outputStream;
    }
    /**
     * Appends a transform stream object to the transforms list. Final output
     * is passed through this stream before exposing
     *
     * @param transform Read-Write stream
     */
    transform(transform) {
        this._transforms.push(transform);
    }
    /**
     * Appends a post process function. The functon is run after transforms and
     * uses the following syntax
     *
     *   processFunc(input) -> outputStream
     *
     * @param processFunc Read-Write stream
     */
    processFunc(processFunc) {
        this._processFuncs.push(processFunc);
    }
    stream(outputStream, options, done) {
        const transferEncoding = this.getTransferEncoding();
        // the streams this node is reading from. A consumer that goes away mid-message destroys
        // the output, and these are released with it instead of staying paused with a file or a
        // socket open behind them
        let activeStreams = [];
        // protect actual callback against multiple triggering
        let returned = false;
        const callback = (err) => {
            if (returned) {
                return;
            }
            returned = true;
            outputStream.removeListener('close', onOutputClose);
            done(err);
        };
        function onOutputClose() {
            for (const stream of activeStreams) {
                stream.destroy();
            }
            return callback(abortedError());
        }
        // reads the streams into the output. The listener is only attached while the node reads
        // something, a deeply nested tree would otherwise stack one per level on the output
        const readInto = (...streams) => {
            if (!activeStreams.length) {
                outputStream.once('close', onOutputClose);
            }
            activeStreams = streams;
        };
        // stops here if the output was destroyed in the meantime
        const aborted = () => {
            if (outputStream.destroyed) {
                callback(abortedError());
                return true;
            }
            return false;
        };
        // for multipart nodes, push child nodes
        // for content nodes end the stream
        const finalize = () => {
            let childId = 0;
            const processChildNode = () => {
                if (aborted()) {
                    return;
                }
                if (childId >= this.childNodes.length) {
                    outputStream.write('\r\n--' + this.boundary + '--\r\n');
                    return callback();
                }
                const child = this.childNodes[childId++];
                outputStream.write((childId > 1 ? '\r\n' : '') + '--' + this.boundary + '\r\n');
                child.stream(outputStream, options, err => {
                    if (err) {
                        return callback(err);
                    }
                    setImmediate(processChildNode);
                });
            };
            if (this.multipart) {
                setImmediate(processChildNode);
            }
            else {
                return callback();
            }
        };
        // pushes node content
        const sendContent = () => {
            if (aborted()) {
                return;
            }
            if (!this.content) {
                return setImmediate(finalize);
            }
            const createStream = () => {
                if (aborted()) {
                    return;
                }
                const contentError = this._takeStreamContent(this.content);
                if (contentError) {
                    return callback(contentError);
                }
                const localStream = this._getStream(this.content);
                if (['quoted-printable', 'base64'].includes(transferEncoding)) {
                    const contentStream = transferEncoding === 'base64'
                        ? new Encoder(options)
                        : // outside of text a lone CR or LF is data, encoding it keeps it from being
                            // turned into a line break by a newline transform or the receiving side
                            new qp_Encoder(Object.assign({}, options, { binary: !/^text\//i.test(this.contentType || '') }));
                    readInto(localStream, contentStream);
                    contentStream.pipe(outputStream, {
                        end: false
                    });
                    // pipeline reports errors and tears both streams down. It calls back once the
                    // encoder took all of its input, the encoded output may still be waiting to
                    // be read, so the node is only done once the encoder's readable side ended
                    (0,external_node_stream_.pipeline)(localStream, contentStream, err => err && callback(err));
                    (0,external_node_stream_.finished)(contentStream, { writable: false }, err => (err ? callback(err) : finalize()));
                }
                else {
                    // anything that is not QP or Base54 passes as-is
                    readInto(localStream);
                    localStream.pipe(outputStream, {
                        end: false
                    });
                    (0,external_node_stream_.finished)(localStream, { writable: false }, err => (err ? callback(err) : finalize()));
                }
            };
            if (this.content._resolve) {
                const sourceStream = this._getStream(this.content);
                readInto(sourceStream);
                shared/* resolveStream */.jK(sourceStream, (err, value) => {
                    if (err) {
                        return callback(err);
                    }
                    if (returned) {
                        return;
                    }
                    this.content._resolve = false;
                    this.content._resolvedValue = value;
                    setImmediate(createStream);
                });
            }
            else {
                setImmediate(createStream);
            }
        };
        if (this._raw) {
            setImmediate(() => {
                if (aborted()) {
                    return;
                }
                const rawError = this._takeStreamContent(this._raw);
                if (rawError) {
                    return callback(rawError);
                }
                const raw = this._getStream(this._raw);
                readInto(raw);
                raw.pipe(outputStream, {
                    end: false
                });
                (0,external_node_stream_.finished)(raw, { writable: false }, err => (err ? callback(err) : finalize()));
            });
        }
        else {
            outputStream.write(this.buildHeaders() + '\r\n\r\n');
            setImmediate(sendContent);
        }
    }
    /**
     * Sets envelope to be used instead of the generated one
     *
     * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
     */
    setEnvelope(envelope) {
        let list;
        this._envelope = {
            from: false,
            to: []
        };
        if (envelope.from) {
            list = [];
            this._convertAddresses(this._parseEnvelopeAddresses(envelope.from), list);
            list = list.filter(address => address && address.address);
            if (list.length && list[0]) {
                this._envelope.from = list[0].address;
            }
        }
        const seenRecipients = new Set();
        const recipients = [];
        ['to', 'cc', 'bcc'].forEach(key => {
            if (envelope[key]) {
                this._convertAddresses(this._parseEnvelopeAddresses(envelope[key]), recipients, seenRecipients);
            }
        });
        this._envelope.to = recipients.map(to => to.address).filter(address => address);
        const standardFields = ['to', 'cc', 'bcc', 'from'];
        shared/* copyOwnKeys */.eY(this._envelope, envelope, key => standardFields.includes(key));
        return this;
    }
    /**
     * Generates and returns an object with parsed address fields
     *
     * @return Address object
     */
    getAddresses() {
        const addresses = {};
        const seenByKey = new Map();
        this._headers.forEach(header => {
            const key = header.key.toLowerCase();
            if (['from', 'sender', 'reply-to', 'to', 'cc', 'bcc'].includes(key)) {
                if (!Array.isArray(addresses[key])) {
                    addresses[key] = [];
                    seenByKey.set(key, new Set());
                }
                this._convertAddresses(this._parseAddresses(header.value), addresses[key], seenByKey.get(key));
            }
        });
        return addresses;
    }
    /**
     * Generates and returns SMTP envelope with the sender address and a list of recipients addresses
     *
     * @return SMTP envelope in the form of {from: 'from@example.com', to: ['to@example.com']}
     */
    getEnvelope() {
        if (this._envelope) {
            return this._envelope;
        }
        const envelope = {
            from: false,
            to: []
        };
        // Built once and carried across the headers. Letting _convertAddresses seed it per
        // call would cost O(headers x recipients), and a message can carry many address
        // headers: `headers: { to: [...] }` emits one To per entry.
        const seenRecipients = new Set();
        const recipients = [];
        this._headers.forEach(header => {
            const list = [];
            if (header.key === 'From' || (!envelope.from && ['Reply-To', 'Sender'].includes(header.key))) {
                this._convertAddresses(this._parseAddresses(header.value), list);
                if (list.length && list[0]) {
                    envelope.from = list[0].address;
                }
            }
            else if (['To', 'Cc', 'Bcc'].includes(header.key)) {
                this._convertAddresses(this._parseAddresses(header.value), recipients, seenRecipients);
            }
        });
        envelope.to = recipients.map(to => to.address);
        return envelope;
    }
    /**
     * Returns Message-Id value. If it does not exist, then creates one
     *
     * @return Message-Id value
     */
    messageId() {
        let messageId = this.getHeader('Message-ID');
        // You really should define your own Message-Id field!
        if (!messageId) {
            messageId = this._generateMessageId();
            this.setHeader('Message-ID', messageId);
        }
        return messageId;
    }
    /**
     * Sets pregenerated content that will be used as the output of this node
     *
     * @param raw Raw MIME contents
     */
    setRaw(raw) {
        this._raw = raw;
        if (this._raw && typeof this._raw.pipe === 'function') {
            // pre-stream handler. might be triggered if a stream is set as content
            // and 'error' fires before anything is done with this stream
            shared/* recordStreamErrors */.X0(this._raw);
        }
        return this;
    }
    /////// PRIVATE METHODS
    /**
     * Checks an access policy flag for this node and every node above it. The flags are set
     * from the options the node was built with, and createChild only ever sees the options
     * the caller passed, so a child of a closed tree starts out open. Reading the answer off
     * the parent chain keeps it right whatever order the tree was assembled in.
     *
     * @param flag Either 'disableFileAccess' or 'disableUrlAccess'
     * @return true if this node or an ancestor closed that access
     * @internal
     */
    _accessDisabled(flag) {
        // eslint-disable-next-line @typescript-eslint/no-this-alias
        let node = this;
        while (node) {
            if (node[flag]) {
                return true;
            }
            node = node.parentNode;
        }
        return false;
    }
    /**
     * Destroys the content streams of this node and of every node below it
     *
     * @internal
     */
    _destroyContentStreams() {
        shared/* destroyStream */.tQ(this.content);
        shared/* destroyStream */.tQ(this._raw);
        for (const child of this.childNodes) {
            child._destroyContentStreams();
        }
    }
    /**
     * Checks that a content value can still be read before the node streams it. A stream is
     * refused once it errored, ended or was destroyed: piping it would either never finish or
     * produce an empty body without any error
     *
     * @param content Node content or raw value
     * @returns The error to stop with, or null when the content can be read
     * @internal
     */
    _takeStreamContent(content) {
        if (Object.prototype.toString.call(content) === '[object Error]') {
            return content;
        }
        if (!content || typeof content.pipe !== 'function' || content._resolvedValue) {
            // the value of a resolved stream is read from the buffered copy
            return null;
        }
        return shared/* unreadableStreamError */.Az(content);
    }
    /**
     * Detects and returns handle to a stream related with the content.
     *
     * @param content Node content
     * @returns Stream object
     * @internal
     */
    _getStream(content) {
        let contentStream;
        if (content._resolvedValue) {
            // pass string or buffer content as a stream
            contentStream = new external_node_stream_.PassThrough();
            setImmediate(() => {
                try {
                    contentStream.end(content._resolvedValue);
                }
                catch (_err) {
                    contentStream.emit('error', _err);
                }
            });
            return contentStream;
        }
        if (typeof content.pipe === 'function') {
            // assume as stream
            return content;
        }
        if (content && typeof content.path === 'string' && !content.href) {
            if (this._accessDisabled('disableFileAccess')) {
                contentStream = new external_node_stream_.PassThrough();
                setImmediate(() => {
                    const err = new Error('File access rejected for ' + content.path);
                    err.code = errors/* EFILEACCESS */.kX;
                    contentStream.emit('error', err);
                });
                return contentStream;
            }
            // read file
            return external_node_fs_.createReadStream(content.path);
        }
        if (content && typeof content.href === 'string') {
            if (this._accessDisabled('disableUrlAccess')) {
                contentStream = new external_node_stream_.PassThrough();
                setImmediate(() => {
                    const err = new Error('Url access rejected for ' + content.href);
                    err.code = errors/* EURLACCESS */.xj;
                    contentStream.emit('error', err);
                });
                return contentStream;
            }
            // fetch URL. nmfetch refuses any scheme that is not http(s), and it decides
            // that on the parsed URL. Testing the raw string here instead would reject
            // forms the parser accepts, such as a leading space or a slash-less authority
            return (0,fetch/* default */.A)(content.href, { headers: content.httpHeaders, tls: content.tls });
        }
        // pass string or buffer content as a stream
        contentStream = new external_node_stream_.PassThrough();
        setImmediate(() => {
            try {
                contentStream.end(content || '');
            }
            catch (_err) {
                contentStream.emit('error', _err);
            }
        });
        return contentStream;
    }
    /**
     * Parses addresses. Takes in a single address or an array or an
     * array of address arrays (eg. To: [[first group], [second group],...])
     *
     * @param addresses Addresses to be parsed
     * @return An array of address objects
     * @internal
     */
    _parseAddresses(addresses) {
        const flattened = [];
        // Nested arrays are flattened iteratively. concat.apply throws once a recipient list
        // is long enough to pass the argument limit, and an array handed to addressparser is
        // stringified, which recurses once per nesting level and exhausts the call stack on
        // a deep enough value. Every array is walked once, which also ends a self-referential
        // input
        const seen = new WeakSet();
        const stack = [];
        const enter = (list) => {
            if (!seen.has(list)) {
                seen.add(list);
                stack.push({ list, pos: 0 });
            }
        };
        enter(Array.isArray(addresses) ? addresses : [addresses]);
        while (stack.length) {
            const frame = stack[stack.length - 1];
            if (frame.pos >= frame.list.length) {
                stack.pop();
                continue;
            }
            const address = frame.list[frame.pos++];
            if (Array.isArray(address)) {
                enter(address);
                continue;
            }
            if (address && address.address) {
                const normalized = this._normalizeAddress(address.address);
                if (normalized === address.address && typeof address.name === 'string') {
                    // there is nothing to rewrite, so there is nothing to keep off the original
                    flattened.push(address);
                    continue;
                }
                // rewriting would land on the object the caller passed in and might
                // still hold a reference to, so rewrite a copy of it instead. An own
                // "__proto__" key would make the copy inherit from caller data, and
                // _convertAddresses reads `group` off it straight into the envelope
                const copy = shared/* copyOwnKeys */.eY({}, address);
                copy.address = normalized;
                copy.name = address.name || '';
                flattened.push(copy);
                continue;
            }
            const parsed = this._normalizeParsedAddresses((0,addressparser/* default */.A)(address));
            for (let i = 0; i < parsed.length; i++) {
                flattened.push(parsed[i]);
            }
        }
        return flattened;
    }
    /**
     * Normalizes the addresses of a freshly parsed address list, groups included.
     *
     * Everything this method returns carries a normalized address, whether it arrived as an
     * object or was parsed out of a header value. Without this the two shapes disagree, and
     * a consumer reading the parsed form back is handed the ambiguous
     * 'user@evil.com@good.com' that the header and the envelope no longer carry.
     *
     * @param parsed An array of address objects, as returned by addressparser
     * @return The same array, with every address normalized
     * @internal
     */
    _normalizeParsedAddresses(parsed) {
        // addressparser builds these objects, so no caller holds a reference to rewrite around
        parsed.forEach(entry => {
            if (entry.address) {
                entry.address = this._normalizeAddress(entry.address);
            }
            else if (entry.group) {
                this._normalizeParsedAddresses(entry.group);
            }
        });
        return parsed;
    }
    /**
     * Parses the addresses of an explicitly set envelope.
     *
     * An envelope value is an addr-spec and never a display name, so a bare local username
     * such as 'root' is the address here. Header parsing has to read the same value as a
     * display name, as a value with no '@' in it can not be an addr-spec in a header.
     *
     * @param addresses Addresses to be parsed
     * @return An array of address objects
     * @internal
     */
    _parseEnvelopeAddresses(addresses) {
        return this._parseAddresses(addresses).map(entry => {
            if (entry.address || entry.group || !entry.name || /[\s@]/.test(entry.name)) {
                return entry;
            }
            return { address: this._normalizeAddress(entry.name), name: '' };
        });
    }
    /**
     * Normalizes a header key, uses Camel-Case form, except for uppercase MIME-
     *
     * @param key Key to be normalized
     * @return key in Camel-Case form
     * @internal
     */
    _normalizeHeaderKey(key) {
        key = (key || '')
            .toString()
            // a field name is printable ascii without the colon, so a control char, DEL,
            // whitespace or a colon can only be dropped, there is no quoting construct
            // around a field name. A colon or a space left in place ends the name early on
            // the wire: the key 'From: ceo@example.com (' with the value ')' was emitted as a
            // second From header that neither setHeader() nor the Bcc filter could match
            .replace(/[\s\x00-\x20\x7f:]/g, '')
            .toLowerCase()
            // use uppercase words, except MIME
            .replace(/^X-SMTPAPI$|^(MIME|DKIM|ARC|BIMI)\b|^OTP(?=-Token$)|^[a-z]|-(SPF|FBL|ID|MD5)$|-[a-z]/gi, c => c.toUpperCase())
            // special case
            .replace(/^Content-Features$/i, 'Content-features');
        return key;
    }
    /**
     * Checks if the content type is multipart and defines boundary if needed.
     * Doesn't return anything, modifies object argument instead.
     *
     * @param structured Parsed header value for 'Content-Type' key
     * @internal
     */
    _handleContentType(structured) {
        this.contentType = structured.value.trim().toLowerCase();
        this.multipart = /^multipart\//i.test(this.contentType) ? this.contentType.substr(this.contentType.indexOf('/') + 1) : false;
        if (this.multipart) {
            // The declared value and the delimiters are assigned from the same expression
            // here, so whatever the header emitter then does with it, the two sides cannot
            // disagree about which characters the boundary is made of.
            //
            // Stripping runs before the fallback rather than over the whole chain: a
            // boundary made only of control characters would otherwise strip to '' and
            // leave the node declaring no boundary and streaming bare '--' delimiters.
            // _generateBoundary cleans what it builds, but this is the one place the boundary
            // is written, so it cleans the value it is about to write rather than trusting
            // where it came from. MimeNode is exported and subclassable, so the generator is
            // not necessarily the one below. Stripping twice costs nothing, it is idempotent.
            const declared = _stripBoundaryControls(structured.params.boundary || this.boundary || '');
            this.boundary = structured.params.boundary = declared || _stripBoundaryControls(this._generateBoundary());
        }
        else {
            this.boundary = false;
        }
    }
    /**
     * Generates a multipart boundary value
     *
     * @return boundary value
     * @internal
     */
    _generateBoundary() {
        // baseBoundary and boundaryPrefix are public, so they may hold something the
        // constructor never cleaned, and the -Part_ suffix keeps the result non empty
        return _stripBoundaryControls(this.rootNode.boundaryPrefix + '-' + this.rootNode.baseBoundary) + '-Part_' + this._nodeId;
    }
    /**
     * Encodes a header value the way this node encodes it in the generated message:
     * address headers are punycoded and mime encoded, message id headers get their
     * angle brackets, a Date object is formatted and any other value is mime encoded
     * when it holds non-ascii or control characters (using the node's `textEncoding`).
     *
     * The result is a single unfolded line without the key. Fold it before writing it
     * into a message, `key + ': ' + value` folded at 76 characters is what the node does.
     *
     * @param key Header key, case insensitive
     * @param value Header value
     * @returns Encoded header value
     */
    encodeHeaderValue(key, value) {
        key = this._normalizeHeaderKey(key);
        switch (key) {
            // Structured headers
            case 'From':
            case 'Sender':
            case 'To':
            case 'Cc':
            case 'Bcc':
            case 'Reply-To':
                return this._convertAddresses(this._parseAddresses(value));
            // values enclosed in <>
            case 'Message-ID':
            case 'In-Reply-To':
            case 'Content-ID':
                // a msg-id is structured, so an encoded word inside the angle brackets would
                // be read as literal text. drop the characters that can not appear in a header
                // at all, but leave HT alone, it separates the ids of a multi id value
                value = (value || '')
                    .toString()
                    .replace(/\r?\n|\r/g, ' ')
                    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
                if (value.charAt(0) !== '<') {
                    value = '<' + value;
                }
                if (value.charAt(value.length - 1) !== '>') {
                    value = value + '>';
                }
                return value;
            // a structured field (RFC 9651) that can not be mime encoded, an encoded word would
            // turn its quoted strings into text that no structured field parser reads. Only
            // the characters that can not appear in a header at all are removed
            case 'OTP-Token':
                return (value || '')
                    .toString()
                    .replace(/\r?\n|\r/g, ' ')
                    .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '');
            // space separated list of values enclosed in <>
            case 'References': {
                const ids = [];
                for (const entry of [].concat(value || '')) {
                    const elm = (entry || '')
                        .toString()
                        .replace(/\r?\n|\r/g, ' ')
                        .replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g, '')
                        .trim();
                    for (let id of stripWhitespaceInAngleBrackets(elm).split(/\s+/)) {
                        if (id.charAt(0) !== '<') {
                            id = '<' + id;
                        }
                        if (id.charAt(id.length - 1) !== '>') {
                            id = id + '>';
                        }
                        ids.push(id);
                    }
                }
                return ids.join(' ').trim();
            }
            case 'Date':
                if (Object.prototype.toString.call(value) === '[object Date]') {
                    return value.toUTCString().replace(/GMT/, '+0000');
                }
                value = (value || '').toString().replace(/\r?\n|\r/g, ' ');
                return this._encodeHeaderText(value);
            case 'Content-Type':
            case 'Content-Disposition':
                // if it includes a filename then it is already encoded
                return (value || '').toString().replace(/\r?\n|\r/g, ' ');
            default:
                value = (value || '').toString().replace(/\r?\n|\r/g, ' ');
                return this._encodeHeaderText(value);
        }
    }
    /**
     * Encodes a header value without a node at hand. Same as the instance method of a
     * node created with the given options.
     *
     * @param key Header key, case insensitive
     * @param value Header value
     * @param [options] Encoding options
     * @param [options.textEncoding] either 'Q' (the default) or 'B'
     * @returns Encoded header value
     */
    static encodeHeaderValue(key, value, options) {
        return new MimeNode(false, { textEncoding: options?.textEncoding }).encodeHeaderValue(key, value);
    }
    /**
     * Alias of encodeHeaderValue, kept for callers that used the method before it was public
     *
     * @internal
     */
    _encodeHeaderValue(key, value) {
        return this.encodeHeaderValue(key, value);
    }
    /**
     * Rebuilds address object using punycode and other adjustments
     *
     * @param addresses An array of address objects
     * @param [uniqueList] An array to be populated with addresses
     * @param [seenAddresses] Addresses already added to uniqueList, shared with recursive calls to keep deduplication linear
     * @return address string
     * @internal
     */
    _convertAddresses(addresses, uniqueList, seenAddresses) {
        const values = [];
        uniqueList = uniqueList || [];
        // Membership is checked once per address, so scanning uniqueList itself would make
        // a recipient list cost O(n^2). Groups recurse with the same set so that a nested
        // group still dedupes against the addresses collected around it, and a caller that
        // passes a partly filled list (To, then Cc, then Bcc) keeps deduping across headers.
        if (!seenAddresses) {
            seenAddresses = new Set();
            for (let i = 0; i < uniqueList.length; i++) {
                seenAddresses.add(uniqueList[i].address);
            }
        }
        [].concat(addresses || []).forEach(address => {
            if (address.address) {
                address.address = this._normalizeAddress(address.address);
                if (!address.name) {
                    // an address that carries a special, be it a quoted local part or a domain
                    // that could not be normalized, is only unambiguous inside angle brackets.
                    // Without them a ',' or a ';' anywhere in it reads as a recipient separator
                    // and the header would list more recipients than the envelope carries
                    values.push(PLAIN_ADDRESS.test(address.address) ? address.address : `<${address.address}>`);
                }
                else {
                    values.push(`${this._encodeAddressName(address.name)} <${address.address}>`);
                }
                if (!seenAddresses.has(address.address)) {
                    seenAddresses.add(address.address);
                    uniqueList.push(address);
                }
            }
            else if (address.group) {
                const groupListAddresses = (address.group.length ? this._convertAddresses(address.group, uniqueList, seenAddresses) : '').trim();
                values.push(`${this._encodeAddressName(address.name)}:${groupListAddresses};`);
            }
        });
        return values.join(', ');
    }
    /**
     * Normalizes an email address
     *
     * @param address An array of address objects
     * @return address string
     * @internal
     */
    _normalizeAddress(address) {
        address = (address || '')
            .toString()
            .replace(/[\x00-\x1F\x7F<>]+/g, ' ') // remove unallowed characters
            .trim();
        if (!address) {
            // callers use an empty value to detect a missing address
            return address;
        }
        // dtext includes '@', so a domain literal is split off at the '@' in front of it and
        // not at the last one, which delivered 'a@[x@evil.com]' to evil.com
        const literal = address.charAt(address.length - 1) === ']' ? DOMAIN_LITERAL_TAIL.exec(address) : null;
        const lastAt = literal ? address.length - literal[1].length - 1 : address.lastIndexOf('@');
        if (lastAt < 0) {
            // Bare username, there is no domain to split off
            return this._normalizeLocalPart(address);
        }
        const user = address.substr(0, lastAt);
        const domain = address.substr(lastAt + 1);
        // Unicode in the local part is kept as is, see _normalizeLocalPart for the rest of it.
        // A domain has no quoting construct to fall back on, so whatever is not a valid domain
        // is kept as supplied and it is _convertAddresses that keeps such an address unambiguous.
        // Domains are punycoded when the local part is ASCII ('safe@j\u00f5geva.ee' -> 'safe@xn--jgeva-dua.ee').
        // When the local part contains non-ASCII bytes the address already requires SMTPUTF8,
        // so the domain is kept (or decoded back) as UTF-8 for symmetry on both sides of '@'.
        let encodedDomain = domain;
        // A non-ASCII local part already requires SMTPUTF8, so the domain stays UTF-8 for
        // symmetry on both sides of the '@' rather than being encoded to an A-label
        const smtputf8 = /[\x80-\uFFFF]/.test(user);
        try {
            encodedDomain = shared/* normalizeDomain */.AT(domain, smtputf8);
        }
        catch (_err) {
            // keep domain as supplied
        }
        return `${this._normalizeLocalPart(user)}@${encodedDomain}`;
    }
    /**
     * Normalizes the local part of an address into a form that can be emitted as is.
     *
     * A local part is either a dot-atom or a quoted-string, anything else is not a valid
     * addr-spec. The quotes of a quoted local part get lost along the way, and a bare
     * 'user@evil.com@good.com' leaves it to the receiver which '@' splits the domain off,
     * while the split here is always at the last one. So whatever is not already one of
     * the two valid forms goes back out as a quoted-string.
     *
     * @param user Local part of an address
     * @return Local part as a dot-atom or as a quoted-string
     * @internal
     */
    _normalizeLocalPart(user) {
        if (DOT_ATOM.test(user) || QUOTED_STRING.test(user)) {
            return user;
        }
        return quoteString(user);
    }
    /**
     * If needed, mime encodes the name part
     *
     * @param name Name part of an address
     * @returns Mime word encoded string if needed
     * @internal
     */
    _encodeAddressName(name) {
        if (!/^[\w ]*$/.test(name)) {
            if (/^[\x20-\x7e]*$/.test(name)) {
                return quoteString(name);
            }
            else {
                return encodeWord(name, this._getTextEncoding(name), 52);
            }
        }
        return name;
    }
    /**
     * Encodes an unstructured header value. Such a value can only carry VCHAR and WSP, so a
     * control char or DEL has to be forced into the mime encoded word that a non-ascii value
     * would get anyway. HT stays as it is, it is valid folding whitespace here.
     *
     * @param value Header value to encode
     * @returns Mime word encoded string if needed
     * @internal
     */
    _encodeHeaderText(value) {
        return /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/.test(value)
            ? encodeWord(value, this._getTextEncoding(value), 52)
            : // encodeWords only encodes if needed, otherwise the original string is returned
                this._encodeWords(value);
    }
    /**
     * If needed, mime encodes the name part
     *
     * @param value Name part of an address
     * @returns Mime word encoded string if needed
     * @internal
     */
    _encodeWords(value) {
        // set encodeAll parameter to true even though it is against the recommendation of RFC2047,
        // by default only words that include non-ascii should be converted into encoded words
        // but some clients (eg. Zimbra) do not handle it properly and remove surrounding whitespace
        return encodeWords(value, this._getTextEncoding(value), 52, true);
    }
    /**
     * Detects best mime encoding for a text value
     *
     * @param value Value to check for
     * @return either 'Q' or 'B'
     * @internal
     */
    _getTextEncoding(value) {
        value = (value || '').toString();
        if (this.textEncoding) {
            return this.textEncoding;
        }
        // count latin alphabet symbols and 8-bit range symbols + control symbols
        // if there are more latin characters, then use quoted-printable
        // encoding, otherwise use base64
        let nonLatinLen = 0;
        let latinLen = 0;
        for (let i = 0, len = value.length; i < len; i++) {
            const code = value.charCodeAt(i);
            if ((code >= 0x00 && code <= 0x08) || code === 0x0b || code === 0x0c || (code >= 0x0e && code <= 0x1f) || code >= 0x80) {
                nonLatinLen++;
            }
            else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
                latinLen++;
            }
        }
        // if there are more latin symbols than binary/unicode, then prefer Q, otherwise B
        return nonLatinLen < latinLen ? 'Q' : 'B';
    }
    /**
     * Generates a message id
     *
     * @return Random Message-ID value
     * @internal
     */
    _generateMessageId() {
        return ('<' +
            [2, 2, 2, 6].reduce(
            // crux to generate UUID-like random strings
            (prev, len) => prev + '-' + external_node_crypto_.randomBytes(len).toString('hex'), external_node_crypto_.randomBytes(4).toString('hex')) +
            '@' +
            // try to use the domain of the FROM address or fallback to server hostname
            (this.getEnvelope().from || this.hostname || 'localhost').split('@').pop() +
            '>');
    }
}
/* harmony default export */ const mime_node = (MimeNode);

;// CONCATENATED MODULE: ./node_modules/nodemailer/dist/esm/mail-composer/index.js
/* eslint no-undefined: 0 */




/**
 * Creates the object for composing a MimeNode instance out from the mail options
 *
 * @constructor
 * @param mail Mail options
 */
/**
 * Tells whether a content value is a content descriptor object (something to load or to
 * use as is) rather than the content itself
 */
function isContentObject(value) {
    const content = value;
    return typeof value === 'object' && !!(content.content || content.path || content.href || content.raw);
}
/**
 * Tells whether attachment content is a string or a Buffer that 7bit can describe: ASCII
 * only, no NUL and no line over the 998 octets of RFC 5322. Anything else, a stream or a
 * file path included, can not be checked here
 */
function fitsSevenBit(content) {
    let at;
    let length;
    if (typeof content === 'string') {
        at = i => content.charCodeAt(i);
        length = content.length;
    }
    else if (Buffer.isBuffer(content)) {
        at = i => content[i];
        length = content.length;
    }
    else {
        return false;
    }
    let lineLength = 0;
    for (let i = 0; i < length; i++) {
        const c = at(i);
        if (c === 0 || c > 0x7f) {
            return false;
        }
        if (c === 0x0a || c === 0x0d) {
            lineLength = 0;
        }
        else if (++lineLength > 998) {
            return false;
        }
    }
    return true;
}
class MailComposer {
    constructor(mail) {
        this.mail = mail || {};
        this.message = false;
    }
    /**
     * Builds MimeNode instance
     */
    compile() {
        this._alternatives = this.getAlternatives();
        this._htmlNode = this._alternatives.filter(alternative => /^text\/html\b/i.test(alternative.contentType)).pop();
        this._attachments = this.getAttachments(!!this._htmlNode);
        this._useRelated = !!(this._htmlNode && this._attachments.related.length);
        this._useAlternative = this._alternatives.length > 1;
        this._useMixed = this._attachments.attached.length > 1 || (this._alternatives.length && this._attachments.attached.length === 1);
        // Compose MIME tree
        if (this.mail.raw) {
            this.message = new mime_node('message/rfc822', {
                newline: this.mail.newline,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess
            }).setRaw(this.mail.raw);
        }
        else if (this._useMixed) {
            this.message = this._createMixed();
        }
        else if (this._useAlternative) {
            this.message = this._createAlternative();
        }
        else if (this._useRelated) {
            this.message = this._createRelated();
        }
        else {
            this.message = this._createContentNode(false, []
                .concat(this._alternatives || [])
                .concat(this._attachments.attached || [])
                .shift() || {
                contentType: 'text/plain',
                content: ''
            });
        }
        // Add custom headers
        if (this.mail.headers) {
            this.message.addHeader(this.mail.headers);
        }
        // after the custom headers, so it replaces an OTP-Token from them, the field may appear only once
        if (this.mail.otp) {
            this.message.setHeader('OTP-Token', formatOtpToken(this.mail.otp));
        }
        // Add headers to the root node, always overrides custom headers
        ['from', 'sender', 'to', 'cc', 'bcc', 'reply-to', 'in-reply-to', 'references', 'subject', 'message-id', 'date'].forEach(header => {
            const key = header.replace(/-(\w)/g, (o, c) => c.toUpperCase());
            if (this.mail[key]) {
                this.message.setHeader(header, this.mail[key]);
            }
        });
        // Sets custom envelope
        if (this.mail.envelope) {
            this.message.setEnvelope(this.mail.envelope);
        }
        // ensure Message-Id value
        this.message.messageId();
        return this.message;
    }
    /**
     * List all attachments. Resulting attachment objects can be used as input for MimeNode nodes
     *
     * @param findRelated If true separate related attachments from attached ones
     * @returns An object of arrays (`related` and `attached`)
     */
    getAttachments(findRelated) {
        let eventObject;
        const attachments = [].concat(this.mail.attachments || []).map((attachment, i) => {
            if (/^data:/i.test((attachment.path || attachment.href))) {
                attachment = this._processDataUrl(attachment);
            }
            const contentType = attachment.contentType || mime_funcs_detectMimeType(attachment.filename || attachment.path || attachment.href || 'bin');
            const isImage = /^image\//i.test(contentType);
            const isMessageNode = /^message\//i.test(contentType);
            const contentDisposition = attachment.contentDisposition || (isMessageNode || (isImage && attachment.cid) ? 'inline' : 'attachment');
            let contentTransferEncoding;
            if ('contentTransferEncoding' in attachment) {
                // also contains `false`, to set
                contentTransferEncoding = attachment.contentTransferEncoding;
            }
            else if (isMessageNode) {
                // a message/* part can not be encoded (RFC 2046 5.2.1), so the label has to describe
                // the content as it is. A stream or a file might hold non-ASCII bytes that can not be
                // checked here, so only content at hand that fits 7bit is labelled as such
                // content with an `encoding` is decoded later, so what it decodes to is not known here either
                contentTransferEncoding = !attachment.encoding && fitsSevenBit(attachment.content) ? '7bit' : '8bit';
            }
            else {
                contentTransferEncoding = 'base64'; // the default
            }
            const data = {
                contentType,
                contentDisposition,
                contentTransferEncoding
            };
            if (attachment.filename) {
                data.filename = attachment.filename;
            }
            else if (!isMessageNode && attachment.filename !== false) {
                // a backslash separates as well, so a Windows path does not put the sender's directories in the headers
                data.filename = (attachment.path || attachment.href || '').split(/[/\\]/).pop().split('?').shift() || 'attachment-' + (i + 1);
                if (data.filename.indexOf('.') < 0) {
                    data.filename += '.' + mime_funcs_detectExtension(data.contentType);
                }
            }
            if (/^https?:\/\//i.test(attachment.path)) {
                attachment.href = attachment.path;
                attachment.path = undefined;
            }
            if (attachment.cid) {
                data.cid = attachment.cid;
            }
            if (attachment.raw) {
                data.raw = attachment.raw;
            }
            else if (attachment.path) {
                data.content = {
                    path: attachment.path
                };
            }
            else if (attachment.href) {
                data.content = {
                    href: attachment.href,
                    httpHeaders: attachment.httpHeaders,
                    tls: attachment.tls
                };
            }
            else {
                data.content = attachment.content || '';
            }
            if (attachment.encoding) {
                data.encoding = attachment.encoding;
            }
            if (attachment.headers) {
                data.headers = attachment.headers;
            }
            return data;
        });
        if (this.mail.icalEvent) {
            eventObject = Object.assign({}, this._getIcalEvent());
            eventObject.contentType = 'application/ics';
            if (!eventObject.headers) {
                eventObject.headers = {};
            }
            eventObject.filename = eventObject.filename || 'invite.ics';
            eventObject.headers['Content-Disposition'] = 'attachment';
            eventObject.headers['Content-Transfer-Encoding'] = 'base64';
        }
        if (!findRelated) {
            return {
                attached: attachments.concat(eventObject || []),
                related: []
            };
        }
        return {
            attached: attachments.filter(attachment => !attachment.cid).concat(eventObject || []),
            related: attachments.filter(attachment => !!attachment.cid)
        };
    }
    /**
     * Returns the icalEvent value with `path`/`href`/data uri input normalized into
     * a `content` entry, the same way as for regular attachments. The same event is
     * included twice (as a text/calendar alternative and as an application/ics
     * attachment), so the shared content object is marked to be resolved just once
     * and the buffered result is reused by the second node.
     *
     * @returns Normalized icalEvent data
     * @internal
     */
    _getIcalEvent() {
        if (!this._icalEvent) {
            let icalEvent;
            if (isContentObject(this.mail.icalEvent)) {
                // an own "__proto__" key would make the copy inherit path/href from caller
                // data, and the mapping below then replaces the content the caller did set
                icalEvent = (0,shared/* copyOwnKeys */.eY)({}, this.mail.icalEvent);
            }
            else {
                icalEvent = {
                    content: this.mail.icalEvent
                };
            }
            if (/^data:/i.test((icalEvent.path || icalEvent.href))) {
                icalEvent = this._processDataUrl(icalEvent);
            }
            if (/^https?:\/\//i.test(icalEvent.path)) {
                icalEvent.href = icalEvent.path;
                icalEvent.path = undefined;
            }
            if (!icalEvent.raw) {
                // map file path and URL values into `content`, otherwise the content
                // nodes would render an empty body
                if (icalEvent.path) {
                    icalEvent.content = {
                        path: icalEvent.path
                    };
                    icalEvent.path = undefined;
                }
                else if (icalEvent.href) {
                    icalEvent.content = {
                        href: icalEvent.href,
                        httpHeaders: icalEvent.httpHeaders,
                        tls: icalEvent.tls
                    };
                    icalEvent.href = undefined;
                }
            }
            if (icalEvent.content && typeof icalEvent.content === 'object') {
                // we are going to have the same attachment twice, so mark this to be
                // resolved just once
                icalEvent.content._resolve = true;
            }
            this._icalEvent = icalEvent;
        }
        return this._icalEvent;
    }
    /**
     * List alternatives. Resulting objects can be used as input for MimeNode nodes
     *
     * @returns An array of alternative elements. Includes the `text` and `html` values as well
     */
    getAlternatives() {
        const alternatives = [];
        let text, html, watchHtml, amp, eventObject;
        if (this.mail.text) {
            if (isContentObject(this.mail.text)) {
                text = this.mail.text;
            }
            else {
                text = {
                    content: this.mail.text
                };
            }
            text.contentType = 'text/plain; charset=utf-8';
        }
        if (this.mail.watchHtml) {
            if (isContentObject(this.mail.watchHtml)) {
                watchHtml = this.mail.watchHtml;
            }
            else {
                watchHtml = {
                    content: this.mail.watchHtml
                };
            }
            watchHtml.contentType = 'text/watch-html; charset=utf-8';
        }
        if (this.mail.amp) {
            if (isContentObject(this.mail.amp)) {
                amp = this.mail.amp;
            }
            else {
                amp = {
                    content: this.mail.amp
                };
            }
            amp.contentType = 'text/x-amp-html; charset=utf-8';
        }
        // NB! when including attachments with a calendar alternative you might end up in a blank screen on some clients
        if (this.mail.icalEvent) {
            eventObject = Object.assign({}, this._getIcalEvent());
            eventObject.filename = false;
            eventObject.contentType = 'text/calendar; charset=utf-8; method=' + (eventObject.method || 'PUBLISH').toString().trim().toUpperCase();
            if (!eventObject.headers) {
                eventObject.headers = {};
            }
        }
        if (this.mail.html) {
            if (isContentObject(this.mail.html)) {
                html = this.mail.html;
            }
            else {
                html = {
                    content: this.mail.html
                };
            }
            html.contentType = 'text/html; charset=utf-8';
        }
        []
            .concat(text || [])
            .concat(watchHtml || [])
            .concat(amp || [])
            .concat(html || [])
            .concat(eventObject || [])
            .concat(this.mail.alternatives || [])
            .forEach(alternative => {
            if (/^data:/i.test((alternative.path || alternative.href))) {
                alternative = this._processDataUrl(alternative);
            }
            const data = {
                contentType: alternative.contentType || mime_funcs_detectMimeType(alternative.filename || alternative.path || alternative.href || 'txt'),
                contentTransferEncoding: alternative.contentTransferEncoding
            };
            if (alternative.filename) {
                data.filename = alternative.filename;
            }
            if (/^https?:\/\//i.test(alternative.path)) {
                alternative.href = alternative.path;
                alternative.path = undefined;
            }
            if (alternative.raw) {
                data.raw = alternative.raw;
            }
            else if (alternative.path) {
                data.content = {
                    path: alternative.path
                };
            }
            else if (alternative.href) {
                data.content = {
                    href: alternative.href,
                    httpHeaders: alternative.httpHeaders,
                    tls: alternative.tls
                };
            }
            else {
                data.content = alternative.content || '';
            }
            if (alternative.encoding) {
                data.encoding = alternative.encoding;
            }
            if (alternative.headers) {
                data.headers = alternative.headers;
            }
            alternatives.push(data);
        });
        return alternatives;
    }
    /**
     * Builds multipart/mixed node. It should always contain different type of elements on the same level
     * eg. text + attachments
     *
     * @param parentNode Parent for this note. If it does not exist, a root node is created
     * @returns MimeNode node element
     * @internal
     */
    _createMixed(parentNode) {
        const node = parentNode
            ? parentNode.createChild('multipart/mixed', {
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            })
            : new mime_node('multipart/mixed', {
                baseBoundary: this.mail.baseBoundary,
                textEncoding: this.mail.textEncoding,
                boundaryPrefix: this.mail.boundaryPrefix,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            });
        if (this._useAlternative) {
            this._createAlternative(node);
        }
        else if (this._useRelated) {
            this._createRelated(node);
        }
        []
            .concat((!this._useAlternative && this._alternatives) || [])
            .concat(this._attachments.attached || [])
            .forEach(element => {
            // if the element is a html node from related subpart then ignore it
            if (!this._useRelated || element !== this._htmlNode) {
                this._createContentNode(node, element);
            }
        });
        return node;
    }
    /**
     * Builds multipart/alternative node. It should always contain same type of elements on the same level
     * eg. text + html view of the same data
     *
     * @param parentNode Parent for this note. If it does not exist, a root node is created
     * @returns MimeNode node element
     * @internal
     */
    _createAlternative(parentNode) {
        const node = parentNode
            ? parentNode.createChild('multipart/alternative', {
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            })
            : new mime_node('multipart/alternative', {
                baseBoundary: this.mail.baseBoundary,
                textEncoding: this.mail.textEncoding,
                boundaryPrefix: this.mail.boundaryPrefix,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            });
        this._alternatives.forEach(alternative => {
            if (this._useRelated && this._htmlNode === alternative) {
                this._createRelated(node);
            }
            else {
                this._createContentNode(node, alternative);
            }
        });
        return node;
    }
    /**
     * Builds multipart/related node. It should always contain html node with related attachments
     *
     * @param parentNode Parent for this note. If it does not exist, a root node is created
     * @returns MimeNode node element
     * @internal
     */
    _createRelated(parentNode) {
        const node = parentNode
            ? parentNode.createChild('multipart/related; type="text/html"', {
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            })
            : new mime_node('multipart/related; type="text/html"', {
                baseBoundary: this.mail.baseBoundary,
                textEncoding: this.mail.textEncoding,
                boundaryPrefix: this.mail.boundaryPrefix,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            });
        this._createContentNode(node, this._htmlNode);
        this._attachments.related.forEach(alternative => this._createContentNode(node, alternative));
        return node;
    }
    /**
     * Creates a regular node with contents
     *
     * @param parentNode Parent for this note. If it does not exist, a root node is created
     * @param element Node data
     * @returns MimeNode node element
     * @internal
     */
    _createContentNode(parentNode, element) {
        element = element || {};
        element.content = element.content || '';
        const encoding = (element.encoding || 'utf8')
            .toString()
            .toLowerCase()
            .replace(/[-_\s]/g, '');
        const node = parentNode
            ? parentNode.createChild(element.contentType, {
                filename: element.filename,
                textEncoding: this.mail.textEncoding,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            })
            : new mime_node(element.contentType, {
                filename: element.filename,
                baseBoundary: this.mail.baseBoundary,
                textEncoding: this.mail.textEncoding,
                boundaryPrefix: this.mail.boundaryPrefix,
                disableUrlAccess: this.mail.disableUrlAccess,
                disableFileAccess: this.mail.disableFileAccess,
                normalizeHeaderKey: this.mail.normalizeHeaderKey,
                newline: this.mail.newline
            });
        // add custom headers
        if (element.headers) {
            node.addHeader(element.headers);
        }
        if (element.cid) {
            node.setHeader('Content-Id', '<' + element.cid.replace(/[<>]/g, '') + '>');
        }
        if (element.contentTransferEncoding) {
            node.setHeader('Content-Transfer-Encoding', element.contentTransferEncoding);
        }
        else if (this.mail.encoding && /^text\//i.test(element.contentType)) {
            node.setHeader('Content-Transfer-Encoding', this.mail.encoding);
        }
        if (!/^text\//i.test(element.contentType) || element.contentDisposition) {
            node.setHeader('Content-Disposition', element.contentDisposition || (element.cid && /^image\//i.test(element.contentType) ? 'inline' : 'attachment'));
        }
        if (typeof element.content === 'string' && !['utf8', 'usascii', 'ascii'].includes(encoding)) {
            element.content = Buffer.from(element.content, encoding);
        }
        // prefer pregenerated raw content
        if (element.raw) {
            node.setRaw(element.raw);
        }
        else {
            node.setContent(element.content);
        }
        return node;
    }
    /**
     * Parses data uri and converts it to a Buffer
     *
     * @param element Content element
     * @return Parsed element
     * @internal
     */
    _processDataUrl(element) {
        const dataUrl = element.path || element.href;
        // Early validation to prevent ReDoS
        if (!dataUrl || typeof dataUrl !== 'string') {
            return element;
        }
        if (!dataUrl.startsWith('data:')) {
            return element;
        }
        if (dataUrl.length > 52428800) {
            // 52428800 chars = 50MB limit for data URL string (~37.5MB decoded image)
            // Extract content type before rejecting to preserve MIME type
            let detectedType = 'application/octet-stream';
            const commaPos = dataUrl.indexOf(',');
            if (commaPos > 0 && commaPos < 200) {
                // Parse header safely with size limit
                const header = dataUrl.substring(5, commaPos); // skip 'data:'
                const parts = header.split(';');
                if (parts[0] && parts[0].includes('/')) {
                    detectedType = parts[0].trim();
                }
            }
            // Return empty content for excessively long data URLs
            return Object.assign((0,shared/* copyOwnKeys */.eY)({}, element), {
                path: false,
                href: false,
                content: Buffer.alloc(0),
                contentType: element.contentType || detectedType
            });
        }
        let parsedDataUri;
        try {
            parsedDataUri = (0,shared/* parseDataURI */.oI)(dataUrl);
        }
        catch (_err) {
            return element;
        }
        if (!parsedDataUri) {
            return element;
        }
        element.content = parsedDataUri.data;
        element.contentType = element.contentType || parsedDataUri.contentType;
        if ('path' in element) {
            element.path = false;
        }
        if ('href' in element) {
            element.href = false;
        }
        return element;
    }
}
/**
 * Returns the value of the OTP-Token header for the otp option. The header is defined by
 * draft-goto-otp-token-01, an Internet-Draft that expires on 25 March 2027. By then check
 * for a newer revision of the draft or a published RFC, the header name and its
 * parameters are still open questions in the draft.
 */
function formatOtpToken(otp) {
    // a structured field String can only hold printable ascii. The code is a secret the recipient
    // compares against the one in the message body, so it is rejected rather than cleaned up
    if (typeof otp.code !== 'string' || !/^[\x20-\x7e]+$/.test(otp.code)) {
        throw otpError('The otp code must be a non-empty string of printable ASCII characters');
    }
    // a structured field String escapes the same two characters as a quoted-string
    return quoteString(otp.code) + '; origin=' + quoteString(getOtpOrigin(otp.origin));
}
/**
 * Returns the canonical ascii serialization of the origin the code is bound to. The draft
 * requires a potentially trustworthy origin, so only https is accepted, plus http on a
 * loopback host for local development
 */
function getOtpOrigin(origin) {
    let url;
    try {
        url = new URL(String(origin));
    }
    catch {
        // handled below
    }
    // the WHATWG parser lets characters such as a quote or a brace into a host, which the
    // origin grammar the draft requires (RFC 6454) does not allow, so a receiver would discard
    // the header. Only a DNS name, an IPv4 address or a bracketed IPv6 address is accepted.
    // Userinfo is refused as well, an origin never has it and it turns a value built as
    // 'https://example.com' + input into the origin of whatever host follows an "@"
    if (!url || url.username || url.password || !/^([a-z0-9_-]+\.)*[a-z0-9_-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname)) {
        throw otpError('The otp origin must be an absolute https URL');
    }
    const isLoopback = /^(localhost|.+\.localhost|127(\.\d+){3}|\[::1\])$/.test(url.hostname);
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback)) {
        throw otpError('The otp origin must be an https URL, or an http URL on a loopback host');
    }
    // the URL parser already lowercases the host, converts it to punycode and drops the default port
    return url.origin;
}
function otpError(message) {
    const err = new Error(message);
    err.code = errors/* EOTP */.JW;
    return err;
}
/* harmony default export */ const mail_composer = (MailComposer);


/***/ }),

/***/ 9701:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   rE: () => (/* binding */ version)
/* harmony export */ });
/* unused harmony exports name, homepage */
// Generated by scripts/build.js from package.json. Do not edit by hand.
const name = 'nodemailer';
const version = '10.6.1';
const homepage = 'https://nodemailer.com/';


/***/ }),

/***/ 7278:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Pk: () => (/* binding */ toUnicode),
/* harmony export */   tl: () => (/* binding */ toASCII)
/* harmony export */ });
/* unused harmony exports version, ucs2, decode, encode */
/*

Copied from https://github.com/mathiasbynens/punycode.js/blob/ef3505c8abb5143a00d53ce59077c9f7f4b2ac47/punycode.js

Copyright Mathias Bynens <https://mathiasbynens.be/>

Permission is hereby granted, free of charge, to any person obtaining
a copy of this software and associated documentation files (the
"Software"), to deal in the Software without restriction, including
without limitation the rights to use, copy, modify, merge, publish,
distribute, sublicense, and/or sell copies of the Software, and to
permit persons to whom the Software is furnished to do so, subject to
the following conditions:

The above copyright notice and this permission notice shall be
included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND,
EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF
MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION
OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION
WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.

*/
/* eslint callback-return: 0, no-bitwise: 0, eqeqeq: 0, prefer-arrow-callback: 0 */
/** Highest positive signed 32-bit float value */
const maxInt = 2147483647; // aka. 0x7FFFFFFF or 2^31-1
/** Bootstring parameters */
const base = 36;
const tMin = 1;
const tMax = 26;
const skew = 38;
const damp = 700;
const initialBias = 72;
const initialN = 128; // 0x80
const delimiter = '-'; // '\x2D'
/** Regular expressions */
const regexPunycode = /^xn--/;
const regexNonASCII = /[^\0-\x7F]/; // Note: U+007F DEL is excluded too.
const regexSeparators = /[\x2E\u3002\uFF0E\uFF61]/g; // RFC 3490 separators
/** Error messages */
const errors = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input'
};
/** Convenience shortcuts */
const baseMinusTMin = base - tMin;
const floor = Math.floor;
const stringFromCharCode = String.fromCharCode;
/*--------------------------------------------------------------------------*/
/**
 * A generic error utility function.
 * @private
 * @param type The error type.
 * @returns Throws a `RangeError` with the applicable error message.
 */
function error(type) {
    throw new RangeError(errors[type]);
}
/**
 * A generic `Array#map` utility function.
 * @private
 * @param array The array to iterate over.
 * @param callback The function that gets called for every array
 * item.
 * @returns A new array of values returned by the callback function.
 */
function map(array, callback) {
    const result = [];
    let length = array.length;
    while (length--) {
        result[length] = callback(array[length]);
    }
    return result;
}
/**
 * A simple `Array#map`-like wrapper to work with domain name strings or email
 * addresses.
 * @private
 * @param domain The domain name or email address.
 * @param callback The function that gets called for every
 * character.
 * @returns A new string of characters returned by the callback
 * function.
 */
function mapDomain(domain, callback) {
    const parts = domain.split('@');
    let result = '';
    if (parts.length > 1) {
        // In email addresses, only the domain name should be punycoded. Leave
        // the local part (i.e. everything up to `@`) intact.
        result = parts[0] + '@';
        domain = parts[1];
    }
    // Avoid `split(regex)` for IE8 compatibility. See #17.
    domain = domain.replace(regexSeparators, '\x2E');
    const labels = domain.split('.');
    const encoded = map(labels, callback).join('.');
    return result + encoded;
}
/**
 * Creates an array containing the numeric code points of each Unicode
 * character in the string. While JavaScript uses UCS-2 internally,
 * this function will convert a pair of surrogate halves (each of which
 * UCS-2 exposes as separate characters) into a single code point,
 * matching UTF-16.
 * @see `punycode.ucs2.encode`
 * @see <https://mathiasbynens.be/notes/javascript-encoding>
 * @memberOf punycode.ucs2
 * @name decode
 * @param string The Unicode input string (UCS-2).
 * @returns The new array of code points.
 */
function ucs2decode(string) {
    const output = [];
    let counter = 0;
    const length = string.length;
    while (counter < length) {
        const value = string.charCodeAt(counter++);
        if (value >= 0xd800 && value <= 0xdbff && counter < length) {
            // It's a high surrogate, and there is a next character.
            const extra = string.charCodeAt(counter++);
            if ((extra & 0xfc00) == 0xdc00) {
                // Low surrogate.
                output.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
            }
            else {
                // It's an unmatched surrogate; only append this code unit, in case the
                // next code unit is the high surrogate of a surrogate pair.
                output.push(value);
                counter--;
            }
        }
        else {
            output.push(value);
        }
    }
    return output;
}
/**
 * Creates a string based on an array of numeric code points.
 * @see `punycode.ucs2.decode`
 * @memberOf punycode.ucs2
 * @name encode
 * @param codePoints The array of numeric code points.
 * @returns The new Unicode string (UCS-2).
 */
const ucs2encode = (codePoints) => String.fromCodePoint(...codePoints);
/**
 * Converts a basic code point into a digit/integer.
 * @see `digitToBasic()`
 * @private
 * @param codePoint The basic numeric code point value.
 * @returns The numeric value of a basic code point (for use in
 * representing integers) in the range `0` to `base - 1`, or `base` if
 * the code point does not represent a value.
 */
const basicToDigit = function (codePoint) {
    if (codePoint >= 0x30 && codePoint < 0x3a) {
        return 26 + (codePoint - 0x30);
    }
    if (codePoint >= 0x41 && codePoint < 0x5b) {
        return codePoint - 0x41;
    }
    if (codePoint >= 0x61 && codePoint < 0x7b) {
        return codePoint - 0x61;
    }
    return base;
};
/**
 * Converts a digit/integer into a basic code point.
 * @see `basicToDigit()`
 * @private
 * @param digit The numeric value of a basic code point.
 * @param flag Non-zero to use the uppercase form of the code point.
 * @returns The basic code point whose value (when used for
 * representing integers) is `digit`, which needs to be in the range
 * `0` to `base - 1`. If `flag` is non-zero, the uppercase form is
 * used; else, the lowercase form is used. The behavior is undefined
 * if `flag` is non-zero and `digit` has no uppercase form.
 */
const digitToBasic = function (digit, flag) {
    //  0..25 map to ASCII a..z or A..Z
    // 26..35 map to ASCII 0..9
    return digit + 22 + 75 * Number(digit < 26) - (Number(flag != 0) << 5);
};
/**
 * Bias adaptation function as per section 3.4 of RFC 3492.
 * https://tools.ietf.org/html/rfc3492#section-3.4
 * @private
 */
const adapt = function (delta, numPoints, firstTime) {
    let k = 0;
    delta = firstTime ? floor(delta / damp) : delta >> 1;
    delta += floor(delta / numPoints);
    for (; /* no initialization */ delta > (baseMinusTMin * tMax) >> 1; k += base) {
        delta = floor(delta / baseMinusTMin);
    }
    return floor(k + ((baseMinusTMin + 1) * delta) / (delta + skew));
};
/**
 * Converts a Punycode string of ASCII-only symbols to a string of Unicode
 * symbols.
 * @memberOf punycode
 * @param input The Punycode string of ASCII-only symbols.
 * @returns The resulting string of Unicode symbols.
 */
const decode = function (input) {
    // Don't use UCS-2.
    const output = [];
    const inputLength = input.length;
    let i = 0;
    let n = initialN;
    let bias = initialBias;
    // Handle the basic code points: let `basic` be the number of input code
    // points before the last delimiter, or `0` if there is none, then copy
    // the first basic code points to the output.
    let basic = input.lastIndexOf(delimiter);
    if (basic < 0) {
        basic = 0;
    }
    for (let j = 0; j < basic; ++j) {
        // if it's not a basic code point
        if (input.charCodeAt(j) >= 0x80) {
            error('not-basic');
        }
        output.push(input.charCodeAt(j));
    }
    // Main decoding loop: start just after the last delimiter if any basic code
    // points were copied; start at the beginning otherwise.
    for (let index = basic > 0 ? basic + 1 : 0; index < inputLength /* no final expression */;) {
        // `index` is the index of the next character to be consumed.
        // Decode a generalized variable-length integer into `delta`,
        // which gets added to `i`. The overflow checking is easier
        // if we increase `i` as we go, then subtract off its starting
        // value at the end to obtain `delta`.
        const oldi = i;
        for (let w = 1, k = base /* no condition */;; k += base) {
            if (index >= inputLength) {
                error('invalid-input');
            }
            const digit = basicToDigit(input.charCodeAt(index++));
            if (digit >= base) {
                error('invalid-input');
            }
            if (digit > floor((maxInt - i) / w)) {
                error('overflow');
            }
            i += digit * w;
            const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
            if (digit < t) {
                break;
            }
            const baseMinusT = base - t;
            if (w > floor(maxInt / baseMinusT)) {
                error('overflow');
            }
            w *= baseMinusT;
        }
        const out = output.length + 1;
        bias = adapt(i - oldi, out, oldi == 0);
        // `i` was supposed to wrap around from `out` to `0`,
        // incrementing `n` each time, so we'll fix that now:
        if (floor(i / out) > maxInt - n) {
            error('overflow');
        }
        n += floor(i / out);
        i %= out;
        // Insert `n` at position `i` of the output.
        output.splice(i++, 0, n);
    }
    return String.fromCodePoint(...output);
};
/**
 * Converts a string of Unicode symbols (e.g. a domain name label) to a
 * Punycode string of ASCII-only symbols.
 * @memberOf punycode
 * @param input The string of Unicode symbols.
 * @returns The resulting Punycode string of ASCII-only symbols.
 */
const encode = function (input) {
    const output = [];
    // Convert the input in UCS-2 to an array of Unicode code points.
    const codePoints = ucs2decode(input);
    // Cache the length.
    const inputLength = codePoints.length;
    // Initialize the state.
    let n = initialN;
    let delta = 0;
    let bias = initialBias;
    // Handle the basic code points.
    for (const currentValue of codePoints) {
        if (currentValue < 0x80) {
            output.push(stringFromCharCode(currentValue));
        }
    }
    const basicLength = output.length;
    let handledCPCount = basicLength;
    // `handledCPCount` is the number of code points that have been handled;
    // `basicLength` is the number of basic code points.
    // Finish the basic string with a delimiter unless it's empty.
    if (basicLength) {
        output.push(delimiter);
    }
    // Main encoding loop:
    while (handledCPCount < inputLength) {
        // All non-basic code points < n have been handled already. Find the next
        // larger one:
        let m = maxInt;
        for (const currentValue of codePoints) {
            if (currentValue >= n && currentValue < m) {
                m = currentValue;
            }
        }
        // Increase `delta` enough to advance the decoder's <n,i> state to <m,0>,
        // but guard against overflow.
        const handledCPCountPlusOne = handledCPCount + 1;
        if (m - n > floor((maxInt - delta) / handledCPCountPlusOne)) {
            error('overflow');
        }
        delta += (m - n) * handledCPCountPlusOne;
        n = m;
        for (const currentValue of codePoints) {
            if (currentValue < n && ++delta > maxInt) {
                error('overflow');
            }
            if (currentValue === n) {
                // Represent delta as a generalized variable-length integer.
                let q = delta;
                for (let k = base /* no condition */;; k += base) {
                    const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
                    if (q < t) {
                        break;
                    }
                    const qMinusT = q - t;
                    const baseMinusT = base - t;
                    output.push(stringFromCharCode(digitToBasic(t + (qMinusT % baseMinusT), 0)));
                    q = floor(qMinusT / baseMinusT);
                }
                output.push(stringFromCharCode(digitToBasic(q, 0)));
                bias = adapt(delta, handledCPCountPlusOne, handledCPCount === basicLength);
                delta = 0;
                ++handledCPCount;
            }
        }
        ++delta;
        ++n;
    }
    return output.join('');
};
/**
 * Converts a Punycode string representing a domain name or an email address
 * to Unicode. Only the Punycoded parts of the input will be converted, i.e.
 * it doesn't matter if you call it on a string that has already been
 * converted to Unicode.
 * @memberOf punycode
 * @param input The Punycoded domain name or email address to
 * convert to Unicode.
 * @returns The Unicode representation of the given Punycode
 * string.
 */
const toUnicode = function (input) {
    return mapDomain(input, function (string) {
        return regexPunycode.test(string) ? decode(string.slice(4).toLowerCase()) : string;
    });
};
/**
 * Converts a Unicode string representing a domain name or an email address to
 * Punycode. Only the non-ASCII parts of the domain name will be converted,
 * i.e. it doesn't matter if you call it with a domain that's already in
 * ASCII.
 * @memberOf punycode
 * @param input The domain name or email address to convert, as a
 * Unicode string.
 * @returns The Punycode representation of the given domain name or
 * email address.
 */
const toASCII = function (input) {
    return mapDomain(input, function (string) {
        return regexNonASCII.test(string) ? 'xn--' + encode(string) : string;
    });
};
/*--------------------------------------------------------------------------*/
/** Define the public API */
/**
 * A string representing the current Punycode.js version number.
 * @memberOf punycode
 * @type String
 */
const version = '2.3.1';
/**
 * An object of methods to convert from JavaScript's internal character
 * representation (UCS-2) to Unicode code points, and back.
 * @see <https://mathiasbynens.be/notes/javascript-encoding>
 * @memberOf punycode
 * @type Object
 */
const ucs2 = {
    decode: ucs2decode,
    encode: ucs2encode
};



/***/ }),

/***/ 2076:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AT: () => (/* binding */ normalizeDomain),
/* harmony export */   Az: () => (/* binding */ unreadableStreamError),
/* harmony export */   Iy: () => (/* binding */ encodeXText),
/* harmony export */   Jt: () => (/* binding */ callbackPromise),
/* harmony export */   X0: () => (/* binding */ recordStreamErrors),
/* harmony export */   cK: () => (/* binding */ resolveHostname),
/* harmony export */   eY: () => (/* reexport safe */ _objects_js__WEBPACK_IMPORTED_MODULE_11__.e),
/* harmony export */   jK: () => (/* binding */ resolveStream),
/* harmony export */   oI: () => (/* binding */ parseDataURI),
/* harmony export */   tQ: () => (/* binding */ destroyStream),
/* harmony export */   tZ: () => (/* binding */ getLogger)
/* harmony export */ });
/* unused harmony exports _lastCacheCleanup, _resetCacheCleanup, networkInterfaces, _readNetworkInterfaces, dnsCache, parseConnectionUrl, _logFunc, resolveContent, assign */
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1093);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7975);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3024);
/* harmony import */ var _fetch_index_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9354);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(2809);
/* harmony import */ var _objects_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(7212);
/* harmony import */ var node_dns__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(610);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(7030);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(8161);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(3136);
/* harmony import */ var _punycode_index_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(7278);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(7075);
/* eslint no-console: 0 */












// re-exported for the callers that already depend on this module, see ./objects

const DNS_TTL = 5 * 60 * 1000;
const CACHE_CLEANUP_INTERVAL = 30 * 1000; // Minimum 30 seconds between cleanups
const MAX_CACHE_SIZE = 1000; // Maximum number of entries in cache
let lastCacheCleanup = 0;
/** @internal */
const _lastCacheCleanup = () => lastCacheCleanup;
/** @internal */
const _resetCacheCleanup = () => {
    lastCacheCleanup = 0;
};
let networkInterfaces;
let networkInterfacesRead = false;
// Read on first use rather than at load, so that importing the module does not ask for
// the interface table (Deno prompts for --allow-sys on it)
/** @internal */
const _readNetworkInterfaces = () => {
    if (!networkInterfacesRead) {
        networkInterfacesRead = true;
        try {
            networkInterfaces = node_os__WEBPACK_IMPORTED_MODULE_7__.networkInterfaces();
        }
        catch (_err) {
            // fails on some systems
        }
    }
    return networkInterfaces;
};
const isFamilySupported = (family, allowInternal) => {
    const addresses = Object.values(_readNetworkInterfaces() || {}).flat();
    if (!addresses.length) {
        // hope for the best. Runtimes without an interface table (Cloudflare
        // Workers) report an empty object rather than throwing
        return true;
    }
    return addresses.filter(i => !i.internal || allowInternal).some(i => i.family === 'IPv' + family || i.family === family);
};
const resolve = (family, hostname, options, callback) => {
    options = options || {};
    if (!isFamilySupported(family, options.allowInternalNetworkInterfaces)) {
        callback(null, []);
        return null;
    }
    const dnsResolver = node_dns__WEBPACK_IMPORTED_MODULE_5__.Resolver ? new node_dns__WEBPACK_IMPORTED_MODULE_5__.Resolver(options) : node_dns__WEBPACK_IMPORTED_MODULE_5__;
    dnsResolver['resolve' + family](hostname, (err, addresses) => {
        if (err) {
            switch (err.code) {
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.NODATA:
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.NOTFOUND:
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.NOTIMP:
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.SERVFAIL:
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.CONNREFUSED:
                case node_dns__WEBPACK_IMPORTED_MODULE_5__.REFUSED:
                case 'EAI_AGAIN':
                    return callback(null, []);
            }
            return callback(err);
        }
        return callback(null, Array.isArray(addresses) ? addresses : [].concat(addresses || []));
    });
    return node_dns__WEBPACK_IMPORTED_MODULE_5__.Resolver ? dnsResolver : null;
};
const dnsCache = new Map();
const formatDNSValue = (value, extra) => {
    if (!value) {
        return Object.assign({}, extra || {});
    }
    const addresses = value.addresses || [];
    // Select a random address from available addresses, or null if none
    const host = addresses.length > 0 ? addresses[Math.floor(Math.random() * addresses.length)] : null;
    return Object.assign({
        host,
        // Include all addresses for connection fallback support
        _addresses: addresses
    }, extra || {});
};
const resolveHostname = (options, callback) => {
    options = options || {};
    if (!options.host && options.servername) {
        options.host = options.servername;
    }
    if (!options.host || node_net__WEBPACK_IMPORTED_MODULE_6__.isIP(options.host)) {
        // nothing to do here
        const value = {
            addresses: [options.host]
        };
        return callback(null, formatDNSValue(value, {
            servername: options.servername || false,
            cached: false
        }));
    }
    const host = options.host;
    // The TLS server name belongs to the connection asking, not to the host it resolves. The
    // cache is shared by every transport of the process and keyed by host alone, so a server
    // name stored in it would be the one of whichever transport resolved the host first, and a
    // later transport with its own tls.servername would present and verify that name instead
    const servername = options.servername || host;
    let cached;
    if (dnsCache.has(options.host)) {
        cached = dnsCache.get(options.host);
        // Lazy cleanup with time throttling
        const now = Date.now();
        if (now - lastCacheCleanup > CACHE_CLEANUP_INTERVAL) {
            lastCacheCleanup = now;
            // Clean up expired entries
            for (const [host, entry] of dnsCache.entries()) {
                if (entry.expires && entry.expires < now) {
                    dnsCache.delete(host);
                }
            }
            // If cache is still too large, remove oldest entries
            if (dnsCache.size > MAX_CACHE_SIZE) {
                const toDelete = Math.floor(MAX_CACHE_SIZE * 0.1); // Remove 10% of entries
                const keys = Array.from(dnsCache.keys()).slice(0, toDelete);
                keys.forEach(key => dnsCache.delete(key));
            }
        }
        if (!cached.expires || cached.expires >= now) {
            return callback(null, formatDNSValue(cached.value, {
                servername,
                cached: true
            }));
        }
    }
    // The timeout limits the lookup as a whole. It is also handed to the resolver, but there
    // it applies to every query attempt on its own, and the resolver retries a few times
    let responded = false;
    let deadline;
    const respond = (err, result) => {
        if (responded) {
            return;
        }
        responded = true;
        clearTimeout(deadline);
        callback(err, result);
    };
    // a stale cached value is still better than no value at all
    const respondCached = (error) => {
        if (!cached) {
            return false;
        }
        dnsCache.set(host, {
            value: cached.value,
            expires: Date.now() + (options.dnsTtl || DNS_TTL)
        });
        respond(null, formatDNSValue(cached.value, {
            servername,
            cached: true,
            error
        }));
        return true;
    };
    const resolvers = [];
    const timeout = Number(options.timeout) || 0;
    if (timeout > 0) {
        deadline = setTimeout(() => {
            for (const resolver of resolvers) {
                if (typeof resolver.cancel === 'function') {
                    resolver.cancel();
                }
            }
            const err = new Error('DNS lookup for ' + host + ' timed out');
            err.code = node_dns__WEBPACK_IMPORTED_MODULE_5__.TIMEOUT;
            if (!respondCached(err)) {
                respond(err);
            }
        }, timeout);
    }
    // Resolve both IPv4 and IPv6 addresses for fallback support, at the same time
    let ipv4Addresses = [];
    let ipv6Addresses = [];
    let ipv4Error = null;
    let ipv6Error = null;
    let pending = 2;
    const onResolved = () => {
        if (--pending || responded) {
            return;
        }
        // Combine addresses: IPv4 first, then IPv6
        const allAddresses = ipv4Addresses.concat(ipv6Addresses);
        if (allAddresses.length) {
            const value = {
                addresses: allAddresses
            };
            dnsCache.set(host, {
                value,
                expires: Date.now() + (options.dnsTtl || DNS_TTL)
            });
            return respond(null, formatDNSValue(value, {
                servername,
                cached: false
            }));
        }
        // No addresses from resolve4/resolve6, try dns.lookup as fallback
        if (ipv4Error && ipv6Error && respondCached(ipv4Error)) {
            // Both resolvers had errors
            return;
        }
        try {
            node_dns__WEBPACK_IMPORTED_MODULE_5__.lookup(host, { all: true }, (err, addresses) => {
                if (err) {
                    if (respondCached(err)) {
                        return;
                    }
                    return respond(err);
                }
                // Get all supported addresses from dns.lookup
                const supportedAddresses = addresses ? addresses.filter(addr => isFamilySupported(addr.family)).map(addr => addr.address) : [];
                if (addresses && addresses.length && !supportedAddresses.length) {
                    // there are addresses but none can be used
                    console.warn(`Failed to resolve IPv${addresses[0].family} addresses with current network`);
                }
                if (!supportedAddresses.length && cached) {
                    // nothing was found, fallback to cached value
                    return respond(null, formatDNSValue(cached.value, {
                        servername,
                        cached: true
                    }));
                }
                const value = {
                    addresses: supportedAddresses.length ? supportedAddresses : [host]
                };
                dnsCache.set(host, {
                    value,
                    expires: Date.now() + (options.dnsTtl || DNS_TTL)
                });
                return respond(null, formatDNSValue(value, {
                    servername,
                    cached: false
                }));
            });
        }
        catch (lookupErr) {
            if (respondCached(lookupErr)) {
                return;
            }
            return respond(ipv4Error || ipv6Error || lookupErr);
        }
    };
    for (const family of [4, 6]) {
        const resolver = resolve(family, host, options, (err, addresses) => {
            if (family === 4) {
                ipv4Error = err;
                ipv4Addresses = addresses || [];
            }
            else {
                ipv6Error = err;
                ipv6Addresses = addresses || [];
            }
            onResolved();
        });
        if (resolver) {
            resolvers.push(resolver);
        }
    }
};
/**
 * Parses connection url to a structured configuration object
 *
 * @param str Connection url
 * @return Configuration object
 */
const parseConnectionUrl = (str) => {
    str = str || '';
    const options = {};
    const url = urllib.parse(str, true);
    switch (url.protocol) {
        case 'smtp:':
            options.secure = false;
            break;
        case 'smtps:':
            options.secure = true;
            break;
        case 'direct:':
            options.direct = true;
            break;
    }
    if (!isNaN(url.port) && Number(url.port)) {
        options.port = Number(url.port);
    }
    if (url.hostname) {
        options.host = url.hostname;
    }
    if (url.username || url.password) {
        options.auth = {
            user: url.username || '',
            pass: url.password || ''
        };
    }
    Object.keys(url.query || {}).forEach(key => {
        let obj = options;
        let lKey = key;
        let value = url.query[key];
        if (!isNaN(value)) {
            value = Number(value);
        }
        switch (value) {
            case 'true':
                value = true;
                break;
            case 'false':
                value = false;
                break;
        }
        // tls is nested object
        if (key.indexOf('tls.') === 0) {
            lKey = key.substr(4);
            if (!options.tls) {
                options.tls = {};
            }
            obj = options.tls;
        }
        else if (key.indexOf('.') >= 0) {
            // ignore nested properties besides tls
            return;
        }
        // `in` already keeps "__proto__" out, but only as a side effect of it being an
        // Object.prototype member. Say it, so the protection survives a change to the check
        if (!isProtoKey(lKey) && !(lKey in obj)) {
            obj[lKey] = value;
        }
    });
    return options;
};
/** @internal */
const _logFunc = (logger, level, defaults, data, message, ...args) => {
    const entry = Object.assign({}, defaults || {}, data || {});
    delete entry.level;
    let logLevel = level;
    if (typeof logger[logLevel] !== 'function') {
        // Provided logger does not implement this level. Fall back to a
        // lower-severity handler instead of throwing.
        logLevel = ['info', 'debug', 'log', 'trace', 'warn', 'error'].find(name => typeof logger[name] === 'function');
    }
    if (logLevel) {
        logger[logLevel](entry, message, ...args);
    }
};
/**
 * Returns a bunyan-compatible logger interface. Uses either provided logger or
 * creates a default console logger
 *
 * @param [options] Options object that might include 'logger' value
 * @param [defaults] Fields merged into every log entry, overridden by the fields of the entry itself
 * @return bunyan compatible logger
 */
const getLogger = (options, defaults) => {
    options = options || {};
    const response = {};
    const levels = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'];
    if (!options.logger) {
        // use vanity logger
        levels.forEach(level => {
            response[level] = () => false;
        });
        return response;
    }
    const logger = options.logger === true ? createDefaultLogger(levels) : options.logger;
    levels.forEach(level => {
        response[level] = (...args) => {
            // the bunyan forms: a data object first, or the message alone
            const data = typeof args[0] === 'string' ? undefined : args.shift();
            _logFunc(logger, level, defaults, data, ...args);
        };
    });
    return response;
};
/**
 * Wrapper for creating a callback that either resolves or rejects a promise
 * based on input
 *
 * @param resolve Function to run if callback is called
 * @param reject Function to run if callback ends with an error
 */
const callbackPromise = (resolve, reject) => function (...args) {
    const err = args.shift();
    if (err) {
        reject(err);
    }
    else {
        resolve(...args);
    }
};
const parseDataURI = (uri) => {
    if (typeof uri !== 'string') {
        return null;
    }
    // Early return for non-data URIs to avoid unnecessary processing
    if (!uri.startsWith('data:')) {
        return null;
    }
    // Find the first comma safely - this prevents ReDoS
    const commaPos = uri.indexOf(',');
    if (commaPos === -1) {
        return null;
    }
    const data = uri.substring(commaPos + 1);
    const metaStr = uri.substring('data:'.length, commaPos);
    let encoding;
    const metaEntries = metaStr.split(';');
    if (metaEntries.length > 0) {
        const lastEntry = metaEntries[metaEntries.length - 1].toLowerCase().trim();
        // Only recognize valid encoding types to prevent manipulation
        if (['base64', 'utf8', 'utf-8'].includes(lastEntry) && lastEntry.indexOf('=') === -1) {
            encoding = lastEntry;
            metaEntries.pop();
        }
    }
    const contentType = metaEntries.length > 0 ? metaEntries.shift() : 'application/octet-stream';
    const params = {};
    for (let i = 0; i < metaEntries.length; i++) {
        const entry = metaEntries[i];
        const sepPos = entry.indexOf('=');
        if (sepPos > 0) {
            // Ensure there's a key before the '='
            const key = entry.substring(0, sepPos).trim();
            const value = entry.substring(sepPos + 1).trim();
            if (key && !(0,_objects_js__WEBPACK_IMPORTED_MODULE_11__/* .isProtoKey */ .a)(key)) {
                params[key] = value;
            }
        }
    }
    // Decode data based on encoding with proper error handling
    let bufferData;
    try {
        if (encoding === 'base64') {
            bufferData = Buffer.from(data, 'base64');
        }
        else {
            try {
                bufferData = Buffer.from(decodeURIComponent(data));
            }
            catch (_decodeError) {
                bufferData = Buffer.from(data);
            }
        }
    }
    catch (_bufferError) {
        bufferData = Buffer.alloc(0);
    }
    return {
        data: bufferData,
        encoding: encoding || null,
        contentType: contentType || 'application/octet-stream',
        params
    };
};
function resolveContent(data, key, options, callback) {
    // options is optional; support the legacy resolveContent(data, key, callback) signature
    if (!callback && typeof options === 'function') {
        callback = options;
        options = false;
    }
    options = options || {};
    let promise;
    if (!callback) {
        promise = new Promise((resolve, reject) => {
            callback = callbackPromise(resolve, reject);
        });
    }
    resolveContentValue(data, key, options, callback);
    return promise;
}
function resolveContentValue(data, key, options, callback) {
    let content = (data && data[key] && data[key].content) || data[key];
    const encoding = ((typeof data[key] === 'object' && data[key].encoding) || 'utf8')
        .toString()
        .toLowerCase()
        .replace(/[-_\s]/g, '');
    if (!content) {
        return callback(null, content);
    }
    if (typeof content === 'object') {
        if (typeof content.pipe === 'function') {
            return resolveStream(content, (err, value) => {
                if (err) {
                    return callback(err);
                }
                // we can't stream twice the same content, so we need
                // to replace the stream object with the streaming result
                if (data[key].content) {
                    data[key].content = value;
                }
                else {
                    data[key] = value;
                }
                callback(null, value);
            });
        }
        else if (/^data:/i.test(content.path || content.href)) {
            const parsedDataUri = parseDataURI(content.path || content.href);
            return callback(null, parsedDataUri && parsedDataUri.data ? parsedDataUri.data : Buffer.alloc(0));
        }
        else if (content.href || /^https?:\/\//i.test(content.path)) {
            // An href is always a URL, and so is a path that looks like one. Let nmfetch
            // decide whether it is fetchable, it validates the parsed URL. Testing the raw
            // string here instead would let a file: href fall through to the "return as is"
            // default below and travel on inside the resolved message.
            const url = content.href || content.path;
            if (options.disableUrlAccess) {
                setImmediate(() => {
                    const err = new Error('Url access rejected for ' + url);
                    err.code = errors.EURLACCESS;
                    callback(err);
                });
                return;
            }
            return resolveStream(nmfetch(url, { headers: content.httpHeaders, tls: content.tls }), callback);
        }
        else if (content.path) {
            if (options.disableFileAccess) {
                setImmediate(() => {
                    const err = new Error('File access rejected for ' + content.path);
                    err.code = errors.EFILEACCESS;
                    callback(err);
                });
                return;
            }
            return resolveStream(fs.createReadStream(content.path), callback);
        }
    }
    if (typeof data[key].content === 'string' && !['utf8', 'usascii', 'ascii'].includes(encoding)) {
        content = Buffer.from(data[key].content, encoding);
    }
    // default action, return as is
    setImmediate(() => callback(null, content));
}
/**
 * Copies properties from source objects to target objects
 */
const assign = function (...args) {
    const target = args.shift() || {};
    args.forEach(source => {
        Object.keys(source || {}).forEach(key => {
            if (isProtoKey(key)) {
                return;
            }
            if (['tls', 'auth'].includes(key) && source[key] && typeof source[key] === 'object') {
                // tls and auth are special keys that need to be enumerated separately
                // other objects are passed as is. Enumerating is a copy of user supplied
                // keys just like the loop above, so it gets the same treatment
                target[key] = copyOwnKeys(target[key] || {}, source[key]);
            }
            else {
                target[key] = source[key];
            }
        });
    });
    return target;
};
const encodeXText = (str) => {
    // ! 0x21
    // + 0x2B
    // = 0x3D
    // ~ 0x7E
    if (!/[^\x21-\x2A\x2C-\x3C\x3E-\x7E]/.test(str)) {
        return str;
    }
    const buf = Buffer.from(str);
    let result = '';
    for (let i = 0, len = buf.length; i < len; i++) {
        const c = buf[i];
        if (c < 0x21 || c > 0x7e || c === 0x2b || c === 0x3d) {
            result += '+' + (c < 0x10 ? '0' : '') + c.toString(16).toUpperCase();
        }
        else {
            result += String.fromCharCode(c);
        }
    }
    return result;
};
// The first error a stream emitted, see recordStreamErrors
const streamErrors = new WeakMap();
/**
 * Keeps the first error a content stream emits before it is read, so the error is reported
 * when the stream is read instead of being thrown as unhandled. The listener stays attached
 * for good, a stream that emits 'error' more than once never throws the later ones either
 *
 * @param stream Readable stream
 */
function recordStreamErrors(stream) {
    stream.on('error', err => {
        if (!streamErrors.has(stream)) {
            streamErrors.set(stream, err);
        }
    });
}
/**
 * Destroys a value if it is a readable stream that was not destroyed yet
 *
 * @param value Any content value
 */
function destroyStream(value) {
    const stream = value;
    if (stream && typeof stream.pipe === 'function' && typeof stream.destroy === 'function' && !stream.destroyed) {
        stream.destroy();
    }
}
/**
 * Tells why a stream can not be read from start to end anymore. A stream that ended or was
 * destroyed before anyone read it would never emit 'end' to a new reader, or, when piped, would
 * end the destination right away and turn into an empty value without any error
 *
 * @param stream Readable stream
 * @returns The error the stream failed with, an ESTREAM error, or null when it can be read
 */
function unreadableStreamError(stream) {
    const err = streamErrors.get(stream) || stream.errored;
    if (err) {
        return err;
    }
    if (stream.readableEnded || stream.destroyed) {
        const unreadable = new Error('Content stream was already read or destroyed');
        unreadable.code = _errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ESTREAM */ .uk;
        return unreadable;
    }
    return null;
}
/**
 * Streams a stream value into a Buffer
 *
 * @param stream Readable stream
 * @param callback Callback function with (err, value)
 */
function resolveStream(stream, callback) {
    let responded = false;
    const respond = (err, value) => {
        if (responded) {
            return;
        }
        responded = true;
        callback(err, value);
    };
    const unreadable = unreadableStreamError(stream);
    if (unreadable) {
        // absorbs a later 'error' from the stream, there is nobody left to report it to
        stream.on('error', () => false);
        setImmediate(() => respond(unreadable));
        return;
    }
    const chunks = [];
    let chunklen = 0;
    stream.on('data', (chunk) => {
        if (typeof chunk === 'string') {
            chunk = Buffer.from(chunk);
        }
        chunks.push(chunk);
        chunklen += chunk.length;
    });
    // finished() also reports a stream that is destroyed before 'end', which would otherwise
    // leave the callback waiting forever
    (0,node_stream__WEBPACK_IMPORTED_MODULE_10__.finished)(stream, { writable: false }, err => {
        if (err) {
            return respond(err);
        }
        let value;
        try {
            value = Buffer.concat(chunks, chunklen);
        }
        catch (E) {
            return respond(E);
        }
        respond(null, value);
    });
}
/**
 * Generates a bunyan-like logger that prints to console
 *
 * @returns Bunyan logger instance
 */
function createDefaultLogger(levels) {
    const levelMaxLen = levels.reduce((max, level) => Math.max(max, level.length), 0);
    const levelNames = new Map();
    levels.forEach(level => {
        let levelName = level.toUpperCase();
        if (levelName.length < levelMaxLen) {
            levelName += ' '.repeat(levelMaxLen - levelName.length);
        }
        levelNames.set(level, levelName);
    });
    const print = (level, entry, message, ...args) => {
        let prefix = '';
        if (entry) {
            if (entry.tnx === 'server') {
                prefix = 'S: ';
            }
            else if (entry.tnx === 'client') {
                prefix = 'C: ';
            }
            if (entry.sid) {
                prefix = '[' + entry.sid + '] ' + prefix;
            }
            if (entry.cid) {
                prefix = '[#' + entry.cid + '] ' + prefix;
            }
        }
        message = node_util__WEBPACK_IMPORTED_MODULE_1__.format(message, ...args);
        message.split(/\r?\n/).forEach((line) => {
            console.log('[%s] %s %s', new Date().toISOString().substr(0, 19).replace(/T/, ' '), levelNames.get(level), prefix + line);
        });
    };
    const logger = {};
    levels.forEach(level => {
        logger[level] = print.bind(null, level);
    });
    return logger;
}
// domainToASCII and domainToUnicode are WHATWG host parsers rather than plain IDNA
// mappers, so they do more than map: they cut the host at '/', '\\', '?' and '#', drop C0
// controls, and percent-decode. Handing them 'evil.example/mail.corp.example' returns the
// deliverable 'evil.example', which would turn a value the bundled codec leaves as
// unroutable garbage into mail for a domain the sender never named. None of these
// characters are legal in a domain, so keep them away from the mapper.
const URL_PARSER_UNSAFE = /[/\\?#%\x00-\x20\x7F]/;
// RFC 1035 bounds a label at 63 octets and a domain at 253. An A-label is never shorter than
// the code points it encodes, so anything past these bounds could not have become a valid
// domain whichever way it is encoded. The bundled codec is super-linear in the length of a
// label, a 60 KB label of distinct code points took seconds to encode, several times per
// address, so it is only handed what could be a domain
const MAX_DOMAIN_LENGTH = 253;
const MAX_LABEL_LENGTH = 63;
/**
 * Checks a domain against the DNS length limits, counted in code points per label and in
 * total. The label separators are the ones the bundled codec splits on.
 *
 * @param domain Domain to check
 * @return true if a label or the domain as a whole is too long to be a valid domain
 */
function exceedsDomainLimits(domain) {
    let total = 0;
    let label = 0;
    for (const char of domain) {
        total++;
        if (char === '.' || char === '\u3002' || char === '\uff0e' || char === '\uff61') {
            label = 0;
        }
        else if (++label > MAX_LABEL_LENGTH) {
            return true;
        }
    }
    return total > MAX_DOMAIN_LENGTH;
}
/**
 * Encodes a domain the way browsers, the WHATWG URL Standard and DNS facing resolvers do,
 * which is with UTS-46 mapping applied before the Punycode step.
 *
 * The bundled codec is plain RFC 3492 and maps nothing, so it disagrees with every
 * conformant parser on any domain holding a mapped or ignored code point. An invisible
 * U+00AD in 'compa\u00ADny.com' encoded to 'xn--company-pka.com' where a validator reads
 * 'company.com', which let an allow-listed domain be checked and a different one mailed.
 *
 * Anything the URL parser does not accept as a hostname, an address literal such as
 * '[127.0.0.1]' included, comes back empty and falls through to the bundled codec, which
 * leaves those as they were supplied apart from lowercasing them.
 *
 * The mapper gets the domain as supplied, since UTS-46 does its own case mapping and
 * toLowerCase() differs from it: it turns U+1E9E into U+00DF where Node 20 and 22 map it
 * to 'ss', and a word-final U+03A3 into U+03C2 where UTS-46 gives U+03C3. Lowercasing
 * first sent 'user@stra\u1E9Ee.de', which a validator reads as strasse.de, to xn--strae-oqa.de.
 *
 * @param domain Domain to encode
 * @param toUnicode Return the U-label form instead of the A-label form
 * @return Encoded domain
 */
function normalizeDomain(domain, toUnicode) {
    // domainToASCII and domainToUnicode landed in Node 7, the bundled codec covers Node 6
    if (typeof node_url__WEBPACK_IMPORTED_MODULE_8__.domainToASCII === 'function' && typeof node_url__WEBPACK_IMPORTED_MODULE_8__.domainToUnicode === 'function' && !URL_PARSER_UNSAFE.test(domain)) {
        // The U-label form is decoded from the A-label form rather than from the input:
        // Deno's domainToASCII returns an empty string for a label it cannot decode, while
        // its domainToUnicode returns the label with U+FFFD in place of the bad part
        const ascii = node_url__WEBPACK_IMPORTED_MODULE_8__.domainToASCII(domain);
        const mapped = ascii && toUnicode ? node_url__WEBPACK_IMPORTED_MODULE_8__.domainToUnicode(ascii) : ascii;
        if (mapped) {
            return mapped;
        }
    }
    domain = domain.toLowerCase();
    if (exceedsDomainLimits(domain)) {
        // too long to be a domain whichever way it is encoded, keep it as supplied
        return domain;
    }
    return toUnicode ? _punycode_index_js__WEBPACK_IMPORTED_MODULE_9__/* .toUnicode */ .Pk(domain) : _punycode_index_js__WEBPACK_IMPORTED_MODULE_9__/* .toASCII */ .tl(domain);
}


/***/ }),

/***/ 7212:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ isProtoKey),
/* harmony export */   e: () => (/* binding */ copyOwnKeys)
/* harmony export */ });
// Safe copying of objects whose keys come from the caller.
//
// This lives in its own leaf module, like ./url.ts, so that every layer can reach it.
// src/shared/index.ts imports src/fetch, so src/fetch can not import src/shared back,
// and src/mime-funcs is a leaf that would otherwise pull in dns/net/os/fs for a string
// comparison. src/shared/index.ts re-exports both functions for the callers that already
// depend on it.
/**
 * Detects a key that can not be copied onto a plain object with `target[key] = value`.
 *
 * "__proto__" is the only one: assigning it runs the inherited setter and replaces the
 * prototype of the target instead of adding a property to it, so a caller can smuggle
 * values past validation that only inspects own keys. JSON.parse produces such a key
 * where an object literal can not. "constructor" and "prototype" have no such setter and
 * become ordinary own properties, so dropping them would only discard legitimate values.
 *
 * @param key Key to check
 * @returns true if the key must not be copied
 */
const isProtoKey = (key) => key === '__proto__';
/**
 * Copies own enumerable keys from a source object to a target object. Every copy that
 * walks the keys of user supplied data goes through here, see isProtoKey.
 *
 * @param target Object to copy the keys to
 * @param source Object to copy the keys from
 * @param [skip] Optional predicate, return true to leave a key out
 * @returns The target object
 */
const copyOwnKeys = (target, source, skip) => {
    Object.keys(source || {}).forEach(key => {
        if (isProtoKey(key) || (skip && skip(key))) {
            return;
        }
        target[key] = source[key];
    });
    return target;
};


/***/ }),

/***/ 1093:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ resolve),
/* harmony export */   q: () => (/* binding */ parse)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7030);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3136);
/* harmony import */ var _punycode_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7278);
// URL parsing wrapper around the WHATWG `URL` class. It only falls back to the
// legacy, deprecation-warning-emitting `url.parse()` / `url.resolve()` for input
// the WHATWG parser rejects.
//
// The WHATWG `URL` exposes a different shape than the legacy parser, so results
// are normalized back into the legacy field names the rest of the codebase reads
// (`protocol`, `hostname`, `port`, `pathname`, `path`, `search`, `auth`, `query`,
// `href`). This keeps every existing call site unchanged.
//
// Known, accepted divergences from the legacy parser:
//  - non-special schemes (smtp:/smtps:/direct:) are not host-lowercased by
//    WHATWG; cosmetic only, SMTP/DNS hosts are case-insensitive. (IDNA mapping
//    and IPv6 brackets are normalized back by normalizeHostname below.)
//  - a literal unescaped ':' inside a password is percent-encoded by WHATWG;
//    such passwords should be percent-encoded by the caller anyway.



// Matches a "scheme:" not followed by "//" (and with something after it), used
// to re-insert the authority separator the legacy parser did not require.
const SLASHLESS_AUTHORITY = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?!\/\/)([\s\S]+)$/;
/**
 * Drops the leading and trailing C0 controls and spaces, which the WHATWG parser strips
 * before it looks at the input. Stripped up front so that the slash-less form is recognized
 * in a value read from a file with a trailing newline as well. An index scan, the regex
 * /^[\x00-\x20]+|[\x00-\x20]+$/g retried a run of spaces inside the value from every
 * position in it
 *
 * @param input URL string
 * @returns The string without the surrounding controls and spaces
 */
function stripSurroundingWhitespace(input) {
    let start = 0;
    let end = input.length;
    while (start < end && input.charCodeAt(start) <= 0x20) {
        start++;
    }
    while (end > start && input.charCodeAt(end - 1) <= 0x20) {
        end--;
    }
    return input.slice(start, end);
}
// Leading characters legacy url.parse() skips before it reads the scheme
const LEGACY_TRIM = /^[\x00-\x20\u00a0\ufeff]+/;
// The authority of a "scheme://authority/..." or a scheme-relative "//authority/..."
// string: the scheme, if any (anything the legacy parser takes for one, it is less strict
// than WHATWG about the first character), and what the legacy parser has to report as the
// host once the userinfo is removed, see legacyParse. The legacy parser treats a backslash
// as a slash.
const AUTHORITY = /^([a-zA-Z0-9+.-]+:)?[\\/]{2}([^\\/?#]*)/;
// The WHATWG forbidden domain code points, except '%' which an opaque host may carry: the
// C0 control characters, space, DEL and the URL delimiters. CONTROL_CHARS is the C0 and DEL
// subset, checked on its own in legacyParse where the host string still carries the port
// and IPv6 brackets.
const FORBIDDEN_HOST_CHARS = /[\x00-\x20#/:<>?@[\\\]^|\x7f]/;
const CONTROL_CHARS = /[\x00-\x1f\x7f]/;
// The error the WHATWG parser throws, for a host that only fails the checks in this module
function invalidUrl(input) {
    const err = new TypeError('Invalid URL');
    err.code = 'ERR_INVALID_URL';
    err.input = input;
    return err;
}
// Legacy url.parse() for input the WHATWG parser refused. The legacy parser does not
// reject a host it can not represent: a NUL byte, a percent-encoded byte, a space or a
// '<' inside the host ends the host early and the rest becomes the path, so
// 'localhost%00.example.com' silently turns into a request to 'localhost'. When the
// input has an authority that the legacy parser reads as the host (always for
// "scheme://", for "//host" only when slashesDenoteHost is set, as url.resolve() does
// for its target), the legacy result is accepted only if that host is the whole written
// authority, lowercased and IDNA mapped the way the legacy parser does it, and carries
// no control character. A legacy result with a host (an empty one included, 'http:///x'
// is a request to localhost) that no such authority accounts for is refused as well.
// Otherwise the WHATWG error is reported. Relative input has no authority to check and
// keeps the legacy behavior.
function legacyParse(input, parseQueryString, whatwgError, slashesDenoteHost) {
    const parsed = node_url__WEBPACK_IMPORTED_MODULE_1__.parse(input, parseQueryString, slashesDenoteHost);
    const authority = AUTHORITY.exec(input.replace(LEGACY_TRIM, ''));
    if (authority && (authority[1] || parsed.hostname !== null)) {
        const written = authority[2].slice(authority[2].lastIndexOf('@') + 1);
        if (!written || CONTROL_CHARS.test(written) || (parsed.host || '').toLowerCase() !== _punycode_index_js__WEBPACK_IMPORTED_MODULE_2__/* .toASCII */ .tl(written.toLowerCase())) {
            throw whatwgError;
        }
        // the legacy parser takes any bracketed value for an IPv6 literal
        if (written.charAt(0) === '[' && !node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6(written.slice(1, written.indexOf(']')))) {
            throw whatwgError;
        }
    }
    else if (parsed.hostname !== null) {
        throw whatwgError;
    }
    // the legacy parser only offers the joined form, split it on the first colon
    const legacyAuth = parsed.auth === null || parsed.auth === undefined ? null : parsed.auth.split(':');
    const result = parsed;
    result.username = legacyAuth ? legacyAuth.shift() : null;
    result.password = legacyAuth && legacyAuth.length ? legacyAuth.join(':') : null;
    return result;
}
// decodeURIComponent that never throws. Legacy url.parse() decodes the auth
// component but tolerates malformed percent sequences, so mirror that.
function safeDecode(str) {
    try {
        return decodeURIComponent(str);
    }
    catch (_err) {
        return str;
    }
}
// Derives the legacy-shaped bare hostname from a WHATWG URL. WHATWG keeps IPv6
// literals bracketed ('[::1]') and, for non-special schemes (smtp:/smtps:/socks:),
// percent-encodes a non-ASCII host instead of IDNA-mapping it. Both forms are
// un-resolvable when handed to net/dns/http.request, which is what every call
// site does, so map them back to what legacy url.parse() returned: the bare
// address and the IDNA mapped (lowercased, punycode) form. Idempotent on plain
// ASCII and already-punycode hosts, so special-scheme hosts (already IDNA-mapped
// by WHATWG) pass through.
function normalizeHostname(raw, href) {
    const hostname = raw || '';
    if (!hostname) {
        // Host-less URL (e.g. 'direct:'): legacy returned '' here, not null;
        // consumers do `hostname.length` / `'.' + hostname`, so keep it a string.
        return '';
    }
    if (hostname.charAt(0) === '[' && hostname.charAt(hostname.length - 1) === ']') {
        return hostname.slice(1, -1);
    }
    const decoded = safeDecode(hostname);
    // domainToASCII applies the WHATWG host rules (IDNA mapping included) and returns an
    // empty string for a host it refuses, the forbidden characters among them
    const mapped = FORBIDDEN_HOST_CHARS.test(decoded) ? '' : node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII(decoded);
    if (!mapped) {
        throw invalidUrl(href);
    }
    return mapped;
}
const parse = (input, parseQueryString) => {
    input = stripSurroundingWhitespace(input || '');
    // Legacy url.parse() parses a "user:pass@host:port" authority that follows
    // the scheme even without the "//" separator, for schemes outside its
    // built-in slashed-protocol list (smtp:/smtps:/socks:/...). The WHATWG
    // parser instead treats a scheme not followed by "//" as an opaque path.
    // Re-insert the "//" so slash-less connection/proxy URLs keep resolving to
    // an authority, as they did before. This assumes a slash-authority scheme,
    // which every consumer here uses (http/https/smtp/smtps/socks/direct); an
    // opaque scheme like mailto:/data:/tel: would be mis-split, but none reach
    // this module.
    const slashless = SLASHLESS_AUTHORITY.exec(input);
    const normalized = slashless ? slashless[1] + '//' + slashless[2] : input;
    let u;
    try {
        u = new URL(normalized);
    }
    catch (err) {
        // WHATWG rejects some input the legacy parser tolerated (empty/relative
        // strings, scheme-relative '//host/path', out-of-range ports, ...). Fall
        // back to the legacy parser so behavior, including the downstream errors
        // callers rely on, is preserved. This is the only path that can still
        // emit a deprecation warning; it fires for anything WHATWG cannot
        // represent, including legitimate relative URLs, not just malformed input.
        return legacyParse(normalized, parseQueryString, err);
    }
    const hostname = normalizeHostname(u.hostname, u.href);
    const port = u.port || null;
    const pathname = u.pathname || null;
    const search = u.search || null;
    // Legacy `.auth` is the decoded "user[:pass]" string; WHATWG keeps the
    // username/password percent-encoded, so decode to stay byte-compatible with
    // existing consumers (parseConnectionUrl, Basic/Proxy-Authorization headers).
    let auth = null;
    let username = null;
    let password = null;
    if (u.username || u.password) {
        // Gate on password too: legacy url.parse('smtps://:pass@host').auth was
        // ':pass'. Dropping it would silently connect unauthenticated.
        username = safeDecode(u.username);
        password = u.password ? safeDecode(u.password) : null;
        // the joined form is ambiguous once the user name contains a colon, so
        // consumers that need the parts read username and password instead
        auth = username + (password !== null ? ':' + password : '');
    }
    let query;
    if (parseQueryString) {
        // Mirror querystring.parse(): null-prototype object, repeated keys become an array.
        const parsed = Object.create(null);
        u.searchParams.forEach((value, key) => {
            if (Object.prototype.hasOwnProperty.call(parsed, key)) {
                const existing = parsed[key];
                if (Array.isArray(existing)) {
                    existing.push(value);
                }
                else {
                    parsed[key] = [existing, value];
                }
            }
            else {
                parsed[key] = value;
            }
        });
        query = parsed;
    }
    else {
        query = search ? search.slice(1) : null;
    }
    return {
        protocol: u.protocol || null,
        host: u.host || null,
        hostname,
        port,
        pathname,
        search,
        path: (pathname || '') + (search || '') || null,
        href: u.href,
        auth,
        username,
        password,
        query
    };
};
const resolve = (from, to) => {
    try {
        return new URL(to, from).href;
    }
    catch (err) {
        // Malformed target, fall back to the legacy resolver, but only when the legacy
        // parser reads the same host out of both inputs that was written. The target
        // decides the host when it is absolute or scheme-relative, the base otherwise
        legacyParse(from, false, err, true);
        legacyParse(to, false, err, true);
        return node_url__WEBPACK_IMPORTED_MODULE_1__.resolve(from, to);
    }
};


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
