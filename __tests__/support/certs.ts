import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import selfsigned from 'selfsigned'

export interface TestPki {
  dir: string
  caPath: string
  keyPath: string
  certPath: string
  /** A second, untrusted certificate for certificate-failure tests. */
  untrustedKeyPath: string
  untrustedCertPath: string
}

/**
 * A certificate authority and a server certificate for 127.0.0.1 and localhost. The CA
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
  const serverExtensions = [
    { name: 'basicConstraints' as const, cA: false },
    { name: 'keyUsage' as const, digitalSignature: true, keyEncipherment: true },
    { name: 'extKeyUsage' as const, serverAuth: true },
    {
      name: 'subjectAltName' as const,
      altNames: [
        { type: 2 as const, value: 'localhost' },
        { type: 7 as const, ip: '127.0.0.1' }
      ]
    }
  ]
  const server = await selfsigned.generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    curve: 'P-256',
    extensions: serverExtensions,
    ca: { key: ca.private, cert: ca.cert }
  })
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
    untrustedCertPath: join(dir, 'untrusted-cert.pem')
  }
  writeFileSync(pki.caPath, ca.cert)
  writeFileSync(pki.keyPath, server.private)
  writeFileSync(pki.certPath, server.cert)
  writeFileSync(pki.untrustedKeyPath, untrusted.private)
  writeFileSync(pki.untrustedCertPath, untrusted.cert)
  return pki
}
