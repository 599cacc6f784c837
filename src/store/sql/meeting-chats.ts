import type { MeetingChatRepository } from '../repositories';
import type { MeetingChat } from '../types';
import { toDate, toText, type SqlExecutor, type SqlRow } from './engine';
import { tenantKey } from './rows';

/** The meetings' chats the app is in, so the bot can post a case there when a presenter asks. */
export function meetingChatRepository(db: SqlExecutor): MeetingChatRepository {
  return {
    async upsert(chat) {
      await db.run(
        `INSERT INTO meeting_chats (tenant_id, id, service_url, added_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, id) DO UPDATE SET service_url = excluded.service_url`,
        [tenantKey(chat.tenantId), chat.id, chat.serviceUrl, chat.addedAt],
      );
    },

    async get(tenantId, chatId) {
      const row = await db.get(
        'SELECT tenant_id, id, service_url, added_at FROM meeting_chats WHERE tenant_id = ? AND id = ?',
        [tenantKey(tenantId), chatId],
      );
      return row && toMeetingChat(row);
    },

    async delete(tenantId, chatId) {
      const deleted = await db.run('DELETE FROM meeting_chats WHERE tenant_id = ? AND id = ?', [
        tenantKey(tenantId),
        chatId,
      ]);
      return deleted > 0;
    },
  };
}

function toMeetingChat(row: SqlRow): MeetingChat {
  return {
    tenantId: toText(row.tenant_id),
    id: toText(row.id),
    serviceUrl: toText(row.service_url),
    addedAt: toDate(row.added_at),
  };
}
