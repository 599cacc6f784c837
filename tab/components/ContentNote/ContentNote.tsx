import type { Language } from '../../../src/i18n/language';
import { useText, type TabKey } from '../../i18n';
import { useContentNoteStyles } from './ContentNote.styles';

export interface ContentNoteProps {
  /** The language the content is in. */
  language: Language;
  /** What to say when it is not in the reader's language. */
  note: TabKey;
}

/** Says, in the reader's language, that what follows has not been translated into it yet. */
export function ContentNote({ language, note }: ContentNoteProps) {
  const styles = useContentNoteStyles();
  const { text, language: readerLanguage } = useText();
  if (language === readerLanguage) return null;
  return <p className={styles.note}>{text(note)}</p>;
}
