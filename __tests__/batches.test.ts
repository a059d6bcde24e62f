import { describe, expect, it } from 'vitest'
import { describeRejections } from '../src/report.ts'
import { attemptDeadlineMs, MAX_RECIPIENTS_PER_MESSAGE, recipientBatches } from '../src/send.ts'

const mailboxes = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => ({ name: '', address: `${prefix}${i}@example.com` }))

describe('recipientBatches', () => {
  it('keeps up to 100 recipients in one message', () => {
    expect(recipientBatches({ to: mailboxes('t', 60), cc: mailboxes('c', 30), bcc: mailboxes('b', 10) }).map((b) => b.length)).toEqual([100])
  })

  it('cuts 101 recipients into 100 + 1, in the order to, cc, bcc', () => {
    const batches = recipientBatches({ to: mailboxes('t', 1), cc: mailboxes('c', 99), bcc: mailboxes('b', 1) })
    expect(batches.map((b) => b.length)).toEqual([100, 1])
    expect(batches[0][0]).toBe('t0@example.com')
    expect(batches[1]).toEqual(['b0@example.com'])
    expect(MAX_RECIPIENTS_PER_MESSAGE).toBe(100)
  })

  it('sends each address once, whatever its case, where it first appears', () => {
    const batches = recipientBatches({
      to: [{ name: 'A', address: 'a@example.com' }],
      cc: [
        { name: '', address: 'A@Example.com' },
        { name: '', address: 'b@example.com' }
      ],
      bcc: [{ name: '', address: 'b@example.com' }]
    })
    expect(batches).toEqual([['a@example.com', 'b@example.com']])
  })
})

describe('attempt deadline and refusal message', () => {
  it('cuts an attempt off after twice `timeout`', () => {
    expect(attemptDeadlineMs(30)).toBe(60_000)
  })

  it('names each refused address with its input, why and its reply, and how many got the message', () => {
    const text = describeRejections('smtp.gmail.com', {
      accepted: ['a@example.com'],
      rejections: [{ address: 'x@bad', inputs: ['cc'], reply: '553 5.1.3 not valid', error: undefined }]
    })
    expect(text).toBe(
      'smtp.gmail.com refused a recipient: x@bad in `cc`, not a valid address (553 5.1.3 not valid). The message went to the other recipient; correct or remove the refused address in `cc`.'
    )
  })

  it('tells a mailbox the server does not know, and a relay refusal, from a syntax error', () => {
    const text = describeRejections('mail.example.org', {
      accepted: ['a@example.org', 'b@example.org'],
      rejections: [
        { address: 'gone@example.org', inputs: ['to'], reply: '550 5.1.1 <gone@example.org>: User unknown', error: undefined },
        { address: 'out@elsewhere.example', inputs: ['bcc'], reply: '554 5.7.1 Relay access denied', error: undefined }
      ]
    })
    expect(text).toBe(
      'mail.example.org refused 2 recipients: gone@example.org in `to`, the server does not know that mailbox (550 5.1.1 <gone@example.org>: User unknown); ' +
        'out@elsewhere.example in `bcc`, the server will not relay to it (554 5.7.1 Relay access denied). ' +
        'The message went to the other 2 recipients; correct or remove the refused addresses in `to` and `bcc`.'
    )
  })

  it('asks for a re-run when the only refusals were deferrals', () => {
    const text = describeRejections('mail.example.org', {
      accepted: ['a@example.org'],
      rejections: [{ address: 'busy@example.org', inputs: ['to'], reply: '450 4.2.1 Mailbox busy', error: undefined }]
    })
    expect(text).toContain('busy@example.org in `to`, deferred until the retries ran out (450 4.2.1 Mailbox busy)')
    expect(text).toContain('re-run the job to reach it, or raise `retries`')
  })
})
