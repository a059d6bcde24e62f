import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDocument } from 'yaml'

const root = join(import.meta.dirname, '..')
const read = (path: string) => readFileSync(join(root, path), 'utf8')

/** Parses YAML the way a strict reader does; any error or warning fails the test with its position. */
function parseYaml(text: string, name: string): unknown {
  const document = parseDocument(text, { strict: true, uniqueKeys: true, prettyErrors: true })
  const problems = [...document.errors, ...document.warnings].map((problem) => `${name}: ${problem.message}`)
  expect(problems).toEqual([])
  return document.toJS()
}

interface ActionInput {
  description?: string
  required?: boolean
  default?: string
}
interface ActionMetadata {
  name: string
  description: string
  branding?: { icon?: string; color?: string }
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string }
}

const action = parseYaml(read('action.yml'), 'action.yml') as ActionMetadata

/** A Markdown page outside fenced code blocks, split into `## ` sections by heading. */
function markdownSections(markdown: string): Map<string, string[]> {
  const sections = new Map<string, string[]>()
  let current: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1]
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker
    if (!fence && /^## /.test(line)) {
      current = []
      sections.set(line.slice(3).trim(), current)
      continue
    }
    if (!fence) current.push(line)
  }
  return sections
}

/** Rows of every table in a section whose first cell is a `code` name: name → the other cells. */
function namedRows(lines: string[]): Map<string, string[]> {
  const rows = new Map<string, string[]>()
  for (const line of lines) {
    const cells = /^\|(.*)\|\s*$/
      .exec(line)?.[1]
      .split(/(?<!\\)\|/)
      .map((cell) => cell.trim())
    const name = cells && /^`([^`]+)`$/.exec(cells[0])?.[1]
    if (cells && name) rows.set(name, cells.slice(1))
  }
  return rows
}

/** Fenced ```yaml blocks of the README, each parsed. */
function yamlExamples(markdown: string): { text: string; value: unknown }[] {
  return [...markdown.matchAll(/^```ya?ml\n([\s\S]*?)^```/gm)].map((match) => {
    // Step snippets are indented as they sit in a workflow; YAML wants them at column 0.
    const indent = Math.min(
      ...match[1]
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => /^ */.exec(l)![0].length)
    )
    const text = match[1].replace(new RegExp(`^ {${indent}}`, 'gm'), '')
    return { text, value: parseYaml(text, `README example:\n${text}`) }
  })
}

/** Every step in a parsed workflow, job or step list that uses this action, with its `with:`. */
function stepsUsingThisAction(value: unknown, isThisAction: (uses: string) => boolean): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    const record = node as Record<string, unknown>
    if (typeof record.uses === 'string' && isThisAction(record.uses)) found.push((record.with ?? {}) as Record<string, unknown>)
    Object.values(record).forEach(visit)
  }
  visit(value)
  return found
}

