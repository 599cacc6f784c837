import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Server } from 'restify';
import type { DiscussionView } from '../../../src/content/views';
import { createDiscussionReader } from '../../../src/discussion/discussion-view';
import { createMembershipCheck } from '../../../src/identity/team-membership';
import { createTabTokenVerifier } from '../../../src/identity/tab-token';
import { createApp } from '../../../src/server/app';
import { discussionRoutes } from '../../../src/server/routes/discussions';
import { tokenSignIn } from '../../../src/server/signed-in';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { connectGraph, FakeGraph } from '../../../testkit';
import { SsoTokens } from '../../support/sso-tokens';

const appId = '5e0a0000-0000-4000-8000-0000000000a9';
const forceA = 'aaaaaaaa-0000-4000-8000-00000000000a';
const forceB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const suspended = 'cccccccc-0000-4000-8000-00000000000c';
const groupA = '11111111-1111-4111-8111-111111111111';
const groupA2 = '12121212-1212-4121-8121-121212121212';
const groupB = '22222222-2222-4222-8222-222222222222';
const channelA = '19:briefing-a@thread.tacv2';
const channelB = '19:briefing-b@thread.tacv2';
/** The delivery each force's weekly post came from, as the card's link names it. */
const deliveryOf = (tenantId: string) => `${tenantId.slice(0, 8)}-d000-4000-8000-000000000001`;
const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });

