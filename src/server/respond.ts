import type { Response } from 'restify';
import type { ProblemView } from '../content/views';

/** Problem documents (RFC 9457) go out as this type. */
export const problemType = 'application/problem+json';

/**
 * The one place the service writes an HTTP answer: the status, the type, the length and any
 * headers, then the payload. Nothing is written twice (an answer already sent stays as it is).
 */
function respond(
  res: Response,
  status: number,
  type: string | undefined,
  payload: string,
  headers: Record<string, string>,
): void {
  if (res.headersSent) return;
  res.writeHead(status, {
    ...(type === undefined ? {} : { 'content-type': type }),
    'content-length': Buffer.byteLength(payload),
    ...headers,
  });
  res.end(payload);
}

/** A JSON body. */
export function sendJson(
  res: Response,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  respond(res, status, 'application/json; charset=utf-8', JSON.stringify(body), headers);
}

/**
 * A problem document; never an exception's message or stack. `retryAfterSeconds` goes out as
 * `Retry-After` (a 429 or 503 says when to come back).
 */
export function sendProblem(res: Response, body: ProblemView, retryAfterSeconds?: number): void {
  respond(
    res,
    body.status,
    problemType,
    JSON.stringify(body),
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
  );
}

/** A whole HTML page. */
export function sendHtml(
  res: Response,
  status: number,
  html: string,
  headers: Record<string, string> = {},
): void {
  respond(res, status, 'text/html; charset=utf-8', html, headers);
}

/** A status without a body. */
export function sendEmpty(res: Response, status: number): void {
  respond(res, status, undefined, '', {});
}
