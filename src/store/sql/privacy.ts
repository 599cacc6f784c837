import type { PrivacyRepository } from '../repositories';
import { toDateOrNull, type Atomic, type SqlExecutor } from './engine';
import { replyColumns, tenantKey, toReply } from './rows';

/** Every table with a tenant's rows, children before parents; `tenants` itself goes last. */
const tenantTables = [
  'response_actions',
  'team_responses',
  'force_responses',
  'replies',
  'posted_threads',
  'deliveries',
  'subscriptions',
  'channels',
  'teams',
  'new_issue_notices',
  'meeting_chats',
  'learning_entries',
  'learning_record_retention',
  'audit_entries',
  'feedback_ratings',
  'feedback_settings',
  'poll_votes',
  'case_reads',
  'insight_weeks',
  'insight_case_weeks',
  'insight_kept',
] as const;

/** Retention, a person's export and erasure, and a force's offboarding. */
export function privacyRepository(db: SqlExecutor, atomic: Atomic): PrivacyRepository {
  return {
    deleteRepliesBefore: (tenantId, cutoff) =>
      db.run('DELETE FROM replies WHERE tenant_id = ? AND created_at < ?', [
        tenantKey(tenantId),
        cutoff,
      ]),

    async repliesBy(tenantId, authorId) {
      const rows = await db.all(
        `SELECT ${replyColumns} FROM replies WHERE tenant_id = ? AND author_id = ? ORDER BY created_at, id`,
        [tenantKey(tenantId), authorId],
      );
      return rows.map(toReply);
    },

    deleteRepliesBy: (tenantId, authorId) =>
      db.run('DELETE FROM replies WHERE tenant_id = ? AND author_id = ?', [
        tenantKey(tenantId),
        authorId,
      ]),

    pseudonymise(tenantId, objectIds, pseudonym) {
      const tenant = tenantKey(tenantId);
      const marks = objectIds.map(() => '?').join(', ');
      return atomic(async (tx) => {
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

    async lastErasure(tenantId, personId) {
      const row = await db.get(
        `SELECT MAX(at) AS erased_at FROM audit_entries
         WHERE tenant_id = ? AND action = 'person.erased' AND subject IN (?, ?, ?)`,
        [tenantKey(tenantId), personId, personId.toLowerCase(), personId.toUpperCase()],
      );
      return toDateOrNull(row?.erased_at) ?? undefined;
    },

    deleteTenant(tenantId) {
      const id = tenantKey(tenantId);
      return atomic(async (tx) => {
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
