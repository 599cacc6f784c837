import { useMemo } from 'react';
import responseCy from '../../../src/i18n/catalogues/response.cy';
import responseEn from '../../../src/i18n/catalogues/response.en';
import { createTranslator, type Message, type Translator } from '../../../src/i18n/translator';
import { useText } from '../../i18n';

/** A message of the teams' and the force's responses. */
export type ResponseKey = keyof typeof responseEn.messages;

const messages: Readonly<Record<'en' | 'cy', Readonly<Record<ResponseKey, Message>>>> = {
  en: responseEn.messages,
  cy: responseCy.messages,
};

/** The responses' messages in the reader's language. */
export function useResponseText(): Translator<ResponseKey> {
  const { language, locale } = useText();
  return useMemo(() => createTranslator(language, messages[language], locale), [language, locale]);
}
