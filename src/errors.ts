import { ZodError } from 'zod';
import type { ProblemView } from './content/views';
import type { Logger } from './logger';

/**
 * The service's one error type: a name, the HTTP status it maps to, a plain title safe to show a
 * user, and whether it means the process can no longer be trusted to go on. Every edge (the API,
 * the bot's endpoint, the operator's scripts) maps what it catches through `toProblem`.
 */
export type AppErrorName =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'TooLarge'
  | 'TooManyRequests'
  | 'NotImplemented'
  | 'Unavailable'
  | 'Upstream'
  | 'Misconfigured'
  | 'Internal';

const statusByName: Readonly<Record<AppErrorName, number>> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooLarge: 413,
  TooManyRequests: 429,
  NotImplemented: 501,
  Unavailable: 503,
  Upstream: 502,
  Misconfigured: 500,
  Internal: 500,
};

export class AppError extends Error {
  override readonly name: AppErrorName;
  readonly status: number;
  /** A plain sentence for the user; never an exception's message. */
  readonly title: string;
  readonly catastrophic: boolean;
  /** For `TooManyRequests` and `Unavailable`: when to try again, in whole seconds. */
  readonly retryAfterSeconds: number | undefined;

  constructor(
    name: AppErrorName,
    title: string,
    options: { cause?: unknown; catastrophic?: boolean; retryAfterSeconds?: number } = {},
  ) {
    super(title, { cause: options.cause });
    this.name = name;
    this.status = statusByName[name];
    this.title = title;
    this.catastrophic = options.catastrophic ?? name === 'Misconfigured';
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (title: string) => new AppError('NotFound', title);
export const forbidden = (title: string) => new AppError('Forbidden', title);
export const unauthorized = (title: string) => new AppError('Unauthorized', title);

/** A setting the service cannot start with; the title names the variable in one sentence. */
export const misconfigured = (title: string) => new AppError('Misconfigured', title);

/** The Microsoft services the service calls. */
export type UpstreamService = 'bot-connector' | 'graph';

/**
 * A call to a Microsoft service that failed: the Bot Connector (a post) or Graph (after its
 * retries). `upstreamStatus` is the service's HTTP status (0 for a dropped connection), `code` the
 * error code in its body (`BotNotInConversationRoster`, `MessageSizeTooBig`, …). Shown to a user,
 * it is a 502 with a plain title; its message, for the log, says what the service answered.
 */
export class UpstreamError extends AppError {
  constructor(
    readonly service: UpstreamService,
    readonly upstreamStatus: number,
    readonly code: string | null,
    /** From `Retry-After`, when the service sent one. */
    readonly retryAfterMs: number | null = null,
  ) {
    super('Upstream', 'A Microsoft service did not answer as expected: try again shortly.');
    this.message = `${service} answered ${upstreamStatus === 0 ? 'with a dropped connection' : upstreamStatus}${code ? ` ${code}` : ''}`;
  }
}

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
  502: 'A Microsoft service did not answer as expected: try again shortly.',
  503: 'The service is not ready: try again shortly.',
};

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
 * The one mapping from anything thrown to what a caller is told: an `AppError` as it says, a zod
 * error as a 400 naming the field, another error's 4xx status as a plain problem, and the rest as
 * a 500. Server-side failures are logged (through the logger's serializer, which keeps an error's
 * type, message and code only); no exception's message reaches the caller.
 */
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

/** When to try again after an error, if it says (a rate limit's `Retry-After`). */
export function retryAfterOf(error: unknown): number | undefined {
  return error instanceof AppError ? error.retryAfterSeconds : undefined;
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const candidate = (error as { statusCode?: unknown }).statusCode;
  return typeof candidate === 'number' ? candidate : undefined;
}
