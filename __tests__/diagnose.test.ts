import { describe, expect, it } from 'vitest'
import { diagnose, isGoogle, printableExcerpt, unconfirmedDelivery, type ConnectionFacts } from '../src/diagnose.ts'
import { inputsHolding, recipientRefusal } from '../src/recipients.ts'
import { InputError, NO_LOGIN_OFFERED, SERVER_FLOOD } from '../src/errors.ts'
import * as gmail from './support/gmail-replies.ts'

const GMAIL: ConnectionFacts = { server: 'smtp.gmail.com', port: 465, secure: true, username: 'octo.cat@gmail.com', timeoutSeconds: 30, usesOAuth2: false }
const GMAIL_587: ConnectionFacts = { ...GMAIL, port: 587, secure: false }
const RELAY: ConnectionFacts = { ...GMAIL, server: 'mail.example.org', port: 587, secure: false, username: 'ci' }

/**
 * An error shaped the way nodemailer 10's SMTPConnection._formatError shapes it: the
 * reply lines joined by \n, appended to the message, and responseCode, permanent and
 * command set (see shared/gmail-replies.md).
 */
function replyError(lines: string[], command: string, code = 'EAUTH', message = 'Invalid login', extra: object = {}): Error {
  const response = lines.join('\n')
  const responseCode = Number(response.slice(0, 3))
  return Object.assign(new Error(`${message}: ${response}`), {
    code,
    response,
    responseCode,
    permanent: responseCode >= 500 && responseCode !== 503,
    command,
    ...extra
  })
}

/** A socket-level error as nodemailer wraps it: its own code, the system code kept as originalCode. */
function socketError(message: string, code: string, originalCode?: string, extra: object = {}): Error {
  return Object.assign(new Error(message), { code, command: 'CONN', ...(originalCode ? { originalCode } : {}), ...extra })
}

