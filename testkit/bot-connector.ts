import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of the Bot Connector service (the `v3` REST API a bot calls back on `serviceUrl`),
 * faithful to the documented shapes and status codes. It serves on a loopback port, records every
 * request, can be told to fail, and enforces Teams' send limits (configurable so tests stay fast).
 *
 * Implemented: `POST /v3/conversations` (a new channel thread), `POST /v3/conversations/:id/activities`,
 * `POST|PUT|DELETE /v3/conversations/:id/activities/:activityId`, `GET /v3/teams/:teamId`,
 * `GET /v3/teams/:teamId/conversations`, `GET /v3/conversations/:id/members`,
 * `GET /v3/conversations/:id/members/:memberId`, `GET /v3/conversations/:id/pagedmembers`, for
 * teams' channels and for meeting chats (`addChat`); a post to a meeting chat the bot is not in
 * is refused with 403 `BotNotInConversationRoster`.
 */

/** One request as the fake received it. */
export interface ConnectorRequest {
  method: string;
  /** Decoded path, such as `/v3/conversations/19:a@thread.tacv2;messageid=1/activities`. */
  path: string;
  authorization: string | undefined;
  body: unknown;
}

/** How to answer the next matching request(s) instead of serving it. */
export interface ConnectorFailure {
  /** HTTP status to answer with; ignored when `drop` is set. */
  status?: number;
  /** Bot Framework error code for the body `{error: {code, message}}`. */
  code?: string;
  message?: string;
  /** Sent as the `Retry-After` header (seconds). */
  retryAfterSeconds?: number;
  /** Destroy the socket instead of answering (the client sees a dropped connection). */
  drop?: boolean;
  /** With `drop`: serve the request first (the thread exists) and then drop the answer. */
  dropAfterServing?: boolean;
  /** Only requests this accepts are failed (default: every request). */
  match?: (request: ConnectorRequest) => boolean;
  /** How many matching requests to fail (default 1). */
  times?: number;
}

/** A sliding window: at most `limit` requests per `windowMs`. */
export interface RateWindow {
  limit: number;
  windowMs: number;
}

export interface RateLimits {
  /** Per bot per thread (a new thread counts against its channel). */
  perThread: RateWindow[];
  /** Per app per tenant. */
  perTenant: RateWindow[];
}

/** Teams' documented limits. */
export const TEAMS_RATE_LIMITS: RateLimits = {
  perThread: [
    { limit: 7, windowMs: 1_000 },
    { limit: 8, windowMs: 2_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1_800, windowMs: 3_600_000 },
  ],
  perTenant: [{ limit: 50, windowMs: 1_000 }],
};

export interface FakeMember {
  /** Bot Framework user id (`29:…`). */
  id: string;
  name: string;
  aadObjectId: string;
  userRole?: 'owner' | 'user';
}

export interface FakeTeam {
  tenantId: string;
  /** `19:…@thread.tacv2`; it is also the General channel's id. */
  id: string;
  aadGroupId: string;
  name: string;
  /** Channels other than General. */
  channels: { id: string; name: string }[];
  members: FakeMember[];
}

/** A meeting's chat the bot was added to. */
export interface FakeChat {
  tenantId: string;
  /** `19:meeting_…@thread.v2`. */
  id: string;
  members: FakeMember[];
}

/** An activity the bot sent, with the id the fake gave it. */
export interface SentActivity {
  id: string;
  conversationId: string;
  activity: Record<string, unknown>;
  /** Set when the bot replied to a given activity id. */
  replyToId: string | null;
}

/** A thread the bot started in a channel. */
export interface FakeThread {
  tenantId: string | null;
  channelId: string;
  rootMessageId: string;
  conversationId: string;
  /** The root activity as last posted or updated. */
  activity: Record<string, unknown>;
  /** Every version of the root activity sent with PUT, oldest first. */
  updates: Record<string, unknown>[];
  /** Activities the bot posted into the thread. */
  replies: SentActivity[];
  /** When the fake created it and answered (`performance.now()` of the fake's process). */
  createdAt: number;
}

