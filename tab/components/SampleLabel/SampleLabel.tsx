import { mergeClasses } from '@fluentui/react-components';
import { useText } from '../../i18n';
import { useSampleLabelStyles } from './SampleLabel.styles';

export interface SampleLabelProps {
  /** `compact` in a card or a list; a page's label stands apart from what follows. */
  compact?: boolean;
}

/** "Sample content, not IOPC material": on every item of a sample issue, in a ruled box. */
export function SampleLabel({ compact = false }: SampleLabelProps) {
  const styles = useSampleLabelStyles();
  const { text } = useText();
  return (
    <p className={mergeClasses(styles.label, compact && styles.compact)}>{text('sample.label')}</p>
  );
}
