import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { GraphService } from '../src/graph/graph-service';
import { createGraphTokenProvider } from '../src/graph/token-provider';

/**
 * A fake of Microsoft Graph v1.0 and of the Entra token endpoint on one loopback server, with
 * documented shapes: `chatMessage` fields, `@odata.nextLink` paging, 429 with `Retry-After`,
 * 401 for a token of another tenant. It also serves a key set at the authority's
 * `/common/discovery/v2.0/keys` for tab SSO tokens.
 */

export interface FakeChatMessage {
  id: string;
  replyToId: string | null;
  etag: string;
  messageType: 'message' | 'systemEventMessage';
  createdDateTime: string;
  lastModifiedDateTime: string;
  lastEditedDateTime: string | null;
  deletedDateTime: string | null;
  from: {
    user: { id: string; displayName: string; tenantId: string } | null;
    application: null;
  } | null;
  body: { contentType: 'text' | 'html'; content: string };
  channelIdentity: { teamId: string; channelId: string };
  mentions: unknown[];
  attachments: { id: string; contentType: string; content: string | null }[];
  reactions: unknown[];
}

export interface FakeGraphMember {
  userId: string;
  displayName: string;
  roles: string[];
}

interface FakeTeam {
  tenantId: string;
  members: FakeGraphMember[];
  /** channel id -> root messages, oldest first */
  roots: Map<string, FakeChatMessage[]>;
  /** `${channel}/${root}` -> replies, oldest first */
  replies: Map<string, FakeChatMessage[]>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  /** The tenant whose token authorised it, if any. */
  tenantId: string | null;
}

export interface SentNotice {
  tenantId: string;
  teamId: string;
  body: Record<string, unknown>;
}

export class FakeGraph {
  readonly requests: RecordedRequest[] = [];
  readonly notices: SentNotice[] = [];
  /** Token requests per tenant. */
  readonly tokenRequests = new Map<string, number>();
  /** Lifetime of issued tokens (msal renews within five minutes of expiry). */
  tokenLifetimeSeconds = 3600;
  /** Items per page of every collection. */
  pageSize = 50;
  signingKeys: { keys: object[] } = { keys: [] };
  private readonly teams = new Map<string, FakeTeam>();
  private readonly failures: { status: number; retryAfter: string | null; code: string }[] = [];
  private issued = 0;
  private server: Server | undefined;
  private base = '';

  /** `http://127.0.0.1:<port>`: use as both `GRAPH_BASE_URL` and `AUTHORITY_HOST`. */
  get url(): string {
    return this.base;
  }

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch(() =>
        send(response, 500, { error: { code: 'InternalServerError' } }),
      );
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  addTeam(tenantId: string, graphGroupId: string, members: FakeGraphMember[]): void {
    this.teams.set(graphGroupId, { tenantId, members, roots: new Map(), replies: new Map() });
  }

  /** Adds a root message (or reply, when `replyToId` is set) as Graph would return it. */
  addMessage(
    graphGroupId: string,
    channelId: string,
    fields: Partial<FakeChatMessage> & { id: string },
  ): FakeChatMessage {
    const team = this.team(graphGroupId);
    const createdDateTime = fields.createdDateTime ?? new Date().toISOString();
    const message: FakeChatMessage = {
      replyToId: null,
      etag: '1',
      messageType: 'message',
      createdDateTime,
      lastModifiedDateTime: createdDateTime,
      lastEditedDateTime: null,
      deletedDateTime: null,
      from: null,
      body: { contentType: 'html', content: '' },
      channelIdentity: { teamId: graphGroupId, channelId },
      mentions: [],
      attachments: [],
      reactions: [],
      ...fields,
    };
    const list =
      message.replyToId === null
        ? listFor(team.roots, channelId)
        : listFor(team.replies, `${channelId}/${message.replyToId}`);
    list.push(message);
    return message;
  }

