import { TabLink } from '../TabLink/TabLink';
import { Field, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { IssueListView } from '../../../src/content/views';
import { formatDate } from '../../format';
import { CaseSearch } from '../CaseSearch/CaseSearch';
import { PageTitle } from '../PageTitle/PageTitle';
import { CardList, Section } from '../Section/Section';
import { useLibraryPageStyles } from './LibraryPage.styles';

export interface LibraryPageProps {
  library: IssueListView;
  locale: string;
}

/** Every issue, newest first and filterable by theme, and a search over all case studies. */
export default function LibraryPage({ library, locale }: LibraryPageProps) {
  const styles = useLibraryPageStyles();
  const [theme, setTheme] = useState('');
  const issues = library.issues.filter((issue) => !theme || issue.theme === theme);
  return (
    <>
      <PageTitle>Library</PageTitle>
      <CaseSearch factors={library.factors} />
      <Section title="Every issue">
        {library.issues.length === 0 ? (
          <p>The library has no issues yet. New issues appear here when they are published.</p>
        ) : (
          <>
            <Field label="Theme" className={styles.themeField}>
              <Select value={theme} onChange={(_, data) => setTheme(data.value)}>
                <option value="">All themes</option>
                {library.themes.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            </Field>
            <CardList>
              {issues.map((issue) => (
                <li key={issue.number} className={styles.issue} data-issue={issue.number}>
                  <h3 className={styles.issueTitle}>
                    <TabLink href={`#/issues/${issue.number}`}>
                      Issue {issue.number}: {issue.title}
                    </TabLink>
                  </h3>
                  <p className={styles.meta}>
                    Theme: {issue.theme}. Published{' '}
                    <time dateTime={issue.publishedOn}>
                      {formatDate(issue.publishedOn, locale)}
                    </time>
                    . {issue.caseCount} case {issue.caseCount === 1 ? 'study' : 'studies'}
                    {issue.hasContentWarning ? '. Has a content warning' : ''}.
                  </p>
                </li>
              ))}
            </CardList>
          </>
        )}
      </Section>
    </>
  );
}
