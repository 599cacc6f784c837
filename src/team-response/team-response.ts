import { randomUUID } from 'node:crypto';
import type { Library } from '../content/model';
import { AppError, forbidden, notFound } from '../errors';
import type { TeamMember, TeamMembership } from '../graph/ports';
import type { TabIdentity } from '../identity/tab-token';
import type { MembershipCheck, TeamRole } from '../identity/team-membership';
import type { Store, Team } from '../store/types';
import { RESPONSE_LIMITS, type TeamResponseInput } from './input';
import type { ResponseAction, TeamResponse } from './model';
import type { ResponseActionView, TeamMemberView, TeamResponseView } from './views';

/** What the team-response use cases need. */
export interface TeamResponseDeps {
  store: Store;
  /** Who is in a team and who owns it (Graph rosters, cached; the local team in local mode). */
  membership: MembershipCheck;
  /** The team's roster with names, to assign actions to its members. */
  roster: TeamMembership;
  library: () => Library;
  now?: () => Date;
}

/** The team (installed, in the caller's tenant) and the caller's role in it, or a refusal. */
async function teamOf(
  deps: TeamResponseDeps,
  caller: TabIdentity,
  graphGroupId: string,
): Promise<{ team: Team; role: TeamRole }> {
  const team = await deps.store.teams.findByGraphGroupId(caller.tenantId, graphGroupId);
  if (!team || team.removedAt) throw notFound('The app is not in this team.');
  const role = await deps.membership
    .roleIn(caller.tenantId, graphGroupId, caller.userObjectId)
    .catch((error: unknown) => {
      throw new AppError(
        'Unavailable',
        'Team membership could not be checked: try again shortly.',
        {
          cause: error,
        },
      );
    });
  if (!role) throw forbidden('Only members of this team can see its response.');
  return { team, role };
}

function caseOf(deps: Pick<TeamResponseDeps, 'library'>, caseId: string) {
  const caseStudy = deps.library().caseStudy(caseId);
  if (!caseStudy) throw notFound('There is no case study with this id.');
  return caseStudy;
}

async function rosterOf(deps: TeamResponseDeps, tenantId: string, graphGroupId: string) {
  return deps.roster.listTeamMembers(tenantId, graphGroupId).catch((error: unknown) => {
    throw new AppError(
      'Unavailable',
      'The team’s members could not be listed: try again shortly.',
      {
        cause: error,
      },
    );
  });
}

/** An action as the tab shows it. */
export function actionView(action: ResponseAction): ResponseActionView {
  return {
    id: action.id,
    description: action.description,
    assignee: action.assigneeId ? { id: action.assigneeId, name: action.assigneeName ?? '' } : null,
    dueOn: action.dueOn,
    status: action.status,
  };
}