  /** A colleague's reply in html, as Teams stores it. */
  addReply(
    graphGroupId: string,
    channelId: string,
    rootId: string,
    reply: {
      id: string;
      userId: string;
      displayName: string;
      html: string;
      createdDateTime?: string;
    },
  ): FakeChatMessage {
    const team = this.team(graphGroupId);
    return this.addMessage(graphGroupId, channelId, {
      id: reply.id,
      replyToId: rootId,
      ...(reply.createdDateTime ? { createdDateTime: reply.createdDateTime } : {}),
      from: {
        user: { id: reply.userId, displayName: reply.displayName, tenantId: team.tenantId },
        application: null,
      },
      body: { contentType: 'html', content: reply.html },
    });
  }

  editReply(
    graphGroupId: string,
    channelId: string,
    rootId: string,
    id: string,
    html: string,
  ): void {
    const reply = this.findReply(graphGroupId, channelId, rootId, id);
    const now = new Date().toISOString();
    reply.body = { contentType: 'html', content: html };
    reply.lastEditedDateTime = now;
    reply.lastModifiedDateTime = now;
  }

  /** Soft-deletes as Teams does: the message stays with `deletedDateTime` and an empty body. */
  deleteReply(graphGroupId: string, channelId: string, rootId: string, id: string): void {
    const reply = this.findReply(graphGroupId, channelId, rootId, id);
    reply.deletedDateTime = new Date().toISOString();
    reply.body = { contentType: 'html', content: '' };
  }

  /** The next Graph request gets no answer at all (the connection stays open). */
  hangNext(): void {
    this.failures.push({ status: 0, retryAfter: null, code: 'hang' });
  }

  /** The next `count` Graph requests fail with `status` (and `Retry-After` when given). */
  failNext(count: number, status: number, retryAfterSeconds: number | null = null): void {
    for (let i = 0; i < count; i += 1) {
      this.failures.push({
        status,
        retryAfter: retryAfterSeconds === null ? null : String(retryAfterSeconds),
        code: status === 429 ? 'TooManyRequests' : 'ServiceUnavailable',
      });
    }
  }

