import { createLogger, type Logger } from '../../src/logger';
import type { LogLevel } from '../../src/config';

/** The service's own logger, writing its JSON lines to `lines` instead of standard output. */
export function capturingLogger(level: LogLevel = 'info'): {
  logger: Logger;
  lines: Record<string, unknown>[];
} {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger(level, {
    write(chunk: string) {
      for (const line of chunk.split('\n').filter(Boolean)) lines.push(JSON.parse(line));
    },
  });
  return { logger, lines };
}
