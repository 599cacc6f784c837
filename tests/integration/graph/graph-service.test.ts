import assert from 'node:assert/strict';
import { pino } from 'pino';
import { UpstreamError } from '../../../src/errors';
import { GraphService } from '../../../src/graph/graph-service';
import {
  createGraphTokenProvider,
  type GraphTokenProvider,
} from '../../../src/graph/token-provider';
import { FakeGraph } from '../../../testkit';

const forceA = 'aaaaaaaa-0000-4000-8000-00000000000a';
const forceB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const teamA = '11111111-1111-4111-8111-111111111111';
const teamB = '22222222-2222-4222-8222-222222222222';
const channel = '19:general@thread.tacv2';
const logger = pino({ level: 'silent' });

describe('Graph in force tenants', () => {
  let fake: FakeGraph;
  let tokens: GraphTokenProvider;
  let graph: GraphService;
  let waits: number[];

  beforeEach(async () => {
    fake = await new FakeGraph().start();
    waits = [];
    tokens = createGraphTokenProvider({
      clientId: 'app-id',
      credential: { clientSecret: 'secret' },
      authorityHost: fake.url,
      logger,
    });
    graph = new GraphService({
      graphBaseUrl: fake.url,
      tokens,
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
    fake.addTeam(forceA, teamA, [
      { userId: 'owner-1', displayName: 'Sergeant Owner', roles: ['owner'] },
      { userId: 'member-1', displayName: 'PC Member', roles: [] },
      { userId: 'owner-2', displayName: 'Inspector Owner', roles: ['owner'] },
    ]);
    fake.addTeam(forceB, teamB, [{ userId: 'owner-b', displayName: 'Owner B', roles: ['owner'] }]);
  });

  afterEach(() => fake.stop());

  describe('tokens', () => {
    it('asks each tenant for its own token and reuses it until shortly before expiry', async () => {
      const first = await tokens.getToken(forceA);
      const again = await tokens.getToken(forceA);
      const other = await tokens.getToken(forceB);
      assert.equal(again, first);
      assert.notEqual(other, first);
      assert.equal(fake.tokenRequests.get(forceA), 1);
      assert.equal(fake.tokenRequests.get(forceB), 1);
    });

    it('renews a token that expires within five minutes', async () => {
      fake.tokenLifetimeSeconds = 120;
      const first = await tokens.getToken(forceA);
      const second = await tokens.getToken(forceA);
      assert.notEqual(second, first);
      assert.equal(fake.tokenRequests.get(forceA), 2);
    });
  });

  describe('operations', () => {
    it("lists a team's owners across pages", async () => {
      fake.pageSize = 2;
      assert.deepEqual(await graph.listTeamOwners(forceA, teamA), ['owner-1', 'owner-2']);
      assert.equal(fake.graphRequests().length, 2);
    });

    it('follows @odata.nextLink through every page of replies', async () => {
      fake.pageSize = 2;
      for (let n = 1; n <= 5; n += 1) {
        fake.addReply(teamA, channel, 'root-1', {
          id: `reply-${n}`,
          userId: 'member-1',
          displayName: 'PC Member',
          html: `<p>Point ${n}</p>`,
        });
      }
      const replies = await graph.listReplies(forceA, teamA, channel, 'root-1');
      assert.deepEqual(
        replies.map((reply) => reply.id),
        ['reply-1', 'reply-2', 'reply-3', 'reply-4', 'reply-5'],
      );
      assert.equal(replies[0]!.replyToId, 'root-1');
      assert.deepEqual(replies[0]!.from, { id: 'member-1', displayName: 'PC Member' });
      assert.equal(fake.graphRequests().length, 3);
    });

    it("lists the channel's recent root messages newest first, with card attachments", async () => {
      const hourAgo = new Date(Date.now() - 3_600_000);
      fake.addMessage(teamA, channel, {
        id: 'old',
        createdDateTime: new Date(Date.now() - 86_400_000).toISOString(),
      });
      fake.addMessage(teamA, channel, {
        id: 'card',
        createdDateTime: new Date(Date.now() - 60_000).toISOString(),
        attachments: [
          {
            id: 'a',
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: '{"delivery":"d-1"}',
          },
        ],
      });
      fake.addMessage(teamA, channel, { id: 'newest', createdDateTime: new Date().toISOString() });
      const recent = await graph.listRecentChannelMessages(forceA, teamA, channel, hourAgo);
      assert.deepEqual(
        recent.map((message) => message.id),
        ['newest', 'card'],
      );
      assert.equal(recent[1]!.attachments[0]!.content, '{"delivery":"d-1"}');
    });

    it('sends an activity notice to the whole team', async () => {
      await graph.sendActivityNotice(forceA, teamA, {
        activityType: 'newIssue',
        previewText: 'Issue 45 is out',
        webUrl: 'https://teams.microsoft.com/l/entity/app/library',
        templateParameters: { issueNumber: '45' },
      });
      assert.equal(fake.notices.length, 1);
      const notice = fake.notices[0]!;
      assert.equal(notice.tenantId, forceA);
      assert.equal(notice.body.activityType, 'newIssue');
      assert.deepEqual(notice.body.recipient, {
        '@odata.type': 'microsoft.graph.teamMembersNotificationRecipient',
        teamId: teamA,
      });
      assert.deepEqual(notice.body.templateParameters, [{ name: 'issueNumber', value: '45' }]);
    });
  });

  describe('throttling', () => {
    it('waits as Retry-After says on 429 and then succeeds', async () => {
      fake.failNext(1, 429, 3);
      assert.deepEqual(await graph.listTeamOwners(forceA, teamA), ['owner-1', 'owner-2']);
      assert.deepEqual(waits, [3000]);
      assert.equal(fake.graphRequests().length, 2);
    });

    it('never waits longer than the cap, whatever Retry-After asks', async () => {
      fake.failNext(1, 429, 3600);
      await graph.listTeamOwners(forceA, teamA);
      assert.deepEqual(waits, [5000]);
    });

    it('retries 503 and 504 with backoff', async () => {
      fake.failNext(1, 503);
      fake.failNext(1, 504);
      assert.deepEqual(await graph.listTeamOwners(forceA, teamA), ['owner-1', 'owner-2']);
      assert.equal(fake.graphRequests().length, 3);
      assert.equal(waits.length, 2);
      assert.ok(waits[0]! >= 50 && waits[0]! <= 100, 'first backoff is about the base');
      assert.ok(waits[1]! >= 100 && waits[1]! <= 200, 'then it doubles');
    });

    it('abandons an attempt Graph never answers and tries again', async () => {
      const patient = new GraphService({
        graphBaseUrl: fake.url,
        tokens,
        logger,
        retry: { maxRetries: 1, baseDelayMs: 1, maxDelayMs: 1, attemptTimeoutMs: 300 },
      });
      await tokens.getToken(forceA);
      fake.hangNext();
      assert.deepEqual(await patient.listTeamOwners(forceA, teamA), ['owner-1', 'owner-2']);
      assert.equal(fake.graphRequests().length, 2);
    });

    it('gives up after the retry cap with the status', async () => {
      fake.failNext(10, 429, 0);
      await assert.rejects(graph.listTeamOwners(forceA, teamA), (error: unknown) => {
        assert.ok(error instanceof UpstreamError);
        assert.equal(error.service, 'graph');
        assert.equal(error.upstreamStatus, 429);
        return true;
      });
      assert.equal(fake.graphRequests().length, 4);
    });
  });

  it("refuses one force's token on another force's team", async () => {
    await assert.rejects(graph.listTeamOwners(forceA, teamB), (error: unknown) => {
      assert.ok(error instanceof UpstreamError);
      assert.equal(error.service, 'graph');
      assert.equal(error.upstreamStatus, 401);
      return true;
    });
  });
});
