import { CardFactory } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import type { CasePost, ChannelPoster, ChannelTarget } from '../src/delivery/ports';
import { UpstreamError } from '../src/errors';
import { caseCard, caseCardContent, type CardElement } from './cards';
import { createConnectorCall } from './connector';
import { weeklyCardInput } from './weekly-card';

/**
 * The `ChannelPoster` over the Bot Connector: posts the case card as a new channel thread with one
 * request (`POST {serviceUrl}/v3/conversations`) and returns the root id as soon as the answer is
 * read. The card's button names the delivery, so it never needs rewriting. It never retries: a
 * failure is an `UpstreamError` (status 0 for a dropped connection, 503 when the bot's own token cannot
 * be had) for the delivery engine to judge.
 */
export function createChannelPoster(
  config: Config,
  options: { credentialsFactory?: ServiceClientCredentialsFactory } = {},
): ChannelPoster {
  const call = createConnectorCall(config, options);
  const contents = new CaseContents();

  return {
    async postCase(target: ChannelTarget, post: CasePost): Promise<{ rootMessageId: string }> {
      const card = caseCard(
        weeklyCardInput(config.teamsAppId, {
          post: {
            deliveryId: post.deliveryId,
            issueNumber: post.issue.number,
            caseId: post.caseStudy.id,
            language: post.language,
            audiences: post.audiences,
            lastDiscussionParticipants: post.lastDiscussionParticipants,
            ...(post.openActions ? { openActions: post.openActions } : {}),
            ...(post.poll ? { pollId: post.poll.id } : {}),
          },
          issue: post.issue,
          caseStudy: post.caseStudy,
          ...(post.poll ? { poll: post.poll } : {}),
        }),
        contents.of(post),
      );
      const created = (await call(target.serviceUrl, 'POST', 'v3/conversations', {
        isGroup: true,
        channelData: { channel: { id: target.channelId }, tenant: { id: target.tenantId } },
        activity: { type: 'message', attachments: [CardFactory.adaptiveCard(card)] },
        tenantId: target.tenantId,
      })) as { activityId?: unknown };
      if (typeof created.activityId !== 'string' || created.activityId === '') {
        throw new UpstreamError('bot-connector', 502, 'MissingActivityId');
      }
      return { rootMessageId: created.activityId };
    },
  };
}

/**
 * The case part of each card, built once per case, language and audience set for a whole
 * fan-out. Keyed by the library's case object, so a reloaded library starts afresh and the old
 * entries are freed.
 */
class CaseContents {
  private readonly byCase = new WeakMap<CasePost['caseStudy'], Map<string, CardElement[]>>();

  of(post: CasePost): CardElement[] {
    let variants = this.byCase.get(post.caseStudy);
    if (!variants) {
      variants = new Map();
      this.byCase.set(post.caseStudy, variants);
    }
    const key = `${post.language}:${[...post.audiences].sort().join(',')}`;
    let content = variants.get(key);
    if (!content) {
      content = caseCardContent(post);
      variants.set(key, content);
    }
    return content;
  }
}
