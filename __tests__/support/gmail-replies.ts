/**
 * smtp.gmail.com's replies, byte for byte as Gmail sends them (see shared/gmail-replies.md),
 * so the tests exercise the classifier on real wording rather than on our own.
 */
export const SESSION = 'a640c23a62f3a-ab5sm1234567qkb.12 - gsmtp'

export const GREETING = [`220 smtp.gmail.com ESMTP ${SESSION}`]

export const BAD_CREDENTIALS = [
  '535-5.7.8 Username and Password not accepted. For more information, go to',
  `535 5.7.8  https://support.google.com/mail/?p=BadCredentials ${SESSION}`
]

export const APP_PASSWORD_REQUIRED = [
  '534-5.7.9 Application-specific password required. For more information, go to',
  `534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor ${SESSION}`
]

export const WEB_LOGIN_REQUIRED = [
  '534-5.7.9 Please log in with your web browser and then try again. For more',
  '534-5.7.9 information, go to',
  `534 5.7.9  https://support.google.com/mail/?p=WebLoginRequired ${SESSION}`
]

export const WEB_LOGIN_REQUIRED_OLD = [
  '534-5.7.14 <https://accounts.google.com/signin/continue?sarp=1&scc=1&plt=AKgnsbs>',
  '534-5.7.14 Please log in via your web browser and then try again.',
  '534-5.7.14  Learn more at',
  `534 5.7.14  https://support.google.com/mail/answer/78754 ${SESSION}`
]

export const TOO_MANY_LOGINS = [
  '454-4.7.0 Too many login attempts, please try again later. For more information,',
  '454-4.7.0 go to',
  `454 4.7.0  https://support.google.com/mail/answer/7126229 ${SESSION}`
]

export const TEMPORARY_AUTH_PROBLEM = [
  '454-4.7.0 Cannot authenticate due to temporary system problem. Try again later.',
  `454 4.7.0  https://support.google.com/a/answer/3221692 ${SESSION}`
]

export const MUST_STARTTLS = [`530 5.7.0 Must issue a STARTTLS command first. ${SESSION}`]

export const AUTHENTICATION_REQUIRED = [
  '530-5.7.0 Authentication Required. For more information, go to',
  `530 5.7.0  https://support.google.com/mail/?p=WantAuthError ${SESSION}`
]

export const DAILY_LIMIT = [
  '550-5.4.5 Daily user sending limit exceeded. For more information on Gmail',
  '550-5.4.5 sending limits go to',
  `550 5.4.5  https://support.google.com/a/answer/166852 ${SESSION}`
]

export const TOO_LARGE = [
  "552-5.3.4 Your message exceeded Google's message size limits. For more",
  '552-5.3.4 information, go to',
  `552 5.3.4  https://support.google.com/mail/?p=MaxSizeError ${SESSION}`
]

export const BLOCKED = [
  '552-5.7.0 This message was blocked because its content presents a potential',
  '552-5.7.0 security issue. Please visit',
  '552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our',
  `552 5.7.0 message content and attachment content guidelines. ${SESSION}`
]

export const TOO_MANY_RECIPIENTS = [
  '452-4.5.3 Your message has too many recipients. For more information regarding',
  "452-4.5.3 Google's sending limits, go to",
  `452 4.5.3  https://support.google.com/mail/?p=TooManyRecipientsError ${SESSION}`
]

export const invalidRecipient = (address: string) => [
  `553-5.1.3 The recipient address <${address}> is not a valid RFC 5321 address. For`,
  '553-5.1.3 more information, go to',
  `553 5.1.3  https://support.google.com/a/answer/3221692 ${SESSION}`
]

/** A server going away in the middle of a session (RFC 5321's 421, which closes the connection). */
export const SHUTTING_DOWN = [`421 4.3.0 Temporary System Problem. Try again later, closing connection. ${SESSION}`]

export const TRY_AGAIN_LATER = [
  '421-4.7.0 Try again later, closing connection. (EHLO)',
  '421-4.7.0  For more information, go to',
  `421 4.7.0  https://support.google.com/a/answer/3221692 ${SESSION}`
]

/** Gmail refusing an XOAUTH2 token: a 334 challenge with the error as base64 JSON, then 535 after the client's empty line. */
export const OAUTH2_TOKEN_REJECTED = {
  challenge: ['334 eyJzdGF0dXMiOiI0MDAiLCJzY2hlbWVzIjoiQmVhcmVyIiwic2NvcGUiOiJodHRwczovL21haWwuZ29vZ2xlLmNvbS8ifQ=='],
  final: BAD_CREDENTIALS
}

/** A server that advertised STARTTLS but refuses it (or a network that answers for it). */
export const TLS_NOT_AVAILABLE = ['454 4.7.0 TLS not available due to local problem']
