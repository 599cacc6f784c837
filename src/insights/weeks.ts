/**
 * Insights count by whole weeks, Monday to Sunday in UTC, each named by its Monday
 * (`2026-11-30`), so that no two periods asked for can differ by part of a week. Plain UTC date
 * arithmetic, so the tab shares it.
 */

const DAY_MS = 24 * 3600_000;
const isoDay = (at: Date) => at.toISOString().slice(0, 10);
const dayOf = (isoDate: string) => new Date(`${isoDate}T00:00:00.000Z`);

/** The Monday of the week of an instant (UTC). */
export function weekOf(at: Date): string {
  const day = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return isoDay(day);
}

/** The Monday `count` weeks after (or before, when negative) a Monday. */
export function addWeeks(week: string, count: number): string {
  return isoDay(new Date(dayOf(week).getTime() + count * 7 * DAY_MS));
}

/** Every Monday from `from` up to but not including `until`. */
export function weeksBetween(from: string, until: string): string[] {
  const weeks: string[] = [];
  for (let week = from; week < until; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/**
 * Months are whole weeks too: a week belongs to the month of its Thursday (as ISO 8601 gives a
 * week to its year), so a month (`2026-11`) is four or five whole weeks, and a month's figures
 * are built from the same weekly counts, with the same hidden ones left out.
 */

/** The month (`YYYY-MM`) a week (its Monday) belongs to: the month of its Thursday. */
export function monthOfWeek(week: string): string {
  return isoDay(new Date(dayOf(week).getTime() + 3 * DAY_MS)).slice(0, 7);
}

/** The month `count` months after (or before, when negative) a month. */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  return isoDay(new Date(Date.UTC(year!, monthNumber! - 1 + count, 1))).slice(0, 7);
}

/** The Monday of a month's first week: the week of the month's first Thursday. */
export function firstWeekOfMonth(month: string): string {
  const first = dayOf(`${month}-01`);
  const toThursday = (4 - first.getUTCDay() + 7) % 7;
  return weekOf(new Date(first.getTime() + toThursday * DAY_MS));
}

/** The Mondays of a month's weeks, in order. */
export function weeksOfMonth(month: string): string[] {
  return weeksBetween(firstWeekOfMonth(month), firstWeekOfMonth(addMonths(month, 1)));
}

/** The whole weeks of the months `from` to `to` (both included): the Mondays of the first and last. */
export function weeksOfMonths(from: string, to: string): { from: string; to: string } {
  return { from: firstWeekOfMonth(from), to: addWeeks(firstWeekOfMonth(addMonths(to, 1)), -1) };
}
