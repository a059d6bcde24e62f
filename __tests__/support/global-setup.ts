import { rmSync } from 'node:fs'
import { createTestPki } from './certs.ts'

/**
 * Runs once before the test files: creates the test certificates and trusts their CA
 * through NODE_EXTRA_CA_CERTS, which the test workers and every spawned action inherit.
 */
export default async function setup(): Promise<() => void> {
  const pki = await createTestPki()
  process.env.NODE_EXTRA_CA_CERTS = pki.caPath
  process.env.TEST_TLS_KEY = pki.keyPath
  process.env.TEST_TLS_CERT = pki.certPath
  process.env.TEST_UNTRUSTED_TLS_KEY = pki.untrustedKeyPath
  process.env.TEST_UNTRUSTED_TLS_CERT = pki.untrustedCertPath
  process.env.TEST_IPV4_ONLY_TLS_KEY = pki.ipv4OnlyKeyPath
  process.env.TEST_IPV4_ONLY_TLS_CERT = pki.ipv4OnlyCertPath
  process.env.TEST_PROVIDERS_TLS_KEY = pki.providersKeyPath
  process.env.TEST_PROVIDERS_TLS_CERT = pki.providersCertPath
  return () => rmSync(pki.dir, { recursive: true, force: true })
}
