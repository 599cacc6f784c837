import assert from 'node:assert/strict';
import {
  addMonths,
  addWeeks,
  firstWeekOfMonth,
  monthOfWeek,
  weekOf,
  weeksOfMonth,
} from '../../../src/insights/weeks';

describe('insights: whole weeks and months of whole weeks', () => {
  it('gives a week to the month of its Thursday', () => {
    assert.equal(monthOfWeek('2026-11-30'), '2026-12', 'Thursday 3 December');
    assert.equal(monthOfWeek('2026-11-23'), '2026-11', 'Thursday 26 November');
    assert.equal(monthOfWeek('2025-12-29'), '2026-01', 'Thursday 1 January, across a year');
  });

  it('names a month’s weeks from the week of its first Thursday', () => {
    assert.equal(firstWeekOfMonth('2026-12'), '2026-11-30');
    assert.equal(firstWeekOfMonth('2027-01'), '2027-01-04');
    assert.deepEqual(weeksOfMonth('2026-11'), [
      '2026-11-02',
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
    ]);
    assert.equal(weeksOfMonth('2026-12').length, 5);
  });

  it('splits every week of ten years into exactly one month, in order, four or five to a month', () => {
    const weeks: string[] = [];
    for (let month = '2020-01'; month < '2030-01'; month = addMonths(month, 1)) {
      const ofMonth = weeksOfMonth(month);
      assert.ok(ofMonth.length === 4 || ofMonth.length === 5, month);
      assert.ok(
        ofMonth.every(
          (week) => monthOfWeek(week) === month && weekOf(new Date(`${week}T12:00:00Z`)) === week,
        ),
      );
      weeks.push(...ofMonth);
    }
    for (let index = 1; index < weeks.length; index++) {
      assert.equal(weeks[index], addWeeks(weeks[index - 1]!, 1));
    }
  });
});
