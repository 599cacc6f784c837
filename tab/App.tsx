import type { IssueView } from '../src/content/views';
import type { SubPage } from '../src/links';
import type { Section } from './components/AppShell/AppShell';
import { Loading } from './components/Status/Status';
import { TabFrame } from './Frame';
import { useLearningLead } from './components/ForceResponses/useLearningLead';
import { useAppRoles, useRoute, useStageChoice } from './hooks';
import { useTeamsHost } from './host';
import { TextContext, useLanguage, type TabText } from './i18n';
import { ConfigView, MeetingPageView, ReaderView } from './views';

/**
 * Which page the URL asks for: the reader (at `/`), the configuration page of a channel's or a
 * meeting's tab (`/config`), or the meeting's side panel and stage (`/meeting`).
 */
export type AppPage = 'reader' | 'config' | 'meeting';

/** What the tab shows first. */
export interface AppProps {
  page: AppPage;
  /** The text of the language the tab opens in (English when it hydrates the server's render). */
  initialText: TabText;
  /**
   * The latest issue the server rendered into the page (in English): the home view shows it at
   * once, as a plain web page, while a host (if any) connects.
   */
  prerendered?: IssueView;
}

function sectionOf(route: SubPage): Section {
  if (route.view === 'latest') return 'latest';
  if (route.view === 'library') return 'library';
  if (route.view === 'learning') return 'learning';
  if (route.view === 'force') return 'force';
  if (route.view === 'insights') return 'insights';
  if (route.view === 'comments') return 'comments';
  return 'none';
}

/**
 * The tab: connects to its host, follows the host's theme and the reader's language, and shows
 * the view for the route.
 */
export function App({ page, initialText, prerendered }: AppProps) {
  const host = useTeamsHost();
  const ready = host.mode !== 'connecting' || prerendered !== undefined;
  const { route, navigated } = useRoute(
    host.mode === 'teams' && page === 'reader' ? host.subPageId : null,
    ready,
    prerendered !== undefined,
  );
  const stage = useStageChoice();
  const { text: tabText, choose } = useLanguage(
    initialText,
    host.mode === 'teams' ? host.locale : null,
  );
  const theme = host.mode === 'teams' ? host.theme : 'default';
  const inTeams = host.mode === 'teams';
  const meeting = host.mode === 'teams' ? host.meeting : null;
  const onStage = host.mode === 'teams' && host.frameContext === 'meetingStage';
  const roles = useAppRoles(inTeams, host.mode !== 'connecting' && page === 'reader');
  const forceLabel = useLearningLead(roles);
  return (
    <TextContext.Provider value={tabText}>
      <TabFrame
        theme={theme}
        section={page === 'config' ? 'none' : sectionOf(route)}
        navigation={page === 'reader'}
        wide={page === 'meeting' && (stage !== null || onStage)}
        navigated={navigated}
        onLanguageChange={choose}
        forceLabel={forceLabel}
        editor={roles.includes('Editor')}
      >
        {!ready ? (
          <Loading label={tabText.text('shell.opening')} />
        ) : page === 'config' ? (
          <ConfigView inTeams={inTeams} inMeeting={meeting !== null} />
        ) : page === 'meeting' ? (
          <MeetingPageView stage={stage} onStage={onStage} meeting={meeting} />
        ) : (
          <ReaderView
            route={route}
            latestIssue={navigated || tabText.language !== 'en' ? undefined : prerendered}
            inTeams={inTeams}
          />
        )}
      </TabFrame>
    </TextContext.Provider>
  );
}
