import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { readSettings } from '../src/settings.ts'

const root = join(import.meta.dirname, '..')
const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }

/** Inputs as the runner hands them over: trimmed, and empty when not given. */
const reader = (inputs: Record<string, string>) => (name: string) => (inputs[name] ?? '').trim()

const REQUIRED = { username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com' }
const OAUTH2 = { password: '', 'oauth2-client-id': 'id', 'oauth2-client-secret': 'secret', 'oauth2-refresh-token': 'refresh' }

describe('defaults', () => {
  // Defaults that the runner fills from the workflow context are not the code's to know.
  const literal = Object.entries(action.inputs).filter(([, input]) => input.default && !input.default.includes('${{'))

  it.each(literal)('`%s`: the default in action.yml is what the code uses when the input is empty', (name, input) => {
    // The token URL is read only when the action logs in with OAuth2.
    const base = name.startsWith('oauth2-') ? { ...REQUIRED, ...OAUTH2 } : REQUIRED
    expect(readSettings(reader({ ...base, [name]: input.default! }))).toEqual(readSettings(reader(base)))
  })

  it('covers every input with a literal default', () => {
    expect(literal.map(([name]) => name).sort()).toEqual(
      [
        'debug',
        'dry-run',
        'if-no-files-found',
        'language',
        'log-lines',
        'notify-when',
        'mail-committers',
        'oauth2-token-url',
        'port',
        'retries',
        'server',
        'still-failing-every',
        'thread',
        'timeout',
        'verify-only'
      ].sort()
    )
  })
})

describe('package.json', () => {
  it('pins @actions/core and @actions/github exactly: their internal files are imported by path', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    expect(pkg.dependencies['@actions/core']).toMatch(/^\d+\.\d+\.\d+$/)
    // src/oauth2.ts imports @actions/github's proxy-aware fetch by path, for the same reason.
    expect(pkg.dependencies['@actions/github']).toMatch(/^\d+\.\d+\.\d+$/)
  })
})
