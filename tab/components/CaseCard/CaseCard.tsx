import { TabLink } from '../TabLink/TabLink';
import { AUDIENCE_LABELS } from '../../../src/content/model';
import type { CaseSummaryView } from '../../../src/content/views';
import { caseSubPage } from '../../../src/links';
import { useCaseCardStyles } from './CaseCard.styles';

export interface CaseCardProps {
  caseStudy: CaseSummaryView;
  /** Shown before the title in search results, where cases come from many issues. */
  issueLabel?: string;
}

/** A case study as a card: its title (a link to the case), summary, factors and roles. */
export function CaseCard({ caseStudy, issueLabel }: CaseCardProps) {
  const styles = useCaseCardStyles();
  const roles = caseStudy.audiences.map((audience) => AUDIENCE_LABELS[audience]).join(', ');
  return (
    <article className={styles.card} data-case-id={caseStudy.id}>
      <h3 className={styles.title}>
        <TabLink href={`#${caseSubPage(caseStudy.id)}`}>{caseStudy.title}</TabLink>
      </h3>
      {issueLabel && <p className={styles.meta}>{issueLabel}</p>}
      <p className={styles.summary}>{caseStudy.summary}</p>
      {caseStudy.factors.length > 0 && (
        <p className={styles.meta}>
          <span className={styles.label}>Factors: </span>
          {caseStudy.factors.join(', ')}
        </p>
      )}
      {roles && (
        <p className={styles.meta}>
          <span className={styles.label}>For: </span>
          {roles}
        </p>
      )}
    </article>
  );
}
