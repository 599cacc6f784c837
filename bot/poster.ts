import { CardFactory } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import type { CasePost, ChannelPoster, ChannelTarget } from '../src/delivery/ports';
import { UpstreamError } from '../src/errors';
import { parseRetryAfter } from '../src/graph/middleware';
import { caseSubPage, tabDeepLink } from '../src/links';
import { BOT_CONNECTOR_SCOPE, createCredentialsFactory, loginUrlFor } from './auth';
import { caseCard, caseCardContent, type CardElement } from './cards';

/** How long one call to the Bot Connector may take before it counts as a dropped connection. */
const REQUEST_TIMEOUT_MS = 30_000;

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
  const credentialsFactory = options.credentialsFactory ?? createCredentialsFactory(config.bot);
  const contents = new CaseContents();

  const authorization = async (): Promise<string | undefined> => {
    const credentials = await credentialsFactory.createCredentials(
      config.bot?.appId ?? '',
      BOT_CONNECTOR_SCOPE,
      loginUrlFor(config.bot),
      true,
    );
    let header: string | undefined;
    const headers = {
      set: (name: string, value: string) => {
        if (name.toLowerCase() === 'authorization') header = value;
      },
    };
    await credentials.signRequest({ headers } as unknown as Parameters<
      typeof credentials.signRequest
    >[0]);
    return header;
  };

  /** One Bot Connector request, paced within the tenant's budget by the delivery engine. */
  const call = async (target: ChannelTarget, path: string, body: unknown): Promise<unknown> => {
    const { serviceUrl } = target;
    const url = new URL(path, serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = await authorization().catch(() => {
      throw new UpstreamError('bot-connector', 503, 'BotTokenUnavailable');
    });
    if (auth) headers.authorization = auth;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new UpstreamError('bot-connector', 0, null);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new UpstreamError(
        'bot-connector',
        response.status,
        errorCode(text),
        parseRetryAfter(response.headers.get('retry-after')) ?? null,
      );
    }
    try {
      return text === '' ? {} : JSON.parse(text);
    } catch {
      throw new UpstreamError('bot-connector', 502, 'UnreadableAnswer');
    }
  };

  return {
    async postCase(target: ChannelTarget, post: CasePost): Promise<{ rootMessageId: string }> {
      const readUrl = tabDeepLink(
        config.teamsAppId,
        caseSubPage(post.caseStudy.id, { delivery: post.deliveryId }),
      );
      const card = caseCard(
        {
          issue: post.issue,
          caseStudy: post.caseStudy,
          audiences: post.audiences,
          language: post.language,
          readUrl,
          lastDiscussionParticipants: post.lastDiscussionParticipants,
          inThread: true,
        },
        contents.of(post),
      );
      const created = (await call(target, 'v3/conversations', {
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

function errorCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
