import assert from 'node:assert/strict';
import { personalCommands, teamCommands } from '../../../bot';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { BotTokenIssuer } from '../../support/bot-tokens';
import {
  APP_ID,
  BotHarness,
  BRIEFING,
  FAKE_BOT_TOKEN,
  GROUP_ID,
  MEMBER,
  OWNER,
  TEAM_ID,
  TENANT,
} from './harness';

const lastText = (harness: BotHarness, conversationId = BRIEFING) => {
  const sent = harness.connector.sentTo(conversationId);
  return String(sent[sent.length - 1]?.activity.text ?? '');
};

describe('the bot’s command lists', () => {
  it('lists the commands for the manifest', () => {
    assert.deepEqual(
      teamCommands.map((command) => command.name),
      ['help', 'status', 'pause', 'resume', 'post now', 'unsubscribe', 'actions'],
    );
    assert.deepEqual(
      personalCommands.map((command) => command.name),
      ['latest', 'case', 'search', 'help'],
    );
    assert.deepEqual(
      teamCommands.map((command) => command.welshName),
      ['cymorth', 'statws', 'oedi', 'ailddechrau', 'postio nawr', 'dad-danysgrifio', 'camau'],
    );
    assert.deepEqual(
      personalCommands.map((command) => command.welshName),
      ['diweddaraf', 'achos', 'chwilio', 'cymorth'],
    );
    assert.ok(
      [...teamCommands, ...personalCommands].every(
        (command) => command.description.length <= 128 && command.welshDescription.length <= 128,
      ),
    );
  });
});

