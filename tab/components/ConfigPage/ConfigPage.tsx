import {
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { IssueSummaryView } from '../../../src/content/views';
import { connectToTeams, loadTeamsJs } from '../../host';
import { PageTitle } from '../PageTitle/PageTitle';
import { useConfigPageStyles } from './ConfigPage.styles';
import { channelTabConfig, type TabChoice } from './tabConfig';

export interface ConfigPageProps {
  issues: IssueSummaryView[];
  inTeams: boolean;
}

/** Registers the save handler once; the handler always saves the latest choice. */
function useSaveThroughTeams(choice: TabChoice, inTeams: boolean): void {
  const latestChoice = useRef(choice);
  latestChoice.current = choice;
  useEffect(() => {
    if (!inTeams) return;
    let active = true;
    void (async () => {
      if (!(await connectToTeams())) return;
      const { pages } = await loadTeamsJs();
      if (!active) return;
      pages.config.registerOnSaveHandler((saveEvent) => {
        const config = channelTabConfig(latestChoice.current, window.location.origin);
        pages.config.setConfig(config).then(
          () => saveEvent.notifySuccess(),
          () => saveEvent.notifyFailure('The tab could not be saved. Try again.'),
        );
      });
      pages.config.setValidityState(true);
    })();
    return () => {
      active = false;
    };
  }, [inTeams]);
}

/** The channel tab's configuration page: pin the latest issue or one chosen issue. */
export default function ConfigPage({ issues, inTeams }: ConfigPageProps) {
  const styles = useConfigPageStyles();
  const [kind, setKind] = useState<TabChoice['kind']>('latest');
  const [issueNumber, setIssueNumber] = useState<number | undefined>(issues[0]?.number);
  const choice: TabChoice =
    kind === 'issue' && issueNumber !== undefined ? { kind, issueNumber } : { kind: 'latest' };
  useSaveThroughTeams(choice, inTeams);
  return (
    <>
      <PageTitle>Add Learning the Lessons to this channel</PageTitle>
      {!inTeams && (
        <MessageBar intent="info">
          <MessageBarBody>
            This page sets up the tab inside Microsoft Teams. Open it from a channel’s “Add a tab”
            to save your choice.
          </MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field label="What should the tab show?">
          <RadioGroup
            value={kind}
            onChange={(_, data) => setKind(data.value === 'issue' ? 'issue' : 'latest')}
          >
            <Radio value="latest" label="Always the latest issue" />
            <Radio value="issue" label="One chosen issue" disabled={issues.length === 0} />
          </RadioGroup>
        </Field>
        {kind === 'issue' && (
          <Field label="Issue">
            <Select
              value={issueNumber === undefined ? '' : String(issueNumber)}
              onChange={(_, data) => setIssueNumber(Number(data.value))}
            >
              {issues.map((issue) => (
                <option key={issue.number} value={issue.number}>
                  Issue {issue.number}: {issue.title}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <p className={styles.hint}>Then select Save to add the tab.</p>
      </form>
    </>
  );
}
