import type { InsightsRepository } from '../repositories';
import type { CaseWeekFigures, WeekFigures, WeeklyCount, WeeklyCountKind } from '../types';
import type { Dialect, SqlExecutor, SqlParam, SqlRow } from './engine';
import { tenantKey } from './rows';

/** The Monday (UTC, `YYYY-MM-DD`) of a timestamp column's week, in the engine's own SQL. */
function weekOfTimestamp(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `to_char(date_trunc('week', ${column} AT TIME ZONE 'UTC'), 'YYYY-MM-DD')`
    : `date(${column}, 'weekday 0', '-6 days')`;
}

/**
 * The Monday of a timestamp column's week (UTC) to group by: a `timestamp` in PostgreSQL, cheaper
 * to group by than text (`mondayText` names it), and `YYYY-MM-DD` text in SQLite.
 */
function mondayOfTimestamp(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `date_trunc('week', ${column} AT TIME ZONE 'UTC')`
    : `date(${column}, 'weekday 0', '-6 days')`;
}

/** The Monday of a `YYYY-MM-DD` text column's week, as `mondayOfTimestamp`. */
function mondayOfDay(dialect: Dialect, column: string): string {
  return dialect === 'postgres'
    ? `date_trunc('week', ${column}::timestamp)`
    : `date(${column}, 'weekday 0', '-6 days')`;
}

