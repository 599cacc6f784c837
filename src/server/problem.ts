import type { Response } from 'restify';
import { ZodError } from 'zod';
import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { ProblemView } from '../content/views';

const plainTitles: Readonly<Record<number, string>> = {
  400: 'The request is not valid.',
  401: 'Sign-in is required.',
  403: 'You do not have access to this.',
  404: 'Nothing was found at this address.',
  405: 'This method is not allowed here.',
  406: 'This response type is not available.',
  413: 'The request is too large.',
  415: 'This content type is not supported.',
  429: 'Too many requests: try again shortly.',
  500: 'Something went wrong on our side.',
  501: 'This is not supported.',
  503: 'The service is not ready: try again shortly.',
};

export const problemType = 'application/problem+json';

/** A problem document (RFC 9457) for a status, with a plain title safe to show a user. */
export function problem(status: number, title?: string, detail?: string): ProblemView {
  return {
    type: 'about:blank',
    title: title ?? plainTitles[status] ?? plainTitles[500]!,
    status,
    ...(detail === undefined ? {} : { detail }),
  };
}

/**
 * Writes a problem document; never an exception's message or stack. `retryAfterSeconds` goes out
 * as `Retry-After` (a 429 or 503 says when to come back).
 */
export function sendProblem(res: Response, body: ProblemView, retryAfterSeconds?: number): void {
  if (res.headersSent) return;
  const payload = JSON.stringify(body);
  res.writeHead(body.status, {
    'content-type': problemType,
    'content-length': Buffer.byteLength(payload),
    ...(retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) }),
  });
  res.end(payload);
}

/** When to try again after an error, if it says (a rate limit's `Retry-After`). */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof AppError ? error.retryAfterSeconds : undefined;
}

/** Maps anything thrown by a route to a problem: AppError and zod errors as said, the rest 500. */
export function toProblem(error: unknown, logger: Logger): ProblemView {
  if (error instanceof AppError) {
    if (error.status >= 500) logger.error({ err: error }, error.title);
    return problem(error.status, error.title);
  }
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first?.path.length ? `${first.path.join('.')}: ` : '';
    return problem(400, 'The request is not valid.', `${where}${first?.message ?? 'invalid'}`);
  }
  const status = statusOf(error);
  if (status !== undefined && status >= 400 && status < 500) return problem(status);
  logger.error({ err: error }, 'request failed');
  return problem(500);
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { statusCode?: unknown }).statusCode;
  return typeof candidate === 'number' ? candidate : undefined;
}
