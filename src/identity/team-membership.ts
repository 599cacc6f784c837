import type { TeamMembership } from '../graph/ports';
import { LOCAL_PERSON, LOCAL_TEAM } from './local-person';

/** A person's place in a team. */
export type TeamRole = 'owner' | 'member';

/** Answers whether, and how, a user belongs to a team. */
export interface MembershipCheck {
  isMember(tenantId: string, graphGroupId: string, userObjectId: string): Promise<boolean>;
  /** `owner` or `member`; undefined when the user is not in the team. */
  roleIn(
    tenantId: string,
    graphGroupId: string,
    userObjectId: string,
  ): Promise<TeamRole | undefined>;
}

/** From Graph, reusing each team's roster for `cacheMs` (a minute by default). */
export function createMembershipCheck(
  graph: TeamMembership,
  options: { cacheMs?: number; now?: () => number } = {},
): MembershipCheck {
  const cacheMs = options.cacheMs ?? 60_000;
  const now = options.now ?? Date.now;
  const rosters = new Map<string, { roles: Map<string, TeamRole>; until: number }>();
  const roleIn = async (tenantId: string, graphGroupId: string, userObjectId: string) => {
    const key = `${tenantId}/${graphGroupId}`;
    let roster = rosters.get(key);
    if (!roster || roster.until <= now()) {
      for (const [cached, entry] of rosters) if (entry.until <= now()) rosters.delete(cached);
      const members = await graph.listTeamMembers(tenantId, graphGroupId);
      roster = {
        roles: new Map(
          members.map((member) => [
            member.userId,
            member.roles.includes('owner') ? ('owner' as const) : ('member' as const),
          ]),
        ),
        until: now() + cacheMs,
      };
      rosters.set(key, roster);
    }
    return roster.roles.get(userObjectId);
  };
  return {
    roleIn,
    isMember: async (...args) => (await roleIn(...args)) !== undefined,
  };
}

/** Local mode: the local person is an owner of the local team, and nobody else is in it. */
export function localMembership(): MembershipCheck {
  const roleIn = async (tenantId: string, graphGroupId: string, userObjectId: string) =>
    tenantId === LOCAL_PERSON.tenantId &&
    graphGroupId === LOCAL_TEAM.graphGroupId &&
    userObjectId === LOCAL_PERSON.userObjectId
      ? ('owner' as const)
      : undefined;
  return {
    roleIn,
    isMember: async (...args) => (await roleIn(...args)) !== undefined,
  };
}
