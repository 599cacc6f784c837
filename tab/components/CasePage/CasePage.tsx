import { useEffect } from 'react';
import type { CaseView } from '../../../src/content/views';
import {
  briefingSheetPath,
  caseSubPage,
  issuePagesSubPage,
  learningSubPage,
  type ThreadRef,
} from '../../../src/links';
import { reportCaseRead } from '../../api';
import { useRole } from '../../hooks';
import { richText, useContentLang, useText } from '../../i18n';
import { ContentNote } from '../ContentNote/ContentNote';
import { ContentWarning } from '../ContentWarning/ContentWarning';
import { DiscussionPanel } from '../DiscussionPanel/DiscussionPanel';
import { Feedback } from '../FeedbackForm/Feedback';
import { PageTitle } from '../PageTitle/PageTitle';
import { ReflectiveQuestions } from '../ReflectiveQuestions/ReflectiveQuestions';
import { RichText } from '../RichText/RichText';
import { SampleLabel } from '../SampleLabel/SampleLabel';
import { Section } from '../Section/Section';
import { TabLink } from '../TabLink/TabLink';
import { TeamResponseOnDemand } from '../TeamResponse/TeamResponseOnDemand';
import { useCasePageStyles } from './CasePage.styles';

export interface CasePageProps {
  caseStudy: CaseView;
  /** The channel thread the case was opened from, whose discussion is shown. */
  thread: ThreadRef | null;
  inTeams: boolean;
}

/**
 * A case study: what happened, key learning, the force's response, outcomes and questions, with
 * its page in the issue as published (when there is one) and its briefing sheet for the reader's
 * role; a sample says so.
 */
export function CasePage({ caseStudy, thread, inTeams }: CasePageProps) {
  const styles = useCasePageStyles();
  const t = useText();
  const { text, list, language } = t;
  const [role, setRole] = useRole();
  const lang = useContentLang(caseStudy.language);
  const issueLang = useContentLang(caseStudy.issueLanguage);
  useEffect(() => {
    void reportCaseRead(caseStudy.id, inTeams);
  }, [caseStudy.id, inTeams]);
  return (
    <>
      <p className={styles.eyebrow}>
        <TabLink href={`#/issues/${caseStudy.issueNumber}`}>
          {richText(t, 'issue.heading', {
            number: caseStudy.issueNumber,
            title: <span {...issueLang}>{caseStudy.issueTitle}</span>,
          })}
        </TabLink>
      </p>
      <PageTitle documentTitle={caseStudy.title}>
        <span {...lang}>{caseStudy.title}</span>
      </PageTitle>
      {caseStudy.sample && <SampleLabel />}
      <ContentNote language={caseStudy.language} note="case.untranslated" />
      {caseStudy.contentWarning && (
        <ContentWarning
          issueNumber={caseStudy.issueNumber}
          text={caseStudy.contentWarning}
          language={caseStudy.issueLanguage}
        />
      )}
      <p className={styles.summary} {...lang}>
        {caseStudy.summary}
      </p>
      {caseStudy.factors.length > 0 && (
        <p className={styles.meta}>
          <span className={styles.label}>{text('case.factors')} </span>
          <span {...lang}>{list(caseStudy.factors)}</span>
        </p>
      )}
      <p className={styles.meta}>
        <span className={styles.label}>{text('case.audiences')} </span>
        {list(caseStudy.audiences.map((audience) => text(`audience.${audience}`)))}
      </p>
      {caseStudy.pdfPage !== null && (
        <p className={styles.meta}>
          <TabLink href={`#${issuePagesSubPage(caseStudy.issueNumber, caseStudy.pdfPage)}`}>
            {text('case.seeInIssue', { page: caseStudy.pdfPage })}
          </TabLink>
        </p>
      )}
      <Section title={text('case.whatHappened')}>
        <div {...lang}>
          <RichText html={caseStudy.whatHappenedHtml} />
        </div>
      </Section>
      <Section title={text('case.keyLearning')}>
        <ul className={styles.learning} {...lang}>
          {caseStudy.keyLearning.map((point) => (
            <li key={point}>{point}</li>
          ))}
        </ul>
      </Section>
      <Section title={text('case.forceResponse')}>
        <div {...lang}>
          <RichText html={caseStudy.forceResponseHtml} />
        </div>
      </Section>
      <Section title={text('case.outcomes')}>
        <div {...lang}>
          <RichText html={caseStudy.outcomesHtml} />
        </div>
      </Section>
      <ReflectiveQuestions
        questions={caseStudy.questions}
        language={caseStudy.language}
        role={role}
        onRoleChange={setRole}
      />
      <p>
        <TabLink
          href={briefingSheetPath(caseStudy.id, role ? [role] : [], language)}
          target="_blank"
          rel="noopener noreferrer"
        >
          {role
            ? text('case.sheetForRole', { role: text(`audience.${role}`) })
            : text('case.sheetEveryRole')}
        </TabLink>
      </p>
      <p>
        <TabLink href={`#${learningSubPage(caseStudy.id)}`}>{text('case.addToLearning')}</TabLink>
      </p>
      {thread && <DiscussionPanel caseId={caseStudy.id} thread={thread} inTeams={inTeams} />}
      <TeamResponseOnDemand caseStudy={caseStudy} thread={thread} inTeams={inTeams} />
      <Feedback item={{ issue: caseStudy.issueNumber, caseId: caseStudy.id }} inTeams={inTeams} />
      <nav aria-label={text('case.pager')} className={styles.pager}>
        <ul className={styles.pagerList}>
          {caseStudy.previousCaseId && (
            <li>
              <TabLink href={`#${caseSubPage(caseStudy.previousCaseId)}`} rel="prev">
                {text('case.previous')}
              </TabLink>
            </li>
          )}
          {caseStudy.nextCaseId && (
            <li className={styles.next}>
              <TabLink href={`#${caseSubPage(caseStudy.nextCaseId)}`} rel="next">
                {text('case.next')}
              </TabLink>
            </li>
          )}
        </ul>
      </nav>
    </>
  );
}
