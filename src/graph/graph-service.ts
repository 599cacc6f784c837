import { Client, GraphError, HTTPMessageHandler } from '@microsoft/microsoft-graph-client';
import { z } from 'zod';
import { UpstreamError } from '../errors';
import type { Logger } from '../logger';
import {
  defaultRetryPolicy,
  RetryAfterMiddleware,
  TenantAuthMiddleware,
  type RetryPolicy,
} from './middleware';
import type {
  ActivityNotice,
  ChannelMessageSummary,
  GraphOperations,
  TeamMember,
  TeamMembership,
} from './ports';
import { RateBudget } from './rate-budget';
import type { GraphTokenProvider } from './token-provider';

/** Graph's limits, per app: Teams message reads per tenant and per channel, notices per tenant. */
export const graphLimits = { readsPerTenant: 20, readsPerChannel: 4, noticesPerTenant: 5 } as const;

export interface GraphServiceOptions {
  /** `GRAPH_BASE_URL`, without the version. */
  graphBaseUrl: string;
  tokens: GraphTokenProvider;
  logger: Logger;
  retry?: RetryPolicy;
  budget?: RateBudget;
}

const pageSchema = z.object({
  value: z.array(z.unknown()),
  '@odata.nextLink': z.string().optional(),
});

const memberSchema = z.object({
  userId: z.string().nullish(),
  displayName: z.string().nullish(),
  roles: z.array(z.string()).nullish(),
});

const chatMessageSchema = z.object({
  id: z.string(),
  replyToId: z.string().nullish(),
  createdDateTime: z.string(),
  lastModifiedDateTime: z.string().nullish(),
  lastEditedDateTime: z.string().nullish(),
  deletedDateTime: z.string().nullish(),
  from: z
    .object({ user: z.object({ id: z.string(), displayName: z.string().nullish() }).nullish() })
    .nullish(),
  body: z.object({ contentType: z.enum(['text', 'html']), content: z.string().nullish() }),
  attachments: z
    .array(z.object({ contentType: z.string(), content: z.string().nullish() }))
    .nullish(),
});

const recentPagesCap = 4;

/**
 * The Graph operations the product uses, app-only per tenant, within Graph's limits. A request that
 * fails after its retries is an `UpstreamError` of `graph`.
 */
export class GraphService implements GraphOperations, TeamMembership {
  private readonly clients = new Map<string, Client>();
  private readonly budget: RateBudget;
  private readonly basePath: string;

  constructor(private readonly options: GraphServiceOptions) {
    this.budget = options.budget ?? new RateBudget();
    this.basePath = new URL(options.graphBaseUrl).pathname.replace(/\/+$/, '');
  }

  async listTeamMembers(tenantId: string, graphGroupId: string): Promise<TeamMember[]> {
    const members: TeamMember[] = [];
    const path = `/teams/${enc(graphGroupId)}/members`;
    for await (const item of this.items(tenantId, path, [
      [`${tenantId}:reads`, graphLimits.readsPerTenant],
    ])) {
      const member = memberSchema.parse(item);
      if (!member.userId) continue;
      members.push({
        userId: member.userId,
        displayName: member.displayName ?? '',
        roles: member.roles ?? [],
      });
    }
    return members;
  }

  async listTeamOwners(tenantId: string, graphGroupId: string): Promise<string[]> {
    const members = await this.listTeamMembers(tenantId, graphGroupId);
    return members
      .filter((member) => member.roles.includes('owner'))
      .map((member) => member.userId);
  }

  async listReplies(
    tenantId: string,
    graphGroupId: string,
    channelId: string,
    rootMessageId: string,
  ): Promise<ChannelMessageSummary[]> {
    const path = `/teams/${enc(graphGroupId)}/channels/${enc(channelId)}/messages/${enc(rootMessageId)}/replies?$top=50`;
    const replies: ChannelMessageSummary[] = [];
    for await (const item of this.items(tenantId, path, this.messageBudgets(tenantId, channelId))) {
      replies.push(toSummary(item));
    }
    return replies;
  }

