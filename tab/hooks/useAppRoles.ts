import { useEffect, useState } from 'react';
import type { MeView } from '../../src/content/views';
import { getMe } from '../api';

const NONE: MeView['roles'] = [];

/**
 * The signed-in person's app roles (`LearningLead`, `Editor`), asked once the host is known; none
 * until then, and none when sign-in cannot be checked. They only decide what the navigation
 * offers: the service checks the role on every call.
 */
export function useAppRoles(inTeams: boolean, enabled: boolean): MeView['roles'] {
  const [roles, setRoles] = useState(NONE);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    getMe(inTeams, controller.signal).then(
      (me) => setRoles(me.roles),
      () => setRoles(NONE),
    );
    return () => controller.abort();
  }, [inTeams, enabled]);
  return roles;
}
