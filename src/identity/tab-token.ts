import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Logger } from '../logger';
import type { TenantAccess } from '../tenants/access';
import { isPreauthorizedClient } from './microsoft-clients';
import { grantedRoles, type AppRole } from './roles';

/** Who called, from a verified tab SSO token. */
export interface TabIdentity {
  tenantId: string;
  /** Entra object id (`oid`). */
  userObjectId: string;
  name: string;
  /** The app roles the token grants (see `grantedRoles`). */
  roles: AppRole[];
}

/** Why a token was refused; `tenant-not-served` is a 403, the rest a 401. */
export type TabTokenRefusal =
  | 'malformed'
  | 'bad-signature'
  | 'expired'
  | 'wrong-audience'
  | 'v1-token'
  | 'wrong-issuer'
  | 'missing-scope'
  | 'wrong-client'
  | 'tenant-not-served';

export type TabTokenResult =
  { ok: true; identity: TabIdentity } | { ok: false; reason: TabTokenRefusal };

/** Verifies the tab's Teams SSO token. */
export interface TabTokenVerifier {
  verifyTabToken(token: string): Promise<TabTokenResult>;
}

export interface TabTokenVerifierOptions {
  /** The Entra app id: the token's audience. */
  appId: string;
  /** `AUTHORITY_HOST`: keys at `<host>/common/discovery/v2.0/keys`, issuer `<host>/<tid>/v2.0`. */
  authorityHost: string;
  tenants: TenantAccess;
  logger: Logger;
  /** `MICROSOFT_APP_TENANT_ID`: the only tenant whose tokens may carry the `Editor` role. */
  publisherTenantId?: string;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const requiredScope = 'access_as_user';

/**
 * Checks a v2 access token: signature against the authority's keys, issuer of the token's own
 * tenant, audience our app, not expired, scope `access_as_user`, issued to one of the Microsoft
 * clients the app pre-authorises (Teams, Outlook, the Microsoft 365 app), and a tenant the
 * service serves.
 */
export function createTabTokenVerifier(options: TabTokenVerifierOptions): TabTokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(
    new URL(`${options.authorityHost}/common/discovery/v2.0/keys`),
  );
  const refuse = (
    reason: TabTokenRefusal,
    detail: Record<string, unknown> = {},
  ): TabTokenResult => {
    options.logger.info({ reason, ...detail }, 'tab token refused');
    return { ok: false, reason };
  };

  return {
    async verifyTabToken(token) {
      let unverified;
      try {
        unverified = decodeJwt(token);
      } catch {
        return refuse('malformed');
      }
      const tid = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
      if (!guid.test(tid)) return refuse('malformed');
      if (
        typeof unverified.iss === 'string' &&
        unverified.iss.startsWith('https://sts.windows.net/')
      ) {
        return refuse('v1-token', {
          tenantId: tid,
          hint: 'v1 access token: set requestedAccessTokenVersion to 2 in the app registration manifest',
        });
      }
      let claims;
      try {
        ({ payload: claims } = await jwtVerify(token, keys, {
          issuer: `${options.authorityHost}/${tid}/v2.0`,
          audience: options.appId,
          algorithms: ['RS256'],
          requiredClaims: ['exp', 'oid'],
          clockTolerance: 60,
        }));
      } catch (error) {
        return refuse(refusalOf(error), { tenantId: tid, code: errorCode(error) });
      }
      const scopes = typeof claims.scp === 'string' ? claims.scp.split(' ') : [];
      if (!scopes.includes(requiredScope)) return refuse('missing-scope', { tenantId: tid });
      if (!isPreauthorizedClient(claims.azp)) {
        return refuse('wrong-client', {
          tenantId: tid,
          client: typeof claims.azp === 'string' ? claims.azp.slice(0, 64) : null,
        });
      }
      if (!(await options.tenants.isAllowed(tid)))
        return refuse('tenant-not-served', { tenantId: tid });
      return {
        ok: true,
        identity: {
          tenantId: tid,
          userObjectId: String(claims.oid),
          name: typeof claims.name === 'string' ? claims.name : '',
          roles: grantedRoles(claims.roles, tid, options.publisherTenantId),
        },
      };
    },
  };
}

function refusalOf(error: unknown): TabTokenRefusal {
  if (error instanceof errors.JWTExpired) return 'expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'aud') return 'wrong-audience';
    if (error.claim === 'iss') return 'wrong-issuer';
    return 'malformed';
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey
  ) {
    return 'bad-signature';
  }
  return 'malformed';
}

function errorCode(error: unknown): string {
  if (error instanceof errors.JOSEError) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
