import { Button, mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { Language } from '../../../src/i18n/language';
import { useText } from '../../i18n';
import { TabLink } from '../TabLink/TabLink';
import { useAppShellStyles } from './AppShell.styles';

/** Which top-level section the current view belongs to. */
export type Section =
  'latest' | 'library' | 'learning' | 'force' | 'insights' | 'comments' | 'none';

export interface AppShellProps {
  section: Section;
  /** Shows the navigation (hidden on the configuration and meeting pages). */
  navigation: boolean;
  /** Lets the main region use the full width (the meeting stage) instead of a reading column. */
  wide?: boolean;
  /** Called when the reader switches language. */
  onLanguageChange?: (language: Language) => void;
  /** The navigation's label for the force's responses, shown to a learning lead only. */
  forceLabel?: string;
  /** Offers the IOPC's editors their screen of readers' comments. */
  editor?: boolean;
  children: ReactNode;
}

/**
 * The frame around every view: the product name, the main navigation, the switch to the other
 * language, the main region, and links to the accessibility statement and privacy notice.
 */
export function AppShell({
  section,
  navigation,
  wide = false,
  onLanguageChange,
  forceLabel,
  editor = false,
  children,
}: AppShellProps) {
  const styles = useAppShellStyles();
  const { text, language } = useText();
  const otherLanguage: Language = language === 'cy' ? 'en' : 'cy';
  const item = (target: Section, href: string, label: string) => (
    <li>
      <TabLink
        href={href}
        aria-current={section === target ? 'page' : undefined}
        className={mergeClasses(styles.navLink, section === target && styles.current)}
      >
        {label}
      </TabLink>
    </li>
  );
  const about = (path: string, label: string) => (
    <li>
      <TabLink
        href={`${path}?lang=${language}`}
        target="_blank"
        rel="noopener noreferrer"
        className={styles.navLink}
      >
        {label}
      </TabLink>
    </li>
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <span className={styles.brand}>{text('product.name')}</span>
        {navigation && (
          <nav aria-label={text('shell.nav')}>
            <ul className={styles.navList}>
              {item('latest', '#/', text('shell.nav.latest'))}
              {item('library', '#/library', text('shell.nav.library'))}
              {item('learning', '#/learning', text('shell.nav.learning'))}
              {forceLabel && item('force', '#/force', forceLabel)}
              {item('insights', '#/insights', text('shell.nav.insights'))}
              {editor && item('comments', '#/comments', text('shell.nav.comments'))}
            </ul>
          </nav>
        )}
        <Button
          appearance="subtle"
          size="small"
          lang={otherLanguage}
          className={styles.language}
          onClick={() => onLanguageChange?.(otherLanguage)}
        >
          {text('shell.otherLanguage')}
        </Button>
      </header>
      <main className={mergeClasses(styles.main, wide && styles.wide)}>{children}</main>
      <footer className={styles.footer}>
        <nav aria-label={text('shell.footer')}>
          <ul className={styles.navList}>
            {about('/accessibility', text('shell.footer.accessibility'))}
            {about('/privacy', text('shell.footer.privacy'))}
          </ul>
        </nav>
      </footer>
    </div>
  );
}
