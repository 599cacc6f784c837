import type { DiscussionRepository } from '../repositories';
import type { SqlExecutor } from './engine';
import { postedThreadColumns, replyColumns, tenantKey, toPostedThread, toReply } from './rows';

/** The threads the bot started and colleagues' replies under them. */
export function discussionRepository(db: SqlExecutor): DiscussionRepository {
  return {
    async recordThread(thread) {
      await db.run(
        `INSERT INTO posted_threads (${postedThreadColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, channel_id, root_message_id) DO NOTHING`,
        [
          tenantKey(thread.tenantId),
          thread.teamId,
          thread.channelId,
          thread.rootMessageId,
          thread.caseId,
          thread.deliveryId,
          thread.postedAt,
        ],
      );
    },

    async findThread(tenantId, channelId, rootMessageId) {
      const row = await db.get(
        `SELECT ${postedThreadColumns} FROM posted_threads
         WHERE tenant_id = ? AND channel_id = ? AND root_message_id = ?`,
        [tenantKey(tenantId), channelId, rootMessageId],
      );
      return row && toPostedThread(row);
    },

    async findThreadByDelivery(tenantId, deliveryId) {
      const row = await db.get(
        `SELECT ${postedThreadColumns} FROM posted_threads WHERE delivery_id = ? AND tenant_id = ?`,
        [deliveryId, tenantKey(tenantId)],
      );
      return row && toPostedThread(row);
    },

    async latestThreadOfCase(tenantId, teamId, caseId) {
      const row = await db.get(
        `SELECT ${postedThreadColumns} FROM posted_threads
         WHERE tenant_id = ? AND team_id = ? AND case_id = ?
         ORDER BY posted_at DESC, root_message_id DESC LIMIT 1`,
        [tenantKey(tenantId), teamId, caseId],
      );
      return row && toPostedThread(row);
    },

    async listThreads(tenantId, since) {
      const rows = await db.all(
        `SELECT ${postedThreadColumns} FROM posted_threads WHERE tenant_id = ? AND posted_at >= ?
         ORDER BY posted_at, channel_id, root_message_id`,
        [tenantKey(tenantId), since],
      );
      return rows.map(toPostedThread);
    },

    async latestThread(tenantId, channelId) {
      const row = await db.get(
        `SELECT ${postedThreadColumns} FROM posted_threads WHERE tenant_id = ? AND channel_id = ?
         ORDER BY posted_at DESC, root_message_id DESC LIMIT 1`,
        [tenantKey(tenantId), channelId],
      );
      return row && toPostedThread(row);
    },

    async upsertReply(reply) {
      await db.run(
        `INSERT INTO replies (${replyColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, channel_id, root_message_id, id)
         DO UPDATE SET text = excluded.text, edited_at = excluded.edited_at`,
        [
          tenantKey(reply.tenantId),
          reply.id,
          reply.teamId,
          reply.channelId,
          reply.rootMessageId,
          reply.caseId,
          reply.authorId,
          reply.authorName,
          reply.text,
          reply.createdAt,
          reply.editedAt,
        ],
      );
    },

    async deleteReply(key) {
      const deleted = await db.run(
        `DELETE FROM replies
         WHERE tenant_id = ? AND channel_id = ? AND root_message_id = ? AND id = ?`,
        [tenantKey(key.tenantId), key.channelId, key.rootMessageId, key.id],
      );
      return deleted > 0;
    },

    async listReplies(tenantId, channelId, rootMessageId) {
      const rows = await db.all(
        `SELECT ${replyColumns} FROM replies WHERE tenant_id = ? AND channel_id = ? AND root_message_id = ?
         ORDER BY created_at, id`,
        [tenantKey(tenantId), channelId, rootMessageId],
      );
      return rows.map(toReply);
    },

    async countReplies(tenantId, since, until) {
      const row = await db.get(
        `SELECT COUNT(*) AS replies FROM replies WHERE tenant_id = ?` +
          (since ? ' AND created_at >= ?' : '') +
          (until ? ' AND created_at < ?' : ''),
        [tenantKey(tenantId), ...(since ? [since] : []), ...(until ? [until] : [])],
      );
      return Number(row?.replies ?? 0);
    },

    async countRepliers(tenantId, channelId, rootMessageId) {
      const row = await db.get(
        `SELECT COUNT(DISTINCT author_id) AS repliers FROM replies
         WHERE tenant_id = ? AND channel_id = ? AND root_message_id = ?`,
        [tenantKey(tenantId), channelId, rootMessageId],
      );
      return Number(row?.repliers ?? 0);
    },
  };
}
