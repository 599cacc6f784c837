import type { GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { TeamRepository } from '../store/types';

/** Why a change to a team's settings is refused: not an owner, or no way to ask who the owners are. */
export type OwnerRefusal = 'not-owner' | 'owners-unknown';

/** Whether a person may change a team's settings (its weekly posts). */
export interface OwnerCheck {
  /** Undefined when `actor` may change the team's settings; else why not. */
  refusal(tenantId: string, teamId: string, actor: string): Promise<OwnerRefusal | undefined>;
}

export interface OwnerCheckOptions {
  /** Undefined where the app has no secret for Graph (and in local mode). */
  graph: Pick<GraphOperations, 'listTeamOwners'> | undefined;
  teams: Pick<TeamRepository, 'get'>;
  localMode: boolean;
  logger: Logger;
}

/**
 * Team owners only, as Graph lists them for the team's Graph group. Without Graph, local mode
 * lets any member (with a warning in the log); anywhere else nobody may: the check fails closed.
 */
export function createOwnerCheck(options: OwnerCheckOptions): OwnerCheck {
  return {
    async refusal(tenantId, teamId, actor) {
      const where = { tenantId, teamId };
      if (!options.graph) {
        if (options.localMode) {
          options.logger.warn(where, 'local mode, no Graph: any member may change settings');
          return undefined;
        }
        options.logger.warn(where, 'no Graph to check team owners: the change is refused');
        return 'owners-unknown';
      }
      const team = await options.teams.get(tenantId, teamId);
      if (!team?.graphGroupId) return 'not-owner';
      const owners = await options.graph.listTeamOwners(tenantId, team.graphGroupId);
      return owners.includes(actor) ? undefined : 'not-owner';
    },
  };
}
