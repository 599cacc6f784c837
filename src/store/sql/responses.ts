import type { ResponseRepository } from '../repositories';
import type {
  ActionStatus,
  Conclusion,
  ForceResponse,
  TeamAction,
  TeamResponse,
} from '../../team-response/model';
import {
  fromJson,
  toDate,
  toDateOrNull,
  toText,
  toTextOrNull,
  type Atomic,
  type SqlExecutor,
  type SqlParam,
  type SqlRow,
} from './engine';
import { tenantKey } from './rows';

const responseColumns = 'tenant_id, graph_group_id, case_id, conclusions, updated_by, updated_at';
const actionColumns =
  'tenant_id, id, graph_group_id, case_id, description, assignee_id, assignee_name, due_on, status, created_at, completed_at';
const forceColumns = 'tenant_id, case_id, change, owner, due_on, updated_by, updated_at';

/** Teams' responses with their actions, and each force's own response. */
export function responseRepository(db: SqlExecutor, atomic: Atomic): ResponseRepository {
  const withActions = async (rows: SqlRow[], tenantId: string): Promise<TeamResponse[]> => {
    if (rows.length === 0) return [];
    const actions = await db.all(
      `SELECT ${actionColumns} FROM response_actions WHERE tenant_id = ? ORDER BY graph_group_id, case_id, position`,
      [tenantKey(tenantId)],
    );
    const byResponse = new Map<string, TeamAction[]>();
    for (const row of actions) {
      const action = toAction(row);
      const key = `${action.graphGroupId}/${action.caseId}`;
      byResponse.set(key, [...(byResponse.get(key) ?? []), action]);
    }
    return rows.map((row) =>
      toResponse(row, byResponse.get(`${toText(row.graph_group_id)}/${toText(row.case_id)}`) ?? []),
    );
  };

  return {
    async get(tenantId, graphGroupId, caseId) {
      const key = [tenantKey(tenantId), graphGroupId.toLowerCase(), caseId];
      const row = await db.get(
        `SELECT ${responseColumns} FROM team_responses WHERE tenant_id = ? AND graph_group_id = ? AND case_id = ?`,
        key,
      );
      if (!row) return undefined;
      const actions = await db.all(
        `SELECT ${actionColumns} FROM response_actions
         WHERE tenant_id = ? AND graph_group_id = ? AND case_id = ? ORDER BY position`,
        key,
      );
      return toResponse(row, actions.map(toAction));
    },

    save(response) {
      const tenant = tenantKey(response.tenantId);
      const group = response.graphGroupId.toLowerCase();
      return atomic(async (tx) => {
        await tx.run(
          `INSERT INTO team_responses (${responseColumns}) VALUES (?, ?, ?, ?, ?, ?)
           ON CONFLICT (tenant_id, graph_group_id, case_id) DO UPDATE SET
             conclusions = excluded.conclusions, updated_by = excluded.updated_by,
             updated_at = excluded.updated_at`,
          [
            tenant,
            group,
            response.caseId,
            JSON.stringify(response.conclusions),
            response.updatedBy,
            response.updatedAt,
          ],
        );
        await tx.run(
          'DELETE FROM response_actions WHERE tenant_id = ? AND graph_group_id = ? AND case_id = ?',
          [tenant, group, response.caseId],
        );
        for (const [position, action] of response.actions.entries()) {
          await tx.run(
            `INSERT INTO response_actions (tenant_id, id, graph_group_id, case_id, position,
               description, assignee_id, assignee_name, due_on, status, created_at, completed_at)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            [
              tenant,
              action.id,
              group,
              response.caseId,
              position,
              action.description,
              action.assigneeId,
              action.assigneeName,
              action.dueOn,
              action.status,
              action.createdAt,
              action.completedAt,
            ],
          );
        }
        return { ...response, tenantId: tenant, graphGroupId: group };
      });
    },

    async listByTenant(tenantId) {
      const rows = await db.all(
        `SELECT ${responseColumns} FROM team_responses WHERE tenant_id = ? ORDER BY graph_group_id, case_id`,
        [tenantKey(tenantId)],
      );
      return withActions(rows, tenantId);
    },

    async openActions(tenantId, graphGroupId) {
      const rows = await db.all(
        `SELECT ${actionColumns} FROM response_actions
         WHERE tenant_id = ? AND status = 'open' AND graph_group_id = ?
         ORDER BY CASE WHEN due_on IS NULL THEN 1 ELSE 0 END, due_on, case_id, position`,
        [tenantKey(tenantId), graphGroupId.toLowerCase()],
      );
      return rows.map(toAction);
    },

    async countResponses(tenantId, since, until) {
      const { where, params } = between('updated_at', since, until);
      const row = await db.get(
        `SELECT COUNT(*) AS count FROM team_responses WHERE tenant_id = ?${where}`,
        [tenantKey(tenantId), ...params],
      );
      return Number(row?.count ?? 0);
    },

    async countActions(tenantId, status, options = {}) {
      const { where, params } = between('created_at', options.since, options.until);
      const team = options.graphGroupId === undefined ? '' : ' AND graph_group_id = ?';
      const row = await db.get(
        `SELECT COUNT(*) AS count FROM response_actions WHERE tenant_id = ? AND status = ?${team}${where}`,
        [
          tenantKey(tenantId),
          status,
          ...(options.graphGroupId === undefined ? [] : [options.graphGroupId.toLowerCase()]),
          ...params,
        ],
      );
      return Number(row?.count ?? 0);
    },

    async getForce(tenantId, caseId) {
      const row = await db.get(
        `SELECT ${forceColumns} FROM force_responses WHERE tenant_id = ? AND case_id = ?`,
        [tenantKey(tenantId), caseId],
      );
      return row && toForceResponse(row);
    },

    async saveForce(response) {
      const row = await db.get(
        `INSERT INTO force_responses (${forceColumns}) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (tenant_id, case_id) DO UPDATE SET change = excluded.change,
           owner = excluded.owner, due_on = excluded.due_on, updated_by = excluded.updated_by,
           updated_at = excluded.updated_at
         RETURNING ${forceColumns}`,
        [
          tenantKey(response.tenantId),
          response.caseId,
          response.change,
          response.owner,
          response.dueOn,
          response.updatedBy,
          response.updatedAt,
        ],
      );
      return toForceResponse(row!);
    },

    async listForce(tenantId) {
      const rows = await db.all(
        `SELECT ${forceColumns} FROM force_responses WHERE tenant_id = ? ORDER BY case_id`,
        [tenantKey(tenantId)],
      );
      return rows.map(toForceResponse);
    },

    async actionsAssignedTo(tenantId, objectIds) {
      if (objectIds.length === 0) return [];
      const rows = await db.all(
        `SELECT ${actionColumns} FROM response_actions
         WHERE tenant_id = ? AND assignee_id IN (${objectIds.map(() => '?').join(', ')})
         ORDER BY created_at, id`,
        [tenantKey(tenantId), ...objectIds],
      );
      return rows.map(toAction);
    },

    pseudonymise(tenantId, objectIds, pseudonym) {
      if (objectIds.length === 0) return Promise.resolve(0);
      const tenant = tenantKey(tenantId);
      const marks = objectIds.map(() => '?').join(', ');
      return atomic(async (tx) => {
        const actions = await tx.run(
          `UPDATE response_actions SET assignee_id = ?, assignee_name = NULL
           WHERE tenant_id = ? AND assignee_id IN (${marks})`,
          [pseudonym, tenant, ...objectIds],
        );
        const teams = await tx.run(
          `UPDATE team_responses SET updated_by = ? WHERE tenant_id = ? AND updated_by IN (${marks})`,
          [pseudonym, tenant, ...objectIds],
        );
        const force = await tx.run(
          `UPDATE force_responses SET updated_by = ? WHERE tenant_id = ? AND updated_by IN (${marks})`,
          [pseudonym, tenant, ...objectIds],
        );
        return actions + teams + force;
      });
    },
  };
}

/** A `[since, until)` condition on a timestamp column, each end optional. */
function between(
  column: string,
  since: Date | undefined,
  until: Date | undefined,
): { where: string; params: SqlParam[] } {
  let where = '';
  const params: SqlParam[] = [];
  if (since) {
    where += ` AND ${column} >= ?`;
    params.push(since);
  }
  if (until) {
    where += ` AND ${column} < ?`;
    params.push(until);
  }
  return { where, params };
}

function toResponse(row: SqlRow, actions: TeamAction[]): TeamResponse {
  return {
    tenantId: toText(row.tenant_id),
    graphGroupId: toText(row.graph_group_id),
    caseId: toText(row.case_id),
    conclusions: fromJson<Conclusion[]>(row.conclusions),
    actions: actions.map(({ graphGroupId: _group, caseId: _case, ...action }) => action),
    updatedBy: toText(row.updated_by),
    updatedAt: toDate(row.updated_at),
  };
}

function toAction(row: SqlRow): TeamAction {
  return {
    id: toText(row.id),
    graphGroupId: toText(row.graph_group_id),
    caseId: toText(row.case_id),
    description: toText(row.description),
    assigneeId: toTextOrNull(row.assignee_id),
    assigneeName: toTextOrNull(row.assignee_name),
    dueOn: toTextOrNull(row.due_on),
    status: toText(row.status) as ActionStatus,
    createdAt: toDate(row.created_at),
    completedAt: toDateOrNull(row.completed_at),
  };
}

function toForceResponse(row: SqlRow): ForceResponse {
  return {
    tenantId: toText(row.tenant_id),
    caseId: toText(row.case_id),
    change: toText(row.change),
    owner: toText(row.owner),
    dueOn: toTextOrNull(row.due_on),
    updatedBy: toText(row.updated_by),
    updatedAt: toDate(row.updated_at),
  };
}
