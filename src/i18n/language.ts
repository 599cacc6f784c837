/**
 * The product's two languages, English and Welsh (Cymraeg), and how a locale, a browser's
 * `Accept-Language` or a team's choice maps onto them. Free of imports: the tab uses it too.
 */

export const LANGUAGES = ['en', 'cy'] as const;

/** `en` or `cy`: the language of the interface, of a message catalogue or of a piece of content. */
export type Language = (typeof LANGUAGES)[number];

/** The locale each language formats dates, numbers and lists in when no finer one is known. */
export const DEFAULT_LOCALES: Readonly<Record<Language, string>> = { en: 'en-GB', cy: 'cy-GB' };

/** What a team's weekly post is written in: English, Welsh, or both with the Welsh first. */
export const POST_LANGUAGES = ['en', 'cy', 'bilingual'] as const;

export type PostLanguage = (typeof POST_LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

export function isPostLanguage(value: unknown): value is PostLanguage {
  return (POST_LANGUAGES as readonly unknown[]).includes(value);
}

/** The language of a BCP 47 locale (`cy-GB` is Welsh, `en-US` English), or undefined for others. */
export function languageOfLocale(locale: string | null | undefined): Language | undefined {
  const primary = (locale ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isLanguage(primary) ? primary : undefined;
}

/** The language to use for a locale: Welsh for a Welsh locale, English for any other or none. */
export function languageFor(locale: string | null | undefined): Language {
  return languageOfLocale(locale) ?? 'en';
}

/**
 * The locale to format in: the given one when it is of the same language (`en-US` keeps its own
 * dates in English), else the language's default.
 */
export function formatLocaleFor(language: Language, locale?: string | null): string {
  return locale && languageOfLocale(locale) === language && isLocale(locale)
    ? locale
    : DEFAULT_LOCALES[language];
}

function isLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/**
 * The first of English and Welsh that an `Accept-Language` header prefers (by `q`), or undefined
 * when it names neither.
 */
export function preferredLanguage(acceptLanguage: string | null | undefined): Language | undefined {
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { language: languageOfLocale(tag), q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.language !== undefined && entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked[0]?.language;
}

/** The languages a post is written in, in the order they appear. */
export function languagesOfPost(postLanguage: PostLanguage): Language[] {
  return postLanguage === 'bilingual' ? ['cy', 'en'] : [postLanguage];
}
