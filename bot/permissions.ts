import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps';
import { actorOf, type TeamPlace } from './turn';

/**
 * Whether the sender may change the team's settings: team owners only, checked through Graph.
 * Without Graph (local mode) any member may, with a warning in the log.
 */
export async function canChangeSettings(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<boolean> {
  const actor = actorOf(context);
  if (!deps.graph) {
    deps.logger.warn(
      { tenantId: place.tenantId, teamId: place.teamId },
      'no Graph: any member may change settings',
    );
    return true;
  }
  const team = await deps.store.getTeam(place.tenantId, place.teamId);
  if (!team?.graphGroupId) return false;
  const owners = await deps.graph.listTeamOwners(place.tenantId, team.graphGroupId);
  return owners.includes(actor);
}
