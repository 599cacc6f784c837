import { TabLink } from '../TabLink/TabLink';
import { AUDIENCE_LABELS } from '../../../src/content/model';
import type { CaseView } from '../../../src/content/views';
import { caseSubPage, type ThreadRef } from '../../../src/links';
import { useRole } from '../../hooks';
import { ContentWarning } from '../ContentWarning/ContentWarning';
import { DiscussionPanel } from '../DiscussionPanel/DiscussionPanel';
import { PageTitle } from '../PageTitle/PageTitle';
import { ReflectiveQuestions } from '../ReflectiveQuestions/ReflectiveQuestions';
import { RichText } from '../RichText/RichText';
import { Section } from '../Section/Section';
import { useCasePageStyles } from './CasePage.styles';

export interface CasePageProps {
  caseStudy: CaseView;
  /** The channel thread the case was opened from, whose discussion is shown. */
  thread: ThreadRef | null;
  inTeams: boolean;
  locale: string;
}

/** A case study: what happened, key learning, the force's response, outcomes and questions. */
export function CasePage({ caseStudy, thread, inTeams, locale }: CasePageProps) {
  const styles = useCasePageStyles();
  const [role, setRole] = useRole();
  return (
    <>
      <p className={styles.eyebrow}>
        <TabLink href={`#/issues/${caseStudy.issueNumber}`}>
          Issue {caseStudy.issueNumber}: {caseStudy.issueTitle}
        </TabLink>
      </p>
      <PageTitle>{caseStudy.title}</PageTitle>
      {caseStudy.contentWarning && (
        <ContentWarning issueNumber={caseStudy.issueNumber} text={caseStudy.contentWarning} />
      )}
      <p className={styles.summary}>{caseStudy.summary}</p>
      {caseStudy.factors.length > 0 && (
        <p className={styles.meta}>
          <span className={styles.label}>Factors: </span>
          {caseStudy.factors.join(', ')}
        </p>
      )}
      <p className={styles.meta}>
        <span className={styles.label}>For: </span>
        {caseStudy.audiences.map((audience) => AUDIENCE_LABELS[audience]).join(', ')}
      </p>
      <Section title="What happened">
        <RichText html={caseStudy.whatHappenedHtml} />
      </Section>
      <Section title="Key learning">
        <ul className={styles.learning}>
          {caseStudy.keyLearning.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </Section>
      <Section title="What the force did">
        <RichText html={caseStudy.forceResponseHtml} />
      </Section>
      <Section title="Outcomes for the officers and staff">
        <RichText html={caseStudy.outcomesHtml} />
      </Section>
      <ReflectiveQuestions questions={caseStudy.questions} role={role} onRoleChange={setRole} />
      {thread && (
        <DiscussionPanel caseId={caseStudy.id} thread={thread} inTeams={inTeams} locale={locale} />
      )}
      <nav aria-label="Other case studies in this issue" className={styles.pager}>
        <ul className={styles.pagerList}>
          {caseStudy.previousCaseId && (
            <li>
              <TabLink href={`#${caseSubPage(caseStudy.previousCaseId)}`} rel="prev">
                Previous case study
              </TabLink>
            </li>
          )}
          {caseStudy.nextCaseId && (
            <li className={styles.next}>
              <TabLink href={`#${caseSubPage(caseStudy.nextCaseId)}`} rel="next">
                Next case study
              </TabLink>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
