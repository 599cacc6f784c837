import type { AuditRepository } from '../repositories';
import type { SqlExecutor } from './engine';
import { auditColumns, tenantKey, toAuditEntry } from './rows';

/** The audit trail: who changed what, with ids and settings only. */
export function auditRepository(db: SqlExecutor): AuditRepository {
  return {
    async append(entry) {
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
    },

    async list(tenantId) {
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
