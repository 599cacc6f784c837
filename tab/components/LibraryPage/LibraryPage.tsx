import { Field, Select } from '@fluentui/react-components';
import type { IssueListView, IssueSummaryView } from '../../../src/content/views';
import { useLibraryQuery } from '../../hooks';
import { richText, useContentLang, useText } from '../../i18n';
import { CaseSearch } from '../CaseSearch/CaseSearch';
import { PageTitle } from '../PageTitle/PageTitle';
import { SampleLabel } from '../SampleLabel/SampleLabel';
import { CardList, Section } from '../Section/Section';
import { TabLink } from '../TabLink/TabLink';
import { useLibraryPageStyles } from './LibraryPage.styles';

export interface LibraryPageProps {
  library: IssueListView;
}

function IssueItem({ issue }: { issue: IssueSummaryView }) {
  const styles = useLibraryPageStyles();
  const t = useText();
  const lang = useContentLang(issue.language);
  return (
    <li className={styles.issue} data-issue={issue.number}>
      <h3 className={styles.issueTitle}>
        <TabLink href={`#/issues/${issue.number}`}>
          {richText(t, 'issue.heading', {
            number: issue.number,
            title: <span {...lang}>{issue.title}</span>,
          })}
        </TabLink>
      </h3>
      <p className={styles.meta}>
        {richText(t, 'library.issueMeta', {
          theme: <span {...lang}>{issue.theme}</span>,
          date: <time dateTime={issue.publishedOn}>{t.date(issue.publishedOn)}</time>,
          count: issue.caseCount,
        })}
        {issue.hasContentWarning && ` ${t.text('library.hasWarning')}`}
      </p>
      {issue.sample && <SampleLabel compact />}
    </li>
  );
}

/**
 * Every issue, newest first and filterable by theme, and a search over all case studies. The
 * search and the theme are kept in the URL, so back returns to them.
 */
export default function LibraryPage({ library }: LibraryPageProps) {
  const styles = useLibraryPageStyles();
  const { text } = useText();
  const [query, updateQuery] = useLibraryQuery();
  const theme = library.themes.includes(query.theme) ? query.theme : '';
  const issues = library.issues.filter((issue) => !theme || issue.theme === theme);
  return (
    <>
      <PageTitle>{text('library.title')}</PageTitle>
      <CaseSearch
        factors={library.factors}
        englishNames={library.englishNames}
        query={query}
        onQueryChange={updateQuery}
      />
      <Section title={text('library.everyIssue')}>
        {library.issues.length === 0 ? (
          <p>{text('library.empty')}</p>
        ) : (
          <>
            <Field label={text('library.theme')} className={styles.themeField}>
              <Select value={theme} onChange={(_, data) => updateQuery({ theme: data.value })}>
                <option value="">{text('library.allThemes')}</option>
                {library.themes.map((name) => (
                  <option
                    key={name}
                    value={name}
                    lang={library.englishNames.includes(name) ? 'en' : undefined}
                  >
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <CardList>
              {issues.map((issue) => (
                <IssueItem key={issue.number} issue={issue} />
              ))}
            </CardList>
          </>
        )}
      </Section>
    </>
  );
}
