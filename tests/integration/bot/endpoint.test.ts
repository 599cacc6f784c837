import assert from 'node:assert/strict';
import { BotTokenIssuer } from '../../support/bot-tokens';
import { APP_ID, BotHarness, FAKE_BOT_TOKEN, TEAM_ID, TENANT } from './harness';

describe('the bot endpoint /api/messages', () => {
  describe('with a bot app id', () => {
    let issuer: BotTokenIssuer;
    let harness: BotHarness;

    beforeEach(async () => {
      issuer = new BotTokenIssuer();
      await issuer.start();
      harness = await new BotHarness({
        expectedToken: FAKE_BOT_TOKEN,
        env: {
          MICROSOFT_APP_ID: APP_ID,
          MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
          MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
          BOT_OPENID_METADATA_URL: issuer.openIdMetadataUrl,
          BOT_TOKEN_ISSUER: issuer.issuer,
        },
      }).start();
    });
    afterEach(async () => {
      await harness.stop();
      await issuer.stop();
    });

    const install = (authorization?: string) =>
      harness.send(harness.activities.botAdded(), authorization ? { authorization } : {});

    it('accepts an activity with a valid channel token and calls the connector with its own token', async () => {
      const token = await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl });
      const answer = await install(`Bearer ${token}`);
      assert.equal(answer.status, 200);
      assert.ok(await harness.store.teams.get(TENANT, TEAM_ID));
      assert.equal(harness.connector.sentTo(TEAM_ID).length, 1);
      assert.ok(
        harness.connector.received.every(
          (request) => request.authorization === `Bearer ${FAKE_BOT_TOKEN}`,
        ),
      );
    });

    const refused: [string, () => Promise<string | undefined>][] = [
      ['no token', async () => undefined],
      ['a token that is not a JWT', async () => 'Bearer not-a-token'],
      [
        'a token signed with another key',
        async () =>
          `Bearer ${await issuer.foreignToken({ appId: APP_ID, serviceUrl: harness.serviceUrl })}`,
      ],
      [
        'a token for another bot',
        async () =>
          `Bearer ${await issuer.channelToken({ appId: 'another-app', serviceUrl: harness.serviceUrl })}`,
      ],
      [
        'a token from another issuer',
        async () =>
          `Bearer ${await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl, issuer: 'https://evil.example' })}`,
      ],
      [
        'an expired token',
        async () =>
          `Bearer ${await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl, expiresInSeconds: -3600 })}`,
      ],
      [
        'a token for another service URL',
        async () =>
          `Bearer ${await issuer.channelToken({ appId: APP_ID, serviceUrl: 'https://smba.example/' })}`,
      ],
      ['a Basic credential', async () => 'Basic dXNlcjpwYXNz'],
    ];
    for (const [what, authorization] of refused) {
      it(`refuses ${what} with 401 and does nothing`, async () => {
        const answer = await install(await authorization());
        assert.equal(answer.status, 401);
        assert.deepEqual(answer.body, {
          type: 'about:blank',
          title: 'The request is not authorized.',
          status: 401,
        });
        assert.equal(await harness.store.teams.get(TENANT, TEAM_ID), undefined);
        assert.equal(harness.connector.received.length, 0);
      });
    }
  });

  describe('with a bot app id and signing keys out of reach', () => {
    let issuer: BotTokenIssuer;
    let harness: BotHarness;
    before(async () => {
      issuer = new BotTokenIssuer();
      await issuer.start();
      harness = await new BotHarness({
        env: {
          MICROSOFT_APP_ID: APP_ID,
          MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
          MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
          BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/.well-known/openidconfiguration',
          BOT_TOKEN_ISSUER: issuer.issuer,
        },
      }).start();
    });
    after(async () => {
      await harness.stop();
      await issuer.stop();
    });

    it('answers 503, not 401 or 500, and does nothing', async () => {
      const token = await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl });
      const answer = await harness.send(harness.activities.botAdded(), {
        authorization: `Bearer ${token}`,
      });
      assert.equal(answer.status, 503);
      assert.equal(await harness.store.teams.get(TENANT, TEAM_ID), undefined);
    });
  });

  describe('in local mode, a campaign of malformed input', () => {
    let harness: BotHarness;
    before(async () => {
      harness = await new BotHarness().start();
    });
    after(() => harness.stop());

    const valid = () => harness.activities.message({ text: 'hello' }) as Record<string, unknown>;
    const without = (key: string) => {
      const activity = valid();
      delete activity[key];
      return activity;
    };

    const badBodies: [string, () => string][] = [
      ['an empty body', () => ''],
      ['text that is not JSON', () => 'type=message'],
      ['truncated JSON', () => '{"type":"message",'],
      ['JSON null', () => 'null'],
      ['a JSON array', () => JSON.stringify([valid()])],
      ['a JSON string', () => '"message"'],
      ['no type', () => JSON.stringify(without('type'))],
      ['an empty type', () => JSON.stringify({ ...valid(), type: '' })],
      ['a numeric type', () => JSON.stringify({ ...valid(), type: 7 })],
      ['no service URL', () => JSON.stringify(without('serviceUrl'))],
      [
        'a javascript: service URL',
        () => JSON.stringify({ ...valid(), serviceUrl: 'javascript:alert(1)' }),
      ],
      ['no conversation', () => JSON.stringify(without('conversation'))],
      ['a conversation without id', () => JSON.stringify({ ...valid(), conversation: {} })],
      ['no sender', () => JSON.stringify(without('from'))],
      ['no recipient', () => JSON.stringify(without('recipient'))],
      ['entities that are not a list', () => JSON.stringify({ ...valid(), entities: 'mention' })],
      ['channel data that is a string', () => JSON.stringify({ ...valid(), channelData: 'team' })],
      ['a tenant without id', () => JSON.stringify({ ...valid(), channelData: { tenant: {} } })],
      ['a bad timestamp', () => JSON.stringify({ ...valid(), timestamp: 'yesterday' })],
      [
        'members added that are not accounts',
        () => JSON.stringify({ ...valid(), type: 'conversationUpdate', membersAdded: [1, 2] }),
      ],
    ];
    for (const [what, body] of badBodies) {
      it(`answers 400 to ${what}`, async () => {
        assert.equal((await harness.postRaw(body())).status, 400);
      });
    }

    it('answers 413 to a body over 256 KiB', async () => {
      const answer = await harness.postRaw(
        JSON.stringify({ ...valid(), text: 'x'.repeat(300 * 1024) }),
      );
      assert.equal(answer.status, 413);
    });

    it('answers 501 to an invoke it does not handle', async () => {
      const answer = await harness.send({
        ...valid(),
        type: 'invoke',
        name: 'composeExtension/querySettingUrl',
        value: {},
      });
      assert.equal(answer.status, 501);
    });

    it('answers 400 to a card action without an action', async () => {
      const answer = await harness.send({
        ...valid(),
        type: 'invoke',
        name: 'adaptiveCard/action',
        value: { foo: 1 },
      });
      assert.equal(answer.status, 400);
    });

    const oddButValid: [string, () => Record<string, unknown>][] = [
      ['an unknown activity type', () => ({ ...valid(), type: 'somethingNew' })],
      [
        'an edit without channel data',
        () => ({ ...without('channelData'), type: 'messageUpdate' }),
      ],
      [
        'a deletion without channel data',
        () => ({ ...without('channelData'), type: 'messageDelete' }),
      ],
      ['a channel message without channel data', () => without('channelData')],
      [
        'a channel message mentioning the bot without a team',
        () => ({
          ...harness.activities.message({ text: 'status', mention: true }),
          channelData: {},
        }),
      ],
      [
        'the bot added to a group chat',
        () => ({
          ...without('channelData'),
          type: 'conversationUpdate',
          membersAdded: [{ id: '28:bot-id' }],
          conversation: { id: '19:chat', conversationType: 'groupChat' },
        }),
      ],
      [
        'a card action in a personal chat',
        () => ({
          ...harness.activities.personal(''),
          type: 'invoke',
          name: 'adaptiveCard/action',
          value: { action: { type: 'Action.Execute', verb: 'saveSubscription', data: {} } },
        }),
      ],
      [
        'a card action with an unknown verb',
        () => ({ ...harness.activities.cardAction({}, 'launchMissiles') }),
      ],
      [
        'a card action with data that is not text',
        () => ({ ...harness.activities.cardAction({ time: 5 as unknown as string }) }),
      ],
      [
        'a thread reply with an empty message id',
        () => ({
          ...harness.activities.message({ text: 'x', thread: '1' }),
          id: undefined,
        }),
      ],
    ];
    for (const [what, activity] of oddButValid) {
      it(`answers ${what} without a 500`, async () => {
        const answer = await harness.send(activity());
        assert.ok(answer.status < 500, `status ${answer.status}`);
      });
    }

    it('answers 200 when the connector refuses the reply: the turn error is logged, not leaked', async () => {
      harness.connector.failNext({ status: 403, code: 'ConversationBlockedByUser' });
      const answer = await harness.send(harness.activities.personal('help'));
      assert.equal(answer.status, 200);
      assert.equal(answer.body, undefined);
      const failure = harness.logLines.find((line) => line.msg === 'bot turn failed');
      const err = failure?.err as Record<string, unknown> | undefined;
      assert.ok(err, 'the turn error is in the log');
      assert.notEqual(err.type, 'object');
      assert.equal(typeof err.type, 'string');
      assert.match(String(err.message), /\S/);
      assert.equal(err.statusCode, 403);
      assert.equal(err.code, 'ConversationBlockedByUser');
      assert.doesNotMatch(JSON.stringify(harness.logLines), /what I can do/);
    });

    it('is still answering after the campaign', async () => {
      assert.equal((await harness.send(valid())).status, 200);
    });
  });
});
