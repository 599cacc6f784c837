import { useMemo } from 'react';
import commentsCy from '../../../src/i18n/catalogues/comments.cy';
import commentsEn from '../../../src/i18n/catalogues/comments.en';
import { createTranslator, type Message, type Translator } from '../../../src/i18n/translator';
import { useText } from '../../i18n';

/** A message of the editors' screen of readers' comments. */
export type CommentsKey = keyof typeof commentsEn.messages;

const messages: Readonly<Record<'en' | 'cy', Readonly<Record<CommentsKey, Message>>>> = {
  en: commentsEn.messages,
  cy: commentsCy.messages,
};

/** The editors' screen's messages in the reader's language (they travel in the screen's own chunk). */
export function useCommentsText(): Translator<CommentsKey> {
  const { language, locale } = useText();
  return useMemo(() => createTranslator(language, messages[language], locale), [language, locale]);
}
