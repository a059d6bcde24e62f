export const id = 869;
export const ids = [869];
export const modules = {

/***/ 869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PROVIDERS: () => (/* binding */ PROVIDERS),
/* harmony export */   fill: () => (/* binding */ fill),
/* harmony export */   portNotTaken: () => (/* binding */ portNotTaken),
/* harmony export */   providerOfHost: () => (/* binding */ providerOfHost),
/* harmony export */   providerOfReply: () => (/* binding */ providerOfReply),
/* harmony export */   providerOfTokenUrl: () => (/* binding */ providerOfTokenUrl),
/* harmony export */   replyAdvice: () => (/* binding */ replyAdvice),
/* harmony export */   takesPort: () => (/* binding */ takesPort)
/* harmony export */ });
const MICROSOFT_OAUTH2_SETUP = {
    en: 'the `oauth2-*` inputs with `oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token` and `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` (README: "Microsoft 365 and Outlook.com with OAuth2")',
    ko: '`oauth2-*` \uc785\ub825\uc744 \uc4f0\uace0 `oauth2-token-url: https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token`, `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` \ub85c \uc124\uc815\ud558\uc138\uc694(README: "Microsoft 365 and Outlook.com with OAuth2")'
};
/** Log in with OAuth2 at Microsoft, `lead` said first, and `after` after the setup. */
const withMicrosoftOAuth2 = (lead, after = { en: '', ko: '' }) => ({
    en: `${lead.en}${MICROSOFT_OAUTH2_SETUP.en}${after.en}`,
    ko: `${lead.ko}${MICROSOFT_OAUTH2_SETUP.ko}${after.ko}`
});
const MICROSOFT_OAUTH2 = {
    tokenUrl: /^https:\/\/login\.microsoftonline\.com\//i,
    tokenRefused: {
        en: 'Get a new refresh token for the mailbox in `username`, with the scope `https://outlook.office.com/SMTP.Send offline_access`, from the app registration whose ID is in `oauth2-client-id`, and store it in the secret passed as `oauth2-refresh-token`; `oauth2-scope` must ask for the same scopes (or fewer). ' +
            'AADSTS700082 means the refresh token was not used for 90 days; AADSTS700025 means the app is a public client, which takes no client secret: this action sends `oauth2-client-secret`, so use an app registration with a client secret (Certificates & secrets).',
        ko: 'ID\uac00 `oauth2-client-id`\uc5d0 \uc788\ub294 \uc571 \ub4f1\ub85d\uc5d0\uc11c `username` \uba54\uc77c\ubc15\uc2a4\uc758 \uc0c8 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \ubc94\uc704(scope) `https://outlook.office.com/SMTP.Send offline_access` \ub85c \ubc1c\uae09\ubc1b\uc544, `oauth2-refresh-token`\uc73c\ub85c \ub118\uae30\ub294 \uc2dc\ud06c\ub9bf\uc5d0 \uc800\uc7a5\ud558\uc138\uc694. `oauth2-scope`\ub294 \uac19\uc740 \ubc94\uc704(\ub610\ub294 \uadf8\ubcf4\ub2e4 \uc801\uc740 \ubc94\uc704)\ub97c \uc694\uccad\ud574\uc57c \ud569\ub2c8\ub2e4. ' +
            'AADSTS700082\ub294 \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 90\uc77c \ub3d9\uc548 \uc4f0\uc9c0 \uc54a\uc558\ub2e4\ub294 \ub73b\uc785\ub2c8\ub2e4. AADSTS700025\ub294 \uc571\uc774 \ud074\ub77c\uc774\uc5b8\ud2b8 \uc2dc\ud06c\ub9bf\uc744 \ubc1b\uc9c0 \uc54a\ub294 \uacf5\uc6a9 \ud074\ub77c\uc774\uc5b8\ud2b8(public client)\ub77c\ub294 \ub73b\uc785\ub2c8\ub2e4. \uc774 \uc561\uc158\uc740 `oauth2-client-secret`\uc744 \ubcf4\ub0b4\ubbc0\ub85c \ud074\ub77c\uc774\uc5b8\ud2b8 \uc2dc\ud06c\ub9bf\uc774 \uc788\ub294 \uc571 \ub4f1\ub85d\uc744 \uc4f0\uc138\uc694(Certificates & secrets).'
    },
    clientRefused: {
        en: 'Copy the Application (client) ID from Microsoft Entra admin center \u2192 App registrations \u2192 (the app) \u2192 Overview into the secret passed as `oauth2-client-id`, and a current client secret value from Certificates & secrets into `oauth2-client-secret`; a client secret expires on the date shown there.',
        ko: 'Microsoft Entra admin center \u2192 App registrations \u2192 (\ud574\ub2f9 \uc571) \u2192 Overview \uc758 Application (client) ID\ub97c `oauth2-client-id`\ub85c \ub118\uae30\ub294 \uc2dc\ud06c\ub9bf\uc5d0, Certificates & secrets \uc758 \uc720\ud6a8\ud55c \ud074\ub77c\uc774\uc5b8\ud2b8 \uc2dc\ud06c\ub9bf \uac12\uc744 `oauth2-client-secret`\uc5d0 \ubcf5\uc0ac\ud558\uc138\uc694. \ud074\ub77c\uc774\uc5b8\ud2b8 \uc2dc\ud06c\ub9bf\uc740 \uadf8\uacf3\uc5d0 \ud45c\uc2dc\ub41c \ub0a0\uc9dc\uc5d0 \ub9cc\ub8cc\ub429\ub2c8\ub2e4.'
    },
    serverRefused: {
        en: 'Exchange Online refused the token. Check that the refresh token was issued for the mailbox in `username` with the delegated permission SMTP.Send (scope `https://outlook.office.com/SMTP.Send`), that `oauth2-scope` asks for `https://outlook.office.com/SMTP.Send offline_access`, and that authenticated SMTP is on for the mailbox, which OAuth2 needs too (Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (the user) \u2192 Mail \u2192 Manage email apps \u2192 Authenticated SMTP; https://aka.ms/smtp_auth_disabled).',
        ko: 'Exchange Online\uc774 \ud1a0\ud070\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4. \ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc774 `username` \uba54\uc77c\ubc15\uc2a4\uc5d0 \ub300\ud574 \uc704\uc784\ub41c \uad8c\ud55c SMTP.Send(\ubc94\uc704 `https://outlook.office.com/SMTP.Send`)\ub85c \ubc1c\uae09\ub418\uc5c8\ub294\uc9c0, `oauth2-scope`\uac00 `https://outlook.office.com/SMTP.Send offline_access`\ub97c \uc694\uccad\ud558\ub294\uc9c0, \uadf8\ub9ac\uace0 OAuth2\uc5d0\ub3c4 \ud544\uc694\ud55c \uc778\uc99d\ub41c SMTP(Authenticated SMTP)\uac00 \uba54\uc77c\ubc15\uc2a4\uc5d0 \ucf1c\uc838 \uc788\ub294\uc9c0 \ud655\uc778\ud558\uc138\uc694(Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (\ud574\ub2f9 \uc0ac\uc6a9\uc790) \u2192 Mail \u2192 Manage email apps \u2192 Authenticated SMTP; https://aka.ms/smtp_auth_disabled ).'
    },
    scopeMissing: {
        problem: {
            en: "is empty, but `oauth2-token-url` is Microsoft's token endpoint, which needs the scope of the token",
            ko: '\ube44\uc5b4 \uc788\uc2b5\ub2c8\ub2e4. \uadf8\ub7f0\ub370 `oauth2-token-url`\uc774 Microsoft\uc758 \ud1a0\ud070 \uc5d4\ub4dc\ud3ec\uc778\ud2b8\uc774\uace0, \uc5ec\uae30\uc5d0\ub294 \ud1a0\ud070\uc758 \ubc94\uc704(scope)\uac00 \ud544\uc694\ud569\ub2c8\ub2e4'
        },
        fix: {
            en: 'Set `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access`, the scopes the refresh token was issued with.',
            ko: '\ub9ac\ud504\ub808\uc2dc \ud1a0\ud070\uc744 \ubc1c\uae09\ubc1b\uc740 \ubc94\uc704\uc778 `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` \ub85c \uc124\uc815\ud558\uc138\uc694.'
        }
    }
};
/** Replies Exchange Online gives on both Microsoft 365 and Outlook.com. */
const MICROSOFT_QUOTA = {
    // Microsoft's documentation of the 10,000-recipient limit quotes this reply.
    reply: /SubmissionQuotaExceeded/i,
    code: 'quota-exceeded',
    title: { en: '{username} has used up its sending limit on {server}', ko: '{username} \uacc4\uc815\uc774 {server}\uc758 \ubc1c\uc1a1 \ud55c\ub3c4\ub97c \ub2e4 \uc37c\uc2b5\ub2c8\ub2e4' },
    fix: {
        en: 'Exchange Online allows 10,000 recipients a day per mailbox (and delays more than 30 messages a minute). Wait up to 24 hours, send to fewer recipients (for example only on failure, with `if: failure()`), or use a mail service made for volume.',
        ko: 'Exchange Online\uc740 \uba54\uc77c\ubc15\uc2a4\ub2f9 \ud558\ub8e8 10,000\uba85\uc758 \uc218\uc2e0\uc790\uae4c\uc9c0 \ud5c8\uc6a9\ud569\ub2c8\ub2e4(1\ubd84\uc5d0 30\ud1b5\uc774 \ub118\uc73c\uba74 \ub2a6\ucda5\ub2c8\ub2e4). \ucd5c\ub300 24\uc2dc\uac04 \uae30\ub2e4\ub9ac\uac70\ub098, \uc218\uc2e0\uc790\ub97c \uc904\uc774\uac70\ub098(\uc608: `if: failure()`\ub85c \uc2e4\ud328\ud588\uc744 \ub54c\ub9cc \ubcf4\ub0b4\uae30), \ub300\ub7c9 \ubc1c\uc1a1\uc6a9 \uba54\uc77c \uc11c\ube44\uc2a4\ub97c \uc4f0\uc138\uc694.'
    },
    retryable: false
};
const MICROSOFT_THREADS = {
    reply: /sender thread limit exceeded/i,
    code: 'try-again-later',
    title: {
        en: '{server} refused the message for now: {username} has too many connections open at once',
        ko: '{server} \uc11c\ubc84\uac00 \uba54\uc2dc\uc9c0\ub97c \ub2f9\ubd84\uac04 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: {username} \uacc4\uc815\uc774 \ub3d9\uc2dc\uc5d0 \uc5f0 \uc5f0\uacb0\uc774 \ub108\ubb34 \ub9ce\uc2b5\ub2c8\ub2e4'
    },
    fix: {
        en: 'Exchange Online limits how many connections one mailbox may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
        ko: 'Exchange Online\uc740 \ud55c \uba54\uc77c\ubc15\uc2a4\uac00 \ub3d9\uc2dc\uc5d0 \uc5f4 \uc218 \uc788\ub294 \uc5f0\uacb0 \uc218\ub97c \uc81c\ud55c\ud569\ub2c8\ub2e4. \ub9e4\ud2b8\ub9ad\uc2a4 \uc791\uc5c5\ub9c8\ub2e4 \ubcf4\ub0b4\uc9c0 \ub9d0\uace0 \ub9c8\uc9c0\ub9c9 \uc791\uc5c5 \ud558\ub098\uc5d0\uc11c(`needs:` + `if: always()`) \uc54c\ub9bc\uc744 \ud55c \ubc88 \ubcf4\ub0b4\uc138\uc694. \ub3d9\uc2dc\uc5d0 \ubcf4\ub0b4\ub294 \uacf3\uc774 \ub0a8\uc544 \uc788\ub2e4\uba74 `retries`\ub97c \ub298\ub9ac\uc138\uc694.'
    },
    retryable: true
};
/** Microsoft's answer to a login it refused for several causes. */
const MICROSOFT_LOGIN_REFUSED = withMicrosoftOAuth2({
    en: 'Microsoft gives one answer for several causes; check them in this order: 1) authenticated SMTP must be on for the mailbox (Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (the user) \u2192 Mail \u2192 Manage email apps \u2192 Authenticated SMTP; https://aka.ms/smtp_auth_disabled); ' +
        '2) `username` must be the full address of the mailbox and `password` its password, from a repository secret; ' +
        '3) an account with MFA, under security defaults, or under a Conditional Access policy that blocks legacy authentication cannot log in with a password (nor an app password): log in with OAuth2, ',
    ko: 'Microsoft\ub294 \uc5ec\ub7ec \uc6d0\uc778\uc5d0 \uac19\uc740 \uc751\ub2f5\uc744 \uc90d\ub2c8\ub2e4. \ub2e4\uc74c \uc21c\uc11c\ub85c \ud655\uc778\ud558\uc138\uc694. 1) \uba54\uc77c\ubc15\uc2a4\uc5d0 \uc778\uc99d\ub41c SMTP(Authenticated SMTP)\uac00 \ucf1c\uc838 \uc788\uc5b4\uc57c \ud569\ub2c8\ub2e4(Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (\ud574\ub2f9 \uc0ac\uc6a9\uc790) \u2192 Mail \u2192 Manage email apps \u2192 Authenticated SMTP; https://aka.ms/smtp_auth_disabled ). ' +
        '2) `username`\uc740 \uba54\uc77c\ubc15\uc2a4\uc758 \uc804\uccb4 \uc8fc\uc18c, `password`\ub294 \uadf8 \ube44\ubc00\ubc88\ud638\uc5ec\uc57c \ud558\uba70 \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \uac00\uc838\uc640\uc57c \ud569\ub2c8\ub2e4. ' +
        '3) MFA\ub97c \uc4f0\ub294 \uacc4\uc815, \ubcf4\uc548 \uae30\ubcf8\uac12(security defaults)\uc774 \uc801\uc6a9\ub41c \uacc4\uc815, \ub808\uac70\uc2dc \uc778\uc99d\uc744 \ub9c9\ub294 \uc870\uac74\ubd80 \uc561\uc138\uc2a4(Conditional Access) \uc815\ucc45\uc774 \uc801\uc6a9\ub41c \uacc4\uc815\uc740 \ube44\ubc00\ubc88\ud638(\uc571 \ube44\ubc00\ubc88\ud638 \ud3ec\ud568)\ub85c \ub85c\uadf8\uc778\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. '
}, { en: '.', ko: '.' });
/** The Microsoft 365 (Exchange Online) submission server, smtp.office365.com. */
const MICROSOFT_365 = {
    name: 'Microsoft 365',
    server: 'smtp.office365.com',
    hosts: /^smtp\.office365\.com\.?$/i,
    // Server IDs such as [TY1PR01CA0183.jpnprd01.prod.outlook.com], and words only Exchange writes.
    replyMarks: /\.prod\.outlook\.com\b|aka\.ms\/smtp_auth_disabled|SmtpClientAuthentication|STOREDRV\./i,
    ports: [
        { port: 587, secure: false },
        { port: 25, secure: false }
    ],
    portFix: {
        en: 'Microsoft 365 takes mail from programs on smtp.office365.com, port 587 with STARTTLS, and does not offer SMTP AUTH on port 465: set `port: 587` and `secure: false` (or leave `secure` empty).',
        ko: 'Microsoft 365\ub294 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp.office365.com\uc758 587\ubc88 \ud3ec\ud2b8(STARTTLS)\ub85c \ubc1b\uc73c\uba70, 465\ubc88 \ud3ec\ud2b8\uc5d0\uc11c\ub294 SMTP AUTH\ub97c \uc81c\uacf5\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. `port: 587`, `secure: false`\ub85c \uc124\uc815\ud558\uc138\uc694(\ub610\ub294 `secure`\ub97c \ube44\uc6cc \ub450\uc138\uc694).'
    },
    loginRefused: {
        code: 'auth-rejected',
        title: { en: '{server} did not accept the login of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
        fix: MICROSOFT_LOGIN_REFUSED,
        retryable: false
    },
    oauth2: MICROSOFT_OAUTH2,
    replies: [
        {
            // 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled \u2026 (nodemailer#1484). XOAUTH2 gets it too.
            reply: /SmtpClientAuthentication is disabled/i,
            code: 'smtp-auth-disabled',
            title: {
                en: '{server} refused the login of {username}: authenticated SMTP (SMTP AUTH) is turned off for this mailbox or for the whole tenant',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: \uc774 \uba54\uc77c\ubc15\uc2a4 \ub610\ub294 \ud14c\ub10c\ud2b8 \uc804\uccb4\uc5d0\uc11c \uc778\uc99d\ub41c SMTP(SMTP AUTH)\uac00 \uaebc\uc838 \uc788\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: 'An Exchange admin must turn it on for the mailbox: Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (the user) \u2192 Mail \u2192 Manage email apps \u2192 tick "Authenticated SMTP" \u2192 Save changes; ' +
                    'or in Exchange Online PowerShell `Set-CASMailbox -Identity {username} -SmtpClientAuthenticationDisabled $false` (for the whole tenant `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`; the mailbox setting wins over the tenant one). ' +
                    'OAuth2 (the `oauth2-*` inputs with `oauth2-scope`) needs this switch too. See https://aka.ms/smtp_auth_disabled.',
                ko: 'Exchange \uad00\ub9ac\uc790\uac00 \uba54\uc77c\ubc15\uc2a4\uc5d0\uc11c \uc774 \uae30\ub2a5\uc744 \ucf1c\uc57c \ud569\ub2c8\ub2e4: Microsoft 365 admin center \u2192 Users \u2192 Active users \u2192 (\ud574\ub2f9 \uc0ac\uc6a9\uc790) \u2192 Mail \u2192 Manage email apps \u2192 "Authenticated SMTP" \uc120\ud0dd \u2192 Save changes. ' +
                    '\ub610\ub294 Exchange Online PowerShell\uc5d0\uc11c `Set-CASMailbox -Identity {username} -SmtpClientAuthenticationDisabled $false` \ub97c \uc2e4\ud589\ud569\ub2c8\ub2e4(\ud14c\ub10c\ud2b8 \uc804\uccb4\ub294 `Set-TransportConfig -SmtpClientAuthenticationDisabled $false`, \uba54\uc77c\ubc15\uc2a4 \uc124\uc815\uc774 \ud14c\ub10c\ud2b8 \uc124\uc815\ubcf4\ub2e4 \uc6b0\uc120\ud569\ub2c8\ub2e4). ' +
                    'OAuth2(`oauth2-*` \uc785\ub825\uacfc `oauth2-scope`)\ub3c4 \uc774 \uc124\uc815\uc774 \ucf1c\uc838 \uc788\uc5b4\uc57c \ud569\ub2c8\ub2e4. \uc790\uc138\ud55c \ub0b4\uc6a9: https://aka.ms/smtp_auth_disabled.'
            },
            retryable: false
        },
        {
            // 535 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nodemailer#1714);
            // 550 5.7.30 Basic authentication is not supported for Client Submission. (Microsoft's retirement notice).
            reply: /basic authentication is disabled|Basic authentication is not supported/i,
            code: 'basic-auth-disabled',
            title: {
                en: '{server} refused the password login of {username}: basic authentication (a password over SMTP) is turned off for this account',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: \uc774 \uacc4\uc815\uc740 \uae30\ubcf8 \uc778\uc99d(SMTP\ub85c \ubcf4\ub0b4\ub294 \ube44\ubc00\ubc88\ud638)\uc774 \uaebc\uc838 \uc788\uc2b5\ub2c8\ub2e4'
            },
            fix: withMicrosoftOAuth2({
                en: 'Microsoft takes no password, app passwords included, for this account. Log in with OAuth2 instead, leaving `password` out: ',
                ko: 'Microsoft\ub294 \uc774 \uacc4\uc815\uc5d0 \ub300\ud574 \ube44\ubc00\ubc88\ud638\ub97c \uc571 \ube44\ubc00\ubc88\ud638\uae4c\uc9c0 \ud3ec\ud568\ud574 \ubc1b\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. `password`\ub97c \ube7c\uace0 OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. '
            }, {
                en: ". Only an admin can allow password logins again, in the tenant's authentication policies.",
                ko: '. \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \ub2e4\uc2dc \ud5c8\uc6a9\ud558\ub294 \uac83\uc740 \uad00\ub9ac\uc790\ub9cc \ud14c\ub10c\ud2b8\uc758 \uc778\uc99d \uc815\ucc45\uc5d0\uc11c \ud560 \uc218 \uc788\uc2b5\ub2c8\ub2e4.'
            }),
            retryable: false
        },
        {
            // Weak source: a third-party troubleshooting page; the same string appears in several repositories.
            reply: /locked by your organization's security defaults/i,
            code: 'basic-auth-disabled',
            title: {
                en: "{server} refused the password login of {username}: the tenant's security defaults block it",
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: \ud14c\ub10c\ud2b8\uc758 \ubcf4\uc548 \uae30\ubcf8\uac12(security defaults)\uc774 \ub9c9\uace0 \uc788\uc2b5\ub2c8\ub2e4'
            },
            fix: withMicrosoftOAuth2({
                en: 'Security defaults in Microsoft Entra block password logins over SMTP, app passwords included. Log in with OAuth2, ',
                ko: 'Microsoft Entra\uc758 \ubcf4\uc548 \uae30\ubcf8\uac12\uc740 SMTP \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \uc571 \ube44\ubc00\ubc88\ud638\uae4c\uc9c0 \ud3ec\ud568\ud574 \ub9c9\uc2b5\ub2c8\ub2e4. OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. '
            }, {
                en: '; or an admin replaces the security defaults with Conditional Access policies (Microsoft Entra admin center).',
                ko: '. \ub610\ub294 \uad00\ub9ac\uc790\uac00 \ubcf4\uc548 \uae30\ubcf8\uac12\uc744 \uc870\uac74\ubd80 \uc561\uc138\uc2a4(Conditional Access) \uc815\ucc45\uc73c\ub85c \ubc14\uafc9\ub2c8\ub2e4(Microsoft Entra admin center).'
            }),
            retryable: false
        },
        {
            // Weak source: the same page; a localised copy in gophish#3220.
            reply: /did not meet the criteria to be authenticated/i,
            code: 'basic-auth-disabled',
            title: {
                en: '{server} refused the login of {username}: a Conditional Access policy of the tenant blocks this sign-in',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: \ud14c\ub10c\ud2b8\uc758 \uc870\uac74\ubd80 \uc561\uc138\uc2a4(Conditional Access) \uc815\ucc45\uc774 \uc774 \ub85c\uadf8\uc778\uc744 \ub9c9\uace0 \uc788\uc2b5\ub2c8\ub2e4'
            },
            fix: withMicrosoftOAuth2({
                en: 'Conditional Access policies that block legacy authentication refuse every password login over SMTP. Log in with OAuth2, ',
                ko: '\ub808\uac70\uc2dc \uc778\uc99d\uc744 \ub9c9\ub294 \uc870\uac74\ubd80 \uc561\uc138\uc2a4 \uc815\ucc45\uc740 SMTP \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \ubaa8\ub450 \uac70\ubd80\ud569\ub2c8\ub2e4. OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. '
            }, {
                en: '; or ask an admin to exclude {username} from the policy (Microsoft Entra admin center \u2192 Conditional Access).',
                ko: '. \ub610\ub294 \uad00\ub9ac\uc790\uc5d0\uac8c {username} \uacc4\uc815\uc744 \uc815\ucc45\uc5d0\uc11c \uc81c\uc678\ud574 \ub2ec\ub77c\uace0 \uc694\uccad\ud558\uc138\uc694(Microsoft Entra admin center \u2192 Conditional Access).'
            }),
            retryable: false
        },
        {
            // 535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. (freescout#4930)
            reply: /user credentials were incorrect/i,
            code: 'auth-rejected',
            title: { en: '{server} did not accept the password of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ube44\ubc00\ubc88\ud638\ub97c \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
            fix: withMicrosoftOAuth2({
                en: 'Check that `username` is the full address of the mailbox and `password` its current password, from a repository secret. An account with MFA cannot log in with a password at all: log in with OAuth2, ',
                ko: '`username`\uc774 \uba54\uc77c\ubc15\uc2a4\uc758 \uc804\uccb4 \uc8fc\uc18c\uc778\uc9c0, `password`\uac00 \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc5d0\uc11c \uac00\uc838\uc628 \ud604\uc7ac \ube44\ubc00\ubc88\ud638\uc778\uc9c0 \ud655\uc778\ud558\uc138\uc694. MFA\ub97c \uc4f0\ub294 \uacc4\uc815\uc740 \ube44\ubc00\ubc88\ud638\ub85c\ub294 \uc804\ud600 \ub85c\uadf8\uc778\ud560 \uc218 \uc5c6\uc2b5\ub2c8\ub2e4. OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. '
            }, { en: '.', ko: '.' }),
            retryable: false
        },
        {
            // 554 5.2.252 SendAsDenied; \u2026 not allowed to send as \u2026 (gophish#2900); older: 554 5.2.0
            // STOREDRV.Submission.Exception:SendAsDeniedException (rss2email#147); 550 5.7.60 SMTP; Client does not have permissions to send as this sender (gophish#1600).
            reply: /SendAsDenied|permissions to send as this sender/i,
            code: 'sender-rejected',
            title: {
                en: '{server} refused to send as the address in `from`: {username} may not send as it',
                ko: '{server} \uc11c\ubc84\uac00 `from`\uc758 \uc8fc\uc18c\ub85c \ubcf4\ub0b4\uae30\ub97c \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: {username} \uacc4\uc815\uc740 \uadf8 \uc8fc\uc18c\ub85c \ubcf4\ub0bc \uad8c\ud55c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: 'Set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`. ' +
                    'To send as a shared mailbox or another address, an Exchange admin gives {username} Send As permission on it: `Add-RecipientPermission -Identity <address in from> -Trustee {username} -AccessRights SendAs` in Exchange Online PowerShell.',
                ko: '`from`\uc744 {username}(\uc73c)\ub85c \uc124\uc815\ud558\uc138\uc694(`from`\uc744 \ube44\uc6cc \ub450\uba74 `username`\uc744 \uc501\ub2c8\ub2e4). \ud45c\uc2dc \uc774\ub984\uc740 \uadf8\ub300\ub85c \ub458 \uc218 \uc788\uc2b5\ub2c8\ub2e4: `CI <{username}>`. ' +
                    '\uacf5\uc720 \uba54\uc77c\ubc15\uc2a4\ub098 \ub2e4\ub978 \uc8fc\uc18c\ub85c \ubcf4\ub0b4\ub824\uba74 Exchange \uad00\ub9ac\uc790\uac00 {username} \uacc4\uc815\uc5d0 \uadf8 \uc8fc\uc18c\uc758 Send As \uad8c\ud55c\uc744 \uc8fc\uc5b4\uc57c \ud569\ub2c8\ub2e4. Exchange Online PowerShell\uc5d0\uc11c `Add-RecipientPermission -Identity <address in from> -Trustee {username} -AccessRights SendAs` \ub97c \uc2e4\ud589\ud569\ub2c8\ub2e4.'
            },
            retryable: false
        },
        MICROSOFT_QUOTA,
        MICROSOFT_THREADS,
        {
            // 550 5.1.8 Access denied, bad outbound sender (Microsoft's troubleshooting page for 5.7.3 and 5.7.57).
            reply: /bad outbound sender/i,
            code: 'message-blocked',
            title: {
                en: '{server} blocks {username} from sending: the mailbox was restricted for sending spam',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ubc1c\uc1a1\uc744 \ub9c9\uace0 \uc788\uc2b5\ub2c8\ub2e4: \uc2a4\ud338\uc744 \ubcf4\ub0b8 \uac83\uc73c\ub85c \ubcf4\uc5ec \uba54\uc77c\ubc15\uc2a4\uac00 \uc81c\ud55c\ub418\uc5c8\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: 'Microsoft restricts a mailbox that sent what looked like spam. An admin must check the account is not compromised (change its password if it might be) and release it in the Microsoft Defender portal under Restricted entities.',
                ko: 'Microsoft\ub294 \uc2a4\ud338\uc73c\ub85c \ubcf4\uc774\ub294 \uba54\uc77c\uc744 \ubcf4\ub0b8 \uba54\uc77c\ubc15\uc2a4\ub97c \uc81c\ud55c\ud569\ub2c8\ub2e4. \uad00\ub9ac\uc790\uac00 \uacc4\uc815\uc774 \ud0c8\ucde8\ub418\uc9c0 \uc54a\uc558\ub294\uc9c0 \ud655\uc778\ud558\uace0(\uadf8\ub7f4 \uac00\ub2a5\uc131\uc774 \uc788\uc73c\uba74 \ube44\ubc00\ubc88\ud638\ub97c \ubc14\uafc9\ub2c8\ub2e4), Microsoft Defender portal\uc758 Restricted entities\uc5d0\uc11c \uc81c\ud55c\uc744 \ud480\uc5b4\uc57c \ud569\ub2c8\ub2e4.'
            },
            retryable: false
        }
    ]
};
/** How to log in to Outlook.com with OAuth2, said after "log in with OAuth2". */
const OUTLOOK_OAUTH2 = {
    en: ', leaving `password` out, with the `oauth2-*` inputs, `oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token` and `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` (README: "Microsoft 365 and Outlook.com with OAuth2").',
    ko: '`password`\ub97c \ube7c\uace0 OAuth2\ub85c \ub85c\uadf8\uc778\ud558\uc138\uc694. `oauth2-*` \uc785\ub825\uc744 \uc4f0\uace0 `oauth2-token-url: https://login.microsoftonline.com/consumers/oauth2/v2.0/token`, `oauth2-scope: https://outlook.office.com/SMTP.Send offline_access` \ub85c \uc124\uc815\ud569\ub2c8\ub2e4(README: "Microsoft 365 and Outlook.com with OAuth2").'
};
/** Outlook.com, Hotmail and Live accounts: smtp-mail.outlook.com. */
const OUTLOOK_COM = {
    name: 'Outlook.com',
    server: 'smtp-mail.outlook.com',
    hosts: /^smtp-mail\.outlook\.com\.?$/i,
    ports: [{ port: 587, secure: false }],
    portFix: {
        en: 'Outlook.com takes mail from programs on smtp-mail.outlook.com, port 587 with STARTTLS: set `port: 587` and `secure: false` (or leave `secure` empty).',
        ko: 'Outlook.com\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp-mail.outlook.com\uc758 587\ubc88 \ud3ec\ud2b8(STARTTLS)\ub85c \ubc1b\uc2b5\ub2c8\ub2e4. `port: 587`, `secure: false`\ub85c \uc124\uc815\ud558\uc138\uc694(\ub610\ub294 `secure`\ub97c \ube44\uc6cc \ub450\uc138\uc694).'
    },
    loginRefused: {
        code: 'basic-auth-disabled',
        title: { en: '{server} did not accept the password login of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
        fix: {
            en: `Since 16 September 2024 Outlook.com takes no password over SMTP, app passwords included: log in with OAuth2${OUTLOOK_OAUTH2.en}`,
            ko: `2024\ub144 9\uc6d4 16\uc77c\ubd80\ud130 Outlook.com\uc740 SMTP\uc5d0\uc11c \ube44\ubc00\ubc88\ud638\ub97c \uc571 \ube44\ubc00\ubc88\ud638\uae4c\uc9c0 \ud3ec\ud568\ud574 \ubc1b\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. ${OUTLOOK_OAUTH2.ko}`
        },
        retryable: false
    },
    oauth2: MICROSOFT_OAUTH2,
    replies: [
        {
            // 535: 5.7.139 Authentication unsuccessful, basic authentication is disabled. (nina-ground-station#17; app passwords: rallly#3154)
            reply: /basic authentication is disabled|Basic authentication is not supported/i,
            code: 'basic-auth-disabled',
            title: {
                en: '{server} refused the password login of {username}: Outlook.com takes no password over SMTP any more',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ube44\ubc00\ubc88\ud638 \ub85c\uadf8\uc778\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: Outlook.com\uc740 \uc774\uc81c SMTP\uc5d0\uc11c \ube44\ubc00\ubc88\ud638\ub97c \ubc1b\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: `Since 16 September 2024 Outlook.com takes only OAuth2 over SMTP; app passwords get the same answer. Log in with OAuth2${OUTLOOK_OAUTH2.en}`,
                ko: `2024\ub144 9\uc6d4 16\uc77c\ubd80\ud130 Outlook.com\uc740 SMTP\uc5d0\uc11c OAuth2\ub9cc \ubc1b\uc73c\uba70, \uc571 \ube44\ubc00\ubc88\ud638\uc5d0\ub3c4 \uac19\uc740 \uc751\ub2f5\uc744 \uc90d\ub2c8\ub2e4. ${OUTLOOK_OAUTH2.ko}`
            },
            retryable: false
        },
        {
            reply: /SendAsDenied|permissions to send as this sender/i,
            code: 'sender-rejected',
            title: {
                en: '{server} refused to send as the address in `from`: {username} may not send as it',
                ko: '{server} \uc11c\ubc84\uac00 `from`\uc758 \uc8fc\uc18c\ub85c \ubcf4\ub0b4\uae30\ub97c \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: {username} \uacc4\uc815\uc740 \uadf8 \uc8fc\uc18c\ub85c \ubcf4\ub0bc \uad8c\ud55c\uc774 \uc5c6\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: 'Outlook.com sends only as the signed-in address or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), keeping a display name if you like: `CI <{username}>`.',
                ko: 'Outlook.com\uc740 \ub85c\uadf8\uc778\ud55c \uc8fc\uc18c\ub098 \uadf8 \ubcc4\uce6d\uc73c\ub85c\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4. `from`\uc744 {username}(\uc73c)\ub85c \uc124\uc815\ud558\uc138\uc694(`from`\uc744 \ube44\uc6cc \ub450\uba74 `username`\uc744 \uc501\ub2c8\ub2e4). \ud45c\uc2dc \uc774\ub984\uc740 \uadf8\ub300\ub85c \ub458 \uc218 \uc788\uc2b5\ub2c8\ub2e4: `CI <{username}>`.'
            },
            retryable: false
        },
        {
            // 554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; \u2026 Actual verdict is RefuseQuota, ShowTierUpgrade. (nodejs-nodemailer-outlook#11: the account was not verified)
            reply: /RefuseQuota/i,
            code: 'quota-exceeded',
            title: {
                en: '{server} refused to send for {username}: the account is limited (not verified yet, or over its sending limit)',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ubc1c\uc1a1\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: \uacc4\uc815\uc774 \uc81c\ud55c\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4(\uc544\uc9c1 \uc778\uc99d\ub418\uc9c0 \uc54a\uc558\uac70\ub098 \ubc1c\uc1a1 \ud55c\ub3c4\ub97c \ub118\uc5c8\uc2b5\ub2c8\ub2e4)'
            },
            fix: {
                en: 'Sign in at https://outlook.live.com with this account and complete the verification it asks for (a new account cannot send through SMTP before that); otherwise wait for the sending limit to reset (up to 24 hours) before re-running.',
                ko: '\uc774 \uacc4\uc815\uc73c\ub85c https://outlook.live.com \uc5d0 \ub85c\uadf8\uc778\ud574 \uc694\uccad\ud558\ub294 \uc778\uc99d\uc744 \ub9c8\uce58\uc138\uc694(\uc0c8 \uacc4\uc815\uc740 \uadf8 \uc804\uae4c\uc9c0 SMTP\ub85c \ubcf4\ub0bc \uc218 \uc5c6\uc2b5\ub2c8\ub2e4). \uadf8\ub807\uc9c0 \uc54a\ub2e4\uba74 \ubc1c\uc1a1 \ud55c\ub3c4\uac00 \ucd08\uae30\ud654\ub420 \ub54c\uae4c\uc9c0(\ucd5c\ub300 24\uc2dc\uac04) \uae30\ub2e4\ub9b0 \ub4a4 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694.'
            },
            retryable: false
        },
        {
            // \u2026 Actual verdict is HipNotify, ShowTierUpgrade. (Valine-Admin#26)
            reply: /HipNotify/i,
            code: 'web-login-required',
            title: {
                en: '{server} wants a human check for {username} before it sends again',
                ko: '{server} \uc11c\ubc84\uac00 \ub2e4\uc2dc \ubcf4\ub0b4\uae30 \uc804\uc5d0 {username} \uacc4\uc815\uc5d0 \uc0ac\ub78c\uc778\uc9c0 \ud655\uc778\ud558\ub294 \uc808\ucc28\ub97c \uc694\uad6c\ud569\ub2c8\ub2e4'
            },
            fix: {
                en: 'Sign in at https://outlook.live.com in a browser, send one message from there and complete the check Outlook.com shows, then re-run the job.',
                ko: '\ube0c\ub77c\uc6b0\uc800\uc5d0\uc11c https://outlook.live.com \uc5d0 \ub85c\uadf8\uc778\ud574 \uba54\uc2dc\uc9c0\ub97c \ud55c \ud1b5 \ubcf4\ub0b4\uace0 Outlook.com\uc774 \ubcf4\uc5ec \uc8fc\ub294 \ud655\uc778 \uc808\ucc28\ub97c \ub9c8\uce5c \ub4a4 \uc791\uc5c5\uc744 \ub2e4\uc2dc \uc2e4\ud589\ud558\uc138\uc694.'
            },
            retryable: false
        },
        MICROSOFT_QUOTA,
        MICROSOFT_THREADS
    ]
};
const YAHOO_APP_PASSWORD = {
    en: 'Yahoo Mail takes only an app password from programs, never the account password: sign in at https://login.yahoo.com/account/security, open "External connections" \u2192 "Create app password", enter a name (for example "GitHub Actions") and choose "Generate password" (help: https://help.yahoo.com/kb/SLN15241.html; Yahoo may refuse until the browser has signed in to Yahoo for a few days). ' +
        'Store it as a repository secret, pass it as `password: ${{ secrets.YAHOO_APP_PASSWORD }}`, and set `username` to the full Yahoo address.',
    ko: 'Yahoo Mail\uc740 \ud504\ub85c\uadf8\ub7a8\uc5d0\uc11c \uacc4\uc815 \ube44\ubc00\ubc88\ud638\uac00 \uc544\ub2c8\ub77c \uc571 \ube44\ubc00\ubc88\ud638\ub9cc \ubc1b\uc2b5\ub2c8\ub2e4. https://login.yahoo.com/account/security \uc5d0 \ub85c\uadf8\uc778\ud574 "External connections" \u2192 "Create app password"\ub97c \uc5f4\uace0, \uc774\ub984(\uc608: "GitHub Actions")\uc744 \uc785\ub825\ud55c \ub4a4 "Generate password"\ub97c \ub204\ub985\ub2c8\ub2e4(\ub3c4\uc6c0\ub9d0: https://help.yahoo.com/kb/SLN15241.html ; \ube0c\ub77c\uc6b0\uc800\ub85c \uba70\uce60 \ub3d9\uc548 Yahoo\uc5d0 \ub85c\uadf8\uc778\ud55c \uc801\uc774 \uc788\uc5b4\uc57c \ub9cc\ub4e4\uc5b4 \uc8fc\uae30\ub3c4 \ud569\ub2c8\ub2e4). ' +
        '\uc774\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc73c\ub85c \uc800\uc7a5\ud574 `password: ${{ secrets.YAHOO_APP_PASSWORD }}`\ucc98\ub7fc \ub118\uae30\uace0, `username`\uc5d0\ub294 Yahoo \uc804\uccb4 \uc8fc\uc18c\ub97c \ub123\uc73c\uc138\uc694.'
};
/** Yahoo Mail: smtp.mail.yahoo.com. */
const YAHOO = {
    name: 'Yahoo Mail',
    server: 'smtp.mail.yahoo.com',
    hosts: /^smtp\.mail\.yahoo\.com\.?$/i,
    // Yahoo's own reason codes, such as (#AUTH005) and (#MBR1212).
    replyMarks: /\(#(?:AUTH|MBR)\d{3,4}\)/,
    ports: [
        { port: 465, secure: true },
        { port: 587, secure: false }
    ],
    portFix: {
        en: 'Yahoo Mail takes mail from programs on smtp.mail.yahoo.com, port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
        ko: 'Yahoo Mail\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp.mail.yahoo.com\uc758 465\ubc88 \ud3ec\ud2b8(\ucc98\uc74c\ubd80\ud130 TLS: `port: 465`, `secure: true`, \uae30\ubcf8\uac12) \ub610\ub294 587\ubc88 \ud3ec\ud2b8(STARTTLS: `port: 587`, `secure: false`)\ub85c \ubc1b\uc2b5\ub2c8\ub2e4.'
    },
    loginRefused: {
        code: 'auth-rejected',
        title: { en: '{server} did not accept the login of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
        fix: YAHOO_APP_PASSWORD,
        retryable: false
    },
    replies: [
        {
            // 535 5.7.0 (#AUTH005) Too many bad auth attempts. \u2014 Yahoo's answer to the account password
            // where an app password is needed, from the first attempt (PHPMailer#2034, nodemailer#1112,
            // maildroid#17, all fixed by an app password), so it is auth-rejected despite its words.
            reply: /\(#AUTH005\)/,
            code: 'auth-rejected',
            title: {
                en: '{server} refused the login of {username} with "Too many bad auth attempts", its answer to the account password',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 "Too many bad auth attempts"\ub85c \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4. \uacc4\uc815 \ube44\ubc00\ubc88\ud638\ub97c \uc4f0\uba74 \uc774\ub807\uac8c \uc751\ub2f5\ud569\ub2c8\ub2e4'
            },
            fix: {
                en: `${YAHOO_APP_PASSWORD.en} If an app password is already in \`password\`, wait a while before the next run: every refused attempt prolongs the block.`,
                ko: `${YAHOO_APP_PASSWORD.ko} \`password\`\uc5d0 \uc774\ubbf8 \uc571 \ube44\ubc00\ubc88\ud638\uac00 \uc788\ub2e4\uba74 \ub2e4\uc74c \uc2e4\ud589\uae4c\uc9c0 \uc7a0\uc2dc \uae30\ub2e4\ub9ac\uc138\uc694. \uac70\ubd80\ub41c \uc2dc\ub3c4\ub9c8\ub2e4 \ucc28\ub2e8\uc774 \uae38\uc5b4\uc9d1\ub2c8\ub2e4.`
            },
            retryable: false
        },
        {
            // 535 5.7.0 (#MBR1212) Incorrect username or password. (PHPMailer#1287)
            reply: /\(#MBR1212\)/,
            code: 'auth-rejected',
            title: {
                en: '{server} did not accept the username or password (username: {username})',
                ko: '{server} \uc11c\ubc84\uac00 \uc0ac\uc6a9\uc790 \uc774\ub984 \ub610\ub294 \ube44\ubc00\ubc88\ud638\ub97c \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4(username: {username})'
            },
            fix: YAHOO_APP_PASSWORD,
            retryable: false
        },
        {
            // 550 Request failed; Mailbox unavailable \u2014 seen when `from` was not the account's address (mattermost#13652).
            reply: /Request failed; Mailbox unavailable/i,
            code: 'sender-rejected',
            title: {
                en: '{server} refused the message from {username}: "Mailbox unavailable", its answer to a sender that is not the account',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \uba54\uc2dc\uc9c0\ub97c "Mailbox unavailable"\ub85c \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4. \ubcf4\ub0b4\ub294 \uc0ac\ub78c\uc774 \uacc4\uc815 \uc8fc\uc18c\uac00 \uc544\ub2d0 \ub54c \uc774\ub807\uac8c \uc751\ub2f5\ud569\ub2c8\ub2e4'
            },
            fix: {
                en: 'Yahoo Mail sends only as the address of the account you log in as: set `from` to {username} (or leave `from` empty, which means `username`). If it already is, Yahoo refused the message itself: send a plainer message.',
                ko: 'Yahoo Mail\uc740 \ub85c\uadf8\uc778\ud55c \uacc4\uc815\uc758 \uc8fc\uc18c\ub85c\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4. `from`\uc744 {username}(\uc73c)\ub85c \uc124\uc815\ud558\uc138\uc694(`from`\uc744 \ube44\uc6cc \ub450\uba74 `username`\uc744 \uc501\ub2c8\ub2e4). \uc774\ubbf8 \uadf8\ub807\ub2e4\uba74 Yahoo\uac00 \uba54\uc2dc\uc9c0 \uc790\uccb4\ub97c \uac70\ubd80\ud55c \uac83\uc774\ub2c8 \ub354 \ub2e8\uc21c\ud55c \uba54\uc2dc\uc9c0\ub97c \ubcf4\ub0b4\uc138\uc694.'
            },
            retryable: false
        },
        {
            // UNCONFIRMED on smtp.mail.yahoo.com: seen from Yahoo's incoming servers (sisimai), not on submission.
            reply: /\[PH01\] Email not accepted for policy reasons/i,
            code: 'message-blocked',
            title: { en: '{server} refused the message for policy reasons', ko: '{server} \uc11c\ubc84\uac00 \uc815\ucc45\uc0c1\uc758 \uc774\uc720\ub85c \uba54\uc2dc\uc9c0\ub97c \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4' },
            fix: {
                en: 'Yahoo judged the message unacceptable. Send fewer, plainer messages (no shortened links); the reason codes are explained at https://postmaster.yahooinc.com/error-codes.',
                ko: 'Yahoo\uac00 \uba54\uc2dc\uc9c0\ub97c \ubc1b\uc544\ub4e4\uc77c \uc218 \uc5c6\ub2e4\uace0 \ud310\ub2e8\ud588\uc2b5\ub2c8\ub2e4. \uba54\uc2dc\uc9c0\ub97c \uc904\uc774\uace0 \ub354 \ub2e8\uc21c\ud558\uac8c \ubcf4\ub0b4\uc138\uc694(\ub2e8\ucd95 \ub9c1\ud06c \uc5c6\uc774). \uc0ac\uc720 \ucf54\ub4dc\ub294 https://postmaster.yahooinc.com/error-codes \uc5d0 \uc124\uba85\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4.'
            },
            retryable: false
        }
    ]
};
/** iCloud Mail: smtp.mail.me.com. Apple publishes no SMTP reply texts. */
const ICLOUD = {
    name: 'iCloud Mail',
    server: 'smtp.mail.me.com',
    hosts: /^smtp\.mail\.me\.com\.?$/i,
    ports: [{ port: 587, secure: false }],
    portFix: {
        en: 'iCloud Mail takes mail from programs on smtp.mail.me.com, port 587 with STARTTLS; Apple documents no other port: set `port: 587` and `secure: false` (or leave `secure` empty).',
        ko: 'iCloud Mail\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp.mail.me.com\uc758 587\ubc88 \ud3ec\ud2b8(STARTTLS)\ub85c \ubc1b\uc73c\uba70, Apple\uc740 \ub2e4\ub978 \ud3ec\ud2b8\ub97c \uc548\ub0b4\ud558\uc9c0 \uc54a\uc2b5\ub2c8\ub2e4. `port: 587`, `secure: false`\ub85c \uc124\uc815\ud558\uc138\uc694(\ub610\ub294 `secure`\ub97c \ube44\uc6cc \ub450\uc138\uc694).'
    },
    loginRefused: {
        code: 'auth-rejected',
        title: { en: '{server} did not accept the login of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
        fix: {
            en: 'iCloud Mail takes only an app-specific password from programs: with two-factor authentication on for the Apple Account, open https://account.apple.com \u2192 Sign-In and Security \u2192 App-Specific Passwords \u2192 Generate an app-specific password (help: https://support.apple.com/en-us/102654). ' +
                'Store it as a repository secret, pass it as `password: ${{ secrets.ICLOUD_APP_PASSWORD }}`, and set `username` to the full iCloud address (you@icloud.com). Changing the Apple Account password revokes every app-specific password.',
            ko: 'iCloud Mail\uc740 \ud504\ub85c\uadf8\ub7a8\uc5d0\uc11c \uc571 \uc554\ud638(app-specific password)\ub9cc \ubc1b\uc2b5\ub2c8\ub2e4. Apple \uacc4\uc815\uc5d0 \uc774\uc911 \uc778\uc99d\uc744 \ucf20 \uc0c1\ud0dc\uc5d0\uc11c https://account.apple.com \u2192 \ub85c\uadf8\uc778 \ubc0f \ubcf4\uc548 \u2192 \uc571 \uc554\ud638 \u2192 \uc571 \uc554\ud638 \uc0dd\uc131\uc744 \uc5fd\ub2c8\ub2e4(\ub3c4\uc6c0\ub9d0: https://support.apple.com/en-us/102654 ). ' +
                '\uc774\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc73c\ub85c \uc800\uc7a5\ud574 `password: ${{ secrets.ICLOUD_APP_PASSWORD }}`\ucc98\ub7fc \ub118\uae30\uace0, `username`\uc5d0\ub294 iCloud \uc804\uccb4 \uc8fc\uc18c(you@icloud.com)\ub97c \ub123\uc73c\uc138\uc694. Apple \uacc4\uc815 \ube44\ubc00\ubc88\ud638\ub97c \ubc14\uafb8\uba74 \ubaa8\ub4e0 \uc571 \uc554\ud638\uac00 \ucde8\uc18c\ub429\ub2c8\ub2e4.'
        },
        retryable: false
    },
    replies: [
        {
            // UNCONFIRMED over SMTP: Apple's webmail shows "You have exceeded your daily sending limit."
            reply: /exceeded your daily sending limit/i,
            code: 'quota-exceeded',
            title: { en: '{username} has used up its daily sending limit on {server}', ko: '{username} \uacc4\uc815\uc774 {server}\uc758 \ud558\ub8e8 \ubc1c\uc1a1 \ud55c\ub3c4\ub97c \ub2e4 \uc37c\uc2b5\ub2c8\ub2e4' },
            fix: {
                en: 'iCloud Mail allows 1,000 messages and 1,000 recipients a day, and 500 recipients per message (https://support.apple.com/en-us/102198). Wait up to 24 hours, or send fewer messages, for example only on failure with `if: failure()`.',
                ko: 'iCloud Mail\uc740 \ud558\ub8e8 \uba54\uc2dc\uc9c0 1,000\ud1b5, \uc218\uc2e0\uc790 1,000\uba85, \uba54\uc2dc\uc9c0\ub2f9 \uc218\uc2e0\uc790 500\uba85\uae4c\uc9c0 \ud5c8\uc6a9\ud569\ub2c8\ub2e4(https://support.apple.com/en-us/102198 ). \ucd5c\ub300 24\uc2dc\uac04 \uae30\ub2e4\ub9ac\uac70\ub098, \uc608\ub97c \ub4e4\uc5b4 `if: failure()`\ub85c \uc2e4\ud328\ud588\uc744 \ub54c\ub9cc \ubcf4\ub0b4 \uba54\uc2dc\uc9c0 \uc218\ub97c \uc904\uc774\uc138\uc694.'
            },
            retryable: false
        }
    ]
};
/** Naver Mail: smtp.naver.com. Its replies are in English; its menus in Korean. */
const NAVER = {
    name: 'Naver Mail',
    server: 'smtp.naver.com',
    hosts: /^smtp\.naver\.com\.?$/i,
    ports: [
        { port: 587, secure: false },
        { port: 465, secure: true }
    ],
    portFix: {
        en: 'Naver Mail takes mail from programs on smtp.naver.com, port 587 with STARTTLS (`port: 587`, `secure: false`), or port 465 with TLS from the first byte (`secure: true`).',
        ko: '\ub124\uc774\ubc84 \uba54\uc77c\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp.naver.com\uc758 587\ubc88 \ud3ec\ud2b8(STARTTLS: `port: 587`, `secure: false`) \ub610\ub294 465\ubc88 \ud3ec\ud2b8(\ucc98\uc74c\ubd80\ud130 TLS: `secure: true`)\ub85c \ubc1b\uc2b5\ub2c8\ub2e4.'
    },
    // Weak source for the reply (535 5.7.1 Username and Password not accepted): notes in two
    // public repositories, which say Naver answers the same to a wrong password and to SMTP switched off.
    loginRefused: {
        code: 'auth-rejected',
        title: {
            en: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
            ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4: \ube44\ubc00\ubc88\ud638\uac00 \ud2c0\ub838\uac70\ub098 \uacc4\uc815\uc758 SMTP\uac00 \uaebc\uc838 \uc788\uc2b5\ub2c8\ub2e4'
        },
        fix: {
            en: 'Naver answers both the same. 1) Switch SMTP on: Naver Mail \u2192 \ud658\uacbd\uc124\uc815 \u2192 POP3/IMAP \uc124\uc815 \u2192 IMAP/SMTP \uc124\uc815 \u2192 "IMAP/SMTP \uc0ac\uc6a9" = \uc0ac\uc6a9\ud568 \u2192 \uc800\uc7a5 (https://help.naver.com/service/30029/contents/21344). ' +
                '2) Naver wants 2\ub2e8\uacc4 \uc778\uc99d (2-Step Verification) and an \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \ube44\ubc00\ubc88\ud638 (application password) for SMTP, not the account password: \ub124\uc774\ubc84ID \u2192 \ubcf4\uc548\uc124\uc815 \u2192 2\ub2e8\uacc4 \uc778\uc99d \u2192 \uad00\ub9ac \u2192 \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \ube44\ubc00\ubc88\ud638 (https://help.naver.com/service/5640/contents/8584). ' +
                'Store it as a repository secret and pass it as `password: ${{ secrets.NAVER_APP_PASSWORD }}`.',
            ko: '\ub124\uc774\ubc84\ub294 \ub450 \uacbd\uc6b0\uc5d0 \uac19\uc740 \uc751\ub2f5\uc744 \uc90d\ub2c8\ub2e4. 1) SMTP\ub97c \ucf2d\ub2c8\ub2e4: \ub124\uc774\ubc84 \uba54\uc77c \u2192 \ud658\uacbd\uc124\uc815 \u2192 POP3/IMAP \uc124\uc815 \u2192 IMAP/SMTP \uc124\uc815 \u2192 "IMAP/SMTP \uc0ac\uc6a9" = \uc0ac\uc6a9\ud568 \u2192 \uc800\uc7a5 (https://help.naver.com/service/30029/contents/21344 ). ' +
                '2) \ub124\uc774\ubc84\ub294 SMTP\uc5d0 \uacc4\uc815 \ube44\ubc00\ubc88\ud638\uac00 \uc544\ub2c8\ub77c 2\ub2e8\uacc4 \uc778\uc99d\uacfc \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \ube44\ubc00\ubc88\ud638\ub97c \uc694\uad6c\ud569\ub2c8\ub2e4: \ub124\uc774\ubc84ID \u2192 \ubcf4\uc548\uc124\uc815 \u2192 2\ub2e8\uacc4 \uc778\uc99d \u2192 \uad00\ub9ac \u2192 \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \ube44\ubc00\ubc88\ud638 (https://help.naver.com/service/5640/contents/8584 ). ' +
                '\uc774\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc73c\ub85c \uc800\uc7a5\ud574 `password: ${{ secrets.NAVER_APP_PASSWORD }}`\ucc98\ub7fc \ub118\uae30\uc138\uc694.'
        },
        retryable: false
    },
    replies: [
        {
            // Weak source: the same repository notes.
            reply: /Too many concurrent connection/i,
            code: 'try-again-later',
            title: {
                en: '{server} refused the connection for now: too many connections from {username} at once',
                ko: '{server} \uc11c\ubc84\uac00 \uc5f0\uacb0\uc744 \ub2f9\ubd84\uac04 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: {username} \uacc4\uc815\uc758 \ub3d9\uc2dc \uc5f0\uacb0\uc774 \ub108\ubb34 \ub9ce\uc2b5\ub2c8\ub2e4'
            },
            fix: {
                en: 'Naver limits how many connections one account may have open at the same time. Send one notification from a final job (`needs:` + `if: always()`) instead of one per matrix leg, and raise `retries` if parallel senders remain.',
                ko: '\ub124\uc774\ubc84\ub294 \ud55c \uacc4\uc815\uc774 \ub3d9\uc2dc\uc5d0 \uc5f4 \uc218 \uc788\ub294 \uc5f0\uacb0 \uc218\ub97c \uc81c\ud55c\ud569\ub2c8\ub2e4. \ub9e4\ud2b8\ub9ad\uc2a4 \uc791\uc5c5\ub9c8\ub2e4 \ubcf4\ub0b4\uc9c0 \ub9d0\uace0 \ub9c8\uc9c0\ub9c9 \uc791\uc5c5 \ud558\ub098\uc5d0\uc11c(`needs:` + `if: always()`) \uc54c\ub9bc\uc744 \ud55c \ubc88 \ubcf4\ub0b4\uc138\uc694. \ub3d9\uc2dc\uc5d0 \ubcf4\ub0b4\ub294 \uacf3\uc774 \ub0a8\uc544 \uc788\ub2e4\uba74 `retries`\ub97c \ub298\ub9ac\uc138\uc694.'
            },
            retryable: true
        }
    ]
};
/** Daum Mail (hanmail.net, daum.net; Kakao accounts): smtp.daum.net. No public report quotes a Daum reply. */
const DAUM = {
    name: 'Daum Mail',
    server: 'smtp.daum.net',
    hosts: /^smtp\.daum\.net\.?$/i,
    ports: [{ port: 465, secure: true }],
    portFix: {
        en: 'Daum Mail takes mail from programs on smtp.daum.net, port 465 with TLS from the first byte: set `port: 465` and `secure: true` (or leave both empty: those are the defaults).',
        ko: '\ub2e4\uc74c \uba54\uc77c\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 smtp.daum.net\uc758 465\ubc88 \ud3ec\ud2b8(\ucc98\uc74c\ubd80\ud130 TLS)\ub85c \ubc1b\uc2b5\ub2c8\ub2e4. `port: 465`, `secure: true`\ub85c \uc124\uc815\ud558\uc138\uc694(\ub458 \ub2e4 \uae30\ubcf8\uac12\uc774\ubbc0\ub85c \ube44\uc6cc \ub450\uc5b4\ub3c4 \ub429\ub2c8\ub2e4).'
    },
    loginRefused: {
        code: 'auth-rejected',
        title: {
            en: '{server} did not accept the login of {username}: a wrong password, or SMTP is off for the account',
            ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4: \ube44\ubc00\ubc88\ud638\uac00 \ud2c0\ub838\uac70\ub098 \uacc4\uc815\uc758 SMTP\uac00 \uaebc\uc838 \uc788\uc2b5\ub2c8\ub2e4'
        },
        fix: {
            en: '1) Switch SMTP on, in Daum Mail on a PC: \ud658\uacbd\uc124\uc815 \u2192 IMAP/POP3 \u2192 "IMAP / SMTP \uc0ac\uc6a9" \u2192 \uc0ac\uc6a9\ud568 \u2192 \uc800\uc7a5. ' +
                '2) With 2\ub2e8\uacc4 \uc778\uc99d (2-Step Verification) on, Daum takes the password issued on the 2\ub2e8\uacc4 \uc778\uc99d settings page (\uc571 \ube44\ubc00\ubc88\ud638), not the account password (Kakao account: \uacc4\uc815 \ubcf4\uc548 \u2192 2\ub2e8\uacc4 \uc778\uc99d; help: https://cs.daum.net/faq/site/43/cat/9234/faq/33671). ' +
                'Store it as a repository secret and pass it as `password: ${{ secrets.DAUM_APP_PASSWORD }}`.',
            ko: '1) PC\uc758 \ub2e4\uc74c \uba54\uc77c\uc5d0\uc11c SMTP\ub97c \ucf2d\ub2c8\ub2e4: \ud658\uacbd\uc124\uc815 \u2192 IMAP/POP3 \u2192 "IMAP / SMTP \uc0ac\uc6a9" \u2192 \uc0ac\uc6a9\ud568 \u2192 \uc800\uc7a5. ' +
                '2) 2\ub2e8\uacc4 \uc778\uc99d\uc744 \ucf30\ub2e4\uba74 \ub2e4\uc74c\uc740 \uacc4\uc815 \ube44\ubc00\ubc88\ud638\uac00 \uc544\ub2c8\ub77c 2\ub2e8\uacc4 \uc778\uc99d \uc124\uc815 \ud398\uc774\uc9c0\uc5d0\uc11c \ubc1c\uae09\ud55c \ube44\ubc00\ubc88\ud638(\uc571 \ube44\ubc00\ubc88\ud638)\ub97c \ubc1b\uc2b5\ub2c8\ub2e4(\uce74\uce74\uc624\uacc4\uc815: \uacc4\uc815 \ubcf4\uc548 \u2192 2\ub2e8\uacc4 \uc778\uc99d; \ub3c4\uc6c0\ub9d0: https://cs.daum.net/faq/site/43/cat/9234/faq/33671 ). ' +
                '\uc774\ub97c \uc800\uc7a5\uc18c \uc2dc\ud06c\ub9bf\uc73c\ub85c \uc800\uc7a5\ud574 `password: ${{ secrets.DAUM_APP_PASSWORD }}`\ucc98\ub7fc \ub118\uae30\uc138\uc694.'
        },
        retryable: false
    },
    replies: []
};
/** Zoho Mail: smtp.zoho.com and its regional hosts; smtppro.zoho.* for an organisation's own domain. */
const ZOHO = {
    name: 'Zoho Mail',
    server: 'smtp.zoho.com',
    hosts: /^smtp(?:pro)?\.zoho\.(?:com|eu|in|com\.au|jp|com\.cn|sa)\.?$/i,
    ports: [
        { port: 465, secure: true },
        { port: 587, secure: false }
    ],
    portFix: {
        en: 'Zoho Mail takes mail from programs on port 465 with TLS from the first byte (`port: 465`, `secure: true`, the defaults) or port 587 with STARTTLS (`port: 587`, `secure: false`).',
        ko: 'Zoho Mail\uc740 \ud504\ub85c\uadf8\ub7a8\uc774 \ubcf4\ub0b4\ub294 \uba54\uc77c\uc744 465\ubc88 \ud3ec\ud2b8(\ucc98\uc74c\ubd80\ud130 TLS: `port: 465`, `secure: true`, \uae30\ubcf8\uac12) \ub610\ub294 587\ubc88 \ud3ec\ud2b8(STARTTLS: `port: 587`, `secure: false`)\ub85c \ubc1b\uc2b5\ub2c8\ub2e4.'
    },
    loginRefused: {
        code: 'auth-rejected',
        title: { en: '{server} did not accept the login of {username}', ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ub85c\uadf8\uc778\uc744 \ubc1b\uc544\ub4e4\uc774\uc9c0 \uc54a\uc558\uc2b5\ub2c8\ub2e4' },
        fix: {
            en: "Check that `username` is the full address and that `server` is the host of your account's region (smtp.zoho.eu for an account on zoho.eu, and so on; smtppro.zoho.com and its regional forms for an organisation's own domain). " +
                'With two-factor authentication on, Zoho takes an application-specific password: Zoho Accounts \u2192 Security \u2192 App Passwords \u2192 Generate New Password (https://accounts.zoho.com/home#security/app_password, or accounts.zoho.eu and so on), passed as `password: ${{ secrets.ZOHO_APP_PASSWORD }}`. ' +
                'SMTP also needs IMAP or POP access on: Zoho Mail \u2192 Settings \u2192 Mail Accounts \u2192 IMAP/POP access.',
            ko: '`username`\uc774 \uc804\uccb4 \uc8fc\uc18c\uc778\uc9c0, `server`\uac00 \uacc4\uc815\uc774 \uc18d\ud55c \uc9c0\uc5ed\uc758 \ud638\uc2a4\ud2b8\uc778\uc9c0 \ud655\uc778\ud558\uc138\uc694(zoho.eu \uacc4\uc815\uc740 smtp.zoho.eu \ub4f1, \uc870\uc9c1 \uc790\uccb4 \ub3c4\uba54\uc778\uc740 smtppro.zoho.com \ub610\ub294 \uadf8 \uc9c0\uc5ed \ud638\uc2a4\ud2b8). ' +
                '2\ub2e8\uacc4 \uc778\uc99d\uc744 \ucf30\ub2e4\uba74 Zoho\ub294 \uc560\ud50c\ub9ac\ucf00\uc774\uc158 \uc804\uc6a9 \ube44\ubc00\ubc88\ud638\ub97c \ubc1b\uc2b5\ub2c8\ub2e4: Zoho Accounts \u2192 Security \u2192 App Passwords \u2192 Generate New Password (https://accounts.zoho.com/home#security/app_password , \ub610\ub294 accounts.zoho.eu \ub4f1). \uc774\ub97c `password: ${{ secrets.ZOHO_APP_PASSWORD }}`\ucc98\ub7fc \ub118\uae30\uc138\uc694. ' +
                'SMTP\uc5d0\ub294 IMAP \ub610\ub294 POP \uc811\uadfc\ub3c4 \ucf1c\uc838 \uc788\uc5b4\uc57c \ud569\ub2c8\ub2e4: Zoho Mail \u2192 Settings \u2192 Mail Accounts \u2192 IMAP/POP access.'
        },
        retryable: false
    },
    replies: [
        {
            // 553 Relaying disallowed as test@gmail.com (grav-plugin-email#77, mattermost#13224, odoo#1493)
            reply: /Relaying disallowed/i,
            code: 'sender-rejected',
            title: {
                en: '{server} refused the sender: the address in `from` is not {username} or one of its aliases',
                ko: '{server} \uc11c\ubc84\uac00 \ubcf4\ub0b4\ub294 \uc0ac\ub78c\uc744 \uac70\ubd80\ud588\uc2b5\ub2c8\ub2e4: `from`\uc758 \uc8fc\uc18c\uac00 {username} \ub610\ub294 \uadf8 \ubcc4\uce6d\uc774 \uc544\ub2d9\ub2c8\ub2e4'
            },
            fix: {
                en: 'Zoho Mail sends only as the address of the account or one of its aliases: set `from` to {username} (or leave `from` empty, which means `username`), or add the address as an alias of the account in Zoho Mail \u2192 Settings \u2192 Mail Accounts.',
                ko: 'Zoho Mail\uc740 \uacc4\uc815\uc758 \uc8fc\uc18c\ub098 \uadf8 \ubcc4\uce6d\uc73c\ub85c\ub9cc \ubcf4\ub0c5\ub2c8\ub2e4. `from`\uc744 {username}(\uc73c)\ub85c \uc124\uc815\ud558\uac70\ub098(`from`\uc744 \ube44\uc6cc \ub450\uba74 `username`\uc744 \uc501\ub2c8\ub2e4), Zoho Mail \u2192 Settings \u2192 Mail Accounts \uc5d0\uc11c \uadf8 \uc8fc\uc18c\ub97c \uacc4\uc815\uc758 \ubcc4\uce6d\uc73c\ub85c \ucd94\uac00\ud558\uc138\uc694.'
            },
            retryable: false
        },
        {
            // 550 5.4.6 Unusual sending activity detected. Please try after sometime. (Zoho community thread)
            reply: /Unusual sending activity/i,
            code: 'quota-exceeded',
            title: {
                en: '{server} blocked sending from {username}: "unusual sending activity"',
                ko: '{server} \uc11c\ubc84\uac00 {username} \uacc4\uc815\uc758 \ubc1c\uc1a1\uc744 \ub9c9\uc558\uc2b5\ub2c8\ub2e4: "unusual sending activity"(\ube44\uc815\uc0c1\uc801\uc778 \ubc1c\uc1a1 \ud65c\ub3d9)'
            },
            fix: {
                en: 'Zoho blocks the outgoing mail of an account that sends too much or looks abused; the block lasts from 1 to 5 business days. The account owner can ask to be unblocked at https://mail.zoho.com/UnblockMe; an organisation admin under Admin Console \u2192 Users \u2192 Blocked Users. Send fewer messages, for example only on failure with `if: failure()`.',
                ko: 'Zoho\ub294 \ub108\ubb34 \ub9ce\uc774 \ubcf4\ub0b4\uac70\ub098 \uc545\uc6a9\ub41c \uac83\uc73c\ub85c \ubcf4\uc774\ub294 \uacc4\uc815\uc758 \ubc1c\uc2e0 \uba54\uc77c\uc744 \ub9c9\uc73c\uba70, \ucc28\ub2e8\uc740 \uc601\uc5c5\uc77c \uae30\uc900 1~5\uc77c \uc774\uc5b4\uc9d1\ub2c8\ub2e4. \uacc4\uc815 \uc18c\uc720\uc790\ub294 https://mail.zoho.com/UnblockMe \uc5d0\uc11c, \uc870\uc9c1 \uad00\ub9ac\uc790\ub294 Admin Console \u2192 Users \u2192 Blocked Users \uc5d0\uc11c \ucc28\ub2e8 \ud574\uc81c\ub97c \uc694\uccad\ud560 \uc218 \uc788\uc2b5\ub2c8\ub2e4. \uc608\ub97c \ub4e4\uc5b4 `if: failure()`\ub85c \uc2e4\ud328\ud588\uc744 \ub54c\ub9cc \ubcf4\ub0b4 \uba54\uc2dc\uc9c0 \uc218\ub97c \uc904\uc774\uc138\uc694.'
            },
            retryable: false
        }
    ]
};
/** Gmail, whose replies and fixes live in diagnose.ts; here for its connection settings and the README table. */
const GMAIL = {
    name: 'Gmail / Google Workspace',
    server: 'smtp.gmail.com',
    hosts: /^smtp\.(?:gmail|googlemail)\.com\.?$/i,
    ports: [
        { port: 465, secure: true },
        { port: 587, secure: false }
    ],
    replies: []
};
/** Every provider the action knows, Gmail first. */
const PROVIDERS = [GMAIL, MICROSOFT_365, OUTLOOK_COM, YAHOO, ICLOUD, NAVER, DAUM, ZOHO];
/** The provider whose SMTP server `server` is. */
function providerOfHost(server) {
    return PROVIDERS.find((provider) => provider.hosts.test(server));
}
/** The provider whose marks a reply carries, for a `server` that is not a known host (a CNAME of one's own). */
function providerOfReply(reply) {
    return PROVIDERS.find((provider) => provider.replyMarks?.test(reply));
}
/** The provider whose token endpoint `oauth2-token-url` is. */
function providerOfTokenUrl(tokenUrl) {
    return PROVIDERS.find((provider) => provider.oauth2?.tokenUrl.test(tokenUrl));
}
/** The first of the provider's replies that this reply is. */
function replyAdvice(provider, reply) {
    return provider.replies.find((advice) => advice.reply.test(reply));
}
/** Whether the provider takes mail on this port with this `secure`. */
function takesPort(provider, setting) {
    return provider.ports.some(({ port, secure }) => port === setting.port && secure === setting.secure);
}
/**
 * What is wrong with `port` and `secure` for the provider whose host `server` is; undefined
 * for a setting it takes, for a server the catalogue does not know, and for a provider with no
 * `portFix` (Gmail, whose wrong ports diagnose-words.ts words after a failure).
 */
function portNotTaken(connection, language) {
    const provider = providerOfHost(connection.server);
    if (!provider?.portFix || takesPort(provider, connection))
        return undefined;
    return { provider: provider.name, fix: fill(provider.portFix[language], connection), recommended: provider.ports[0] };
}
/** A template with {server} and {username} filled in, in one pass (a value is never read as a template). */
function fill(template, values) {
    return template.replace(/\{(server|username)\}/g, (_match, name) => values[name]);
}


/***/ })

};
