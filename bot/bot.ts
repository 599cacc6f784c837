import {
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type AppBasedLinkQuery,
  type ChannelAccount,
  type InvokeResponse,
  type MessagingExtensionAction,
  type MessagingExtensionActionResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import { z } from 'zod';
import { threadOf, type ChannelMessageEvent } from '../src/discussion/ingest';
import { onCardFeedbackAction } from './card-feedback';
import { runPersonalCommand, runTeamCommand } from './commands';
import type { BotDeps } from './deps';
import {
  ADD_TO_RESPONSE_COMMAND_ID,
  answerCaseSearch,
  answerLinkUnfurl,
  openAddToResponse,
  submitAddToResponse,
} from './extensions';
import { meetingChatOf, onAddedToMeetingChat, onRemovedFromMeetingChat } from './meetings';
import {
  notEnabledText,
  onAddedToTeam,
  onChannelChanged,
  onChannelDeleted,
  onRemovedFromTeam,
  personalWelcome,
} from './install';
import {
  ADD_TO_LEARNING_RECORD_COMMAND_ID,
  fetchLearningRecordDialog,
  fetchReplyToLearningRecord,
  submitLearningRecordDialog,
} from './learning-record';
import { errorResponse, onSetupAction } from './setup';
import { botText, languageOfTurn } from './text';
import { channelDataOf, commandText, mentionsBot, teamPlaceOf, tenantOf } from './turn';

/** The part of an `adaptiveCard/action` invoke the bot reads. */
const cardActionSchema = z.looseObject({
  action: z.looseObject({
    type: z.literal('Action.Execute'),
    verb: z.string().max(64),
    data: z.record(z.string(), z.unknown()).optional(),
  }),
});

/**
 * The bot's activity handler: install and removal, the set-up card, commands when @mentioned,
 * and the discussion under our posts. Channel chatter is dropped without a store write or reply.
 */
export class LessonsBot extends TeamsActivityHandler {
  constructor(private readonly deps: BotDeps) {
    super();
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const conversationType = context.activity.conversation.conversationType;
    if (conversationType === 'channel') {
      if (!mentionsBot(context)) {
        await this.ingest(context, 'posted');
        return;
      }
      const place = teamPlaceOf(context);
      if (!place) return;
      if (!(await this.deps.tenantAccess.isAllowed(place.tenantId))) {
        await context.sendActivity(notEnabledText(context));
        return;
      }
      await runTeamCommand(commandText(context), { deps: this.deps, context, place });
      return;
    }
    if (conversationType === 'groupChat' && !mentionsBot(context)) return;
    if (context.activity.value !== undefined && !context.activity.text) return;
    const tenantId = tenantOf(context);
    if (!tenantId || !(await this.deps.tenantAccess.isAllowed(tenantId))) {
      await context.sendActivity(notEnabledText(context));
      return;
    }
    await runPersonalCommand(commandText(context), { deps: this.deps, context });
  }

  protected override async onMessageUpdateActivity(context: TurnContext): Promise<void> {
    const eventType = channelDataOf(context).eventType;
    if (eventType === 'editMessage' || eventType === 'undeleteMessage') {
      await this.ingest(context, eventType === 'editMessage' ? 'edited' : 'restored');
    }
  }

  protected override async onMessageDeleteActivity(context: TurnContext): Promise<void> {
    if (channelDataOf(context).eventType === 'softDeleteMessage')
      await this.ingest(context, 'deleted');
  }

  protected override async onConversationUpdateActivity(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const isBot = (member: ChannelAccount) => member.id === activity.recipient.id;
    const place = teamPlaceOf(context);
    const meetingChat = meetingChatOf(context);
    if (activity.membersAdded?.some(isBot)) {
      if (place) await onAddedToTeam(this.deps, context, { ...place, channelId: place.teamId });
      else if (meetingChat) await onAddedToMeetingChat(this.deps, context, meetingChat);
      else if (activity.conversation.conversationType === 'personal')
        await context.sendActivity(personalWelcome(context));
      return;
    }
    if (activity.membersRemoved?.some(isBot)) {
      if (place) await onRemovedFromTeam(this.deps, place, 'BotRemoved');
      else if (meetingChat) await onRemovedFromMeetingChat(this.deps, meetingChat);
      return;
    }
    switch (channelDataOf(context).eventType) {
      case 'channelCreated':
      case 'channelRenamed':
      case 'channelRestored':
        return onChannelChanged(this.deps, context);
      case 'channelDeleted':
        return onChannelDeleted(this.deps, context);
      case 'teamDeleted':
      case 'teamHardDeleted':
        if (place) await onRemovedFromTeam(this.deps, place, 'TeamDeleted');
        return;
    }
  }

  protected override async onInstallationUpdateActivity(context: TurnContext): Promise<void> {
    if (!context.activity.action?.startsWith('remove')) return;
    const place = teamPlaceOf(context);
    const meetingChat = meetingChatOf(context);
    if (place) await onRemovedFromTeam(this.deps, place, 'AppUninstalled');
    else if (meetingChat) await onRemovedFromMeetingChat(this.deps, meetingChat);
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (
      context.activity.name === 'adaptiveCard/action' &&
      !cardActionSchema.safeParse(context.activity.value).success
    ) {
      const message = botText(languageOfTurn(context)).text('setup.error.unreadable');
      return { status: 400, body: errorResponse(400, 'BadRequest', message) };
    }
    return super.onInvokeActivity(context);
  }

  protected override async onAdaptiveCardInvoke(
    context: TurnContext,
    value: AdaptiveCardInvokeValue,
  ): Promise<AdaptiveCardInvokeResponse> {
    try {
      return (
        (await onCardFeedbackAction(this.deps, context, value)) ??
        (await onSetupAction(this.deps, context, value))
      );
    } catch (error) {
      this.deps.logger.error({ err: error }, 'card action failed');
      const message = botText(languageOfTurn(context)).text('setup.error.failed');
      return errorResponse(500, 'InternalError', message);
    }
  }

  /** The compose box's search for a case (message extension). */
  protected override handleTeamsMessagingExtensionQuery(
    context: TurnContext,
    query: MessagingExtensionQuery,
  ): Promise<MessagingExtensionResponse> {
    return answerCaseSearch(this.deps, context, query);
  }

  /** A pasted link to a case in the tab, unfurled into its card. */
  protected override handleTeamsAppBasedLinkQuery(
    context: TurnContext,
    query: AppBasedLinkQuery,
  ): Promise<MessagingExtensionResponse> {
    return answerLinkUnfurl(this.deps, context, query);
  }

  /** A card button's dialog: "Add to my learning record" on the weekly card. */
  protected override async handleTeamsTaskModuleFetch(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    const dialog = await fetchLearningRecordDialog(this.deps, context, request);
    return dialog ?? super.handleTeamsTaskModuleFetch(context, request);
  }

  /** A dialog's answer. */
  protected override async handleTeamsTaskModuleSubmit(
    context: TurnContext,
    request: TaskModuleRequest,
  ): Promise<TaskModuleResponse> {
    const answer = await submitLearningRecordDialog(this.deps, context, request.data);
    return answer ?? super.handleTeamsTaskModuleSubmit(context, request);
  }

  /**
   * A message action's dialog: "Add to my learning record" on one's own reply, or "Add to our
   * response" on a reply in a weekly post's thread.
   */
  protected override async handleTeamsMessagingExtensionFetchTask(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId === ADD_TO_LEARNING_RECORD_COMMAND_ID) {
      return fetchReplyToLearningRecord(this.deps, context, action);
    }
    if (action.commandId === ADD_TO_RESPONSE_COMMAND_ID)
      return openAddToResponse(this.deps, context, action);
    return super.handleTeamsMessagingExtensionFetchTask(context, action);
  }

  /** A message action's dialog submitted. */
  protected override async handleTeamsMessagingExtensionSubmitAction(
    context: TurnContext,
    action: MessagingExtensionAction,
  ): Promise<MessagingExtensionActionResponse> {
    if (action.commandId === ADD_TO_LEARNING_RECORD_COMMAND_ID) {
      const answer = await submitLearningRecordDialog(this.deps, context, action.data);
      if (answer) return answer;
    }
    if (action.commandId === ADD_TO_RESPONSE_COMMAND_ID)
      return submitAddToResponse(this.deps, context, action);
    return super.handleTeamsMessagingExtensionSubmitAction(context, action);
  }

  /**
   * The silent path: a channel message in a thread goes to the discussion's intake, which never
   * throws and never makes the bot speak; anything outside a thread is dropped unread.
   */
  private async ingest(context: TurnContext, kind: ChannelMessageEvent['kind']): Promise<void> {
    const activity = context.activity;
    const tenantId = tenantOf(context);
    const teamId = channelDataOf(context).team?.id;
    if (!tenantId || !teamId || !activity.id) return;
    if (!threadOf(activity.conversation.id)) return;
    await this.deps.replies.accept({
      kind,
      tenantId,
      teamId,
      conversationId: activity.conversation.id,
      messageId: activity.id,
      authorId: activity.from?.aadObjectId,
      authorName: activity.from?.name,
      text: activity.text,
      at: activity.timestamp ? new Date(activity.timestamp) : new Date(),
    });
  }
}
