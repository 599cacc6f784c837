import type { CaseStudy, Issue, Poll } from '../src/content/model';
import { caseSubPage, tabDeepLink } from '../src/links';
import type { CardAnswer, CardPost, CaseCardInput } from './cards';

/** What the weekly card is built from: the post its buttons name, its case, and the open poll. */
export interface WeeklyCardSource {
  post: CardPost;
  issue: Issue;
  caseStudy: CaseStudy;
  poll?: Poll;
  /** The presser's answers, when the card is the answer to one of its buttons. */
  answer?: CardAnswer;
}

/**
 * The weekly case card's input, the same when posted and when shown again to someone who rated
 * or voted: "Read the full case" names the delivery, so the tab can find the thread.
 */
export function weeklyCardInput(teamsAppId: string, source: WeeklyCardSource): CaseCardInput {
  const { post } = source;
  return {
    issue: source.issue,
    caseStudy: source.caseStudy,
    audiences: post.audiences,
    language: post.language,
    readUrl: tabDeepLink(
      teamsAppId,
      caseSubPage(source.caseStudy.id, { delivery: post.deliveryId }),
    ),
    lastDiscussionParticipants: post.lastDiscussionParticipants,
    inThread: true,
    ...(post.openActions
      ? {
          openActions: {
            count: post.openActions.count,
            url: tabDeepLink(teamsAppId, caseSubPage(post.openActions.caseId)),
          },
        }
      : {}),
    feedback: {
      post,
      ...(source.poll ? { poll: source.poll } : {}),
      ...(source.answer ? { answer: source.answer } : {}),
    },
  };
}
