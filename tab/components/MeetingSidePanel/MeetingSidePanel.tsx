import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  SearchBox,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { AUDIENCES, type Audience } from '../../../src/content/model';
import type { CaseSummaryView } from '../../../src/content/views';
import { ApiError, getLatestIssue, postCaseToMeetingChat, searchCases } from '../../api';
import { getSsoToken, shareToStage, type StageShare } from '../../host';
import { useResource } from '../../hooks';
import { richText, useContentLang, useText, type TabKey } from '../../i18n';
import { PageTitle } from '../PageTitle/PageTitle';
import { Loading } from '../Status/Status';
import { TabLink } from '../TabLink/TabLink';
import { stageUrl } from '../MeetingStage/stageLink';
import { useMeetingSidePanelStyles } from './MeetingSidePanel.styles';

/** How long typing must pause before a search is sent. */
const TYPING_PAUSE_MS = 150;

export interface MeetingSidePanelProps {
  /** The meeting the panel is in, with its chat; null outside a Teams meeting. */
  meeting: { chatId: string | null } | null;
}

const shareMessages: Readonly<Record<StageShare, TabKey>> = {
  shared: 'meeting.share.done',
  notAllowed: 'meeting.share.notAllowed',
  failed: 'meeting.share.failed',
};

function postFailure(error: unknown): TabKey {
  const status = error instanceof ApiError ? error.status : 0;
  if (status === 401) return 'meeting.post.signIn';
  if (status === 403) return 'meeting.post.forbidden';
  if (status === 404) return 'case.notFound';
  if (status === 409) return 'meeting.post.notInChat';
  if (status === 429) return 'meeting.post.busy';
  return 'meeting.post.failed';
}

/** The words typed, once typing has paused. */
function usePausedValue(value: string): string {
  const [paused, setPaused] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setPaused(value), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [value]);
  return paused;
}

/** The cases to choose from: the latest issue's, or those the words find in every issue. */
function useCaseChoices(words: string) {
  const { language } = useText();
  const query = usePausedValue(words.trim());
  return useResource<{ searched: boolean; cases: CaseSummaryView[] }>(
    async (signal) =>
      query === ''
        ? { searched: false, cases: (await getLatestIssue(language, signal)).cases }
        : { searched: true, cases: (await searchCases({ q: query }, language, signal)).hits },
    [query, language],
  );
}

function CaseOption({ caseStudy }: { caseStudy: CaseSummaryView }) {
  const lang = useContentLang(caseStudy.language);
  return <Radio value={caseStudy.id} label={<span {...lang}>{caseStudy.title}</span>} />;
}

/**
 * The meeting's side panel: the presenter picks a case and the roles present, shows it on the
 * meeting stage (screen-share protocol: everyone sees the presenter's stage view), and posts it
 * in the meeting chat. Outside a Teams meeting it offers the stage view in a new window.
 */
export function MeetingSidePanel({ meeting }: MeetingSidePanelProps) {
  const styles = useMeetingSidePanelStyles();
  const t = useText();
  const { text, language } = t;
  const [words, setWords] = useState('');
  const [chosen, setChosen] = useState<CaseSummaryView | null>(null);
  const [roles, setRoles] = useState<Audience[]>([]);
  const [status, setStatus] = useState<TabKey | null>(null);
  const [working, setWorking] = useState(false);
  const choices = useCaseChoices(words);
  const chosenLang = useContentLang(chosen?.language ?? language);

  const toggleRole = (audience: Audience, checked: boolean) =>
    setRoles((current) =>
      checked ? [...current, audience] : current.filter((role) => role !== audience),
    );
  const run = async (progress: TabKey, action: (caseStudy: CaseSummaryView) => Promise<TabKey>) => {
    if (!chosen) {
      setStatus('meeting.chooseFirst');
      return;
    }
    setWorking(true);
    setStatus(progress);
    setStatus(await action(chosen));
    setWorking(false);
  };
  const share = () =>
    run('meeting.share.sharing', async (caseStudy) => {
      const url = stageUrl(window.location.origin, { caseId: caseStudy.id, audiences: roles });
      return shareMessages[await shareToStage(url)];
    });
  const post = (chatId: string) =>
    run('meeting.post.posting', async (caseStudy) => {
      try {
        const token = await getSsoToken();
        await postCaseToMeetingChat(
          { chatId, caseId: caseStudy.id, audiences: roles },
          language,
          token,
        );
        return 'meeting.post.done';
      } catch (error) {
        return postFailure(error);
      }
    });

  const hint =
    choices.status !== 'ready'
      ? undefined
      : choices.data.searched
        ? choices.data.cases.length === 0
          ? text('search.none')
          : text('search.count', { count: choices.data.cases.length })
        : text('meeting.cases.latest');
  return (
    <>
      <PageTitle>{text('meeting.title')}</PageTitle>
      <p className={styles.intro}>{text('meeting.intro')}</p>
      {!meeting && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{text('meeting.outside.title')}</MessageBarTitle>{' '}
            {text('meeting.outside')}
          </MessageBarBody>
        </MessageBar>
      )}
      <form className={styles.form} onSubmit={(event) => event.preventDefault()}>
        <Field label={text('meeting.search')}>
          <SearchBox
            className={styles.searchBox}
            value={words}
            onChange={(_, data) => setWords(data.value)}
          />
        </Field>
        {choices.status === 'loading' && <Loading label={text('meeting.loading')} />}
        {choices.status === 'error' && <p className={styles.hint}>{text('meeting.error')}</p>}
        {choices.status === 'ready' && (
          <Field label={text('meeting.cases')} hint={hint}>
            <RadioGroup
              value={chosen?.id ?? ''}
              onChange={(_, data) =>
                setChosen(choices.data.cases.find((c) => c.id === data.value) ?? null)
              }
            >
              {choices.data.cases.map((caseStudy) => (
                <CaseOption key={caseStudy.id} caseStudy={caseStudy} />
              ))}
            </RadioGroup>
          </Field>
        )}
        <fieldset className={styles.roles}>
          <legend className={styles.legend}>{text('meeting.roles')}</legend>
          <p className={styles.hint}>{text('meeting.roles.hint')}</p>
          {AUDIENCES.map((audience) => (
            <Checkbox
              key={audience}
              label={text(`audience.${audience}`)}
              checked={roles.includes(audience)}
              onChange={(_, data) => toggleRole(audience, data.checked === true)}
            />
          ))}
        </fieldset>
        <div className={styles.actions}>
          {chosen && (
            <p className={styles.chosen}>
              {richText(t, 'meeting.chosen', {
                title: <span {...chosenLang}>{chosen.title}</span>,
              })}
            </p>
          )}
          {meeting ? (
            <>
              <Button appearance="primary" disabledFocusable={working} onClick={() => void share()}>
                {text('meeting.share')}
              </Button>
              {meeting.chatId && (
                <Button disabledFocusable={working} onClick={() => void post(meeting.chatId!)}>
                  {text('meeting.post')}
                </Button>
              )}
            </>
          ) : (
            chosen && (
              <TabLink
                href={stageUrl(window.location.origin, { caseId: chosen.id, audiences: roles })}
                target="_blank"
                rel="noopener noreferrer"
              >
                {text('meeting.openStage')}
              </TabLink>
            )
          )}
          <p className={styles.status} role="status">
            {status ? text(status) : ''}
          </p>
        </div>
      </form>
    </>
  );
}