/** The anchors GitHub gives the README's headings (outside code): lower case, punctuation dropped, spaces to hyphens. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>()
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1]
    if (marker && (!fence || marker.startsWith(fence))) fence = fence ? undefined : marker
    const heading = !fence && !marker && /^#{1,6} (.+)$/.exec(line)?.[1]
    if (!heading) continue
    const base = heading
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/ /g, '-')
    let anchor = base
    for (let n = 1; anchors.has(anchor); n++) anchor = `${base}-${n}`
    anchors.add(anchor)
  }
  return anchors
}

/** A Markdown page without its fenced code blocks and code spans, where `](` is not a link. */
function proseOf(markdown: string): string {
  const lines: string[] = []
  let fence: string | undefined
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(```+|~~~+)/.exec(line)?.[1]
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker
      continue
    }
    if (!fence) lines.push(line.replace(/(`+)[^`]*?\1/g, ''))
  }
  return lines.join('\n')
}

/** The Quick start's `permissions:` block: everything the action reads with the job's token. */
const QUICK_START_PERMISSIONS = { actions: 'read', checks: 'read', contents: 'read' }

/** A status-check function, without which GitHub adds `success()` to an `if:`. */
const STATUS_FUNCTION = /\b(always|failure|cancelled)\(\)/

/** Every mapping in a parsed YAML value that has `key`. */
function nodesWithKey(value: unknown, key: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = []
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit)
    if (!node || typeof node !== 'object') return
    if (key in node) found.push(node as Record<string, unknown>)
    Object.values(node).forEach(visit)
  }
  visit(value)
  return found
}

/** A mapping of job ids to jobs, as a fragment of `jobs:` shows them. */
function isJobs(value: unknown): boolean {
  return Boolean(
    value && typeof value === 'object' && !Array.isArray(value) && Object.values(value).every((job) => job && typeof job === 'object' && 'runs-on' in job)
  )
}

/** The expressions of a parsed workflow: every `${{ … }}`, and each `if:` (which may leave the braces out). */
function expressionsIn(value: unknown): string[] {
  const expressions: string[] = []
  const visit = (node: unknown, key?: string) => {
    if (Array.isArray(node)) return node.forEach((item) => visit(item))
    if (node && typeof node === 'object') return Object.entries(node).forEach(([name, child]) => visit(child, name))
    if (typeof node !== 'string') return
    const braced = [...node.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((match) => match[1])
    expect(node.split('${{').length - 1, `an unclosed \${{ in: ${node}`).toBe(braced.length)
    expressions.push(...braced)
    if (key === 'if' && !braced.length) expressions.push(node)
  }
  visit(value)
  return expressions
}

/** Parentheses that close in order, outside string literals, and string literals that end. */
function isBalanced(expression: string): boolean {
  let depth = 0
  let quoted = false
  for (const character of expression) {
    if (character === "'") quoted = !quoted
    else if (!quoted && character === '(') depth++
    else if (!quoted && character === ')' && --depth < 0) return false
  }
  return depth === 0 && !quoted
}

/** The README and the developer pages beside it. */
const markdownPages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`)
]

const readme = read('README.md')
const sections = markdownSections(readme)

describe('action.yml', () => {
  it('runs dist/index.js on the Node version of .node-version and package.json', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
    expect(`node${read('.node-version').trim()}`).toBe(action.runs.using)
    expect(JSON.parse(read('package.json')).engines.node).toBe(`>=${read('.node-version').trim()}`)
  })

  it('has a name, a description and branding for the Marketplace', () => {
    expect(action.name).toBeTruthy()
    expect(action.description.length).toBeLessThanOrEqual(125)
    expect(action.branding).toEqual({ icon: expect.any(String), color: expect.any(String) })
  })

  it('describes every input and output', () => {
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description, `input ${name}`).toBeTruthy()
      expect(name, 'inputs are kebab-case').toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      // The runner passes every default as a string; a YAML number or boolean is a different value.
      if (input.default !== undefined) expect(typeof input.default, `default of ${name}`).toBe('string')
    }
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, `output ${name}`).toBeTruthy()
  })
})

