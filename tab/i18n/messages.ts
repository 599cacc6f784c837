import commonEn from '../../src/i18n/catalogues/common.en';
import tabEn from '../../src/i18n/catalogues/tab.en';
import type { Language } from '../../src/i18n/language';
import { createTranslator, type Message, type Translator } from '../../src/i18n/translator';

/** Every message the tab shows: the common ones and its own. */
export type TabKey = Extract<keyof typeof commonEn.messages | keyof typeof tabEn.messages, string>;

/** The tab's messages in one language, with that language's formatting. */
export type TabText = Translator<TabKey>;

/** The tab's messages in one language (parsed ahead of time by the tab's build). */
export type TabMessages = Readonly<Record<TabKey, Message>>;

const english: TabMessages = { ...commonEn.messages, ...tabEn.messages };

/** The English text, which ships with the tab's first script (and the server's render). */
export function englishText(locale?: string | null): TabText {
  return createTranslator('en', english, locale);
}

/** A language's text: English at once, Welsh from its own script, loaded on first use. */
export async function loadText(language: Language, locale?: string | null): Promise<TabText> {
  if (language === 'en') return englishText(locale);
  const { welsh } = await import('./welsh');
  return createTranslator('cy', welsh, locale);
}
