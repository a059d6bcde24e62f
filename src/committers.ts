import type { JobStatus } from './jobs.ts'
import type { Mailbox, Settings } from './settings.ts'

/**
 * Which commit authors `mail-committers` may add as recipients. Pure: the commits come from
 * whichever source lists them (the push event's commits, or the commits since the last
 * successful run), as name and address.
 */

/** The author of one commit, as the commit records it. */
export interface CommitAuthor {
  name: string
  email: string
}

/** An author not mailed, and why, in words for the log. */
export interface LeftOut {
  name: string
  email: string
  reason: string
}

export interface CommitterChoice {
  /** The authors to add after `to`, each once, in the order of the commits. */
  added: Mailbox[]
  leftOut: LeftOut[]
}

// The same shape settings.ts accepts in `to`: one address, no display-name tricks.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+(\.[^\s@<>()[\]\\,;:"]+)*@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/

function whyNot(author: CommitAuthor, domains: string[]): string | undefined {
  const email = author.email.toLowerCase()
  if (!email) return 'the commit records no address'
  // GitHub's own bots commit as "name[bot]" from a noreply address: check them first to say so.
  if (/\[bot\]$/i.test(author.name.trim()) || /\[bot\]@/i.test(email)) return 'a bot'
  if (email === 'noreply@github.com' || /@users\.noreply\./.test(email)) return "GitHub's noreply address, which receives no mail"
  if (!ADDRESS.test(email)) return 'not an email address'
  const domain = email.slice(email.lastIndexOf('@') + 1)
  if (!domains.includes(domain)) return `${domain} is not in \`committer-domains\``
  return undefined
}

/**
 * The authors to mail: those whose address is at one of `domains`, is not GitHub's noreply
 * address, is not a bot's, and is not a recipient already (`to`, `cc` or `bcc`). Each other
 * author is in `leftOut` with the reason.
 */
export function chooseCommitters(authors: CommitAuthor[], domains: string[], recipients: Mailbox[]): CommitterChoice {
  const taken = new Set(recipients.map((mailbox) => mailbox.address.toLowerCase()))
  const seen = new Set<string>()
  const choice: CommitterChoice = { added: [], leftOut: [] }
  for (const author of authors) {
    const name = author.name.trim()
    const email = author.email.trim()
    const key = email.toLowerCase() || `name:${name}`
    if (seen.has(key)) continue
    seen.add(key)
    const reason = taken.has(email.toLowerCase()) ? 'already a recipient' : whyNot({ name, email }, domains)
    if (reason) choice.leftOut.push({ name, email, reason })
    else choice.added.push({ name: name.replace(/\p{Cc}/gu, ''), address: email })
  }
  return choice
}

/** "Mona Lisa <mona@example.com>", or the address alone. */
export function shownAuthor(author: { name: string; email: string }): string {
  const name = author.name.replace(/\p{Cc}/gu, '')
  const email = author.email.replace(/\p{Cc}/gu, '')
  if (!email) return name || 'an author'
  return name ? `${name} <${email}>` : email
}

/** The commits whose authors may be mailed: any list that gives the author's name and address. */
export interface AuthoredCommit {
  author: string
  authorEmail?: string
}

/**
 * Who `mail-committers` adds for this run, and the lines that tell the log who was added, who
 * was left out and why. Only a failure is mailed to its committers: a success or a cancellation
 * (often by a newer push) is not theirs to act on, and an unknown outcome may be a success.
 */
export function committersToMail(
  settings: Pick<Settings, 'to' | 'cc' | 'bcc' | 'committerDomains'>,
  status: JobStatus | undefined,
  commits: AuthoredCommit[],
  eventName: string
): { added: Mailbox[]; log: string[] } {
  if (status !== 'failure') {
    return { added: [], log: [`Not mailing the committers: the outcome is ${status ?? 'unknown'}, and only a failure is mailed to them.`] }
  }
  if (!commits.length) {
    return { added: [], log: [`Not mailing the committers: the ${eventName || 'triggering'} event lists no commits.`] }
  }
  const authors = commits.map((commit) => ({ name: commit.author, email: commit.authorEmail ?? '' }))
  const choice = chooseCommitters(authors, settings.committerDomains, [...settings.to, ...settings.cc, ...settings.bcc])
  const log: string[] = []
  if (choice.added.length) {
    log.push(`Mailing the committers, after \`to\`: ${choice.added.map((mailbox) => shownAuthor({ name: mailbox.name, email: mailbox.address })).join(', ')}.`)
  } else {
    log.push('No committer to mail.')
  }
  if (choice.leftOut.length) {
    log.push(`Left out of the committers: ${choice.leftOut.map((author) => `${shownAuthor(author)} (${author.reason})`).join(', ')}.`)
  }
  return { added: choice.added, log }
}
