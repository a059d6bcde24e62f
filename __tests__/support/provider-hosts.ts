import dns from 'node:dns'
import net from 'node:net'
import { vi } from 'vitest'
import { PROVIDER_HOSTS } from './certs.ts'

/**
 * Makes the providers' host names (smtp.office365.com, smtp.naver.com…) resolve to
 * 127.0.0.1 in this process, an IP address to itself (servers listen on one), and every
 * other name to nothing, so a run with
 * `server: smtp.office365.com` reaches the test SMTP server and no query leaves the machine.
 * nodemailer asks the DNS servers itself (Resolver resolve4/resolve6), then getaddrinfo
 * (dns.lookup); all three are answered here. The certificate for these names comes from
 * the test CA (TEST_PROVIDERS_TLS_CERT), so TLS is verified against the provider's name.
 * Undone by vi.restoreAllMocks().
 */
export function providerHostsOnLoopback(): { /** The names asked for, IP addresses aside. */ asked: string[] } {
  const asked: string[] = []
  const known = (host: string) => PROVIDER_HOSTS.includes(host.toLowerCase().replace(/\.$/, ''))
  const notFound = (host: string, syscall: string) =>
    Object.assign(new Error(`${syscall} ENOTFOUND ${host}`), { code: 'ENOTFOUND', errno: -3008, syscall, hostname: host })
  const answer = (kind: 4 | 6 | 'lookup') =>
    function (host: string, ...rest: unknown[]) {
      const callback = rest.at(-1) as (error: Error | null, ...result: unknown[]) => void
      const options = rest.length > 1 ? (rest[0] as { all?: boolean }) : {}
      const family = net.isIP(host)
      if (family && kind === 'lookup') return process.nextTick(callback, null, ...(options.all ? [[{ address: host, family }]] : [host, family]))
      if (family) return process.nextTick(callback, null, family === kind ? [host] : [])
      asked.push(host)
      if (!known(host)) return process.nextTick(callback, notFound(host, kind === 'lookup' ? 'getaddrinfo' : `query${kind === 4 ? 'A' : 'Aaaa'}`))
      if (kind === 6) return process.nextTick(callback, null, [])
      if (kind === 4) return process.nextTick(callback, null, ['127.0.0.1'])
      if (options.all) return process.nextTick(callback, null, [{ address: '127.0.0.1', family: 4 }])
      process.nextTick(callback, null, '127.0.0.1', 4)
    }
  vi.spyOn(dns.Resolver.prototype, 'resolve4').mockImplementation(answer(4) as never)
  vi.spyOn(dns.Resolver.prototype, 'resolve6').mockImplementation(answer(6) as never)
  vi.spyOn(dns, 'lookup').mockImplementation(answer('lookup') as never)
  return { asked }
}

/** The key and certificate for the providers' host names, for the test SMTP server. */
export const providerTlsFiles = () => ({ keyPath: process.env.TEST_PROVIDERS_TLS_KEY!, certPath: process.env.TEST_PROVIDERS_TLS_CERT! })
