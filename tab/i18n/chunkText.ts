import { useMemo } from 'react';
import { createTranslator, type Message, type Translator } from '../../src/i18n/translator';
import { useText } from './context';

/** One language's catalogue of a part, as its file exports it. */
interface Catalogue<K extends string> {
  messages: Readonly<Record<K, Message>>;
}

/**
 * The hook that gives a part's messages in the reader's language, for a part that loads on
 * demand: its English and Welsh catalogues travel in its own chunk, not in the tab's first
 * JavaScript.
 */
export function chunkText<K extends string>(
  english: Catalogue<K>,
  welsh: Catalogue<K>,
): () => Translator<K> {
  const messages = { en: english.messages, cy: welsh.messages };
  return function useChunkText() {
    const { language, locale } = useText();
    return useMemo(
      () => createTranslator(language, messages[language], locale),
      [language, locale],
    );
  };
}
