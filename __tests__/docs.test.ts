import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
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

/** The README outside fenced code blocks, split into `## ` sections by heading. */
function readmeSections(markdown: string): Map<string, string[]> {
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

const readme = read('README.md')
const sections = readmeSections(readme)

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
    for (const heading of [
      'Quick start',
      'Gmail App Password',
      'Examples',
      'Inputs',
      'Outputs',
      'Error codes',
      'Troubleshooting',
      'Performance',
      'Development'
    ]) {
      expect([...sections.keys()], heading).toContain(heading)
    }
  })

  it('links within the README lead to a heading', () => {
    const anchors = headingAnchors(readme)
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1])
    expect(links.length).toBeGreaterThan(0)
    for (const link of links) expect([...anchors], `README link #${link}`).toContain(link)
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
