import type { Request, Server } from 'restify';
import { z } from 'zod';
import type { DiscussionReader } from '../../discussion/discussion-view';
import { forbidden, unauthorized } from '../../errors';
import type { TabIdentity, TabTokenVerifier } from '../../identity/tab-token';
import type { Logger } from '../../logger';
import { jsonRoute, type RouteModule } from '../app';

export interface DiscussionRouteDeps {
  /**
   * Undefined in local mode (no app id, so no SSO and no Graph): the endpoint answers 401
   * explaining that SSO is not configured.
   */
  sso: { verifier: TabTokenVerifier; readDiscussion: DiscussionReader } | undefined;
  logger: Logger;
}

const graphId = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'a team is a GUID');
const params = z.object({
  caseId: z.string().regex(/^\d{1,4}-\d{1,3}$/, 'a case id looks like 44-3'),
});
const query = z
  .object({
    team: graphId.transform((id) => id.toLowerCase()),
    channel: z.string().min(1).max(200).optional(),
    thread: z.string().min(1).max(100).optional(),
  })
  .strict();

/** `GET /api/discussions/:caseId?team=<graph group id>[&channel=&thread=]` with the SSO bearer token. */
function registerDiscussionRoutes(server: Server, deps: DiscussionRouteDeps): void {
  server.get(
    '/api/discussions/:caseId',
    jsonRoute(
      deps.logger,
      async (req) => {
        if (!deps.sso) {
          throw unauthorized(
            'Sign-in with Teams (SSO) is not configured on this service, so discussions are hidden.',
          );
        }
        const caller = await authenticate(req, deps.sso.verifier);
        const { caseId } = params.parse(req.params);
        const { team, channel, thread } = query.parse(req.query ?? {});
        return deps.sso.readDiscussion(caller, {
          caseId,
          graphGroupId: team,
          ...(channel && thread ? { channelId: channel, rootMessageId: thread } : {}),
        });
      },
      { personal: true },
    ),
  );
}

/** The same routes as a module for `createApp`. */
export function discussionRoutes(deps: DiscussionRouteDeps): RouteModule {
  return (server) => registerDiscussionRoutes(server, deps);
}

async function authenticate(
  req: Request,
  verifier: TabTokenVerifier | undefined,
): Promise<TabIdentity> {
  if (!verifier) {
    throw unauthorized(
      'Sign-in with Teams (SSO) is not configured on this service, so discussions are hidden.',
    );
  }
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  if (!match) throw unauthorized('Sign in with Teams to see the discussion.');
  const result = await verifier.verifyTabToken(match[1]!);
  if (result.ok) return result.identity;
  if (result.reason === 'tenant-not-served')
    throw forbidden('This service is not enabled for your organisation.');
  throw unauthorized('Your Teams sign-in could not be checked: open the tab in Teams again.');
}
