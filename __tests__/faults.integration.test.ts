import { simpleParser, type AddressObject } from 'mailparser'
import { afterEach, describe, expect, it } from 'vitest'
import { runAgainst, tlsFiles } from './support/action.ts'
import { startGmailDouble, type GmailDouble, type ReceivedMessage } from './support/gmail-double.ts'
import * as gmail from './support/gmail-replies.ts'

/**
 * Faults in the middle of a conversation: the step never reports success for a message
 * the server did not accept with 250, never sends more than `retries + 1` copies, and
 * never hangs.
 */

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

type Result = Awaited<ReturnType<typeof runAgainst>>
const warnings = (result: Result) => result.lines.filter((line) => line.kind === 'warning').map((line) => line.text)
const messageIdOf = (message: ReceivedMessage) => /^Message-ID: (.*)$/im.exec(message.raw)?.[1]

describe('dropped connections', () => {
  it.each([
    ['before the greeting', 'GREETING'],
    ['at EHLO', 'EHLO'],
    ['at MAIL FROM', 'MAIL'],
    ['at DATA, before any of the message', 'DATA']
  ] as const)('%s: retried after 2 s, delivered once, no duplicate warning', async (_name, stage) => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), dropOn: (connection) => (connection === 1 ? stage : undefined) })
    const result = await runAgainst(double, { retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.connections).toBe(2)
    expect(result.sleeps).toEqual([2000])
    expect(double.dataAttempts).toBe(1)
    expect(double.messages).toHaveLength(1)
    expect(warnings(result)).toHaveLength(1)
    expect(warnings(result)[0]).toMatch(/^Attempt 1 of 3 failed: .*was lost.* This is temporary; trying again\.$/)
    expect(warnings(result)[0]).not.toContain('duplicate')
    expect(result.outputs['message-id']).toBe(messageIdOf(double.messages[0]))
  })

  it('after the whole message, before the 250: retried, and the log says a duplicate is possible', async () => {
    const seen: ReceivedMessage[] = []
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onData: (message, attempt) => {
        seen.push(message)
        return attempt === 1 ? 'drop' : undefined
      }
    })
    const result = await runAgainst(double, { retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.dataAttempts).toBe(2)
    expect(double.messages).toHaveLength(1)
    expect(result.sleeps).toEqual([2000])
    expect(warnings(result)[0]).toContain('after the whole message had been sent: it may have been delivered')
    expect(warnings(result)[0]).toContain('a duplicate is possible (it has the same Message-ID)')
    // both copies are the same message, so a mail client can tell the duplicate for one
    expect(messageIdOf(seen[0])).toBe(messageIdOf(seen[1]))
    expect(result.outputs['message-id']).toBe(messageIdOf(seen[0]))
  })

  it('after the whole message, every time: at most retries + 1 copies, then a failure that says it may have arrived', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: () => 'drop' })
    const result = await runAgainst(double, { retries: '2' })

    expect(result.outputs['error-code']).toBe('try-again-later')
    expect(result.failed).toContain('may have been delivered')
    expect(result.failed).toContain('a second copy is possible')
    expect(double.dataAttempts).toBe(3)
    expect(double.connections).toBe(3)
    expect(double.messages).toEqual([])
    expect(result.sleeps).toEqual([2000, 4000])
    expect(result.outputs['message-id']).toBeUndefined()
    expect(result.outputs.accepted).toBeUndefined()
  })

  it('with retries: 0 a lost connection is reported, not retried', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), dropOn: 'MAIL' })
    const result = await runAgainst(double, { retries: '0' })

    expect(result.outputs['error-code']).toBe('try-again-later')
    expect(result.failed).toContain('was lost before the server confirmed the message')
    expect(result.failed).not.toContain('may have been delivered')
    expect(double.connections).toBe(1)
    expect(result.sleeps).toEqual([])
  })
})

