import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import type { TeamResponsePanelProps } from './TeamResponse';

/** The panel, its form controls and its messages load on demand; if they cannot, the page goes without. */
const TeamResponsePanel = lazy((): Promise<{ default: ComponentType<TeamResponsePanelProps> }> =>
  import('./TeamResponse')
    .then((module) => ({ default: module.TeamResponsePanel }))
    .catch(() => ({ default: () => null })),
);

/**
 * Our team's response beside the discussion, loaded once the case page is shown in the browser
 * (the server's render of the page has none, so hydration matches), so the tab's first
 * JavaScript carries none of its form.
 */
export function TeamResponseOnDemand(props: TeamResponsePanelProps) {
  const [shown, setShown] = useState(false);
  useEffect(() => setShown(true), []);
  if (!shown) return null;
  return (
    <Suspense fallback={null}>
      <TeamResponsePanel {...props} />
    </Suspense>
  );
}
