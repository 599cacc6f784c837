import type { Config } from '../config';
import { LOCAL_TEAM, LOCAL_TENANT_ID } from '../identity/local-person';
import type { Logger } from '../logger';
import type { Store, TenantStatus } from '../store/types';

/** Whether the service serves a tenant: `invited` and `consented` are served; others are not. */
export interface TenantAccess {
  isAllowed(tenantId: string): Promise<boolean>;
  /** The tenant's status, or undefined when the tenants table does not know it. */
  statusOf(tenantId: string): Promise<TenantStatus | undefined>;
}

export interface TenantAccessOptions {
  /** Local mode with `ALLOWED_TENANTS=*`: a tenant the table does not know is served too. */
  admitUnknown?: boolean;
  /** How long an answer is reused; a change by `npm run tenants` shows within this. */
  cacheMs?: number;
  now?: () => number;
}

/** How long a tenant's status is reused by default. */
export const TENANT_CACHE_MS = 2_000;

const servedStatuses: ReadonlySet<TenantStatus> = new Set(['invited', 'consented']);

/**
 * The tenant policy, read from the tenants table (the truth) and cached for two seconds, so a
 * change made by another process takes effect within a few seconds, without a restart.
 */
export function createTenantAccess(
  store: Store,
  logger: Logger,
  options: TenantAccessOptions = {},
): TenantAccess {
  const cacheMs = options.cacheMs ?? TENANT_CACHE_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { status: TenantStatus | undefined; until: number }>();

  const statusOf = async (tenantId: string): Promise<TenantStatus | undefined> => {
    const key = tenantId.toLowerCase();
    const cached = cache.get(key);
    if (cached && cached.until > now()) return cached.status;
    const status = (await store.tenants.get(key))?.status;
    cache.set(key, { status, until: now() + cacheMs });
    return status;
  };

  return {
    statusOf,
    async isAllowed(tenantId) {
      const status = await statusOf(tenantId);
      const allowed =
        status === undefined ? options.admitUnknown === true : servedStatuses.has(status);
      if (!allowed) logger.debug({ tenantId, status: status ?? 'unknown' }, 'tenant not served');
      return allowed;
    },
  };
}

/**
 * Seeds the tenants table at start: each id of `ALLOWED_TENANTS` is added as `invited`, and the
 * publisher's own tenant (`MICROSOFT_APP_TENANT_ID`, where the IOPC's editors sign in) as
 * `consented`. A known tenant keeps its status (a suspension is never lifted by a restart).
 */
export async function seedTenants(
  store: Store,
  config: Pick<Config, 'allowedTenants' | 'bot'>,
): Promise<number> {
  const seeds: { id: string; status: TenantStatus; from: string }[] = [
    ...(config.allowedTenants === '*' ? [] : config.allowedTenants).map((id) => ({
      id,
      status: 'invited' as const,
      from: 'ALLOWED_TENANTS',
    })),
    ...(config.bot?.tenantId
      ? [{ id: config.bot.tenantId, status: 'consented' as const, from: 'MICROSOFT_APP_TENANT_ID' }]
      : []),
  ];
  let added = 0;
  for (const { id, status, from } of seeds) {
    if (await store.tenants.get(id)) continue;
    await store.transaction(async (tx) => {
      await tx.tenants.ensure(id, status);
      await tx.audit.append({
        tenantId: id,
        actor: 'system',
        action: 'tenant.seeded',
        subject: id,
        detail: { from, status },
      });
    });
    added += 1;
  }
  return added;
}

/**
 * Local mode: the documented local person's tenant and team (with its General channel), so the
 * screens that belong to a team have one. Safe to repeat.
 */
export async function seedLocalTeam(store: Store): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.tenants.ensure(LOCAL_TENANT_ID, 'consented', 'Local force');
    if (await tx.teams.get(LOCAL_TENANT_ID, LOCAL_TEAM.id)) return;
    await tx.teams.upsert({
      tenantId: LOCAL_TENANT_ID,
      id: LOCAL_TEAM.id,
      graphGroupId: LOCAL_TEAM.graphGroupId,
      name: LOCAL_TEAM.name,
      serviceUrl: 'http://127.0.0.1/',
      installedAt: new Date(),
    });
    await tx.teams.upsertChannel({
      tenantId: LOCAL_TENANT_ID,
      teamId: LOCAL_TEAM.id,
      id: LOCAL_TEAM.id,
      name: null,
    });
  });
}
