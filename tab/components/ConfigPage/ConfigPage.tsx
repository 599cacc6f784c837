import {
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { IssueSummaryView } from '../../../src/content/views';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { useConfigPageStyles } from './ConfigPage.styles';
import { channelTabConfig, type TabChoice } from './tabConfig';
import { useSaveThroughTeams } from './useSaveThroughTeams';

export interface ConfigPageProps {
  issues: IssueSummaryView[];
  inTeams: boolean;
}

/** The channel tab's configuration page: pin the latest issue or one chosen issue. */
export default function ConfigPage({ issues, inTeams }: ConfigPageProps) {
  const styles = useConfigPageStyles();
  const t = useText();
  const { text } = t;
  const [kind, setKind] = useState<TabChoice['kind']>('latest');
  const [issueNumber, setIssueNumber] = useState<number | undefined>(issues[0]?.number);
  const choice: TabChoice =
    kind === 'issue' && issueNumber !== undefined ? { kind, issueNumber } : { kind: 'latest' };
  useSaveThroughTeams(
    ({ text: named }) =>
      channelTabConfig(choice, window.location.origin, {
        latest: named('config.tabName'),
        issue: (number) => named('config.tabNameIssue', { number }),
      }),
    inTeams,
    t,
  );
  return (
    <>
      <PageTitle>{text('config.title')}</PageTitle>
      {!inTeams && (
        <MessageBar intent="info">
          <MessageBarBody>
            <MessageBarTitle>{text('config.outsideTeams.title')}</MessageBarTitle>{' '}
            {text('config.outsideTeams')}
          </MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field label={text('config.question')}>
          <RadioGroup
            value={kind}
            onChange={(_, data) => setKind(data.value === 'issue' ? 'issue' : 'latest')}
          >
            <Radio value="latest" label={text('config.latest')} />
            <Radio value="issue" label={text('config.chosen')} disabled={issues.length === 0} />
          </RadioGroup>
        </Field>
        {kind === 'issue' && (
          <Field label={text('config.issue')}>
            <Select
              value={issueNumber === undefined ? '' : String(issueNumber)}
              onChange={(_, data) => setIssueNumber(Number(data.value))}
            >
              {issues.map((issue) => (
                <option key={issue.number} value={issue.number}>
                  {text('issue.heading', { number: issue.number, title: issue.title })}
                  {issue.sample && ` (${text('sample.label')})`}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <p className={styles.hint}>{text('config.hint')}</p>
      </form>
    </>
  );
}
