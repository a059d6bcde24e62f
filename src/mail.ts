import { randomUUID } from 'node:crypto'
import type { MailComposerOptions } from 'nodemailer/lib/mail-composer'
import type { ComposedMessage } from './compose.ts'
import type { Mailbox, Settings } from './settings.ts'
import type { ThreadHeaders } from './threading.ts'

// The message as nodemailer's composer takes it, kept apart from the transport so that a dry
// run's preview builds exactly what a send would without loading the SMTP client.

/** A mailbox as nodemailer's address object, holding nothing but the name and the address. */
function formatMailbox(mailbox: Mailbox): { name: string; address: string } {
  return { name: mailbox.name, address: mailbox.address }
}

/** A domain for the Message-ID, taken from the sender so it looks like the sender's own. */
function messageIdDomain(from: Mailbox): string {
  return from.address.split('@')[1] || 'localhost'
}

/**
 * The message as nodemailer takes it, the same for sending and for a dry run's .eml file.
 * One Message-ID for every attempt and batch: a copy that arrives twice is recognisable as
 * the same message, and every recipient gets the same message. Every batch carries the whole
 * To and Cc, as one message would; only the envelope (RCPT TO) differs. Bcc recipients are
 * only ever in the envelope.
 */
export function buildMail(settings: Settings, message: ComposedMessage): MailComposerOptions & { messageId: string } {
  return {
    from: formatMailbox(settings.from),
    to: settings.to.map(formatMailbox),
    cc: settings.cc.map(formatMailbox),
    replyTo: settings.replyTo.map(formatMailbox),
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments ?? [],
    messageId: `<${randomUUID()}@${messageIdDomain(settings.from)}>`,
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
  }
}

/** A streak's mails all refer to its root: each one is a reply to the same conversation. */
function threadFields(thread: ThreadHeaders | undefined): Pick<MailComposerOptions, 'inReplyTo' | 'references'> {
  if (!thread?.root) return {}
  return { inReplyTo: `<${thread.root}>`, references: [`<${thread.root}>`] }
}
