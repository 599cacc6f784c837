import type { AuditEntry, NewAuditEntry, Store } from '../types';
import { toDateOrNull, type SqlEngine, type SqlExecutor } from './engine';
import { auditColumns, tenantKey, toAuditEntry } from './rows';

/** Appends an audit entry through `db`, which may be a transaction. */
export async function insertAudit(db: SqlExecutor, entry: NewAuditEntry): Promise<AuditEntry> {
  const row = await db.get(
    `INSERT INTO audit_entries (tenant_id, actor, action, subject, detail, at) VALUES (?, ?, ?, ?, ?, ?)
     RETURNING ${auditColumns}`,
    [
      entry.tenantId === null ? null : tenantKey(entry.tenantId),
      entry.actor,
      entry.action,
      entry.subject,
      JSON.stringify(entry.detail),
      new Date(),
    ],
  );
  return toAuditEntry(row!);
}

/** The audit trail: who changed what, with ids and settings only. */
export function auditQueries(
  db: SqlEngine,
): Pick<Store, 'appendAudit' | 'listAudit' | 'lastErasure'> {
  return {
    appendAudit: (entry) => insertAudit(db, entry),

    async lastErasure(tenantId, personId) {
      const row = await db.get(
        `SELECT MAX(at) AS erased_at FROM audit_entries
         WHERE tenant_id = ? AND action = 'person.erased' AND subject IN (?, ?, ?)`,
        [tenantKey(tenantId), personId, personId.toLowerCase(), personId.toUpperCase()],
      );
      return toDateOrNull(row?.erased_at) ?? undefined;
    },

    async listAudit(tenantId) {
      const rows =
        tenantId === null
          ? await db.all(
              `SELECT ${auditColumns} FROM audit_entries WHERE tenant_id IS NULL ORDER BY id`,
            )
          : await db.all(
              `SELECT ${auditColumns} FROM audit_entries WHERE tenant_id = ? ORDER BY id`,
              [tenantKey(tenantId)],
            );
      return rows.map(toAuditEntry);
    },
  };
}
