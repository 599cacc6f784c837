import assert from 'node:assert/strict';
import { totalOf, shown } from '../../../src/insights/suppression';

describe('insights: nobody can be singled out', () => {
  it('hides a figure drawn from 1 to 4 people, and shows nothing at all or 5 people and more', () => {
    assert.deepEqual(
      [0, 1, 4, 5, 40].map((people) => shown({ value: people === 0 ? 0 : 12, people })),
      [true, false, false, true, true],
    );
  });

  it('leaves a hidden figure out of a total and says so, so it cannot be worked out by subtraction', () => {
    const weeks = [
      { value: 30, people: 9 },
      { value: 7, people: 3 },
      { value: 22, people: 6 },
    ];
    const total = totalOf(weeks);
    assert.deepEqual(total, { value: 52, partial: true });
    const shownWeeks = weeks.filter(shown).reduce((sum, week) => sum + week.value, 0);
    assert.equal(total.value! - shownWeeks, 0, 'the total minus the weeks shown reveals nothing');
  });

  it('gives overlapping periods totals that differ only by the weeks shown', () => {
    const first = [
      { value: 30, people: 9 },
      { value: 22, people: 6 },
    ];
    const hiddenWeek = { value: 3, people: 2 };
    const longer = totalOf([...first, hiddenWeek]);
    assert.equal(longer.value! - totalOf(first).value!, 0);
  });

  it('shows a total of hidden figures only as “fewer than 5”', () => {
    assert.deepEqual(
      totalOf([
        { value: 2, people: 1 },
        { value: 4, people: 3 },
      ]),
      { value: null, partial: false },
    );
    assert.deepEqual(totalOf([]), { value: 0, partial: false });
  });
});