interface ArmedFailure extends ConnectorFailure {
  remaining: number;
}

export class FakeBotConnector {
  /** Every request received, in order (failed and rate-limited ones included). */
  readonly received: ConnectorRequest[] = [];
  /** Every activity the bot sent into a conversation (not new threads), in order. */
  readonly sent: SentActivity[] = [];
  private readonly threadsByConversation = new Map<string, FakeThread>();
  private readonly teams = new Map<string, FakeTeam>();
  private readonly chats = new Map<string, FakeChat>();
  private readonly failures: ArmedFailure[] = [];
  private readonly hits = new Map<string, number[]>();
  private readonly limits: RateLimits | null;
  private nextId = 1_700_000_000_000;
  private server: Server | undefined;
  private url: string | undefined;

  /**
   * @param options.rateLimits Teams' limits by default; `null` turns them off.
   * @param options.expectedToken When set, requests without `Bearer <token>` get 401.
   */
  constructor(
    private readonly options: { rateLimits?: RateLimits | null; expectedToken?: string } = {},
  ) {
    this.limits = options.rateLimits === undefined ? TEAMS_RATE_LIMITS : options.rateLimits;
  }

  /** Starts on a random loopback port and returns the service URL (ending in `/`). */
  async start(): Promise<string> {
    const server = createServer((request, response) => {
      void this.handle(request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    return this.url;
  }

  /** The service URL; `start()` first. */
  get serviceUrl(): string {
    if (!this.url) throw new Error('FakeBotConnector is not started');
    return this.url;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Makes a team known to the team, channel and member endpoints. */
  addTeam(team: FakeTeam): void {
    this.teams.set(team.id, team);
  }

  /** Makes a meeting chat known: the bot is in it, with its members. */
  addChat(chat: FakeChat): void {
    this.chats.set(chat.id, chat);
  }

  /** The bot leaves a meeting chat. */
  removeChat(id: string): void {
    this.chats.delete(id);
  }

  /** Answers the next matching request(s) with a failure instead of serving it. */
  failNext(failure: ConnectorFailure): void {
    this.failures.push({ ...failure, remaining: failure.times ?? 1 });
  }

  /** Forgets armed failures and rate-limit history (not what was received). */
  reset(): void {
    this.failures.length = 0;
    this.hits.clear();
  }

  /** The threads the bot started in a channel, oldest first. */
  threads(channelId: string): FakeThread[] {
    return [...this.threadsByConversation.values()].filter(
      (thread) => thread.channelId === channelId,
    );
  }

  /** Every thread the bot started, oldest first. */
  allThreads(): FakeThread[] {
    return [...this.threadsByConversation.values()];
  }

  /** Activities the bot sent into one conversation. */
  sentTo(conversationId: string): SentActivity[] {
    return this.sent.filter((sent) => sent.conversationId === conversationId);
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const url = new URL(request.url ?? '/', 'http://fake');
    let body: unknown = undefined;
    if (raw.length > 0) {
      try {
        body = JSON.parse(raw);
      } catch {
        return sendError(response, 400, 'BadSyntax', 'The body is not JSON.');
      }
    }
    const recorded: ConnectorRequest = {
      method: request.method ?? 'GET',
      path: decodeURIComponent(url.pathname),
      authorization: request.headers.authorization,
      body,
    };
    this.received.push(recorded);

    if (
      this.options.expectedToken &&
      recorded.authorization !== `Bearer ${this.options.expectedToken}`
    ) {
      return sendError(
        response,
        401,
        'Unauthorized',
        'Authorization has been denied for this request.',
      );
    }
    const failure = this.takeFailure(recorded);
    if (failure?.drop && !failure.dropAfterServing) {
      request.socket.destroy();
      return;
    }
    if (failure && !failure.drop) {
      return sendError(
        response,
        failure.status ?? 500,
        failure.code ?? 'ServiceError',
        failure.message ?? 'Injected failure.',
        failure.retryAfterSeconds,
      );
    }
    const limited = this.rateLimit(recorded);
    if (limited !== null) {
      return sendError(response, 429, 'TooManyRequests', 'Too many requests.', limited);
    }
    const answer = this.serve(recorded);
    if (failure?.drop) {
      request.socket.destroy();
      return;
    }
    if (!answer) return sendError(response, 404, 'NotFound', 'Not found.');
    response.writeHead(answer.status, { 'content-type': 'application/json; charset=utf-8' });
    response.end(JSON.stringify(answer.body));
  }

  private takeFailure(request: ConnectorRequest): ArmedFailure | undefined {
    const index = this.failures.findIndex((failure) => !failure.match || failure.match(request));
    if (index === -1) return undefined;
    const failure = this.failures[index]!;
    failure.remaining -= 1;
    if (failure.remaining <= 0) this.failures.splice(index, 1);
    return failure;
  }

  /** Returns the `Retry-After` seconds when a limit is exceeded, else records the hit. */
  private rateLimit(request: ConnectorRequest): number | null {
    if (!this.limits || request.method === 'GET') return null;
    const scope = this.scopeOf(request);
    const now = Date.now();
    const checks: [string, RateWindow[]][] = [
      [`thread:${scope.thread}`, this.limits.perThread],
      [`tenant:${scope.tenant}`, this.limits.perTenant],
    ];
    let wait = 0;
    for (const [key, windows] of checks) {
      const times = this.hits.get(key) ?? [];
      for (const window of windows) {
        const inside = times.filter((time) => time > now - window.windowMs);
        if (inside.length >= window.limit) {
          wait = Math.max(wait, inside[inside.length - window.limit]! + window.windowMs - now);
        }
      }
    }
    if (wait > 0) return Math.max(1, Math.ceil(wait / 1000));
    for (const [key, windows] of checks) {
      if (windows.length === 0) continue;
      const longest = Math.max(...windows.map((window) => window.windowMs));
      const times = (this.hits.get(key) ?? []).filter((time) => time > now - longest);
      times.push(now);
      this.hits.set(key, times);
    }
    return null;
  }

  private scopeOf(request: ConnectorRequest): { thread: string; tenant: string } {
    const created = this.createBody(request);
    if (created) return { thread: created.channelId, tenant: created.tenantId ?? 'unknown' };
    const conversationId = request.path.split('/')[3] ?? '';
    const tenant =
      this.threadsByConversation.get(conversationId)?.tenantId ??
      this.tenantOfConversation(conversationId);
    return { thread: conversationId, tenant: tenant ?? 'unknown' };
  }

  private createBody(
    request: ConnectorRequest,
  ): { channelId: string; tenantId: string | null } | null {
    if (request.method !== 'POST' || request.path !== '/v3/conversations') return null;
    const body = asRecord(request.body);
    const channelId = asRecord(asRecord(body.channelData).channel).id;
    const tenantId = body.tenantId ?? asRecord(asRecord(body.channelData).tenant).id;
    return {
      channelId: typeof channelId === 'string' ? channelId : '',
      tenantId: typeof tenantId === 'string' ? tenantId : null,
    };
  }

  private serve(request: ConnectorRequest): { status: number; body: unknown } | undefined {
    const parts = request.path.split('/').filter((part) => part !== '');
    const [version, collection, id, sub, subId] = parts;
    if (version !== 'v3') return undefined;
    if (collection === 'conversations' && id === undefined && request.method === 'POST') {
      return this.createThread(request);
    }
    if (collection === 'teams' && id !== undefined && request.method === 'GET') {
      const team = this.teams.get(id);
      if (!team) return undefined;
      if (sub === undefined)
        return { status: 200, body: { id: team.id, name: team.name, aadGroupId: team.aadGroupId } };
      if (sub === 'conversations') {
        const general = { id: team.id, name: undefined };
        return { status: 200, body: { conversations: [general, ...team.channels] } };
      }
      return undefined;
    }
    if (collection !== 'conversations' || id === undefined) return undefined;
    if (sub === 'activities') return this.activity(request, id, subId);
    if ((sub === 'members' || sub === 'pagedmembers') && request.method === 'GET') {
      const team = this.teamOfConversation(id) ?? this.chats.get(id);
      const members = (team?.members ?? []).map((member) => ({
        id: member.id,
        name: member.name,
        aadObjectId: member.aadObjectId,
        tenantId: team?.tenantId,
        userRole: member.userRole ?? 'user',
      }));
      if (sub === 'pagedmembers') return { status: 200, body: { members } };
      if (subId === undefined) return { status: 200, body: members };
      const member = members.find(
        (candidate) => candidate.id === subId || candidate.aadObjectId === subId,
      );
      return member ? { status: 200, body: member } : undefined;
    }
    return undefined;
  }

  private createThread(request: ConnectorRequest): { status: number; body: unknown } {
    const body = asRecord(request.body);
    const created = this.createBody(request)!;
    if (body.isGroup !== true || created.channelId === '' || typeof body.activity !== 'object') {
      return {
        status: 400,
        body: { error: { code: 'BadArgument', message: 'Invalid conversation parameters.' } },
      };
    }
    const rootMessageId = this.newId();
    const conversationId = `${created.channelId};messageid=${rootMessageId}`;
    this.threadsByConversation.set(conversationId, {
      tenantId: created.tenantId,
      channelId: created.channelId,
      rootMessageId,
      conversationId,
      activity: asRecord(body.activity),
      updates: [],
      replies: [],
      createdAt: performance.now(),
    });
    return { status: 201, body: { id: conversationId, activityId: rootMessageId } };
  }

  private activity(
    request: ConnectorRequest,
    conversationId: string,
    activityId: string | undefined,
  ): { status: number; body: unknown } | undefined {
    const activity = asRecord(request.body);
    if (conversationId.startsWith('19:meeting_') && !this.chats.has(conversationId)) {
      return {
        status: 403,
        body: {
          error: {
            code: 'BotNotInConversationRoster',
            message: 'The bot is not part of the conversation roster.',
          },
        },
      };
    }
    const thread = this.threadsByConversation.get(conversationId);
    if (request.method === 'PUT' && activityId !== undefined) {
      if (thread && thread.rootMessageId === activityId) {
        thread.activity = activity;
        thread.updates.push(activity);
      }
      this.sent.push({ id: activityId, conversationId, activity, replyToId: null });
      return { status: 200, body: { id: activityId } };
    }
    if (request.method === 'DELETE' && activityId !== undefined) return { status: 200, body: {} };
    if (request.method !== 'POST') return undefined;
    const sent: SentActivity = {
      id: this.newId(),
      conversationId,
      activity,
      replyToId: activityId ?? null,
    };
    this.sent.push(sent);
    thread?.replies.push(sent);
    return { status: 201, body: { id: sent.id } };
  }

  private teamOfConversation(conversationId: string): FakeTeam | undefined {
    const channelId = conversationId.split(';')[0]!;
    return [...this.teams.values()].find(
      (team) => team.id === channelId || team.channels.some((channel) => channel.id === channelId),
    );
  }

  private tenantOfConversation(conversationId: string): string | undefined {
    return (this.teamOfConversation(conversationId) ?? this.chats.get(conversationId))?.tenantId;
  }

  private newId(): string {
    this.nextId += 1;
    return String(this.nextId);
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', () => resolve(''));
  });
}

function sendError(
  response: ServerResponse,
  status: number,
  code: string,
  message: string,
  retryAfterSeconds?: number,
): void {
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (retryAfterSeconds !== undefined) headers['retry-after'] = String(retryAfterSeconds);
  response.writeHead(status, headers);
  response.end(JSON.stringify({ error: { code, message } }));
}
