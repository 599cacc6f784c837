import { forbidden } from '../errors';
import type { TabIdentity } from '../identity/tab-token';
import type { CaseWeekFigures, Store, WeekFigures } from '../store/types';
import type { CountQuery, CountUnit, InsightSources } from './ports';
import { countOf, shown, totalOf, type Unit } from './suppression';
import type {
  CaseInsights,
  InsightsPeriod,
  InsightsView,
  MonthInsights,
  PeriodFigures,
  RatingInsights,
  RowFigures,
  WeekInsights,
} from './view';
import { keepSettledWeeks } from './settle';
import { addWeeks, monthOfWeek, weeksBetween, weeksOfMonth } from './weeks';

export interface InsightsDeps {
  store: Pick<Store, 'insights' | 'tenants' | 'transaction'>;
  now: () => Date;
  sources: InsightSources;
  /** A case's title in the reader's language, if the library has it. */
  caseTitle(caseId: string): string | null;
}

/** The widest period one request may ask for, in weeks (24 months fit: at most 105 Thursdays). */
export const MAX_WEEKS = 105;

/** Which forces the caller may see: an editor every force, a learning lead their own. */
async function forcesFor(
  caller: TabIdentity,
  deps: InsightsDeps,
): Promise<{ scope: 'force' | 'all'; tenants: { id: string; name: string | null }[] }> {
  if (caller.roles.includes('Editor')) {
    const tenants = await deps.store.tenants.list();
    return { scope: 'all', tenants: tenants.map(({ id, name }) => ({ id, name })) };
  }
  if (caller.roles.includes('LearningLead')) {
    const tenant = await deps.store.tenants.get(caller.tenantId);
    return { scope: 'force', tenants: [{ id: caller.tenantId, name: tenant?.name ?? null }] };
  }
  throw forbidden("Insights are for a force's learning lead and the IOPC's editors.");
}

const replyUnit = (figure: CaseWeekFigures): Unit => ({
  value: figure.replies,
  people: figure.participants,
});
const readUnit = (figure: CaseWeekFigures): Unit => ({ value: figure.reads, people: figure.reads });
const discussedUnit = (figure: WeekFigures): Unit => ({
  value: figure.postsDiscussed,
  people: figure.participants,
});
const participantUnit = (figure: WeekFigures): Unit => ({
  value: figure.participants,
  people: figure.participants,
});
/** One force's rows (or every force's), to add up as the period's figures. */
interface ForceRows {
  weekly: readonly WeekFigures[];
  caseWeekly: readonly CaseWeekFigures[];
  subscribed: readonly { teams: number; channels: number }[];
  entries: readonly CountUnit[];
  responses: readonly CountUnit[];
  open: readonly CountUnit[];
  closed: readonly CountUnit[];
}

/** Rows grouped by a key, each group and the groups in the rows' order. */
function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

const sum = (values: Iterable<number>): number => {
  let total = 0;
  for (const value of values) total += value;
  return total;
};

/**
 * The insights a signed-in caller may see over whole weeks: a learning lead (`LearningLead`)
 * their own force, an editor (`Editor`, in the publisher's tenant) every force, force by force
 * and in total. Figures from fewer than 5 people are hidden and left out of totals.
 */
