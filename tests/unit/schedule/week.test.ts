import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { AppError } from '../../../src/errors';
import {
  dueAt,
  isTimeZone,
  isWeekKey,
  nextPostAt,
  previousWeekKey,
  weekKeyOf,
} from '../../../src/schedule';

const london = (weekday: number, time: string) => ({ weekday, time, timeZone: 'Europe/London' });
const iso = (date: Date) => date.toISOString();

describe('schedule: week keys and due times', () => {
  describe('week keys', () => {
    it('names the ISO week of an instant in the subscription zone', () => {
      assert.equal(weekKeyOf(new Date('2026-11-25T12:00:00Z'), 'Europe/London'), '2026-W48');
    });

    it('puts Sunday 23:30 UTC in the next week when London is already on Monday (summer)', () => {
      const instant = new Date('2026-06-28T23:30:00Z');
      assert.equal(weekKeyOf(instant, 'UTC'), '2026-W26');
      assert.equal(weekKeyOf(instant, 'Europe/London'), '2026-W27');
    });

    it('uses the ISO week-year around New Year', () => {
      assert.equal(weekKeyOf(new Date('2027-01-01T10:00:00Z'), 'Europe/London'), '2026-W53');
      assert.equal(weekKeyOf(new Date('2027-01-04T10:00:00Z'), 'Europe/London'), '2027-W01');
      assert.equal(previousWeekKey('2027-W01'), '2026-W53');
      assert.equal(previousWeekKey('2026-W01'), '2025-W52');
    });

    it('tells calendar week keys from post-now keys and impossible weeks', () => {
      assert.equal(isWeekKey('2026-W53'), true);
      assert.equal(isWeekKey('2025-W53'), false);
      assert.equal(isWeekKey('now-1b2c'), false);
    });
  });

  describe('due times in Europe/London', () => {
    it('in winter the post goes out at the chosen time in GMT', () => {
      assert.equal(iso(dueAt(london(1, '09:00'), '2026-W02')), '2026-01-05T09:00:00.000Z');
    });

    it('in summer the post goes out at the chosen time in BST (an hour earlier in UTC)', () => {
      assert.equal(iso(dueAt(london(1, '09:00'), '2026-W27')), '2026-06-29T08:00:00.000Z');
    });

    it('keeps any HH:mm a shift briefing starts at', () => {
      assert.equal(iso(dueAt(london(3, '06:47'), '2026-W48')), '2026-11-25T06:47:00.000Z');
      assert.equal(iso(dueAt(london(7, '23:59'), '2026-W48')), '2026-11-29T23:59:00.000Z');
    });

    it('on the day the clocks go forward, a morning post is in BST', () => {
      assert.equal(iso(dueAt(london(7, '09:00'), '2026-W13')), '2026-03-29T08:00:00.000Z');
    });

    it('a time skipped by the spring-forward gap moves on by the gap (01:30 becomes 02:30 BST)', () => {
      const due = dueAt(london(7, '01:30'), '2026-W13');
      assert.equal(iso(due), '2026-03-29T01:30:00.000Z');
      assert.equal(DateTime.fromJSDate(due, { zone: 'Europe/London' }).toFormat('HH:mm'), '02:30');
    });

    it('a time repeated when the clocks go back is due at its first occurrence (BST)', () => {
      assert.equal(iso(dueAt(london(7, '01:30'), '2026-W43')), '2026-10-25T00:30:00.000Z');
      assert.equal(iso(dueAt(london(7, '01:00'), '2026-W43')), '2026-10-25T00:00:00.000Z');
    });

    it('on the day the clocks go back, a morning post is in GMT', () => {
      assert.equal(iso(dueAt(london(7, '09:00'), '2026-W43')), '2026-10-25T09:00:00.000Z');
    });
  });

  describe('next post', () => {
    it('across the change to BST the next Monday post is an hour earlier in UTC', () => {
      const after = new Date('2026-03-23T09:00:00Z');
      assert.equal(iso(nextPostAt(london(1, '09:00'), after)), '2026-03-30T08:00:00.000Z');
    });

    it('across the change back to GMT the next Monday post is an hour later in UTC', () => {
      const after = new Date('2026-10-19T08:00:00Z');
      assert.equal(iso(nextPostAt(london(1, '09:00'), after)), '2026-10-26T09:00:00.000Z');
    });

    it('is strictly after the given instant, and later the same week when still ahead', () => {
      const schedule = london(3, '14:15');
      assert.equal(
        iso(nextPostAt(schedule, new Date('2026-11-23T00:00:00Z'))),
        '2026-11-25T14:15:00.000Z',
      );
      assert.equal(
        iso(nextPostAt(schedule, new Date('2026-11-25T14:15:00Z'))),
        '2026-12-02T14:15:00.000Z',
      );
    });

    it('crosses the year end', () => {
      const after = new Date('2026-12-31T12:00:00Z');
      assert.equal(iso(nextPostAt(london(1, '08:00'), after)), '2027-01-04T08:00:00.000Z');
    });
  });

  describe('other IANA zones a team may pick', () => {
    it('New York changes on its own dates (second Sunday of March)', () => {
      const schedule = { weekday: 1, time: '09:00', timeZone: 'America/New_York' };
      assert.equal(iso(dueAt(schedule, '2026-W10')), '2026-03-02T14:00:00.000Z');
      assert.equal(iso(dueAt(schedule, '2026-W11')), '2026-03-09T13:00:00.000Z');
    });

    it('Sydney is in summer time in January and not in July', () => {
      const schedule = { weekday: 2, time: '07:30', timeZone: 'Australia/Sydney' };
      assert.equal(iso(dueAt(schedule, '2026-W02')), '2026-01-05T20:30:00.000Z');
      assert.equal(iso(dueAt(schedule, '2026-W28')), '2026-07-06T21:30:00.000Z');
    });

    it('zones with odd offsets (Kolkata +05:30, Chatham +13:45)', () => {
      assert.equal(
        iso(dueAt({ weekday: 5, time: '10:00', timeZone: 'Asia/Kolkata' }, '2026-W48')),
        '2026-11-27T04:30:00.000Z',
      );
      assert.equal(
        iso(dueAt({ weekday: 1, time: '10:00', timeZone: 'Pacific/Chatham' }, '2026-W02')),
        '2026-01-04T20:15:00.000Z',
      );
    });

    it('every week of a year, in several zones, is due on the weekday and wall time chosen', () => {
      const zones = ['Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Tokyo'];
      for (const timeZone of zones) {
        const schedule = { weekday: 4, time: '12:05', timeZone };
        let after = new Date('2026-01-01T00:00:00Z');
        for (let week = 0; week < 53; week += 1) {
          const due = nextPostAt(schedule, after);
          const local = DateTime.fromJSDate(due, { zone: timeZone });
          assert.equal(local.weekday, 4);
          assert.equal(local.toFormat('HH:mm'), '12:05');
          assert.equal(weekKeyOf(due, timeZone), local.toFormat("kkkk-'W'WW"));
          after = due;
        }
      }
    });
  });

  describe('invalid schedules', () => {
    it('refuses an unknown zone, a bad time and a bad weekday with an AppError', () => {
      assert.equal(isTimeZone('Europe/London'), true);
      assert.equal(isTimeZone('Mars/Olympus'), false);
      assert.throws(() => weekKeyOf(new Date(), 'Mars/Olympus'), AppError);
      assert.throws(() => dueAt(london(1, '9:00'), '2026-W02'), AppError);
      assert.throws(() => dueAt(london(1, '24:00'), '2026-W02'), AppError);
      assert.throws(() => dueAt(london(8, '09:00'), '2026-W02'), AppError);
      assert.throws(() => dueAt(london(1, '09:00'), 'now-abc'), AppError);
    });
  });
});
