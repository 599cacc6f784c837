import { AppError } from '../../errors';
import type { TenantRepository } from '../repositories';
import type { SqlExecutor } from './engine';
import { tenantColumns, tenantKey, toTenant } from './rows';

/** How long a new tenant's discussion replies are kept, until the force chooses otherwise. */
export const DEFAULT_RETENTION_MONTHS = 12;

/** The forces the service serves. */
export function tenantRepository(db: SqlExecutor): TenantRepository {
  return {
    async get(id) {
      const row = await db.get(`SELECT ${tenantColumns} FROM tenants WHERE id = ?`, [
        tenantKey(id),
      ]);
      return row && toTenant(row);
    },

    async list() {
      const rows = await db.all(`SELECT ${tenantColumns} FROM tenants ORDER BY created_at, id`);
      return rows.map(toTenant);
    },

    async ensure(id, status, name = null) {
      const now = new Date();
      const row = await db.get(
        `INSERT INTO tenants (id, name, status, status_reason, retention_months, created_at, updated_at)
         VALUES (?, ?, ?, NULL, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET name = COALESCE(excluded.name, tenants.name)
         RETURNING ${tenantColumns}`,
        [tenantKey(id), name, status, DEFAULT_RETENTION_MONTHS, now, now],
      );
      return toTenant(row!);
    },

    async setStatus(id, status, reason) {
      const row = await db.get(
        `UPDATE tenants SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?
         RETURNING ${tenantColumns}`,
        [status, reason, new Date(), tenantKey(id)],
      );
      return row && toTenant(row);
    },

    async setRetention(id, months) {
      if (!Number.isInteger(months) || months < 1) {
        throw new AppError(
          'BadRequest',
          'Retention must be a whole number of months, at least one.',
        );
      }
      const row = await db.get(
        `UPDATE tenants SET retention_months = ?, updated_at = ? WHERE id = ?
         RETURNING ${tenantColumns}`,
        [months, new Date(), tenantKey(id)],
      );
      return row && toTenant(row);
    },
  };
}
