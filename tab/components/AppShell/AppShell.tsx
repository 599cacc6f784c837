import { TabLink } from '../TabLink/TabLink';
import { mergeClasses } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useAppShellStyles } from './AppShell.styles';

/** Which top-level section the current view belongs to. */
export type Section = 'latest' | 'library' | 'none';

export interface AppShellProps {
  section: Section;
  /** Shows the navigation (hidden on the configuration page). */
  navigation: boolean;
  children: ReactNode;
}

/** The frame around every view: the product name, the main navigation and the main region. */
export function AppShell({ section, navigation, children }: AppShellProps) {
  const styles = useAppShellStyles();
  const item = (target: Section, href: string, label: string) => (
    <li>
      <TabLink
        href={href}
        aria-current={section === target ? 'page' : undefined}
        className={mergeClasses(section === target && styles.current)}
      >
        {label}
      </TabLink>
    </li>
  );
  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <span className={styles.brand}>Learning the Lessons</span>
        {navigation && (
          <nav aria-label="Main">
            <ul className={styles.navList}>
              {item('latest', '#/', 'Latest issue')}
              {item('library', '#/library', 'Library and search')}
            </ul>
          </nav>
        )}
      </header>
      <main className={styles.main}>{children}</main>
    </div>
  );
}
