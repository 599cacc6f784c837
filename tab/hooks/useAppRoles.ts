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
    let current = true;
    getMe(inTeams).then(
      (me) => current && setRoles(me.roles),
      () => current && setRoles(NONE),
    );
    return () => {
      current = false;
    };
  }, [inTeams, enabled]);
  return roles;
}
