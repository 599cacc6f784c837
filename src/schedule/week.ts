import { DateTime, type WeekdayNumbers } from 'luxon';
import { AppError } from '../errors';
import { TIME_OF_DAY } from '../ids';
import type { Subscription } from '../store/types';

/**
 * Week keys and due times in a subscription's own IANA time zone.
 *
 * A week is the ISO week (Monday to Sunday) in the zone, written `2026-W48`. A subscription's
 * post for a week is due at its weekday and local `HH:mm` in that week. Around clock changes:
 * - a local time that does not exist (skipped by the spring-forward gap, e.g. 01:30 in London on
 *   the last Sunday of March) is moved on by the length of the gap (01:30 becomes 02:30 BST, the
 *   instant 01:30 GMT would have been);
 * - a local time that happens twice (repeated in autumn, e.g. 01:30 in London on the last Sunday
 *   of October) is due at its first occurrence (01:30 BST), so the post is never later than the
 *   clock on the wall first said.
 */

/** The weekly schedule fields of a subscription. */
export type WeeklySchedule = Pick<Subscription, 'weekday' | 'time' | 'timeZone'>;

const weekKeyPattern = /^(\d{4})-W(\d{2})$/;

/** Whether `name` is an IANA time zone this runtime knows. */
export function isTimeZone(name: string): boolean {
  if (knownZones.has(name)) return true;
  const valid = name !== '' && DateTime.local({ zone: name }).isValid;
  if (valid) knownZones.add(name);
  return valid;
}

/** Zones already found valid (checking one costs most of a millisecond). */
const knownZones = new Set<string>();

/** The ISO week (`2026-W48`) that `instant` falls in, in `timeZone`. */
export function weekKeyOf(instant: Date, timeZone: string): string {
  return toWeekKey(DateTime.fromJSDate(instant, { zone: checkedZone(timeZone) }));
}

/** When the subscription's post for `weekKey` is due. */
export function dueAt(subscription: WeeklySchedule, weekKey: string): Date {
  const key = `${subscription.weekday}|${subscription.time}|${subscription.timeZone}|${weekKey}`;
  const known = dueTimes.get(key);
  if (known !== undefined) return new Date(known);
  if (dueTimes.size >= DUE_TIMES_KEPT) dueTimes.clear();
  const due = resolveDueAt(subscription, weekKey);
  dueTimes.set(key, due.getTime());
  return due;
}

/** Due times already worked out (zone arithmetic is slow, and most teams share a few settings). */
const dueTimes = new Map<string, number>();
const DUE_TIMES_KEPT = 10_000;

function resolveDueAt(subscription: WeeklySchedule, weekKey: string): Date {
  const zone = checkedZone(subscription.timeZone);
  const { hour, minute } = parseTime(subscription.time);
  const weekday = checkedWeekday(subscription.weekday);
  const { weekYear, weekNumber } = parseWeekKey(weekKey);
  const wall = { weekYear, weekNumber, weekday, hour, minute };
  const resolved = DateTime.fromObject(wall, { zone });
  const asIfUtc = DateTime.fromObject(wall, { zone: 'utc' });
  const offsets = new Set([
    resolved.offset,
    resolved.minus({ hours: 6 }).offset,
    resolved.plus({ hours: 6 }).offset,
  ]);
  const occurrences = [...offsets]
    .map((offset) => asIfUtc.minus({ minutes: offset }).setZone(zone))
    .filter(
      (candidate) => candidate.toFormat('kkkk-WW-c HH:mm') === asIfUtc.toFormat('kkkk-WW-c HH:mm'),
    )
    .map((candidate) => candidate.toMillis());
  return new Date(occurrences.length > 0 ? Math.min(...occurrences) : resolved.toMillis());
}

/** The first due time strictly after `after`. */
export function nextPostAt(subscription: WeeklySchedule, after: Date): Date {
  const thisWeek = weekKeyOf(after, subscription.timeZone);
  const due = dueAt(subscription, thisWeek);
  return due.getTime() > after.getTime() ? due : dueAt(subscription, nextWeekKey(thisWeek));
}

/** The week before `weekKey` (`2026-W01` → `2025-W53` or `2025-W52`). */
export function previousWeekKey(weekKey: string): string {
  const { weekYear, weekNumber } = parseWeekKey(weekKey);
  return toWeekKey(
    DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' }).minus({ weeks: 1 }),
  );
}

/** The week after `weekKey` (`2026-W53` → `2027-W01`). */
export function nextWeekKey(weekKey: string): string {
  const { weekYear, weekNumber } = parseWeekKey(weekKey);
  return toWeekKey(
    DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: 'utc' }).plus({ weeks: 1 }),
  );
}

/** Whether `value` is a calendar week key (as opposed to a `post now` key). */
export function isWeekKey(value: string): boolean {
  const match = weekKeyPattern.exec(value);
  if (!match) return false;
  const week = Number(match[2]);
  const start = DateTime.fromObject({ weekYear: Number(match[1]), weekNumber: 1 }, { zone: 'utc' });
  return week >= 1 && week <= start.weeksInWeekYear;
}

function parseWeekKey(weekKey: string): { weekYear: number; weekNumber: number } {
  if (!isWeekKey(weekKey)) throw new AppError('BadRequest', 'That is not a week.');
  const [year, week] = weekKey.split('-W');
  return { weekYear: Number(year), weekNumber: Number(week) };
}

function toWeekKey(local: DateTime): string {
  return local.toFormat("kkkk-'W'WW");
}

function parseTime(time: string): { hour: number; minute: number } {
  const match = TIME_OF_DAY.exec(time);
  if (!match) throw new AppError('BadRequest', 'The time must be HH:mm.');
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

function checkedWeekday(weekday: number): WeekdayNumbers {
  if (!Number.isInteger(weekday) || weekday < 1 || weekday > 7) {
    throw new AppError('BadRequest', 'The weekday must be 1 (Monday) to 7 (Sunday).');
  }
  return weekday as WeekdayNumbers;
}

function checkedZone(timeZone: string): string {
  if (!isTimeZone(timeZone)) throw new AppError('BadRequest', 'That time zone is not known.');
  return timeZone;
}
