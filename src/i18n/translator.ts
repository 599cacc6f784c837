import { IntlMessageFormat } from 'intl-messageformat';
import { formatLocaleFor, type Language } from './language';

/** A value for a message's placeholder: text, a number (for plurals) or a date. */
export type MessageValue = string | number | Date;

/** Placeholder values by name. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/**
 * The messages of one language, with the formatting of its locale. `text` and `rich` format ICU
 * messages (plurals, selects, numbers); the rest format dates and lists the way the language does.
 */
export interface Translator<K extends string> {
  readonly language: Language;
  /** The BCP 47 locale used for dates, numbers and lists. */
  readonly locale: string;
  /** The message as plain text. */
  text(key: K, values?: MessageValues): string;
  /**
   * The message with placeholders that may be anything (such as elements of the tab): the text
   * between them and those values, in order.
   */
  rich<T>(key: K, values: Readonly<Record<string, MessageValue | T>>): (string | T)[];
  /** An ISO date (`YYYY-MM-DD`) written out in full, such as `15 October 2024`. */
  date(isoDate: string): string;
  /** An instant with date and time, such as `2 Dec 2026, 09:05`. */
  dateTime(isoTimestamp: string): string;
  /** Items written as a list, such as `custody, mental health, vulnerability`. */
  list(items: readonly string[]): string;
}

/**
 * A translator over one language's messages (ICU MessageFormat). `locale` refines the language's
 * formatting when it is of the same language (`en-US`); otherwise the language's default is used.
 * A message that cannot be formatted (which the catalogue test prevents) comes out as written.
 */
export function createTranslator<K extends string>(
  language: Language,
  messages: Readonly<Record<K, string>>,
  locale?: string | null,
): Translator<K> {
  const formatLocale = formatLocaleFor(language, locale);
  const compiled = new Map<K, IntlMessageFormat>();
  const formatter = (key: K): IntlMessageFormat | undefined => {
    let format = compiled.get(key);
    if (!format) {
      try {
        format = new IntlMessageFormat(messages[key] ?? key, formatLocale);
      } catch {
        return undefined;
      }
      compiled.set(key, format);
    }
    return format;
  };
  const parts = <T>(
    key: K,
    values?: Readonly<Record<string, MessageValue | T>>,
  ): (string | T)[] => {
    const format = formatter(key);
    if (!format) return [messages[key] ?? key];
    try {
      const result = format.format<T>(values as Record<string, T>);
      return Array.isArray(result) ? result : [result];
    } catch {
      return [messages[key] ?? key];
    }
  };
  const dateFormat = safeDateFormat(formatLocale, language, { dateStyle: 'long', timeZone: 'UTC' });
  const dateTimeFormat = safeDateFormat(formatLocale, language, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const listFormat = new Intl.ListFormat(formatLocale, { type: 'unit', style: 'long' });
  return {
    language,
    locale: formatLocale,
    text: (key, values) => parts<string>(key, values).join(''),
    rich: parts,
    date: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      return Number.isNaN(date.getTime()) ? isoDate : dateFormat.format(date);
    },
    dateTime: (isoTimestamp) => {
      const date = new Date(isoTimestamp);
      return Number.isNaN(date.getTime()) ? isoTimestamp : dateTimeFormat.format(date);
    },
    list: (items) => listFormat.format(items),
  };
}

/** A date format for the locale, or the language's default locale when the runtime lacks it. */
function safeDateFormat(
  locale: string,
  language: Language,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    return new Intl.DateTimeFormat(formatLocaleFor(language), options);
  }
}
