import type { IncomingMessage } from 'node:http';
import type { Activity, TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import type { Request, Response, Server } from 'restify';
import type { Logger } from '../src/logger';
import { activitySchema } from './activity-schema';
import type { LessonsAdapter } from './adapter';

/** Largest activity accepted, in bytes. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

class BodyTooLarge extends Error {}

/**
 * Registers `POST /api/messages`: reads the body itself (size-limited), validates it, and hands
 * the activity to the adapter. 400 for malformed input, 401 for a missing or bad token, 413 for
 * an oversized body, 501 for an invoke the bot does not handle; never the exception's message.
 */
export function registerMessagesRoute(
  server: Server,
  adapter: LessonsAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): void {
  server.post('/api/messages', async (request: Request, response: Response) => {
    const status = await handleRequest(request, adapter, logic, logger).catch((error: unknown) => {
      logger.error({ err: error }, 'bot endpoint failed');
      return { status: 500, body: undefined };
    });
    if (status.body === undefined) {
      response.status(status.status);
      response.end();
    } else {
      response.json(status.status, status.body);
    }
  });
}

async function handleRequest(
  request: Request,
  adapter: LessonsAdapter,
  logic: (context: TurnContext) => Promise<void>,
  logger: Logger,
): Promise<{ status: number; body: unknown }> {
  let raw: string;
  try {
    raw = await readBody(request, MAX_ACTIVITY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return problem(413, 'The activity is too large.');
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return problem(400, 'The body is not JSON.');
  }
  const parsed = activitySchema.safeParse(json);
  if (!parsed.success) {
    logger.info({ path: parsed.error.issues[0]?.path.join('.') }, 'bot activity refused');
    return problem(400, 'The body is not a valid activity.');
  }
  const authorization = request.headers.authorization ?? '';
  try {
    const invoke = await adapter.handle(authorization, parsed.data as unknown as Activity, logic);
    return { status: invoke?.status ?? 200, body: invoke?.body };
  } catch (error) {
    if (isUnauthorized(error)) {
      logger.warn({ err: error }, 'bot request not authenticated');
      return problem(401, 'The request is not authorized.');
    }
    logger.error({ err: error }, 'bot request could not be checked');
    return problem(503, 'The request cannot be handled just now.');
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

function problem(status: number, title: string): { status: number; body: unknown } {
  return { status, body: { type: 'about:blank', title, status } };
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
