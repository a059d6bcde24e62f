import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ERROR_CODES } from '../src/errors.ts'

const root = join(import.meta.dirname, '..')

describe('the error-code contract', () => {
  it('the README has one row per error code, with a fix, and no others', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const section = readme.slice(readme.indexOf('## Error codes'), readme.indexOf('\n## ', readme.indexOf('## Error codes') + 1))
    const rows = [...section.matchAll(/^\| `([a-z0-9-]+)` \| ([^|]+) \| ([^|]+) \| ([^|]+) \|$/gm)].filter((row) => row[1] !== 'error-code')
    expect(rows.map((row) => row[1]).sort()).toEqual([...ERROR_CODES].sort())
    for (const row of rows) expect(row[3].trim().length, row[1]).toBeGreaterThan(10)
  })

  it("action.yml's error-code output lists every code", () => {
    const action = readFileSync(join(root, 'action.yml'), 'utf8')
    const description = /\n {2}error-code:\n {4}description: >-\n((?: {6}.*\n)+)/.exec(action)?.[1] ?? ''
    const listed = description
      .replace(/^[^:]*:/, '')
      .split(/[,.\s]+/)
      .filter(Boolean)
    expect(listed.sort()).toEqual([...ERROR_CODES].sort())
  })
})
