import { DateTime } from 'luxon';

/**
 * Insights count by whole weeks, Monday to Sunday in UTC, each named by its Monday
 * (`2026-11-30`), so that no two periods asked for can differ by part of a week.
 */

/** The Monday of the week of an instant (UTC). */
export function weekOf(at: Date): string {
  return DateTime.fromJSDate(at, { zone: 'utc' }).startOf('week').toISODate()!;
}

/** The Monday `count` weeks after (or before, when negative) a Monday. */
export function addWeeks(week: string, count: number): string {
  return DateTime.fromISO(week, { zone: 'utc' }).plus({ weeks: count }).toISODate()!;
}

/** Every Monday from `from` up to but not including `until`. */
export function weeksBetween(from: string, until: string): string[] {
  const weeks: string[] = [];
  for (let week = from; week < until; week = addWeeks(week, 1)) weeks.push(week);
  return weeks;
}

/** The ISO week name of a Monday (`2026-W49`), as people say it. */
export function isoWeekName(week: string): string {
  return DateTime.fromISO(week, { zone: 'utc' }).toFormat("kkkk-'W'WW");
}

/**
 * Months are whole weeks too: a week belongs to the month of its Thursday (as ISO 8601 gives a
 * week to its year), so a month (`2026-11`) is four or five whole weeks, and a month's figures
 * are built from the same weekly counts, with the same hidden ones left out.
 */

/** The month (`YYYY-MM`) a week (its Monday) belongs to: the month of its Thursday. */
export function monthOfWeek(week: string): string {
  return DateTime.fromISO(week, { zone: 'utc' }).plus({ days: 3 }).toFormat('yyyy-MM');
}

/** The month `count` months after (or before, when negative) a month. */
export function addMonths(month: string, count: number): string {
  return DateTime.fromISO(`${month}-01`, { zone: 'utc' })
    .plus({ months: count })
    .toFormat('yyyy-MM');
}

/** The Monday of a month's first week: the week of the month's first Thursday. */
export function firstWeekOfMonth(month: string): string {
  const first = DateTime.fromISO(`${month}-01`, { zone: 'utc' });
  const thursday = first.plus({ days: (4 - first.weekday + 7) % 7 });
  return thursday.startOf('week').toISODate()!;
}

/** The Mondays of a month's weeks, in order. */
export function weeksOfMonth(month: string): string[] {
  return weeksBetween(firstWeekOfMonth(month), firstWeekOfMonth(addMonths(month, 1)));
}
