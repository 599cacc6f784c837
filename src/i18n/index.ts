import { catalogues, type CataloguePart, type MessageKey } from './catalogues';
import type { Language } from './language';
import { createTranslator, type Translator } from './translator';

export * from './language';
export {
  createTranslator,
  type Message,
  type MessageValue,
  type MessageValues,
  type Translator,
} from './translator';
export { catalogues, type CataloguePart, type MessageKey } from './catalogues';

const translators = new Map<string, Translator<string>>();

/**
 * The messages of one part of the product (with the common ones) in a language, formatted in the
 * language's own locale. Built once per part and language.
 */
export function textFor<P extends CataloguePart>(
  part: P,
  language: Language,
): Translator<MessageKey<P>> {
  const id = `${part}:${language}`;
  let translator = translators.get(id);
  if (!translator) {
    const messages: Record<string, string> = {
      ...catalogues.common[language].messages,
      ...catalogues[part][language].messages,
    };
    translator = createTranslator(language, messages);
    translators.set(id, translator);
  }
  return translator as Translator<MessageKey<P>>;
}
