import { useId, type ReactNode } from 'react';
import type { CaseSummaryView } from '../../../src/content/views';
import { caseSubPage } from '../../../src/links';
import { useContentLang, useText } from '../../i18n';
import { SampleLabel } from '../SampleLabel/SampleLabel';
import { TabLink } from '../TabLink/TabLink';
import { useCaseCardStyles } from './CaseCard.styles';

export interface CaseCardProps {
  caseStudy: CaseSummaryView;
  /** Shown before the title in search results, where cases come from many issues. */
  issueLabel?: ReactNode;
}

/**
 * A case study as a card, named by its title (a link to the case): summary, factors and roles,
 * the sample label for a sample, and, in a Welsh page, a note when the case is in English only.
 */
export function CaseCard({ caseStudy, issueLabel }: CaseCardProps) {
  const styles = useCaseCardStyles();
  const { text, list } = useText();
  const titleId = useId();
  const lang = useContentLang(caseStudy.language);
  const roles = list(caseStudy.audiences.map((audience) => text(`audience.${audience}`)));
  return (
    <article className={styles.card} data-case-id={caseStudy.id} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.title} {...lang}>
        <TabLink href={`#${caseSubPage(caseStudy.id)}`}>{caseStudy.title}</TabLink>
      </h3>
      {issueLabel && <p className={styles.meta}>{issueLabel}</p>}
      {caseStudy.sample && <SampleLabel compact />}
      {lang.lang && <p className={styles.meta}>{text('content.englishOnly')}</p>}
      <p className={styles.summary} {...lang}>
        {caseStudy.summary}
      </p>
      {caseStudy.factors.length > 0 && (
        <p className={styles.meta}>
          <span className={styles.label}>{text('case.factors')} </span>
          <span {...lang}>{list(caseStudy.factors)}</span>
        </p>
      )}
      {roles && (
        <p className={styles.meta}>
          <span className={styles.label}>{text('case.audiences')} </span>
          {roles}
        </p>
      )}
    </article>
  );
}
