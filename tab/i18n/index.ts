export { TextContext, useContentLang, useText } from './context';
export { initialLanguage, useLanguage, type LanguageState } from './language';
export { englishText, loadText, type TabKey, type TabText } from './messages';
export { richText } from './rich';
