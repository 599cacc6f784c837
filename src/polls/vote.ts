import { z } from 'zod';
import { isPollOpen } from '../content/polls';
import type { Library, Poll } from '../content/model';
import type { PollView } from '../content/views';
import { AppError, notFound } from '../errors';
import type { Language } from '../i18n/language';
import type { TabIdentity } from '../identity/tab-token';
import type { Store } from '../store/types';

export interface PollDeps {
  store: Store;
  library: () => Library;
}

/** `PUT /api/polls/<id>/vote`'s body: the option chosen. */
export const voteSchema = z.object({ option: z.string().min(1).max(60) }).strict();

const personKey = (caller: TabIdentity) => caller.userObjectId.toLowerCase();

/** A poll in the reader's language (Welsh where the editors gave it), with the reader's vote. */
export function pollView(poll: Poll, language: Language, myVote: string | null): PollView {
  const welsh = language === 'cy';
  return {
    id: poll.id,
    question: (welsh && poll.questionCy) || poll.question,
    closesOn: poll.closesOn,
    options: poll.options.map((option) => ({
      id: option.id,
      label: (welsh && option.labelCy) || option.label,
    })),
    myVote,
  };
}

/** The polls open at `now`, each with the caller's vote. */
export async function openPolls(
  deps: PollDeps,
  caller: TabIdentity,
  language: Language,
  now: Date,
): Promise<PollView[]> {
  const open = deps.library().polls.filter((poll) => isPollOpen(poll, now));
  return Promise.all(
    open.map(async (poll) => {
      const vote = await deps.store.pollVotes.voteOf(caller.tenantId, personKey(caller), poll.id);
      return pollView(poll, language, vote?.optionId ?? null);
    }),
  );
}

/**
 * The caller votes in an open poll: one vote per person, changeable until the poll closes. 404
 * for a poll the library does not have, 409 once it is closed (or before it opens), 400 for an
 * option it does not offer.
 */
export async function vote(
  deps: PollDeps,
  caller: TabIdentity,
  pollId: string,
  optionId: string,
  language: Language,
  now: Date,
): Promise<PollView> {
  const poll = deps.library().polls.find((candidate) => candidate.id === pollId);
  if (!poll) throw notFound('There is no such poll.');
  if (!isPollOpen(poll, now)) throw new AppError('Conflict', 'This poll is not open for votes.');
  if (!poll.options.some((option) => option.id === optionId)) {
    throw new AppError('BadRequest', 'That is not one of the poll’s options.');
  }
  const saved = await deps.store.pollVotes.vote({
    tenantId: caller.tenantId,
    personId: personKey(caller),
    pollId,
    optionId,
    votedAt: now,
  });
  return pollView(poll, language, saved.optionId);
}
