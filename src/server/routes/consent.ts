import type { Response, Server } from 'restify';
import { escapeHtml } from '../pages/page';
import { sendHtml } from '../respond';
import { z } from 'zod';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import type { OperatorDecision } from '../../operations/index';
import type { Store } from '../../store/types';
import {
  completeConsent,
  CONSENT_CALLBACK_PATH,
  createConsentLink,
  type ConsentOutcome,
  type ConsentSettings,
} from '../../tenants/consent';
import { jsonRoute, type RouteModule } from '../app';

export interface ConsentRouteDeps {
  store: Store;
  logger: Logger;
  /** Undefined in local mode: consent needs the app's identity. */
  settings: ConsentSettings | undefined;
  /** Who may ask for a consent link (the operator key, as for `/api/admin/status`). */
  operator: { authorize(authorization: string | undefined): Promise<OperatorDecision> };
}

const linkQuery = z.object({ tenant: z.string().trim() }).strict();
const notConfigured =
  'Admin consent needs the app identity, which this service (in local mode) does not have.';

/**
 * `GET /api/admin/consent-url?tenant=<id>` (operator only): the Entra admin-consent link with a
 * signed, short-lived state. `GET /api/admin/consent-callback`: where Entra sends the admin back;
 * answers a plain page saying what happened.
 */
function registerConsentRoutes(server: Server, deps: ConsentRouteDeps): void {
  server.get(
    '/api/admin/consent-url',
    jsonRoute(deps.logger, async (req) => {
      const decision = await deps.operator.authorize(req.header('authorization') || undefined);
      if (!decision.ok) {
        if (decision.status === 401) throw new AppError('Unauthorized', 'Sign-in is required.');
        throw new AppError('Forbidden', 'You do not have access to this.');
      }
      if (!deps.settings) throw new AppError('NotImplemented', notConfigured);
      const { tenant } = linkQuery.parse(req.query ?? {});
      const link = await createConsentLink(deps.store, deps.settings, tenant, decision.actor);
      return { tenantId: link.tenantId, url: link.url, expiresAt: link.expiresAt.toISOString() };
    }),
  );
  server.get(CONSENT_CALLBACK_PATH, async (req, res) => {
    try {
      const outcome: ConsentOutcome = deps.settings
        ? await completeConsent(
            deps.store,
            deps.settings,
            (req.query ?? {}) as Record<string, unknown>,
            deps.logger,
          )
        : {
            result: 'rejected',
            tenantId: null,
            status: 501,
            title: 'Admin consent is not available',
            message: notConfigured,
          };
      sendPage(res, outcome.status, outcome.title, outcome.message);
    } catch (error) {
      deps.logger.error({ err: error }, 'consent callback failed');
      sendPage(
        res,
        500,
        'Something went wrong',
        'The consent could not be recorded. Please try the link again later.',
      );
    }
  });
}

/** The same routes as a module for `createApp`. */
export function consentRoutes(deps: ConsentRouteDeps): RouteModule {
  return (server) => registerConsentRoutes(server, deps);
}

function sendPage(res: Response, status: number, title: string, message: string): void {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} - Learning the Lessons</title></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></main></body></html>
`;
  sendHtml(res, status, html, { 'cache-control': 'no-store' });
}
