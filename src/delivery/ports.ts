import type { Audience, CaseStudy, Issue, Poll } from '../content/model';
import type { PostLanguage } from '../i18n/language';

/** Where a post goes: a channel of a team in a force's tenant. */
export interface ChannelTarget {
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  teamId: string;
  channelId: string;
  /** The Bot Connector endpoint for this team's region. */
  serviceUrl: string;
}

/** What a weekly (or `post now`) post carries: `bot/` turns it into the case card. */
export interface CasePost {
  /**
   * Named in the card's link, so the tab can ask which thread the post became, and so a post can
   * be found again in its channel after a crash.
   */
  deliveryId: string;
  issue: Issue;
  caseStudy: CaseStudy;
  /** Whose reflective questions to include. */
  audiences: Audience[];
  /** How many colleagues joined the last discussion in this channel, if there was one. */
  lastDiscussionParticipants: number | null;
  /** The team's choice: English, Welsh, or both with the Welsh first. */
  language: PostLanguage;
  /** The team's open actions from its responses, and the case of the soonest due; none: absent. */
  openActions?: { count: number; caseId: string };
  /** The poll on future themes open at posting time (the first, by opening date); none: absent. */
  poll?: Poll;
}

/**
 * Posts a case as a new thread in a channel and returns the thread's root message id, with
 * exactly one request to the Bot Connector (the engine pays for it from the tenant's budget). A
 * failure is an `UpstreamError` of the `bot-connector`, for the engine to judge.
 */
export interface ChannelPoster {
  postCase(target: ChannelTarget, post: CasePost): Promise<{ rootMessageId: string }>;
}
