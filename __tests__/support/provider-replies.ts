/**
 * Replies of mail providers other than Gmail, as they were reported (server IDs and
 * timestamps are those of the reports). Each names where it was seen; where a report quoted
 * only the start of a long reply, only that start is kept, and the comment says so. Replies
 * no primary source or real report confirmed say UNCONFIRMED. Lines as the server sends them.
 */

/** https://github.com/nodemailer/nodemailer/issues/1484, https://github.com/simonrob/email-oauth2-proxy/issues/193 */
export const MS_SMTP_AUTH_DISABLED = [
  '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [TY1PR01CA0183.jpnprd01.prod.outlook.com]'
]

/** https://github.com/nodemailer/nodemailer/issues/1714 */
export const MS_BASIC_AUTH_DISABLED = [
  '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PN0PR01CA0024.INDPRD01.PROD.OUTLOOK.COM 2025-01-26T18:54:30.055Z 08DD3DD7D75D7743]'
]

/**
 * Outlook.com after 16 September 2024: https://github.com/daleghent/nina-ground-station/issues/17
 * (MailKit printed "535:"; the wire has "535 "). The report's timestamp after the server ID is left out.
 */
export const OUTLOOK_BASIC_AUTH_DISABLED = [
  '535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [PH7P220CA0132.NAMP220.PROD.OUTLOOK.COM]'
]

/** Microsoft's retirement notice of Basic authentication for client submission (techcommunity.microsoft.com, 4114750). */
export const MS_BASIC_AUTH_RETIRED = ['550 5.7.30 Basic authentication is not supported for Client Submission.']

/** https://github.com/freescout-help-desk/freescout/issues/4930 */
export const MS_CREDENTIALS_INCORRECT = [
  '535 5.7.139 Authentication unsuccessful, the user credentials were incorrect. [PH0PR07CA0004.namprd07.prod.outlook.com]'
]

/** Weak: a third-party troubleshooting page (docs.bookyourpto.com); the same string is in several repositories. */
export const MS_SECURITY_DEFAULTS = [
  "535 5.7.139 Authentication unsuccessful, user is locked by your organization's security defaults policy. Contact your administrator."
]

/** Weak: the same page. */
export const MS_CONDITIONAL_ACCESS = [
  '535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.'
]

/** Microsoft's OAuth documentation sample; https://github.com/PHPMailer/PHPMailer/issues/992 */
export const MS_AUTH_UNSUCCESSFUL = ['535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]']

/** https://github.com/gophish/gophish/issues/2900, up to where the diagnostic data begins. */
export const MS_SEND_AS_DENIED = [
  '554 5.2.252 SendAsDenied; delightgx46@outlook.com not allowed to send as security@sfb.com; STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message [BeginDiagnosticData]Cannot submit message.'
]

/** The older wording: https://github.com/rss2email/rss2email/issues/147 (smtp-mail.outlook.com), up to the diagnostic data. */
export const MS_SEND_AS_DENIED_OLD = [
  '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.'
]

/** Microsoft's troubleshooting page for 5.7.3 and 5.7.57; https://github.com/gophish/gophish/issues/1600 */
export const MS_SEND_AS_PERMISSIONS = ['550 5.7.60 SMTP; Client does not have permissions to send as this sender']

/** Microsoft's documentation of the recipient rate limit, quoted in https://github.com/MicrosoftDocs/OfficeDocs-Support/issues/1150 */
export const MS_SUBMISSION_QUOTA = ['554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException']

/** https://github.com/timeoff-management/timeoff-management-application/issues/308 */
export const MS_THREAD_LIMIT = ['432 4.3.2 STOREDRV.ClientSubmit; sender thread limit exceeded [Hostname=DM5SPR00MB2471.namprd08.prod.outlook.com]']

/** https://github.com/Youans/nodejs-nodemailer-outlook/issues/11 (the account was not verified), up to the verdict. */
export const OUTLOOK_REFUSE_QUOTA = [
  '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is RefuseQuota, ShowTierUpgrade.'
]

/** https://github.com/DesertsP/Valine-Admin/issues/26 quotes the verdict; the start is the one of the reply above. */
export const OUTLOOK_HIP_NOTIFY = [
  '554 5.2.0 STOREDRV.Submission.Exception:OutboundSpamException; Failed to process message due to a permanent exception with message WASCL UserAction verdict is not None. Actual verdict is HipNotify, ShowTierUpgrade.'
]

/** https://github.com/PHPMailer/PHPMailer/issues/2034, https://github.com/nodemailer/nodemailer/issues/1112 */
export const YAHOO_AUTH005 = ['535 5.7.0 (#AUTH005) Too many bad auth attempts.']

/** https://github.com/PHPMailer/PHPMailer/issues/1287 */
export const YAHOO_MBR1212 = ['535 5.7.0 (#MBR1212) Incorrect username or password.']

/** https://github.com/mattermost/mattermost/issues/13652 (a `from` that is not the account) */
export const YAHOO_MAILBOX_UNAVAILABLE = ['550 Request failed; Mailbox unavailable']

/** Weak: notes in two public repositories; Naver answers the same to SMTP switched off. */
export const NAVER_NOT_ACCEPTED = ['535 5.7.1 Username and Password not accepted']

/** Weak: the same notes. */
export const NAVER_CONCURRENT = ['421 4.3.2 Too many concurrent connection']

/** https://github.com/nodemailer/nodemailer/issues/456 */
export const ZOHO_AUTH_FAILED = ['535 Authentication Failed']

/** https://github.com/getgrav/grav-plugin-email/issues/77; bare form: https://github.com/mattermost/mattermost/issues/13224 */
export const ZOHO_RELAYING = ['553 Relaying disallowed as test@gmail.com']
export const ZOHO_RELAYING_BARE = ['553 Relaying disallowed']

/** https://help.zoho.com/portal/en/community/topic/unable-to-send-message-reason-550-5-4-6-unusual-sending-activity-detected */
export const ZOHO_UNUSUAL_ACTIVITY = ['550 5.4.6 Unusual sending activity detected. Please try after sometime.']

/**
 * UNCONFIRMED for iCloud and Daum: no report quotes their SMTP refusal of a password. This is
 * Postfix's wording, used to show that any refused login there gets the provider's steps.
 */
export const GENERIC_AUTH_FAILED = ['535 5.7.8 Error: authentication failed: authentication failure']

/** UNCONFIRMED over SMTP: the text of iCloud's webmail (Apple support 102198 describes the limit). */
export const ICLOUD_DAILY_LIMIT = ['550 5.7.1 membername@icloud.com: You have exceeded your daily sending limit. Please try again later.']
