import { AppError } from '../../errors';
import type { Store } from '../types';
import type { SqlEngine } from './engine';
import {
  channelColumns,
  teamColumns,
  tenantColumns,
  tenantKey,
  toChannel,
  toTeam,
  toTenant,
} from './rows';

/** How long a new tenant's discussion replies are kept, until the force chooses otherwise. */
export const DEFAULT_RETENTION_MONTHS = 12;

type TenantMethods = Pick<
  Store,
  | 'getTenant'
  | 'listTenants'
  | 'ensureTenant'
  | 'setTenantStatus'
  | 'setTenantRetention'
  | 'upsertTeam'
  | 'getTeam'
  | 'findTeamByGraphGroupId'
  | 'listTeams'
  | 'markTeamRemoved'
  | 'upsertChannel'
  | 'listChannels'
  | 'markChannelRemoved'
>;

/** Tenants, their teams and the teams' channels. */
export function tenantQueries(db: SqlEngine): TenantMethods {
  return {
    async getTenant(id) {
      const row = await db.get(`SELECT ${tenantColumns} FROM tenants WHERE id = ?`, [
        tenantKey(id),
      ]);
      return row && toTenant(row);
    },

    async listTenants() {
      const rows = await db.all(`SELECT ${tenantColumns} FROM tenants ORDER BY created_at, id`);
      return rows.map(toTenant);
    },

    async ensureTenant(id, status, name = null) {
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

    async setTenantStatus(id, status, reason) {
      const row = await db.get(
        `UPDATE tenants SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?
         RETURNING ${tenantColumns}`,
        [status, reason, new Date(), tenantKey(id)],
      );
      return row && toTenant(row);
    },

    async setTenantRetention(id, months) {
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

    async upsertTeam(team) {
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

    async getTeam(tenantId, teamId) {
      const row = await db.get(`SELECT ${teamColumns} FROM teams WHERE tenant_id = ? AND id = ?`, [
        tenantKey(tenantId),
        teamId,
      ]);
      return row && toTeam(row);
    },

    async findTeamByGraphGroupId(tenantId, graphGroupId) {
      const row = await db.get(
        `SELECT ${teamColumns} FROM teams WHERE tenant_id = ? AND graph_group_id = ?
         ORDER BY installed_at DESC LIMIT 1`,
        [tenantKey(tenantId), graphGroupId],
      );
      return row && toTeam(row);
    },

    async listTeams(tenantId) {
      const rows = await db.all(
        `SELECT ${teamColumns} FROM teams WHERE tenant_id = ? ORDER BY installed_at, id`,
        [tenantKey(tenantId)],
      );
      return rows.map(toTeam);
    },

    async markTeamRemoved(tenantId, teamId, reason) {
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
