import { TabLink } from '../TabLink/TabLink';
import type { IssueView } from '../../../src/content/views';
import { formatDate } from '../../format';
import { CaseCard } from '../CaseCard/CaseCard';
import { ContentWarning } from '../ContentWarning/ContentWarning';
import { PageTitle } from '../PageTitle/PageTitle';
import { RichText } from '../RichText/RichText';
import { CardList, Section } from '../Section/Section';
import { useIssuePageStyles } from './IssuePage.styles';

export interface IssuePageProps {
  issue: IssueView;
  /** True on the home view, which always shows the newest issue. */
  latest: boolean;
  locale: string;
}

/** One issue: its theme and date, foreword, content warning, case studies, articles and links. */
export function IssuePage({ issue, latest, locale }: IssuePageProps) {
  const styles = useIssuePageStyles();
  return (
    <>
      {latest && <p className={styles.eyebrow}>Latest issue</p>}
      <PageTitle>{`Issue ${issue.number}: ${issue.title}`}</PageTitle>
      <p className={styles.meta}>
        Theme: {issue.theme}. Published{' '}
        <time dateTime={issue.publishedOn}>{formatDate(issue.publishedOn, locale)}</time>.
      </p>
      {issue.contentWarning && (
        <ContentWarning issueNumber={issue.number} text={issue.contentWarning} />
      )}
      <Section title="Foreword">
        <RichText html={issue.forewordHtml} />
      </Section>
      <Section title={`Case studies (${issue.cases.length})`}>
        <CardList>
          {issue.cases.map((caseStudy) => (
            <li key={caseStudy.id}>
              <CaseCard caseStudy={caseStudy} />
            </li>
          ))}
        </CardList>
      </Section>
      {issue.articles.length > 0 && (
        <Section title="Feature articles">
          {issue.articles.map((article) => (
            <article key={article.title} className={styles.article}>
              <h3 className={styles.articleTitle}>{article.title}</h3>
              <p className={styles.byline}>
                By {article.author}, {article.organisation}
              </p>
              <RichText html={article.bodyHtml} />
            </article>
          ))}
        </Section>
      )}
      {(issue.pdfUrl || issue.feedbackUrl) && (
        <Section title="More from this issue">
          <ul className={styles.links}>
            {issue.pdfUrl && (
              <li>
                <TabLink href={issue.pdfUrl} target="_blank" rel="noopener noreferrer">
                  Read issue {issue.number} as a PDF (opens in a new window)
                </TabLink>
              </li>
            )}
            {issue.feedbackUrl && (
              <li>
                <TabLink href={issue.feedbackUrl} target="_blank" rel="noopener noreferrer">
                  Tell us what you think of issue {issue.number} (opens in a new window)
                </TabLink>
              </li>
            )}
          </ul>
        </Section>
      )}
    </>
  );
}
