import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import { cancelledDiagnosis } from '../src/cancel.ts'
import { composeMessage, defaultSubject } from '../src/compose.ts'
import { buildRunContext } from '../src/context.ts'
import { diagnose, type ConnectionFacts } from '../src/diagnose.ts'
import { InputError } from '../src/errors.ts'
import { LANGUAGES, WORD_TABLES } from '../src/language.ts'
import { PROVIDERS } from '../src/providers.ts'
import { describeFailure, failureSummary } from '../src/report.ts'
import { parseLanguage, readSettings } from '../src/settings.ts'
import { RUNNER_ENV } from './support/action.ts'
import { BAD_CREDENTIALS } from './support/gmail-replies.ts'

const SRC = join(import.meta.dirname, '..', 'src')
// Every module, so that every table registers itself; not the entry point, which runs the action.
const MODULES = readdirSync(SRC).filter((file) => file.endsWith('.ts') && file !== 'index.ts')
// One at a time: imported all at once, a module that another imports too was at times
// evaluated twice by the test runner, and its table registered twice.
for (const file of MODULES) await import(join(SRC, file))

const HANGUL = /[\uAC00-\uD7A3]/
/** What must read the same in every language: code spans (inputs, YAML), URLs and placeholders. */
// A URL ends before the punctuation of the sentence around it, which differs between languages.
const KEPT = /`[^`]+`|https?:\/\/[^\s)"]*[^\s)".,;:]|\{\{[^}]*\}\}|\{(?:server|username)\}/g

/** Korean entries that are only punctuation around their values, so they need no Hangul. */
const WITHOUT_HANGUL = new Set(['diagnose.addressIn', 'context.upstream', 'report.refusedAddress'])
/** English entries that quote a provider's Korean menus, as the user sees them (Naver, Daum). */
const QUOTING_HANGUL = new Set(['providers.Naver Mail.loginRefused.fix', 'providers.Daum Mail.loginRefused.fix'])

/** The problems of one table: a missing, empty or mismatched text in any language. */
function problemsOf(module: string, table: Record<string, Record<string, unknown>>): string[] {
  const problems: string[] = []
  for (const [key, wording] of Object.entries(table)) {
    const name = `${module}.${key}`
    const english = wording.en
    for (const language of LANGUAGES) {
      const text = wording[language]
      if (typeof text === 'string' ? !text.trim() : typeof text !== 'function') {
        problems.push(`${name}: no ${language} text`)
        continue
      }
      if (typeof text !== typeof english) problems.push(`${name}: the ${language} text is a ${typeof text}, the English one a ${typeof english}`)
      // A function is checked by its source: its fixed words are there.
      const words = String(text)
      if (language === 'en' && HANGUL.test(words) && !QUOTING_HANGUL.has(name)) problems.push(`${name}: the English text has Korean in it`)
      if (language === 'ko' && !HANGUL.test(words) && !WITHOUT_HANGUL.has(name)) problems.push(`${name}: the Korean text has no Korean in it`)
      if (language !== 'en' && typeof text === 'string' && typeof english === 'string') {
        const kept = (value: string) => (value.match(KEPT) ?? []).sort()
        if (JSON.stringify(kept(text)) !== JSON.stringify(kept(english)))
          problems.push(`${name}: the ${language} text changes what stays as it is: ${kept(english).join(' ')} → ${kept(text).join(' ')}`)
      }
    }
  }
  return problems
}

/**
 * Every text of the provider catalogue (src/providers.ts), by where it is, as a table: the
 * catalogue keeps its texts in the shape of a defineWords entry, `{ en, ko }`, beside the
 * patterns that pick them.
 */
function catalogueTexts(): Record<string, Record<string, unknown>> {
  const texts: Record<string, Record<string, unknown>> = {}
  const walk = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null || value instanceof RegExp) return
    if ('en' in value) {
      texts[path] = value as Record<string, unknown>
      return
    }
    for (const [key, inner] of Object.entries(value)) walk(inner, `${path}.${key}`)
  }
  for (const provider of PROVIDERS) walk(provider, provider.name)
  return texts
}

describe('every text in every language', () => {
  it('registers a table for every defineWords in src/', () => {
    const calls = MODULES.flatMap((file) =>
      [...readFileSync(join(SRC, file), 'utf8').matchAll(/^(?:export )?const \w+ = defineWords\('([^']+)'/gm)].map((match) => match[1])
    )
    expect(calls.length).toBeGreaterThan(5)
    expect(WORD_TABLES.map((table) => table.module).sort()).toEqual(calls.sort())
  })

  it.each(WORD_TABLES.map((table) => [table.module, table.table] as const))('%s: each text has every language, not empty', (module, table) => {
    expect(problemsOf(module, table)).toEqual([])
  })

  it('the provider catalogue: each title and fix has every language, with the same inputs, URLs and placeholders', () => {
    expect(problemsOf('providers', catalogueTexts())).toEqual([])
    expect(Object.keys(catalogueTexts()).length).toBeGreaterThan(50)
  })

  it('the check fails on a missing, empty or untranslated text, and on a changed input name', () => {
    const broken = {
      missing: { en: 'Failed' },
      empty: { en: 'Failed', ko: ' ' },
      untranslated: { en: 'Failed', ko: 'Failed' },
      renamed: { en: 'Set `port`.', ko: '`포트`를 설정하세요.' }
    }
    expect(problemsOf('test', broken)).toEqual([
      'test.missing: no ko text',
      'test.empty: no ko text',
      'test.untranslated: the Korean text has no Korean in it',
      'test.renamed: the ko text changes what stays as it is: `port` → `포트`'
    ])
  })
})

/** A string or template literal that reads as English words: three in a row. */
const ENGLISH_WORDS = /[A-Za-z]+ [a-z]+ [a-z]+/

/** Constants that hold English on purpose: the English side of a table entry, and the placeholders' descriptions for the README's table. */
const ENGLISH_CONSTANTS = new Set(['enPart', 'MISSING_SECRET_HINT', 'OAUTH2_TOKEN_HINT', 'PLACEHOLDERS'])

/** English outside the tables that a Korean run never says in its own voice, by module and a piece of the text, with why. */
const ENGLISH_ON_PURPOSE: { module: string; text: string; why: string }[] = [
  { module: 'api-access.ts', text: 'the status is success', why: 'why the API is not asked: a debug line' },
  { module: 'api-access.ts', text: 'not running in a workflow', why: 'why the API is not asked: a debug line' },
  { module: 'main.ts', text: 'Not asking the GitHub API', why: 'a debug line' },
  { module: 'github-api.ts', text: 'the answer was', why: 'the message of an error that is worded from its fields, never shown' },
  { module: 'runner.ts', text: 'Unable to find environment variable', why: "@actions/core's own message, kept as it words it" },
  { module: 'runner.ts', text: 'Unable to access summary file', why: "@actions/core's own message, kept as it words it" },
  { module: 'runner.ts', text: 'Input required and not supplied', why: "@actions/core's own message, kept as it words it" },
  { module: 'send.ts', text: 'Message sending aborted', why: "nodemailer's own message, which the diagnosis recognises" },
  { module: 'send.ts', text: 'Greeting never received', why: "nodemailer's own message, which the diagnosis recognises" },
  { module: 'send.ts', text: 'The server sent more than', why: 'an error the diagnosis words from its code, never shown' },
  { module: 'send.ts', text: 'The server offered no AUTH', why: 'an error the diagnosis words from its code, never shown' },
  { module: 'settings.ts', text: 'is not a language this action speaks', why: 'an invalid `language` is told in English' },
  { module: 'settings.ts', text: 'Set \\`language\\` to', why: 'an invalid `language` is told in English' }
]

/**
 * Every string and template literal of a module that reads as English and stands outside a
 * text's `en` or `ko` side and outside ENGLISH_CONSTANTS: a text that a Korean run would say
 * in English, unless it is one of ENGLISH_ON_PURPOSE.
 */
function englishOutsideTables(code: string): string[] {
  const source = ts.createSourceFile('module.ts', code, ts.ScriptTarget.Latest, true)
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return
    if (ts.isPropertyAssignment(node) && ['en', 'ko'].includes(node.name.getText())) return
    if (ts.isVariableDeclaration(node) && ENGLISH_CONSTANTS.has(node.name.getText())) return
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node)) {
      const text = node.getText()
      if (ENGLISH_WORDS.test(text)) found.push(text)
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

describe('no English outside the tables', () => {
  const found = MODULES.flatMap((module) => englishOutsideTables(readFileSync(join(SRC, module), 'utf8')).map((text) => ({ module, text })))
  const onPurpose = (text: string, module: string) => ENGLISH_ON_PURPOSE.find((kept) => kept.module === module && text.includes(kept.text))

  it('every English sentence of src/ is the English side of a text, or kept in English on purpose', () => {
    expect(found.filter(({ module, text }) => !onPurpose(text, module)).map(({ module, text }) => `${module}: ${text}`)).toEqual([])
  })

  it('each text kept in English on purpose is still there', () => {
    expect(ENGLISH_ON_PURPOSE.filter((kept) => !found.some(({ module, text }) => onPurpose(text, module) === kept)).map((kept) => kept.text)).toEqual([])
  })

  it('finds an English sentence outside a table, and not the English side of one', () => {
    expect(englishOutsideTables("throw new InputError('to', `no file matches ${pattern}`, 'Narrow the pattern.')")).toEqual([
      '`no file matches ${pattern}`',
      "'Narrow the pattern.'"
    ])
    expect(englishOutsideTables("const WORDS = defineWords('files', { none: { en: 'no file matches', ko: '맞는 파일이 없습니다' } })")).toEqual([])
  })
})

const FACTS: ConnectionFacts = {
  server: 'smtp.gmail.com',
  port: 465,
  secure: true,
  username: 'octo.cat@gmail.com',
  timeoutSeconds: 30,
  usesOAuth2: false,
  language: 'ko'
}

/** The error nodemailer raises for a reply to AUTH. */
const authError = (reply: string[]) =>
  Object.assign(new Error('Invalid login'), { code: 'EAUTH', command: 'AUTH PLAIN', responseCode: 535, response: reply.join('\n') })

describe('the language input', () => {
  it('is en by default and takes ko in any case', () => {
    expect(parseLanguage('')).toBe('en')
    expect(parseLanguage(' KO ')).toBe('ko')
  })

  it('refuses another value in English, naming the input and the languages', () => {
    const error = (() => {
      try {
        parseLanguage('kr')
      } catch (caught) {
        return caught as InputError
      }
    })()
    expect(error).toBeInstanceOf(InputError)
    expect(error!.input).toBe('language')
    expect(error!.diagnosisIn('ko').title).toBe('Input `language`: "kr" is not a language this action speaks')
    expect(error!.diagnosisIn('ko').fix).toBe('Set `language` to `en` or `ko`, or leave it empty for `en` (English).')
  })

  it('is read into the settings', () => {
    const inputs: Record<string, string> = { username: 'octo.cat@gmail.com', password: 'qwertzuiopasdfgh', to: 'team@example.com', language: 'ko' }
    expect(readSettings((name) => inputs[name] ?? '').language).toBe('ko')
  })
})

describe('a diagnosis in Korean', () => {
  it("Gmail's 535: the App Password steps in Korean, the reply, code, URLs and inputs as they are", () => {
    const diagnosis = diagnose(authError(BAD_CREDENTIALS), FACTS)
    expect(diagnosis.code).toBe('auth-rejected')
    expect(diagnosis.title).toBe('smtp.gmail.com 서버가 사용자 이름과 비밀번호를 받아들이지 않았습니다(username: octo.cat@gmail.com)')
    expect(diagnosis.fix).toContain('2단계 인증')
    expect(diagnosis.fix).toContain('https://myaccount.google.com/apppasswords 에서 앱 비밀번호를 만듭니다')
    expect(diagnosis.fix).toContain('`password: ${{ secrets.GMAIL_APP_PASSWORD }}`')
    // Gmail's reply, verbatim on one line: the continuation's code dropped, nothing translated.
    expect(diagnosis.reply).toBe(`${BAD_CREDENTIALS[0]} ${BAD_CREDENTIALS[1].replace(/^535 5\.7\.8\s+/, '')}`)
    const annotation = describeFailure(diagnosis, 'ko')
    expect(annotation).toContain('[error-code: auth-rejected]')
    expect(annotation).toContain('서버 응답: 535-5.7.8 Username and Password not accepted.')
    expect(annotation).toContain('해결 방법: Gmail은 SMTP에서 계정 비밀번호가 아니라 앱 비밀번호만 받습니다.')
    expect(failureSummary(diagnosis, 'ko')).toContain('### ✖ 이메일 알림을 보내지 못했습니다: smtp.gmail.com 서버가')
  })

  it('the same failure in English when the facts name no language', () => {
    const { language: _, ...english } = FACTS
    expect(diagnose(authError(BAD_CREDENTIALS), english).fix).toContain('Gmail only accepts an App Password over SMTP')
  })

  it('a connection failure: the system error stays as it came', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:465'), { code: 'ESOCKET', originalCode: 'ECONNREFUSED' })
    const diagnosis = diagnose(error, FACTS)
    expect(diagnosis.code).toBe('connection-refused')
    expect(diagnosis.title).toBe('smtp.gmail.com:465에서 연결을 받는 곳이 없습니다')
    expect(diagnosis.detail).toBe('connect ECONNREFUSED 127.0.0.1:465')
  })

  it('a cancellation raised before the language was known is worded in it when reported', () => {
    const diagnosis = cancelledDiagnosis(
      'SIGTERM',
      { doing: 'logging-in', hostPort: 'smtp.gmail.com:465', username: 'octo.cat@gmail.com' },
      { server: 'smtp.gmail.com', accepted: [] },
      'ko'
    )
    expect(diagnosis.title).toBe(
      'smtp.gmail.com:465에 octo.cat@gmail.com 계정으로 로그인하는 중에 단계(step)가 취소되었습니다(SIGTERM): 메시지는 보내지 않았습니다'
    )
    expect(diagnosis.fix).toContain('`timeout`')
  })

  it('an input error given in both languages is told in Korean, one in English only stays English', () => {
    const both = new InputError('to', { en: 'is empty', ko: '비어 있습니다' }, { en: 'Set `to`.', ko: '`to`를 설정하세요.' })
    expect(both.diagnosisIn('ko')).toMatchObject({ title: '입력 `to`: 비어 있습니다', fix: '`to`를 설정하세요.' })
    expect(both.diagnosis.title).toBe('Input `to`: is empty')
    expect(new InputError('to', 'is empty', 'Set `to`.').diagnosisIn('ko').title).toBe('Input `to`: is empty')
  })
})

describe('a notification in Korean', () => {
  const ctx = buildRunContext(RUNNER_ENV, {}, 'ko')

  it('subject: outcome, branch and streak in Korean; repository and run number as they are', () => {
    expect(defaultSubject(ctx, 'failure', undefined, 'ko')).toBe('[octo-org/app] CI #42 실패 (main)')
    const history = { transition: 'still-failing', streak: 3, streakComplete: false, threaded: false } as const
    expect(defaultSubject(ctx, 'failure', history, 'ko')).toBe('[octo-org/app] CI #42 계속 실패 (main, 3번째 이후 실행)')
  })

  it('placeholder values stay English: a custom text is the user’s own', async () => {
    const message = await composeMessage({ status: 'failure', subject: '{{ workflow }} {{ outcome }}', body: 'Run {{ outcome }}', language: 'ko' }, ctx)
    expect(message.subject).toBe('CI failed')
    expect(message.text).toBe('Run failed\n')
  })
})
