import { useEffect, useState } from 'react';
import { getMe } from '../../api';
import { useResponseText } from '../TeamResponse/responseText';

/**
 * The navigation's label for the force's responses when the signed-in person is their force's
 * learning lead (asked once the host is known); undefined for everyone else, and when sign-in
 * cannot be checked.
 */
export function useLearningLead(inTeams: boolean, enabled: boolean): string | undefined {
  const t = useResponseText();
  const [lead, setLead] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let current = true;
    getMe(inTeams).then(
      (me) => current && setLead(me.roles.includes('LearningLead')),
      () => current && setLead(false),
    );
    return () => {
      current = false;
    };
  }, [inTeams, enabled]);
  return lead ? t.text('force.nav') : undefined;
}
