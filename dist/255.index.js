export const id = 255;
export const ids = [255];
export const modules = {

/***/ 8255:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MAX_MARKDOWN_NESTING: () => (/* binding */ MAX_MARKDOWN_NESTING),
/* harmony export */   checkBody: () => (/* binding */ checkBody),
/* harmony export */   renderCustomBody: () => (/* binding */ renderCustomBody)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _compose_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9763);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _language_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2497);
/* harmony import */ var _printable_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5260);
/* harmony import */ var _template_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(5237);






// A custom `body` or `body-file`: Markdown rendered for mail with marked, with the sections
// (the failed jobs, the failed tests) where its placeholders stand. Loaded only for a custom
// body: the generated notification needs none of it.
const WORDS = (0,_language_js__WEBPACK_IMPORTED_MODULE_5__/* .defineWords */ .Pw)('body', {
    /** A custom body whose Markdown nests deeper than marked can be trusted with. */
    nestedTooDeeply: {
        en: (input, levels) => ({
            problem: `nests quotes, lists, emphasis or links more than ${levels} levels deep`,
            fix: `Nest quotes (\`>\`), lists and emphasis at most ${levels} levels deep in \`${input}\`; put text that is not meant as Markdown in a code block.`
        }),
        ko: (input, levels) => ({
            problem: `\uc778\uc6a9, \ubaa9\ub85d, \uac15\uc870, \ub9c1\ud06c\uac00 ${levels}\ub2e8\uacc4\ubcf4\ub2e4 \uae4a\uac8c \uc911\ucca9\ub418\uc5b4 \uc788\uc2b5\ub2c8\ub2e4`,
            fix: `\`${input}\`\uc5d0\uc11c \uc778\uc6a9(\`>\`), \ubaa9\ub85d, \uac15\uc870\ub294 ${levels}\ub2e8\uacc4\uae4c\uc9c0\ub9cc \uc911\ucca9\ud558\uc138\uc694. Markdown\uc73c\ub85c \uc77d\ud788\uba74 \uc548 \ub418\ub294 \ud14d\uc2a4\ud2b8\ub294 \ucf54\ub4dc \ube14\ub85d\uc5d0 \ub123\uc73c\uc138\uc694.`
        })
    },
    /** A custom body marked could not render; `why` is marked's own message. */
    unrenderable: {
        en: (input, why) => ({
            problem: `is Markdown that could not be rendered (${why})`,
            fix: `Simplify the Markdown in \`${input}\`, or put text that is not meant as Markdown in a code block.`
        }),
        ko: (input, why) => ({
            problem: `\ub80c\ub354\ub9c1\ud560 \uc218 \uc5c6\ub294 Markdown\uc785\ub2c8\ub2e4(${why})`,
            fix: `\`${input}\`\uc758 Markdown\uc744 \ub2e8\uc21c\ud558\uac8c \uace0\uce58\uac70\ub098, Markdown\uc73c\ub85c \uc77d\ud788\uba74 \uc548 \ub418\ub294 \ud14d\uc2a4\ud2b8\ub294 \ucf54\ub4dc \ube14\ub85d\uc5d0 \ub123\uc73c\uc138\uc694.`
        })
    }
});
/** `html`, which marked's own renderer made for one element, with a style on that element's opening tag. */
function withStyle(html, tag, style) {
    return html.startsWith(`<${tag}`) ? `<${tag} style="${style}"${html.slice(tag.length + 1)}` : html;
}
/**
 * marked with renderer hooks for mail: the inline styles a mail client needs (it ignores
 * style sheets), and links only to http, https and mailto URLs (isLinkable); any other
 * link of the body, its own or one filled in from a placeholder, is shown as its text.
 */
