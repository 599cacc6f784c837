import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ServiceClientCredentialsFactory, TokenCredentials } from 'botframework-connector';
import { loadConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { startService, type Service, type ServiceOptions } from '../../../src/server/service';
import { BotTokenIssuer } from '../../support/bot-tokens';
import { FakeBotConnector, FakeGraph } from '../../../testkit';
import { SsoTokens } from '../../support/sso-tokens';
import { activitiesFor, FORCES, type Force, type Person } from './forces';

export const APP_ID = '5e0a0000-0000-4000-8000-0000000000e2';
export const PUBLISHER_TENANT = 'dddddddd-0000-4000-8000-00000000000d';
export const TEAMS_APP_ID = '7ea00000-0000-4000-8000-0000000000e2';
export const OPERATOR_KEY = 'operator-key-for-the-e2e-tests-0123456789';
/** The token the fake Bot Connector accepts; the service gets it from the credentials below. */
export const CONNECTOR_TOKEN = 'e2e-connector-token';

/**
 * Stands in for Microsoft's login endpoint for Bot Connector tokens (botbuilder's credentials
 * cannot be pointed elsewhere) and records what the service asked for.
 */
export class RecordingCredentials extends ServiceClientCredentialsFactory {
  readonly requests: { appId: string; audience: string }[] = [];

  override async isValidAppId(appId: string): Promise<boolean> {
    return appId === APP_ID;
  }
  override async isAuthenticationDisabled(): Promise<boolean> {
    return false;
  }
  override async createCredentials(appId: string, audience: string): Promise<TokenCredentials> {
    this.requests.push({ appId, audience });
    return new TokenCredentials(CONNECTOR_TOKEN);
  }
}

export interface Answer {
  status: number;
  text: string;
  body: unknown;
}

/**
 * The composed service (`startService`) in app-id mode, with the fakes of Microsoft's cloud:
 * Bot Framework token issuer, Bot Connector, Graph with its token endpoint and SSO keys. The
 * SQLite file outlives `restart()`; `stop()` removes everything.
 */
export class ServiceHarness {
  readonly issuer = new BotTokenIssuer();
  readonly connector = new FakeBotConnector({ rateLimits: null, expectedToken: CONNECTOR_TOKEN });
  readonly graph = new FakeGraph();
  readonly credentials = new RecordingCredentials();
  sso!: SsoTokens;
  service!: Service;
  baseUrl = '';
  private dataDir = '';

  constructor(
    private readonly options: {
      clock?: () => Date;
      contentDir?: string;
      /** A `postgres://` database instead of a SQLite file in the harness's folder. */
      databaseUrl?: string;
      /** More of the environment, as App Service would set it. */
      env?: Record<string, string>;
      rateBudgets?: ServiceOptions['rateBudgets'];
    } = {},
  ) {}

  async start(): Promise<this> {
    this.sso = await SsoTokens.create();
    await Promise.all([this.issuer.start(), this.connector.start(), this.graph.start()]);
    this.graph.signingKeys = this.sso.jwks;
    for (const force of Object.values(FORCES)) {
      this.connector.addTeam({
        tenantId: force.tenantId,
        id: force.teamId,
        aadGroupId: force.groupId,
        name: force.teamName,
        channels: [{ id: force.briefing, name: 'Briefing' }],
        members: [
          { ...force.owner, userRole: 'owner' },
          { ...force.member, userRole: 'user' },
        ],
      });
      this.graph.addTeam(force.tenantId, force.groupId, [
        { userId: force.owner.aadObjectId, displayName: force.owner.name, roles: ['owner'] },
        { userId: force.member.aadObjectId, displayName: force.member.name, roles: [] },
      ]);
    }
    this.dataDir = await mkdtemp(path.join(tmpdir(), 'ltl-e2e-'));
    await this.startService();
    return this;
  }

  /**
   * Stops the service and starts it again on the same SQLite file; `background` runs the
   * scheduler, retention, catch-up and notices as `npm start` does.
   */
  async restart(
    options: { background?: boolean; whileStopped?: () => Promise<void> } = {},
  ): Promise<void> {
    await this.service.stop();
    await options.whileStopped?.();
    await this.startService(options.background ?? false);
  }

  async stop(): Promise<void> {
    await this.service?.stop();
    await Promise.all([this.issuer.stop(), this.connector.stop(), this.graph.stop()]);
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }

  /** Activities of a force as Teams sends them to this service. */
  activities(force: Force) {
    return activitiesFor(force, this.connector.serviceUrl);
  }

  /** Sends an activity with a valid channel token, as Teams does. */
  async send(activity: Record<string, unknown>): Promise<Answer> {
    const token = await this.issuer.channelToken({
      appId: APP_ID,
      serviceUrl: this.connector.serviceUrl,
    });
    return this.request('POST', '/api/messages', `Bearer ${token}`, activity);
  }

  /** A tab SSO token of `person` in `force`'s tenant, with the app roles given. */
  ssoToken(force: Pick<Force, 'tenantId'>, person: Person, roles: string[] = []): Promise<string> {
    return this.sso.sign({
      authorityHost: this.graph.url,
      appId: APP_ID,
      tenantId: force.tenantId,
      userObjectId: person.aadObjectId,
      name: person.name,
      ...(roles.length > 0 ? { claims: { roles } } : {}),
    });
  }

  get(pathAndQuery: string, authorization?: string): Promise<Answer> {
    return this.request('GET', pathAndQuery, authorization);
  }

  /** A PUT of a JSON body. */
  put(pathAndQuery: string, body: unknown, authorization?: string): Promise<Answer> {
    return this.request('PUT', pathAndQuery, authorization, body);
  }

  /** A GET with the headers given, answered with its response headers too. */
  async getWith(
    pathAndQuery: string,
    headers: Record<string, string>,
  ): Promise<Answer & { headers: Headers }> {
    const response = await fetch(`${this.baseUrl}${pathAndQuery}`, { headers });
    const text = await response.text();
    return {
      status: response.status,
      text,
      body: text.startsWith('{') ? JSON.parse(text) : text,
      headers: response.headers,
    };
  }

  /** What the bot said into a conversation, as plain texts. */
  textsSentTo(conversationId: string): string[] {
    return this.connector
      .sentTo(conversationId)
      .map((sent) => sent.activity.text)
      .filter((text): text is string => typeof text === 'string');
  }

  /** Any request, with a JSON body when given. */
  async request(
    method: string,
    pathAndQuery: string,
    authorization?: string,
    body?: unknown,
  ): Promise<Answer> {
    const response = await fetch(`${this.baseUrl}${pathAndQuery}`, {
      method,
      headers: {
        ...(authorization ? { authorization } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = text;
    }
    return { status: response.status, text, body: parsed };
  }

  private async startService(background = false): Promise<void> {
    const config = loadConfig({
      PORT: '0',
      LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
      DATABASE_URL: this.options.databaseUrl ?? path.join(this.dataDir, 'ltl.sqlite'),
      CONTENT_DIR: this.options.contentDir ?? 'content',
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: PUBLISHER_TENANT,
      BOT_OPENID_METADATA_URL: this.issuer.openIdMetadataUrl,
      BOT_TOKEN_ISSUER: this.issuer.issuer,
      GRAPH_BASE_URL: this.graph.url,
      AUTHORITY_HOST: this.graph.url,
      ALLOWED_TENANTS: `${FORCES.a.tenantId},${FORCES.b.tenantId}`,
      OPERATOR_KEY,
      TEAMS_APP_ID,
      ...this.options.env,
    });
    this.service = await startService(
      { ...config, host: '127.0.0.1' },
      createLogger(config.logLevel),
      {
        background,
        credentialsFactory: this.credentials,
        ...(this.options.clock ? { clock: this.options.clock } : {}),
        ...(this.options.rateBudgets ? { rateBudgets: this.options.rateBudgets } : {}),
      },
    );
    this.baseUrl = `http://127.0.0.1:${(this.service.server.address() as AddressInfo).port}`;
  }
}
