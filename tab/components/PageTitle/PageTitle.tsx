import { createContext, useContext, useEffect, useRef } from 'react';
import { usePageTitleStyles } from './PageTitle.styles';

/** True once the reader has moved between views: each new view's title then takes focus. */
export const FocusTitleContext = createContext(false);

export interface PageTitleProps {
  children: string;
}

/** The view's one `h1`; it names the document and, after navigation, receives focus. */
export function PageTitle({ children }: PageTitleProps) {
  const styles = usePageTitleStyles();
  const focusOnMount = useContext(FocusTitleContext);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} – Learning the Lessons`;
  }, [children]);
  useEffect(() => {
    if (focusOnMount) heading.current?.focus();
  }, [focusOnMount]);
  return (
    <h1 ref={heading} tabIndex={-1} className={styles.title}>
      {children}
    </h1>
  );
}