describe('diagnose: replies from the server', () => {
  it.each([
    ['current 535-5.7.8 BadCredentials', gmail.BAD_CREDENTIALS],
    [
      'pre-2016 535-5.7.8 "Learn more at"',
      ['535-5.7.8 Username and Password not accepted. Learn more at', '535 5.7.8  https://support.google.com/mail/?p=BadCredentials x4sm123 - gsmtp']
    ],
    [
      'pre-2014 535-5.7.1 with answer.py?answer=14257',
      ['535-5.7.1 Username and Password not accepted. Learn more at', '535 5.7.1 http://mail.google.com/support/bin/answer.py?answer=14257 a1sm2 - gsmtp']
    ],
    ['a single-line 535 without enhanced status', ['535 Authentication failed']]
  ])('auth-rejected with the App Password steps for %s, never retried', (_name, lines) => {
    const d = diagnose(replyError(lines, 'AUTH PLAIN'), GMAIL)
    expect(d.code).toBe('auth-rejected')
    expect(d.retryable).toBe(false)
    expect(d.title).toContain('did not accept the username and password')
    expect(d.fix).toContain('https://myaccount.google.com/apppasswords')
    expect(d.fix).toContain('2-Step Verification')
    expect(d.fix).toContain('`username`')
    expect(d.reply).toContain(lines[0].slice(4, 20))
  })

  it.each([
    ['current 534-5.7.9 InvalidSecondFactor', gmail.APP_PASSWORD_REQUIRED],
    [
      'older 534-5.7.9 with answer/185833',
      ['534-5.7.9 Application-specific password required. Learn more at', '534 5.7.9 https://support.google.com/accounts/answer/185833 b2sm3 - gsmtp']
    ]
  ])('auth-rejected saying 2-Step Verification is on for %s', (_name, lines) => {
    const d = diagnose(replyError(lines, 'AUTH LOGIN'), GMAIL)
    expect(d.code).toBe('auth-rejected')
    expect(d.title).toContain('needs an App Password')
    expect(d.fix).toContain('https://myaccount.google.com/apppasswords')
    expect(d.retryable).toBe(false)
  })

  it('auth-rejected for another server names the inputs, without the Gmail steps', () => {
    const d = diagnose(replyError(['535 5.7.8 Error: authentication failed: authentication failure'], 'AUTH PLAIN'), RELAY)
    expect(d.code).toBe('auth-rejected')
    expect(d.fix).toContain('`username` and `password`')
    expect(d.fix).not.toContain('apppasswords')
  })

  it.each([
    ['current 534-5.7.9 WebLoginRequired', gmail.WEB_LOGIN_REQUIRED],
    ['older 534-5.7.14 with a sign-in link', gmail.WEB_LOGIN_REQUIRED_OLD],
    [
      '2014 534-5.7.14 ContinueSignIn',
      [
        '534-5.7.14 <https://accounts.google.com/ContinueSignIn?sarp=1&scc=1&plt=AKgnsbu> Please log in via',
        '534-5.7.14 your web browser and then try again.',
        '534 5.7.14 Learn more at https://support.google.com/mail/bin/answer.py?answer=78754 c3sm4 - gsmtp'
      ]
    ]
  ])('web-login-required for %s: sign in with a browser, not the App Password fix alone', (_name, lines) => {
    const d = diagnose(replyError(lines, 'AUTH PLAIN'), GMAIL)
    expect(d.code).toBe('web-login-required')
    expect(d.fix).toContain('browser')
    expect(d.fix).toContain('Yes, it was me')
    expect(d.retryable).toBe(false)
  })

  it.each([
    ['454-4.7.0 with answer/7126229', gmail.TOO_MANY_LOGINS],
    ['a one-line wording', ['454 4.7.0 Too many login attempts, please try again later. d5sm6 - gsmtp']]
  ])('too-many-logins for %s is never retried', (_name, lines) => {
    const d = diagnose(replyError(lines, 'AUTH PLAIN'), GMAIL)
    expect(d.code).toBe('too-many-logins')
    expect(d.retryable).toBe(false)
    expect(d.fix).toMatch(/wait/i)
    expect(d.fix).toContain('loop')
  })

  it('a 454 temporary authentication problem is retried as try-again-later', () => {
    const d = diagnose(replyError(gmail.TEMPORARY_AUTH_PROBLEM, 'AUTH PLAIN'), GMAIL)
    expect(d.code).toBe('try-again-later')
    expect(d.retryable).toBe(true)
  })

  it.each([
    ['530 5.7.0 Must issue a STARTTLS command first', gmail.MUST_STARTTLS, 'AUTH PLAIN'],
    ['Postfix 530 on MAIL', ['530 5.7.0 Must issue a STARTTLS command first'], 'MAIL FROM'],
    ['a refused STARTTLS', ['454 4.7.0 TLS not available due to local problem'], 'STARTTLS'],
    ['STARTTLS unknown to the server', ['502 5.5.1 Unrecognized command.'], 'STARTTLS']
  ])('tls-required for %s, never retried', (_name, lines, command) => {
    const d = diagnose(replyError(lines, command, 'ETLS', 'Error upgrading connection with STARTTLS'), GMAIL_587)
    expect(d.code).toBe('tls-required')
    expect(d.retryable).toBe(false)
    expect(d.fix).toContain('port: 465')
  })

  it('530 Authentication Required asks for the credentials', () => {
    const d = diagnose(replyError(gmail.AUTHENTICATION_REQUIRED, 'MAIL FROM', 'EENVELOPE', 'Mail command failed'), GMAIL)
    expect(d.code).toBe('auth-rejected')
    expect(d.title).toContain('requires a login')
  })

  it.each([
    ['550-5.4.5 at the end of data', gmail.DAILY_LIMIT, 'DATA'],
    ['older "Daily sending quota exceeded" on MAIL FROM', ['550 5.4.5 Daily sending quota exceeded. e7sm8 - gsmtp'], 'MAIL FROM'],
    ['a reply without enhanced status', ['550 Daily user sending limit exceeded'], 'DATA']
  ])('quota-exceeded for %s is not retried', (_name, lines, command) => {
    const d = diagnose(replyError(lines, command, 'EMESSAGE', 'Message failed'), GMAIL)
    expect(d.code).toBe('quota-exceeded')
    expect(d.retryable).toBe(false)
    expect(d.fix).toContain('24 hours')
  })

  it.each([
    ['552-5.3.4 MaxSizeError', gmail.TOO_LARGE],
    [
      'older 552-5.2.3',
      ["552-5.2.3 Your message exceeded Google's message size limits. Please visit", '552 5.2.3 https://support.google.com/mail/?p=MaxSizeError f9sm1 - gsmtp']
    ],
    ['Postfix 552 5.3.4', ['552 5.3.4 Message size exceeds fixed limit']]
  ])('message-too-large for %s suggests a link instead', (_name, lines) => {
    const d = diagnose(replyError(lines, 'DATA', 'EMESSAGE', 'Message failed'), GMAIL)
    expect(d.code).toBe('message-too-large')
    expect(d.fix).toContain('25 MB')
    expect(d.fix).toContain('artifact')
    expect(d.retryable).toBe(false)
  })

  it('message-too-large when nodemailer refuses a message over the announced SIZE', () => {
    const d = diagnose(socketError('Message size larger than allowed 35882577', 'EMESSAGE', undefined, { command: 'MAIL FROM' }), GMAIL)
    expect(d.code).toBe('message-too-large')
  })

  it.each([
    ['552-5.7.0 BlockedMessage', gmail.BLOCKED, 'executable'],
    [
      'an older one-line 552 5.7.0',
      ['552 5.7.0 This message was blocked because its content presents a potential security issue. g1sm2 - gsmtp'],
      'executable'
    ],
    [
      '550-5.7.1 UnsolicitedMessageError',
      [
        '550-5.7.1 [1.2.3.4] Our system has detected that this message is likely',
        '550 5.7.1 unsolicited mail. https://support.google.com/mail/?p=UnsolicitedMessageError h3sm4 - gsmtp'
      ],
      'spam'
    ]
  ])('message-blocked for %s', (_name, lines, words) => {
    const d = diagnose(replyError(lines, 'DATA', 'EMESSAGE', 'Message failed'), GMAIL)
    expect(d.code).toBe('message-blocked')
    expect(d.fix).toContain(words)
    expect(d.retryable).toBe(false)
  })

  it('recipient-rejected names every refused address, from the envelope error of nodemailer', () => {
    const error = replyError(gmail.invalidRecipient('bad@@example.com'), 'RCPT TO', 'EENVELOPE', "Can't send mail - all recipients were rejected", {
      rejected: ['bad@@example.com', 'worse@example']
    })
    const d = diagnose(error, GMAIL)
    expect(d.code).toBe('recipient-rejected')
    expect(d.title).toContain('bad@@example.com, worse@example')
    expect(d.fix).toContain('`to`, `cc` or `bcc`')
    expect(d.retryable).toBe(false)
  })

  it.each([
    ['Postfix 550 5.1.1 user unknown', ['550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table'], false],
    ['Exchange 550 5.7.1 relay denied', ['550 5.7.1 Unable to relay'], false],
    ['a deferred 450 4.2.1', ['450 4.2.1 The user you are trying to contact is receiving mail too quickly.'], true]
  ])('recipient-rejected for a single RCPT error (%s), retried only when temporary', (_name, lines, retryable) => {
    const d = diagnose(replyError(lines, 'RCPT TO', 'EENVELOPE', 'Recipient command failed', { recipient: 'nobody@example.org' }), RELAY)
    expect(d.code).toBe('recipient-rejected')
    expect(d.title).toContain('nobody@example.org')
    expect(d.retryable).toBe(retryable)
  })

  /** The settings of a run with these recipient inputs, as connectionFacts gives them. */
  const WITH_RECIPIENTS: ConnectionFacts = {
    ...RELAY,
    recipients: { to: ['team@example.org', 'nobody@example.org'], cc: ['lead@example.org'], bcc: ['Nobody@Example.org', 'audit@bücher.example'] }
  }
  const refusal = (lines: string[], recipient = 'nobody@example.org') => replyError(lines, 'RCPT TO', 'EENVELOPE', 'Recipient command failed', { recipient })

  it.each([
    ['Postfix 550 5.1.1 user unknown', ['550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown in local recipient table']],
    [
      "Gmail's 550 5.1.1 account does not exist",
      [
        '550-5.1.1 The email account that you tried to reach does not exist. Please try',
        "550-5.1.1 double-checking the recipient's email address for typos or unnecessary",
        '550 5.1.1 spaces. For more information, go to https://support.google.com/mail/?p=NoSuchUser a1si2 - gsmtp'
      ]
    ],
    ["Exim's 550 Unrouteable address", ['550 Unrouteable address']],
    ["Exchange's 550 5.1.10 RecipientNotFound", ['550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup']],
    ["Sendmail's 550 5.1.1 User unknown", ['550 5.1.1 <nobody@example.org>... User unknown']],
    ['a 550 without an enhanced status', ['550 No such user here']]
  ])('recipient-rejected for a well-formed address the server does not know (%s): names the address and its inputs, no syntax advice', (_name, lines) => {
    const d = diagnose(refusal(lines), WITH_RECIPIENTS)
    expect(d.code).toBe('recipient-rejected')
    expect(d.title).toBe('mail.example.org does not know the mailbox nobody@example.org')
    // listed in `to`, and in `bcc` with other capitals
    expect(d.fix).toContain('nobody@example.org (in `to` and `bcc`)')
    expect(d.fix).toContain('well formed')
    expect(d.fix).toContain('the mailbox still exists; remove it if it does not.')
    expect(d.fix).not.toMatch(/valid mailbox|Name <user@example\.com>/)
    expect(d.retryable).toBe(false)
  })

  it.each([
    ["Postfix's 554 5.7.1 Relay access denied", ['554 5.7.1 <audit@xn--bcher-kva.example>: Relay access denied']],
    ["Exchange's 550 5.7.54 Unable to relay", ['550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain']],
    ["Exim's 550 relay not permitted", ['550 relay not permitted']],
    ["qmail's 553 rcpthosts", ["553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"]]
  ])('recipient-rejected for an outside recipient the server will not relay to, after a login (%s)', (_name, lines) => {
    // The envelope carries an international domain in its ASCII form; the input has it as typed.
    const d = diagnose(refusal(lines, 'audit@xn--bcher-kva.example'), WITH_RECIPIENTS)
    expect(d.code).toBe('recipient-rejected')
    expect(d.title).toBe('mail.example.org will not relay to audit@xn--bcher-kva.example')
    expect(d.fix).toContain('audit@xn--bcher-kva.example (in `bcc`)')
    expect(d.fix).toContain('although the action logged in as ci')
    expect(d.fix).toContain('`server` and `port`')
    expect(d.fix).not.toMatch(/valid mailbox/)
    expect(d.retryable).toBe(false)
  })

  it.each([
    ["Gmail's 553-5.1.3 not a valid RFC 5321 address", gmail.invalidRecipient('nobody@example.org')],
    ["Postfix's 501 5.1.3 Bad recipient address syntax", ['501 5.1.3 Bad recipient address syntax']],
    ['a 553 without an enhanced status', ['553 malformed address: nobody@example.org']]
  ])('recipient-rejected for an address refused as not valid keeps the syntax advice (%s)', (_name, lines) => {
    const d = diagnose(refusal(lines), WITH_RECIPIENTS)
    expect(d.title).toBe('mail.example.org refused nobody@example.org: not a valid address')
    expect(d.fix).toContain('Correct nobody@example.org (in `to` and `bcc`)')
    expect(d.fix).toContain('`Name <user@example.com>`')
  })

  it('recipient-rejected for a refusal of another kind shows neither syntax nor mailbox advice', () => {
    const d = diagnose(refusal(['550 5.7.1 <nobody@example.org>: Recipient address rejected: Access denied']), WITH_RECIPIENTS)
    expect(d.title).toBe('mail.example.org refused the recipient nobody@example.org')
    expect(d.fix).toContain('reason in its reply')
    expect(d.fix).toContain('nobody@example.org (in `to` and `bcc`)')
    expect(d.fix).not.toMatch(/valid mailbox|well formed/)
  })

  it('recipient-rejected for several refusals for different reasons names each address with its input', () => {
    const unknown = refusal(['550 5.1.1 User unknown'], 'nobody@example.org')
    const invalid = refusal(gmail.invalidRecipient('lead@example.org'), 'lead@example.org')
    const error = replyError(['550 5.1.1 User unknown'], 'RCPT TO', 'EENVELOPE', "Can't send mail - all recipients were rejected", {
      rejected: ['nobody@example.org', 'lead@example.org'],
      rejectedErrors: [unknown, invalid]
    })
    const d = diagnose(error, WITH_RECIPIENTS)
    expect(d.title).toBe('mail.example.org refused the recipients nobody@example.org, lead@example.org')
    expect(d.fix).toContain('nobody@example.org (in `to` and `bcc`) and lead@example.org (in `cc`)')
    expect(d.fix).toContain('reason in its replies')
  })

  it('recipient-rejected for several unknown mailboxes speaks of them together', () => {
    const error = replyError(['550 5.1.1 User unknown'], 'RCPT TO', 'EENVELOPE', "Can't send mail - all recipients were rejected", {
      rejected: ['team@example.org', 'lead@example.org'],
      rejectedErrors: [refusal(['550 5.1.1 User unknown'], 'team@example.org'), refusal(['550 Unrouteable address'], 'lead@example.org')]
    })
    const d = diagnose(error, WITH_RECIPIENTS)
    expect(d.title).toBe('mail.example.org does not know the mailboxes team@example.org, lead@example.org')
    expect(d.fix).toContain('The addresses are well formed')
    expect(d.fix).toContain('the mailboxes still exist; remove any that do not.')
    expect(d.fix).toContain('team@example.org (in `to`) and lead@example.org (in `cc`)')
  })

  it.each([
    ['550 5.1.1 User unknown', 'unknown-mailbox'],
    ['550-5.1.1 The email account that you tried to reach does not exist.', 'unknown-mailbox'],
    ['550 5.1.2 Host unknown', 'unknown-mailbox'],
    ['550 Unrouteable address', 'unknown-mailbox'],
    ['554 5.7.1 <a@b.example>: Relay access denied', 'relay-denied'],
    ['553-5.1.3 The recipient address <a@b> is not a valid RFC 5321 address.', 'not-valid'],
    ['501 5.1.3 Bad recipient address syntax', 'not-valid'],
    ['450 4.2.1 Mailbox busy', 'deferred'],
    ['550 5.7.1 Recipient address rejected: Access denied', 'other']
  ])('recipientRefusal(%s) is %s', (reply, reason) => {
    expect(recipientRefusal(reply)).toBe(reason)
  })

  it('inputsHolding names every input listing an address, without case, with an international domain in either form', () => {
    const recipients = WITH_RECIPIENTS.recipients
    expect(inputsHolding('NOBODY@example.org', recipients)).toEqual(['to', 'bcc'])
    expect(inputsHolding('audit@xn--bcher-kva.example', recipients)).toEqual(['bcc'])
    expect(inputsHolding('audit@bücher.example', recipients)).toEqual(['bcc'])
    expect(inputsHolding('stranger@example.org', recipients)).toEqual([])
    expect(inputsHolding('team@example.org', undefined)).toEqual([])
  })

  it('a 421 in reply to RCPT TO is the server going away: try-again-later, retried, with its reply', () => {
    const d = diagnose(refusal(['421 4.7.0 Try again later, closing connection.']), WITH_RECIPIENTS)
    expect(d.code).toBe('try-again-later')
    expect(d.retryable).toBe(true)
    expect(d.reply).toBe('421 4.7.0 Try again later, closing connection.')
  })

  it.each([
    ['452-4.5.3 TooManyRecipientsError', gmail.TOO_MANY_RECIPIENTS, true],
    ['a one-line 452 4.5.3', ['452 4.5.3 Too many recipients'], true],
    ['a permanent 550 5.5.3', ['550 5.5.3 Too many recipients'], false]
  ])('too-many-recipients for %s', (_name, lines, retryable) => {
    const d = diagnose(replyError(lines, 'RCPT TO', 'EENVELOPE', 'Recipient command failed', { recipient: 'r101@example.com' }), GMAIL)
    expect(d.code).toBe('too-many-recipients')
    expect(d.fix).toContain('100')
    expect(d.retryable).toBe(retryable)
  })

  it.each([
    ['Gmail', GMAIL, '"Send mail as"'],
    ['another server', RELAY, '`from`']
  ])('sender-rejected for a 553 on MAIL FROM from %s names `from`', (_name, facts, words) => {
    const d = diagnose(
      replyError(['553 5.7.1 <ci@example.org>: Sender address rejected: not owned by user ci'], 'MAIL FROM', 'EENVELOPE', 'Mail command failed'),
      facts
    )
    expect(d.code).toBe('sender-rejected')
    expect(d.fix).toContain(words)
    expect(d.retryable).toBe(false)
  })

  it.each([
    ['421-4.7.0 on EHLO', gmail.TRY_AGAIN_LATER, 'EHLO', 'ECONNECTION'],
    ['421 4.4.2 idle', ['421 4.4.2 smtp.gmail.com Error: timeout exceeded'], 'CONN', 'ECONNECTION'],
    ['451 4.3.0 at the end of data', ['451 4.3.0 Mail server temporarily rejected message. i5sm6 - gsmtp'], 'DATA', 'EMESSAGE'],
    ['450 on MAIL FROM', ['450 4.7.1 Try again later'], 'MAIL FROM', 'EENVELOPE']
  ])('try-again-later for %s, retried', (_name, lines, command, code) => {
    const d = diagnose(replyError(lines, command, code, 'Server terminates connection'), GMAIL)
    expect(d.code).toBe('try-again-later')
    expect(d.retryable).toBe(true)
    expect(d.fix).toContain('retries')
  })

  it('unknown keeps the whole reply and is not retried', () => {
    const d = diagnose(replyError(['554 5.6.0 Something nobody has seen'], 'DATA', 'EMESSAGE', 'Message failed'), GMAIL)
    expect(d.code).toBe('unknown')
    expect(d.reply).toBe('554 5.6.0 Something nobody has seen')
    expect(d.retryable).toBe(false)
  })

  it('keeps a multi-line reply on one line without the repeated codes', () => {
    const d = diagnose(replyError(gmail.BAD_CREDENTIALS, 'AUTH PLAIN'), GMAIL)
    expect(d.reply).toBe(
      `535-5.7.8 Username and Password not accepted. For more information, go to https://support.google.com/mail/?p=BadCredentials ${gmail.SESSION}`
    )
  })
})

