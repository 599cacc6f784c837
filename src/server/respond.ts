import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'restify';
import type { ProblemView } from '../content/views';

/** Problem documents (RFC 9457) go out as this type. */
export const problemType = 'application/problem+json';

/**
 * The one place the service writes an HTTP answer's head: the status, the type, the length (when
 * there is one) and any headers. Nothing is written twice: false when an answer was already
 * sent, which then stays as it is.
 */
function writeHead(
  res: Response,
  status: number,
  type: string | undefined,
  length: number | undefined,
  headers: Record<string, string>,
): boolean {
  if (res.headersSent) return false;
  res.writeHead(status, {
    ...(type === undefined ? {} : { 'content-type': type }),
    ...(length === undefined ? {} : { 'content-length': String(length) }),
    ...headers,
  });
  return true;
}

/** A whole answer: its head, then the payload. */
function respond(
  res: Response,
  status: number,
  type: string | undefined,
  payload: string,
  headers: Record<string, string>,
): void {
  if (writeHead(res, status, type, Buffer.byteLength(payload), headers)) res.end(payload);
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

/** Headers only, with no body: a 304 (not modified) or a 416 (range not satisfiable). */
export function sendHeaders(res: Response, status: number, headers: Record<string, string>): void {
  if (writeHead(res, status, undefined, undefined, headers)) res.end();
}

/** Bytes of a type, such as a PDF made on request; answering `HEAD`, the same head and no body. */
export function sendBytes(
  res: Response,
  status: number,
  type: string,
  bytes: Buffer,
  headers: Record<string, string>,
  options: { head?: boolean } = {},
): void {
  if (writeHead(res, status, type, bytes.length, headers))
    res.end(options.head ? undefined : bytes);
}

/**
 * `length` bytes read from a stream, such as a range of a file on disk (opened only once the
 * head is written); answering `HEAD`, the same head and no body. Resolves when the last byte is
 * sent; rejects when the stream or the connection fails part way.
 */
export async function sendStream(
  res: Response,
  status: number,
  type: string,
  body: { length: number; open: () => Readable },
  headers: Record<string, string>,
  options: { head?: boolean } = {},
): Promise<void> {
  if (!writeHead(res, status, type, body.length, headers)) return;
  if (options.head) {
    res.end();
    return;
  }
  await pipeline(body.open(), res);
}
