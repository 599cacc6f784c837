import type { IncomingMessage } from 'node:http';
import type { Server } from 'restify';
import type { Bot } from '../../../bot';
import { AppError, retryAfterOf, toProblem } from '../../errors';
import type { Logger } from '../../logger';
import type { RouteModule } from '../app';
import { sendEmpty, sendJson, sendProblem } from '../respond';

/** Where the Bot Connector sends activities (never rate limited: it is Microsoft's traffic). */
export const MESSAGES_PATH = '/api/messages';

/** Largest activity accepted, in bytes. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * `POST /api/messages`: reads the body itself (size-limited), parses it and hands it to the bot.
 * 413 for an oversized body, 400 for one that is not JSON or not an activity, 401 for a missing
 * or bad token, 501 for an invoke the bot does not handle; problems through the one mapping,
 * never an exception's message.
 */
export function messagesRoutes(bot: Pick<Bot, 'answer'>, logger: Logger): RouteModule {
  return (server: Server) => {
    server.post(MESSAGES_PATH, async (req, res) => {
      try {
        const body = parseJson(await readBody(req, MAX_ACTIVITY_BYTES));
        const answer = await bot.answer(req.header('authorization') ?? '', body);
        if (answer.body === undefined) sendEmpty(res, answer.status);
        else sendJson(res, answer.status, answer.body);
      } catch (error) {
        sendProblem(res, toProblem(error, logger), retryAfterOf(error));
      }
    });
  };
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('BadRequest', 'The body is not JSON.');
  }
}

function readBody(request: IncomingMessage, limit: number): Promise<string> {
  const tooLarge = () => new AppError('TooLarge', 'The activity is too large.');
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      request.resume();
      reject(tooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}
