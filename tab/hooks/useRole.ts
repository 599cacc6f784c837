import { useCallback, useState } from 'react';
import { isAudience, type Audience } from '../../src/content/model';
import { readStored, writeStored } from '../storage';

const ROLE_KEY = 'ltl.role';

/** The reader's remembered role ("I am a …"), or null until they choose one. */
export function useRole(): [Audience | null, (role: Audience | null) => void] {
  const [role, setRoleState] = useState<Audience | null>(() => {
    const stored = readStored('localStorage', ROLE_KEY);
    return stored && isAudience(stored) ? stored : null;
  });
  const setRole = useCallback((next: Audience | null) => {
    setRoleState(next);
    writeStored('localStorage', ROLE_KEY, next ?? '');
  }, []);
  return [role, setRole];
}
