/**
 * A Gmail-like SMTP server on 127.0.0.1 that keeps what it receives, for running the action
 * end to end where no account exists (the project's own workflow runs `uses: ./` against it).
 *
 *   node scripts/capture-server.ts --dir DIR [--reject-password SECRET]
 *
 * Listens with STARTTLS on a free port, using a certificate authority made for the run, and
 * writes DIR/server.env when ready:
 *   CAPTURE_PORT=<port>
 *   NODE_EXTRA_CA_CERTS=<the CA file, so the action trusts the server>
 * (lines for $GITHUB_ENV). Each message it accepts is saved as DIR/<n>.eml. A login with the
 * password given by --reject-password gets Gmail's 535-5.7.8 reply. Runs until killed.
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createTestPki } from '../__tests__/support/certs.ts'
import { startGmailDouble } from '../__tests__/support/gmail-double.ts'
import { BAD_CREDENTIALS } from '../__tests__/support/gmail-replies.ts'

const { values: flags } = parseArgs({ options: { dir: { type: 'string' }, 'reject-password': { type: 'string' } } })
if (!flags.dir) throw new Error('Usage: node scripts/capture-server.ts --dir DIR [--reject-password SECRET]')
const dir = resolve(flags.dir)
mkdirSync(dir, { recursive: true })

const pki = await createTestPki()
let saved = 0
const server = await startGmailDouble({
  mode: 'starttls',
  keyPath: pki.keyPath,
  certPath: pki.certPath,
  onAuth: (login) => (flags['reject-password'] !== undefined && login.secret === flags['reject-password'] ? BAD_CREDENTIALS : undefined),
  onData: (message) => {
    writeFileSync(join(dir, `${++saved}.eml`), message.raw)
    console.log(`Captured message ${saved}: MAIL FROM:<${message.mailFrom}> to ${message.rcptTo.join(', ')}`)
    return undefined
  }
})

// Written whole, then renamed, so a reader waiting for the file never sees half of it.
writeFileSync(join(dir, 'server.env.partial'), `CAPTURE_PORT=${server.port}\nNODE_EXTRA_CA_CERTS=${pki.caPath}\n`)
renameSync(join(dir, 'server.env.partial'), join(dir, 'server.env'))
console.log(`Capture server on ${server.host}:${server.port} (STARTTLS), saving messages to ${dir}`)

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)))
}
