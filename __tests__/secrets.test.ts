import { describe, expect, it } from 'vitest'
import { createMasker, passwordVariants, secretForms } from '../src/secrets.ts'

describe('secretForms', () => {
  it('includes the secret and a base64 form for each alignment inside a longer string', () => {
    const secret = 'qwertzuiopasdfgh'
    const forms = secretForms(secret)
    expect(forms[0]).toBe(secret)
    for (const prefix of ['', 'a', 'ab', '\0octo@gmail.com\0', 'user=x\x01auth=Bearer ']) {
      for (const suffix of ['', 'z', '\x01\x01']) {
        const encoded = Buffer.from(prefix + secret + suffix).toString('base64')
        expect(forms.some((form) => encoded.includes(form)), `${JSON.stringify(prefix)} … ${JSON.stringify(suffix)}`).toBe(true)
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

describe('passwordVariants', () => {
  it('covers the password as pasted and as sent', () => {
    expect(passwordVariants('abcd efgh ijkl mnop ')).toEqual(['abcd efgh ijkl mnop ', 'abcd efgh ijkl mnop', 'abcdefghijklmnop'])
  })
})