describe('the discussions endpoint', () => {
  let dir: string;
  let store: Store;
  let fake: FakeGraph;
  let sso: SsoTokens;
  let server: Server;
  let base: string;

  const token = (tenantId: string, userObjectId: string) =>
    sso.sign({ authorityHost: fake.url, appId, tenantId, userObjectId });

  const get = async (path: string, bearer?: string) => {
    const response = await fetch(`${base}${path}`, {
      headers: bearer ? { authorization: `Bearer ${bearer}` } : {},
    });
    const text = await response.text();
    return { status: response.status, text, body: JSON.parse(text) as Record<string, unknown> };
  };

  const start = async (withSso: boolean) => {
    const graph = connectGraph(fake);
    const tenants = createTenantAccess(store, logger);
    server = createApp(logger, [
      discussionRoutes({
        sso: withSso
          ? {
              signIn: tokenSignIn(
                createTabTokenVerifier({ appId, authorityHost: fake.url, tenants, logger }),
                undefined,
              ),
              readDiscussion: createDiscussionReader({
                store,
                graph,
                membership: createMembershipCheck(graph),
                logger,
              }),
            }
          : undefined,
        logger,
      }),
    ]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  };

  const seedForce = async (
    tenantId: string,
    group: string,
    teamId: string,
    channel: string,
    words: string,
  ) => {
    await store.tenants.ensure(tenantId, 'consented');
    await store.teams.upsert({
      tenantId,
      id: teamId,
      graphGroupId: group,
      name: null,
      serviceUrl: 'https://smba.example/uk/',
      installedAt: new Date('2026-01-01T00:00:00Z'),
    });
    await store.discussion.recordThread({
      tenantId,
      teamId,
      channelId: channel,
      rootMessageId: `root-${tenantId.slice(0, 1)}`,
      caseId: '44-3',
      deliveryId: deliveryOf(tenantId),
      postedAt: new Date(Date.now() - 86_400_000),
    });
    await store.discussion.upsertReply({
      id: `reply-${tenantId.slice(0, 1)}`,
      tenantId,
      teamId,
      channelId: channel,
      rootMessageId: `root-${tenantId.slice(0, 1)}`,
      caseId: '44-3',
      authorId: `author-${tenantId.slice(0, 1)}`,
      authorName: `Author ${tenantId.slice(0, 1)}`,
      text: words,
      createdAt: new Date(Date.now() - 3_600_000),
      editedAt: null,
    });
  };

  before(async () => {
    sso = await SsoTokens.create();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-discussions-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
    fake = await new FakeGraph().start();
    fake.signingKeys = sso.jwks;
    fake.addTeam(forceA, groupA, [
      { userId: 'officer-a', displayName: 'PC A', roles: [] },
      { userId: 'owner-a', displayName: 'Sgt A', roles: ['owner'] },
    ]);
    fake.addTeam(forceA, groupA2, [{ userId: 'owner-a', displayName: 'Sgt A', roles: ['owner'] }]);
    fake.addTeam(forceB, groupB, [{ userId: 'officer-b', displayName: 'PC B', roles: [] }]);
    await seedForce(forceA, groupA, '19:team-a@thread.tacv2', channelA, 'Force A reflection');
    await seedForce(
      forceB,
      groupB,
      '19:team-b@thread.tacv2',
      channelB,
      'Force B confidential words',
    );
    await store.teams.upsert({
      tenantId: forceA,
      id: '19:team-a2@thread.tacv2',
      graphGroupId: groupA2,
      name: null,
      serviceUrl: 'https://smba.example/uk/',
      installedAt: new Date('2026-01-01T00:00:00Z'),
    });
    fake.addReply(groupA, channelA, 'root-a', {
      id: 'reply-missed',
      userId: 'owner-a',
      displayName: 'Sgt A',
      html: '<p>Posted while the service was down</p>',
    });
  });

  afterEach(async () => {
    server?.close();
    await store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it("shows a member the team's discussion of the case, oldest first, with missed replies caught up", async () => {
    await start(true);
    const { status, body } = await get(
      `/api/discussions/44-3?team=${groupA}`,
      await token(forceA, 'officer-a'),
    );
    assert.equal(status, 200);
    const view = body as unknown as DiscussionView;
    assert.equal(view.caseId, '44-3');
    assert.deepEqual(
      view.replies.map((reply) => [reply.authorName, reply.text]),
      [
        ['Author a', 'Force A reflection'],
        ['Sgt A', 'Posted while the service was down'],
      ],
    );
    assert.match(
      view.threadUrl ?? '',
      /^https:\/\/teams\.microsoft\.com\/l\/message\/19%3Abriefing-a%40thread\.tacv2\/root-a\?/,
    );
  });

  it("keeps colleagues' words out of every cache: private, no-store", async () => {
    await start(true);
    const response = await fetch(`${base}/api/discussions/44-3?team=${groupA}`, {
      headers: { authorization: `Bearer ${await token(forceA, 'officer-a')}` },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'private, no-store');
  });

  it('names the thread from the deep link when it is this team and case', async () => {
    await start(true);
    const query = new URLSearchParams({ team: groupA, channel: channelA, thread: 'root-a' });
    const { status, body } = await get(
      `/api/discussions/44-3?${query}`,
      await token(forceA, 'officer-a'),
    );
    assert.equal(status, 200);
    assert.equal((body as unknown as DiscussionView).replies.length, 2);
  });

  it('opens the thread that a weekly post’s delivery became, for a member of its team', async () => {
    await start(true);
    const { status, body } = await get(
      `/api/discussions/44-3?delivery=${deliveryOf(forceA).toUpperCase()}`,
      await token(forceA, 'officer-a'),
    );
    assert.equal(status, 200);
    assert.deepEqual(
      (body as unknown as DiscussionView).replies.map((reply) => reply.text),
      ['Force A reflection', 'Posted while the service was down'],
    );
  });

  it('answers with no replies for a case the team has not discussed', async () => {
    await start(true);
    const { status, body } = await get(
      `/api/discussions/43-1?team=${groupA}`,
      await token(forceA, 'officer-a'),
    );
    assert.equal(status, 200);
    assert.deepEqual(body, { caseId: '43-1', threadUrl: null, replies: [] });
  });

  describe('refusals', () => {
    it('with an app identity but no Graph to check teams, says sign-in is not configured', async () => {
      await start(false);
      const { status, body } = await get(`/api/discussions/44-3?team=${groupA}`);
      assert.equal(status, 401);
      assert.match(String(body.title), /not configured/);
    });

    it('without a token, or with a forged one, answers 401', async () => {
      await start(true);
      assert.equal((await get(`/api/discussions/44-3?team=${groupA}`)).status, 401);
      const forged = await sso.sign({
        authorityHost: fake.url,
        appId,
        tenantId: forceA,
        userObjectId: 'officer-a',
        forged: true,
      });
      assert.equal((await get(`/api/discussions/44-3?team=${groupA}`, forged)).status, 401);
    });

    it('answers 403 to a suspended or unknown tenant', async () => {
      await start(true);
      await store.tenants.ensure(suspended, 'suspended');
      for (const tenant of [suspended, 'eeeeeeee-0000-4000-8000-00000000000e']) {
        const { status, body } = await get(
          `/api/discussions/44-3?team=${groupA}`,
          await token(tenant, 'x'),
        );
        assert.equal(status, 403);
        assert.match(String(body.title), /not enabled for your organisation/);
      }
    });

    it("never shows force B's words to force A, through any parameter", async () => {
      await start(true);
      const callerA = await token(forceA, 'officer-a');
      const attempts = [
        `/api/discussions/44-3?team=${groupB}`,
        `/api/discussions/44-3?${new URLSearchParams({ team: groupB, channel: channelB, thread: 'root-b' })}`,
        `/api/discussions/44-3?${new URLSearchParams({ team: groupA, channel: channelB, thread: 'root-b' })}`,
        `/api/discussions/44-3?team=${groupA.toUpperCase()}&tenant=${forceB}`,
        `/api/discussions/44-3?delivery=${deliveryOf(forceB)}`,
        `/api/discussions/44-3?delivery=${deliveryOf(forceB)}&team=${groupA}`,
      ];
      for (const path of attempts) {
        const { status, text } = await get(path, callerA);
        assert.doesNotMatch(text, /Force B|confidential/, path);
        assert.ok(status === 404 || status === 400 || status === 200, `${path} answered ${status}`);
      }
      const { status: ownStatus } = await get(`/api/discussions/44-3?team=${groupA}`, callerA);
      assert.equal(ownStatus, 200);
      assert.equal(
        fake.graphRequests().filter((request) => request.path.includes(groupB)).length,
        0,
        'no Graph call into force B',
      );
    });

    it("refuses force B's caller on force A's team", async () => {
      await start(true);
      const { status, text } = await get(
        `/api/discussions/44-3?team=${groupA}`,
        await token(forceB, 'officer-b'),
      );
      assert.equal(status, 404);
      assert.doesNotMatch(text, /Force A/);
    });

    it('refuses a caller who is not a member of the team', async () => {
      await start(true);
      const { status } = await get(
        `/api/discussions/44-3?team=${groupA2}`,
        await token(forceA, 'officer-a'),
      );
      assert.equal(status, 403);
      const stranger = await get(
        `/api/discussions/44-3?team=${groupA}`,
        await token(forceA, 'someone-else'),
      );
      assert.equal(stranger.status, 403);
      assert.doesNotMatch(stranger.text, /Force A reflection/);
    });

    it('refuses a delivery to a caller outside its team, and a delivery of another case', async () => {
      await start(true);
      const stranger = await get(
        `/api/discussions/44-3?delivery=${deliveryOf(forceA)}`,
        await token(forceA, 'someone-else'),
      );
      assert.equal(stranger.status, 403);
      assert.doesNotMatch(stranger.text, /Force A reflection/);
      const otherCase = await get(
        `/api/discussions/43-1?delivery=${deliveryOf(forceA)}`,
        await token(forceA, 'officer-a'),
      );
      assert.equal(otherCase.status, 404);
    });

    it('refuses a malformed case, team or delivery', async () => {
      await start(true);
      const callerA = await token(forceA, 'officer-a');
      assert.equal((await get(`/api/discussions/44-3?delivery=x`, callerA)).status, 400);
      assert.equal((await get(`/api/discussions/44-3?team=not-a-guid`, callerA)).status, 400);
      assert.equal((await get(`/api/discussions/x?team=${groupA}`, callerA)).status, 400);
    });
  });
});
