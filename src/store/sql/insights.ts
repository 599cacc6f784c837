import type { InsightsRepository } from '../repositories';
import type { CaseWeekFigures, WeekFigures } from '../types';
import type { Dialect, SqlExecutor, SqlParam } from './engine';
import { tenantKey } from './rows';

/** The Monday (UTC, `YYYY-MM-DD`) of a timestamp column's week, in the engine's own SQL. */
function weekOfTimestamp(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `to_char(date_trunc('week', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`
    : `date(${column}, 'weekday 0', '-6 days')`;
}

/** The Monday of a `YYYY-MM-DD` text column's week. */
function weekOfDay(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`
    : `date(${column}, 'weekday 0', '-6 days')`;
}

/** A Monday as the instant it starts (UTC). */
const startOf = (week: string): Date => new Date(`${week}T00:00:00.000Z`);

const marks = (values: readonly unknown[]) => values.map(() => '?').join(', ');

/** Insights' figures in SQL: grouped counts over indexed ranges, per force, week and case. */
export function insightsRepository(db: SqlExecutor, dialect: Dialect): InsightsRepository {
  async function liveWeeks(
    tenants: readonly string[],
    from: string,
    until: string,
  ): Promise<Map<string, WeekFigures>> {
    const figures = new Map<string, WeekFigures>();
    const at = (tenantId: unknown, week: unknown): WeekFigures => {
      const key = `${String(tenantId)}|${String(week)}`;
      let row = figures.get(key);
      if (!row) {
        row = {
          tenantId: String(tenantId),
          week: String(week),
          postsDelivered: 0,
          postsFailed: 0,
          postsDiscussed: 0,
          replies: 0,
          participants: 0,
          reads: 0,
        };
        figures.set(key, row);
      }
      return row;
    };
    const range: SqlParam[] = [...tenants, startOf(from), startOf(until)];
    const deliveries = await db.all(
      `SELECT tenant_id, ${weekOfTimestamp(dialect, 'due_at')} AS week,
         SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS delivered,
         SUM(CASE WHEN status IN ('failed', 'gone') THEN 1 ELSE 0 END) AS failed
       FROM deliveries WHERE tenant_id IN (${marks(tenants)}) AND due_at >= ? AND due_at < ?
       GROUP BY tenant_id, week`,
      range,
    );
    for (const row of deliveries) {
      const week = at(row.tenant_id, row.week);
      week.postsDelivered = Number(row.delivered);
      week.postsFailed = Number(row.failed);
    }
    const discussed = await db.all(
      `SELECT t.tenant_id, ${weekOfTimestamp(dialect, 't.posted_at')} AS week, COUNT(*) AS discussed
       FROM posted_threads t
       WHERE t.tenant_id IN (${marks(tenants)}) AND t.posted_at >= ? AND t.posted_at < ?
         AND EXISTS (SELECT 1 FROM replies r WHERE r.tenant_id = t.tenant_id
           AND r.channel_id = t.channel_id AND r.root_message_id = t.root_message_id)
       GROUP BY t.tenant_id, week`,
      range,
    );
    for (const row of discussed) at(row.tenant_id, row.week).postsDiscussed = Number(row.discussed);
    const replies = await db.all(
      `SELECT tenant_id, ${weekOfTimestamp(dialect, 'created_at')} AS week, COUNT(*) AS replies,
         COUNT(DISTINCT author_id) AS participants
       FROM replies WHERE tenant_id IN (${marks(tenants)}) AND created_at >= ? AND created_at < ?
       GROUP BY tenant_id, week`,
      range,
    );
    for (const row of replies) {
      const week = at(row.tenant_id, row.week);
      week.replies = Number(row.replies);
      week.participants = Number(row.participants);
    }
    const reads = await db.all(
      `SELECT tenant_id, ${weekOfDay(dialect, 'day')} AS week, SUM(reads) AS reads
       FROM case_reads WHERE tenant_id IN (${marks(tenants)}) AND day >= ? AND day < ?
       GROUP BY tenant_id, week`,
      [...tenants, from, until],
    );
    for (const row of reads) at(row.tenant_id, row.week).reads = Number(row.reads);
    return figures;
  }

  async function liveCaseWeeks(
    tenants: readonly string[],
    from: string,
    until: string,
  ): Promise<Map<string, CaseWeekFigures>> {
    const figures = new Map<string, CaseWeekFigures>();
    const at = (tenantId: unknown, week: unknown, caseId: unknown): CaseWeekFigures => {
      const key = `${String(tenantId)}|${String(week)}|${String(caseId)}`;
      let row = figures.get(key);
      if (!row) {
        row = {
          tenantId: String(tenantId),
          week: String(week),
          caseId: String(caseId),
          replies: 0,
          participants: 0,
          reads: 0,
        };
        figures.set(key, row);
      }
      return row;
    };
    const replies = await db.all(
      `SELECT tenant_id, ${weekOfTimestamp(dialect, 'created_at')} AS week, case_id,
         COUNT(*) AS replies, COUNT(DISTINCT author_id) AS participants
       FROM replies WHERE tenant_id IN (${marks(tenants)}) AND created_at >= ? AND created_at < ?
       GROUP BY tenant_id, week, case_id`,
      [...tenants, startOf(from), startOf(until)],
    );
    for (const row of replies) {
      const figure = at(row.tenant_id, row.week, row.case_id);
      figure.replies = Number(row.replies);
      figure.participants = Number(row.participants);
    }
    const reads = await db.all(
      `SELECT tenant_id, ${weekOfDay(dialect, 'day')} AS week, case_id, SUM(reads) AS reads
       FROM case_reads WHERE tenant_id IN (${marks(tenants)}) AND day >= ? AND day < ?
       GROUP BY tenant_id, week, case_id`,
      [...tenants, from, until],
    );
    for (const row of reads) at(row.tenant_id, row.week, row.case_id).reads = Number(row.reads);
    return figures;
  }

  return {
    async recordRead(tenantId, caseId, at) {
      await db.run(
        `INSERT INTO case_reads (tenant_id, day, case_id, reads) VALUES (?, ?, ?, 1)
         ON CONFLICT (tenant_id, day, case_id) DO UPDATE SET reads = case_reads.reads + 1`,
        [tenantKey(tenantId), at.toISOString().slice(0, 10), caseId],
      );
    },

    async weeks(tenantIds, from, until) {
      const tenants = tenantIds.map(tenantKey);
      if (tenants.length === 0) return [];
      const figures = await liveWeeks(tenants, from, until);
      const frozen = await db.all(
        `SELECT tenant_id, week, posts_discussed, replies, participants FROM insight_weeks
         WHERE tenant_id IN (${marks(tenants)}) AND week >= ? AND week < ?`,
        [...tenants, from, until],
      );
      for (const row of frozen) {
        const key = `${String(row.tenant_id)}|${String(row.week)}`;
        const live = figures.get(key);
        figures.set(key, {
          tenantId: String(row.tenant_id),
          week: String(row.week),
          postsDelivered: live?.postsDelivered ?? 0,
          postsFailed: live?.postsFailed ?? 0,
          postsDiscussed: Number(row.posts_discussed),
          replies: Number(row.replies),
          participants: Number(row.participants),
          reads: live?.reads ?? 0,
        });
      }
      return [...figures.values()].sort(
        (a, b) => a.week.localeCompare(b.week) || a.tenantId.localeCompare(b.tenantId),
      );
    },

    async caseWeeks(tenantIds, from, until) {
      const tenants = tenantIds.map(tenantKey);
      if (tenants.length === 0) return [];
      const figures = await liveCaseWeeks(tenants, from, until);
      const frozen = await db.all(
        `SELECT tenant_id, week FROM insight_weeks
         WHERE tenant_id IN (${marks(tenants)}) AND week >= ? AND week < ?`,
        [...tenants, from, until],
      );
      const frozenWeeks = new Set(
        frozen.map((row) => `${String(row.tenant_id)}|${String(row.week)}`),
      );
      for (const figure of figures.values()) {
        if (frozenWeeks.has(`${figure.tenantId}|${figure.week}`)) {
          figure.replies = 0;
          figure.participants = 0;
        }
      }
      const frozenCases = await db.all(
        `SELECT tenant_id, week, case_id, replies, participants FROM insight_case_weeks
         WHERE tenant_id IN (${marks(tenants)}) AND week >= ? AND week < ?`,
        [...tenants, from, until],
      );
      for (const row of frozenCases) {
        const key = `${String(row.tenant_id)}|${String(row.week)}|${String(row.case_id)}`;
        figures.set(key, {
          tenantId: String(row.tenant_id),
          week: String(row.week),
          caseId: String(row.case_id),
          replies: Number(row.replies),
          participants: Number(row.participants),
          reads: figures.get(key)?.reads ?? 0,
        });
      }
      return [...figures.values()]
        .filter((figure) => figure.replies > 0 || figure.reads > 0)
        .sort(
          (a, b) =>
            a.week.localeCompare(b.week) ||
            a.tenantId.localeCompare(b.tenantId) ||
            a.caseId.localeCompare(b.caseId),
        );
    },

    async subscribed(tenantIds) {
      const tenants = tenantIds.map(tenantKey);
      if (tenants.length === 0) return [];
      const rows = await db.all(
        `SELECT tenant_id, COUNT(DISTINCT team_id) AS teams, COUNT(*) AS channels
         FROM subscriptions WHERE tenant_id IN (${marks(tenants)}) AND status <> 'stopped'
         GROUP BY tenant_id`,
        tenants,
      );
      const counts = new Map(rows.map((row) => [String(row.tenant_id), row]));
      return tenants.map((tenantId) => ({
        tenantId,
        teams: Number(counts.get(tenantId)?.teams ?? 0),
        channels: Number(counts.get(tenantId)?.channels ?? 0),
      }));
    },

    async freezeWeeks(tenantId, untilWeek) {
      const tenant = [tenantKey(tenantId)];
      const epoch = '1970-01-05';
      const kept = new Set<string>();
      for (const week of (await liveWeeks(tenant, epoch, untilWeek)).values()) {
        if (week.replies === 0 && week.postsDiscussed === 0) continue;
        const inserted = await db.run(
          `INSERT INTO insight_weeks (tenant_id, week, posts_discussed, replies, participants)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, week) DO NOTHING`,
          [week.tenantId, week.week, week.postsDiscussed, week.replies, week.participants],
        );
        if (inserted > 0) kept.add(week.week);
      }
      if (kept.size === 0) return 0;
      for (const figure of (await liveCaseWeeks(tenant, epoch, untilWeek)).values()) {
        if (figure.replies === 0 || !kept.has(figure.week)) continue;
        await db.run(
          `INSERT INTO insight_case_weeks (tenant_id, week, case_id, replies, participants)
           VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, week, case_id) DO NOTHING`,
          [figure.tenantId, figure.week, figure.caseId, figure.replies, figure.participants],
        );
      }
      return kept.size;
    },
  };
}
