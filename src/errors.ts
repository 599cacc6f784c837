/**
 * The service's one error type: a name, the HTTP status it maps to, a plain title safe to show a
 * user, and whether it means the process can no longer be trusted to go on.
 */
export type AppErrorName =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'TooManyRequests'
  | 'NotImplemented'
  | 'Unavailable'
  | 'Internal';

const statusByName: Readonly<Record<AppErrorName, number>> = {
  BadRequest: 400,
  Unauthorized: 401,
  Forbidden: 403,
  NotFound: 404,
  Conflict: 409,
  TooManyRequests: 429,
  NotImplemented: 501,
  Unavailable: 503,
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
    this.catastrophic = options.catastrophic ?? false;
    this.retryAfterSeconds = options.retryAfterSeconds;
  }
}

export const notFound = (title: string) => new AppError('NotFound', title);
export const forbidden = (title: string) => new AppError('Forbidden', title);
export const unauthorized = (title: string) => new AppError('Unauthorized', title);