describe('README', () => {
  it('lists every input of action.yml, and only those, with the same default', () => {
    const rows = namedRows(sections.get('Inputs') ?? [])
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.inputs).sort())
    for (const [name, input] of Object.entries(action.inputs)) {
      const shown = rows.get(name)![0]
      // The rule for the default column: `value` first when action.yml has one, "empty" for '',
      // "required" for a required input without a default. Details may follow in parentheses.
      const expected = input.default === undefined ? (input.required ? 'required' : 'empty') : input.default === '' ? 'empty' : `\`${input.default}\``
      expect(shown.startsWith(expected), `README default of \`${name}\` is "${shown}"; action.yml says ${expected}`).toBe(true)
    }
  })

  it('lists every output of action.yml, and only those', () => {
    const rows = namedRows(sections.get('Outputs') ?? [])
    expect([...rows.keys()].sort()).toEqual(Object.keys(action.outputs).sort())
  })

  it('has the sections a newcomer looks for', () => {
    for (const heading of ['Quick start', 'Gmail App Password', 'Examples', 'Inputs', 'Outputs', 'Error codes', 'Troubleshooting', 'Development']) {
      expect([...sections.keys()], heading).toContain(heading)
    }
  })

  it('links the developer pages in docs/, and keeps the set-up commands and `npm start`', () => {
    for (const page of ['docs/development.md', 'docs/performance.md']) expect(readme, `README links ${page}`).toContain(`](${page})`)
    // The two set-up commands and `npm start` stay in the README.
    expect(sections.get('Development')?.join('\n')).toContain('`npm start`')
    expect(readme).toMatch(/^```sh\nnpm ci\nnpm test\n```$/m)
  })

  it.each(markdownPages)('links in %s lead to a file and a heading that exist', (page) => {
    const links = [...proseOf(read(page)).matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]).filter((link) => !/^[a-z][a-z0-9+.-]*:/i.test(link))
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) {
      const [path, anchor] = link.split('#')
      const target = path ? normalize(join(dirname(page), path)) : page
      expect(existsSync(join(root, target)), `${page} links ${link}: no file ${target}`).toBe(true)
      if (anchor !== undefined) expect([...headingAnchors(read(target))], `${page} links ${link}`).toContain(anchor)
    }
  })

  it('examples are valid YAML and pass only inputs that exist', () => {
    const examples = yamlExamples(readme)
    const steps = examples.flatMap((example) => stepsUsingThisAction(example.value, (uses) => !uses.startsWith('actions/')))
    expect(steps.length).toBeGreaterThan(0)
    for (const inputs of steps) {
      for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs), `README example passes \`${name}\``).toContain(name)
    }
    // Examples that show only `with:` lines pass inputs too.
    for (const { value } of examples) {
      const withOnly =
        value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === 'with' ? (value as { with: object }).with : undefined
      for (const name of Object.keys(withOnly ?? {})) expect(Object.keys(action.inputs), `README example passes \`${name}\``).toContain(name)
    }
  })
})

describe('README examples as workflows', () => {
  const examples = yamlExamples(readme)
  const isThisAction = (uses: unknown) => typeof uses === 'string' && !uses.startsWith('actions/')

  it('the Quick start is a whole workflow: `permissions:`, a job, and the step with a status function and the secret', () => {
    const start = readme.indexOf('## Quick start\n')
    const [first] = yamlExamples(readme.slice(start, readme.indexOf('\n## ', start + 1)))
    const workflow = first.value as { on?: unknown; permissions?: unknown; jobs?: Record<string, { steps?: Record<string, unknown>[] }> }
    expect(workflow.on).toBeTruthy()
    expect(workflow.permissions).toEqual(QUICK_START_PERMISSIONS)
    const steps = Object.values(workflow.jobs ?? {}).flatMap((job) => job.steps ?? [])
    const step = steps.find((candidate) => isThisAction(candidate.uses))!
    expect(steps.indexOf(step), 'the step comes last in its job').toBe(steps.length - 1)
    expect(step.if).toMatch(/^failure\(\) && /)
    // Runs without repository secrets are skipped: forks' pull requests and Dependabot's.
    expect(step.if).toContain("github.actor != 'dependabot[bot]'")
    expect(step.if).toContain('github.event.pull_request.head.repo.full_name == github.repository')
    expect(step.with).toMatchObject({ password: '${{ secrets.GMAIL_APP_PASSWORD }}' })
  })

  it('every `permissions:` block grants what the action reads, as the Quick start does', () => {
    const blocks = examples.flatMap(({ value }) => nodesWithKey(value, 'permissions').map((node) => node.permissions))
    expect(blocks.length).toBeGreaterThan(3)
    for (const block of blocks) expect(block).toEqual(QUICK_START_PERMISSIONS)
  })

  it.each(examples.map((example) => [example.text.split('\n')[0], example] as const))(
    'example %# (%s…) is valid workflow syntax',
    (_first, { text, value }) => {
      const where = `README example:\n${text}`
      const jobs =
        (value as { jobs?: Record<string, Record<string, unknown>> }).jobs ?? (isJobs(value) ? (value as Record<string, Record<string, unknown>>) : undefined)
      for (const [id, job] of Object.entries(jobs ?? {})) {
        expect(job['runs-on'], `${where}\njobs.${id}.runs-on`).toBeTruthy()
        expect((job.steps as unknown[] | undefined)?.length, `${where}\njobs.${id}.steps`).toBeGreaterThan(0)
        // A job fragment (no `jobs:`) waits for jobs the text leaves out; a whole `jobs:` names them all.
        if ((value as { jobs?: unknown }).jobs)
          for (const need of [job.needs ?? []].flat()) expect(Object.keys(jobs!), `${where}\nneeds ${need}`).toContain(need)
        if (job.needs && job.steps && (job.steps as Record<string, unknown>[]).some((step) => isThisAction(step.uses)))
          expect(job.if, `${where}\na final job runs whatever its needs did`).toMatch(STATUS_FUNCTION)
      }
      const steps = nodesWithKey(value, 'uses').concat(nodesWithKey(value, 'run'))
      const ids = new Set(steps.map((step) => step.id).filter(Boolean))
      for (const step of steps) {
        expect(Boolean(step.uses) !== Boolean(step.run), `${where}\na step has either uses or run`).toBe(true)
        // Without a status function GitHub adds success(), and the step would not run after a failure.
        if (isThisAction(step.uses) && step.if !== undefined) expect(step.if, where).toMatch(STATUS_FUNCTION)
      }
      for (const expression of expressionsIn(value)) {
        expect(isBalanced(expression), `${where}\nexpression: ${expression}`).toBe(true)
        for (const [, name] of expression.matchAll(/\bsecrets\.([\w-]+)/g)) expect(name, `${where}\nsecret name`).toMatch(/^(?!GITHUB_)[A-Z_][A-Z0-9_]*$/)
        for (const [, id] of expression.matchAll(/\bsteps\.([\w-]+)\./g)) expect([...ids], `${where}\nsteps.${id}`).toContain(id)
      }
    }
  )
})

