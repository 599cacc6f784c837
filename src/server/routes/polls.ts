import type { Server } from 'restify';
import { z } from 'zod';
import { LANGUAGES } from '../../i18n/language';
import type { Logger } from '../../logger';
import { openPolls, vote, voteSchema, type PollDeps } from '../../polls';
import { jsonBody, jsonRoute, type RouteModule } from '../app';
import type { SignIn } from '../signed-in';

/** Where the polls on future themes live (signed-in: limited per person, not per address). */
export const POLLS_PATH = '/api/polls';

export interface PollRouteDeps extends PollDeps {
  logger: Logger;
  /** The tab's SSO token; in local mode, the local person. */
  signIn: SignIn;
  clock?: () => Date;
}

const languageQuery = z.object({ lang: z.enum(LANGUAGES).default('en') }).strict();
const pollId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a poll id such as 2027-themes');

/**
 * `GET /api/polls/open?lang=` (the open polls, each with the caller's vote) and
 * `PUT /api/polls/<id>/vote?lang=` with `{option}` (one vote per person, changeable while the poll
 * is open). 400 for a body or option that is not that, 401/403 for the caller, 404 for an unknown
 * poll, 409 for a poll that is not open.
 */
export function pollRoutes(deps: PollRouteDeps): RouteModule {
  const now = () => deps.clock?.() ?? new Date();
  return (server: Server) => {
    server.get(
      `${POLLS_PATH}/open`,
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { lang } = languageQuery.parse(req.query ?? {});
          return { polls: await openPolls(deps, caller, lang, now()) };
        },
        { personal: true },
      ),
    );
    server.put(
      `${POLLS_PATH}/:pollId/vote`,
      ...jsonBody(1024),
      jsonRoute(
        deps.logger,
        async (req) => {
          const caller = await deps.signIn.caller(req);
          const { lang } = languageQuery.parse(req.query ?? {});
          const { option } = voteSchema.parse(req.body ?? {});
          return vote(deps, caller, pollId.parse(req.params.pollId), option, lang, now());
        },
        { personal: true },
      ),
    );
  };
}
