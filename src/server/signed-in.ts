import type { Request } from 'restify';
import { forbidden, unauthorized } from '../errors';
import { LOCAL_PERSON } from '../identity/local-person';
import type { TabIdentity, TabTokenVerifier } from '../identity/tab-token';
import type { RateLimits } from './rate-limit';

/** Who is calling a signed-in route. */
export interface SignIn {
  /** The verified caller: 401 without a usable token, 403 for a tenant the service does not serve. */
  caller(req: Request): Promise<TabIdentity>;
}

/**
 * With an app id: the caller from the tab's SSO bearer token. A verified caller takes one request
 * from their own rate budget; a refused token counts against its client address.
 */
export function tokenSignIn(verifier: TabTokenVerifier, limits: RateLimits | undefined): SignIn {
  return {
    async caller(req) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
      if (!match) throw unauthorized('Sign in with Teams to see this.');
      const result = await verifier.verifyTabToken(match[1]!);
      if (!result.ok) {
        await limits?.limitAddress(req);
        if (result.reason === 'tenant-not-served')
          throw forbidden('This service is not enabled for your organisation.');
        throw unauthorized('Your Teams sign-in could not be checked: open the tab in Teams again.');
      }
      await limits?.limitPerson(result.identity.tenantId, result.identity.userObjectId);
      return result.identity;
    },
  };
}

/**
 * Local mode (no app id: the service listens on loopback only): every caller is the documented
 * local person, with no token, so that every screen can be tried with `npm start`.
 */
export function localSignIn(): SignIn {
  return { caller: async () => LOCAL_PERSON };
}
