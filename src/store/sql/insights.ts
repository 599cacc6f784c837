import type { InsightsRepository } from '../repositories';
import type { CaseWeekFigures, WeekFigures, WeeklyCount, WeeklyCountKind } from '../types';
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

/** Where each of `weeklyCounts`' kinds is counted: its table, its time, whom it is drawn from. */
const weeklyCountSources: Record<
  WeeklyCountKind,
  { table: string; at: string; people: string; where: string }
> = {
  learningEntries: { table: 'learning_entries', at: 'created_at', people: 'person_id', where: '' },
  teamResponses: { table: 'team_responses', at: 'updated_at', people: 'graph_group_id', where: '' },
  openActions: {
    table: 'response_actions',
    at: 'created_at',
    people: 'graph_group_id',
    where: "AND status = 'open'",
  },
  doneActions: {
    table: 'response_actions',
    at: 'completed_at',
    people: 'graph_group_id',
    where: "AND status = 'done'",
  },
};

/** Before any week a force can have figures for. */
const EPOCH_WEEK = '1970-01-05';

/**
 * Where counting now starts: the earliest week not kept of any of the forces (or `from`, when a
 * force has none kept), so a period of kept weeks reads only the kept counts.
 */
function liveFrom(tenants: readonly string[], kept: Map<string, string>, from: string): string {
  const earliest = tenants.reduce<string | undefined>((first, tenant) => {
    const until = kept.get(tenant) ?? from;
    return first === undefined || until < first ? until : first;
  }, undefined);
  return earliest === undefined || earliest < from ? from : earliest;
}

/** Insights' figures in SQL: grouped counts over indexed ranges, per force, week and case. */
export function insightsRepository(db: SqlExecutor, dialect: Dialect): InsightsRepository {
  async function keptUntil(tenants: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.all(
      `SELECT tenant_id, kept_until FROM insight_kept WHERE tenant_id IN (${marks(tenants)})`,
      tenants,
    );
    return new Map(rows.map((row) => [String(row.tenant_id), String(row.kept_until)]));
  }

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
    const replies = await db.all(
      `SELECT tenant_id, ${weekOfTimestamp(dialect, 'created_at')} AS week, COUNT(*) AS replies,
         COUNT(DISTINCT author_id) AS participants,
         COUNT(DISTINCT channel_id || ' ' || root_message_id) AS discussed
       FROM replies WHERE tenant_id IN (${marks(tenants)}) AND created_at >= ? AND created_at < ?
       GROUP BY tenant_id, week`,
      range,
    );
    for (const row of replies) {
      const week = at(row.tenant_id, row.week);
      week.replies = Number(row.replies);
      week.participants = Number(row.participants);
      week.postsDiscussed = Number(row.discussed);
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
      const kept = await keptUntil(tenants);
      const live = await liveWeeks(tenants, liveFrom(tenants, kept, from), until);
      const rows = await db.all(
        `SELECT tenant_id, week, posts_delivered, posts_failed, posts_discussed, replies,
           participants, reads
         FROM insight_weeks WHERE tenant_id IN (${marks(tenants)}) AND week >= ? AND week < ?`,
        [...tenants, from, until],
      );
      const figures: WeekFigures[] = [
        ...rows.map((row) => ({
          tenantId: String(row.tenant_id),
          week: String(row.week),
          postsDelivered: Number(row.posts_delivered),
          postsFailed: Number(row.posts_failed),
          postsDiscussed: Number(row.posts_discussed),
          replies: Number(row.replies),
          participants: Number(row.participants),
          reads: Number(row.reads),
        })),
        ...[...live.values()].filter(
          (figure) => figure.week >= from && figure.week >= (kept.get(figure.tenantId) ?? ''),
        ),
      ];
      return figures.sort(
        (a, b) => a.week.localeCompare(b.week) || a.tenantId.localeCompare(b.tenantId),
      );
    },

    async caseWeeks(tenantIds, from, until) {
      const tenants = tenantIds.map(tenantKey);
      if (tenants.length === 0) return [];
      const kept = await keptUntil(tenants);
      const live = await liveCaseWeeks(tenants, liveFrom(tenants, kept, from), until);
      const rows = await db.all(
        `SELECT tenant_id, week, case_id, replies, participants, reads FROM insight_case_weeks
         WHERE tenant_id IN (${marks(tenants)}) AND week >= ? AND week < ?`,
        [...tenants, from, until],
      );
      const figures: CaseWeekFigures[] = [
        ...rows.map((row) => ({
          tenantId: String(row.tenant_id),
          week: String(row.week),
          caseId: String(row.case_id),
          replies: Number(row.replies),
          participants: Number(row.participants),
          reads: Number(row.reads),
        })),
        ...[...live.values()].filter(
          (figure) => figure.week >= from && figure.week >= (kept.get(figure.tenantId) ?? ''),
        ),
      ];
      return figures.sort(
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

    async keepWeeks(tenantId, untilWeek) {
      const tenant = tenantKey(tenantId);
      const since = (await keptUntil([tenant])).get(tenant) ?? EPOCH_WEEK;
      if (since >= untilWeek) return 0;
      let kept = 0;
      for (const week of (await liveWeeks([tenant], since, untilWeek)).values()) {
        kept += await db.run(
          `INSERT INTO insight_weeks (tenant_id, week, posts_delivered, posts_failed,
             posts_discussed, replies, participants, reads)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, week) DO NOTHING`,
          [
            week.tenantId,
            week.week,
            week.postsDelivered,
            week.postsFailed,
            week.postsDiscussed,
            week.replies,
            week.participants,
            week.reads,
          ],
        );
      }
      for (const figure of (await liveCaseWeeks([tenant], since, untilWeek)).values()) {
        await db.run(
          `INSERT INTO insight_case_weeks (tenant_id, week, case_id, replies, participants, reads)
           VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, week, case_id) DO NOTHING`,
          [
            figure.tenantId,
            figure.week,
            figure.caseId,
            figure.replies,
            figure.participants,
            figure.reads,
          ],
        );
      }
      await db.run(
        `INSERT INTO insight_kept (tenant_id, kept_until) VALUES (?, ?)
         ON CONFLICT (tenant_id) DO UPDATE SET kept_until = excluded.kept_until`,
        [tenant, untilWeek],
      );
      return kept;
    },

    async weeklyCounts(kind, tenantIds, from, until): Promise<WeeklyCount[]> {
      if (tenantIds.length === 0) return [];
      const source = weeklyCountSources[kind];
      const rows = await db.all(
        `SELECT tenant_id, ${weekOfTimestamp(dialect, source.at)} AS week, COUNT(*) AS value,
           COUNT(DISTINCT ${source.people}) AS people
         FROM ${source.table}
         WHERE tenant_id IN (${marks(tenantIds)}) AND ${source.at} >= ? AND ${source.at} < ?
           ${source.where}
         GROUP BY tenant_id, week`,
        [...tenantIds, from, until],
      );
      return rows.map((row) => ({
        tenantId: String(row.tenant_id),
        week: String(row.week),
        value: Number(row.value),
        people: Number(row.people),
      }));
    },
  };
}
