import type { Library } from '../content/model';
import { notFound } from '../errors';
import type { Store } from '../store/types';

/** How many people chose each option of a poll: per force, and overall. */
export interface PollResults {
  pollId: string;
  options: { id: string; label: string }[];
  /** Per force (tenant id): people per option id. */
  forces: { tenantId: string; votes: Record<string, number> }[];
  overall: Record<string, number>;
}

/**
 * A poll's results, every force's (or one force's with `tenantId`) and overall: raw counts of
 * people, for insights to suppress before anyone sees them.
 */
export async function pollResults(
  store: Store,
  library: Library,
  pollId: string,
  tenantId?: string,
): Promise<PollResults> {
  const poll = library.polls.find((candidate) => candidate.id === pollId);
  if (!poll) throw notFound('There is no such poll.');
  const none = () => Object.fromEntries(poll.options.map((option) => [option.id, 0]));
  const overall = none();
  const forces = new Map<string, Record<string, number>>();
  for (const count of await store.pollVotes.countVotes(pollId, tenantId)) {
    if (!(count.optionId in overall)) continue;
    const votes = forces.get(count.tenantId) ?? none();
    votes[count.optionId] = count.people;
    forces.set(count.tenantId, votes);
    overall[count.optionId]! += count.people;
  }
  return {
    pollId,
    options: poll.options.map(({ id, label }) => ({ id, label })),
    forces: [...forces].map(([tenant, votes]) => ({ tenantId: tenant, votes })),
    overall,
  };
}
