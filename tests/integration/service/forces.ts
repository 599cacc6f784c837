/** Two police forces (tenants) with one team each, and the activities Teams sends from them. */

export const BOT_ID = '28:learning-the-lessons';

export interface Person {
  /** Bot Framework user id (`29:…`). */
  id: string;
  name: string;
  aadObjectId: string;
}

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

let sequence = 0;
/** A Teams message id (milliseconds since the epoch, as Teams uses). */
export const nextMessageId = (): string => String(1_760_000_000_000 + ++sequence);

/** Activities from `force`'s team, as Teams sends them to the bot. */
export function activitiesFor(force: Force, serviceUrl: string) {
  const channelData = (channelId: string, eventType?: string) => ({
    tenant: { id: force.tenantId },
    team: { id: force.teamId, name: force.teamName },
    channel: { id: channelId },
    ...(eventType ? { eventType } : {}),
  });
  const base = (conversationId: string, from: Person, id = nextMessageId()) => ({
    id,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: BOT_ID, name: 'Learning the Lessons' },
    conversation: {
      id: conversationId,
      conversationType: 'channel',
      tenantId: force.tenantId,
      isGroup: true,
    },
  });
  const inThread = (channelId: string, root: string | undefined) =>
    root ? `${channelId};messageid=${root}` : channelId;

  return {
    /** The app is added to the team. */
    botAdded: () => ({
      ...base(force.teamId, force.owner),
      type: 'conversationUpdate',
      membersAdded: [{ id: BOT_ID }],
      channelData: channelData(force.teamId, 'teamMemberAdded'),
    }),
    /** The set-up card's Save (`Action.Execute`) with these choices. */
    saveSetUp: (choices: Record<string, string>, from: Person = force.owner) => ({
      ...base(force.teamId, from),
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: {
        action: { type: 'Action.Execute', verb: 'saveSubscription', data: choices },
        trigger: 'manual',
      },
      channelData: channelData(force.teamId),
    }),
    /** `@Learning the Lessons <command>` in a channel. */
    command: (text: string, from: Person = force.owner, channelId = force.briefing) => ({
      ...base(channelId, from),
      type: 'message',
      text: `<at>Learning the Lessons</at> ${text}`,
      entities: [
        {
          type: 'mention',
          text: '<at>Learning the Lessons</at>',
          mentioned: { id: BOT_ID, name: 'Learning the Lessons' },
        },
      ],
      channelData: channelData(channelId),
    }),
    /** A message nobody addressed to the bot: a reply under `root`, or a new post. */
    message: (
      text: string,
      options: { from: Person; root?: string; id?: string; channelId?: string },
    ) => {
      const channelId = options.channelId ?? force.briefing;
      return {
        ...base(inThread(channelId, options.root), options.from, options.id),
        type: 'message',
        text,
        entities: [],
        channelData: channelData(channelId),
      };
    },
    edited: (root: string, id: string, text: string, from: Person) => ({
      ...base(inThread(force.briefing, root), from, id),
      type: 'messageUpdate',
      text,
      channelData: channelData(force.briefing, 'editMessage'),
    }),
    deleted: (root: string, id: string, from: Person) => ({
      ...base(inThread(force.briefing, root), from, id),
      type: 'messageDelete',
      channelData: channelData(force.briefing, 'softDeleteMessage'),
    }),
  };
}
