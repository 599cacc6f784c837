import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from 'restify';
import { ServiceClientCredentialsFactory, TokenCredentials } from 'botframework-connector';
import { createBot, createChannelPoster } from '../../../bot';
import { loadConfig, type Config } from '../../../src/config';
import type { Library } from '../../../src/content/model';
import { createDeliveryEngine, type DeliveryEngine } from '../../../src/delivery';
import { createReplyIntake, type ReplyIntake } from '../../../src/discussion/intake';
import type { GraphOperations } from '../../../src/graph/ports';
import { createLogger } from '../../../src/logger';
import { createApp } from '../../../src/server/app';
import { messagesRoutes } from '../../../src/server/routes/messages';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { FakeBotConnector, type FakeTeam } from '../../../testkit';
import { teamsActivities, type TeamsActivities } from '../../support/activities';
import { botDeps } from '../../support/bot-deps';
import { capturingLogger } from '../../support/log-capture';
import type { StoreOutage } from '../../support/store-outage';
import { testLibrary } from './fixtures';

export const TENANT = '11111111-1111-4111-8111-111111111111';
export const OTHER_TENANT = '22222222-2222-4222-8222-222222222222';
export const TEAM_ID = '19:team-general@thread.tacv2';
export const GROUP_ID = '33333333-3333-4333-8333-333333333333';
export const BRIEFING = '19:briefing@thread.tacv2';
export const BOT_ID = '28:bot-id';
export const OWNER = {
  id: '29:owner',
  name: 'Olu Owner',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
};
export const MEMBER = {
  id: '29:member',
  name: 'Mo Member',
  aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000002',
};
export const APP_ID = 'bbbbbbbb-0000-4000-8000-00000000b07';
export const FAKE_BOT_TOKEN = 'fake-outbound-token';

export const fakeTeam: FakeTeam = {
  tenantId: TENANT,
  id: TEAM_ID,
  aadGroupId: GROUP_ID,
  name: 'Response team',
  channels: [{ id: BRIEFING, name: 'Briefing' }],
  members: [
    { ...OWNER, userRole: 'owner' },
    { ...MEMBER, userRole: 'user' },
  ],
};

/** Stands in for the token endpoint: every outbound call carries a fixed token. */
export class FixedTokenCredentials extends ServiceClientCredentialsFactory {
  constructor(private readonly appId: string) {
    super();
  }
  override async isValidAppId(appId: string): Promise<boolean> {
    return appId === this.appId;
  }
  override async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  override async createCredentials(): Promise<TokenCredentials> {
    return new TokenCredentials(FAKE_BOT_TOKEN);
  }
}

export interface HarnessOptions {
  /** Environment for `loadConfig` (local mode by default). */
  env?: Record<string, string>;
  /** Team owners as Graph reports them; undefined means no Graph (local mode). */
  owners?: string[];
  allowedTenants?: string[];
  expectedToken?: string;
  /** Puts the bot's store behind a switch; the harness's own `store` always answers. */
  outage?: StoreOutage;
}

/** The bot served at /api/messages by the service's own restify app, a real SQLite file and the fake Bot Connector. */
export class BotHarness {
  readonly connector: FakeBotConnector;
  store!: Store;
  config!: Config;
  library: Library = testLibrary();
  baseUrl = '';
  /** What the bot logged (info and above), one parsed JSON line each. */
  logLines: Record<string, unknown>[] = [];
  private server: Server | undefined;
  /** Replies waiting for the store. */
  replies!: ReplyIntake;
  private deliveries: DeliveryEngine | undefined;
  private folder = '';

  constructor(private readonly options: HarnessOptions = {}) {
    this.connector = new FakeBotConnector({
      rateLimits: null,
      ...(options.expectedToken ? { expectedToken: options.expectedToken } : {}),
    });
  }

  get serviceUrl(): string {
    return this.connector.serviceUrl;
  }

  async start(): Promise<this> {
    await this.connector.start();
    this.connector.addTeam(fakeTeam);
    this.folder = mkdtempSync(join(tmpdir(), 'ltl-bot-'));
    this.store = createStore(join(this.folder, 'bot.sqlite'));
    await this.store.migrate();
    await this.store.tenants.ensure(TENANT, 'consented');
    this.config = loadConfig({ LOG_LEVEL: 'silent', ...this.options.env });
    const allowed = new Set(this.options.allowedTenants ?? [TENANT]);
    const owners = this.options.owners;
    const graph: GraphOperations | undefined = owners
      ? {
          listTeamOwners: async () => owners,
          listReplies: async () => [],
          listRecentChannelMessages: async () => [],
          sendActivityNotice: async () => undefined,
        }
      : undefined;
    const credentialsFactory = this.config.bot
      ? new FixedTokenCredentials(this.config.bot.appId)
      : undefined;
    this.deliveries = createDeliveryEngine({
      store: this.store,
      library: () => this.library,
      poster: createChannelPoster(this.config, { credentialsFactory }),
      logger: createLogger('silent'),
      instanceId: 'bot-tests',
      missedPostGraceHours: 24,
      retry: { maxAttempts: 2, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const tenantAccess = { isAllowed: async (tenantId: string) => allowed.has(tenantId) };
    const store = this.options.outage ? this.options.outage.wrap(this.store) : this.store;
    const log = capturingLogger('info');
    this.logLines = log.lines;
    this.replies = createReplyIntake({
      store,
      tenants: tenantAccess,
      logger: log.logger,
      baseDelayMs: 10,
      maxDelayMs: 50,
    });
    const deps = botDeps(store, {
      config: this.config,
      logger: log.logger,
      library: () => this.library,
      deliveries: this.deliveries,
      graph,
      tenantAccess,
      replies: this.replies,
      ...(credentialsFactory ? { credentialsFactory } : {}),
    });
    const server = createApp(log.logger, [messagesRoutes(createBot(deps), log.logger)]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
    await this.deliveries?.stop();
    this.replies?.stop();
    await this.connector.stop();
    await this.store?.close();
    rmSync(this.folder, { recursive: true, force: true });
  }

  /** Posts a raw body to `/api/messages`. */
  async postRaw(
    body: string,
    headers: Record<string, string> = {},
  ): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed };
  }

  /** Sends an activity as the channel would. */
  send(activity: Record<string, unknown>, headers: Record<string, string> = {}) {
    return this.postRaw(JSON.stringify(activity), headers);
  }

  /** Activities from the harness's team, through the fake Bot Connector. */
  get activities(): TeamsActivities {
    return teamsActivities(
      {
        tenantId: TENANT,
        teamId: TEAM_ID,
        teamName: 'Response team',
        channelId: BRIEFING,
        botId: BOT_ID,
        from: OWNER,
      },
      this.serviceUrl,
    );
  }

  /** Installs the bot in the team (the welcome card goes to General). */
  async install(): Promise<void> {
    const result = await this.send(this.activities.botAdded());
    if (result.status !== 200) throw new Error(`install answered ${result.status}`);
  }

  /** Saves a subscription for a channel through the set-up card. */
  async subscribe(channelId = BRIEFING, data: Record<string, string> = {}) {
    return this.send(
      this.activities.cardAction({
        channelId,
        weekday: '2',
        time: '07:15',
        timeZone: 'Europe/London',
        audiences: 'officers-and-staff,trainers',
        themes: '',
        notifyNewIssues: 'true',
        ...data,
      }),
    );
  }
}
