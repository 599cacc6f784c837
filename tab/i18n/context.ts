import { createContext, useContext } from 'react';
import { englishText, type TabText } from './messages';

/** The reader's language: its messages and formatting. */
export const TextContext = createContext<TabText>(englishText());

/** The text of the reader's language, for a component's strings, dates and lists. */
export function useText(): TabText {
  return useContext(TextContext);
}

/** `lang` for content in a language: set where it differs from the page's, else nothing. */
export function useContentLang(language: string): { lang?: string } {
  return useContext(TextContext).language === language ? {} : { lang: language };
}
