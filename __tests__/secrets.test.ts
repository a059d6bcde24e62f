import { describe, expect, it } from 'vitest'
import { createMasker, createSecretRegistry, passwordVariants, printedForms, secretForms } from '../src/secrets.ts'

describe('secretForms', () => {
  it('includes the secret and a base64 form for each alignment inside a longer string', () => {
    const secret = 'qwertzuiopasdfgh'
    const forms = secretForms(secret)
    expect(forms[0]).toBe(secret)
    for (const prefix of ['', 'a', 'ab', '\0octo@gmail.com\0', 'user=x\x01auth=Bearer ']) {
      for (const suffix of ['', 'z', '\x01\x01']) {
        const encoded = Buffer.from(prefix + secret + suffix).toString('base64')
        expect(
          forms.some((form) => encoded.includes(form)),
          `${JSON.stringify(prefix)} … ${JSON.stringify(suffix)}`
        ).toBe(true)
      }
    }
  })

  it('gives nothing for an empty secret', () => {
    expect(secretForms('')).toEqual([])
  })
})

describe('createMasker', () => {
  it('hides the secret and its AUTH PLAIN and AUTH LOGIN encodings', () => {
    const mask = createMasker(['s3cret-password'])
    const plain = Buffer.from('\0me@gmail.com\0s3cret-password').toString('base64')
    const login = Buffer.from('s3cret-password').toString('base64')
    const masked = mask(`C: AUTH PLAIN ${plain}\nC: ${login}\npassword=s3cret-password`)
    expect(masked).not.toContain('s3cret-password')
    expect(masked).not.toContain(login.replace(/=+$/, ''))
    expect(masked).not.toContain(plain.slice(12, 30))
    expect(masked).toContain('C: AUTH PLAIN ')
  })
})

describe('printedForms', () => {
  it('covers the secret with its runs of white space collapsed, as a reply put on one line shows it, and with control characters escaped', () => {
    expect(printedForms(' correct  horse\t\tbattery \x01 ')).toEqual([
      ' correct  horse\t\tbattery \x01 ',
      ' correct horse battery \x01 ',
      'correct horse battery \x01',
      ' correct  horse\t\tbattery \\x01 '
    ])
    expect(printedForms('qwertzuiopasdfgh')).toEqual(['qwertzuiopasdfgh'])
  })

  it('are masked wherever they occur', () => {
    const mask = createMasker(['correct  horse\t\tbattery'])
    expect(mask('535 5.7.8 Authentication failed for correct horse battery (x)')).toBe('535 5.7.8 Authentication failed for *** (x)')
  })
})

describe('passwordVariants', () => {
  it('covers the password as pasted and as sent', () => {
    expect(passwordVariants('abcd efgh ijkl mnop ')).toEqual(['abcd efgh ijkl mnop ', 'abcd efgh ijkl mnop', 'abcdefghijklmnop'])
  })
})

describe('createSecretRegistry', () => {
  it('registers each form once, masks secrets added later, and keeps a verbatim-false value out of the registrations', () => {
    const registered: string[] = []
    const secrets = createSecretRegistry((form) => registered.push(form))
    const plain = '\0me@gmail.com\0s3cret-password'
    secrets.add('s3cret-password')
    secrets.add('s3cret-password')
    secrets.add(plain, { verbatim: false })
    expect(registered.filter((form) => form === 's3cret-password')).toHaveLength(1)
    expect(registered).not.toContain(plain)
    expect(registered.some((form) => Buffer.from(plain).toString('base64').includes(form))).toBe(true)

    expect(secrets.mask('token ya29.late-arrival')).toBe('token ya29.late-arrival')
    secrets.add('ya29.late-arrival')
    expect(secrets.mask('token ya29.late-arrival')).toBe('token ***')
    expect(registered).toContain('ya29.late-arrival')
  })
})
