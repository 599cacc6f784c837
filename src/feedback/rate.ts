import { z } from 'zod';
import type { Library } from '../content/model';
import type { MyFeedbackView } from '../content/views';
import { AppError, notFound } from '../errors';
import type { TabIdentity } from '../identity/tab-token';
import { caseIdSchema } from '../ids';
import type { FeedbackItem, Rating, Store } from '../store/types';

/** The longest comment a reader may leave, in characters. */
export const MAX_COMMENT_LENGTH = 2000;

/** `POST /api/feedback`'s body: an issue, or one of its cases, rated 1–5 with an optional comment. */
export const feedbackSchema = z
  .object({
    issue: z.number().int().min(1).max(9999),
    caseId: caseIdSchema.nullish(),
    rating: z.number().int().min(1, 'a rating is 1 to 5').max(5, 'a rating is 1 to 5'),
    comment: z
      .string()
      .max(MAX_COMMENT_LENGTH, `a comment is at most ${MAX_COMMENT_LENGTH} characters`)
      .nullish()
      .transform((comment) => (comment?.trim() ? comment.trim() : null)),
  })
  .strict();

export type FeedbackInput = z.infer<typeof feedbackSchema>;

/** What the reader sees of their own feedback on an item. */
export type MyFeedback = MyFeedbackView;

export interface FeedbackDeps {
  store: Store;
  library: () => Library;
}

/** The item an issue number and case id name, if the library has it. */
export function feedbackItem(
  library: Library,
  issue: number,
  caseId?: string | null,
): FeedbackItem {
  const found = library.issue(issue);
  if (!found) throw notFound(`There is no issue ${issue}.`);
  if (caseId && !found.cases.some((caseStudy) => caseStudy.id === caseId)) {
    throw notFound(`Issue ${issue} has no case study ${caseId}.`);
  }
  return { issueNumber: issue, caseId: caseId ?? null };
}

/** A person's id as ratings and votes keep it: Teams sends object ids in lower case. */
export const personKey = (caller: TabIdentity): string => caller.userObjectId.toLowerCase();

function mine(rating: Rating | undefined, commentsAllowed: boolean): MyFeedback {
  return {
    rating: rating?.rating ?? null,
    comment: commentsAllowed ? (rating?.comment ?? null) : null,
    commentsAllowed,
  };
}

/** The caller's own rating and comment of an item, and whether their force takes comments. */
export async function myFeedback(
  deps: FeedbackDeps,
  caller: TabIdentity,
  issue: number,
  caseId?: string | null,
): Promise<MyFeedback> {
  const item = feedbackItem(deps.library(), issue, caseId);
  const [rating, commentsAllowed] = await Promise.all([
    deps.store.feedback.ratingOf(caller.tenantId, personKey(caller), item),
    deps.store.feedback.commentsAllowed(caller.tenantId),
  ]);
  return mine(rating, commentsAllowed);
}

/**
 * "Was this useful?": saves the caller's rating of an issue or case (one per person per item; a
 * second replaces the first) with their comment, which reaches the IOPC's editors without their
 * name or team. A comment from a force that switched comments off is refused, and nothing is saved.
 */
export async function rate(
  deps: FeedbackDeps,
  caller: TabIdentity,
  input: FeedbackInput,
  now: Date = new Date(),
): Promise<MyFeedback> {
  const { feedback } = await saveRating(deps, caller, input, now, 'refuse');
  return feedback;
}

/**
 * The weekly card's "Was this useful?": as `rate`, but the card cannot know whether the force
 * takes comments, so a comment from a force that switched them off is dropped (the rating is
 * kept) and the answer says so.
 */
export async function rateFromCard(
  deps: FeedbackDeps,
  caller: TabIdentity,
  input: FeedbackInput,
  now: Date = new Date(),
): Promise<{ feedback: MyFeedback; commentDropped: boolean }> {
  return saveRating(deps, caller, input, now, 'drop');
}

async function saveRating(
  deps: FeedbackDeps,
  caller: TabIdentity,
  input: FeedbackInput,
  now: Date,
  commentsOff: 'refuse' | 'drop',
): Promise<{ feedback: MyFeedback; commentDropped: boolean }> {
  const item = feedbackItem(deps.library(), input.issue, input.caseId);
  return deps.store.transaction(async (tx) => {
    const commentsAllowed = await tx.feedback.commentsAllowed(caller.tenantId);
    const commentDropped = input.comment !== null && !commentsAllowed;
    if (commentDropped && commentsOff === 'refuse') {
      throw new AppError(
        'Conflict',
        'Your force has switched comments off: send the rating without a comment.',
      );
    }
    const saved = await tx.feedback.saveRating({
      tenantId: caller.tenantId,
      personId: personKey(caller),
      ...item,
      rating: input.rating,
      comment: commentDropped ? null : input.comment,
      ratedAt: now,
    });
    return { feedback: mine(saved, commentsAllowed), commentDropped };
  });
}
