import { networkInterfaces } from 'node:os'
import { afterEach, describe, expect, it } from 'vitest'
import { InputError } from '../src/errors.ts'
import { isLocalhostName } from '../src/loopback.ts'
import { hostAndPort, parseServer } from '../src/settings.ts'
import { APP_PASSWORD, runAgainst, tlsFiles, USERNAME } from './support/action.ts'
import { closedPort, startGmailDouble, type GmailDouble } from './support/gmail-double.ts'
import { runBuiltAction, testStepEnv } from './support/runner.ts'

/** IPv6 for `server`: literals with and without brackets, and localhost over ::1. */

const hasIPv6Loopback = Object.values(networkInterfaces())
  .flat()
  .some((address) => address?.family === 'IPv6' && address.address === '::1')

function inputError(server: string): InputError {
  try {
    parseServer(server)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`parseServer(${JSON.stringify(server)}) did not throw`)
}

describe('the server input', () => {
  it.each([
    ['::1', '::1'],
    ['[::1]', '::1'],
    [' [2001:db8::25] ', '2001:db8::25'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
    ['127.0.0.1', '127.0.0.1'],
    ['smtp.gmail.com', 'smtp.gmail.com'],
    ['', 'smtp.gmail.com']
  ])('takes %j as %j', (input, server) => {
    expect(parseServer(input)).toBe(server)
  })

  it.each([
    ['smtp.gmail.com:587', 'ends in a port', '`server: smtp.gmail.com` and `port: 587`'],
    ['[::1]:2525', 'ends in a port', "`server: '::1'` and `port: 2525`"],
    ['smtps://smtp.gmail.com:465', 'is a URL', '`server: smtp.gmail.com` and `port: 465`'],
    ['smtp://[::1]:25/', 'is a URL', "`server: '::1'` and `port: 25`"],
    ['[smtp.gmail.com]', 'is not a host name', 'IPv6'],
    ['[::1', 'is not a host name', 'IPv6'],
    ['smtp.gmail.com/x', 'is not a host name', 'IPv6'],
    ['smtp.gmail\u001b.com', 'control character', 'IPv6']
  ])('refuses %j: %s, with the inputs to set', (input, problem, fix) => {
    const error = inputError(input)
    expect(error.input).toBe('server')
    expect(error.diagnosis.title).toContain(problem)
    expect(error.diagnosis.fix).toContain(fix)
    expect(error.diagnosis.title).not.toContain('\u001b')
  })

  it('never repeats the user name and password of a URL', () => {
    const error = inputError('smtps://ci%40example.com:hunter2secret@smtp.example.com:465')
    expect(error.diagnosis.fix).toContain('`server: smtp.example.com` and `port: 465`')
    expect(JSON.stringify(error.diagnosis)).not.toMatch(/hunter2secret|ci%40example/)
  })

  it('writes an IPv6 address in brackets before its port', () => {
    expect(hostAndPort('::1', 465)).toBe('[::1]:465')
    expect(hostAndPort('smtp.gmail.com', 465)).toBe('smtp.gmail.com:465')
    expect(hostAndPort('127.0.0.1', 25)).toBe('127.0.0.1:25')
  })

  it.each([
    ['localhost', true],
    ['LOCALHOST.', true],
    ['mail.localhost', true],
    ['localhost.example.com', false],
    ['notlocalhost', false],
    ['::1', false]
  ])('isLocalhostName(%j) is %j', (host, expected) => {
    expect(isLocalhostName(host)).toBe(expected)
  })
})

let double: GmailDouble | undefined
afterEach(async () => {
  await double?.close()
  double = undefined
})

const inputsFor = (server: string, port: number, secure: boolean) => ({
  server,
  port: String(port),
  secure: String(secure),
  username: USERNAME,
  password: APP_PASSWORD,
  to: 'team@example.com',
  status: 'success',
  timeout: '5',
  retries: '0'
})

describe.skipIf(!hasIPv6Loopback)('a server on ::1 (the built action, run as the runner runs it)', () => {
  it.each([
    ['::1', 'implicit'],
    ['[::1]', 'implicit'],
    ['::1', 'starttls'],
    ['[::1]', 'starttls']
  ] as const)('server: %j reaches it (%s), the certificate checked against the IP ::1', async (server, mode) => {
    double = await startGmailDouble({ mode, host: '::1', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor(server, double.port, mode === 'implicit'), { env: testStepEnv(), event: {} })

    expect(result.stdout).not.toContain('::error')
    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
    expect(double.logins).toEqual([{ method: 'PLAIN', username: USERNAME, secret: APP_PASSWORD, encrypted: true }])
    expect(result.stdout).toContain(`through [::1]:${double.port} (`)
  })

  it('localhost reaches a server that listens on ::1 only, whatever /etc/hosts says', async () => {
    double = await startGmailDouble({ mode: 'implicit', host: '::1', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor('localhost', double.port, true), { env: testStepEnv(), event: {} })

    expect(result.stdout).not.toContain('::error')
    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
  })

  it('localhost still reaches a server on 127.0.0.1 only', async () => {
    double = await startGmailDouble({ mode: 'starttls', ...tlsFiles() })
    const result = await runBuiltAction(inputsFor('localhost', double.port, false), { env: testStepEnv(), event: {} })

    expect(result.exitCode).toBe(0)
    expect(double.messages).toHaveLength(1)
  })
})

describe.skipIf(!hasIPv6Loopback)('failures on ::1 name the server as [::1]:port', () => {
  it('certificate: a certificate that names 127.0.0.1 and localhost but not ::1 is refused; no password sent', async () => {
    double = await startGmailDouble({
      mode: 'implicit',
      host: '::1',
      keyPath: process.env.TEST_IPV4_ONLY_TLS_KEY!,
      certPath: process.env.TEST_IPV4_ONLY_TLS_CERT!
    })
    const result = await runAgainst(double, { server: '[::1]' })

    expect(result.outputs['error-code']).toBe('certificate')
    expect(result.failed).toContain(`The TLS certificate of [::1]:${double.port} is not trusted`)
    expect(result.failed).toMatch(/IP: ::1 is not in the cert's list/)
    expect(double.logins).toEqual([])
  })

  it('connection-refused: nothing listens on ::1', async () => {
    const port = await closedPort('::1')
    const result = await runAgainst({ host: '::1', port, mode: 'implicit' }, {})

    expect(result.outputs['error-code']).toBe('connection-refused')
    expect(result.failed).toContain(`Nothing accepted the connection at [::1]:${port}`)
  })

  it('connection-refused: localhost with nothing on either loopback', async () => {
    const port = await closedPort('::')
    const result = await runAgainst({ host: 'localhost', port, mode: 'implicit' }, {})

    expect(result.outputs['error-code']).toBe('connection-refused')
    expect(result.failed).toContain(`Nothing accepted the connection at localhost:${port}`)
  })
})
