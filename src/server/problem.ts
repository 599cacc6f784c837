import type { Response } from 'restify';
import type { ProblemView } from '../content/views';

export const problemType = 'application/problem+json';

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
