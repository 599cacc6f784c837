import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps';
import { actorOf, type TeamPlace } from './turn';

/** The reply to a member who is not an owner. */
export const OWNERS_ONLY_TEXT = 'Only the team\u2019s owners can change the weekly case study.';

/** The reply when the service has no Graph to ask who the team's owners are (outside local mode). */
export const OWNERS_UNKNOWN_TEXT =
  'The weekly case study cannot be changed just now: this service cannot check who the team\u2019s owners are. Please tell your IT team.';

/**
 * Why the sender may not change the team's settings, as the sentence to answer them with;
 * undefined when they may. Team owners only, checked through Graph. Without Graph, local mode
 * lets any member (with a warning in the log); anywhere else nobody may: the check fails closed.
 */
export async function settingsRefusal(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<string | undefined> {
  const where = { tenantId: place.tenantId, teamId: place.teamId };
  if (!deps.graph) {
    if (deps.config.localMode) {
      deps.logger.warn(where, 'local mode, no Graph: any member may change settings');
      return undefined;
    }
    deps.logger.warn(where, 'no Graph to check team owners: the change is refused');
    return OWNERS_UNKNOWN_TEXT;
  }
  const team = await deps.store.getTeam(place.tenantId, place.teamId);
  if (!team?.graphGroupId) return OWNERS_ONLY_TEXT;
  const owners = await deps.graph.listTeamOwners(place.tenantId, team.graphGroupId);
  return owners.includes(actorOf(context)) ? undefined : OWNERS_ONLY_TEXT;
}
