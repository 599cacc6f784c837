import { pino, stdSerializers, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/**
 * What an error may put in a log line. Database and HTTP errors carry more (a PostgreSQL error's
 * `detail` can quote a failing row, and so a reply's text): only these fields are kept.
 */
const errorFields = ['type', 'message', 'stack', 'code', 'status', 'statusCode', 'cause'] as const;

function serializeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error };
  const serialized = stdSerializers.err(error) as unknown as Record<string, unknown>;
  return Object.fromEntries(
    errorFields
      .filter((field) => serialized[field] !== undefined)
      .map((field) => [field, serialized[field]]),
  );
}

/**
 * Structured JSON logs. Never log a secret, a token or a message's text: log ids and counts.
 * The redaction list is a safety net, not a licence.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
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
  });
}
