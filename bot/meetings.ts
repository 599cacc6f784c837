import type { TurnContext } from 'botbuilder';
import { isMeetingChatId } from '../src/ids';
import type { BotDeps } from './deps';
import { botText, languageOfTurn } from './text';
import { tenantOf } from './turn';

/** A meeting's chat the turn happened in. */
export interface MeetingChatPlace {
  tenantId: string;
  /** `19:meeting_…@thread.v2`. */
  chatId: string;
}

/** The meeting chat of a turn; undefined in a team, a personal chat or any other group chat. */
export function meetingChatOf(context: TurnContext): MeetingChatPlace | undefined {
  const { conversation } = context.activity;
  const tenantId = tenantOf(context);
  if (conversation.conversationType !== 'groupChat' || !tenantId) return undefined;
  return isMeetingChatId(conversation.id) ? { tenantId, chatId: conversation.id } : undefined;
}

/**
 * When the app is added to a meeting (its bot joins the meeting's chat): remembers the chat, so a
 * presenter can post a case there from the side panel, and says in the chat what the app does
 * there and that it does not read or keep the chat's messages.
 */
export async function onAddedToMeetingChat(
  deps: BotDeps,
  context: TurnContext,
  chat: MeetingChatPlace,
): Promise<void> {
  if (!(await deps.tenantAccess.isAllowed(chat.tenantId))) {
    deps.logger.info({ tenantId: chat.tenantId }, 'bot added to a meeting in a tenant not allowed');
    return;
  }
  await deps.store.meetingChats.upsert({
    tenantId: chat.tenantId,
    id: chat.chatId,
    serviceUrl: context.activity.serviceUrl,
    addedAt: new Date(),
  });
  await context.sendActivity(botText(languageOfTurn(context)).text('meeting.welcome'));
}

/** When the app leaves a meeting: forgets its chat. */
export async function onRemovedFromMeetingChat(
  deps: BotDeps,
  chat: MeetingChatPlace,
): Promise<void> {
  await deps.store.meetingChats.delete(chat.tenantId, chat.chatId);
}
