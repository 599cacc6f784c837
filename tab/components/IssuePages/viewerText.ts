import { useMemo } from 'react';
import viewerCy from '../../../src/i18n/catalogues/viewer.cy';
import viewerEn from '../../../src/i18n/catalogues/viewer.en';
import { createTranslator, type Message, type Translator } from '../../../src/i18n/translator';
import { useText } from '../../i18n';

/** A message of the page view. */
export type ViewerKey = keyof typeof viewerEn.messages;

const messages: Readonly<Record<'en' | 'cy', Readonly<Record<ViewerKey, Message>>>> = {
  en: viewerEn.messages,
  cy: viewerCy.messages,
};

/** The page view's messages in the reader's language (they travel in the view's own chunk). */
export function useViewerText(): Translator<ViewerKey> {
  const { language, locale } = useText();
  return useMemo(() => createTranslator(language, messages[language], locale), [language, locale]);
}
