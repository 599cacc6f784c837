import { useMemo } from 'react';
import feedbackCy from '../../../src/i18n/catalogues/feedback.cy';
import feedbackEn from '../../../src/i18n/catalogues/feedback.en';
import { createTranslator, type Message, type Translator } from '../../../src/i18n/translator';
import { useText } from '../../i18n';

/** A message of the feedback form or the poll. */
export type FeedbackKey = keyof typeof feedbackEn.messages;

const messages: Readonly<Record<'en' | 'cy', Readonly<Record<FeedbackKey, Message>>>> = {
  en: feedbackEn.messages,
  cy: feedbackCy.messages,
};

/** The feedback messages in the reader's language (they travel in the form's own chunk). */
export function useFeedbackText(): Translator<FeedbackKey> {
  const { language, locale } = useText();
  return useMemo(() => createTranslator(language, messages[language], locale), [language, locale]);
}
