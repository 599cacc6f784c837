import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { SubPage } from '../src/links';
import { AppShell, type Section } from './components/AppShell/AppShell';
import { FocusTitleContext } from './components/PageTitle/PageTitle';
import { Loading } from './components/Status/Status';
import { useRoute } from './hooks';
import { useTeamsHost, type HostTheme } from './host';
import { ConfigView, ReaderView } from './views';

const themes: Readonly<Record<HostTheme, Theme>> = {
  default: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/** Which page the URL asks for: the reader (at `/`) or the channel tab's configuration page. */
export type AppPage = 'reader' | 'config';

function sectionOf(route: SubPage): Section {
  if (route.view === 'latest') return 'latest';
  if (route.view === 'library') return 'library';
  return 'none';
}

/** The tab: connects to its host, follows the host's theme and shows the view for the route. */
export function App({ page }: { page: AppPage }) {
  const host = useTeamsHost();
  const ready = host.mode !== 'connecting';
  const { route, navigated } = useRoute(host.mode === 'teams' ? host.subPageId : null, ready);
  const theme = host.mode === 'teams' ? host.theme : 'default';
  const locale = host.mode === 'teams' ? host.locale : 'en-GB';
  const viewProps = { locale, inTeams: host.mode === 'teams' };
  return (
    <FluentProvider theme={themes[theme]} data-theme={theme}>
      <AppShell
        section={page === 'config' ? 'none' : sectionOf(route)}
        navigation={page === 'reader'}
      >
        <FocusTitleContext.Provider value={navigated}>
          {!ready ? (
            <Loading label="Opening Learning the Lessons…" />
          ) : page === 'config' ? (
            <ConfigView {...viewProps} />
          ) : (
            <ReaderView route={route} {...viewProps} />
          )}
        </FocusTitleContext.Provider>
      </AppShell>
    </FluentProvider>
  );
}
