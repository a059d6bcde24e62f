import { randomBytes } from 'node:crypto'
import type * as MarkedModule from 'marked'
import type { Marked, RendererObject, Token, Tokens, TokenizerAndRendererExtension } from 'marked'
import { COLOURS, EMPTY_SECTION, escapeHtml, LINK_STYLE, MUTED, PRE_STYLE, type Section } from './compose.ts'
import { inputErrorIn, type InputError, type InputProblem } from './errors.ts'
import { defineWords } from './language.ts'
import { escapeForOneLine } from './printable.ts'
import type { Settings } from './settings.ts'
import {
  isLinkable,
  isSection,
  markdownValue,
  misplacedSectionError,
  PLACEHOLDERS,
  placeholdersIn,
  renderTemplate,
  SECTION_PLACEHOLDERS,
  type SectionMisplacement,
  type SectionName,
  type TemplateValues
} from './template.ts'

// A custom `body` or `body-file`: Markdown rendered for mail with marked, with the sections
// (the failed jobs, the failed tests) where its placeholders stand. Loaded only for a custom
// body: the generated notification needs none of it.

const WORDS = defineWords('body', {
  /** A custom body whose Markdown nests deeper than marked can be trusted with. */
  nestedTooDeeply: {
    en: (input: string, levels: number): InputProblem => ({
      problem: `nests quotes, lists, emphasis or links more than ${levels} levels deep`,
      fix: `Nest quotes (\`>\`), lists and emphasis at most ${levels} levels deep in \`${input}\`; put text that is not meant as Markdown in a code block.`
    }),
    ko: (input: string, levels: number): InputProblem => ({
      problem: `인용, 목록, 강조, 링크가 ${levels}단계보다 깊게 중첩되어 있습니다`,
      fix: `\`${input}\`에서 인용(\`>\`), 목록, 강조는 ${levels}단계까지만 중첩하세요. Markdown으로 읽히면 안 되는 텍스트는 코드 블록에 넣으세요.`
    })
  },
  /** A custom body marked could not render; `why` is marked's own message. */
  unrenderable: {
    en: (input: string, why: string): InputProblem => ({
      problem: `is Markdown that could not be rendered (${why})`,
      fix: `Simplify the Markdown in \`${input}\`, or put text that is not meant as Markdown in a code block.`
    }),
    ko: (input: string, why: string): InputProblem => ({
      problem: `렌더링할 수 없는 Markdown입니다(${why})`,
      fix: `\`${input}\`의 Markdown을 단순하게 고치거나, Markdown으로 읽히면 안 되는 텍스트는 코드 블록에 넣으세요.`
    })
  }
})

/** `html`, which marked's own renderer made for one element, with a style on that element's opening tag. */
function withStyle(html: string, tag: string, style: string): string {
  return html.startsWith(`<${tag}`) ? `<${tag} style="${style}"${html.slice(tag.length + 1)}` : html
}

/**
 * marked with renderer hooks for mail: the inline styles a mail client needs (it ignores
 * style sheets), and links only to http, https and mailto URLs (isLinkable); any other
 * link of the body, its own or one filled in from a placeholder, is shown as its text.
 */
function markedForMail(marked: typeof MarkedModule, sections: BodySections): Marked {
  const builtIn = marked.Renderer.prototype
  const renderer: RendererObject = {
    link({ href, title, tokens }) {
      const text = this.parser.parseInline(tokens)
      if (!isLinkable(href)) return text
      // As marked's own renderer does: non-ASCII and spaces percent-encoded, `%` left alone.
      let encoded: string
      try {
        encoded = encodeURI(href).replace(/%25/g, '%')
      } catch {
        return text
      }
      return `<a href="${escapeHtml(encoded)}"${title ? ` title="${escapeHtml(title)}"` : ''} style="${LINK_STYLE}">${text}</a>`
    },
    code(token) {
      return withStyle(builtIn.code.call(this, token), 'pre', PRE_STYLE)
    },
    blockquote(token) {
      if (sections.showNothing(token.tokens)) return ''
      return withStyle(builtIn.blockquote.call(this, token), 'blockquote', `margin:0;padding:0 12px;border-left:4px solid ${COLOURS.border};${MUTED}`)
    },
    listitem(item) {
      // False: marked's own rendering.
      return sections.showNothing(item.tokens) ? '' : false
    },
    table(token) {
      return withStyle(builtIn.table.call(this, token), 'table', 'border-collapse:collapse')
    },
    tablecell(token) {
      return withStyle(builtIn.tablecell.call(this, token), token.header ? 'th' : 'td', `border:1px solid ${COLOURS.border};padding:4px 8px`)
    }
  }
  // Without a section placed, marked needs neither the extension nor the walk through the tokens.
  if (!sections.placed.size) return new marked.Marked({ gfm: true, renderer, hooks: { provideLexer: () => boundedLexer(marked) } })
  return new marked.Marked({
    gfm: true,
    renderer,
    extensions: [sections.extension()],
    hooks: {
      provideLexer: () => boundedLexer(marked),
      processAllTokens: (tokens) => {
        sections.locate(tokens)
        return tokens
      }
    }
  })
}