describe('a server that stops answering', () => {
  it('after AUTH: each attempt ends after `timeout`, and nothing is reported sent', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), silentAfter: 'AUTH' })
    const result = await runAgainst(double, { timeout: '1', retries: '1' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(result.failed).toContain('did not answer within 1 s')
    expect(result.failed).not.toContain('may have been delivered')
    expect(double.connections).toBe(2)
    expect(double.dataAttempts).toBe(0)
    expect(result.sleeps).toEqual([2000])
    expect(result.outputs['message-id']).toBeUndefined()
  })

  it('after EHLO, during a STARTTLS session: bounded by `timeout` as well', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles(), silentAfter: 'EHLO' })
    const result = await runAgainst(double, { secure: 'false', timeout: '1', retries: '0' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(double.connections).toBe(1)
    expect(double.logins).toEqual([])
  })

  it('after the whole message: retried with the duplicate warning', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: (_message, attempt) => (attempt === 1 ? 'silent' : undefined) })
    const result = await runAgainst(double, { timeout: '1', retries: '1' })

    expect(result.failed).toBeUndefined()
    expect(double.dataAttempts).toBe(2)
    expect(double.messages).toHaveLength(1)
    expect(warnings(result)[0]).toContain('a duplicate is possible')
  })

  it('after the 250 to the message: the message counts as sent', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), silentAfter: 'DATA' })
    const result = await runAgainst(double, { timeout: '1', retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.connections).toBe(1)
    expect(double.messages).toHaveLength(1)
    expect(result.outputs.accepted).toBe('team@example.com')
  })

  it('a server that never goes idle but never finishes is cut off by the per-attempt deadline (twice `timeout`)', async () => {
    // One byte every 300 ms never trips an idle timer of 1 s; the replies after EHLO would
    // take well over 10 s to trickle through without the deadline.
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), trickleAfter: { command: 'EHLO', msPerByte: 300 } })
    const result = await runAgainst(double, { timeout: '1', retries: '0' })

    expect(result.outputs['error-code']).toBe('timeout')
    expect(result.failed).toContain('kept answering too slowly: the attempt did not finish within 2 s (twice `timeout`)')
    expect(double.connections).toBe(1)
    expect(double.messages).toEqual([])
  })
})