function markedForMail(marked, sections) {
    const builtIn = marked.Renderer.prototype;
    const renderer = {
        link({ href, title, tokens }) {
            const text = this.parser.parseInline(tokens);
            if (!(0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .isLinkable */ .n1)(href))
                return text;
            // As marked's own renderer does: non-ASCII and spaces percent-encoded, `%` left alone.
            let encoded;
            try {
                encoded = encodeURI(href).replace(/%25/g, '%');
            }
            catch {
                return text;
            }
            return `<a href="${(0,_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(encoded)}"${title ? ` title="${(0,_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(title)}"` : ''} style="${_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .LINK_STYLE */ .RF}">${text}</a>`;
        },
        code(token) {
            return withStyle(builtIn.code.call(this, token), 'pre', _compose_js__WEBPACK_IMPORTED_MODULE_1__/* .PRE_STYLE */ .sl);
        },
        blockquote(token) {
            if (sections.showNothing(token.tokens))
                return '';
            return withStyle(builtIn.blockquote.call(this, token), 'blockquote', `margin:0;padding:0 12px;border-left:4px solid ${_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .COLOURS */ .O5.border};${_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .MUTED */ .gN}`);
        },
        listitem(item) {
            // False: marked's own rendering.
            return sections.showNothing(item.tokens) ? '' : false;
        },
        table(token) {
            return withStyle(builtIn.table.call(this, token), 'table', 'border-collapse:collapse');
        },
        tablecell(token) {
            return withStyle(builtIn.tablecell.call(this, token), token.header ? 'th' : 'td', `border:1px solid ${_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .COLOURS */ .O5.border};padding:4px 8px`);
        }
    };
    // Without a section placed, marked needs neither the extension nor the walk through the tokens.
    if (!sections.placed.size)
        return new marked.Marked({ gfm: true, renderer, hooks: { provideLexer: () => boundedLexer(marked) } });
    return new marked.Marked({
        gfm: true,
        renderer,
        extensions: [sections.extension()],
        hooks: {
            provideLexer: () => boundedLexer(marked),
            processAllTokens: (tokens) => {
                sections.locate(tokens);
                return tokens;
            }
        }
    });
}
/** A section placeholder that a body places where its heading and list cannot go; made an InputError by renderBody. */
class MisplacedSection extends Error {
    section;
    where;
    constructor(section, where) {
        super(`{{ ${section} }} ${where}`);
        this.section = section;
        this.where = where;
    }
}
const childTokens = (token) => ('tokens' in token ? token.tokens : undefined);
/** Where in a block of the body's Markdown (not a section, a quote, a list nor code) a marker stands. */
function misplacement(token, marker) {
    if (token.type === 'heading')
        return 'heading';
    if (token.type === 'table')
        return 'table';
    if (token.type === 'html')
        return 'html';
    const inLink = (tokens) => !!tokens?.some((inline) => ((inline.type === 'link' || inline.type === 'image') && inline.raw.includes(marker)) || inLink(childTokens(inline)));
    return token.type === 'def' || inLink(childTokens(token)) ? 'link' : 'inline';
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
    prefix = `section${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(12).toString('hex')}n`;
    sections;
    /** The sections the body places itself; marked needs the extension only when there are any. */
    placed;
    /** The sections whose marker is a block, by index: found by `locate` while the HTML part is rendered, used by `finishText`. */
    blocks = new Set();
    constructor(sections, body) {
        this.sections = sections;
        this.placed = new Set((0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .placeholdersIn */ .Qf)(body).filter(_template_js__WEBPACK_IMPORTED_MODULE_4__/* .isSection */ .EP));
    }
    /** The sections that follow the body because it does not place them. */
    appended() {
        return _template_js__WEBPACK_IMPORTED_MODULE_4__/* .SECTION_PLACEHOLDERS */ .X6.filter((name) => !this.placed.has(name) && this.sections[name].appendedToBody).map((name) => this.sections[name]);
    }
    /** The value of each section placeholder in the body, before it is rendered. */
    markers() {
        return Object.fromEntries(_template_js__WEBPACK_IMPORTED_MODULE_4__/* .SECTION_PLACEHOLDERS */ .X6.map((name, index) => [name, `${this.prefix}${index}x`]));
    }
    pattern(around, flags = 'g') {
        return new RegExp(`${around[0]}${this.prefix}(\\d+)x${around[1]}`, flags);
    }
    section(index) {
        return this.sections[_template_js__WEBPACK_IMPORTED_MODULE_4__/* .SECTION_PLACEHOLDERS */ .X6[Number(index)]];
    }
    /** marked's tokenizer and renderer for a marker that stands as a block. */
    extension() {
        const block = this.pattern(['^ {0,3}', '[ \\t]*(?:\\n+|$)'], '');
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
                const blankLine = /\n[ \t]*(?:\n|$)/.exec(src);
                const paragraph = blankLine ? src.slice(0, blankLine.index) : src;
                for (let at = paragraph.indexOf(this.prefix); at >= 0; at = paragraph.indexOf(this.prefix, at + 1)) {
                    let lineStart = at;
                    while (lineStart > 0 && at - lineStart < 3 && src[lineStart - 1] === ' ')
                        lineStart--;
                    if (lineStart > 0 && src[lineStart - 1] === '\n')
                        return lineStart;
                }
                return undefined;
            },
            tokenizer: (src) => {
                const found = block.exec(src);
                return found ? { type: 'section', raw: found[0], index: found[1] } : undefined;
            },
            renderer: (token) => this.section(String(token.index)).html
        };
    }
    /**
     * Notes the markers that marked read as blocks, in the body's blocks, quotes and list
     * items, and throws MisplacedSection for the first one that is neither a block nor in a
     * code block.
     */
    locate(tokens) {
        for (const token of tokens) {
            if (token.type === 'section')
                this.blocks.add(Number(token.index));
            else if (token.type === 'blockquote')
                this.locate(token.tokens);
            else if (token.type === 'list')
                for (const item of token.items)
                    this.locate(item.tokens);
            else if (token.type !== 'code') {
                const marker = this.pattern(['', ''], '').exec(token.raw);
                if (marker)
                    throw new MisplacedSection(_template_js__WEBPACK_IMPORTED_MODULE_4__/* .SECTION_PLACEHOLDERS */ .X6[Number(marker[1])], misplacement(token, marker[0]));
            }
        }
    }
    /** True when blocks of a list item or quote are only sections with nothing to show: the item or quote goes too. */
    showNothing(tokens) {
        return (tokens.some((token) => token.type === 'section') &&
            tokens.every((token) => token.type === 'space' || (token.type === 'section' && !this.section(String(token.index)).html)));
    }
    /** The rendered HTML with the markers in code blocks replaced by their section's text. */
    finishHtml(html) {
        return html.replace(this.pattern(['', '']), (_marker, index) => (0,_compose_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(this.section(index).text));
    }
    /** The text part with every marker replaced by its section's text; call after the HTML part was rendered. */
    finishText(text) {
        // A marker alone on its line after any quote marks, list markers and indentation, and the blank lines after it.
        const line = this.pattern(['^([ \\t>*+\\-\\d.)]*)', '[ \\t]*(\\n(?:[ \\t]*\\n)*|$)'], 'gm');
        return text
            .replace(line, (_whole, lead, index, after) => {
            const section = this.section(index).text;
            // Not a block: in a code block, where an empty section leaves its line.
            const block = this.blocks.has(Number(index));
            if (!section && block)
                return '';
            // The quote marks and the indent (an indented code block's too) stay on every line,
            // the list markers become as many spaces.
            const continuation = lead.replace(/[*+-]|\d+[.)]/g, (marker) => ' '.repeat(marker.length));
            const lines = section.split('\n').map((text, at) => (at === 0 ? lead : text ? continuation : continuation.trimEnd()) + text);
            return `${lines.join('\n')}${after}`;
        })
            .replace(this.pattern(['', '']), (_marker, index) => this.section(index).text);
    }
}
/**
 * How deeply a Markdown body may nest (quotes, lists, emphasis, links in one another).
 * marked parses nesting by recursion and runs out of stack some thousand levels down,
 * after seconds of work; no message needs more than a few levels, so a deeper body is
 * refused as soon as the limit is passed.
 */
