import type { Logger } from '../logger';
import type { TenantAccess } from '../tenants/access';
import { createEntraTokenVerifier, type EntraTokenRefusal } from './entra-token';
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
  Exclude<EntraTokenRefusal, 'other-tenant'> | 'missing-scope' | 'tenant-not-served';

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

const requiredScope = 'access_as_user';

/**
 * The tab's SSO token: a valid Entra token for our API (see `createEntraTokenVerifier`) with the
 * scope `access_as_user`, from a tenant the service serves; its app roles as `grantedRoles` honours
 * them.
 */
export function createTabTokenVerifier(options: TabTokenVerifierOptions): TabTokenVerifier {
  const entra = createEntraTokenVerifier(options);
  const refuse = (
    reason: TabTokenRefusal,
    detail: Record<string, unknown> = {},
  ): TabTokenResult => {
    options.logger.info({ reason, ...detail }, 'tab token refused');
    return { ok: false, reason };
  };

  return {
    async verifyTabToken(token) {
      const verified = await entra.verify(token);
      if (!verified.ok) {
        const reason = verified.reason === 'other-tenant' ? 'malformed' : verified.reason;
        return refuse(reason, verified.detail);
      }
      const { claims } = verified;
      if (!claims.scopes.includes(requiredScope)) {
        return refuse('missing-scope', { tenantId: claims.tenantId });
      }
      if (!(await options.tenants.isAllowed(claims.tenantId))) {
        return refuse('tenant-not-served', { tenantId: claims.tenantId });
      }
      return {
        ok: true,
        identity: {
          tenantId: claims.tenantId,
          userObjectId: claims.objectId,
          name: claims.name,
          roles: grantedRoles(claims.roles, claims.tenantId, options.publisherTenantId),
        },
      };
    },
  };
}
