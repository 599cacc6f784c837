import { hkdfSync, randomUUID } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { Config } from '../config';
import { AppError } from '../errors';
import { isGuid } from '../ids';
import type { Logger } from '../logger';
import type { Store } from '../store/types';

/** What admin consent needs: the app, where Entra sends the admin back, and the state key. */
export interface ConsentSettings {
  appId: string;
  authorityHost: string;
  publicBaseUrl: string;
  /** Signs the `state` (HS256). */
  secret: Uint8Array;
  /** How long a consent link stays valid (30 minutes). */
  stateTtlMs?: number;
  now?: () => Date;
}

/** The outcome of a consent callback, for a plain page. */
export interface ConsentOutcome {
  result: 'consented' | 'refused' | 'rejected';
  tenantId: string | null;
  status: number;
  title: string;
  message: string;
}

export const CONSENT_CALLBACK_PATH = '/api/admin/consent-callback';
const stateAudience = 'ltl-admin-consent';
const stateIssuer = 'ltl-teams';

/**
 * Consent settings from the configuration; undefined in local mode. The state key is
 * `CONSENT_STATE_SECRET`, or else derived (HKDF) from the app password.
 */
export function consentSettingsFrom(config: Config): ConsentSettings | undefined {
  if (!config.bot) return undefined;
  const source = config.consentStateSecret ?? config.bot.appPassword;
  if (!source) return undefined;
  const secret = new Uint8Array(hkdfSync('sha256', source, 'ltl-teams', 'admin-consent-state', 32));
  return {
    appId: config.bot.appId,
    authorityHost: config.authorityHost,
    publicBaseUrl: config.publicBaseUrl,
    secret,
  };
}

/**
 * The Entra admin-consent link for a tenant, with a signed state that expires; the tenant is
 * recorded as `invited` if new. Audited.
 */
export async function createConsentLink(
  store: Store,
  settings: ConsentSettings,
  tenantId: string,
  actor: string,
): Promise<{ tenantId: string; url: string; expiresAt: Date }> {
  const id = tenantId.toLowerCase();
  if (!isGuid(id)) throw new AppError('BadRequest', 'A tenant id is a GUID.');
  const now = settings.now?.() ?? new Date();
  const expiresAt = new Date(now.getTime() + (settings.stateTtlMs ?? 30 * 60_000));
  const state = await new SignJWT({ tid: id })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(stateIssuer)
    .setAudience(stateAudience)
    .setJti(randomUUID())
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.secret);
  const query = new URLSearchParams({
    client_id: settings.appId,
    redirect_uri: `${settings.publicBaseUrl}${CONSENT_CALLBACK_PATH}`,
    state,
  });
  await store.transaction(async (tx) => {
    const tenant = await tx.tenants.ensure(id, 'invited');
    await tx.audit.append({
      tenantId: id,
      actor,
      action: 'tenant.consent_link',
      subject: id,
      detail: { status: tenant.status, expiresAt: expiresAt.toISOString() },
    });
  });
  return {
    tenantId: id,
    url: `${settings.authorityHost}/${id}/adminconsent?${query.toString()}`,
    expiresAt,
  };
}

/**
 * Handles Entra's redirect back: checks the state (signature, expiry, used once) and the tenant
 * (required with a consent, compared with the state's whenever present; a refusal carries only
 * `error` and `state`), then records the consent or the refusal and its reason. A forged,
 * expired, replayed or tenant-less consent changes nothing. A suspended tenant stays suspended.
 */
export async function completeConsent(
  store: Store,
  settings: ConsentSettings,
  query: Record<string, unknown>,
  logger: Logger,
): Promise<ConsentOutcome> {
  const text = (name: string) =>
    typeof query[name] === 'string' ? (query[name] as string) : undefined;
  const claims = await verifyState(settings, text('state'));
  if (!claims) {
    logger.warn({ reason: 'invalid-state' }, 'consent callback rejected');
    return rejected('This consent link is not valid or has expired. Ask for a new link.');
  }
  const reportedTenant = text('tenant')?.toLowerCase();
  if (reportedTenant !== undefined && reportedTenant !== claims.tenantId) {
    logger.warn(
      { tenantId: claims.tenantId, reason: 'tenant-mismatch' },
      'consent callback rejected',
    );
    return rejected('This consent link was made for another organisation. Ask for a new link.');
  }
  const error = text('error');
  const granted = error === undefined && text('admin_consent')?.toLowerCase() === 'true';
  if (granted && reportedTenant === undefined) {
    logger.warn(
      { tenantId: claims.tenantId, reason: 'tenant-missing' },
      'consent callback rejected',
    );
    return rejected(
      'This consent response does not say which organisation consented. Ask for a new link.',
    );
  }
  if (!(await store.claims.consentState(claims.nonce, claims.expiresAt))) {
    logger.warn({ tenantId: claims.tenantId, reason: 'replayed' }, 'consent callback rejected');
    return rejected('This consent link has already been used. Ask for a new link if you need one.');
  }
  const tenantId = claims.tenantId;
  if (!granted) {
    const reason = (error ?? 'not_granted').slice(0, 100);
    await store.audit.append({
      tenantId,
      actor: 'tenant-admin',
      action: 'tenant.consent_refused',
      subject: tenantId,
      detail: { error: reason, description: (text('error_description') ?? '').slice(0, 300) },
    });
    logger.info({ tenantId, error: reason }, 'admin consent refused');
    return {
      result: 'refused',
      tenantId,
      status: 200,
      title: 'Consent was not given',
      message: `The administrator did not grant the permissions (${reason}). Nothing was changed; the service stays off for your organisation.`,
    };
  }
  const keptSuspended = await store.transaction(async (tx) => {
    const tenant =
      (await tx.tenants.get(tenantId)) ?? (await tx.tenants.ensure(tenantId, 'invited'));
    const suspended = tenant.status === 'suspended';
    if (!suspended) await tx.tenants.setStatus(tenantId, 'consented', null);
    await tx.audit.append({
      tenantId,
      actor: 'tenant-admin',
      action: 'tenant.consented',
      subject: tenantId,
      detail: { from: tenant.status, keptSuspended: suspended },
    });
    return suspended;
  });
  logger.info({ tenantId, keptSuspended }, 'admin consent recorded');
  return {
    result: 'consented',
    tenantId,
    status: 200,
    title: 'Consent recorded',
    message: keptSuspended
      ? 'Thank you: the consent is recorded. The service is suspended for your organisation until the IOPC resumes it.'
      : 'Thank you: Learning the Lessons is now enabled for your organisation. Team owners can add the app to their teams.',
  };
}

async function verifyState(
  settings: ConsentSettings,
  state: string | undefined,
): Promise<{ tenantId: string; nonce: string; expiresAt: Date } | undefined> {
  if (!state) return undefined;
  try {
    const { payload } = await jwtVerify(state, settings.secret, {
      issuer: stateIssuer,
      audience: stateAudience,
      algorithms: ['HS256'],
      requiredClaims: ['exp', 'jti', 'tid'],
      currentDate: settings.now?.() ?? new Date(),
    });
    if (typeof payload.tid !== 'string' || !isGuid(payload.tid)) return undefined;
    return { tenantId: payload.tid, nonce: payload.jti!, expiresAt: new Date(payload.exp! * 1000) };
  } catch {
    return undefined;
  }
}

function rejected(message: string): ConsentOutcome {
  return {
    result: 'rejected',
    tenantId: null,
    status: 400,
    title: 'Consent link not accepted',
    message,
  };
}