describe('diagnose: failures without a reply', () => {
  it.each([
    ['Node 20+ / OpenSSL 3', 'error:0A00010B:SSL routines::wrong version number'],
    [
      'Node 16 / OpenSSL 1.1',
      '140244567:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:'
    ],
    ['a packet length error', 'error:0A0000C6:SSL routines::packet length too long']
  ])('tls-mismatch (%s) says which `secure` each port needs', (_name, message) => {
    const d = diagnose(socketError(message, 'ESOCKET', 'ERR_SSL_WRONG_VERSION_NUMBER'), { ...GMAIL, port: 587, secure: true })
    expect(d.code).toBe('tls-mismatch')
    expect(d.fix).toContain('`secure: false`')
    expect(d.retryable).toBe(false)
  })

  it.each([
    [
      'OpenSSL 3, Node 24',
      'C0B7E4C8F87F0000:error:0A00010B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:354:\n',
      undefined,
      'wrong version number'
    ],
    ['OpenSSL 3, short form', 'error:0A00010B:SSL routines::wrong version number', undefined, 'wrong version number'],
    ['OpenSSL 1.1', '140244567:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../ssl_record.c:332:\n', undefined, 'wrong version number'],
    ["Node's own reason field", 'error:0A0000C6:SSL routines::packet length too long', 'packet length too long', 'packet length too long']
  ])('tls-mismatch (%s) is worded for people: plain text where TLS was expected, the OpenSSL reason alone as the detail', (_name, message, reason, shown) => {
    const d = diagnose(socketError(message, 'ESOCKET', 'ERR_SSL_WRONG_VERSION_NUMBER', reason ? { reason } : {}), { ...GMAIL_587, secure: true })
    expect(d.title).toBe('smtp.gmail.com:587 answered in plain text, but `secure` is true, so the action expected TLS from the first byte')
    expect(d.fix).toContain('Port 587 starts in plain text and switches to TLS with STARTTLS: set `secure: false`')
    expect(d.detail).toBe(`OpenSSL: ${shown}`)
  })

  it('tls-mismatch on an unusual port names both rules', () => {
    const d = diagnose(socketError('error:0A00010B:SSL routines::wrong version number', 'ESOCKET'), { ...RELAY, port: 2525, secure: true })
    expect(d.fix).toContain('Port 465 needs `secure: true`')
    expect(d.fix).toContain('port 587 needs `secure: false`')
  })

  it('tls-mismatch after STARTTLS (the server agreed, then did not speak TLS) says so and names `server`, `port` and `secure`', () => {
    const d = diagnose(socketError('error:0A00010B:SSL routines::wrong version number\n', 'ESOCKET'), RELAY)
    expect(d.code).toBe('tls-mismatch')
    expect(d.title).toBe('mail.example.org:587 agreed to switch to TLS (STARTTLS), then went on in plain text; the password was not sent')
    expect(d.fix).toContain('`server` and `port`')
    expect(d.fix).toContain('`secure: true`')
    expect(d.detail).toBe('OpenSSL: wrong version number')
  })

  it.each([
    ['self-signed', 'self-signed certificate', 'DEPTH_ZERO_SELF_SIGNED_CERT'],
    ['self signed in chain (older Node)', 'self signed certificate in certificate chain', 'SELF_SIGNED_CERT_IN_CHAIN'],
    ['unknown issuer', 'unable to verify the first certificate', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE'],
    ['wrong name', "Hostname/IP does not match certificate's altnames: IP: 10.0.0.5 is not in the cert's list: ", 'ERR_TLS_CERT_ALTNAME_INVALID'],
    ['expired', 'certificate has expired', 'CERT_HAS_EXPIRED']
  ])('certificate (%s) is never retried and never offers to switch checks off', (_name, message, original) => {
    const d = diagnose(socketError(message, 'ESOCKET', original), GMAIL)
    expect(d.code).toBe('certificate')
    expect(d.fix).toContain('NODE_EXTRA_CA_CERTS')
    expect(d.fix).toContain('`server`')
    expect(d.retryable).toBe(false)
  })

  it('certificate also when the STARTTLS upgrade fails on it', () => {
    const error = socketError('Error initiating TLS - self-signed certificate', 'ETLS', 'DEPTH_ZERO_SELF_SIGNED_CERT', { command: 'STARTTLS' })
    expect(diagnose(error, GMAIL_587).code).toBe('certificate')
  })

  it.each([
    ['requireTLS against a server without it', socketError('Connection closed unexpectedly', 'ETLS', undefined, { command: 'CONN' })],
    ['REQUIRETLS', socketError('Server does not support REQUIRETLS extension (RFC 8689)', 'EREQUIRETLS', undefined, { command: 'MAIL FROM' })]
  ])('tls-required when %s', (_name, error) => {
    const d = diagnose(error, GMAIL_587)
    expect(d.code).toBe('tls-required')
    expect(d.title).toContain('the password was not sent')
  })

  it.each([
    ['refused', 'connect ECONNREFUSED 142.250.27.108:465', 'ECONNREFUSED', 'Nothing accepted the connection'],
    ['no route to host', 'connect EHOSTUNREACH 142.250.27.108:465', 'EHOSTUNREACH', 'no route'],
    ['network unreachable', 'connect ENETUNREACH 2a00:1450:4013:c04::6c:465', 'ENETUNREACH', 'no route']
  ])('connection-refused (%s) names server, port, firewalls and self-hosted runners, and fails fast', (_name, message, original, title) => {
    const d = diagnose(socketError(message, 'ESOCKET', original), GMAIL)
    expect(d.code).toBe('connection-refused')
    expect(d.title).toContain(title)
    expect(d.title).toContain('smtp.gmail.com:465')
    expect(d.fix).toContain('`server` and `port`')
    expect(d.fix).toContain('firewall')
    expect(d.fix).toContain('self-hosted runner')
    expect(d.retryable).toBe(false)
  })

  it.each([
    ['ENOTFOUND from getaddrinfo', socketError('getaddrinfo ENOTFOUND smtp.gmial.com', 'EDNS', 'ENOTFOUND'), false],
    ['EAI_NONAME', socketError('getaddrinfo EAI_NONAME smtp.gmial.com', 'EDNS', 'EAI_NONAME'), false],
    ['EAI_AGAIN, a DNS server that did not answer', socketError('getaddrinfo EAI_AGAIN smtp.gmail.com', 'EDNS', 'EAI_AGAIN'), true],
    ["nodemailer's own DNS timeout", socketError('DNS lookup for smtp.gmail.com timed out', 'EDNS', 'ETIMEOUT'), true]
  ])('dns for %s names `server`; retried only when temporary', (_name, error, retryable) => {
    const d = diagnose(error, { ...GMAIL, server: 'smtp.gmial.com' })
    expect(d.code).toBe('dns')
    expect(d.title).toContain('`smtp.gmial.com`')
    expect(d.retryable).toBe(retryable)
    if (!retryable) expect(d.fix).toContain('`server`')
  })

  it.each([
    ['no greeting', 'Greeting never received', 'GREETING_TIMEOUT'],
    ['connect timeout', 'Connection timeout', 'CONNECT_TIMEOUT'],
    ['silent mid-conversation', 'Timeout', 'SOCKET_TIMEOUT']
  ])('timeout (%s) names `timeout` and is retried', (_name, message) => {
    const d = diagnose(socketError(message, 'ETIMEDOUT'), GMAIL)
    expect(d.code).toBe('timeout')
    expect(d.title).toContain('within 30 s')
    expect(d.fix).toContain('`timeout`')
    expect(d.retryable).toBe(true)
  })

  it('timeout waiting for a greeting over plain text says that port 465 needs `secure: true`', () => {
    const onAnyPort = diagnose(socketError('Greeting never received', 'ETIMEDOUT'), { ...RELAY, port: 2465 })
    expect(onAnyPort.fix).toContain('`secure: true`')
    expect(onAnyPort.retryable).toBe(true)
    const on465 = diagnose(socketError('Greeting never received', 'ETIMEDOUT'), { ...GMAIL, secure: false })
    expect(on465.title).toContain('expects TLS from the first byte')
    expect(on465.fix).toContain('`secure: true`')
    expect(on465.retryable).toBe(false)
  })

  it.each([
    ['a reset', socketError('read ECONNRESET', 'ESOCKET', 'ECONNRESET')],
    ['a close', socketError('Connection closed unexpectedly', 'ECONNECTION')],
    ['a broken pipe', socketError('write EPIPE', 'ESOCKET', 'EPIPE')],
    [
      'a reset during the TLS handshake',
      socketError('Client network socket disconnected before secure TLS connection was established', 'ESOCKET', 'ECONNRESET')
    ]
  ])('a dropped connection (%s) is retried as try-again-later', (_name, error) => {
    const d = diagnose(error, GMAIL)
    expect(d.code).toBe('try-again-later')
    expect(d.retryable).toBe(true)
    expect(d.title).toContain('was lost')
  })

  it('unknown keeps the raw error', () => {
    const d = diagnose(new Error('something odd'), GMAIL)
    expect(d.code).toBe('unknown')
    expect(d.detail).toBe('something odd')
    expect(d.fix).toContain('debug: true')
    expect(diagnose('a string', GMAIL).detail).toBe('a string')
  })

  it('passes a diagnosis already made through, such as a bad input', () => {
    const d = diagnose(new InputError('port', '"x" is not a whole number', 'Set `port`.'), GMAIL)
    expect(d.code).toBe('invalid-input')
    expect(d.title).toContain('`port`')
  })

  it('unconfirmedDelivery says the message may have arrived and a second copy is possible', () => {
    const d = unconfirmedDelivery(diagnose(socketError('Connection closed unexpectedly', 'ECONNECTION'), GMAIL))
    expect(d.code).toBe('try-again-later')
    expect(d.title).toContain('may have been delivered')
    expect(d.fix).toContain('second copy')
  })
})

/** An error shaped the way nodemailer 10 raises it for a peer whose reply it cannot use: the raw reply in the message too. */
function protocolError(message: string, code: string, response: string | false, command: string): Error {
  const responseCode = typeof response === 'string' ? Number(/^\d+/.exec(response)?.[0]) || undefined : undefined
  return Object.assign(new Error(response ? `${message}. response=${response}: ${response}` : message), {
    code,
    command,
    ...(response ? { response } : {}),
    ...(responseCode ? { responseCode } : {})
  })
}

/** Every text a diagnosis prints, to check that nothing raw reaches it. */
const printed = (d: ReturnType<typeof diagnose>) => [d.title, d.fix, d.reply ?? '', d.detail ?? ''].join('\n')

describe('diagnose: a peer that does not speak SMTP', () => {
  const LOCAL: ConnectionFacts = { ...RELAY, server: 'mail.example.org', port: 2525 }

  it('tls-mismatch after STARTTLS (the server agreed, then did not speak TLS) says so and names `server`, `port` and `secure`', () => {
    const d = diagnose(socketError('error:0A00010B:SSL routines::wrong version number\n', 'ESOCKET'), RELAY)
    expect(d.code).toBe('tls-mismatch')
    expect(d.title).toBe('mail.example.org:587 agreed to switch to TLS (STARTTLS), then went on in plain text; the password was not sent')
    expect(d.fix).toContain('`server` and `port`')
    expect(d.fix).toContain('`secure: true`')
    expect(d.detail).toBe('OpenSSL: wrong version number')
  })

  it.each([
    [
      'an HTTP response as the greeting',
      protocolError('Invalid greeting', 'EPROTOCOL', 'HTTP/1.1 400 Bad Request', 'CONN'),
      'like a web server (HTTP)',
      'Its greeting began "HTTP/1.1 400 Bad Request"'
    ],
    [
      'an HTTP/2-era status line in lower case',
      protocolError('Invalid greeting', 'EPROTOCOL', 'http/1.0 200 OK', 'CONN'),
      'like a web server (HTTP)',
      'http/1.0 200 OK'
    ],
    [
      'an IMAP greeting',
      protocolError('Invalid greeting', 'EPROTOCOL', '* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready.', 'CONN'),
      'like an IMAP server',
      'Its greeting began "* OK [CAPABILITY IMAP4rev1 STARTTLS AUTH…"'
    ],
    [
      'a POP3 greeting',
      protocolError('Invalid greeting', 'EPROTOCOL', '+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>', 'CONN'),
      'like a POP3 server',
      '+OK POP3'
    ],
    ['an SSH banner', protocolError('Invalid greeting', 'EPROTOCOL', 'SSH-2.0-OpenSSH_9.6p1 Ubuntu-3ubuntu13', 'CONN'), 'like an SSH server', 'SSH-2.0'],
    [
      'binary bytes',
      protocolError('Invalid greeting', 'EPROTOCOL', '\x00\x1b[2J\xff\xfe\x07\x08', 'CONN'),
      'it sent binary data',
      '"\\x00\\x1b[2J\\xff\\xfe\\x07\\x08"'
    ],
    [
      'a 220 greeting, then HTTP to EHLO (STARTTLS required)',
      protocolError('EHLO failed but HELO does not support required STARTTLS', 'ECONNECTION', 'HTTP/1.1 400 Bad Request', 'EHLO'),
      'like a web server',
      'Its reply to EHLO began "HTTP/1.1 400'
    ],
    [
      'a 220 greeting, then garbage to HELO',
      protocolError('Invalid HELO', 'EPROTOCOL', 'garbage', 'HELO'),
      'does not speak SMTP',
      'Its reply to HELO began "garbage"'
    ],
    [
      'a greeting with a code no greeting has',
      protocolError('Invalid greeting', 'EPROTOCOL', '200 hello', 'CONN'),
      'does not speak SMTP',
      'Its greeting was a 200 reply; an SMTP server greets with 220'
    ],
    [
      'a reply nobody asked for',
      protocolError('Unexpected Response', 'EPROTOCOL', '250 surprise', 'CONN'),
      'does not speak SMTP',
      'A reply to no command was a 250 reply'
    ],
    [
      'a greeting that never ends',
      protocolError('Server response exceeds maximum allowed size', 'EPROTOCOL', false, 'CONN'),
      'does not speak SMTP',
      'ran past 1 MB without ending'
    ]
  ])('protocol-error for %s, naming `server` and `port`, never retried', (_name, error, title, detail) => {
    const d = diagnose(error, LOCAL)
    expect(d.code).toBe('protocol-error')
    expect(d.retryable).toBe(false)
    expect(d.title).toContain('mail.example.org:2525 does not speak SMTP')
    expect(d.title).toContain(title)
    expect(d.detail).toContain(detail)
    expect(d.fix).toContain('`server` and `port`')
    expect(d.fix).toContain('smtp.gmail.com with port 465, or 587 with `secure: false`')
    expect(d.reply).toBeUndefined()
    // No control character, byte above ASCII, quote or backquote of the peer's reaches the text.
    expect(printed(d)).not.toMatch(/[^\n\x20-\x7e…]/)
  })

  it.each([
    ['to AUTH', protocolError('Invalid login', 'EAUTH', `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx${Buffer.from('secret-password').toString('base64')}`, 'AUTH PLAIN')],
    ['to no command', protocolError('Unexpected Response', 'EPROTOCOL', 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxsecret-password', 'CONN')]
  ])('protocol-error for a reply that is not SMTP %s, without an excerpt that could hold part of a credential', (_name, error) => {
    const d = diagnose(error, LOCAL)
    expect(d.code).toBe('protocol-error')
    expect(d.detail).toContain('was not an SMTP reply (not shown: it came after the login')
    expect(printed(d)).not.toMatch(/xxxx|secret|c2Vjcm/)
  })

  it('protocol-error for a server that sends far more than SMTP takes', () => {
    const d = diagnose(Object.assign(new Error('The server sent more than 1048576 bytes'), { code: SERVER_FLOOD, command: 'CONN' }), LOCAL)
    expect(d.code).toBe('protocol-error')
    expect(d.detail).toContain('It sent far more than an SMTP conversation takes (over 4 MB or 10,000 lines)')
  })

  it('names what a well-known port usually carries', () => {
    const error = protocolError('Invalid greeting', 'EPROTOCOL', '* OK IMAP4rev1 ready', 'CONN')
    expect(diagnose(error, { ...LOCAL, port: 993, secure: true }).fix).toContain('Port 993 usually carries IMAP over TLS, not SMTP.')
    expect(diagnose(error, { ...LOCAL, port: 110 }).fix).toContain('Port 110 usually carries POP3')
    expect(diagnose(error, LOCAL).fix).not.toContain('usually carries')
  })

  it.each([
    [
      'a 500 to EHLO (an FTP server)',
      protocolError('EHLO failed but HELO does not support required STARTTLS', 'ECONNECTION', "500 'EHLO localhost': command not understood", 'EHLO'),
      'EHLO'
    ],
    ['a 502 to HELO', protocolError('Invalid HELO', 'EPROTOCOL', '502 5.5.1 Unrecognized command', 'HELO'), 'HELO']
  ])('protocol-error for %s, keeping the reply', (_name, error, verb) => {
    const d = diagnose(error, LOCAL)
    expect(d.code).toBe('protocol-error')
    expect(d.title).toContain(`does not know ${verb}`)
    expect(d.reply).toMatch(/^50[02] /)
  })

  it('keeps an escaped excerpt of a reply whose text is hostile', () => {
    const d = diagnose(protocolError('Invalid HELO', 'EPROTOCOL', '500 \x1b]0;owned\x07 `x` "y"', 'HELO'), LOCAL)
    expect(d.reply).toBe('500 \\x1b]0;owned\\x07 \\x60x\\x60 \\x22y\\x22')
  })

  it.each([
    ['a 554 greeting (an SMTP server refusing service)', protocolError('Invalid greeting', 'EPROTOCOL', '554 5.7.1 No SMTP service here', 'CONN')],
    [
      'a 421 to EHLO (Gmail refusing for now)',
      protocolError(
        'Server terminates connection',
        'ECONNECTION',
        '421-4.7.0 Try again later, closing connection. (EHLO)\n421 4.7.0  https://support.google.com/a/answer/3221692 - gsmtp',
        'EHLO'
      )
    ],
    [
      'a 554 to EHLO (a policy refusal)',
      protocolError('EHLO failed but HELO does not support required STARTTLS', 'ECONNECTION', '554 5.7.1 Your IP is listed', 'EHLO')
    ],
    ['a refused login', replyError(gmail.BAD_CREDENTIALS, 'AUTH PLAIN')],
    ['a refused recipient', replyError(['550 5.1.1 No such user'], 'RCPT TO', 'EENVELOPE', 'Recipient command failed')]
  ])('leaves an SMTP reply (%s) to the SMTP diagnosis', (_name, error) => {
    expect(diagnose(error, LOCAL).code).not.toBe('protocol-error')
  })

  it('a greeting that never came also points at a server that is not an SMTP server', () => {
    for (const facts of [LOCAL, { ...LOCAL, secure: true }]) {
      const d = diagnose(socketError('Greeting never received', 'ETIMEDOUT'), facts)
      expect(d.code).toBe('timeout')
      expect(d.fix).toContain('not an SMTP server (a web server, for one) stays silent too')
    }
  })
})

describe('printableExcerpt', () => {
  it.each([
    ['printable ASCII as it is', 'HTTP/1.1 400 Bad Request', 'HTTP/1.1 400 Bad Request'],
    ['control characters and bytes above ASCII as \\x escapes', '\x00\x1b\r\xff', '\\x00\\x1b\\x0d\\xff'],
    ['characters beyond Latin-1 as \\u escapes, a pair as one', 'é😀', '\\xe9\\u{1f600}'],
    ['quotes, backquotes and backslashes escaped', '"`\\', '\\x22\\x60\\\\'],
    ['a long line cut, with an ellipsis', 'a'.repeat(100), `${'a'.repeat(40)}…`]
  ])('%s', (_name, text, shown) => {
    expect(printableExcerpt(text)).toBe(shown)
  })

  it('reads only the start of a huge line', () => {
    expect(printableExcerpt('x'.repeat(10_000_000), 10)).toBe(`${'x'.repeat(10)}…`)
  })
})

describe('diagnose: logging in, or not', () => {
  const noAuth = () => Object.assign(new Error('The server offered no AUTH over this connection'), { code: NO_LOGIN_OFFERED, command: 'EHLO' })

  it.each([
    ['implicit TLS', GMAIL, 'smtp.gmail.com:465 offers no login over this connection (no AUTH over TLS), although `username` and `password` are given'],
    ['STARTTLS', RELAY, 'mail.example.org:587 offers no login over this connection (no AUTH after STARTTLS)']
  ])('auth-unavailable when credentials were given but the server offers no AUTH (%s)', (_name, facts, title) => {
    const d = diagnose(noAuth(), facts)
    expect(d.code).toBe('auth-unavailable')
    expect(d.retryable).toBe(false)
    expect(d.title).toContain(title)
    expect(d.fix).toContain('Check `server`, `port` and `secure`')
    expect(d.fix).toContain('smtp.gmail.com with 465, or 587 with `secure: false`')
    expect(d.fix).toContain('leave `password` empty.')
  })

  it('auth-unavailable with OAuth2 names the oauth2-* inputs', () => {
    const d = diagnose(noAuth(), { ...GMAIL, usesOAuth2: true })
    expect(d.title).toContain('although the `oauth2-*` inputs are given')
    expect(d.fix).toContain('leave `password` empty and remove the `oauth2-*` inputs')
  })

  it.each([
    ['502 5.5.1 Unrecognized command', ['502 5.5.1 Unrecognized command']],
    ['500 unknown command', ['500 Command unrecognized: "AUTH PLAIN"']]
  ])('auth-unavailable when the server does not know AUTH (%s), keeping its reply', (_name, lines) => {
    const d = diagnose(replyError(lines, 'AUTH PLAIN'), RELAY)
    expect(d.code).toBe('auth-unavailable')
    expect(d.reply).toBe(lines[0])
  })

  const WITHOUT_LOGIN: ConnectionFacts = { ...RELAY, withoutLogin: true }
  it.each([
    ["Gmail's 530 5.7.0 Authentication Required", gmail.AUTHENTICATION_REQUIRED, 'MAIL FROM'],
    ['a bare 530', ['530 Authentication required'], 'MAIL FROM'],
    ["Postfix's 554 5.7.1 Relay access denied", ['554 5.7.1 <team@example.com>: Relay access denied'], 'RCPT TO'],
    ["Postfix's deferred 454 4.7.1 Relay access denied", ['454 4.7.1 <team@example.com>: Relay access denied'], 'RCPT TO'],
    ["Exchange's 550 5.7.54 Unable to relay", ['550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain'], 'RCPT TO'],
    ["Exim's 550 relay not permitted", ['550 relay not permitted'], 'RCPT TO']
  ])('auth-rejected asking for `password`, naming forks, when no login was made and the server wants one (%s)', (_name, lines, command) => {
    const d = diagnose(replyError(lines, command, 'EENVELOPE', 'Mail command failed'), WITHOUT_LOGIN)
    expect(d.code).toBe('auth-rejected')
    expect(d.retryable).toBe(false)
    expect(d.title).toContain('requires a login before sending, and `password` is empty, so none was made')
    expect(d.fix).toContain('Pass the password from a repository secret')
    expect(d.fix).toContain('pull request from a fork')
    expect(d.fix).toContain('Dependabot')
  })

  it('a relay refusal after a login stays about the recipient', () => {
    const d = diagnose(replyError(['554 5.7.1 <team@example.com>: Relay access denied'], 'RCPT TO', 'EENVELOPE', 'Recipient command failed'), RELAY)
    expect(d.code).toBe('recipient-rejected')
  })

  it('a 530 after a login does not ask to give the credentials that were given', () => {
    const d = diagnose(replyError(gmail.AUTHENTICATION_REQUIRED, 'MAIL FROM', 'EENVELOPE', 'Mail command failed'), GMAIL)
    expect(d.code).toBe('auth-rejected')
    expect(d.title).toContain('although the action logged in as octo.cat@gmail.com')
    expect(d.fix).not.toContain('Give `username`')
  })

  it.each([
    ['smtp.gmail.com', true],
    ['SMTP.GoogleMail.com', true],
    ['smtp.gmail.com.', true],
    ['smtp.example.com', false],
    ['gmail.com.evil.example', false]
  ])('isGoogle(%s) is %s', (server, google) => {
    expect(isGoogle(server)).toBe(google)
  })

  it('isGoogle also knows Google by its reply', () => {
    expect(isGoogle('smtp-relay.example.org', gmail.BAD_CREDENTIALS.join('\n'))).toBe(true)
  })
})

describe('time-outs, named by what the transport says was missing', () => {
  it('reads the kind from the typed field, not from the wording of the message', () => {
    const attempt = diagnose(Object.assign(new Error('aborted'), { code: 'ETIMEDOUT', timeoutKind: 'attempt' }), { ...GMAIL, timeoutSeconds: 3 })
    expect(attempt.code).toBe('timeout')
    expect(attempt.title).toBe('smtp.gmail.com:465 kept answering too slowly: the attempt did not finish within 6 s (twice `timeout`)')
    const greeting = diagnose(Object.assign(new Error('aborted'), { code: 'ETIMEDOUT', timeoutKind: 'greeting' }), { ...GMAIL_587, port: 465 })
    expect(greeting.title).toBe('smtp.gmail.com:465 never sent its greeting: it expects TLS from the first byte')
  })
})
