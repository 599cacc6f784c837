import { createHash, timingSafeEqual } from 'node:crypto';
import { createEntraTokenVerifier } from '../identity/entra-token';

/** What a bearer token that is not the operator key says about its holder. */
export type OperatorTokenVerdict = 'operator' | 'not-operator' | 'invalid';

/** Checks a tab SSO token for the operator role in the publisher tenant. */
export interface OperatorTokenCheck {
  check(token: string): Promise<OperatorTokenVerdict>;
}

/** Whether a request may see the operator's figures, and if not, which status refuses it. */
export type OperatorDecision =
  { ok: true; actor: 'operator' | `operator:${string}` } | { ok: false; status: 401 | 403 };

export interface OperatorAccessOptions {
  /** `OPERATOR_KEY`; when absent (and no token check) everyone is refused with 403. */
  operatorKey: string | undefined;
  tokens?: OperatorTokenCheck;
}

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Authorizes `Authorization: Bearer <key>` against the operator key (compared in constant time)
 * or, when a token check is given, a publisher-tenant token with the `Operator` role.
 * No credentials: 401. Credentials that do not grant access, or nothing configured: 403.
 */
export function createOperatorAccess(options: OperatorAccessOptions) {
  const key = options.operatorKey === undefined ? undefined : digest(options.operatorKey);
  return {
    async authorize(authorization: string | undefined): Promise<OperatorDecision> {
      if (key === undefined && options.tokens === undefined) return { ok: false, status: 403 };
      const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) return { ok: false, status: 401 };
      const presented = match[1]!;
      if (key !== undefined && timingSafeEqual(digest(presented), key)) {
        return { ok: true, actor: 'operator' };
      }
      if (options.tokens === undefined) return { ok: false, status: 403 };
      const verdict = await options.tokens.check(presented);
      if (verdict === 'operator') return { ok: true, actor: 'operator:token' };
      return { ok: false, status: verdict === 'invalid' ? 401 : 403 };
    },
  };
}

export interface OperatorTokenCheckOptions {
  /** The Entra app id: the token's audience. */
  appId: string;
  /** `MICROSOFT_APP_TENANT_ID`: only its people can hold the operator role. */
  publisherTenantId: string;
  /** `AUTHORITY_HOST`: keys at `<host>/common/discovery/v2.0/keys`, issuer `<host>/<tid>/v2.0`. */
  authorityHost: string;
}

/** The app role an operator is assigned in the publisher tenant's app registration. */
export const OPERATOR_ROLE = 'Operator';

/**
 * A valid Entra token for our API (see `createEntraTokenVerifier`) from the publisher tenant,
 * whose `roles` claim holds `Operator`. A token of another tenant is not an operator's.
 */
export function createOperatorTokenCheck(options: OperatorTokenCheckOptions): OperatorTokenCheck {
  const entra = createEntraTokenVerifier(options);
  return {
    async check(token) {
      const verified = await entra.verify(token, { tenantId: options.publisherTenantId });
      if (!verified.ok) return verified.reason === 'other-tenant' ? 'not-operator' : 'invalid';
      return verified.claims.roles.includes(OPERATOR_ROLE) ? 'operator' : 'not-operator';
    },
  };
}
