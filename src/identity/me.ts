import type { MeView, MyTeamView } from '../content/views';
import type { Language } from '../i18n/language';
import type { Logger } from '../logger';
import type { TeamRepository } from '../store/types';
import type { TabIdentity } from './tab-token';
import type { MembershipCheck } from './team-membership';

export interface WhoAmIDeps {
  teams: Pick<TeamRepository, 'list'>;
  membership: MembershipCheck;
  logger: Logger;
  localMode: boolean;
}

/** Rosters asked for at once when a caller's teams are worked out. */
const CONCURRENT_ROSTERS = 4;

/**
 * The caller, their app roles and the teams they belong to among those where the app is
 * installed in their tenant (Graph rosters, cached; a team whose roster cannot be read is left
 * out and logged). The app has no tenant-wide permission to list a person's teams: only the
 * rosters of the teams that installed it.
 */
export async function whoAmI(
  caller: TabIdentity,
  language: Language,
  deps: WhoAmIDeps,
): Promise<MeView> {
  const installed = (await deps.teams.list(caller.tenantId)).filter(
    (team) => team.removedAt === null && team.graphGroupId !== null,
  );
  const teams: MyTeamView[] = [];
  let next = 0;
  const worker = async () => {
    for (let index = next++; index < installed.length; index = next++) {
      const team = installed[index]!;
      const role = await deps.membership
        .roleIn(caller.tenantId, team.graphGroupId!, caller.userObjectId)
        .catch((error: unknown) => {
          deps.logger.warn(
            { err: error, tenantId: caller.tenantId, teamId: team.id },
            'a team roster could not be read',
          );
          return undefined;
        });
      if (role)
        teams.push({ graphGroupId: team.graphGroupId!, name: team.name, owner: role === 'owner' });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_ROSTERS }, worker));
  teams.sort(
    (a, b) =>
      (a.name ?? '').localeCompare(b.name ?? '') || a.graphGroupId.localeCompare(b.graphGroupId),
  );
  return {
    tenantId: caller.tenantId,
    objectId: caller.userObjectId,
    name: caller.name,
    language,
    roles: caller.roles,
    teams,
    localMode: deps.localMode,
  };
}