/** A section placeholder that a body places where its heading and list cannot go; made an InputError by renderBody. */
class MisplacedSection extends Error {
  readonly section: SectionName
  readonly where: SectionMisplacement

  constructor(section: SectionName, where: SectionMisplacement) {
    super(`{{ ${section} }} ${where}`)
    this.section = section
    this.where = where
  }
}

const childTokens = (token: Token): Token[] | undefined => ('tokens' in token ? token.tokens : undefined)

/** Where in a block of the body's Markdown (not a section, a quote, a list nor code) a marker stands. */
function misplacement(token: Token, marker: string): SectionMisplacement {
  if (token.type === 'heading') return 'heading'
  if (token.type === 'table') return 'table'
  if (token.type === 'html') return 'html'
  const inLink = (tokens: Token[] | undefined): boolean =>
    !!tokens?.some((inline) => ((inline.type === 'link' || inline.type === 'image') && inline.raw.includes(marker)) || inLink(childTokens(inline)))
  return token.type === 'def' || inLink(childTokens(token)) ? 'link' : 'inline'
}

/**
 * How a custom body holds its sections. Each section placeholder is filled with a marker:
 * letters and digits, which Markdown leaves alone, with a random part that neither the body
 * nor a value from the event can contain. Then:
 * - HTML part: a marker on a line of its own becomes the section's HTML (a block extension
 *   of marked's, so inside a list item or a quote too); in a code block, the section's text,
 *   escaped. Anywhere else (in a sentence, a heading, a table, a link, HTML) a heading and a
 *   list cannot go, and the text would be a wall of it in a paragraph: the body is refused
 *   (MisplacedSection), before any connection by checkBody.
 * - Text part: a marker that is a block becomes the section's text, its lines after the first
 *   under the quote marks and list indentation of the marker's line; an empty section's line
 *   goes, with the blank lines after it, as its list item or quote goes from the HTML part.
 *   In a code block, the text where the marker stands.
 */
class BodySections {
  private readonly prefix = `section${randomBytes(12).toString('hex')}n`
  private readonly sections: Record<SectionName, Section>
  /** The sections the body places itself; marked needs the extension only when there are any. */
  readonly placed: ReadonlySet<SectionName>
  /** The sections whose marker is a block, by index: found by `locate` while the HTML part is rendered, used by `finishText`. */
  private readonly blocks = new Set<number>()

  constructor(sections: Record<SectionName, Section>, body: string) {
    this.sections = sections
    this.placed = new Set(placeholdersIn(body).filter(isSection))
  }

  /** The sections that follow the body because it does not place them. */
  appended(): Section[] {
    return SECTION_PLACEHOLDERS.filter((name) => !this.placed.has(name) && this.sections[name].appendedToBody).map((name) => this.sections[name])
  }

  /** The value of each section placeholder in the body, before it is rendered. */
  markers(): Record<SectionName, string> {
    return Object.fromEntries(SECTION_PLACEHOLDERS.map((name, index) => [name, `${this.prefix}${index}x`])) as Record<SectionName, string>
  }

  private pattern(around: [string, string], flags = 'g'): RegExp {
    return new RegExp(`${around[0]}${this.prefix}(\\d+)x${around[1]}`, flags)
  }

  private section(index: string | number): Section {
    return this.sections[SECTION_PLACEHOLDERS[Number(index)]]
  }

