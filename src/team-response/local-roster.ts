import type { TeamMembership } from '../graph/ports';
import { LOCAL_PERSON, LOCAL_TEAM } from '../identity/local-person';

/** Local mode: the local team's roster is the local person, its owner. */
export function localRoster(): TeamMembership {
  return {
    listTeamMembers: async (tenantId, graphGroupId) =>
      tenantId === LOCAL_PERSON.tenantId && graphGroupId === LOCAL_TEAM.graphGroupId
        ? [{ userId: LOCAL_PERSON.userObjectId, displayName: LOCAL_PERSON.name, roles: ['owner'] }]
        : [],
  };
}