export async function readInsights(
  caller: TabIdentity,
  period: InsightsPeriod,
  deps: InsightsDeps,
): Promise<InsightsView> {
  const { scope, tenants } = await forcesFor(caller, deps);
  const until = addWeeks(period.to, 1);
  const weeks = weeksBetween(period.from, until);
  const ids = tenants.map((tenant) => tenant.id.toLowerCase());
  await keepSettledWeeks(deps.store, ids, deps.now());
  const query: CountQuery = {
    tenantIds: ids,
    from: new Date(`${period.from}T00:00:00.000Z`),
    until: new Date(`${until}T00:00:00.000Z`),
  };
  const [weekly, caseWeekly, subscribed, entries, responses, open, closed, ratings, votes] =
    await Promise.all([
      deps.store.insights.weeks(ids, period.from, until),
      deps.store.insights.caseWeeks(ids, period.from, until),
      deps.store.insights.subscribed(ids),
      deps.sources.learningRecord.entries(query),
      deps.sources.teamResponses.responses(query),
      deps.sources.teamResponses.openActions(query),
      deps.sources.teamResponses.closedActions(query),
      deps.sources.feedback.ratings(query),
      deps.sources.polls.votes(query),
    ]);
  const comments = scope === 'all' ? await deps.sources.feedback.comments(query) : [];

  const periodOf = (rows: ForceRows): PeriodFigures => ({
    teams: countOf(sum(rows.subscribed.map((counts) => counts.teams))),
    channels: countOf(sum(rows.subscribed.map((counts) => counts.channels))),
    postsDelivered: countOf(sum(rows.weekly.map((figure) => figure.postsDelivered))),
    postsFailed: countOf(sum(rows.weekly.map((figure) => figure.postsFailed))),
    postsDiscussed: totalOf(rows.weekly.map(discussedUnit)),
    replies: totalOf(rows.caseWeekly.map(replyUnit)),
    reads: totalOf(rows.caseWeekly.map(readUnit)),
    learningRecordEntries: totalOf(rows.entries),
    teamResponses: totalOf(rows.responses),
    openActions: totalOf(rows.open),
    closedActions: totalOf(rows.closed),
  });
  const everyForce: ForceRows = {
    weekly,
    caseWeekly,
    subscribed,
    entries,
    responses,
    open,
    closed,
  };
  const force = (row: { tenantId: string }) => row.tenantId.toLowerCase();
  const byForce = {
    weekly: groupBy(weekly, force),
    caseWeekly: groupBy(caseWeekly, force),
    subscribed: groupBy(subscribed, force),
    entries: groupBy(entries, force),
    responses: groupBy(responses, force),
    open: groupBy(open, force),
    closed: groupBy(closed, force),
  };
  const rowsOf = (tenantId: string): ForceRows => {
    const id = tenantId.toLowerCase();
    return {
      weekly: byForce.weekly.get(id) ?? [],
      caseWeekly: byForce.caseWeekly.get(id) ?? [],
      subscribed: byForce.subscribed.get(id) ?? [],
      entries: byForce.entries.get(id) ?? [],
      responses: byForce.responses.get(id) ?? [],
      open: byForce.open.get(id) ?? [],
      closed: byForce.closed.get(id) ?? [],
    };
  };

  const weeklyByWeek = groupBy(weekly, (figure) => figure.week);
  const caseWeeklyByWeek = groupBy(caseWeekly, (figure) => figure.week);
  const rowOf = (inPeriod: string[]): RowFigures => {
    const ofWeeks = inPeriod.flatMap((week) => weeklyByWeek.get(week) ?? []);
    const casesOfWeeks = inPeriod.flatMap((week) => caseWeeklyByWeek.get(week) ?? []);
    return {
      postsDelivered: countOf(sum(ofWeeks.map((figure) => figure.postsDelivered))),
      postsFailed: countOf(sum(ofWeeks.map((figure) => figure.postsFailed))),
      postsDiscussed: totalOf(ofWeeks.map(discussedUnit)),
      replies: totalOf(casesOfWeeks.map(replyUnit)),
      participants: totalOf(ofWeeks.map(participantUnit)),
      reads: totalOf(casesOfWeeks.map(readUnit)),
    };
  };
  const byWeek = weeks.map((week): WeekInsights => ({ week, ...rowOf([week]) }));
  const months = period.by === 'month' ? [...new Set(weeks.map(monthOfWeek))] : [];
  const byMonth = months.map((month): MonthInsights => {
    const ofMonth = weeksOfMonth(month);
    return {
      month,
      from: ofMonth[0]!,
      to: ofMonth.at(-1)!,
      ...rowOf(ofMonth),
    };
  });

  const cases = [...groupBy(caseWeekly, (figure) => figure.caseId)]
    .map(([caseId, ofCase]): CaseInsights => ({
      caseId,
      title: deps.caseTitle(caseId),
      replies: totalOf(ofCase.map(replyUnit)),
      reads: totalOf(ofCase.map(readUnit)),
    }))
    .sort(
      (a, b) =>
        (b.replies.value ?? 0) - (a.replies.value ?? 0) ||
        (b.reads.value ?? 0) - (a.reads.value ?? 0) ||
        a.caseId.localeCompare(b.caseId, 'en', { numeric: true }),
    );

  const ratingInsights = [...groupBy(ratings, (rating) => rating.item)].map(
    ([item, ofItem]): RatingInsights => {
      const units = ofItem.map((rating) => ({ value: rating.ratings, people: rating.ratings }));
      const figure = totalOf(units);
      const shownTotal = sum(
        ofItem.filter((_rating, index) => shown(units[index]!)).map((rating) => rating.total),
      );
      return {
        item,
        ratings: figure,
        average: figure.value ? Math.round((shownTotal / figure.value) * 10) / 10 : null,
      };
    },
  );

  const polls = new Map<string, Map<string, Unit[]>>();
  for (const unit of votes) {
    const [poll = unit.key, option = ''] = unit.key.split('/', 2);
    const options = polls.get(poll) ?? new Map<string, Unit[]>();
    options.set(option, [...(options.get(option) ?? []), unit]);
    polls.set(poll, options);
  }

  return {
    scope,
    by: period.by,
    from: period.from,
    to: period.to,
    weeks,
    total: periodOf(everyForce),
    forces: tenants.map((tenant) => ({
      tenantId: tenant.id,
      name: tenant.name,
      ...periodOf(rowsOf(tenant.id)),
    })),
    byWeek,
    byMonth,
    cases,
    ratings: ratingInsights,
    comments,
    polls: [...polls].map(([poll, options]) => ({
      poll,
      options: [...options].map(([option, units]) => ({ option, votes: totalOf(units) })),
    })),
  };
}
