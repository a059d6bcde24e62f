import { describe, expect, it } from 'vitest'
import { isWithin, pathRefusal, printable, refusalFix, shownPath, type FilePlaces, type PathFacts } from '../src/file-policy.ts'
import { unmatchedPatternWarnings } from '../src/files.ts'

const places: FilePlaces = {
  workspace: '/home/runner/work/app/app',
  allowed: [
    { name: 'the workspace', path: '/home/runner/work/app/app' },
    { name: 'RUNNER_TEMP', path: '/home/runner/work/_temp' }
  ]
}

/** A path that is what it says: no link, a regular file. */
const plain = (path: string, more: Partial<PathFacts> = {}): PathFacts => ({ path, realPath: path, isLink: false, kind: 'regular file', ...more })

describe('isWithin', () => {
  it.each([
    ['/ws', '/ws', true],
    ['/ws/a/b.txt', '/ws', true],
    ['/ws/..a/b.txt', '/ws', true],
    ['/ws-other/b.txt', '/ws', false],
    ['/wsb', '/ws', false],
    ['/', '/ws', false],
    ['/ws/../etc/passwd', '/ws', false],
    ['/proc/self/environ', '/ws', false],
    ['/anything', '/', true]
  ])('%s within %s: %s', (path, root, expected) => {
    expect(isWithin(path, root)).toBe(expected)
  })
})

