import { pino, type Logger } from 'pino';
import type { LogLevel } from './config';

export type { Logger };

/**
 * Structured JSON logs. Never log a secret, a token or a message's text: log ids and counts.
 * The redaction list is a safety net, not a licence.
 */
export function createLogger(level: LogLevel): Logger {
  return pino({
    level,
    base: { service: 'ltl-teams' },
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
