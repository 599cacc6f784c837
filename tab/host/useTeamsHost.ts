import { useEffect, useState } from 'react';
import {
  connectToTeams,
  HOST_TIMEOUT_MS,
  mightBeHosted,
  type HostTheme,
  type TeamsSession,
} from './teamsHost';

/** The host as the UI sees it: still connecting, a plain web page, or inside Teams. */
export type HostState =
  | { mode: 'connecting' }
  | { mode: 'standalone' }
  | {
      mode: 'teams';
      theme: HostTheme;
      locale: string;
      subPageId: string | null;
      frameContext: string;
      meeting: TeamsSession['meeting'];
    };

/**
 * Connects to the host once and follows its theme changes. A host that has not answered within
 * `HOST_TIMEOUT_MS` leaves the tab a plain web page until it does.
 */
export function useTeamsHost(): HostState {
  const [state, setState] = useState<HostState>(() =>
    mightBeHosted() ? { mode: 'connecting' } : { mode: 'standalone' },
  );
  useEffect(() => {
    if (!mightBeHosted()) return;
    let active = true;
    const giveUp = setTimeout(() => {
      setState((current) => (current.mode === 'connecting' ? { mode: 'standalone' } : current));
    }, HOST_TIMEOUT_MS);
    void connectToTeams().then((session) => {
      clearTimeout(giveUp);
      if (!active) return;
      if (!session) {
        setState({ mode: 'standalone' });
        return;
      }
      setState({
        mode: 'teams',
        theme: session.theme,
        locale: session.locale,
        subPageId: session.subPageId,
        frameContext: session.frameContext,
        meeting: session.meeting,
      });
      session.onThemeChange((theme) => {
        if (active)
          setState((current) => (current.mode === 'teams' ? { ...current, theme } : current));
      });
    });
    return () => {
      active = false;
      clearTimeout(giveUp);
    };
  }, []);
  return state;
}