const MAX_MARKDOWN_NESTING = 100;
class NestedTooDeeply extends Error {
}
/**
 * marked's lexer, counting how deeply its block and inline tokenizers call into each
 * other (a quote's or a list item's content, emphasis or a link's text), and stopping at
 * MAX_MARKDOWN_NESTING.
 */
function boundedLexer(marked) {
    return (src, options) => {
        const lexer = new marked.Lexer(options);
        let depth = 0;
        const bounded = (tokenize) => ((...args) => {
            if (++depth > MAX_MARKDOWN_NESTING)
                throw new NestedTooDeeply();
            try {
                return tokenize(...args);
            }
            finally {
                depth--;
            }
        });
        lexer.blockTokens = bounded(lexer.blockTokens.bind(lexer));
        lexer.inlineTokens = bounded(lexer.inlineTokens.bind(lexer));
        return lexer.lex(src);
    };
}
let markedModule;
function bodySource(settings) {
    return settings.bodyFile ? { input: 'body-file', path: (0,_printable_js__WEBPACK_IMPORTED_MODULE_3__/* .escapeForOneLine */ .VW)(settings.bodyFile) } : { input: 'body' };
}
/**
 * The body's HTML: the template with its values escaped for Markdown and its sections
 * placed, rendered; or an InputError naming the body's input when it cannot be (its
 * Markdown, or a section placed where it cannot go).
 */
