import type { TeamMembership } from '../graph/ports';

/** Answers whether a user belongs to a team, from Graph, reusing a team's roster briefly. */
export interface MembershipCheck {
  isMember(tenantId: string, graphGroupId: string, userObjectId: string): Promise<boolean>;
}

/** Caches each team's member ids for `cacheMs` (a minute by default). */
export function createMembershipCheck(
  graph: TeamMembership,
  options: { cacheMs?: number; now?: () => number } = {},
): MembershipCheck {
  const cacheMs = options.cacheMs ?? 60_000;
  const now = options.now ?? Date.now;
  const rosters = new Map<string, { members: Set<string>; until: number }>();
  return {
    async isMember(tenantId, graphGroupId, userObjectId) {
      const key = `${tenantId}/${graphGroupId}`;
      let roster = rosters.get(key);
      if (!roster || roster.until <= now()) {
        for (const [cached, entry] of rosters) if (entry.until <= now()) rosters.delete(cached);
        const members = await graph.listTeamMembers(tenantId, graphGroupId);
        roster = {
          members: new Set(members.map((member) => member.userId)),
          until: now() + cacheMs,
        };
        rosters.set(key, roster);
      }
      return roster.members.has(userObjectId);
    },
  };
}
