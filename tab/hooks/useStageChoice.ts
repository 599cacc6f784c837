import { useEffect, useState } from 'react';
import { parseStage, type StageChoice } from '../components/MeetingStage/stageLink';

/** The case the page's address shares to the meeting stage (`#/stage/44-3?…`), if any. */
export function useStageChoice(): StageChoice | null {
  const [choice, setChoice] = useState(() => parseStage(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setChoice(parseStage(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  return choice;
}
