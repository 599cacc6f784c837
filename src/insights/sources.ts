import type { Library } from '../content/model';
import type { Store, WeeklyCountKind } from '../store/types';
import type { CountQuery, CountUnit, InsightSources, RatingUnit } from './ports';

/** A rated item as insights name it: the case id (`44-3`), or the issue number (`44`). */
const itemOf = (rating: { issueNumber: number; caseId: string | null }): string =>
  rating.caseId ?? String(rating.issueNumber);

/**
 * The other parts' figures from the store: learning-record entries, teams' responses and their
 * actions by week, ratings per item, comments that are not hidden, and votes in the library's
 * polls. Counts only; insights apply the "fewer than 5" rule to each.
 */
export function storeInsightSources(store: Store, library: () => Library): InsightSources {
  const weekly =
    (kind: WeeklyCountKind) =>
    async (query: CountQuery): Promise<CountUnit[]> =>
      (await store.insights.weeklyCounts(kind, query.tenantIds, query.from, query.until)).map(
        ({ tenantId, week, value, people }) => ({ tenantId, key: week, value, people }),
      );
  const served = (query: CountQuery) => new Set(query.tenantIds);
  return {
    learningRecord: { entries: weekly('learningEntries') },
    teamResponses: {
      responses: weekly('teamResponses'),
      openActions: weekly('openActions'),
      closedActions: weekly('doneActions'),
    },
    feedback: {
      async ratings(query) {
        const tenants = served(query);
        const units = new Map<string, RatingUnit>();
        const counts = await store.feedback.countRatings({ from: query.from, to: query.until });
        for (const count of counts) {
          if (!tenants.has(count.tenantId)) continue;
          const key = `${count.tenantId}|${itemOf(count)}`;
          const unit = units.get(key) ?? {
            tenantId: count.tenantId,
            item: itemOf(count),
            ratings: 0,
            total: 0,
          };
          unit.ratings += count.people;
          unit.total += count.people * count.rating;
          units.set(key, unit);
        }
        return [...units.values()];
      },
      async comments(query) {
        const comments = await store.feedback.comments({ from: query.from, to: query.until });
        return comments
          .filter((comment) => !comment.hidden)
          .map((comment) => ({ item: itemOf(comment), comment: comment.comment }));
      },
    },
    polls: {
      async votes(query) {
        const tenants = served(query);
        const units: CountUnit[] = [];
        for (const poll of library().polls) {
          for (const count of await store.pollVotes.countVotes(poll.id)) {
            if (!tenants.has(count.tenantId)) continue;
            units.push({
              tenantId: count.tenantId,
              key: `${poll.id}/${count.optionId}`,
              value: count.people,
              people: count.people,
            });
          }
        }
        return units;
      },
    },
  };
}
