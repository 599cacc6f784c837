import { LessonsAdapter } from './adapter';
import { createAuthentication, createCredentialsFactory } from './auth';
import { LessonsBot } from './bot';
import type { BotDeps } from './deps';
import { answerActivity, type BotAnswer } from './endpoint';

/** The bot: its adapter (for proactive sends), its activity handler, and its answer to a request. */
export interface Bot {
  adapter: LessonsAdapter;
  handler: LessonsBot;
  /**
   * Answers one request to `/api/messages` (its `Authorization` header and parsed body). With a
   * bot app id every activity must carry a valid Bot Framework token; without one (local mode)
   * none is checked. Throws an `AppError` for a request it refuses.
   */
  answer(authorization: string, body: unknown): Promise<BotAnswer>;
}

/** Creates the bot from its dependencies; `src/server/` serves it at `/api/messages`. */
export function createBot(deps: BotDeps): Bot {
  const credentialsFactory = deps.credentialsFactory ?? createCredentialsFactory(deps.config.bot);
  const adapter = new LessonsAdapter(
    createAuthentication(deps.config.bot, credentialsFactory),
    deps.logger,
  );
  const handler = new LessonsBot(deps);
  if (!deps.config.bot)
    deps.logger.warn('bot in local mode: no app id, activities are not authenticated');
  const logic = (context: Parameters<LessonsBot['run']>[0]) => handler.run(context);
  return {
    adapter,
    handler,
    answer: (authorization, body) =>
      answerActivity(adapter, logic, deps.logger, authorization, body),
  };
}
