import { CardFactory } from 'botbuilder';
import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import type { CasePost, ChannelPoster, ChannelTarget } from '../src/delivery/ports';
import { PostError } from '../src/delivery/ports';
import { parseRetryAfter } from '../src/graph/middleware';
import { caseSubPage, tabDeepLink } from '../src/links';
import type { Logger } from '../src/logger';
import { BOT_CONNECTOR_SCOPE, createCredentialsFactory, loginUrlFor } from './auth';
import { caseCard } from './cards';

/** How long one call to the Bot Connector may take before it counts as a dropped connection. */
const REQUEST_TIMEOUT_MS = 30_000;

/**
 * The `ChannelPoster` over the Bot Connector: posts the case card as a new channel thread
 * (`POST {serviceUrl}/v3/conversations`), then updates it so its button names the thread. It
 * never retries: a failure is a `PostError` (status 0 for a dropped connection, 503 when the bot's
 * own token cannot be had) for the delivery engine to judge. If the update fails, the card keeps a link to the case without the thread.
 */
export function createChannelPoster(
  config: Config,
  logger: Logger,
  options: { credentialsFactory?: ServiceClientCredentialsFactory } = {},
): ChannelPoster {
  const credentialsFactory = options.credentialsFactory ?? createCredentialsFactory(config.bot);
  const groupIds = new Map<string, string>();

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
  const call = async (
    target: ChannelTarget,
    method: string,
    path: string,
    body?: unknown,
  ): Promise<unknown> => {
    const { serviceUrl } = target;
    const url = new URL(path, serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`);
    await target.pace?.();
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth = await authorization().catch(() => {
      throw new PostError(503, 'BotTokenUnavailable');
    });
    if (auth) headers.authorization = auth;
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      throw new PostError(0, null);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new PostError(
        response.status,
        errorCode(text),
        parseRetryAfter(response.headers.get('retry-after')) ?? null,
      );
    }
    return text === '' ? {} : JSON.parse(text);
  };

  const graphGroupIdOf = async (target: ChannelTarget): Promise<string | null> => {
    if (target.graphGroupId) return target.graphGroupId;
    const known = groupIds.get(target.teamId);
    if (known) return known;
    const details = (await call(
      target,
      'GET',
      `v3/teams/${encodeURIComponent(target.teamId)}`,
    )) as {
      aadGroupId?: unknown;
    };
    if (typeof details.aadGroupId !== 'string') return null;
    groupIds.set(target.teamId, details.aadGroupId);
    return details.aadGroupId;
  };

  const activityFor = (post: CasePost, readUrl: string) => ({
    type: 'message',
    attachments: [
      CardFactory.adaptiveCard(
        caseCard({
          issue: post.issue,
          caseStudy: post.caseStudy,
          audiences: post.audiences,
          language: post.language,
          readUrl,
          deliveryId: post.deliveryId,
          lastDiscussionParticipants: post.lastDiscussionParticipants,
          inThread: true,
        }),
      ),
    ],
  });

  return {
    async postCase(target: ChannelTarget, post: CasePost): Promise<{ rootMessageId: string }> {
      const caseLink = tabDeepLink(config.teamsAppId, caseSubPage(post.caseStudy.id));
      const created = (await call(target, 'POST', 'v3/conversations', {
        isGroup: true,
        channelData: { channel: { id: target.channelId }, tenant: { id: target.tenantId } },
        activity: activityFor(post, caseLink),
        tenantId: target.tenantId,
      })) as { activityId?: unknown; id?: unknown };
      const rootMessageId = typeof created.activityId === 'string' ? created.activityId : undefined;
      if (!rootMessageId) throw new PostError(502, 'MissingActivityId');
      try {
        const team = await graphGroupIdOf(target);
        if (team) {
          const threadLink = tabDeepLink(
            config.teamsAppId,
            caseSubPage(post.caseStudy.id, {
              team,
              channel: target.channelId,
              thread: rootMessageId,
            }),
          );
          const conversationId = `${target.channelId};messageid=${rootMessageId}`;
          await call(
            target,
            'PUT',
            `v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(rootMessageId)}`,
            { ...activityFor(post, threadLink), id: rootMessageId },
          );
        }
      } catch (error) {
        logger.warn(
          {
            tenantId: target.tenantId,
            deliveryId: post.deliveryId,
            status: (error as PostError).status,
          },
          'case card posted; its thread link could not be added',
        );
      }
      return { rootMessageId };
    },
  };
}

function errorCode(body: string): string | null {
  try {
    const code = (JSON.parse(body) as { error?: { code?: unknown } }).error?.code;
    return typeof code === 'string' ? code : null;
  } catch {
    return null;
  }
}
