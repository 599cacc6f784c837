import type { Server } from 'restify';
import type { Logger } from '../../logger';
import { problem } from '../../errors';
import { sendJson, sendProblem } from '../respond';
import { jsonRoute, type RouteModule } from '../app';

/** What readiness depends on. */
export interface ReadinessChecks {
  /** Resolves when the store answers. */
  pingStore(): Promise<void>;
  libraryLoaded(): boolean;
}

/** `GET /healthz` (the process is alive) and `GET /readyz` (store reachable, library loaded). */
export function healthRoutes(checks: ReadinessChecks, logger: Logger): RouteModule {
  return (server: Server) => {
    server.get(
      '/healthz',
      jsonRoute(logger, () => ({ status: 'ok' })),
    );
    server.get('/readyz', async (_req, res) => {
      const library = checks.libraryLoaded();
      const store = await checks.pingStore().then(
        () => true,
        (error: unknown) => {
          logger.warn({ err: error }, 'readiness: the store did not answer');
          return false;
        },
      );
      if (library && store) {
        sendJson(res, 200, { status: 'ready', store: 'ok', library: 'ok' });
        return;
      }
      sendProblem(
        res,
        problem(
          503,
          undefined,
          [store ? null : 'store unreachable', library ? null : 'library not loaded']
            .filter(Boolean)
            .join('; '),
        ),
      );
    });
  };
}
