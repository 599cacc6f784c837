import { AUDIENCES, isAudience, type Audience } from '../../../src/content/model';

/** The meeting page's path: the side panel, or the stage when the hash names a case. */
export const MEETING_PATH = '/meeting';

/** What the stage shows: a case and the roles present (every role's questions when none). */
export interface StageChoice {
  caseId: string;
  audiences: Audience[];
}

const stageRoute = /^#?\/stage\/(\d{1,4}-\d{1,3})(?:\?(.*))?$/;

/** The stage's address on the tab's origin: `/meeting#/stage/44-3?audiences=trainers,…`. */
export function stageUrl(origin: string, choice: StageChoice): string {
  const audiences = AUDIENCES.filter((audience) => choice.audiences.includes(audience));
  const query = audiences.length > 0 ? `?audiences=${audiences.join(',')}` : '';
  return `${origin}${MEETING_PATH}#/stage/${choice.caseId}${query}`;
}

/** The case and roles a stage address names; null when it names none. */
export function parseStage(hash: string): StageChoice | null {
  const match = stageRoute.exec(hash);
  if (!match) return null;
  const named = new URLSearchParams(match[2] ?? '').get('audiences') ?? '';
  const audiences = named.split(',').filter(isAudience);
  return { caseId: match[1]!, audiences: AUDIENCES.filter((a) => audiences.includes(a)) };
}
