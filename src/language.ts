/**
 * The languages the action speaks to the user in (the `language` input).
 *
 * How texts are kept. Every module that words something for the user (the notification, the
 * log lines and job summary, the diagnosis of a failure) keeps those texts in one table made
 * with `defineWords`, each entry holding every language side by side:
 *
 *     const WORDS = defineWords('compose', {
 *       failedJobs: { en: 'Failed and cancelled jobs', ko: '실패하거나 취소된 작업' },
 *       more: { en: (count: number) => `and ${count} more`, ko: (count: number) => `외 ${count}개` }
 *     })
 *
 * A text that takes values is a function of them, the same in each language. A module picks
 * its language once, from the settings it is handed (`WORDS[settings.language]`), never from
 * a global, so a test can ask for either. Adding a text is one entry; adding a language is
 * one name in LANGUAGES, after which the type checker lists every entry that lacks it, and
 * __tests__/language.test.ts walks every table and fails on a missing or empty text.
 *
 * What stays as it is in every language: error codes, input names, placeholders, URLs, and
 * whatever is quoted from a server or the system.
 */
export const LANGUAGES = ['en', 'ko'] as const
export type Language = (typeof LANGUAGES)[number]
export const DEFAULT_LANGUAGE: Language = 'en'

/** A text, or a function that words one from its values (any shape, as long as every language takes the same). */
export type Text = string | ((...values: never[]) => unknown)

/** One text in every language. */
export type Wording<T extends Text> = { readonly [L in Language]: T }

/** A module's texts, each in every language. */
export type WordTable<T extends Record<string, Text>> = { readonly [K in keyof T]: Wording<T[K]> }

/** Every table made by defineWords, by module, for the test that checks each has every language. */
export const WORD_TABLES: { module: string; table: Record<string, Record<string, unknown>> }[] = []

/**
 * A module's texts, ready to be picked by language: `WORDS.ko.failedJobs`. `module` names the
 * table in the completeness test's messages.
 */
export function defineWords<T extends Record<string, Text>>(module: string, table: WordTable<T>): Readonly<Record<Language, T>> {
  WORD_TABLES.push({ module, table: table as Record<string, Record<string, unknown>> })
  const inLanguage = (language: Language) => Object.fromEntries(Object.entries(table).map(([key, wording]) => [key, (wording as Wording<Text>)[language]])) as T
  // Each language's texts are gathered when first asked for: a run speaks one language, and
  // every module's table is defined at start, so building them all then cost start-up time.
  const byLanguage = {} as Record<Language, T>
  for (const language of LANGUAGES) {
    Object.defineProperty(byLanguage, language, {
      enumerable: true,
      configurable: true,
      get() {
        const texts = inLanguage(language)
        Object.defineProperty(byLanguage, language, { value: texts, enumerable: true })
        return texts
      }
    })
  }
  return byLanguage
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value)
}

/** "1 recipient", "3 recipients": an English noun with its count (Korean texts count in their own words). */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

/** "a, b and c" in English, "a, b, c" in Korean, which needs no particle after a code span or an address. */
export function listOf(items: readonly string[], language: Language): string {
  if (language === 'ko' || items.length < 2) return items.join(', ')
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
