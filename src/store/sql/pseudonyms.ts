import type { Store } from '../types';
import type { SqlEngine } from './engine';
import { tenantKey } from './rows';

/** A person's object id replaced by a pseudonym in one tenant's settings and audit trail. */
export function pseudonymQueries(db: SqlEngine): Pick<Store, 'pseudonymisePerson'> {
  return {
    pseudonymisePerson(tenantId, objectIds, pseudonym) {
      const tenant = tenantKey(tenantId);
      const marks = objectIds.map(() => '?').join(', ');
      return db.transaction(async (tx) => {
        const subscriptions = await tx.run(
          `UPDATE subscriptions SET updated_by = ? WHERE tenant_id = ? AND updated_by IN (${marks})`,
          [pseudonym, tenant, ...objectIds],
        );
        const actors = await tx.run(
          `UPDATE audit_entries SET actor = ? WHERE tenant_id = ? AND actor IN (${marks})`,
          [pseudonym, tenant, ...objectIds],
        );
        const subjects = await tx.run(
          `UPDATE audit_entries SET subject = ?
           WHERE tenant_id = ? AND subject IN (${marks}) AND action <> 'person.erased'`,
          [pseudonym, tenant, ...objectIds],
        );
        return { subscriptions, auditEntries: actors + subjects };
      });
    },
  };
}
