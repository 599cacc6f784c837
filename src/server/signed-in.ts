import type { Request } from 'restify';
import { forbidden, unauthorized } from '../errors';
import type { TabIdentity, TabTokenVerifier } from '../identity/tab-token';
import type { RateLimits } from './rate-limit';

/**
 * The caller of a signed-in route, from the tab's SSO bearer token: 401 without one or when it is
 * refused, 403 for a tenant the service does not serve. A verified caller takes one request from
 * their own rate budget; a refused token counts against its client address.
 */
export async function signedInCaller(
  req: Request,
  verifier: TabTokenVerifier,
  limits: RateLimits | undefined,
): Promise<TabIdentity> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.header('authorization') ?? '');
  if (!match) throw unauthorized('Sign in with Teams to see the discussion.');
  const result = await verifier.verifyTabToken(match[1]!);
  if (!result.ok) {
    await limits?.limitAddress(req);
    if (result.reason === 'tenant-not-served')
      throw forbidden('This service is not enabled for your organisation.');
    throw unauthorized('Your Teams sign-in could not be checked: open the tab in Teams again.');
  }
  await limits?.limitPerson(result.identity.tenantId, result.identity.userObjectId);
  return result.identity;
}
