import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { formatLocaleFor, type Language } from './language';

/** A value for a message's placeholder: text, a number (for plurals) or a date. */
export type MessageValue = string | number | Date;

/**
 * A message as a catalogue writes it (ICU text) or as the tab's build ships it: parsed ahead of
 * time (so the browser needs no parser), or plain text where it has no placeholder at all.
 */
export type Message = string | MessageFormatElement[];

/** Whether a message needs formatting: it has placeholders, plurals or tags. */
function isPlain(message: Message): message is string {
  return typeof message === 'string' && !/[{<]/.test(message);
}

/** Placeholder values by name. */
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** Placeholder values that may be anything, and tags as functions of their content. */
export type RichValues<T> = Readonly<
  Record<string, MessageValue | T | ((content: (string | T)[]) => T)>
>;

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
   * The message with placeholders that may be anything (such as elements of the tab), and tags
   * (`<link>…</link>`) given as functions of their content: the text between them and those
   * values, in order.
   */
  rich<T>(key: K, values: RichValues<T>): (string | T)[];
  /** An ISO date (`YYYY-MM-DD`) written out in full, such as `15 October 2024`. */
  date(isoDate: string): string;
  /** A month (`YYYY-MM`) written out, such as `October 2024`. */
  month(isoMonth: string): string;
  /** An instant with date and time, such as `2 Dec 2026, 09:05`. */
  dateTime(isoTimestamp: string): string;
  /** Items written as a list, such as `custody, mental health, vulnerability`. */
  list(items: readonly string[]): string;
}

/**
 * A translator over one language's messages (ICU MessageFormat). `locale` refines the language's
 * formatting when it is of the same language (`en-US`); otherwise the language's default is used.
 * Where the runtime has no date names for the locale (some browsers lack Welsh), dates are written
 * with the `date.*` messages instead. A message that cannot be formatted (which the catalogue test
 * prevents) comes out as written.
 */
export function createTranslator<K extends string>(
  language: Language,
  messages: Readonly<Record<K, Message>>,
  locale?: string | null,
): Translator<K> {
  const formatLocale = formatLocaleFor(language, locale);
  const compiled = new Map<K, IntlMessageFormat>();
  const asWritten = (key: K) => {
    const message = messages[key];
    return typeof message === 'string' ? message : key;
  };
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
  const parts = <T>(key: K, values?: RichValues<T>): (string | T)[] => {
    const message = messages[key];
    if (message !== undefined && isPlain(message)) return [message];
    const format = formatter(key);
    if (!format) return [asWritten(key)];
    try {
      const result = format.format<T>(values as Record<string, T>);
      return (Array.isArray(result) ? result : [result]) as (string | T)[];
    } catch {
      return [asWritten(key)];
    }
  };
  const text = (key: K, values?: MessageValues) => parts<string>(key, values).join('');
  const spelled = spelledDates(messages as Readonly<Record<string, Message>>, (key, values) =>
    text(key as K, values),
  );
  const native = Intl.DateTimeFormat.supportedLocalesOf([formatLocale]).length > 0 || !spelled;
  const dateFormat = new Intl.DateTimeFormat(formatLocale, { dateStyle: 'long', timeZone: 'UTC' });
  const monthFormat = new Intl.DateTimeFormat(formatLocale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const dateTimeFormat = new Intl.DateTimeFormat(formatLocale, {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  const listFormat = new Intl.ListFormat(formatLocale, { type: 'unit', style: 'long' });
  return {
    language,
    locale: formatLocale,
    text,
    rich: parts,
    date: (isoDate) => {
      const date = new Date(`${isoDate}T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return isoDate;
      return native ? dateFormat.format(date) : spelled!.date(date);
    },
    month: (isoMonth) => {
      const date = new Date(`${isoMonth}-01T00:00:00Z`);
      if (Number.isNaN(date.getTime())) return isoMonth;
      return native ? monthFormat.format(date) : spelled!.month(date);
    },
    dateTime: (isoTimestamp) => {
      const date = new Date(isoTimestamp);
      if (Number.isNaN(date.getTime())) return isoTimestamp;
      return native ? dateTimeFormat.format(date) : spelled!.dateTime(date);
    },
    list: (items) => listFormat.format(items),
  };
}

/** Dates written out with the catalogue's month names, when the messages have them. */
function spelledDates(
  messages: Readonly<Record<string, Message>>,
  text: (key: string, values: MessageValues) => string,
) {
  const list = (message: Message | undefined) =>
    typeof message === 'string' ? message.split(/,\s*/) : undefined;
  const months = list(messages['date.months']);
  const short = list(messages['date.monthsShort']);
  if (months?.length !== 12 || short?.length !== 12) return undefined;
  const twoDigits = (value: number) => String(value).padStart(2, '0');
  return {
    date: (date: Date) =>
      text('date.long', {
        day: String(date.getUTCDate()),
        month: months[date.getUTCMonth()]!,
        year: String(date.getUTCFullYear()),
      }),
    month: (date: Date) => `${months[date.getUTCMonth()]!} ${date.getUTCFullYear()}`,
    dateTime: (date: Date) =>
      text('date.medium', {
        day: String(date.getDate()),
        month: short[date.getMonth()]!,
        year: String(date.getFullYear()),
        time: `${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`,
      }),
  };
}
