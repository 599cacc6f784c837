import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';
import { TEAMS_WEB_CLIENT } from '../../support/sso-tokens';
import { pino } from 'pino';
import type { Server } from 'restify';
import { createOperatorTokenCheck, type OperatorTokenCheck } from '../../../src/operations/index';
import { createApp } from '../../../src/server/app';
import { adminStatusRoutes } from '../../../src/server/routes/admin-status';
import { createStore, type Store } from '../../../src/store/index';
import { forceA, seedForce } from '../privacy/seed';

const logger = pino({ level: 'silent' });
const operatorKey = 'k3y-for-the-operator-0123456789abcdef';
const appId = '5c6d7e8f-1a2b-4c3d-8e9f-0a1b2c3d4e5f';
const publisher = 'a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d';

interface Running {
  baseUrl: string;
  close(): Promise<void>;
}

async function serve(
  store: Store,
  key: string | undefined,
  operatorTokens?: OperatorTokenCheck,
): Promise<Running> {
  const server: Server = createApp(logger, [
    adminStatusRoutes({
      store,
      logger,
      operatorKey: key,
      ...(operatorTokens ? { operatorTokens } : {}),
    }),
  ]);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function getStatus(baseUrl: string, authorization?: string) {
  const response = await fetch(`${baseUrl}/api/admin/status`, {
    headers: authorization === undefined ? {} : { authorization },
  });
  return { response, body: (await response.json()) as Record<string, unknown> };
}

/** Stands in for the Entra authority: its signing keys, and tokens signed with them. */
class Authority {
  private server: HttpServer | undefined;
  private privateKey: CryptoKey | undefined;
  url = '';

  async start(): Promise<void> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.privateKey = privateKey;
    const jwk = { ...(await exportJWK(publicKey)), kid: 'authority-1', use: 'sig', alg: 'RS256' };
    this.server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      if (request.url === '/common/discovery/v2.0/keys') {
        response.end(JSON.stringify({ keys: [jwk] }));
        return;
      }
      response.statusCode = 404;
      response.end('{}');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** A v2 tab SSO token for our app from `tenantId` (issued to Teams web), with app roles. */
  token(
    tenantId: string,
    roles: string[],
    signer?: CryptoKey,
    client = TEAMS_WEB_CLIENT,
  ): Promise<string> {
    return new SignJWT({
      tid: tenantId,
      oid: 'f1e2d3c4-b5a6-4978-8a9b-0c1d2e3f4a5b',
      scp: 'access_as_user',
      azp: client,
      roles,
    })
      .setProtectedHeader({ alg: 'RS256', kid: 'authority-1' })
      .setIssuer(`${this.url}/${tenantId}/v2.0`)
      .setAudience(appId)
      .setIssuedAt()
      .setExpirationTime('10m')
      .sign(signer ?? this.privateKey!);
  }
}

describe('GET /api/admin/status', () => {
  let folder: string;
  let running: Running | undefined;
  const stores: Store[] = [];
  const engine = {
    async makeStore(): Promise<Store> {
      const store = createStore(join(folder, `status-${stores.length}.sqlite`));
      stores.push(store);
      await store.migrate();
      return store;
    },
  };
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-admin-status-'));
  });
  afterEach(async () => {
    await running?.close();
    running = undefined;
    await Promise.all(stores.splice(0).map((store) => store.close()));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('gives the operator key holder every force’s figures', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    running = await serve(store, operatorKey);

    const { response, body } = await getStatus(running.baseUrl, `Bearer ${operatorKey}`);

    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
    const tenants = body.tenants as { tenantId: string; subscriptions: unknown }[];
    assert.deepEqual(
      tenants.map((t) => [t.tenantId, t.subscriptions]),
      [[forceA, { active: 1, paused: 0, stopped: 0 }]],
    );
  });

  it('asks for credentials (401) when none are sent', async () => {
    const store = await engine.makeStore();
    running = await serve(store, operatorKey);

    for (const authorization of [undefined, `Basic ${operatorKey}`, 'Bearer']) {
      const { response, body } = await getStatus(running.baseUrl, authorization);
      assert.equal(response.status, 401);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal(body.status, 401);
      assert.equal(body.tenants, undefined);
    }
  });

  it('refuses (403) a key that is not the operator’s', async () => {
    const store = await engine.makeStore();
    running = await serve(store, operatorKey);

    for (const key of [`${operatorKey}x`, operatorKey.slice(0, -1), 'guess']) {
      const { response, body } = await getStatus(running.baseUrl, `Bearer ${key}`);
      assert.equal(response.status, 403);
      assert.deepEqual(body, {
        type: 'about:blank',
        title: 'You do not have access to this.',
        status: 403,
      });
    }
  });

  it('refuses everyone (403) when no operator key is configured', async () => {
    const store = await engine.makeStore();
    running = await serve(store, undefined);

    for (const authorization of [
      undefined,
      'Bearer ',
      `Bearer ${operatorKey}`,
      'Bearer undefined',
    ]) {
      const { response } = await getStatus(running.baseUrl, authorization);
      assert.equal(response.status, 403);
    }
  });

  describe('with the publisher tenant’s operator role', () => {
    const authority = new Authority();
    before(() => authority.start());
    after(() => authority.stop());
    const tokens = () =>
      createOperatorTokenCheck({
        appId,
        publisherTenantId: publisher,
        authorityHost: authority.url,
      });

    it('admits a publisher-tenant token carrying the Operator role', async () => {
      const store = await engine.makeStore();
      running = await serve(store, operatorKey, tokens());

      const token = await authority.token(publisher, ['Operator']);
      const { response } = await getStatus(running.baseUrl, `Bearer ${token}`);

      assert.equal(response.status, 200);
    });

    it('refuses a token without the role, from a force’s tenant, forged, or issued to another app', async () => {
      const store = await engine.makeStore();
      running = await serve(store, undefined, tokens());
      const forger = (await generateKeyPair('RS256')).privateKey;

      const cases: [string, number][] = [
        [await authority.token(publisher, []), 403],
        [await authority.token(publisher, ['Reader']), 403],
        [await authority.token(forceA, ['Operator']), 403],
        [await authority.token(publisher, ['Operator'], forger), 401],
        [
          await authority.token(
            publisher,
            ['Operator'],
            undefined,
            '99999999-0000-4000-8000-000000000099',
          ),
          401,
        ],
        ['not-a-token', 401],
      ];
      for (const [token, status] of cases) {
        const { response } = await getStatus(running.baseUrl, `Bearer ${token}`);
        assert.equal(response.status, status);
      }
    });
  });
});
