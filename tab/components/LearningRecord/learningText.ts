import { useMemo } from 'react';
import learningCy from '../../../src/i18n/catalogues/learning.cy';
import learningEn from '../../../src/i18n/catalogues/learning.en';
import { createTranslator, type Message, type Translator } from '../../../src/i18n/translator';
import { useText } from '../../i18n';

/** A message of "My learning". */
export type LearningKey = keyof typeof learningEn.messages;

const messages: Readonly<Record<'en' | 'cy', Readonly<Record<LearningKey, Message>>>> = {
  en: learningEn.messages,
  cy: learningCy.messages,
};

/** "My learning"'s messages in the reader's language (they travel in the view's own chunk). */
export function useLearningText(): Translator<LearningKey> {
  const { language, locale } = useText();
  return useMemo(() => createTranslator(language, messages[language], locale), [language, locale]);
}