function membersView(members: readonly TeamMember[]): TeamMemberView[] {
  return members
    .map((member) => ({ id: member.userId, name: member.displayName }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}

function responseView(
  team: Team,
  caseId: string,
  response: TeamResponse | undefined,
  canEdit: boolean,
  members: readonly TeamMember[],
): TeamResponseView {
  return {
    caseId,
    team: { graphGroupId: team.graphGroupId!, name: team.name },
    canEdit,
    conclusions: response?.conclusions ?? [],
    actions: (response?.actions ?? []).map(actionView),
    members: canEdit ? membersView(members) : [],
    updatedAt: response?.updatedAt.toISOString() ?? null,
  };
}

/**
 * A member reads their team's response to a case: only in their own tenant, only for a team
 * they belong to. An owner also gets the team's members, to assign actions to.
 */
export async function readTeamResponse(
  deps: TeamResponseDeps,
  caller: TabIdentity,
  graphGroupId: string,
  caseId: string,
): Promise<TeamResponseView> {
  const { team, role } = await teamOf(deps, caller, graphGroupId);
  caseOf(deps, caseId);
  const response = await deps.store.responses.get(caller.tenantId, graphGroupId, caseId);
  const members = role === 'owner' ? await rosterOf(deps, caller.tenantId, graphGroupId) : [];
  return responseView(team, caseId, response, role === 'owner', members);
}

/**
 * A team owner saves the team's response to a case whole: conclusions on the case's reflective
 * questions (or the case as a whole), and actions assigned to members of the team. An action
 * keeps its id and when it was created; marking it done records when. The response and its
 * audit entry (`team-response.saved`, counts only) commit together.
 */
export async function saveTeamResponse(
  deps: TeamResponseDeps,
  caller: TabIdentity,
  graphGroupId: string,
  caseId: string,
  input: TeamResponseInput,
): Promise<TeamResponseView> {
  const { team, role } = await teamOf(deps, caller, graphGroupId);
  if (role !== 'owner') throw forbidden('Only owners of this team can change its response.');
  const caseStudy = caseOf(deps, caseId);
  if (
    input.conclusions.some((c) => c.question !== null && c.question >= caseStudy.questions.length)
  )
    throw new AppError(
      'BadRequest',
      'A conclusion names a reflective question the case does not have.',
    );
  const members = await rosterOf(deps, caller.tenantId, graphGroupId);
  const names = new Map(members.map((member) => [member.userId.toLowerCase(), member.displayName]));
  const now = deps.now?.() ?? new Date();
  const saved = await deps.store.transaction(async (tx) => {
    const before = await tx.responses.get(caller.tenantId, graphGroupId, caseId);
    if (input.basedOn !== undefined && (before?.updatedAt.toISOString() ?? null) !== input.basedOn)
      throw new AppError(
        'Conflict',
        'Someone in the team saved this response after you opened it: read theirs, then save again.',
      );
    const earlier = new Map((before?.actions ?? []).map((action) => [action.id, action]));
    const actions = input.actions.map((action): ResponseAction => {
      const previous = action.id ? earlier.get(action.id.toLowerCase()) : undefined;
      earlier.delete(previous?.id ?? '');
      const assigneeId = action.assigneeId?.toLowerCase() ?? null;
      const kept = previous && previous.assigneeId === assigneeId;
      if (assigneeId && !names.has(assigneeId) && !kept)
        throw new AppError(
          'BadRequest',
          'An action is assigned to someone who is not in this team.',
        );
      return {
        id: previous?.id ?? randomUUID(),
        description: action.description,
        assigneeId,
        assigneeName: assigneeId ? (names.get(assigneeId) ?? previous?.assigneeName ?? null) : null,
        dueOn: action.dueOn,
        status: action.status,
        createdAt: previous?.createdAt ?? now,
        completedAt: action.status === 'done' ? (previous?.completedAt ?? now) : null,
      };
    });
    const response = await tx.responses.save({
      tenantId: caller.tenantId,
      graphGroupId,
      caseId,
      conclusions: input.conclusions,
      actions,
      updatedBy: caller.userObjectId,
      updatedAt: now,
    });
    await tx.audit.append({
      tenantId: caller.tenantId,
      actor: caller.userObjectId,
      action: 'team-response.saved',
      subject: `${graphGroupId}/${caseId}`,
      detail: {
        conclusions: response.conclusions.length,
        actions: actions.length,
        open: actions.filter((action) => action.status === 'open').length,
      },
    });
    return response;
  });
  return responseView(team, caseId, saved, true, members);
}

/** Who adds a reply to the team's response, where (checked a team owner by the caller). */
export interface ConclusionRequest {
  tenantId: string;
  graphGroupId: string;
  caseId: string;
  /** The owner's object id. */
  actor: string;
  question: number | null;
  text: string;
}

/**
 * A team owner adds a conclusion (a reply from the thread, as they edited it in the dialog) to
 * the team's response to a case, keeping everything else in it; with its audit entry
 * (`team-response.conclusion-added`). Refused when the response already holds the most it may.
 */
export async function addConclusion(
  deps: Pick<TeamResponseDeps, 'store' | 'library' | 'now'>,
  request: ConclusionRequest,
): Promise<TeamResponse> {
  const caseStudy = caseOf(deps, request.caseId);
  if (request.question !== null && request.question >= caseStudy.questions.length)
    throw new AppError('BadRequest', 'The case does not have this reflective question.');
  return deps.store.transaction(async (tx) => {
    const before = await tx.responses.get(request.tenantId, request.graphGroupId, request.caseId);
    const conclusions = [
      ...(before?.conclusions ?? []),
      { question: request.question, text: request.text },
    ];
    if (conclusions.length > RESPONSE_LIMITS.conclusions)
      throw new AppError(
        'Conflict',
        'The team’s response already holds as many conclusions as it can.',
      );
    const saved = await tx.responses.save({
      tenantId: request.tenantId,
      graphGroupId: request.graphGroupId,
      caseId: request.caseId,
      conclusions,
      actions: before?.actions ?? [],
      updatedBy: request.actor,
      updatedAt: deps.now?.() ?? new Date(),
    });
    await tx.audit.append({
      tenantId: request.tenantId,
      actor: request.actor,
      action: 'team-response.conclusion-added',
      subject: `${request.graphGroupId}/${request.caseId}`,
      detail: { conclusions: conclusions.length },
    });
    return saved;
  });
}
