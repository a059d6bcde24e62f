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

  it('names each refused address with its reply, and how many got the message', () => {
    const text = describeRejections('smtp.gmail.com', {
      accepted: ['a@example.com'],
      rejections: [{ address: 'x@bad', reply: '553 5.1.3 not valid', error: undefined }]
    })
    expect(text).toBe(
      'smtp.gmail.com refused a recipient: x@bad (553 5.1.3 not valid). The message went to the other recipient; fix the refused addresses in `to`, `cc` or `bcc`.'
    )
  })
})
