/** Two police forces (tenants) with one team each, and the activities Teams sends from them. */

import { teamsActivities, type Person, type TeamsActivities } from '../../support/activities';

export { nextMessageId, type Person } from '../../support/activities';

export const BOT_ID = '28:learning-the-lessons';

export interface Force {
  tenantId: string;
  /** `19:…`: the team's Bot Framework id, which is also its General channel's id. */
  teamId: string;
  groupId: string;
  teamName: string;
  briefing: string;
  owner: Person;
  member: Person;
  /** Someone in the force's tenant who is not in the team. */
  outsider: Person;
}

function force(letter: string, digit: string): Force {
  const person = (role: string, n: string): Person => ({
    id: `29:${letter}-${role}`,
    name: `${role} of force ${letter.toUpperCase()}`,
    aadObjectId: `${digit.repeat(8)}-0000-4000-8000-00000000000${n}`,
  });
  return {
    tenantId: `${digit.repeat(8)}-${digit.repeat(4)}-4${digit.repeat(3)}-8${digit.repeat(3)}-${digit.repeat(12)}`,
    teamId: `19:team-${letter}@thread.tacv2`,
    groupId: `${digit.repeat(8)}-aaaa-4aaa-8aaa-${digit.repeat(12)}`,
    teamName: `Response team ${letter.toUpperCase()}`,
    briefing: `19:briefing-${letter}@thread.tacv2`,
    owner: person('Sergeant', '1'),
    member: person('Constable', '2'),
    outsider: person('Inspector', '3'),
  };
}

/** Forces A and B are allowed; C is a tenant the service has never heard of. */
export const FORCES = { a: force('a', '1'), b: force('b', '2') };
export const UNKNOWN_FORCE = force('c', '3');

/** Activities from `force`'s team, as Teams sends them to the bot. */
export function activitiesFor(force: Force, serviceUrl: string): TeamsActivities {
  return teamsActivities(
    {
      tenantId: force.tenantId,
      teamId: force.teamId,
      teamName: force.teamName,
      channelId: force.briefing,
      botId: BOT_ID,
      from: force.owner,
    },
    serviceUrl,
  );
}
