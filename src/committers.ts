import type { JobStatus } from './jobs.ts'
import { defineWords, type Language } from './language.ts'
import type { Mailbox, Settings } from './settings.ts'
import { EVERY_CONTROL_CHARACTER } from './printable.ts'

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

/** What the log says about the committers, and why an author is left out. */
const WORDS = defineWords('committers', {
  noAddress: { en: 'the commit records no address', ko: '커밋에 주소가 기록되어 있지 않음' },
  bot: { en: 'a bot', ko: '봇' },
  noreply: { en: "GitHub's noreply address, which receives no mail", ko: '메일을 받지 않는 GitHub의 noreply 주소' },
  notAddress: { en: 'not an email address', ko: '이메일 주소가 아님' },
  notInDomains: {
    en: (domain: string) => `${domain} is not in \`committer-domains\``,
    ko: (domain: string) => `${domain} 도메인이 \`committer-domains\`에 없음`
  },
  alreadyRecipient: { en: 'already a recipient', ko: '이미 받는 사람임' },
  anAuthor: { en: 'an author', ko: '이름 없는 작성자' },
  notFailure: {
    en: (status: string) => `Not mailing the committers: the outcome is ${status}, and only a failure is mailed to them.`,
    ko: (status: string) => `커밋 작성자에게는 보내지 않습니다: 결과가 ${status}이고, 작성자에게는 실패만 보냅니다.`
  },
  noCommits: {
    en: (eventName: string) => `Not mailing the committers: the ${eventName || 'triggering'} event lists no commits.`,
    ko: (eventName: string) => `커밋 작성자에게는 보내지 않습니다: ${eventName ? `${eventName} 이벤트` : '실행을 일으킨 이벤트'}에 커밋 목록이 없습니다.`
  },
  mailing: {
    en: (authors: string) => `Mailing the committers, after \`to\`: ${authors}.`,
    ko: (authors: string) => `커밋 작성자에게도 보냅니다(\`to\` 다음에 추가): ${authors}.`
  },
  noneToMail: { en: 'No committer to mail.', ko: '메일을 보낼 커밋 작성자가 없습니다.' },
  leftOut: { en: (authors: string) => `Left out of the committers: ${authors}.`, ko: (authors: string) => `제외한 커밋 작성자: ${authors}.` }
})

type Words = (typeof WORDS)[Language]

export interface CommitterChoice {
  /** The authors to add after `to`, each once, in the order of the commits. */
  added: Mailbox[]
  leftOut: LeftOut[]
}

// The same shape settings.ts accepts in `to`: one address, no display-name tricks.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+(\.[^\s@<>()[\]\\,;:"]+)*@[^\s@<>()[\]\\,;:"._-][^\s@<>()[\]\\,;:"]*$/

function whyNot(author: CommitAuthor, domains: string[], words: Words): string | undefined {
  const email = author.email.toLowerCase()
  if (!email) return words.noAddress
  // GitHub's own bots commit as "name[bot]" from a noreply address: check them first to say so.
  if (/\[bot\]$/i.test(author.name.trim()) || /\[bot\]@/i.test(email)) return words.bot
  if (email === 'noreply@github.com' || /@users\.noreply\./.test(email)) return words.noreply
  if (!ADDRESS.test(email)) return words.notAddress
  const domain = email.slice(email.lastIndexOf('@') + 1)
  if (!domains.includes(domain)) return words.notInDomains(domain)
  return undefined
}

/**
 * The authors to mail: those whose address is at one of `domains`, is not GitHub's noreply
 * address, is not a bot's, and is not a recipient already (`to`, `cc` or `bcc`). Each other
 * author is in `leftOut` with the reason, in `language`.
 */
export function chooseCommitters(authors: CommitAuthor[], domains: string[], recipients: Mailbox[], language: Language): CommitterChoice {
  const words = WORDS[language]
  const taken = new Set(recipients.map((mailbox) => mailbox.address.toLowerCase()))
  const seen = new Set<string>()
  const choice: CommitterChoice = { added: [], leftOut: [] }
  for (const author of authors) {
    const name = author.name.trim()
    const email = author.email.trim()
    const key = email.toLowerCase() || `name:${name}`
    if (seen.has(key)) continue
    seen.add(key)
    const reason = taken.has(email.toLowerCase()) ? words.alreadyRecipient : whyNot({ name, email }, domains, words)
    if (reason) choice.leftOut.push({ name, email, reason })
    else choice.added.push({ name: name.replace(EVERY_CONTROL_CHARACTER, ''), address: email })
  }
  return choice
}

/** "Mona Lisa <mona@example.com>", or the address alone. */
function shownAuthor(author: { name: string; email: string }, language: Language): string {
  const name = author.name.replace(EVERY_CONTROL_CHARACTER, '')
  const email = author.email.replace(EVERY_CONTROL_CHARACTER, '')
  if (!email) return name || WORDS[language].anAuthor
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
  settings: Pick<Settings, 'to' | 'cc' | 'bcc' | 'committerDomains' | 'language'>,
  status: JobStatus | undefined,
  commits: AuthoredCommit[],
  eventName: string
): { added: Mailbox[]; log: string[] } {
  const { language } = settings
  const words = WORDS[language]
  if (status !== 'failure') return { added: [], log: [words.notFailure(status ?? 'unknown')] }
  if (!commits.length) return { added: [], log: [words.noCommits(eventName)] }
  const authors = commits.map((commit) => ({ name: commit.author, email: commit.authorEmail ?? '' }))
  const choice = chooseCommitters(authors, settings.committerDomains, [...settings.to, ...settings.cc, ...settings.bcc], language)
  const log: string[] = []
  if (choice.added.length) {
    log.push(words.mailing(choice.added.map((mailbox) => shownAuthor({ name: mailbox.name, email: mailbox.address }, language)).join(', ')))
  } else {
    log.push(words.noneToMail)
  }
  if (choice.leftOut.length) {
    log.push(words.leftOut(choice.leftOut.map((author) => `${shownAuthor(author, language)} (${author.reason})`).join(', ')))
  }
  return { added: choice.added, log }
}
