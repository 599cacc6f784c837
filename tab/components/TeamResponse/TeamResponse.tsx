import { Button, Checkbox, Field, Input, Select, Textarea } from '@fluentui/react-components';
import { useState } from 'react';
import type { CaseView, MyTeamView } from '../../../src/content/views';
import type { ThreadRef } from '../../../src/links';
import type { TeamResponseView } from '../../../src/team-response/views';
import {
  ApiError,
  getMe,
  getTeamResponse,
  NO_TOKEN,
  putTeamResponse,
  type TeamResponseChange,
} from '../../api';
import { useResource } from '../../hooks';
import { useText } from '../../i18n';
import { Section } from '../Section/Section';
import { Loading } from '../Status/Status';
import { useResponseText, type ResponseKey } from './responseText';
import { useTeamResponseStyles } from './TeamResponse.styles';

export interface TeamResponsePanelProps {
  caseStudy: CaseView;
  /** The channel thread the case was opened from: its team is shown first. */
  thread: ThreadRef | null;
  inTeams: boolean;
}

function explanation(error: ApiError, inTeams: boolean): ResponseKey {
  switch (error.status) {
    case NO_TOKEN:
      return 'response.noToken';
    case 401:
      return inTeams ? 'response.refused' : 'response.outsideTeams';
    case 403:
      return 'response.forbidden';
    default:
      return 'response.failed';
  }
}

/**
 * The team's response to the case, beside its discussion: members read what the team concluded
 * and its actions; owners write them. A person in several teams picks the team.
 */
export function TeamResponsePanel({ caseStudy, thread, inTeams }: TeamResponsePanelProps) {
  const styles = useTeamResponseStyles();
  const t = useResponseText();
  const me = useResource(() => getMe(inTeams), [inTeams]);
  let body;
  if (me.status === 'loading') body = <Loading label={t.text('response.loading')} />;
  else if (me.status === 'error')
    body = (
      <p className={styles.explanation} role="status">
        {t.text(explanation(me.error, inTeams))}
      </p>
    );
  else if (me.data.teams.length === 0)
    body = <p className={styles.explanation}>{t.text('response.noTeams')}</p>;
  else
    body = (
      <TeamChoice teams={me.data.teams} thread={thread} caseStudy={caseStudy} inTeams={inTeams} />
    );
  return (
    <Section title={t.text('response.title')} className={styles.panel}>
      {body}
    </Section>
  );
}

