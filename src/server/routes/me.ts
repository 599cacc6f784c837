import type { Request, Server } from 'restify';
import { z } from 'zod';
import { whoAmI, type WhoAmIDeps } from '../../identity/me';
import { LANGUAGES, preferredLanguage, type Language } from '../../i18n/language';
import { unauthorized } from '../../errors';
import type { Logger } from '../../logger';
import { jsonRoute, type RouteModule } from '../app';
import type { SignIn } from '../signed-in';

/** Where "who am I" lives (a signed-in route: limited per person, not per address). */
export const ME_PATH = '/api/me';

export interface MeRouteDeps {
  /** Undefined where sign-in cannot be checked (an app identity without Graph). */
  identity: ({ signIn: SignIn } & Omit<WhoAmIDeps, 'logger'>) | undefined;
  logger: Logger;
}

const query = z.object({ lang: z.enum(LANGUAGES).optional() }).strict();

/** The language asked for: `?lang=`, else the browser's `Accept-Language`, else English. */
function languageOf(req: Request): Language {
  return (
    query.parse(req.query ?? {}).lang ?? preferredLanguage(req.header('accept-language')) ?? 'en'
  );
}

/** `GET /api/me`: the caller, their app roles and their teams (design contract). */
export function meRoutes(deps: MeRouteDeps): RouteModule {
  return (server: Server) => {
    server.get(
      ME_PATH,
      jsonRoute(
        deps.logger,
        async (req) => {
          if (!deps.identity) {
            throw unauthorized('Sign-in with Teams (SSO) is not configured on this service.');
          }
          const caller = await deps.identity.signIn.caller(req);
          return whoAmI(caller, languageOf(req), { ...deps.identity, logger: deps.logger });
        },
        { personal: true },
      ),
    );
  };
}
