import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { isGuid } from '../ids';
import { isPreauthorizedClient } from './microsoft-clients';

/** What a verified Entra access token says about its holder. */
export interface EntraClaims {
  /** The token's tenant (`tid`), lower-cased. */
  tenantId: string;
  /** Entra object id (`oid`). */
  objectId: string;
  name: string;
  /** Delegated scopes (`scp`). */
  scopes: string[];
  /** App roles assigned in the token's tenant (`roles`). */
  roles: string[];
}

/** Why a token was refused. */
export type EntraTokenRefusal =
  | 'malformed'
  | 'bad-signature'
  | 'expired'
  | 'wrong-audience'
  | 'v1-token'
  | 'wrong-issuer'
  | 'wrong-client'
  | 'other-tenant';

export type EntraTokenResult =
  | { ok: true; claims: EntraClaims }
  | { ok: false; reason: EntraTokenRefusal; detail: Record<string, unknown> };

/** Verifies a v2 access token for our API, such as the tab's SSO token. */
export interface EntraTokenVerifier {
  /** With `tenantId`, a token of any other tenant is refused (`other-tenant`) before its keys are fetched. */
  verify(token: string, options?: { tenantId?: string }): Promise<EntraTokenResult>;
}

export interface EntraTokenVerifierOptions {
  /** The Entra app id: the token's audience. */
  appId: string;
  /** `AUTHORITY_HOST`: keys at `<host>/common/discovery/v2.0/keys`, issuer `<host>/<tid>/v2.0`. */
  authorityHost: string;
}

/**
 * The one check of an Entra v2 access token: signature against the authority's keys, issuer of
 * the token's own tenant, audience our app, not expired (a minute's tolerance), and issued to one
 * of the Microsoft clients the app pre-authorises (Teams, Outlook, the Microsoft 365 app). What
 * the token may do (scope, roles, tenant served) is for its caller to judge.
 */
export function createEntraTokenVerifier(options: EntraTokenVerifierOptions): EntraTokenVerifier {
  const keys: JWTVerifyGetKey = createRemoteJWKSet(
    new URL(`${options.authorityHost}/common/discovery/v2.0/keys`),
  );
  return {
    async verify(token, only = {}) {
      const refuse = (reason: EntraTokenRefusal, detail: Record<string, unknown> = {}) =>
        ({ ok: false, reason, detail }) as const;
      let unverified;
      try {
        unverified = decodeJwt(token);
      } catch {
        return refuse('malformed');
      }
      const tid = typeof unverified.tid === 'string' ? unverified.tid.toLowerCase() : '';
      if (!isGuid(tid)) return refuse('malformed');
      if (only.tenantId !== undefined && tid !== only.tenantId.toLowerCase()) {
        return refuse('other-tenant', { tenantId: tid });
      }
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
        return refuse(refusalOf(error), { tenantId: tid, code: joseCode(error) });
      }
      if (!isPreauthorizedClient(claims.azp)) {
        return refuse('wrong-client', {
          tenantId: tid,
          client: typeof claims.azp === 'string' ? claims.azp.slice(0, 64) : null,
        });
      }
      return {
        ok: true,
        claims: {
          tenantId: tid,
          objectId: String(claims.oid),
          name: typeof claims.name === 'string' ? claims.name : '',
          scopes: typeof claims.scp === 'string' ? claims.scp.split(' ') : [],
          roles: Array.isArray(claims.roles) ? claims.roles.map(String) : [],
        },
      };
    },
  };
}

function refusalOf(error: unknown): EntraTokenRefusal {
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

/** jose's code for why a token failed (`ERR_JWT_EXPIRED`): a fixed name, never token content. */
function joseCode(error: unknown): string {
  if (error instanceof errors.JOSEError) return error.code;
  return error instanceof Error ? error.name : 'unknown';
}
