import type { FeedbackItem, Period, Store } from '../store/types';

/** One item's ratings in one force: how many people gave each rating (1 to 5). */
export interface RatingSummary extends FeedbackItem {
  tenantId: string;
  /** Everyone who rated it. */
  people: number;
  /** `byRating[0]` is how many gave 1, … `byRating[4]` how many gave 5. */
  byRating: [number, number, number, number, number];
}

/**
 * Ratings per item and force among those given in `period` (one force's with `tenantId`): raw
 * counts of people, for insights to suppress before anyone sees them.
 */
export async function ratingsSummary(
  store: Store,
  period: Period,
  tenantId?: string,
): Promise<RatingSummary[]> {
  const summaries = new Map<string, RatingSummary>();
  for (const count of await store.feedback.countRatings(period, tenantId)) {
    const key = `${count.tenantId} ${count.issueNumber} ${count.caseId ?? ''}`;
    let summary = summaries.get(key);
    if (!summary) {
      summary = {
        tenantId: count.tenantId,
        issueNumber: count.issueNumber,
        caseId: count.caseId,
        people: 0,
        byRating: [0, 0, 0, 0, 0],
      };
      summaries.set(key, summary);
    }
    summary.people += count.people;
    summary.byRating[count.rating - 1] += count.people;
  }
  return [...summaries.values()];
}
