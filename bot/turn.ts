import { TurnContext } from 'botbuilder';
import type { TeamsChannelData } from './activity-schema';

/** Where an activity happened, from the Teams channel data. */
export interface TeamPlace {
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  teamId: string;
  /** The channel the activity is in (the General channel has the team's id). */
  channelId: string;
}

/**
 * The Teams channel data of the turn, or an empty object. The activity was parsed once, at
 * `/api/messages`, against the activity schema: its channel data has the schema's shape.
 */
export function channelDataOf(context: TurnContext): TeamsChannelData {
  const data: unknown = context.activity.channelData;
  return typeof data === 'object' && data !== null ? (data as TeamsChannelData) : {};
}

/**
 * The tenant of the turn, lower-cased, from the channel data or the conversation. When both name
 * a tenant and they differ, the turn belongs to neither: undefined, as for a tenant not served.
 */
export function tenantOf(context: TurnContext): string | undefined {
  const fromChannelData = channelDataOf(context).tenant?.id?.toLowerCase();
  const fromConversation = context.activity.conversation.tenantId?.toLowerCase();
  if (fromChannelData && fromConversation && fromChannelData !== fromConversation) return undefined;
  return fromChannelData || fromConversation || undefined;
}

/** The team and channel of a turn in a team; undefined in a personal or group chat. */
export function teamPlaceOf(context: TurnContext): TeamPlace | undefined {
  const data = channelDataOf(context);
  const tenantId = tenantOf(context);
  const teamId = data.team?.id;
  if (!tenantId || !teamId) return undefined;
  const conversationChannel = context.activity.conversation.id.split(';')[0];
  const channelId = data.channel?.id ?? conversationChannel ?? teamId;
  return { tenantId, teamId, channelId };
}

/** Whether the activity @mentions the bot itself. */
export function mentionsBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.entities ?? []).some((entity) => {
    if (entity.type !== 'mention') return false;
    const mentioned = (entity as { mentioned?: { id?: unknown } }).mentioned;
    return mentioned?.id === botId;
  });
}

/** The message text without the bot's mention, lower-cased and with single spaces. */
export function commandText(context: TurnContext): string {
  const withoutMention =
    TurnContext.removeRecipientMention(context.activity) ?? context.activity.text ?? '';
  return withoutMention
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The Entra object id of whoever sent the activity (`unknown` when absent). */
export function actorOf(context: TurnContext): string {
  return context.activity.from?.aadObjectId ?? 'unknown';
}
