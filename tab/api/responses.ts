import type { Language } from '../../src/i18n/language';
import type { MeView } from '../../src/content/views';
import type {
  ForceResponseView,
  ForceResponsesView,
  TeamResponseView,
} from '../../src/team-response/views';
import { downloadSignedIn, getSignedIn, putSignedIn } from './client';

/** What an owner sends to save the team's response whole. */
export interface TeamResponseChange {
  conclusions: { question: number | null; text: string }[];
  actions: {
    id?: string;
    description: string;
    assigneeId: string | null;
    dueOn: string | null;
    status: 'open' | 'done';
  }[];
  /** The `updatedAt` of the version edited (null: none yet), so a save over a newer one is refused. */
  basedOn: string | null;
}

/** What the learning lead sends for the force's own response to a case. */
export interface ForceResponseChange {
  change: string;
  owner: string;
  dueOn: string | null;
}

/** How long one answer of `/api/me` serves every part of the tab that asks. */
const ME_FRESH_MS = 5 * 60_000;
let me: { inTeams: boolean; at: number; answer: Promise<MeView> } | undefined;

/**
 * The signed-in person, their roles and their teams. The service reads the person's team rosters
 * to answer, so the navigation and the case page share one answer for a few minutes (a failed
 * one is asked again). A caller that stops waiting ignores the answer; it is not cancelled for
 * the others.
 */
export function getMe(inTeams: boolean): Promise<MeView> {
  const now = Date.now();
  if (!me || me.inTeams !== inTeams || now - me.at > ME_FRESH_MS) {
    const answer = getSignedIn<MeView>('/api/me', inTeams);
    const asked = { inTeams, at: now, answer };
    me = asked;
    answer.catch(() => {
      if (me === asked) me = undefined;
    });
  }
  return me.answer;
}

const teamResponsePath = (graphGroupId: string, caseId: string) =>
  `/api/teams/${encodeURIComponent(graphGroupId)}/responses/${encodeURIComponent(caseId)}`;

/** A team's response to a case. */
export const getTeamResponse = (
  graphGroupId: string,
  caseId: string,
  inTeams: boolean,
  signal?: AbortSignal,
) => getSignedIn<TeamResponseView>(teamResponsePath(graphGroupId, caseId), inTeams, signal);

/** Saves a team's response (owners only). */
export const putTeamResponse = (
  graphGroupId: string,
  caseId: string,
  change: TeamResponseChange,
  inTeams: boolean,
) => putSignedIn<TeamResponseView>(teamResponsePath(graphGroupId, caseId), change, inTeams);

/** Every team's response and the force's own (the learning lead). */
export const getForceResponses = (language: Language, inTeams: boolean, signal?: AbortSignal) =>
  getSignedIn<ForceResponsesView>(`/api/force/responses?lang=${language}`, inTeams, signal);

/** Saves the force's own response to a case (the learning lead). */
export const putForceResponse = (caseId: string, change: ForceResponseChange, inTeams: boolean) =>
  putSignedIn<ForceResponseView>(
    `/api/force/responses/${encodeURIComponent(caseId)}`,
    change,
    inTeams,
  );

/** Saves the force's responses as a file (`xlsx` or `csv`) in a language. */
export const downloadForceResponses = (
  format: 'xlsx' | 'csv',
  language: string,
  inTeams: boolean,
) =>
  downloadSignedIn(
    `/api/force/responses?format=${format}&lang=${language}`,
    `force-responses.${format}`,
    inTeams,
  );