  /** marked's tokenizer and renderer for a marker that stands as a block. */
  extension(): TokenizerAndRendererExtension {
    const block = this.pattern(['^ {0,3}', '[ \\t]*(?:\\n+|$)'], '')
    return {
      name: 'section',
      level: 'block',
      // Where a paragraph must end, so that a marker right under a line of text is a block too:
      // the start of a marker's line when only up to 3 spaces come before it on that line. If
      // more follows it on the line, the tokenizer declines and marked joins the paragraph up
      // again. marked asks this before every paragraph with the rest of the body, so it looks
      // no further than the first blank line, where the paragraph ends anyway: a long body
      // would otherwise be searched to its end once per paragraph. It is asked with the
      // paragraph from its second character on: the start of `src` is never a line's start.
      start: (src) => {
        const blankLine = /\n[ \t]*(?:\n|$)/.exec(src)
        const paragraph = blankLine ? src.slice(0, blankLine.index) : src
        for (let at = paragraph.indexOf(this.prefix); at >= 0; at = paragraph.indexOf(this.prefix, at + 1)) {
          let lineStart = at
          while (lineStart > 0 && at - lineStart < 3 && src[lineStart - 1] === ' ') lineStart--
          if (lineStart > 0 && src[lineStart - 1] === '\n') return lineStart
        }
        return undefined
      },
      tokenizer: (src) => {
        const found = block.exec(src)
        return found ? { type: 'section', raw: found[0], index: found[1] } : undefined
      },
      renderer: (token) => this.section(String(token.index)).html
    }
  }

  /**
   * Notes the markers that marked read as blocks, in the body's blocks, quotes and list
   * items, and throws MisplacedSection for the first one that is neither a block nor in a
   * code block.
   */
  locate(tokens: Token[]): void {
    for (const token of tokens) {
      if (token.type === 'section') this.blocks.add(Number(token.index))
      else if (token.type === 'blockquote') this.locate((token as Tokens.Blockquote).tokens)
      else if (token.type === 'list') for (const item of (token as Tokens.List).items) this.locate(item.tokens)
      else if (token.type !== 'code') {
        const marker = this.pattern(['', ''], '').exec(token.raw)
        if (marker) throw new MisplacedSection(SECTION_PLACEHOLDERS[Number(marker[1])], misplacement(token, marker[0]))
      }
    }
  }

  /** True when blocks of a list item or quote are only sections with nothing to show: the item or quote goes too. */
  showNothing(tokens: Token[]): boolean {
    return (
      tokens.some((token) => token.type === 'section') &&
      tokens.every((token) => token.type === 'space' || (token.type === 'section' && !this.section(String(token.index)).html))
    )
  }

  /** The rendered HTML with the markers in code blocks replaced by their section's text. */
  finishHtml(html: string): string {
    return html.replace(this.pattern(['', '']), (_marker, index: string) => escapeHtml(this.section(index).text))
  }

  /** The text part with every marker replaced by its section's text; call after the HTML part was rendered. */
  finishText(text: string): string {
    // A marker alone on its line after any quote marks, list markers and indentation, and the blank lines after it.
    const line = this.pattern(['^([ \\t>*+\\-\\d.)]*)', '[ \\t]*(\\n(?:[ \\t]*\\n)*|$)'], 'gm')
    return text
      .replace(line, (_whole, lead: string, index: string, after: string) => {
        const section = this.section(index).text
        // Not a block: in a code block, where an empty section leaves its line.
        const block = this.blocks.has(Number(index))
        if (!section && block) return ''
        // The quote marks and the indent (an indented code block's too) stay on every line,
        // the list markers become as many spaces.
        const continuation = lead.replace(/[*+-]|\d+[.)]/g, (marker) => ' '.repeat(marker.length))
        const lines = section.split('\n').map((text, at) => (at === 0 ? lead : text ? continuation : continuation.trimEnd()) + text)
        return `${lines.join('\n')}${after}`
      })
      .replace(this.pattern(['', '']), (_marker, index: string) => this.section(index).text)
  }
}

/**
 * How deeply a Markdown body may nest (quotes, lists, emphasis, links in one another).
 * marked parses nesting by recursion and runs out of stack some thousand levels down,
 * after seconds of work; no message needs more than a few levels, so a deeper body is
 * refused as soon as the limit is passed.
 */
export const MAX_MARKDOWN_NESTING = 100

class NestedTooDeeply extends Error {}

/**
 * marked's lexer, counting how deeply its block and inline tokenizers call into each
 * other (a quote's or a list item's content, emphasis or a link's text), and stopping at
 * MAX_MARKDOWN_NESTING.
 */
