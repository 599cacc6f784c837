import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { BotFrameworkAuthentication } from 'botframework-connector';
import type { Logger } from '../src/logger';
import { botText, languageOfTurn } from './text';

/**
 * CloudAdapter with a public entry point that takes an already validated activity, so the
 * HTTP edge (`endpoint.ts`) decides every status code itself.
 */
export class LessonsAdapter extends CloudAdapter {
  constructor(authentication: BotFrameworkAuthentication, logger: Logger) {
    super(authentication);
    this.onTurnError = async (context: TurnContext, error: Error) => {
      const activity = context.activity;
      logger.error(
        {
          err: { name: error.name, stack: error.stack },
          activityType: activity.type,
          activityId: activity.id,
        },
        'bot turn failed',
      );
      if (activity.type === 'message' && !context.responded) {
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