function TeamChoice({
  teams,
  thread,
  caseStudy,
  inTeams,
}: {
  teams: MyTeamView[];
  thread: ThreadRef | null;
  caseStudy: CaseView;
  inTeams: boolean;
}) {
  const t = useResponseText();
  const threadTeam = thread && 'team' in thread ? thread.team.toLowerCase() : null;
  const [chosen, choose] = useState(
    teams.find((team) => team.graphGroupId.toLowerCase() === threadTeam)?.graphGroupId ??
      teams[0]!.graphGroupId,
  );
  return (
    <>
      {teams.length > 1 && (
        <Field label={t.text('response.team')}>
          <Select value={chosen} onChange={(_event, data) => choose(data.value)}>
            {teams.map((team) => (
              <option key={team.graphGroupId} value={team.graphGroupId}>
                {team.name ?? team.graphGroupId}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <TeamResponseBody
        key={chosen}
        graphGroupId={chosen}
        caseStudy={caseStudy}
        inTeams={inTeams}
      />
    </>
  );
}

function TeamResponseBody({
  graphGroupId,
  caseStudy,
  inTeams,
}: {
  graphGroupId: string;
  caseStudy: CaseView;
  inTeams: boolean;
}) {
  const styles = useTeamResponseStyles();
  const t = useResponseText();
  const loaded = useResource(
    (signal) => getTeamResponse(graphGroupId, caseStudy.id, inTeams, signal),
    [graphGroupId, caseStudy.id, inTeams],
  );
  const [saved, setSaved] = useState<TeamResponseView | null>(null);
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<ResponseKey | null>(null);
  if (loaded.status === 'loading') return <Loading label={t.text('response.loading')} />;
  if (loaded.status === 'error')
    return (
      <p className={styles.explanation} role="status">
        {t.text(explanation(loaded.error, inTeams))}
      </p>
    );
  const response = saved ?? loaded.data;
  if (editing)
    return (
      <ResponseEditor
        response={response}
        caseStudy={caseStudy}
        inTeams={inTeams}
        onSaved={(view) => {
          setSaved(view);
          setEditing(false);
          setNotice('response.saved');
        }}
        onCancel={(latest) => {
          if (latest) setSaved(latest);
          setEditing(false);
        }}
      />
    );
  return (
    <>
      <p role="status" className={styles.explanation}>
        {notice ? t.text(notice) : ''}
      </p>
      <ResponseRead response={response} caseStudy={caseStudy} />
      {response.canEdit && (
        <div className={styles.buttons}>
          <Button
            appearance="primary"
            onClick={() => {
              setNotice(null);
              setEditing(true);
            }}
          >
            {t.text('response.edit')}
          </Button>
        </div>
      )}
    </>
  );
}

function questionText(
  t: ReturnType<typeof useResponseText>,
  caseStudy: CaseView,
  index: number | null,
) {
  return index === null
    ? t.text('response.wholeCase')
    : (caseStudy.questions[index]?.text ?? t.text('response.wholeCase'));
}

function ResponseRead({
  response,
  caseStudy,
}: {
  response: TeamResponseView;
  caseStudy: CaseView;
}) {
  const styles = useTeamResponseStyles();
  const t = useResponseText();
  const { dateTime, date } = useText();
  if (response.conclusions.length === 0 && response.actions.length === 0)
    return <p className={styles.explanation}>{t.text('response.none')}</p>;
  return (
    <>
      <h3 className={styles.heading}>{t.text('response.conclusions')}</h3>
      <ul className={styles.list}>
        {response.conclusions.map((conclusion, index) => (
          <li key={index}>
            <span className={styles.about}>{questionText(t, caseStudy, conclusion.question)}</span>
            <p className={styles.text}>{conclusion.text}</p>
          </li>
        ))}
      </ul>
      <h3 className={styles.heading}>{t.text('response.actions')}</h3>
      {response.actions.length === 0 ? (
        <p className={styles.explanation}>{t.text('response.noActions')}</p>
      ) : (
        <ul className={styles.list}>
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
      )}
      {response.updatedAt && (
        <p className={styles.meta}>
          {t.text('response.updated', { time: dateTime(response.updatedAt) })}
        </p>
      )}
    </>
  );
}

interface DraftAction {
  id?: string;
  description: string;
  assigneeId: string;
  dueOn: string;
  done: boolean;
}

function ResponseEditor({
  response,
  caseStudy,
  inTeams,
  onSaved,
  onCancel,
}: {
  response: TeamResponseView;
  caseStudy: CaseView;
  inTeams: boolean;
  onSaved: (view: TeamResponseView) => void;
  /** Leaves the editor; with the latest version when someone else saved one meanwhile. */
  onCancel: (latest: TeamResponseView | null) => void;
}) {
  const styles = useTeamResponseStyles();
  const t = useResponseText();
  const [conclusions, setConclusions] = useState(
    response.conclusions.map((c) => ({
      question: c.question === null ? '' : String(c.question),
      text: c.text,
    })),
  );
  const [actions, setActions] = useState<DraftAction[]>(
    response.actions.map((action) => ({
      id: action.id,
      description: action.description,
      assigneeId: action.assignee?.id ?? '',
      dueOn: action.dueOn ?? '',
      done: action.status === 'done',
    })),
  );
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<ResponseKey | null>(null);
  const [basedOn, setBasedOn] = useState(response.updatedAt);
  const [latest, setLatest] = useState<TeamResponseView | null>(null);
  const members = [...response.members];
  for (const action of response.actions)
    if (action.assignee && !members.some((member) => member.id === action.assignee!.id))
      members.push(action.assignee);

  const save = () => {
    const change: TeamResponseChange = {
      conclusions: conclusions.map((c) => ({
        question: c.question === '' ? null : Number(c.question),
        text: c.text,
      })),
      actions: actions.map((action) => ({
        ...(action.id ? { id: action.id } : {}),
        description: action.description,
        assigneeId: action.assigneeId || null,
        dueOn: action.dueOn || null,
        status: action.done ? 'done' : 'open',
      })),
      basedOn,
    };
    setSaving(true);
    setProblem(null);
    putTeamResponse(response.team.graphGroupId, caseStudy.id, change, inTeams).then(
      onSaved,
      (error: unknown) => {
        const status = error instanceof ApiError ? error.status : 0;
        if (status === 409) {
          getTeamResponse(response.team.graphGroupId, caseStudy.id, inTeams)
            .then(
              (view) => {
                setLatest(view);
                setBasedOn(view.updatedAt);
              },
              () => undefined,
            )
            .finally(() => {
              setSaving(false);
              setProblem('response.saveConflict');
            });
          return;
        }
        setSaving(false);
        setProblem(
          status === 403
            ? 'response.saveRefused'
            : status === 400
              ? 'response.saveInvalid'
              : 'response.saveFailed',
        );
      },
    );
  };

  const setConclusion = (index: number, change: Partial<(typeof conclusions)[number]>) =>
    setConclusions((all) => all.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const setAction = (index: number, change: Partial<DraftAction>) =>
    setActions((all) => all.map((a, i) => (i === index ? { ...a, ...change } : a)));

  return (
    <form
      className={styles.form}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <h3 className={styles.heading}>{t.text('response.conclusions')}</h3>
      {conclusions.map((conclusion, index) => (
        <fieldset key={index} className={styles.item}>
          <legend className={styles.legend}>
            {t.text('response.conclusionLabel', { number: index + 1 })}
          </legend>
          <Field label={t.text('response.questionLabel')}>
            <Select
              className={styles.control}
              value={conclusion.question}
              onChange={(_e, data) => setConclusion(index, { question: data.value })}
            >
              <option value="">{t.text('response.wholeCase')}</option>
              {caseStudy.questions.map((question, q) => (
                <option key={q} value={String(q)}>
                  {question.text}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.text('response.conclusionLabel', { number: index + 1 })} required>
            <Textarea
              value={conclusion.text}
              resize="vertical"
              onChange={(_e, data) => setConclusion(index, { text: data.value })}
            />
          </Field>
          <div>
            <Button onClick={() => setConclusions((all) => all.filter((_c, i) => i !== index))}>
              {t.text('response.removeConclusion', { number: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button onClick={() => setConclusions((all) => [...all, { question: '', text: '' }])}>
          {t.text('response.addConclusion')}
        </Button>
      </div>
      <h3 className={styles.heading}>{t.text('response.actions')}</h3>
      {actions.map((action, index) => (
        <fieldset key={action.id ?? `new-${index}`} className={styles.item}>
          <legend className={styles.legend}>
            {t.text('response.actionLabel', { number: index + 1 })}
          </legend>
          <Field label={t.text('response.actionLabel', { number: index + 1 })} required>
            <Input
              value={action.description}
              onChange={(_e, data) => setAction(index, { description: data.value })}
            />
          </Field>
          <Field label={t.text('response.assigneeLabel')}>
            <Select
              className={styles.control}
              value={action.assigneeId}
              onChange={(_e, data) => setAction(index, { assigneeId: data.value })}
            >
              <option value="">{t.text('response.unassigned')}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t.text('response.dueLabel')}>
            <Input
              type="date"
              value={action.dueOn}
              onChange={(_e, data) => setAction(index, { dueOn: data.value })}
            />
          </Field>
          <Checkbox
            label={t.text('response.doneLabel')}
            checked={action.done}
            onChange={(_e, data) => setAction(index, { done: data.checked === true })}
          />
          <div>
            <Button onClick={() => setActions((all) => all.filter((_a, i) => i !== index))}>
              {t.text('response.removeAction', { number: index + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          onClick={() =>
            setActions((all) => [
              ...all,
              { description: '', assigneeId: '', dueOn: '', done: false },
            ])
          }
        >
          {t.text('response.addAction')}
        </Button>
      </div>
      <p role="alert" className={styles.explanation}>
        {problem ? t.text(problem) : ''}
      </p>
      <div className={styles.buttons}>
        <Button appearance="primary" type="submit" disabled={saving}>
          {saving ? t.text('response.saving') : t.text('response.save')}
        </Button>
        <Button onClick={() => onCancel(latest)} disabled={saving}>
          {t.text('response.cancel')}
        </Button>
      </div>
    </form>
  );
}
