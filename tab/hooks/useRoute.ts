import { useEffect, useState } from 'react';
import { parseSubPage, type SubPage } from '../../src/links';

function currentHash(): string {
  return window.location.hash.replace(/^#/, '');
}

/** True when the URL names no view of its own: no hash, `#` or `#/`. */
function hashIsEmpty(): boolean {
  return currentHash() === '' || currentHash() === '/';
}

/** The current view and whether the reader has moved between views since the page opened. */
export interface RouteState {
  route: SubPage;
  navigated: boolean;
}

/**
 * The view named by the hash route (`#/cases/44-3`, `#/issues/43`, `#/library`). Inside Teams a
 * sub-page id from the host opens the same view when the URL names no view of its own (no hash,
 * `#` or `#/`); it is then written into the hash so the browser's back button works as elsewhere. `startAtHome` begins
 * at the home view, as the server rendered it, and follows the hash once mounted.
 */
export function useRoute(
  hostSubPageId: string | null,
  ready: boolean,
  startAtHome = false,
): RouteState {
  const [hash, setHash] = useState(() => (startAtHome ? '' : currentHash()));
  const [navigated, setNavigated] = useState(false);
  useEffect(() => {
    if (!ready) return;
    if (hostSubPageId && hashIsEmpty()) {
      window.history.replaceState(null, '', `#${hostSubPageId}`);
      setHash(hostSubPageId);
    } else {
      setHash(currentHash());
    }
    const onHashChange = () => {
      setHash(currentHash());
      setNavigated(true);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [hostSubPageId, ready]);
  return { route: parseSubPage(hash), navigated };
}