async function renderBody(body, values, sections, source) {
    // Loaded only for a Markdown body: evaluating marked costs about as much as the rest of
    // the action's start-up, and the generated notification does not need it.
    markedModule ??= __webpack_require__.e(/* import() */ 22).then(__webpack_require__.bind(__webpack_require__, 8022));
    const marked = markedForMail(await markedModule, sections);
    const markdown = (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTemplate */ .Xm)(body, { ...values, ...sections.markers() }, (value, name) => ((0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .isSection */ .EP)(name) ? value : (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .markdownValue */ .dI)(value, name)));
    try {
        return sections.finishHtml(marked.parse(markdown, { async: false }));
    }
    catch (error) {
        throw unrenderable(error, source, body);
    }
}
/**
 * A value for every placeholder that is not a section, for checkBody: like any value once
 * escaped, inline text without a line break; and never empty, so that a placeholder on the
 * line of a section counts as text beside it, as it does in any run where it has a value.
 */
const STAND_INS = Object.fromEntries(Object.keys(_template_js__WEBPACK_IMPORTED_MODULE_4__/* .PLACEHOLDERS */ .je)
    .filter((name) => !(0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .isSection */ .EP)(name))
    .map((name) => [name, 'x']));
const NO_SECTIONS = Object.fromEntries(_template_js__WEBPACK_IMPORTED_MODULE_4__/* .SECTION_PLACEHOLDERS */ .X6.map((name) => [name, { ..._compose_js__WEBPACK_IMPORTED_MODULE_1__/* .EMPTY_SECTION */ .i$, appendedToBody: false }]));
/**
 * Fails with the InputError a send would meet when the body cannot be rendered (its
 * Markdown, or a section placeholder where its heading and list cannot go), so that it is
 * found before any connection is opened. Values and sections do not change where the body's
 * blocks are, so the body rendered with stand-ins decides it.
 */
async function checkBody(body, settings) {
    await renderBody(body, STAND_INS, new BodySections(NO_SECTIONS, body), bodySource(settings));
}
function unrenderable(error, { input, path }, body) {
    if (error instanceof MisplacedSection)
        return (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .misplacedSectionError */ .Aw)(input, path, body, error.section, error.where);
    if (error instanceof NestedTooDeeply)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.nestedTooDeeply(input, MAX_MARKDOWN_NESTING));
    const why = String(error?.message ?? error).split('\n')[0];
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .inputErrorIn */ .Az)(input, WORDS, (words) => words.unrenderable(input, why));
}
/**
 * The parts of a custom body: the text part and the HTML content, with the sections it places
 * where it places them and those it does not place after it.
 */
async function renderCustomBody(body, values, sections, settings) {
    const bodySections = new BodySections(sections, body);
    const appended = bodySections.appended();
    const html = await renderBody(body, values, bodySections, bodySource(settings));
    // After the HTML part: which sections are blocks is known from rendering it.
    const plain = (0,_template_js__WEBPACK_IMPORTED_MODULE_4__/* .renderTemplate */ .Xm)(body, { ...values, ...bodySections.markers() }, (value) => value);
    // The body as written may start with blank lines (the input is not trimmed); the text part does not.
    const text = [
        bodySections
            .finishText(plain)
            .replace(/^(?:[ \t]*\n)+/, '')
            .trimEnd(),
        ...appended.map((s) => s.text)
    ]
        .filter(Boolean)
        .join('\n\n');
    return { text: `${text}\n`, content: `<div style="font-size:14px;line-height:1.5">${html}</div>${appended.map((s) => s.html).join('')}` };
}


/***/ })

};
