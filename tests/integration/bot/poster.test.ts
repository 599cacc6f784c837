import assert from 'node:assert/strict';
import { createChannelPoster } from '../../../bot';
import { loadConfig } from '../../../src/config';
import type { CasePost, ChannelTarget } from '../../../src/delivery/ports';
import { UpstreamError } from '../../../src/errors';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { FakeBotConnector } from '../../../testkit';
import { testLibrary } from './fixtures';
import {
  APP_ID,
  BRIEFING,
  FAKE_BOT_TOKEN,
  fakeTeam,
  FixedTokenCredentials,
  TEAM_ID,
  TENANT,
} from './harness';

const library = testLibrary();
const post: CasePost = {
  deliveryId: '7a0c3c1e-5f1b-4d2e-9a43-1b2c3d4e5f60',
  issue: library.issue(44)!,
  caseStudy: library.caseStudy('44-1')!,
  audiences: ['officers-and-staff'],
  lastDiscussionParticipants: 4,
  language: 'en',
};

type CardActivity = {
  attachments: { content: { body: unknown[]; actions: { url: string }[] } }[];
};
const subPageOf = (activity: unknown) => {
  const url = new URL((activity as CardActivity).attachments[0]!.content.actions[0]!.url);
  return (JSON.parse(url.searchParams.get('context')!) as { subEntityId: string }).subEntityId;
};

