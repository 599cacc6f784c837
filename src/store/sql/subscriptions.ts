import { randomUUID } from 'node:crypto';
import type { SubscriptionRepository } from '../repositories';
import type { SubscriptionFilter } from '../types';
import type { SqlExecutor, SqlParam } from './engine';
import { subscriptionColumns, tenantKey, toSubscription } from './rows';

function where(filter: SubscriptionFilter): { clause: string; params: SqlParam[] } {
  const conditions: string[] = [];
  const params: SqlParam[] = [];
  if (filter.tenantId !== undefined) {
    conditions.push('tenant_id = ?');
    params.push(tenantKey(filter.tenantId));
  }
  if (filter.teamId !== undefined) {
    conditions.push('team_id = ?');
    params.push(filter.teamId);
  }
  if (filter.status !== undefined) {
    conditions.push('status = ?');
    params.push(filter.status);
  }
  return { clause: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/** Channels' weekly posts: one subscription per (tenant, channel). */
export function subscriptionRepository(db: SqlExecutor): SubscriptionRepository {
  return {
    async save(subscription) {
      const now = new Date();
      const row = await db.get(
        `INSERT INTO subscriptions (${subscriptionColumns})
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, channel_id) DO UPDATE SET
           team_id = excluded.team_id,
           weekday = excluded.weekday,
           time = excluded.time,
           time_zone = excluded.time_zone,
           audiences = excluded.audiences,
           themes = excluded.themes,
           notify_new_issues = excluded.notify_new_issues,
           post_language = excluded.post_language,
           status = excluded.status,
           status_reason = excluded.status_reason,
           updated_by = excluded.updated_by,
           updated_at = excluded.updated_at
         RETURNING ${subscriptionColumns}`,
        [
          randomUUID(),
          tenantKey(subscription.tenantId),
          subscription.teamId,
          subscription.channelId,
          subscription.weekday,
          subscription.time,
          subscription.timeZone,
          JSON.stringify(subscription.audiences),
          JSON.stringify(subscription.themes),
          subscription.notifyNewIssues,
          subscription.status,
          subscription.statusReason,
          subscription.updatedBy,
          now,
          now,
          subscription.postLanguage ?? 'en',
        ],
      );
      return toSubscription(row!);
    },

    async get(tenantId, id) {
      const row = await db.get(
        `SELECT ${subscriptionColumns} FROM subscriptions WHERE tenant_id = ? AND id = ?`,
        [tenantKey(tenantId), id],
      );
      return row && toSubscription(row);
    },

    async findByChannel(tenantId, channelId) {
      const row = await db.get(
        `SELECT ${subscriptionColumns} FROM subscriptions WHERE tenant_id = ? AND channel_id = ?`,
        [tenantKey(tenantId), channelId],
      );
      return row && toSubscription(row);
    },

    async list(filter = {}) {
      const { clause, params } = where(filter);
      const rows = await db.all(
        `SELECT ${subscriptionColumns} FROM subscriptions ${clause} ORDER BY created_at, id`,
        params,
      );
      return rows.map(toSubscription);
    },

    async setStatus(tenantId, id, status, reason) {
      const row = await db.get(
        `UPDATE subscriptions SET status = ?, status_reason = ?, updated_at = ?
         WHERE tenant_id = ? AND id = ?
         RETURNING ${subscriptionColumns}`,
        [status, reason, new Date(), tenantKey(tenantId), id],
      );
      return row && toSubscription(row);
    },
  };
}
