import type { TeamRepository } from '../repositories';
import type { SqlExecutor } from './engine';
import { channelColumns, teamColumns, tenantKey, toChannel, toTeam } from './rows';

/** The teams the app is installed in, and their channels. */
export function teamRepository(db: SqlExecutor): TeamRepository {
  return {
    async upsert(team) {
      const row = await db.get(
        `INSERT INTO teams (tenant_id, id, graph_group_id, name, service_url, installed_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, id) DO UPDATE SET
           graph_group_id = COALESCE(excluded.graph_group_id, teams.graph_group_id),
           name = COALESCE(excluded.name, teams.name),
           service_url = excluded.service_url,
           installed_at = excluded.installed_at,
           removed_at = NULL,
           removed_reason = NULL
         RETURNING ${teamColumns}`,
        [
          tenantKey(team.tenantId),
          team.id,
          team.graphGroupId,
          team.name,
          team.serviceUrl,
          team.installedAt,
        ],
      );
      return toTeam(row!);
    },

    async get(tenantId, teamId) {
      const row = await db.get(`SELECT ${teamColumns} FROM teams WHERE tenant_id = ? AND id = ?`, [
        tenantKey(tenantId),
        teamId,
      ]);
      return row && toTeam(row);
    },

    async findByGraphGroupId(tenantId, graphGroupId) {
      const row = await db.get(
        `SELECT ${teamColumns} FROM teams WHERE tenant_id = ? AND graph_group_id = ?
         ORDER BY installed_at DESC LIMIT 1`,
        [tenantKey(tenantId), graphGroupId],
      );
      return row && toTeam(row);
    },

    async list(tenantId) {
      const rows = await db.all(
        `SELECT ${teamColumns} FROM teams WHERE tenant_id = ? ORDER BY installed_at, id`,
        [tenantKey(tenantId)],
      );
      return rows.map(toTeam);
    },

    async markRemoved(tenantId, teamId, reason) {
      await db.run(
        'UPDATE teams SET removed_at = ?, removed_reason = ? WHERE tenant_id = ? AND id = ? AND removed_at IS NULL',
        [new Date(), reason, tenantKey(tenantId), teamId],
      );
    },

    async upsertChannel(channel) {
      const row = await db.get(
        `INSERT INTO channels (tenant_id, team_id, id, name) VALUES (?, ?, ?, ?)
         ON CONFLICT (tenant_id, id) DO UPDATE SET
           team_id = excluded.team_id,
           name = COALESCE(excluded.name, channels.name),
           removed_at = NULL,
           removed_reason = NULL
         RETURNING ${channelColumns}`,
        [tenantKey(channel.tenantId), channel.teamId, channel.id, channel.name],
      );
      return toChannel(row!);
    },

    async listChannels(tenantId, teamId) {
      const rows = await db.all(
        `SELECT ${channelColumns} FROM channels WHERE tenant_id = ? AND team_id = ?`,
        [tenantKey(tenantId), teamId],
      );
      return rows
        .map(toChannel)
        .sort(
          (a, b) =>
            Number(b.id === b.teamId) - Number(a.id === a.teamId) ||
            (a.name ?? '').localeCompare(b.name ?? '') ||
            a.id.localeCompare(b.id),
        );
    },

    async markChannelRemoved(tenantId, channelId, reason) {
      await db.run(
        'UPDATE channels SET removed_at = ?, removed_reason = ? WHERE tenant_id = ? AND id = ? AND removed_at IS NULL',
        [new Date(), reason, tenantKey(tenantId), channelId],
      );
    },
  };
}
