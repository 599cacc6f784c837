import type { Library } from '../content/model';
import { caseText } from '../content/present';
import { forbidden, notFound } from '../errors';
import type { Language } from '../i18n/language';
import type { TabIdentity } from '../identity/tab-token';
import type { Store } from '../store/types';
import type { ForceResponseInput } from './input';
import { compareCaseIds, type ForceResponse } from './model';
import { actionView } from './team-response';
import type { ForceResponseView, ForceResponsesView } from './views';

/** What the learning lead's use cases need. */
export interface ForceResponseDeps {
  store: Store;
  library: () => Library;
  now?: () => Date;
}

/** Only a force's learning lead (the `LearningLead` role in that tenant) sees the force view. */
function requireLearningLead(caller: TabIdentity): void {
  if (!caller.roles.includes('LearningLead'))
    throw forbidden('Only your force’s learning lead can see the force’s responses.');
}

function forceView(response: ForceResponse): ForceResponseView {
  return {
    caseId: response.caseId,
    change: response.change,
    owner: response.owner,
    dueOn: response.dueOn,
    updatedAt: response.updatedAt.toISOString(),
  };
}

/**
 * The learning lead's view of their own force: every team's response (teams the app has left
 * included, by name) and the force's own responses, with the force's open and done actions.
 * Never a person's private learning record, never another force. Cases are titled in `language`.
 */
export async function readForceResponses(
  deps: ForceResponseDeps,
  caller: TabIdentity,
  language: Language = 'en',
): Promise<ForceResponsesView> {
  requireLearningLead(caller);
  const { store } = deps;
  const [responses, force, teams] = await Promise.all([
    store.responses.listByTenant(caller.tenantId),
    store.responses.listForce(caller.tenantId),
    store.teams.list(caller.tenantId),
  ]);
  const names = new Map(
    teams
      .filter((team) => team.graphGroupId !== null)
      .map((team) => [team.graphGroupId!.toLowerCase(), team.name]),
  );
  const actions = responses.flatMap((response) => response.actions);
  const library = deps.library();
  const caseTitles: Record<string, string> = {};
  for (const { caseId } of [...responses, ...force]) {
    const caseStudy = library.caseStudy(caseId);
    if (caseStudy) caseTitles[caseId] = caseText(caseStudy, language).title;
  }
  return {
    tenantId: caller.tenantId,
    teams: responses
      .map((response) => ({
        caseId: response.caseId,
        team: {
          graphGroupId: response.graphGroupId,
          name: names.get(response.graphGroupId) ?? null,
        },
        conclusions: response.conclusions,
        actions: response.actions.map(actionView),
        updatedAt: response.updatedAt.toISOString(),
      }))
      .sort(
        (a, b) =>
          compareCaseIds(a.caseId, b.caseId) ||
          (a.team.name ?? '').localeCompare(b.team.name ?? '') ||
          a.team.graphGroupId.localeCompare(b.team.graphGroupId),
      ),
    force: force.map(forceView).sort((a, b) => compareCaseIds(a.caseId, b.caseId)),
    caseTitles,
    openActions: actions.filter((action) => action.status === 'open').length,
    doneActions: actions.filter((action) => action.status === 'done').length,
  };
}

/**
 * The learning lead writes the force's own response to a case (what the force will change, who
 * owns it, by when); it and its audit entry (`force-response.saved`) commit together.
 */
export async function saveForceResponse(
  deps: ForceResponseDeps,
  caller: TabIdentity,
  caseId: string,
  input: ForceResponseInput,
): Promise<ForceResponseView> {
  requireLearningLead(caller);
  if (!deps.library().caseStudy(caseId)) throw notFound('There is no case study with this id.');
  const saved = await deps.store.transaction(async (tx) => {
    const response = await tx.responses.saveForce({
      tenantId: caller.tenantId,
      caseId,
      change: input.change,
      owner: input.owner,
      dueOn: input.dueOn,
      updatedBy: caller.userObjectId,
      updatedAt: deps.now?.() ?? new Date(),
    });
    await tx.audit.append({
      tenantId: caller.tenantId,
      actor: caller.userObjectId,
      action: 'force-response.saved',
      subject: caseId,
      detail: { dueOn: input.dueOn },
    });
    return response;
  });
  return forceView(saved);
}
