import { randomUUID } from 'node:crypto';
import { AppError } from '../../errors';
import type { DeliveryRepository } from '../repositories';
import type { DeliveryFilter, DeliveryUpdate, NewDelivery } from '../types';
import type { SqlExecutor, SqlParam } from './engine';
import { deliveryColumns, tenantKey, toDelivery } from './rows';

const updatableColumns: Readonly<Record<keyof DeliveryUpdate, string>> = {
  status: 'status',
  attempts: 'attempts',
  rootMessageId: 'root_message_id',
  reason: 'reason',
  possibleDuplicate: 'possible_duplicate',
  caseId: 'case_id',
};

function assignments(update: DeliveryUpdate): { set: string; params: SqlParam[] } {
  const columns = ['updated_at = ?'];
  const params: SqlParam[] = [new Date()];
  for (const key of Object.keys(updatableColumns) as (keyof DeliveryUpdate)[]) {
    const value = update[key];
    if (value === undefined) continue;
    columns.push(`${updatableColumns[key]} = ?`);
    params.push(value);
  }
  return { set: columns.join(', '), params };
}

function where(filter: DeliveryFilter): { clause: string; params: SqlParam[] } {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  if (filter.tenantId !== undefined) {
    conditions.push('tenant_id = ?');
    params.push(tenantKey(filter.tenantId));
  }
  if (filter.subscriptionId !== undefined) {
    conditions.push('subscription_id = ?');
    params.push(filter.subscriptionId);
  }
  if (filter.status !== undefined) {
    conditions.push('status = ?');
    params.push(filter.status);
  }
  return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** SQLite and PostgreSQL both name a foreign key violation in the error's code. */
function isForeignKeyViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === '23503';
}

/** Deliveries, one per (subscription, week). */
export function deliveryRepository(db: SqlExecutor): DeliveryRepository {
  const insert = async (delivery: NewDelivery) => {
    const now = new Date();
    try {
      return await db.get(
        `INSERT INTO deliveries (${deliveryColumns})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending', 0, NULL, NULL, ?, ?, ?)
         ON CONFLICT (subscription_id, week_key) DO NOTHING
         RETURNING ${deliveryColumns}`,
        [
          randomUUID(),
          delivery.subscriptionId,
          tenantKey(delivery.tenantId),
          delivery.teamId,
          delivery.channelId,
          delivery.weekKey,
          delivery.caseId,
          delivery.dueAt,
          false,
          now,
          now,
        ],
      );
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new AppError('NotFound', 'That subscription no longer exists.', { cause: error });
      }
      throw error;
    }
  };

  return {
    async create(delivery) {
      for (let attempt = 0; attempt < 3; attempt++) {
        const inserted = await insert(delivery);
        if (inserted) return { delivery: toDelivery(inserted), created: true };
        const existing = await db.get(
          `SELECT ${deliveryColumns} FROM deliveries WHERE subscription_id = ? AND week_key = ?`,
          [delivery.subscriptionId, delivery.weekKey],
        );
        if (existing) return { delivery: toDelivery(existing), created: false };
      }
      throw new AppError('Conflict', 'The delivery could not be recorded.');
    },

    async get(id) {
      const row = await db.get(`SELECT ${deliveryColumns} FROM deliveries WHERE id = ?`, [id]);
      return row && toDelivery(row);
    },

    async transition(id, from, update) {
      const { set, params } = assignments(update);
      const row = await db.get(
        `UPDATE deliveries SET ${set} WHERE id = ? AND status = ? RETURNING ${deliveryColumns}`,
        [...params, id, from],
      );
      return row && toDelivery(row);
    },

    async list(filter = {}) {
      const { clause, params } = where(filter);
      const rows = await db.all(
        `SELECT ${deliveryColumns} FROM deliveries ${clause} ORDER BY due_at, created_at, id`,
        params,
      );
      return rows.map(toDelivery);
    },

    async tenantsWithSendable(now) {
      const rows = await db.all(
        `SELECT DISTINCT tenant_id FROM deliveries
         WHERE status = 'sending' OR (status = 'pending' AND due_at <= ?)`,
        [now],
      );
      return rows.map((row) => String(row.tenant_id));
    },

    async listSendable(tenantId, now, cursor, limit) {
      const after = cursor ? 'AND (due_at > ? OR (due_at = ? AND id > ?))' : '';
      const afterParams = cursor ? [cursor.dueAt, cursor.dueAt, cursor.id] : [];
      const rows = await db.all(
        `SELECT ${deliveryColumns} FROM deliveries
         WHERE tenant_id = ? AND (status = 'sending' OR (status = 'pending' AND due_at <= ?)) ${after}
         ORDER BY due_at, id LIMIT ?`,
        [tenantKey(tenantId), now, ...afterParams, limit],
      );
      return rows.map(toDelivery);
    },
  };
}
