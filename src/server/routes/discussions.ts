import type { Server } from 'restify';
import { z } from 'zod';
import type { DiscussionReader } from '../../discussion/discussion-view';
import { caseIdSchema, guidSchema } from '../../ids';
import { unauthorized } from '../../errors';
import type { Logger } from '../../logger';
import { jsonRoute, type RouteModule } from '../app';
import type { SignIn } from '../signed-in';

export interface DiscussionRouteDeps {
  /**
   * Undefined where the service cannot check who belongs to a team (an app identity without
   * Graph): the endpoint answers 401 explaining that sign-in is not configured. In local mode the
   * local person reads the local team's discussion.
   */
  sso: { signIn: SignIn; readDiscussion: DiscussionReader } | undefined;
  logger: Logger;
}

/** Where the signed-in discussion routes live (limited per person, not per address). */
export const DISCUSSIONS_PATH = '/api/discussions/';

const params = z.object({ caseId: caseIdSchema });
const query = z.union([
  z.object({ delivery: guidSchema('a delivery') }).strict(),
  z
    .object({
      team: guidSchema('a team'),
      channel: z.string().min(1).max(200).optional(),
      thread: z.string().min(1).max(100).optional(),
    })
    .strict(),
]);

/**
 * `GET /api/discussions/:caseId?delivery=<delivery id>` (the link on a weekly post) or
 * `?team=<graph group id>[&channel=&thread=]`, with the SSO bearer token.
 */
function registerDiscussionRoutes(server: Server, deps: DiscussionRouteDeps): void {
  server.get(
    `${DISCUSSIONS_PATH}:caseId`,
    jsonRoute(
      deps.logger,
      async (req) => {
        if (!deps.sso) {
          throw unauthorized(
            'Sign-in with Teams (SSO) is not configured on this service, so discussions are hidden.',
          );
        }
        const caller = await deps.sso.signIn.caller(req);
        const { caseId } = params.parse(req.params);
        const asked = query.parse(req.query ?? {});
        if ('delivery' in asked) {
          return deps.sso.readDiscussion(caller, { caseId, deliveryId: asked.delivery });
        }
        const { team, channel, thread } = asked;
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