describe('docs/development.md', () => {
  it('names every module of src/ in its layout, each with its role, and none that is gone', () => {
    const rows = namedRows(markdownSections(read('docs/development.md')).get('Layout') ?? [])
    const modules = readdirSync(join(root, 'src'))
      .filter((file) => file.endsWith('.ts'))
      .map((file) => `src/${file}`)
    expect([...rows.keys()].sort()).toEqual(modules.sort())
    for (const [module, [role]] of rows) expect(role, module).toMatch(/\w{3}/)
  })
})

describe('the project workflows (.github/workflows)', () => {
  const dir = join(root, '.github', 'workflows')
  const files = existsSync(dir) ? readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)) : []

  it('exist: test, check-dist and one that runs the action with `uses: ./`', () => {
    expect(files.length).toBeGreaterThanOrEqual(3)
    const all = files.map((file) => readFileSync(join(dir, file), 'utf8')).join('\n')
    expect(all).toContain('npm test')
    expect(all).toMatch(/uses: \.\/\s*$/m)
  })

  it.each(files)('%s is a valid workflow whose `uses: ./` steps pass only real inputs', (file) => {
    const workflow = parseYaml(readFileSync(join(dir, file), 'utf8'), file) as {
      on?: unknown
      jobs?: Record<string, { 'runs-on'?: unknown; steps?: Record<string, unknown>[] }>
    }
    expect(workflow.on, `${file}: on`).toBeTruthy()
    expect(Object.keys(workflow.jobs ?? {}).length, `${file}: jobs`).toBeGreaterThan(0)
    for (const [id, job] of Object.entries(workflow.jobs ?? {})) {
      expect(job['runs-on'], `${file}: jobs.${id}.runs-on`).toBeTruthy()
      expect(job.steps?.length, `${file}: jobs.${id}.steps`).toBeGreaterThan(0)
      for (const step of job.steps ?? []) expect(Boolean(step.uses) !== Boolean(step.run), `${file}: jobs.${id}: a step has either uses or run`).toBe(true)
    }
    for (const inputs of stepsUsingThisAction(workflow, (uses) => uses === './')) {
      for (const name of Object.keys(inputs)) expect(Object.keys(action.inputs), `${file} passes \`${name}\``).toContain(name)
      for (const [name, input] of Object.entries(action.inputs)) {
        if (input.required) expect(inputs, `${file} must pass the required input \`${name}\``).toHaveProperty([name])
      }
    }
  })
})
