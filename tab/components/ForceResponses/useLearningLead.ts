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
    const controller = new AbortController();
    getMe(inTeams, controller.signal).then(
      (me) => setLead(me.roles.includes('LearningLead')),
      () => setLead(false),
    );
    return () => controller.abort();
  }, [inTeams, enabled]);
  return lead ? t.text('force.nav') : undefined;
}