function boundedLexer(marked: typeof MarkedModule): typeof marked.Lexer.lex {
  return (src, options) => {
    const lexer = new marked.Lexer(options)
    let depth = 0
    const bounded = <Args extends unknown[], Result>(tokenize: (...args: Args) => Result) =>
      ((...args: Args): Result => {
        if (++depth > MAX_MARKDOWN_NESTING) throw new NestedTooDeeply()
        try {
          return tokenize(...args)
        } finally {
          depth--
        }
      }) as never
    lexer.blockTokens = bounded(lexer.blockTokens.bind(lexer))
    lexer.inlineTokens = bounded(lexer.inlineTokens.bind(lexer))
    return lexer.lex(src)
  }
}

let markedModule: Promise<typeof MarkedModule> | undefined

/** The input a body comes from, and for `body-file` the file as given, printable on one line. */
interface BodySource {
  input: 'body' | 'body-file'
  path?: string
}

function bodySource(settings: Partial<Pick<Settings, 'bodyFile'>>): BodySource {
  return settings.bodyFile ? { input: 'body-file', path: escapeForOneLine(settings.bodyFile) } : { input: 'body' }
}

/**
 * The body's HTML: the template with its values escaped for Markdown and its sections
 * placed, rendered; or an InputError naming the body's input when it cannot be (its
 * Markdown, or a section placed where it cannot go).
 */
async function renderBody(body: string, values: TemplateValues, sections: BodySections, source: BodySource): Promise<string> {
  // Loaded only for a Markdown body: evaluating marked costs about as much as the rest of
  // the action's start-up, and the generated notification does not need it.
  markedModule ??= import('marked')
  const marked = markedForMail(await markedModule, sections)
  const markdown = renderTemplate(body, { ...values, ...sections.markers() }, (value, name) => (isSection(name) ? value : markdownValue(value, name)))
  try {
    return sections.finishHtml(marked.parse(markdown, { async: false }))
  } catch (error) {
    throw unrenderable(error, source, body)
  }
}

/**
 * A value for every placeholder that is not a section, for checkBody: like any value once
 * escaped, inline text without a line break; and never empty, so that a placeholder on the
 * line of a section counts as text beside it, as it does in any run where it has a value.
 */
const STAND_INS = Object.fromEntries(
  Object.keys(PLACEHOLDERS)
    .filter((name) => !isSection(name))
    .map((name) => [name, 'x'])
) as TemplateValues

const NO_SECTIONS = Object.fromEntries(SECTION_PLACEHOLDERS.map((name) => [name, { ...EMPTY_SECTION, appendedToBody: false }])) as Record<SectionName, Section>

/**
 * Fails with the InputError a send would meet when the body cannot be rendered (its
 * Markdown, or a section placeholder where its heading and list cannot go), so that it is
 * found before any connection is opened. Values and sections do not change where the body's
 * blocks are, so the body rendered with stand-ins decides it.
 */
export async function checkBody(body: string, settings: Partial<Pick<Settings, 'bodyFile'>>): Promise<void> {
  await renderBody(body, STAND_INS, new BodySections(NO_SECTIONS, body), bodySource(settings))
}

function unrenderable(error: unknown, { input, path }: BodySource, body: string): InputError {
  if (error instanceof MisplacedSection) return misplacedSectionError(input, path, body, error.section, error.where)
  if (error instanceof NestedTooDeeply) return inputErrorIn(input, WORDS, (words) => words.nestedTooDeeply(input, MAX_MARKDOWN_NESTING))
  const why = String((error as Error)?.message ?? error).split('\n')[0]
  return inputErrorIn(input, WORDS, (words) => words.unrenderable(input, why))
}

/**
 * The parts of a custom body: the text part and the HTML content, with the sections it places
 * where it places them and those it does not place after it.
 */
export async function renderCustomBody(
  body: string,
  values: TemplateValues,
  sections: Record<SectionName, Section>,
  settings: Partial<Pick<Settings, 'bodyFile'>>
): Promise<{ text: string; content: string }> {
  const bodySections = new BodySections(sections, body)
  const appended = bodySections.appended()
  const html = await renderBody(body, values, bodySections, bodySource(settings))
  // After the HTML part: which sections are blocks is known from rendering it.
  const plain = renderTemplate(body, { ...values, ...bodySections.markers() }, (value) => value)
  // The body as written may start with blank lines (the input is not trimmed); the text part does not.
  const text = [
    bodySections
      .finishText(plain)
      .replace(/^(?:[ \t]*\n)+/, '')
      .trimEnd(),
    ...appended.map((s) => s.text)
  ]
    .filter(Boolean)
    .join('\n\n')
  return { text: `${text}\n`, content: `<div style="font-size:14px;line-height:1.5">${html}</div>${appended.map((s) => s.html).join('')}` }
}