/** A Monday of `mondayOfTimestamp` or `mondayOfDay` as `YYYY-MM-DD`. */
function mondayText(dialect: Dialect, column: string): string {
  return dialect === 'postgres' ? `to_char(${column}, 'YYYY-MM-DD')` : column;
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

/**
 * The forces' figures per week of [?, ?) as one grouped query, a row per force and week with the
 * columns of `insight_weeks`: deliveries, replies and reads each counted over its own indexed
 * range, then put side by side. Its parameters: `weekFiguresParams`.
 */
function weekFiguresSql(dialect: Dialect, tenants: readonly string[]): string {
  const forces = `tenant_id IN (${marks(tenants)})`;
  return `SELECT tenant_id, ${mondayText(dialect, 'monday')} AS week,
      SUM(posts_delivered) AS posts_delivered,
      SUM(posts_failed) AS posts_failed, SUM(posts_discussed) AS posts_discussed,
      SUM(replies) AS replies, SUM(participants) AS participants, SUM(reads) AS reads
    FROM (
      SELECT tenant_id, ${mondayOfTimestamp(dialect, 'due_at')} AS monday,
        SUM(CASE WHEN status = 'sent' THEN 1 ELSE 0 END) AS posts_delivered,
        SUM(CASE WHEN status IN ('failed', 'gone') THEN 1 ELSE 0 END) AS posts_failed,
        0 AS posts_discussed, 0 AS replies, 0 AS participants, 0 AS reads
      FROM deliveries WHERE ${forces} AND due_at >= ? AND due_at < ?
      GROUP BY tenant_id, monday
      UNION ALL
      SELECT tenant_id, ${mondayOfTimestamp(dialect, 'created_at')} AS monday, 0, 0,
        COUNT(DISTINCT channel_id || ' ' || root_message_id), COUNT(*), COUNT(DISTINCT author_id), 0
      FROM replies WHERE ${forces} AND created_at >= ? AND created_at < ?
      GROUP BY tenant_id, monday
      UNION ALL
      SELECT tenant_id, ${mondayOfDay(dialect, 'day')} AS monday, 0, 0, 0, 0, 0, SUM(reads)
      FROM case_reads WHERE ${forces} AND day >= ? AND day < ?
      GROUP BY tenant_id, monday
    ) AS figures
    WHERE TRUE
    GROUP BY tenant_id, monday`;
}

/** The parameters of `weekFiguresSql`: the forces and the range, per source. */
function weekFiguresParams(tenants: readonly string[], from: string, until: string): SqlParam[] {
  const instants = [startOf(from), startOf(until)];
  return [...tenants, ...instants, ...tenants, ...instants, ...tenants, from, until];
}

/**
 * The forces' figures per case and week of [?, ?), a row per force, week and case with the
 * columns of `insight_case_weeks`: replies and reads, side by side. Its parameters:
 * `caseWeekFiguresParams`.
 */
function caseWeekFiguresSql(dialect: Dialect, tenants: readonly string[]): string {
  const forces = `tenant_id IN (${marks(tenants)})`;
  return `SELECT tenant_id, ${mondayText(dialect, 'monday')} AS week, case_id, SUM(replies) AS replies,
      SUM(participants) AS participants, SUM(reads) AS reads
    FROM (
      SELECT tenant_id, ${mondayOfTimestamp(dialect, 'created_at')} AS monday, case_id,
        COUNT(*) AS replies, COUNT(DISTINCT author_id) AS participants, 0 AS reads
      FROM replies WHERE ${forces} AND created_at >= ? AND created_at < ?
      GROUP BY tenant_id, monday, case_id
      UNION ALL
      SELECT tenant_id, ${mondayOfDay(dialect, 'day')} AS monday, case_id, 0, 0, SUM(reads)
      FROM case_reads WHERE ${forces} AND day >= ? AND day < ?
      GROUP BY tenant_id, monday, case_id
    ) AS figures
    WHERE TRUE
    GROUP BY tenant_id, monday, case_id`;
}

/** The parameters of `caseWeekFiguresSql`. */
function caseWeekFiguresParams(
  tenants: readonly string[],
  from: string,
  until: string,
): SqlParam[] {
  return [...tenants, startOf(from), startOf(until), ...tenants, from, until];
}

const weekFigures = (row: SqlRow): WeekFigures => ({
  tenantId: String(row.tenant_id),
  week: String(row.week),
  postsDelivered: Number(row.posts_delivered),
  postsFailed: Number(row.posts_failed),
  postsDiscussed: Number(row.posts_discussed),
  replies: Number(row.replies),
  participants: Number(row.participants),
  reads: Number(row.reads),
});

const caseWeekFigures = (row: SqlRow): CaseWeekFigures => ({
  tenantId: String(row.tenant_id),
  week: String(row.week),
  caseId: String(row.case_id),
  replies: Number(row.replies),
  participants: Number(row.participants),
  reads: Number(row.reads),
});

/** Insights' figures in SQL: grouped counts over indexed ranges, per force, week and case. */
export function insightsRepository(db: SqlExecutor, dialect: Dialect): InsightsRepository {
  async function keptUntil(tenants: readonly string[]): Promise<Map<string, string>> {
    const rows = await db.all(
      `SELECT tenant_id, kept_until FROM insight_kept WHERE tenant_id IN (${marks(tenants)})`,
      tenants,
    );
    return new Map(rows.map((row) => [String(row.tenant_id), String(row.kept_until)]));
  }

  const liveWeeks = async (tenants: readonly string[], from: string, until: string) =>
    (await db.all(weekFiguresSql(dialect, tenants), weekFiguresParams(tenants, from, until))).map(
      weekFigures,
    );

  const liveCaseWeeks = async (tenants: readonly string[], from: string, until: string) =>
    (
      await db.all(
        caseWeekFiguresSql(dialect, tenants),
        caseWeekFiguresParams(tenants, from, until),
      )
    ).map(caseWeekFigures);

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
        ...rows.map(weekFigures),
        ...live.filter(
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
        ...rows.map(caseWeekFigures),
        ...live.filter(
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

    async keptUntil(tenantIds) {
      const tenants = tenantIds.map(tenantKey);
      return tenants.length === 0 ? new Map() : keptUntil(tenants);
    },

    async keepWeeks(tenantId, untilWeek) {
      const tenant = tenantKey(tenantId);
      const since = (await keptUntil([tenant])).get(tenant) ?? EPOCH_WEEK;
      if (since >= untilWeek) return 0;
      const kept = await db.run(
        `INSERT INTO insight_weeks (tenant_id, week, posts_delivered, posts_failed,
           posts_discussed, replies, participants, reads)
         ${weekFiguresSql(dialect, [tenant])}
         ON CONFLICT (tenant_id, week) DO NOTHING`,
        weekFiguresParams([tenant], since, untilWeek),
      );
      await db.run(
        `INSERT INTO insight_case_weeks (tenant_id, week, case_id, replies, participants, reads)
         ${caseWeekFiguresSql(dialect, [tenant])}
         ON CONFLICT (tenant_id, week, case_id) DO NOTHING`,
        caseWeekFiguresParams([tenant], since, untilWeek),
      );
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
