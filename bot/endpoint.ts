import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { AppError } from '../src/errors';
import type { Logger } from '../src/logger';
import { activitySchema } from './activity-schema';
import type { LessonsAdapter } from './adapter';

/** What the bot answers to one request: an HTTP status and, for an invoke, its body. */
export interface BotAnswer {
  status: number;
  body?: unknown;
}

/**
 * Checks a parsed request body against the activity schema, authenticates it and runs its turn.
 * A malformed activity is a `BadRequest`, a missing or bad token `Unauthorized`, a token that
 * cannot be checked (signing keys out of reach) `Unavailable`; otherwise the answer is the
 * invoke's own (501 for an invoke the bot does not handle), or 200.
 */
export async function answerActivity(
  adapter: LessonsAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
  authorization: string,
  body: unknown,
): Promise<BotAnswer> {
  const parsed = activitySchema.safeParse(body);
  if (!parsed.success) {
    logger.info({ path: parsed.error.issues[0]?.path.join('.') }, 'bot activity refused');
    throw new AppError('BadRequest', 'The body is not a valid activity.');
  }
  try {
    const invoke = await adapter.handle(authorization, parsed.data as unknown as Activity, logic);
    return { status: invoke?.status ?? 200, body: invoke?.body };
  } catch (error) {
    if (isUnauthorized(error)) {
      logger.warn({ err: error }, 'bot request not authenticated');
      throw new AppError('Unauthorized', 'The request is not authorized.');
    }
    throw new AppError('Unavailable', 'The request cannot be handled just now.', {
      cause: error,
    });
  }
}

/**
 * A token problem (401), as opposed to a failure to check it, such as unreachable signing keys:
 * turn errors never get here (the adapter's turn-error handler takes them).
 */
function isUnauthorized(error: unknown): boolean {
  if (error instanceof AuthenticationError) return error.statusCode < 500;
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'JsonWebTokenError' || name === 'TokenExpiredError' || name === 'NotBeforeError';
}
