import { useId, type ReactNode } from 'react';
import type { ArticleView, IssueView } from '../../../src/content/views';
import { richText, useContentLang, useText } from '../../i18n';
import { CaseCard } from '../CaseCard/CaseCard';
import { ContentNote } from '../ContentNote/ContentNote';
import { ContentWarning } from '../ContentWarning/ContentWarning';
import { issuePagesSubPage } from '../../../src/links';
import { PageTitle } from '../PageTitle/PageTitle';
import { RichText } from '../RichText/RichText';
import { SampleLabel } from '../SampleLabel/SampleLabel';
import { CardList, Section } from '../Section/Section';
import { TabLink } from '../TabLink/TabLink';
import { useIssuePageStyles } from './IssuePage.styles';

export interface IssuePageProps {
  issue: IssueView;
  /** True on the home view, which always shows the newest issue. */
  latest: boolean;
  /** What closes the page in the browser ("Was this useful?"); the server's render has none. */
  footer?: ReactNode;
}

/** A feature article, named by its heading; its text marked with its language where it differs. */
function Article({ article }: { article: ArticleView }) {
  const styles = useIssuePageStyles();
  const t = useText();
  const headingId = useId();
  const lang = useContentLang(article.language);
  return (
    <article className={styles.article} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.articleTitle} {...lang}>
        {article.title}
      </h3>
      {lang.lang && <p className={styles.byline}>{t.text('content.englishOnly')}</p>}
      <p className={styles.byline}>
        {richText(t, 'issue.byline', {
          author: <span {...lang}>{article.author}</span>,
          organisation: <span {...lang}>{article.organisation}</span>,
        })}
      </p>
      <div {...lang}>
        <RichText html={article.bodyHtml} />
      </div>
    </article>
  );
}

/**
 * One issue: its theme and date, the way to read it as published (when there is its PDF),
 * foreword, content warning, case studies, articles and links; a sample says so.
 */
export function IssuePage({ issue, latest, footer }: IssuePageProps) {
  const styles = useIssuePageStyles();
  const t = useText();
  const { text } = t;
  const lang = useContentLang(issue.language);
  const heading = text('issue.heading', { number: issue.number, title: issue.title });
  const pdfUrl = issue.publishedPdf?.url ?? issue.pdfUrl;
  return (
    <>
      {latest && <p className={styles.eyebrow}>{text('issue.eyebrow')}</p>}
      <PageTitle documentTitle={heading}>
        {richText(t, 'issue.heading', {
          number: issue.number,
          title: <span {...lang}>{issue.title}</span>,
        })}
      </PageTitle>
      {issue.sample && <SampleLabel />}
      <ContentNote language={issue.language} note="issue.untranslated" />
      <p className={styles.meta}>
        {richText(t, 'issue.meta', {
          theme: <span {...lang}>{issue.theme}</span>,
          date: <time dateTime={issue.publishedOn}>{t.date(issue.publishedOn)}</time>,
        })}
      </p>
      {issue.publishedPdf && (
        <p className={styles.published}>
          <TabLink href={`#${issuePagesSubPage(issue.number, 1)}`}>
            {text('issue.readAsPublished', { number: issue.number })}
          </TabLink>
        </p>
      )}
      {issue.contentWarning && (
        <ContentWarning
          issueNumber={issue.number}
          text={issue.contentWarning}
          language={issue.language}
        />
      )}
      <Section title={text('issue.foreword')}>
        <div {...lang}>
          <RichText html={issue.forewordHtml} />
        </div>
      </Section>
      <Section title={text('issue.cases', { count: issue.cases.length })}>
        <CardList>
          {issue.cases.map((caseStudy) => (
            <li key={caseStudy.id}>
              <CaseCard caseStudy={caseStudy} />
            </li>
          ))}
        </CardList>
      </Section>
      {issue.articles.length > 0 && (
        <Section title={text('issue.articles')}>
          {issue.articles.map((article) => (
            <Article key={article.title} article={article} />
          ))}
        </Section>
      )}
      {(pdfUrl || issue.feedbackUrl) && (
        <Section title={text('issue.more')}>
          <ul className={styles.links}>
            {pdfUrl && (
              <li>
                <TabLink href={pdfUrl} target="_blank" rel="noopener noreferrer">
                  {text('issue.pdf', { number: issue.number })}
                </TabLink>
              </li>
            )}
            {issue.feedbackUrl && (
              <li>
                <TabLink href={issue.feedbackUrl} target="_blank" rel="noopener noreferrer">
                  {text('issue.feedback', { number: issue.number })}
                </TabLink>
              </li>
            )}
          </ul>
        </Section>
      )}
      {footer}
    </>
  );
}
