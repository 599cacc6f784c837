import type { TurnContext } from 'botbuilder';
import type { BotDeps } from './deps';
import { actorOf, type TeamPlace } from './turn';

/** Why a change is refused: not an owner, or no way to ask who the owners are. */
export type SettingsRefusal = 'change.ownersOnly' | 'change.ownersUnknown';

/**
 * Why the sender may not change the team's settings, as the message to answer them with;
 * undefined when they may. Team owners only, checked through Graph. Without Graph, local mode
 * lets any member (with a warning in the log); anywhere else nobody may: the check fails closed.
 */
export async function settingsRefusal(
  deps: BotDeps,
  context: TurnContext,
  place: TeamPlace,
): Promise<SettingsRefusal | undefined> {
  const where = { tenantId: place.tenantId, teamId: place.teamId };
  if (!deps.graph) {
    if (deps.config.localMode) {
      deps.logger.warn(where, 'local mode, no Graph: any member may change settings');
      return undefined;
    }
    deps.logger.warn(where, 'no Graph to check team owners: the change is refused');
    return 'change.ownersUnknown';
  }
  const team = await deps.store.teams.get(place.tenantId, place.teamId);
  if (!team?.graphGroupId) return 'change.ownersOnly';
  const owners = await deps.graph.listTeamOwners(place.tenantId, team.graphGroupId);
  return owners.includes(actorOf(context)) ? undefined : 'change.ownersOnly';
}
