import { createHash } from 'node:crypto'
import { STREAK_TRANSITIONS, type Transition } from './history.ts'
import { CONTROL_CHARACTER_RUNS } from './printable.ts'

/** The headers that put a mail in a conversation and name the list it belongs to. */
export interface ThreadHeaders {
  /** The streak's root identifier, without angle brackets; absent outside a streak. */
  root?: string
  /** RFC 2919 List-Id value: a phrase and the list identifier in angle brackets, ready to send. */
  listId: string
}

/** What identifies one failure streak: the place it happened and the run where it began. */
export interface StreakIdentity {
  /** https://github.com, or a GitHub Enterprise Server. */
  serverUrl: string
  repository: string
  /** The workflow's id from the API: a stable name for the workflow across renames. */
  workflowId: number | string
  /** "branch:main", "pull:12": where the runs of the streak ran. */
  place: string
  /** The id of the streak's first failed run. */
  firstFailingRunId: number
}

/**
 * The root identifier of a failure streak, the same for every mail of the streak and
 * different for every other streak. No mail carries it as its own Message-ID: each mail
 * refers to it in References and In-Reply-To, so the mails stay one conversation even
 * where a provider replaces the Message-ID of what it sends.
 */
export function streakRootId(identity: StreakIdentity): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([identity.serverUrl, identity.repository, String(identity.workflowId), identity.place, identity.firstFailingRunId]))
    .digest('hex')
    .slice(0, 32)
  const host = hostOf(identity.serverUrl)
  return `streak-${identity.firstFailingRunId}.${hash}@${host}`
}

function hostOf(serverUrl: string): string {
  const host = URL.canParse(serverUrl) ? new URL(serverUrl).hostname : ''
  return /^[a-z0-9.-]+$/i.test(host) ? host.toLowerCase() : 'github.invalid'
}

/** Whether a mail with this transition belongs to its streak's conversation. */
export function isStreakMail(transition: Transition): boolean {
  return STREAK_TRANSITIONS.includes(transition)
}

/** Longest label of a list identifier, as for a DNS label. */
const MAX_LABEL = 63

/**
 * One label of a list identifier: lower-case letters, digits and inner hyphens, as RFC
 * 2919 asks (a dot-atom made of host-name-like labels). A name that keeps no such
 * character (a workflow named in another script) gets a short hash instead.
 */
export function listLabel(name: string, fallback: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_LABEL)
    .replace(/-+$/, '')
  return label || `${fallback}-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`
}

/**
 * The List-Id header of a workflow's mails, such as
 * `"Nightly build (octo-org/rocket)" <nightly-build.rocket.octo-org.github.invalid>`: one
 * list per workflow and repository, so that a mail filter can pick them out. `.invalid`
 * (RFC 2606) can never be someone else's domain.
 */
export function listIdHeader(workflow: string, repository: string): string {
  const [owner = '', repo = ''] = repository.split('/')
  const id = [listLabel(workflow, 'workflow'), listLabel(repo, 'repo'), listLabel(owner, 'owner'), 'github', 'invalid'].join('.')
  return `${phrase(`${workflow || 'Workflow'} (${repository})`)} <${id}>`
}

/**
 * A display phrase: a quoted string for printable ASCII, an RFC 2047 encoded word (base64
 * UTF-8) otherwise, so that the header can go out as it is.
 */
function phrase(text: string): string {
  const oneLine = text.replace(CONTROL_CHARACTER_RUNS, ' ').slice(0, 200)
  if (/^[\x20-\x7e]*$/.test(oneLine)) return `"${oneLine.replace(/["\\]/g, '\\$&')}"`
  // Encoded words are at most 75 characters: 45 bytes of UTF-8 a word, cut between characters.
  const words: string[] = []
  let chunk = ''
  for (const character of oneLine) {
    if (Buffer.byteLength(chunk + character) > 45) {
      words.push(chunk)
      chunk = ''
    }
    chunk += character
  }
  if (chunk) words.push(chunk)
  return words.map((word) => `=?UTF-8?B?${Buffer.from(word).toString('base64')}?=`).join(' ')
}