describe('recipients', () => {
  it('some refused: the others get the message, the refused are in `rejected` and a warning with the reply', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onRcpt: (address) => (address.startsWith('bad') ? gmail.invalidRecipient(address) : undefined)
    })
    const result = await runAgainst(double, { to: 'one@example.com, bad@example.com', cc: 'two@example.com' })

    expect(result.failed).toBeUndefined()
    expect(double.messages).toHaveLength(1)
    expect(double.messages[0].rcptTo).toEqual(['one@example.com', 'two@example.com'])
    expect(result.outputs.accepted).toBe('one@example.com,two@example.com')
    expect(result.outputs.rejected).toBe('bad@example.com')
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^127\.0\.0\.1 refused a recipient: bad@example\.com in `to`, not a valid address \(553-5\.1\.3 The recipient address <bad@example\.com> is not a valid RFC 5321 address\..*\)\. The message went to the other 2 recipients; correct or remove the refused address in `to`\.$/
      )
    ])
    expect(result.summary).toContain('**Refused:**')
    expect(result.sleeps).toEqual([])
  })

  it('some refused as unknown or outside the domains the server relays for: the warning says so for each, naming its input', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onRcpt: (address) =>
        address === 'gone@example.com'
          ? ['550 5.1.1 <gone@example.com>: Recipient address rejected: User unknown in local recipient table']
          : address.endsWith('@elsewhere.example')
            ? [`554 5.7.1 <${address}>: Relay access denied`]
            : undefined
    })
    const result = await runAgainst(double, { to: 'one@example.com, gone@example.com', bcc: 'out@elsewhere.example' })

    expect(result.failed).toBeUndefined()
    expect(double.messages[0].rcptTo).toEqual(['one@example.com'])
    expect(result.outputs.rejected).toBe('gone@example.com,out@elsewhere.example')
    expect(warnings(result)).toEqual([
      expect.stringMatching(
        /^127\.0\.0\.1 refused 2 recipients: gone@example\.com in `to`, the server does not know that mailbox \(550 5\.1\.1 .*User unknown.*\); out@elsewhere\.example in `bcc`, the server will not relay to it \(554 5\.7\.1 .*Relay access denied\)\. The message went to the other recipient; correct or remove the refused addresses in `to` and `bcc`\.$/
      )
    ])
    expect(warnings(result)[0]).not.toContain('valid')
  })

  it('temporarily refused (452 4.5.3 from a server with a lower cap): they get a message of their own after back-off', async () => {
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onRcpt: (_address, index) => (index >= 2 ? gmail.TOO_MANY_RECIPIENTS : undefined) })
    const result = await runAgainst(double, { to: 'a@example.com, b@example.com, c@example.com', retries: '2' })

    expect(result.failed).toBeUndefined()
    expect(double.messages.map((m) => m.rcptTo)).toEqual([['a@example.com', 'b@example.com'], ['c@example.com']])
    expect(result.outputs.accepted).toBe('a@example.com,b@example.com,c@example.com')
    expect(result.outputs.rejected).toBe('')
    expect(result.sleeps).toEqual([2000])
    expect(warnings(result)[0]).toContain('deferred c@example.com (452-4.5.3 Your message has too many recipients.')
  })

  it('temporarily refused until the retries run out: reported in `rejected`, the step still succeeds', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onRcpt: (address) => (address === 'busy@example.com' ? ['450 4.2.1 Mailbox busy, try again later'] : undefined)
    })
    const result = await runAgainst(double, { to: 'ok@example.com, busy@example.com', retries: '1' })

    expect(result.failed).toBeUndefined()
    expect(double.messages).toHaveLength(1)
    expect(double.connections).toBe(2)
    expect(result.outputs.accepted).toBe('ok@example.com')
    expect(result.outputs.rejected).toBe('busy@example.com')
  })

  it('more than 100: sent as messages of at most 100, with the same headers, Message-ID and no Bcc, each address once', async () => {
    const to = Array.from({ length: 120 }, (_, i) => `to${i}@example.com`)
    const cc = Array.from({ length: 80 }, (_, i) => `cc${i}@example.com`)
    const bcc = Array.from({ length: 50 }, (_, i) => `bcc${i}@example.com`)
    // Gmail's own cap: the 101st recipient of a message is refused.
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onRcpt: (_address, index) => (index >= 100 ? gmail.TOO_MANY_RECIPIENTS : undefined) })
    const result = await runAgainst(double, { to: to.join(', '), cc: [...cc, 'TO0@example.com'].join('\n'), bcc: bcc.join(', '), retries: '0' })

    expect(result.failed).toBeUndefined()
    expect(double.messages.map((m) => m.rcptTo.length)).toEqual([100, 100, 50])
    expect(double.messages.flatMap((m) => m.rcptTo)).toEqual([...to, ...cc, ...bcc])
    expect(result.outputs.accepted.split(',')).toEqual([...to, ...cc, ...bcc])
    expect(result.outputs.rejected).toBe('')
    expect(result.sleeps).toEqual([])

    const parsed = await Promise.all(double.messages.map((m) => simpleParser(m.raw)))
    const addresses = (field: AddressObject | AddressObject[] | undefined) => [field ?? []].flat().flatMap((group) => group.value.map((a) => a.address))
    for (const mail of parsed) {
      expect(addresses(mail.to)).toEqual(to)
      expect(addresses(mail.cc)).toEqual([...cc, 'TO0@example.com'])
      expect(mail.headers.has('bcc')).toBe(false)
      expect(mail.messageId).toBe(result.outputs['message-id'])
      expect(mail.subject).toBe(parsed[0].subject)
    }
    expect(result.lines.some((line) => line.text === 'Message 3 of 3: 50 recipients (at most 100 per message).')).toBe(true)
  })

  it('a later batch that fails fails the step, and says who already has the message', async () => {
    const to = Array.from({ length: 150 }, (_, i) => `r${i}@example.com`)
    double = await startGmailDouble({ mode: 'implicit', ...tlsFiles(), onData: (_message, attempt) => (attempt === 2 ? gmail.DAILY_LIMIT : undefined) })
    const result = await runAgainst(double, { to: to.join(','), retries: '2' })

    expect(result.outputs['error-code']).toBe('quota-exceeded')
    expect(double.messages).toHaveLength(1)
    expect(double.dataAttempts).toBe(2)
    expect(result.outputs.accepted.split(',')).toEqual(to.slice(0, 100))
    expect(result.outputs['message-id']).toBe(messageIdOf(double.messages[0]))
    expect(warnings(result)).toContain(`Before this failure the message went to 100 recipients: ${to.slice(0, 100).join(', ')}.`)
    expect(result.sleeps).toEqual([])
  })

  it('a batch whose recipients are all refused does not fail the step when another batch was accepted', async () => {
    const to = Array.from({ length: 101 }, (_, i) => `r${i}@example.com`)
    double = await startGmailDouble({
      mode: 'implicit',
      ...tlsFiles(),
      onRcpt: (address) => (address === 'r100@example.com' ? gmail.invalidRecipient(address) : undefined)
    })
    const result = await runAgainst(double, { to: to.join(',') })

    expect(result.failed).toBeUndefined()
    expect(double.messages).toHaveLength(1)
    expect(result.outputs.rejected).toBe('r100@example.com')
    expect(result.outputs.accepted.split(',')).toHaveLength(100)
    expect(warnings(result)[0]).toContain('refused a recipient: r100@example.com in `to`, not a valid address (553-5.1.3')
  })
})