describe('the bot in a team: commands', () => {
  let harness: BotHarness;
  afterEach(() => harness.stop());

  const mention = (text: string, from = OWNER) =>
    harness.send(harness.activities.message({ text, mention: true, from }));

  describe('in local mode (no Graph: any member may change settings)', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
      await harness.install();
    });

    it('help lists the channel commands', async () => {
      await mention('help');
      for (const command of teamCommands)
        assert.ok(lastText(harness).includes(`**${command.name}**`));
    });

    it('unknown input gets help', async () => {
      await mention('what is this?');
      assert.match(lastText(harness), /Mention me with one of these/);
    });

    it('status without a subscription offers the set-up card for this channel', async () => {
      await mention('status');
      const sent = harness.connector.sentTo(BRIEFING);
      const card = (sent[sent.length - 1]?.activity.attachments as { content: unknown }[])[0]!
        .content;
      assert.deepEqual(cardProblems(card), []);
      const channel = (card as { body: { id?: string; value?: string }[] }).body.find(
        (e) => e.id === 'channelId',
      );
      assert.equal(channel?.value, BRIEFING);
    });

    it('status shows the subscription, the next post, the last case and how many replied', async () => {
      await harness.subscribe();
      await mention('post now');
      const [thread] = harness.connector.threads(BRIEFING);
      for (const [id, from] of [
        ['1800000000001', OWNER],
        ['1800000000002', MEMBER],
        ['1800000000003', OWNER],
      ] as const) {
        await harness.send(
          harness.activities.message({
            text: 'A reply',
            thread: thread!.rootMessageId,
            from,
            id,
          }),
        );
      }
      await mention('status');
      const text = lastText(harness);
      assert.match(text, /Weekly case study in this channel: on/);
      assert.match(text, /When: Tuesday at 07:15 \(Europe\/London\)/);
      assert.match(text, /Next post: Tuesday/);
      assert.match(text, /Last case: 44-1 An undeclared business interest/);
      assert.match(text, /Replies: 2 colleagues/);
    });

    it('pause, resume and unsubscribe change the channel\u2019s subscription', async () => {
      await harness.subscribe();
      await mention('pause');
      assert.equal(
        (await harness.store.subscriptions.findByChannel(TENANT, BRIEFING))?.status,
        'paused',
      );
      assert.match(lastText(harness), /^Paused/);
      await mention('resume');
      assert.equal(
        (await harness.store.subscriptions.findByChannel(TENANT, BRIEFING))?.status,
        'active',
      );
      await mention('unsubscribe');
      const stopped = await harness.store.subscriptions.findByChannel(TENANT, BRIEFING);
      assert.deepEqual([stopped?.status, stopped?.statusReason], ['stopped', 'unsubscribed']);
      await mention('pause');
      assert.match(lastText(harness), /no weekly case study/);
    });

    it('post now starts a thread with a valid 1.5 case card whose button names its delivery', async () => {
      await harness.subscribe();
      await mention('post now');
      const threads = harness.connector.threads(BRIEFING);
      assert.equal(threads.length, 1);
      const thread = threads[0]!;
      const card = (
        thread.activity.attachments as {
          content: { version: string; actions: { url: string }[] };
        }[]
      )[0]!.content;
      assert.deepEqual(cardProblems(card), []);
      assert.equal(card.version, '1.5');
      const context = JSON.parse(new URL(card.actions[0]!.url).searchParams.get('context')!) as {
        subEntityId: string;
      };
      const delivery = await harness.store.discussion.findThreadByDelivery(
        TENANT,
        new URLSearchParams(context.subEntityId.split('?')[1]).get('delivery')!,
      );
      assert.equal(delivery?.rootMessageId, thread.rootMessageId, 'the link names the delivery');
      assert.ok(cardTexts(card).some((text) => text.startsWith('Reply in this thread')));
      assert.match(lastText(harness), /Posted \*\*An undeclared business interest\*\*/);
      assert.ok(await harness.store.discussion.findThread(TENANT, BRIEFING, thread.rootMessageId));
    });

    for (const [status, code] of [
      [403, 'BotNotInConversationRoster'],
      [403, 'MessageWritesBlocked'],
      [404, 'ConversationNotFound'],
    ] as const) {
      it(`when post now is answered ${status} ${code}, the channel\u2019s subscription stops with the reason`, async () => {
        await harness.subscribe();
        harness.connector.failNext({
          status,
          code,
          match: (request) => request.path === '/v3/conversations',
        });
        await mention('post now');
        const subscription = await harness.store.subscriptions.findByChannel(TENANT, BRIEFING);
        assert.deepEqual([subscription?.status, subscription?.statusReason], ['stopped', code]);
        assert.match(lastText(harness), /can no longer post in this channel/);
      });
    }

    it('when post now is answered 403 BotDisabledByAdmin, the tenant is suspended', async () => {
      await harness.subscribe();
      harness.connector.failNext({
        status: 403,
        code: 'BotDisabledByAdmin',
        match: (request) => request.path === '/v3/conversations',
      });
      await mention('post now');
      const tenant = await harness.store.tenants.get(TENANT);
      assert.deepEqual([tenant?.status, tenant?.statusReason], ['suspended', 'BotDisabledByAdmin']);
      assert.match(lastText(harness), /organisation has turned this app off/);
    });

    it('post now without a subscription says how to set one up and posts nothing', async () => {
      await mention('post now');
      assert.equal(harness.connector.allThreads().length, 0);
      assert.match(lastText(harness), /no weekly case study/);
    });

    it('chatter that does not mention the bot is neither answered nor stored', async () => {
      await harness.subscribe();
      const before = harness.connector.received.length;
      const answer = await harness.send(harness.activities.message({ text: 'status' }));
      assert.equal(answer.status, 200);
      assert.equal(harness.connector.received.length, before);
    });
  });

  describe('with Graph reporting the owners', () => {
    beforeEach(async () => {
      harness = await new BotHarness({ owners: [OWNER.aadObjectId] }).start();
      await harness.install();
      await harness.subscribe();
    });

    for (const command of ['pause', 'resume', 'unsubscribe', 'post now']) {
      it(`${command} by a member who is not an owner is refused and changes nothing`, async () => {
        await mention(command, MEMBER);
        assert.equal(
          lastText(harness),
          'Only the team\u2019s owners can change the weekly case study.',
        );
        assert.equal(
          (await harness.store.subscriptions.findByChannel(TENANT, BRIEFING))?.status,
          'active',
        );
        assert.equal(harness.connector.allThreads().length, 0);
      });
    }

    it('an owner pauses, and a member may still ask for status', async () => {
      await mention('pause', OWNER);
      assert.equal(
        (await harness.store.subscriptions.findByChannel(TENANT, BRIEFING))?.status,
        'paused',
      );
      await mention('status', MEMBER);
      assert.match(lastText(harness), /Weekly case study in this channel: paused/);
    });
  });

  describe('with an app identity but no Graph to ask who the owners are', () => {
    let issuer: BotTokenIssuer;
    beforeEach(async () => {
      issuer = new BotTokenIssuer();
      await issuer.start();
      harness = await new BotHarness({
        expectedToken: FAKE_BOT_TOKEN,
        env: {
          MICROSOFT_APP_ID: APP_ID,
          MICROSOFT_APP_TYPE: 'UserAssignedMSI',
          MICROSOFT_APP_TENANT_ID: '44444444-4444-4444-8444-444444444444',
          BOT_OPENID_METADATA_URL: issuer.openIdMetadataUrl,
          BOT_TOKEN_ISSUER: issuer.issuer,
        },
      }).start();
      await harness.store.teams.upsert({
        tenantId: TENANT,
        id: TEAM_ID,
        graphGroupId: GROUP_ID,
        name: 'Response team',
        serviceUrl: harness.serviceUrl,
        installedAt: new Date(),
      });
      await harness.store.teams.upsertChannel({
        tenantId: TENANT,
        teamId: TEAM_ID,
        id: BRIEFING,
        name: 'Briefing',
      });
    });
    afterEach(() => issuer.stop());

    const signed = async (activity: Record<string, unknown>) =>
      harness.send(activity, {
        authorization: `Bearer ${await issuer.channelToken({ appId: APP_ID, serviceUrl: harness.serviceUrl })}`,
      });
    const refusedText =
      'The weekly case study cannot be changed just now: this service cannot check who the team\u2019s owners are. Please tell your IT team.';

    it('a team owner’s pause is refused, saying why, and changes nothing', async () => {
      const subscription = await harness.store.subscriptions.save({
        tenantId: TENANT,
        teamId: TEAM_ID,
        channelId: BRIEFING,
        weekday: 2,
        time: '07:15',
        timeZone: 'Europe/London',
        audiences: ['officers-and-staff'],
        themes: [],
        notifyNewIssues: false,
        status: 'active',
        statusReason: null,
        updatedBy: OWNER.aadObjectId,
      });
      assert.equal(
        (await signed(harness.activities.message({ text: 'pause', mention: true }))).status,
        200,
      );
      assert.equal(lastText(harness), refusedText);
      assert.equal(
        (await harness.store.subscriptions.get(TENANT, subscription.id))?.status,
        'active',
      );
    });

    it('the set-up card saves nothing and says why', async () => {
      const answer = await signed(
        harness.activities.cardAction({
          channelId: BRIEFING,
          weekday: '2',
          time: '07:15',
          timeZone: 'Europe/London',
          audiences: 'officers-and-staff',
          themes: '',
          notifyNewIssues: 'false',
        }),
      );
      assert.equal(answer.status, 200);
      assert.ok(cardTexts((answer.body as { value: unknown }).value).includes(refusedText));
      assert.equal(await harness.store.subscriptions.findByChannel(TENANT, BRIEFING), undefined);
    });
  });

  describe('in a personal chat', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
    });

    const ask = async (text: string) => {
      await harness.send(harness.activities.personal(text));
      const sent = harness.connector.sentTo('a:personal-chat');
      return sent[sent.length - 1]!.activity;
    };

    it('latest lists the newest issue\u2019s cases with their ids, escaped', async () => {
      const answer = await ask('latest');
      assert.match(String(answer.text), /Issue 44: Corruption/);
      assert.match(String(answer.text), /44-2: A \\\*bold\\\* \\\[link\\\]/);
    });

    it('case <id> answers with the case card with every audience\u2019s questions', async () => {
      const answer = await ask('case 44-1');
      const card = (answer.attachments as { content: unknown }[])[0]!.content;
      assert.deepEqual(cardProblems(card), []);
      assert.ok(cardTexts(card).includes('• How would you teach this?'));
    });

    it('case <id> links the case\u2019s briefing sheet (a link, not a file)', async () => {
      const answer = await ask('case 44-1');
      const card = (
        answer.attachments as { content: { actions: { title: string; url: string }[] } }[]
      )[0]!.content;
      const sheet = card.actions.find((action) => action.title === 'Briefing sheet (PDF)');
      assert.match(
        sheet?.url ?? '',
        /^http:\/\/localhost:\d+\/api\/cases\/44-1\/sheet\.pdf\?lang=en$/,
      );
      assert.equal((answer.attachments as unknown[]).length, 1, 'no file is attached');
    });

    it('case with an unknown id says so', async () => {
      assert.match(String((await ask('case 99-9')).text), /can\u2019t find that case/);
    });

    it('search finds cases by their words', async () => {
      assert.match(String((await ask('search welfare')).text), /43-1: A welfare check at night/);
      assert.match(String((await ask('search zebra crossings')).text), /No case studies match/);
    });

    it('anything else gets help', async () => {
      const text = String((await ask('hello there')).text);
      for (const command of personalCommands) assert.ok(text.includes(`**${command.name}**`));
    });

    it('in a tenant that is not allowed, says the service is not enabled', async () => {
      await harness.send(
        harness.activities.personal('latest', '22222222-2222-4222-8222-222222222222'),
      );
      const sent = harness.connector.sentTo('a:personal-chat');
      assert.match(String(sent[sent.length - 1]?.activity.text), /not enabled/);
    });
  });
});
