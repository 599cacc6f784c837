/**
 * The JSON the service answers for teams' and the force's responses: the tab's contract. Plain
 * types, no imports beyond this folder's model.
 */
import type { ActionStatus, Conclusion } from './model';

/** A person the team's roster names. */
export interface TeamMemberView {
  id: string;
  name: string;
}

export interface ResponseActionView {
  id: string;
  description: string;
  assignee: TeamMemberView | null;
  /** `YYYY-MM-DD`, or null. */
  dueOn: string | null;
  status: ActionStatus;
}

/** `GET /api/teams/<group>/responses/<caseId>`: the team's response, as a member reads it. */
export interface TeamResponseView {
  caseId: string;
  team: { graphGroupId: string; name: string | null };
  /** Whether the caller may change it (a team owner). */
  canEdit: boolean;
  conclusions: Conclusion[];
  actions: ResponseActionView[];
  /** The team's members to assign actions to; empty unless the caller may edit. */
  members: TeamMemberView[];
  /** When it was last saved; null when the team has not responded yet. */
  updatedAt: string | null;
}

/** One team's response in the force's view. */
export interface ForceTeamResponseView {
  caseId: string;
  team: { graphGroupId: string; name: string | null };
  conclusions: Conclusion[];
  actions: ResponseActionView[];
  updatedAt: string;
}

/** The force's own response to a case. */
export interface ForceResponseView {
  caseId: string;
  change: string;
  owner: string;
  dueOn: string | null;
  updatedAt: string;
}

/** `GET /api/force/responses`: every team's responses and the force's own, in one force. */
export interface ForceResponsesView {
  tenantId: string;
  teams: ForceTeamResponseView[];
  force: ForceResponseView[];
  /** Each case's title in the reader's language, by case id (cases the library has). */
  caseTitles: Record<string, string>;
  /** Counts across the force. */
  openActions: number;
  doneActions: number;
}
