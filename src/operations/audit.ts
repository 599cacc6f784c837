import type { AuditEntry, Store } from '../store/types';
import { textTable } from './table';

/**
 * A tenant's audit trail, newest first (`null`: the service-wide entries, such as removed
 * tenants).
 */
export async function listAuditTrail(store: Store, tenantId: string | null): Promise<AuditEntry[]> {
  return (await store.audit.list(tenantId))
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => b.entry.at.getTime() - a.entry.at.getTime() || b.order - a.order)
    .map(({ entry }) => entry);
}

/** The audit trail as a table: when, who, what, to what, and the ids and settings recorded. */
export function formatAuditTrail(entries: readonly AuditEntry[]): string {
  if (entries.length === 0) return 'No audit entries.';
  return textTable(
    ['when', 'who', 'what', 'subject', 'detail'],
    entries.map((entry) => [
      entry.at.toISOString(),
      entry.actor,
      entry.action,
      entry.subject,
      JSON.stringify(entry.detail),
    ]),
  );
}
