import { Button, Field, Input, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import { caseSubPage } from '../../../src/links';
import { compareCaseIds } from '../../../src/team-response/model';
import type { ForceResponsesView, ForceTeamResponseView } from '../../../src/team-response/views';
import {
  ApiError,
  downloadForceResponses,
  getForceResponses,
  NO_TOKEN,
  putForceResponse,
} from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { Section } from '../Section/Section';
import { Loading } from '../Status/Status';
import { TabLink } from '../TabLink/TabLink';
import { useResponseText, type ResponseKey } from '../TeamResponse/responseText';
import { useTeamResponseStyles } from '../TeamResponse/TeamResponse.styles';

export interface ForceResponsesProps {
  inTeams: boolean;
}

/**
 * The learning lead's view of their force: the force's own response and every team's response,
 * by case, with the open and done actions; the force's response is written here, and everything
 * downloads as an Excel workbook or CSV.
 */
export default function ForceResponses({ inTeams }: ForceResponsesProps) {
  const t = useResponseText();
  const styles = useTeamResponseStyles();
  const { language } = useText();
  const view = useResource(
    (signal) => getForceResponses(language, inTeams, signal),
    [language, inTeams],
  );
  const [fresh, setFresh] = useState<ForceResponsesView | null>(null);
  let body;
  if (view.status === 'loading') body = <Loading label={t.text('force.loading')} />;
  else if (view.status === 'error') {
    const key: ResponseKey =
      view.error.status === 403
        ? 'force.forbidden'
        : view.error.status === 401 || view.error.status === NO_TOKEN
          ? 'force.outsideTeams'
          : 'force.failed';
    body = (
      <p className={styles.explanation} role="status">
        {t.text(key)}
      </p>
    );
  } else
    body = (
      <ForceBody
        view={fresh ?? view.data}
        inTeams={inTeams}
        onSaved={() => getForceResponses(language, inTeams).then(setFresh, () => undefined)}
      />
    );
  return (
    <>
      <PageTitle>{t.text('force.title')}</PageTitle>
      {body}
    </>
  );
}

function ForceBody({
  view,
  inTeams,
  onSaved,
}: {
  view: ForceResponsesView;
  inTeams: boolean;
  onSaved: () => void;
}) {
  const t = useResponseText();
  const styles = useTeamResponseStyles();
  const { date } = useText();
  const cases = [
    ...new Set([...view.force.map((f) => f.caseId), ...view.teams.map((r) => r.caseId)]),
  ].sort(compareCaseIds);
  return (
    <>
      <p>{t.text('force.summary', { open: view.openActions, done: view.doneActions })}</p>
      <Downloads inTeams={inTeams} />
      {cases.length === 0 && <p>{t.text('force.none')}</p>}
      {cases.map((caseId) => {
        const force = view.force.find((f) => f.caseId === caseId);
        const title = view.caseTitles[caseId];
        return (
          <Section
            key={caseId}
            title={
              title
                ? t.text('force.caseTitled', { id: caseId, title })
                : t.text('force.case', { id: caseId })
            }
          >
            <p>
              <TabLink href={`#${caseSubPage(caseId)}`}>
                {t.text('force.readCase', { id: caseId })}
              </TabLink>
            </p>
            {force && (
              <>
                <h3 className={styles.heading}>{t.text('force.ourResponse')}</h3>
                <p className={styles.text}>{force.change}</p>
                <span className={styles.meta}>
                  {[
                    `${t.text('force.owner')}: ${force.owner}`,
                    ...(force.dueOn ? [t.text('response.dueOn', { date: date(force.dueOn) })] : []),
                  ].join(' · ')}
                </span>
              </>
            )}
            {view.teams
              .filter((response) => response.caseId === caseId)
              .map((response) => (
                <TeamBlock key={response.team.graphGroupId} response={response} />
              ))}
          </Section>
        );
      })}
      <ForceResponseForm inTeams={inTeams} onSaved={onSaved} />
    </>
  );
}

function TeamBlock({ response }: { response: ForceTeamResponseView }) {
  const t = useResponseText();
  const styles = useTeamResponseStyles();
  const { date } = useText();
  return (
    <>
      <h3 className={styles.heading}>{response.team.name ?? t.text('response.unnamedTeam')}</h3>
      <ul className={styles.list}>
        {response.conclusions.map((conclusion, index) => (
          <li key={`c${index}`}>
            <span className={styles.about}>
              {conclusion.question === null
                ? t.text('response.wholeCase')
                : t.text('force.question', { number: conclusion.question + 1 })}
            </span>
            <p className={styles.text}>{conclusion.text}</p>
          </li>
        ))}
        {response.actions.map((action) => (
          <li key={action.id}>
            <p className={styles.text}>{action.description}</p>
            <span className={styles.meta}>
              {[
                t.text(`response.status.${action.status}`),
                action.assignee
                  ? t.text('response.assignedTo', { name: action.assignee.name })
                  : t.text('response.unassigned'),
                ...(action.dueOn ? [t.text('response.dueOn', { date: date(action.dueOn) })] : []),
              ].join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

function Downloads({ inTeams }: { inTeams: boolean }) {
  const t = useResponseText();
  const styles = useTeamResponseStyles();
  const { language } = useText();
  const [failed, setFailed] = useState(false);
  const download = (format: 'xlsx' | 'csv') => {
    setFailed(false);
    downloadForceResponses(format, language, inTeams).catch(() => setFailed(true));
  };
  return (
    <>
      <div className={styles.buttons}>
        <Button onClick={() => download('xlsx')}>{t.text('force.exportXlsx')}</Button>
        <Button onClick={() => download('csv')}>{t.text('force.exportCsv')}</Button>
      </div>
      <p role="alert" className={styles.explanation}>
        {failed ? t.text('force.exportFailed') : ''}
      </p>
    </>
  );
}

function ForceResponseForm({ inTeams, onSaved }: { inTeams: boolean; onSaved: () => void }) {
  const t = useResponseText();
  const styles = useTeamResponseStyles();
  const [caseId, setCaseId] = useState('');
  const [change, setChange] = useState('');
  const [owner, setOwner] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [outcome, setOutcome] = useState<{ key: ResponseKey; id: string } | null>(null);
  const [saving, setSaving] = useState(false);
  return (
    <Section title={t.text('force.write')}>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          const id = caseId.trim();
          putForceResponse(id, { change, owner, dueOn: dueOn || null }, inTeams).then(
            () => {
              setSaving(false);
              setOutcome({ key: 'force.saved', id });
              setCaseId('');
              setChange('');
              setOwner('');
              setDueOn('');
              onSaved();
            },
            (error: unknown) => {
              setSaving(false);
              setOutcome({
                key:
                  error instanceof ApiError && error.status === 403
                    ? 'force.forbidden'
                    : 'force.saveFailed',
                id,
              });
            },
          );
        }}
      >
        <Field label={t.text('force.caseId')} required>
          <Input value={caseId} onChange={(_e, data) => setCaseId(data.value)} />
        </Field>
        <Field label={t.text('force.change')} required>
          <Textarea
            value={change}
            resize="vertical"
            onChange={(_e, data) => setChange(data.value)}
          />
        </Field>
        <Field label={t.text('force.owner')} required>
          <Input value={owner} onChange={(_e, data) => setOwner(data.value)} />
        </Field>
        <Field label={t.text('force.due')}>
          <Input type="date" value={dueOn} onChange={(_e, data) => setDueOn(data.value)} />
        </Field>
        <p role="status" className={styles.explanation}>
          {outcome ? t.text(outcome.key, { id: outcome.id }) : ''}
        </p>
        <div className={styles.buttons}>
          <Button appearance="primary" type="submit" disabled={saving}>
            {t.text('force.save')}
          </Button>
        </div>
      </form>
    </Section>
  );
}
