/**
 * A team's response to a case it discussed, and a force's own response: what the store keeps.
 * A response belongs to the team (by its Graph group id) in its force's tenant; its actions name
 * their assignee by Entra object id, so a person's export and erasure find them.
 */

/** Whether an action is still to do. */
export type ActionStatus = 'open' | 'done';

export const ACTION_STATUSES = ['open', 'done'] as const satisfies readonly ActionStatus[];

/** What the team concluded on one reflective question (by its index in the case) or the case. */
export interface Conclusion {
  /** The reflective question's index in the case (from 0); null for the case as a whole. */
  question: number | null;
  text: string;
}

/** Something the team will do, by whom and by when. */
export interface ResponseAction {
  id: string;
  description: string;
  /** The assignee's Entra object id (a member of the team when assigned); null for nobody yet. */
  assigneeId: string | null;
  /** Their display name when assigned, as the team's roster gave it. */
  assigneeName: string | null;
  /** `YYYY-MM-DD`, or null. */
  dueOn: string | null;
  status: ActionStatus;
  createdAt: Date;
  /** When it was marked done; null while open. */
  completedAt: Date | null;
}

/** A team's response to a case. */
export interface TeamResponse {
  tenantId: string;
  /** The team's Graph group id. */
  graphGroupId: string;
  caseId: string;
  conclusions: Conclusion[];
  /** In the order the team keeps them. */
  actions: ResponseAction[];
  /** The object id of the owner who saved it last. */
  updatedBy: string;
  updatedAt: Date;
}

/** An action with the team and case it belongs to. */
export interface TeamAction extends ResponseAction {
  graphGroupId: string;
  caseId: string;
}

/** A force's own response to a case, written by its learning lead. */
export interface ForceResponse {
  tenantId: string;
  caseId: string;
  /** What the force will change. */
  change: string;
  /** Who owns the change: a role or a name, as the learning lead writes it. */
  owner: string;
  /** `YYYY-MM-DD`, or null. */
  dueOn: string | null;
  updatedBy: string;
  updatedAt: Date;
}

/** Case ids in the magazine's order: by issue, then by case (`44-10` after `44-9`). */
export function compareCaseIds(a: string, b: string): number {
  const [issueA = 0, caseA = 0] = a.split('-').map(Number);
  const [issueB = 0, caseB = 0] = b.split('-').map(Number);
  return issueA - issueB || caseA - caseB;
}
