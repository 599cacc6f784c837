import type { Store } from '../types';
import type { SqlEngine } from './engine';
import { tenantKey } from './rows';

/** Every table with a tenant's rows, children before parents; `tenants` itself goes last. */
const tenantTables = [
  'replies',
  'posted_threads',
  'deliveries',
  'subscriptions',
  'channels',
  'teams',
  'new_issue_notices',
  'meeting_chats',
  'audit_entries',
] as const;

/** Offboarding a force: all of its rows, in one transaction. */
export function offboardingQueries(db: SqlEngine): Pick<Store, 'deleteTenantData'> {
  return {
    deleteTenantData(tenantId) {
      const id = tenantKey(tenantId);
      return db.transaction(async (tx) => {
        const counts: Record<string, number> = {};
        for (const table of tenantTables) {
          counts[table] = await tx.run(`DELETE FROM ${table} WHERE tenant_id = ?`, [id]);
        }
        counts.tenants = await tx.run('DELETE FROM tenants WHERE id = ?', [id]);
        return counts;
      });
    },
  };
}
