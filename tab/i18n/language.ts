import { useCallback, useEffect, useState } from 'react';
import { isLanguage, languageOfLocale, type Language } from '../../src/i18n/language';
import { readStored, writeStored } from '../storage';
import { loadText, type TabText } from './messages';

/** Where the reader's own choice of language is remembered (index.html reads it too). */
const LANGUAGE_KEY = 'ltl.language';

/** The language the reader chose with the switch, if they did. */
export function chosenLanguage(): Language | undefined {
  const stored = readStored('localStorage', LANGUAGE_KEY);
  return isLanguage(stored) ? stored : undefined;
}

/** The language to open in before any host answers: the reader's choice, else the browser's. */
export function initialLanguage(): Language {
  return chosenLanguage() ?? languageOfLocale(navigator.language) ?? 'en';
}

/** The tab's language and text, and how the reader changes it. */
export interface LanguageState {
  text: TabText;
  choose(language: Language): void;
}

/**
 * The reader's language: their own choice (remembered), else their Teams language, else their
 * browser's; English for any other. Welsh text loads when first needed; until it has, the page
 * stays in the language it is in.
 */
export function useLanguage(initial: TabText, hostLocale: string | null): LanguageState {
  const [chosen, setChosen] = useState(chosenLanguage);
  const [text, setText] = useState(initial);
  const locale = hostLocale ?? navigator.language;
  const language = chosen ?? languageOfLocale(hostLocale) ?? languageOfLocale(locale) ?? 'en';
  useEffect(() => {
    let active = true;
    void loadText(language, locale).then(
      (loaded) => {
        if (!active) return;
        setText((current) =>
          current.language === loaded.language && current.locale === loaded.locale
            ? current
            : loaded,
        );
      },
      () => undefined,
    );
    return () => {
      active = false;
    };
  }, [language, locale]);
  useEffect(() => {
    document.documentElement.lang = text.language === 'cy' ? 'cy' : 'en-GB';
  }, [text.language]);
  const choose = useCallback((next: Language) => {
    writeStored('localStorage', LANGUAGE_KEY, next);
    setChosen(next);
  }, []);
  return { text, choose };
}