describe('the ChannelPoster over the Bot Connector', () => {
  let connector: FakeBotConnector;
  let target: ChannelTarget;
  afterEach(() => connector.stop());

  describe('without a bot app id (local mode)', () => {
    const poster = createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' }));

    beforeEach(async () => {
      connector = new FakeBotConnector({ rateLimits: null });
      target = {
        tenantId: TENANT,
        teamId: TEAM_ID,
        channelId: BRIEFING,
        serviceUrl: await connector.start(),
      };
      connector.addTeam(fakeTeam);
    });

    it('starts a new thread in the channel with the case card and returns its root id', async () => {
      const { rootMessageId } = await poster.postCase(target, post);
      const [create] = connector.received;
      assert.equal(create?.method, 'POST');
      assert.equal(create?.path, '/v3/conversations');
      assert.equal(create?.authorization, undefined);
      const body = create?.body as {
        isGroup: boolean;
        tenantId: string;
        channelData: { channel: { id: string } };
      };
      assert.deepEqual(
        [body.isGroup, body.tenantId, body.channelData.channel.id],
        [true, TENANT, BRIEFING],
      );
      assert.equal(connector.threads(BRIEFING)[0]?.rootMessageId, rootMessageId);
    });

    it('makes that one request only, and the card\u2019s button names the delivery, with no visible reference', async () => {
      await poster.postCase(target, post);
      assert.equal(connector.received.length, 1);
      const [thread] = connector.threads(BRIEFING);
      assert.equal(thread?.updates.length, 0);
      assert.equal(subPageOf(thread?.activity), `/cases/44-1?delivery=${post.deliveryId}`);
      const card = (thread!.activity as CardActivity).attachments[0]!.content;
      assert.deepEqual(cardProblems(card), []);
      assert.doesNotMatch(JSON.stringify(cardTexts(card)), /Ref |delivery|7a0c3c1e/);
    });

    it('builds the same case part once for channels that chose the same audiences', async () => {
      await poster.postCase(target, post);
      await poster.postCase(
        { ...target, channelId: '19:other@thread.tacv2' },
        {
          ...post,
          deliveryId: '0b1c2d3e-4f50-4617-8293-a4b5c6d7e8f9',
          lastDiscussionParticipants: null,
        },
      );
      const [first, second] = connector
        .allThreads()
        .map((thread) => (thread.activity as CardActivity).attachments[0]!.content);
      assert.deepEqual(first!.body.slice(0, 5), second!.body.slice(0, 5));
      assert.match(JSON.stringify(first!.body), /4 colleagues joined/);
      assert.doesNotMatch(JSON.stringify(second!.body), /colleagues joined/);
    });

    it('a created answer without an activity id is a 502 UpstreamError', async () => {
      connector.failNext({ status: 201, code: 'Created' });
      const error = await poster.postCase(target, post).catch((caught: unknown) => caught);
      assert.ok(error instanceof UpstreamError);
      assert.deepEqual([error.upstreamStatus, error.code], [502, 'MissingActivityId']);
    });

    const failures: [string, Parameters<FakeBotConnector['failNext']>[0], UpstreamError][] = [
      [
        '429 with Retry-After',
        { status: 429, code: 'TooManyRequests', retryAfterSeconds: 7 },
        new UpstreamError('bot-connector', 429, 'TooManyRequests', 7000),
      ],
      [
        '403 BotNotInConversationRoster',
        { status: 403, code: 'BotNotInConversationRoster' },
        new UpstreamError('bot-connector', 403, 'BotNotInConversationRoster'),
      ],
      [
        '403 MessageWritesBlocked',
        { status: 403, code: 'MessageWritesBlocked' },
        new UpstreamError('bot-connector', 403, 'MessageWritesBlocked'),
      ],
      [
        '403 BotDisabledByAdmin',
        { status: 403, code: 'BotDisabledByAdmin' },
        new UpstreamError('bot-connector', 403, 'BotDisabledByAdmin'),
      ],
      [
        '404',
        { status: 404, code: 'ConversationNotFound' },
        new UpstreamError('bot-connector', 404, 'ConversationNotFound'),
      ],
      [
        '413 MessageSizeTooBig',
        { status: 413, code: 'MessageSizeTooBig' },
        new UpstreamError('bot-connector', 413, 'MessageSizeTooBig'),
      ],
      [
        '502',
        { status: 502, code: 'BadGateway' },
        new UpstreamError('bot-connector', 502, 'BadGateway'),
      ],
      ['a dropped connection', { drop: true }, new UpstreamError('bot-connector', 0, null)],
    ];
    for (const [what, failure, expected] of failures) {
      it(`maps ${what} to an UpstreamError and does not retry`, async () => {
        connector.failNext(failure);
        const error = await poster.postCase(target, post).then(
          () => assert.fail('expected an UpstreamError'),
          (caught: unknown) => caught,
        );
        assert.ok(error instanceof UpstreamError);
        assert.deepEqual(
          [error.upstreamStatus, error.code, error.retryAfterMs],
          [expected.upstreamStatus, expected.code, expected.retryAfterMs],
        );
        assert.equal(connector.received.length, 1);
        assert.equal(connector.allThreads().length, 0);
      });
    }

    it('the rate limit of the real service surfaces as a 429 UpstreamError with its Retry-After', async () => {
      await connector.stop();
      connector = new FakeBotConnector({
        rateLimits: { perThread: [{ limit: 1, windowMs: 60_000 }], perTenant: [] },
      });
      target = { ...target, serviceUrl: await connector.start() };
      await poster.postCase({ ...target, channelId: '19:other@thread.tacv2' }, post);
      await poster.postCase(target, post);
      const error = await poster.postCase(target, post).catch((caught: unknown) => caught);
      assert.ok(error instanceof UpstreamError);
      assert.equal(error.upstreamStatus, 429);
      assert.ok((error.retryAfterMs ?? 0) >= 1000);
    });
  });

  describe('with a bot app id', () => {
    it('sends the bot\u2019s token on every call', async () => {
      connector = new FakeBotConnector({ rateLimits: null, expectedToken: FAKE_BOT_TOKEN });
      const serviceUrl = await connector.start();
      connector.addTeam(fakeTeam);
      const config = loadConfig({
        LOG_LEVEL: 'silent',
        MICROSOFT_APP_ID: APP_ID,
        MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
        MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
      });
      const poster = createChannelPoster(config, {
        credentialsFactory: new FixedTokenCredentials(APP_ID),
      });
      await poster.postCase(
        { tenantId: TENANT, teamId: TEAM_ID, channelId: BRIEFING, serviceUrl },
        post,
      );
      assert.equal(connector.threads(BRIEFING).length, 1);
      assert.deepEqual(
        [...new Set(connector.received.map((request) => request.authorization))],
        [`Bearer ${FAKE_BOT_TOKEN}`],
      );
    });
  });
});
