import { useRichTextStyles } from './RichText.styles';

/** Shows editors' Markdown that the service has already rendered to safe HTML. */
export function RichText({ html }: { html: string }) {
  const styles = useRichTextStyles();
  return <div className={styles.root} dangerouslySetInnerHTML={{ __html: html }} />;
}
