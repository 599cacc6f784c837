import { AppError } from '../errors';
import type { Logger } from '../logger';
import type { Store } from '../store/types';

/** What offboarding removed: rows per kind (`replies`, `subscriptions`, …, `tenants`). */
export type RemovedRows = Record<string, number>;

/**
 * Offboards a force: deletes every row of the tenant (its own audit trail included) and records
 * the removal, with counts only, in the service-wide audit trail (tenant `null`), in one
 * transaction.
 */
export async function offboardTenant(
  store: Store,
  tenantId: string,
  logger: Logger,
  actor = 'operator',
): Promise<RemovedRows> {
  const tenant = await store.tenants.get(tenantId);
  if (!tenant) throw new AppError('NotFound', `No tenant ${tenantId}.`);
  const removed = await store.transaction(async (tx) => {
    const counts = await tx.privacy.deleteTenant(tenantId);
    await tx.audit.append({
      tenantId: null,
      actor,
      action: 'tenant.removed',
      subject: tenantId,
      detail: { status: tenant.status, removed: counts },
    });
    return counts;
  });
  logger.info({ tenantId, removed }, 'tenant offboarded');
  return removed;
}

/** One line per kind of row, such as `replies: 12`, for the operator. */
export function describeRemovedRows(removed: RemovedRows): string {
  return Object.entries(removed)
    .map(([kind, count]) => `${kind}: ${count}`)
    .join('\n');
}
