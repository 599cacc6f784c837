/** Activities as Teams sends them to the bot: the one builder every bot and service test uses. */

/** A person in Teams. */
export interface Person {
  /** Bot Framework user id (`29:…`). */
  id: string;
  name: string;
  aadObjectId: string;
}

/** Where the activities happen: a team of a force's tenant, and the bot they are sent to. */
export interface TeamsPlace {
  tenantId: string;
  /** `19:…`: the team's Bot Framework id, which is also its General channel's id. */
  teamId: string;
  teamName: string;
  /** The channel messages go to unless they say otherwise. */
  channelId: string;
  /** The bot's id (`28:…`), as mentioned and as the recipient. */
  botId: string;
  /** Who sends an activity unless it says otherwise. */
  from: Person;
}

export interface MessageOptions {
  text: string;
  channelId?: string;
  /** The root message id of the thread the message is in; none for a new post. */
  thread?: string;
  /** @mentions the bot. */
  mention?: boolean;
  from?: Person;
  id?: string;
}

let sequence = 0;
/** A Teams message id (milliseconds since the epoch, as Teams uses). */
export const nextMessageId = (): string => String(1_760_000_000_000 + ++sequence);

const BOT_NAME = 'Learning the Lessons';

/** The activities of `place`, sent through the Bot Connector at `serviceUrl`. */
export function teamsActivities(place: TeamsPlace, serviceUrl: string) {
  const channelData = (channelId: string, eventType?: string) => ({
    tenant: { id: place.tenantId },
    team: { id: place.teamId, name: place.teamName },
    channel: { id: channelId },
    ...(eventType ? { eventType } : {}),
  });
  const base = (conversationId: string, from: Person = place.from, id = nextMessageId()) => ({
    id,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    from,
    recipient: { id: place.botId, name: BOT_NAME },
    conversation: {
      id: conversationId,
      conversationType: 'channel',
      tenantId: place.tenantId,
      isGroup: true,
    },
  });
  const inThread = (channelId: string, thread: string | undefined) =>
    thread ? `${channelId};messageid=${thread}` : channelId;
  const cardAction = (
    data: Record<string, string>,
    verb = 'saveSubscription',
    from: Person = place.from,
  ) => ({
    ...base(place.teamId, from),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
    channelData: channelData(place.teamId),
  });
  const message = (options: MessageOptions) => {
    const channelId = options.channelId ?? place.channelId;
    const text = options.mention ? `<at>${BOT_NAME}</at> ${options.text}` : options.text;
    return {
      ...base(inThread(channelId, options.thread), options.from, options.id),
      type: 'message',
      text,
      entities: options.mention
        ? [
            {
              type: 'mention',
              text: `<at>${BOT_NAME}</at>`,
              mentioned: { id: place.botId, name: BOT_NAME },
            },
          ]
        : [],
      channelData: channelData(channelId),
    };
  };

  return {
    /** The app is added to the team. */
    botAdded: () => ({
      ...base(place.teamId),
      type: 'conversationUpdate',
      membersAdded: [{ id: place.botId }],
      channelData: channelData(place.teamId, 'teamMemberAdded'),
    }),
    /** The app is removed from the team. */
    botRemoved: () => ({
      ...base(place.teamId),
      type: 'conversationUpdate',
      membersRemoved: [{ id: place.botId }],
      channelData: channelData(place.teamId, 'teamMemberRemoved'),
    }),
    /** The app is uninstalled from the team. */
    uninstalled: () => ({
      ...base(place.teamId),
      type: 'installationUpdate',
      action: 'remove',
      channelData: channelData(place.teamId),
    }),
    /** A channel (or the team) was created, renamed, restored or deleted. */
    channelEvent: (eventType: string, channel: { id: string; name?: string }) => ({
      ...base(place.teamId),
      type: 'conversationUpdate',
      channelData: { ...channelData(place.teamId), channel, eventType },
    }),
    /** A channel message: a new post, or a reply under `thread`; `mention` @mentions the bot. */
    message,
    /** `@Learning the Lessons <command>` in a channel. */
    command: (text: string, from: Person = place.from, channelId = place.channelId) =>
      message({ text, from, channelId, mention: true }),
    edited: (thread: string, id: string, text: string, from: Person = place.from) => ({
      ...base(inThread(place.channelId, thread), from, id),
      type: 'messageUpdate',
      text,
      channelData: channelData(place.channelId, 'editMessage'),
    }),
    deleted: (thread: string, id: string, from: Person = place.from) => ({
      ...base(inThread(place.channelId, thread), from, id),
      type: 'messageDelete',
      channelData: channelData(place.channelId, 'softDeleteMessage'),
    }),
    /** A message in a personal chat with the bot. */
    personal: (text: string, tenantId = place.tenantId) => ({
      ...base('a:personal-chat'),
      conversation: { id: 'a:personal-chat', conversationType: 'personal', tenantId },
      type: 'message',
      text,
      channelData: { tenant: { id: tenantId } },
    }),
    /** A set-up card's `Action.Execute` with these form values. */
    cardAction,
    /** The set-up card's Save with these choices. */
    saveSetUp: (choices: Record<string, string>, from: Person = place.from) =>
      cardAction(choices, 'saveSubscription', from),
  };
}

/** What `teamsActivities` builds. */
export type TeamsActivities = ReturnType<typeof teamsActivities>;