describe('pathRefusal', () => {
  it.each<[string, PathFacts]>([
    ['a file in the workspace', plain('/home/runner/work/app/app/test-results/unit.xml')],
    ['a file in RUNNER_TEMP', plain('/home/runner/work/_temp/coverage.txt')],
    [
      'a link inside the workspace to a file inside it',
      plain('/home/runner/work/app/app/latest.xml', { isLink: true, realPath: '/home/runner/work/app/app/reports/7.xml' })
    ],
    ['a link from the workspace to RUNNER_TEMP', plain('/home/runner/work/app/app/cov.txt', { isLink: true, realPath: '/home/runner/work/_temp/cov.txt' })]
  ])('allows %s', (_case, facts) => {
    expect(pathRefusal(facts, places, 'file')).toBeUndefined()
  })

  it('refuses a link to /proc/self/environ, naming the link, where it leads and the allowed places', () => {
    const facts = plain('/home/runner/work/app/app/test-results/zz.xml', { isLink: true, realPath: '/proc/4242/environ' })
    expect(pathRefusal(facts, places, 'file')).toBe(
      'test-results/zz.xml is a symbolic link to /proc/4242/environ, outside the workspace (/home/runner/work/app/app) and RUNNER_TEMP (/home/runner/work/_temp)'
    )
  })

  it('refuses an absolute path outside, as written', () => {
    expect(pathRefusal(plain('/etc/hostname'), places, 'file')).toMatch(/^\/etc\/hostname is outside the workspace \(/)
  })

  it('refuses a file reached through a linked folder, saying so', () => {
    const facts = plain('/home/runner/work/app/app/results/hostname', { realPath: '/etc/hostname' })
    expect(pathRefusal(facts, places, 'file')).toMatch(/^results\/hostname resolves through a symbolically linked folder to \/etc\/hostname, outside/)
  })

  it('refuses a folder outside that a walk would list', () => {
    const facts = plain('/home/runner/work/app/app/results', { isLink: true, realPath: '/', kind: 'directory' })
    expect(pathRefusal(facts, places, 'folder')).toMatch(/^results is a symbolic link to \/, outside the workspace/)
  })

  it('refuses a sibling folder whose name starts like the workspace name', () => {
    expect(pathRefusal(plain('/home/runner/work/app/app-secrets/key'), places, 'file')).toMatch(/^\/home\/runner\/work\/app\/app-secrets\/key is outside/)
  })

  it.each<[PathFacts['kind'], string]>([
    ['FIFO (named pipe)', 'notify.md is a FIFO (named pipe), not a regular file'],
    ['character device', 'notify.md is a character device, not a regular file'],
    ['socket', 'notify.md is a socket, not a regular file'],
    ['directory', 'notify.md is a directory, not a regular file']
  ])('refuses a %s inside the workspace', (kind, expected) => {
    expect(pathRefusal(plain('/home/runner/work/app/app/notify.md', { kind }), places, 'file')).toBe(expected)
  })

  it('refuses a link inside the workspace to a FIFO, naming both', () => {
    const facts = plain('/home/runner/work/app/app/logs/a.log', { isLink: true, realPath: '/home/runner/work/app/app/pipe', kind: 'FIFO (named pipe)' })
    expect(pathRefusal(facts, places, 'file')).toBe(
      'logs/a.log is a symbolic link to /home/runner/work/app/app/pipe, which is a FIFO (named pipe), not a regular file'
    )
  })

  it('checks the place before the kind: a device outside is refused for being outside', () => {
    const facts = plain('/home/runner/work/app/app/dump.bin', { isLink: true, realPath: '/dev/zero', kind: 'character device' })
    expect(pathRefusal(facts, places, 'file')).toMatch(/^dump.bin is a symbolic link to \/dev\/zero, outside/)
  })

  it('allows a directory only where a folder is wanted', () => {
    const folder = plain('/home/runner/work/app/app/coverage', { kind: 'directory' })
    expect(pathRefusal(folder, places, 'folder')).toBeUndefined()
    expect(pathRefusal(plain('/home/runner/work/app/app/coverage.txt'), places, 'folder')).toBe('coverage.txt is a regular file, not a directory')
  })

  it('names only the workspace when RUNNER_TEMP is not set', () => {
    const onlyWorkspace: FilePlaces = { workspace: '/ws', allowed: [{ name: 'the workspace', path: '/ws' }] }
    expect(pathRefusal(plain('/etc/passwd'), onlyWorkspace, 'file')).toBe('/etc/passwd is outside the workspace (/ws)')
  })
})

describe('paths in messages', () => {
  it('are relative to the workspace inside it, absolute outside', () => {
    expect(shownPath('/ws/a/b.txt', '/ws')).toBe('a/b.txt')
    expect(shownPath('/ws', '/ws')).toBe('/ws')
    expect(shownPath('/tmp/x', '/ws')).toBe('/tmp/x')
  })

  it('cannot break the line or start a workflow command', () => {
    expect(printable('a\n::add-mask::x\r\u001b[31m')).toBe('a\\x0a::add-mask::x\\x0d\\x1b[31m')
  })
})

describe('refusalFix', () => {
  it('says what to change for each input', () => {
    expect(refusalFix('attachments')).toContain('`!`')
    expect(refusalFix('attachments')).toContain('RUNNER_TEMP')
    expect(refusalFix('body-file')).toContain('`body-file`')
  })

  it('warns about links only when one led to the path', () => {
    expect(refusalFix('attachments', 'en', true)).toContain('/proc/self/environ')
    expect(refusalFix('attachments', 'en', false)).not.toContain('/proc/self/environ')
    expect(refusalFix('body-file', 'ko', false)).not.toContain('/proc/self/environ')
  })
})

describe('if-no-files-found', () => {
  it('warns, ignores, or fails naming the input and the first pattern, as upload-artifact does', () => {
    expect(unmatchedPatternWarnings('attachments', ['a/*.log', 'b.txt'], 'warn')).toEqual([
      'No file matches `a/*.log` in `attachments`; sending without it.',
      'No file matches `b.txt` in `attachments`; sending without it.'
    ])
    expect(unmatchedPatternWarnings('attachments', ['a/*.log'], 'ignore')).toEqual([])
    expect(unmatchedPatternWarnings('attachments', [], 'error')).toEqual([])
    expect(() => unmatchedPatternWarnings('attachments', ['a/*.log', 'b.txt'], 'error')).toThrow('Input `attachments`: no file matches `a/*.log`')
  })
})
