import { pino, stdSerializers, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/**
 * What an error may put in a log line. Database and HTTP errors carry more (a PostgreSQL error's
 * `detail` can quote a failing row, and so a reply's text): only these fields are kept.
 */
const errorFields = [
  'type',
  'message',
  'stack',
  'code',
  'errorCode',
  'status',
  'statusCode',
  'upstreamStatus',
  'service',
  'cause',
] as const;

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) {
    return typeof error === 'object' && error !== null
      ? serializeThrownObject(error as Record<string, unknown>)
      : { type: typeof error };
  }
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  return Object.fromEntries(
    errorFields
      .filter((field) => serialized[field] !== undefined)
      .map((field) => [field, serialized[field]]),
  );
}

/**
 * Something thrown that is not an `Error` (botbuilder's retry helper throws `{errors, message}`):
 * its name, message, code and status, and the same of the errors it carries.
 */
function serializeThrownObject(thrown: Record<string, unknown>): Record<string, unknown> {
  const constructorName = (thrown.constructor as { name?: unknown } | undefined)?.name;
  const serialized: Record<string, unknown> = {
    type:
      typeof thrown.name === 'string'
        ? thrown.name
        : typeof constructorName === 'string' && constructorName !== 'Object'
          ? constructorName
          : 'object',
  };
  for (const field of ['message', 'code', 'status', 'statusCode'] as const) {
    const value = thrown[field];
    if (typeof value === 'string' || typeof value === 'number') serialized[field] = value;
  }
  if (Array.isArray(thrown.errors))
    serialized.errors = thrown.errors.slice(0, 5).map(serializeError);
  return serialized;
}

/**
 * Structured JSON logs. Never log a secret, a token or a message's text: log ids and counts.
 * The redaction list is a safety net, not a licence. `destination` is standard output unless given
 * (tests read the lines back).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'ltl-teams' },
    serializers: { err: serializeError },
    redact: {
      paths: [
        'req.headers.authorization',
        'headers.authorization',
        'authorization',
        'password',
        'secret',
        'token',
        'text',
        'body',
      ],
      censor: '[redacted]',
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
