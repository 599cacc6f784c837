import { useId, type ReactNode } from 'react';
import { useSectionStyles } from './Section.styles';

export interface SectionProps {
  title: string;
  children: ReactNode;
  className?: string;
}

/** A titled part of a view: a `section` named by its `h2`. */
export function Section({ title, children, className }: SectionProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className={className ?? styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** A list without bullets whose items are spaced as cards; `busy` while it is being replaced. */
export function CardList({ children, busy = false }: { children: ReactNode; busy?: boolean }) {
  const styles = useSectionStyles();
  return (
    <ul className={styles.list} aria-busy={busy || undefined}>
      {children}
    </ul>
  );
}
