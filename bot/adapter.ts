import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from '../src/logger';
import { botText, languageOfTurn } from './text';
import { mentionsBot } from './turn';

/**
 * CloudAdapter with a public entry point that takes an already validated activity, so the
 * HTTP edge (`endpoint.ts`) decides every status code itself. A failed turn is logged; the bot
 * apologises only to someone who spoke to it (a personal chat, or an @mention), never in a
 * team's thread of replies.
 */
export class LessonsAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication, logger: Logger) {
    super(authentication);
    this.onTurnError = async (context: TurnContext, error: Error) => {
      const activity = context.activity;
      logger.error(
        {
          err: error,
          activityType: activity.type,
          activityId: activity.id,
        },
        'bot turn failed',
      );
      const spokenTo =
        activity.conversation?.conversationType === 'personal' || mentionsBot(context);
      if (activity.type === 'message' && spokenTo && !context.responded) {
        const apology = botText(languageOfTurn(context)).text('turnFailed');
        await context.sendActivity(apology).catch(() => undefined);
      }
    };
  }

  /** Authenticates the request and runs the turn; returns the invoke response, if any. */
  handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}
