import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import { useText } from '../../i18n';
import { usePageTitleStyles } from './PageTitle.styles';

/** True once the reader has moved between views: each new view's title then takes focus. */
export const FocusTitleContext = createContext(false);

export interface PageTitleProps {
  /** The heading; its text names the document unless `documentTitle` is given. */
  children: ReactNode;
  /** The document's title, when the heading is more than plain text. */
  documentTitle?: string;
}

/** The view's one `h1`; it names the document and, after navigation, receives focus. */
export function PageTitle({ children, documentTitle }: PageTitleProps) {
  const styles = usePageTitleStyles();
  const { text } = useText();
  const focusOnMount = useContext(FocusTitleContext);
  const heading = useRef<HTMLHeadingElement>(null);
  const title = documentTitle ?? (typeof children === 'string' ? children : '');
  useEffect(() => {
    document.title = text('page.documentTitle', { title });
  }, [title, text]);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={heading} tabIndex={-1} className={styles.title}>
      {children}
    </h1>
  );
}