  graphRequests(): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith('/v1.0/'));
  }

  private team(graphGroupId: string): FakeTeam {
    const team = this.teams.get(graphGroupId);
    if (!team) throw new Error(`no fake team ${graphGroupId}`);
    return team;
  }

  private findReply(
    graphGroupId: string,
    channelId: string,
    rootId: string,
    id: string,
  ): FakeChatMessage {
    const reply = this.team(graphGroupId)
      .replies.get(`${channelId}/${rootId}`)
      ?.find((m) => m.id === id);
    if (!reply) throw new Error(`no fake reply ${id}`);
    return reply;
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', this.base);
    const body = await readBody(request);
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const tenantId = this.tenantOfToken(request.headers.authorization);
    this.requests.push({ method: request.method ?? 'GET', path: url.pathname, tenantId });

    if (url.pathname === '/common/discovery/v2.0/keys')
      return send(response, 200, this.signingKeys);
    if (segments[1] === 'v2.0' && segments[2] === '.well-known')
      return this.openIdConfiguration(response, segments[0]!);
    if (segments[1] === 'oauth2' && segments[3] === 'token')
      return this.token(response, segments[0]!, body);
    if (segments[0] !== 'v1.0') return send(response, 404, { error: { code: 'NotFound' } });

    const failure = this.failures.shift();
    if (failure?.status === 0) return;
    if (failure) {
      const headers: Record<string, string> =
        failure.retryAfter === null ? {} : { 'Retry-After': failure.retryAfter };
      return send(
        response,
        failure.status,
        { error: { code: failure.code, message: 'fake failure' } },
        headers,
      );
    }
    if (tenantId === null)
      return send(response, 401, { error: { code: 'InvalidAuthenticationToken' } });
    const team = this.teams.get(segments[2] ?? '');
    if (segments[1] !== 'teams' || !team)
      return send(response, 404, { error: { code: 'NotFound' } });
    if (team.tenantId !== tenantId) {
      return send(response, 401, {
        error: { code: 'InvalidAuthenticationToken', message: 'token is for another tenant' },
      });
    }
    const rest = segments.slice(3);
    if (rest[0] === 'members' && rest.length === 1) return this.page(response, url, team.members);
    if (rest[0] === 'sendActivityNotification' && request.method === 'POST') {
      this.notices.push({
        tenantId,
        teamId: segments[2]!,
        body: JSON.parse(body) as Record<string, unknown>,
      });
      return send(response, 204);
    }
    if (rest[0] === 'channels' && rest[2] === 'messages') {
      const channelId = rest[1]!;
      if (rest.length === 3) {
        const roots = [...(team.roots.get(channelId) ?? [])].reverse();
        return this.page(response, url, roots);
      }
      if (rest.length === 5 && rest[4] === 'replies') {
        const replies = team.replies.get(`${channelId}/${rest[3]}`);
        const rootExists = team.roots.get(channelId)?.some((m) => m.id === rest[3]) ?? false;
        if (!replies && !rootExists) return send(response, 404, { error: { code: 'NotFound' } });
        return this.page(response, url, replies ?? []);
      }
    }
    return send(response, 404, { error: { code: 'NotFound' } });
  }

  private page(response: ServerResponse, url: URL, items: readonly unknown[]): void {
    const skip = Number(url.searchParams.get('$skiptoken') ?? '0');
    const top = Math.min(Number(url.searchParams.get('$top') ?? this.pageSize), this.pageSize);
    const value = items.slice(skip, skip + top);
    const next = new URL(url.pathname, this.base);
    next.searchParams.set('$top', String(top));
    next.searchParams.set('$skiptoken', String(skip + top));
    const payload: Record<string, unknown> = {
      '@odata.context': `${this.base}/v1.0/$metadata`,
      value,
    };
    if (skip + top < items.length) payload['@odata.nextLink'] = next.toString();
    send(response, 200, payload);
  }

  private openIdConfiguration(response: ServerResponse, tenant: string): void {
    const secure = this.base.replace(/^http:/, 'https:');
    send(response, 200, {
      token_endpoint: `${secure}/${tenant}/oauth2/v2.0/token`,
      authorization_endpoint: `${secure}/${tenant}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${secure}/${tenant}/oauth2/v2.0/logout`,
      issuer: `${secure}/${tenant}/v2.0`,
      jwks_uri: `${secure}/common/discovery/v2.0/keys`,
      response_modes_supported: ['query', 'fragment', 'form_post'],
    });
  }

  private token(response: ServerResponse, tenant: string, body: string): void {
    const form = new URLSearchParams(body);
    if (form.get('grant_type') !== 'client_credentials' || !form.get('client_id')) {
      return send(response, 400, { error: 'invalid_request' });
    }
    this.tokenRequests.set(tenant, (this.tokenRequests.get(tenant) ?? 0) + 1);
    this.issued += 1;
    send(response, 200, {
      token_type: 'Bearer',
      expires_in: this.tokenLifetimeSeconds,
      ext_expires_in: this.tokenLifetimeSeconds,
      access_token: `fake.${tenant}.${this.issued}`,
    });
  }

  private tenantOfToken(authorization: string | undefined): string | null {
    const match = /^Bearer fake\.([0-9a-f-]+)\.\d+$/i.exec(authorization ?? '');
    return match ? match[1]! : null;
  }
}

function listFor<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(
  response: ServerResponse,
  status: number,
  payload?: unknown,
  headers: Record<string, string> = {},
): void {
  if (payload === undefined) {
    response.writeHead(status, headers);
    response.end();
    return;
  }
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(payload));
}

/** The real Graph client and token provider pointed at the fake, retrying without waiting. */
export function connectGraph(fake: FakeGraph, waits: number[] = []): GraphService {
  const logger = pino({ level: 'silent' });
  return new GraphService({
    graphBaseUrl: fake.url,
    tokens: createGraphTokenProvider({
      clientId: 'app-id',
      credential: { clientSecret: 'secret' },
      authorityHost: fake.url,
      logger,
    }),
    logger,
    retry: {
      maxRetries: 3,
      baseDelayMs: 100,
      maxDelayMs: 5000,
      sleep: async (ms) => {
        waits.push(ms);
      },
    },
  });
}
