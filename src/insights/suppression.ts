import type { Figure } from './view';

/**
 * Nobody can be singled out: every figure drawn from fewer than 5 people is hidden ("fewer than
 * 5"), and a hidden figure is left out of every total built from it, so it cannot be worked out
 * from the totals around it, nor by subtracting one period's totals from another's. A total that
 * leaves a hidden figure out says so (`partial`).
 */

/** The fewest people a figure may be drawn from and still be shown. */
export const FEWEST_PEOPLE = 5;

/** A count at the finest grain insights keep (a force, a week, a case), with its people. */
export interface Unit {
  value: number;
  /** How many people the count is drawn from (a count of reads is its own basis). */
  people: number;
}

/** Whether a unit may be shown: nothing at all, or drawn from at least 5 people. */
export function shown(unit: Unit): boolean {
  return unit.value === 0 || unit.people >= FEWEST_PEOPLE;
}

/**
 * A total of units: the units shown, added up; hidden units are left out and the total says so
 * (`partial`). When every unit is hidden, so is the total: "fewer than 5".
 */
export function totalOf(units: Iterable<Unit>): Figure {
  let value = 0;
  let anyShown = false;
  let partial = false;
  for (const unit of units) {
    if (!shown(unit)) partial = true;
    else if (unit.value > 0) {
      value += unit.value;
      anyShown = true;
    }
  }
  if (partial && !anyShown) return { value: null, partial: false };
  return { value, partial };
}

/** A figure that is not drawn from people (posts, teams, channels): always shown. */
export function countOf(value: number): Figure {
  return { value, partial: false };
}
