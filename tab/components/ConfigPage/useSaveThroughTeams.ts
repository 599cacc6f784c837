import { useEffect, useRef } from 'react';
import { connectToTeams, loadTeamsJs } from '../../host';
import type { TabText } from '../../i18n';
import type { ChannelTabConfig } from './tabConfig';

/**
 * Registers the host's Save once, and marks the page valid: on save, the tab's settings are the
 * ones `makeConfig` gives for the latest render, named in the reader's language.
 */
export function useSaveThroughTeams(
  makeConfig: (text: TabText) => ChannelTabConfig,
  inTeams: boolean,
  text: TabText,
): void {
  const latest = useRef({ makeConfig, text });
  latest.current = { makeConfig, text };
  useEffect(() => {
    if (!inTeams) return;
    let active = true;
    void (async () => {
      if (!(await connectToTeams())) return;
      const { pages } = await loadTeamsJs();
      if (!active) return;
      pages.config.registerOnSaveHandler((saveEvent) => {
        const { makeConfig: configFor, text: current } = latest.current;
        pages.config.setConfig(configFor(current)).then(
          () => saveEvent.notifySuccess(),
          () => saveEvent.notifyFailure(current.text('config.saveFailed')),
        );
      });
      pages.config.setValidityState(true);
    })();
    return () => {
      active = false;
    };
  }, [inTeams]);
}