  async listRecentChannelMessages(
    tenantId: string,
    graphGroupId: string,
    channelId: string,
    since: Date,
  ): Promise<ChannelMessageSummary[]> {
    const path = `/teams/${enc(graphGroupId)}/channels/${enc(channelId)}/messages?$top=50`;
    const recent: ChannelMessageSummary[] = [];
    let pages = 0;
    for await (const page of this.pages(tenantId, path, this.messageBudgets(tenantId, channelId))) {
      const messages = page.map(toSummary);
      recent.push(
        ...messages.filter((message) => Date.parse(message.createdDateTime) >= since.getTime()),
      );
      pages += 1;
      const reachedOlder = messages.some(
        (message) => Date.parse(message.createdDateTime) < since.getTime(),
      );
      if (reachedOlder || pages >= recentPagesCap) break;
    }
    return recent.sort((a, b) => Date.parse(b.createdDateTime) - Date.parse(a.createdDateTime));
  }

  async sendActivityNotice(
    tenantId: string,
    graphGroupId: string,
    notice: ActivityNotice,
  ): Promise<void> {
    await this.budget.take(`${tenantId}:notices`, graphLimits.noticesPerTenant);
    await this.call(tenantId, () =>
      this.client(tenantId)
        .api(`/teams/${enc(graphGroupId)}/sendActivityNotification`)
        .post({
          topic: { source: 'text', value: 'Learning the Lessons', webUrl: notice.webUrl },
          activityType: notice.activityType,
          previewText: { content: notice.previewText },
          recipient: {
            '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
            teamId: graphGroupId,
          },
          templateParameters: Object.entries(notice.templateParameters).map(([name, value]) => ({
            name,
            value,
          })),
        }),
    );
  }

  private messageBudgets(tenantId: string, channelId: string): [string, number][] {
    return [
      [`${tenantId}:reads`, graphLimits.readsPerTenant],
      [`${tenantId}:${channelId}`, graphLimits.readsPerChannel],
    ];
  }

  private async *items(
    tenantId: string,
    path: string,
    budgets: [string, number][],
  ): AsyncGenerator<unknown> {
    for await (const page of this.pages(tenantId, path, budgets)) yield* page;
  }

  /** Each page of a collection, following `@odata.nextLink` by path and query. */
  private async *pages(
    tenantId: string,
    firstPath: string,
    budgets: [string, number][],
  ): AsyncGenerator<unknown[]> {
    let path: string | undefined = firstPath;
    while (path !== undefined) {
      for (const [key, perSecond] of budgets) await this.budget.take(key, perSecond);
      const requestPath: string = path;
      const page = pageSchema.parse(
        await this.call(tenantId, () => this.client(tenantId).api(requestPath).get()),
      );
      yield page.value;
      path =
        page['@odata.nextLink'] === undefined
          ? undefined
          : this.relativePath(page['@odata.nextLink']);
    }
  }

  private relativePath(nextLink: string): string {
    const url = new URL(nextLink, this.options.graphBaseUrl);
    const versioned = url.pathname.startsWith(this.basePath)
      ? url.pathname.slice(this.basePath.length)
      : url.pathname;
    return versioned.replace(/^\/v1\.0/, '') + url.search;
  }

  private async call<T>(tenantId: string, request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      if (error instanceof GraphError) {
        const failed = new UpstreamError('graph', error.statusCode, error.code);
        this.options.logger.warn({ err: failed, tenantId }, 'graph request failed');
        throw failed;
      }
      throw error;
    }
  }

  private client(tenantId: string): Client {
    let client = this.clients.get(tenantId);
    if (!client) {
      client = Client.initWithMiddleware({
        baseUrl: `${this.options.graphBaseUrl}/`,
        defaultVersion: 'v1.0',
        middleware: [
          new TenantAuthMiddleware(tenantId, this.options.tokens),
          new RetryAfterMiddleware(this.options.retry ?? defaultRetryPolicy),
          new HTTPMessageHandler(),
        ],
      });
      this.clients.set(tenantId, client);
    }
    return client;
  }
}

function enc(segment: string): string {
  return encodeURIComponent(segment);
}

function toSummary(item: unknown): ChannelMessageSummary {
  const message = chatMessageSchema.parse(item);
  const user = message.from?.user;
  return {
    id: message.id,
    replyToId: message.replyToId ?? null,
    createdDateTime: message.createdDateTime,
    lastModifiedDateTime: message.lastModifiedDateTime ?? null,
    lastEditedDateTime: message.lastEditedDateTime ?? null,
    deletedDateTime: message.deletedDateTime ?? null,
    from: user ? { id: user.id, displayName: user.displayName ?? '' } : null,
    body: { contentType: message.body.contentType, content: message.body.content ?? '' },
    attachments: (message.attachments ?? []).map((attachment) => ({
      contentType: attachment.contentType,
      content: attachment.content ?? null,
    })),
  };
}
