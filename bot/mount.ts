import type { Server } from 'restify';
import { LessonsAdapter } from './adapter';
import { createAuthentication, createCredentialsFactory } from './auth';
import { LessonsBot } from './bot';
import type { BotDeps } from './deps';
import { registerMessagesRoute } from './endpoint';

/** The mounted bot: its adapter (for proactive sends) and its activity handler. */
export interface Bot {
  adapter: LessonsAdapter;
  handler: LessonsBot;
}

/**
 * Registers `POST /api/messages` on the server. With a bot app id every activity must carry a
 * valid Bot Framework token; without one (local mode) none is checked.
 */
export function mountBot(server: Server, deps: BotDeps): Bot {
  const credentialsFactory = deps.credentialsFactory ?? createCredentialsFactory(deps.config.bot);
  const adapter = new LessonsAdapter(
    createAuthentication(deps.config.bot, credentialsFactory),
    deps.logger,
  );
  const handler = new LessonsBot(deps);
  if (!deps.config.bot)
    deps.logger.warn('bot in local mode: no app id, activities are not authenticated');
  registerMessagesRoute(server, adapter, (context) => handler.run(context), deps.logger);
  return { adapter, handler };
}
