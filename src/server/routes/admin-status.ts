import type { Server } from 'restify';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import {
  collectStatus,
  createOperatorAccess,
  type OperatorTokenCheck,
} from '../../operations/index';
import type { Store } from '../../store/types';
import { jsonRoute, type RouteModule } from '../app';

/** What the operator's status endpoint needs. */
export interface AdminStatusDeps {
  store: Store;
  logger: Logger;
  /** `config.operatorKey`: without it (and without `operatorTokens`) everyone is refused. */
  operatorKey: string | undefined;
  /** Also admits a publisher-tenant tab token carrying the `Operator` role. */
  operatorTokens?: OperatorTokenCheck;
  clock?: () => Date;
}

/**
 * `GET /api/admin/status`: the operator's figures per tenant (see `collectStatus`), for the
 * operator key as a bearer token; 401 without credentials, 403 for anyone else.
 */
export function adminStatusRoutes(deps: AdminStatusDeps): RouteModule {
  const access = createOperatorAccess({
    operatorKey: deps.operatorKey,
    ...(deps.operatorTokens ? { tokens: deps.operatorTokens } : {}),
  });
  const clock = deps.clock ?? (() => new Date());
  return (server: Server) => {
    server.get(
      '/api/admin/status',
      jsonRoute(deps.logger, async (req, res) => {
        const decision = await access.authorize(req.header('authorization') || undefined);
        if (!decision.ok) {
          deps.logger.warn({ status: decision.status }, 'operator status refused');
          if (decision.status === 401) {
            res.setHeader('www-authenticate', 'Bearer realm="operator"');
            throw new AppError('Unauthorized', 'Sign-in is required.');
          }
          throw new AppError('Forbidden', 'You do not have access to this.');
        }
        return collectStatus(deps.store, clock());
      }),
    );
  };
}
