import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import selfsigned from 'selfsigned'
import { PROVIDERS } from '../../src/providers.ts'

export interface TestPki {
  dir: string
  caPath: string
  keyPath: string
  certPath: string
  /** A second, untrusted certificate for certificate-failure tests. */
  untrustedKeyPath: string
  untrustedCertPath: string
  /** Trusted, but for localhost and 127.0.0.1 only: not for ::1. */
  ipv4OnlyKeyPath: string
  ipv4OnlyCertPath: string
  /** Trusted, for the host names of the providers in src/providers.ts (the tests point them at the loopback). */
  providersKeyPath: string
  providersCertPath: string
}

/** The provider host names the providers certificate is for: each provider's server and some regional ones. */
export const PROVIDER_HOSTS = [...PROVIDERS.map((provider) => provider.server), 'smtp.zoho.eu', 'smtppro.zoho.com']

/**
 * Host names that no resolver knows and only the tests' CONNECT proxy maps to 127.0.0.1
 * (support/connect-proxy.ts): a request that reaches a server by one of them went through
 * the proxy. The server certificate covers them.
 */
export const PROXY_ONLY_HOSTS = ['api.github.test', 'blobs.github.test', 'oauth2.test']

/**
 * A certificate authority and a server certificate for localhost, 127.0.0.1 and ::1. The CA
 * is handed to Node through NODE_EXTRA_CA_CERTS, the way a user trusts a private CA, so
 * the action runs with full certificate verification in every test.
 */
export async function createTestPki(): Promise<TestPki> {
  const dir = mkdtempSync(join(tmpdir(), 'notify-pki-'))
  const ca = await selfsigned.generate([{ name: 'commonName', value: 'Notify Test CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    curve: 'P-256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true }
    ]
  })
  const extensionsFor = (ips: string[], names = ['localhost']) => [
    { name: 'basicConstraints' as const, cA: false },
    { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage' as const, serverAuth: true },
    {
      name: 'subjectAltName' as const,
      altNames: [...names.map((value) => ({ type: 2 as const, value })), ...ips.map((ip) => ({ type: 7 as const, ip }))]
    }
  ]
  const serverExtensions = extensionsFor(['127.0.0.1', '::1'], ['localhost', ...PROXY_ONLY_HOSTS])
  const signedByCa = (extensions: ReturnType<typeof extensionsFor>) =>
    selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
      keyType: 'ec',
      algorithm: 'sha256',
      curve: 'P-256',
      extensions,
      ca: { key: ca.private, cert: ca.cert }
    })
  const server = await signedByCa(serverExtensions)
  const ipv4Only = await signedByCa(extensionsFor(['127.0.0.1']))
  const providers = await signedByCa(extensionsFor([], PROVIDER_HOSTS))
  const untrusted = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    curve: 'P-256',
    extensions: serverExtensions
  })
  const pki: TestPki = {
    dir,
    caPath: join(dir, 'ca.pem'),
    keyPath: join(dir, 'server-key.pem'),
    certPath: join(dir, 'server-cert.pem'),
    untrustedKeyPath: join(dir, 'untrusted-key.pem'),
    untrustedCertPath: join(dir, 'untrusted-cert.pem'),
    ipv4OnlyKeyPath: join(dir, 'ipv4-only-key.pem'),
    ipv4OnlyCertPath: join(dir, 'ipv4-only-cert.pem'),
    providersKeyPath: join(dir, 'providers-key.pem'),
    providersCertPath: join(dir, 'providers-cert.pem')
  }
  writeFileSync(pki.caPath, ca.cert)
  writeFileSync(pki.keyPath, server.private)
  writeFileSync(pki.certPath, server.cert)
  writeFileSync(pki.untrustedKeyPath, untrusted.private)
  writeFileSync(pki.untrustedCertPath, untrusted.cert)
  writeFileSync(pki.ipv4OnlyKeyPath, ipv4Only.private)
  writeFileSync(pki.ipv4OnlyCertPath, ipv4Only.cert)
  writeFileSync(pki.providersKeyPath, providers.private)
  writeFileSync(pki.providersCertPath, providers.cert)
  return pki
}
