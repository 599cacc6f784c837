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
