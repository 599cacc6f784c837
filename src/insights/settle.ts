import type { Store } from '../store/types';
import { addWeeks, weekOf } from './weeks';

/**
 * Weeks this far back are settled (a catch-up after downtime has filled them): their figures are
 * kept as counts, so reading them is quick and they no longer change.
 */
const SETTLED_AFTER_WEEKS = 2;

/**
 * Keeps the counts of every settled week not kept yet, for the forces given: done daily by the
 * retention job, so that an insights page reads kept counts, and by the page itself for a force
 * the job has not reached. Returns how many forces had weeks to keep.
 */
export async function keepSettledWeeks(
  store: Pick<Store, 'insights' | 'transaction'>,
  tenantIds: readonly string[],
  now: Date,
): Promise<number> {
  const settled = addWeeks(weekOf(now), -SETTLED_AFTER_WEEKS);
  const kept = await store.insights.keptUntil(tenantIds);
  const behind = tenantIds.filter((tenantId) => (kept.get(tenantId) ?? '') < settled);
  for (const tenantId of behind) {
    await store.transaction((tx) => tx.insights.keepWeeks(tenantId, settled));
  }
  return behind.length;
}
