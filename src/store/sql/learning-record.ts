import type { LearningRecordRepository } from '../repositories';
import type { LearningEntry, LearningEntrySource, LearningPeriod } from '../types';
import { toDate, toText, type SqlExecutor, type SqlParam, type SqlRow } from './engine';
import { tenantKey } from './rows';

/** How long a force keeps learning-record entries after their last change, until it says otherwise. */
export const DEFAULT_LEARNING_RECORD_RETENTION_MONTHS = 36;

const entryColumns =
  'tenant_id, id, person_id, case_id, reflection, application, minutes, source, created_at, updated_at';

/** Object ids are compared in lower case, as Teams sends them. */
const personKey = (id: string): string => id.toLowerCase();

/** `AND created_at >= ? AND created_at < ?` for the ends of the period that are given. */
function periodClause(period: LearningPeriod = {}): { sql: string; params: SqlParam[] } {
  const clauses: string[] = [];
  const params: SqlParam[] = [];
  if (period.from) {
    clauses.push('created_at >= ?');
    params.push(period.from);
  }
  if (period.to) {
    clauses.push('created_at < ?');
    params.push(period.to);
  }
  return { sql: clauses.map((clause) => ` AND ${clause}`).join(''), params };
}

/** Officers' private learning records, always reached by (tenant, author). */
export function learningRecordRepository(db: SqlExecutor): LearningRecordRepository {
  return {
    async add(entry) {
      const row = await db.get(
        `INSERT INTO learning_entries (${entryColumns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         RETURNING ${entryColumns}`,
        [
          tenantKey(entry.tenantId),
          entry.id,
          personKey(entry.personId),
          entry.caseId,
          entry.reflection,
          entry.application,
          entry.minutes,
          entry.source,
          entry.createdAt,
          entry.createdAt,
        ],
      );
      return toLearningEntry(row!);
    },

    async get(tenantId, personId, id) {
      const row = await db.get(
        `SELECT ${entryColumns} FROM learning_entries WHERE tenant_id = ? AND person_id = ? AND id = ?`,
        [tenantKey(tenantId), personKey(personId), id],
      );
      return row && toLearningEntry(row);
    },

    async list(tenantId, personId, period) {
      const within = periodClause(period);
      const rows = await db.all(
        `SELECT ${entryColumns} FROM learning_entries WHERE tenant_id = ? AND person_id = ?${within.sql}
         ORDER BY created_at DESC, id DESC`,
        [tenantKey(tenantId), personKey(personId), ...within.params],
      );
      return rows.map(toLearningEntry);
    },

    async update(tenantId, personId, id, change, at) {
      const row = await db.get(
        `UPDATE learning_entries SET reflection = COALESCE(?, reflection),
           application = COALESCE(?, application), minutes = COALESCE(?, minutes), updated_at = ?
         WHERE tenant_id = ? AND person_id = ? AND id = ?
         RETURNING ${entryColumns}`,
        [
          change.reflection ?? null,
          change.application ?? null,
          change.minutes ?? null,
          at,
          tenantKey(tenantId),
          personKey(personId),
          id,
        ],
      );
      return row && toLearningEntry(row);
    },

    async delete(tenantId, personId, id) {
      const deleted = await db.run(
        'DELETE FROM learning_entries WHERE tenant_id = ? AND person_id = ? AND id = ?',
        [tenantKey(tenantId), personKey(personId), id],
      );
      return deleted > 0;
    },

    deleteBy: (tenantId, personId) =>
      db.run('DELETE FROM learning_entries WHERE tenant_id = ? AND person_id = ?', [
        tenantKey(tenantId),
        personKey(personId),
      ]),

    deleteChangedBefore: (tenantId, cutoff) =>
      db.run('DELETE FROM learning_entries WHERE tenant_id = ? AND updated_at < ?', [
        tenantKey(tenantId),
        cutoff,
      ]),

    async countEntries(tenantId, period) {
      const within = periodClause(period);
      const row = await db.get(
        `SELECT COUNT(*) AS n FROM learning_entries WHERE tenant_id = ?${within.sql}`,
        [tenantKey(tenantId), ...within.params],
      );
      return Number(row?.n ?? 0);
    },

    async countPeople(tenantId, period) {
      const within = periodClause(period);
      const row = await db.get(
        `SELECT COUNT(DISTINCT person_id) AS n FROM learning_entries WHERE tenant_id = ?${within.sql}`,
        [tenantKey(tenantId), ...within.params],
      );
      return Number(row?.n ?? 0);
    },

    async retentionMonths(tenantId) {
      const row = await db.get('SELECT months FROM learning_record_retention WHERE tenant_id = ?', [
        tenantKey(tenantId),
      ]);
      return row ? Number(row.months) : DEFAULT_LEARNING_RECORD_RETENTION_MONTHS;
    },

    async setRetentionMonths(tenantId, months) {
      await db.run(
        `INSERT INTO learning_record_retention (tenant_id, months, updated_at) VALUES (?, ?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET months = excluded.months, updated_at = excluded.updated_at`,
        [tenantKey(tenantId), months, new Date()],
      );
    },
  };
}

function toLearningEntry(row: SqlRow): LearningEntry {
  return {
    tenantId: toText(row.tenant_id),
    id: toText(row.id),
    personId: toText(row.person_id),
    caseId: toText(row.case_id),
    reflection: toText(row.reflection),
    application: toText(row.application),
    minutes: Number(row.minutes),
    source: toText(row.source) as LearningEntrySource,
    createdAt: toDate(row.created_at),
    updatedAt: toDate(row.updated_at),
  };
}
