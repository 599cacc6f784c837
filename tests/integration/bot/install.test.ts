import assert from 'node:assert/strict';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { BotHarness, BRIEFING, MEMBER, OWNER, TEAM_ID, TENANT, GROUP_ID } from './harness';

interface Attachment {
  contentType: string;
  content: unknown;
}

const attachmentsOf = (activity: Record<string, unknown>) =>
  (activity.attachments ?? []) as Attachment[];

describe('the bot in a team: install and set-up', () => {
  let harness: BotHarness;
  afterEach(() => harness.stop());

  describe('when the app is added to a team', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
      await harness.install();
    });

    it('records the team with its Graph group id and service URL, and its channels', async () => {
      const team = await harness.store.teams.get(TENANT, TEAM_ID);
      assert.equal(team?.graphGroupId, GROUP_ID);
      assert.equal(team?.serviceUrl, harness.serviceUrl);
      const channels = await harness.store.teams.listChannels(TENANT, TEAM_ID);
      assert.deepEqual(channels.map((channel) => [channel.id, channel.name]).sort(), [
        [BRIEFING, 'Briefing'],
        [TEAM_ID, 'General'],
      ]);
    });

    it('posts a valid welcome card in General saying what it reads and keeps, with the set-up form', () => {
      const [welcome] = harness.connector.sentTo(TEAM_ID);
      const [card] = attachmentsOf(welcome!.activity);
      assert.equal(card?.contentType, 'application/vnd.microsoft.card.adaptive');
      assert.deepEqual(cardProblems(card!.content), []);
      const texts = cardTexts(card!.content);
      assert.ok(
        texts.some((text) =>
          text.includes('reads this team\u2019s channel messages only to find replies'),
        ),
      );
      const timeZone = (card!.content as { body: { id?: string; value?: string }[] }).body.find(
        (element) => element.id === 'timeZone',
      );
      assert.equal(timeZone?.value, 'Europe/London');
    });
  });

  describe('a team kept from before its Graph group id was learned at install', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
      await harness.store.teams.upsert({
        tenantId: TENANT,
        id: TEAM_ID,
        graphGroupId: null,
        name: 'Response team',
        serviceUrl: harness.serviceUrl,
        installedAt: new Date('2026-01-05T09:00:00Z'),
      });
      for (const [id, name] of [
        [TEAM_ID, 'General'],
        [BRIEFING, 'Briefing'],
      ] as const) {
        await harness.store.teams.upsertChannel({ tenantId: TENANT, teamId: TEAM_ID, id, name });
      }
    });

    it('learns it when the owner saves the set-up, and a post costs one request, never a team lookup', async () => {
      await harness.subscribe();
      assert.equal((await harness.store.teams.get(TENANT, TEAM_ID))?.graphGroupId, GROUP_ID);

      harness.connector.received.length = 0;
      await harness.send(harness.activities.message({ text: 'post now', mention: true }));
      assert.deepEqual(
        harness.connector.received.map((request) => [request.method, request.path.split('/')[2]]),
        [
          ['POST', 'conversations'],
          ['POST', 'conversations'],
        ],
        'the post itself, then the bot\u2019s answer to the command',
      );
      assert.equal(harness.connector.received[0]?.path, '/v3/conversations');
    });
  });

  describe('when an owner submits the set-up card', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
      await harness.install();
    });

    it('saves a subscription for the channel and answers with the updated card and next post', async () => {
      const answer = await harness.subscribe();
      assert.equal(answer.status, 200);
      const body = answer.body as { statusCode: number; type: string; value: unknown };
      assert.equal(body.statusCode, 200);
      assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
      assert.deepEqual(cardProblems(body.value), []);
      const texts = cardTexts(body.value);
      assert.ok(texts.includes('Channel: Briefing'));
      assert.ok(texts.includes('When: Tuesday at 07:15 (Europe/London)'));
      assert.ok(texts.some((text) => /^Next post: Tuesday \d+ \w+ \d{4} at 07:15/.test(text)));

      const subscription = await harness.store.subscriptions.findByChannel(TENANT, BRIEFING);
      assert.equal(subscription?.status, 'active');
      assert.equal(subscription?.weekday, 2);
      assert.equal(subscription?.time, '07:15');
      assert.deepEqual(subscription?.audiences, ['officers-and-staff', 'trainers']);
      assert.equal(subscription?.updatedBy, OWNER.aadObjectId);
    });

    it('"Change" on the saved card shows the form again with the saved choices', async () => {
      await harness.subscribe();
      const answer = await harness.send(
        harness.activities.cardAction({ channelId: BRIEFING }, 'editSubscription'),
      );
      const body = answer.body as { value: { body: { id?: string; value?: string }[] } };
      assert.deepEqual(cardProblems(body.value), []);
      const values = Object.fromEntries(
        body.value.body.filter((e) => e.id).map((e) => [e.id, e.value]),
      );
      assert.deepEqual(
        [values.channelId, values.weekday, values.time, values.audiences],
        [BRIEFING, '2', '07:15', 'officers-and-staff,trainers'],
      );
    });

    it('a team may subscribe several channels', async () => {
      await harness.subscribe(BRIEFING);
      await harness.subscribe(TEAM_ID, { weekday: '5', time: '16:40' });
      const subscriptions = await harness.store.subscriptions.list({
        tenantId: TENANT,
        teamId: TEAM_ID,
      });
      assert.equal(subscriptions.length, 2);
    });

    for (const [what, data, message] of [
      [
        'a time that is not HH:mm',
        { time: '7pm' },
        'Choose a time as hours and minutes, such as 07:30.',
      ],
      ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'Choose a time zone from the list.'],
      ['no audience', { audiences: '' }, 'Choose at least one group whose questions to include.'],
      [
        'a channel of another team',
        { channelId: '19:elsewhere@thread.tacv2' },
        'Choose one of the team\u2019s channels.',
      ],
      ['a theme not in the library', { themes: 'Astrology' }, 'Choose themes from the list.'],
    ] as const) {
      it(`with ${what}, the card comes back with the message and the choices kept; nothing is saved`, async () => {
        const answer = await harness.subscribe(BRIEFING, data);
        const body = answer.body as { value: { body: { id?: string; value?: string }[] } };
        assert.equal(answer.status, 200);
        assert.ok(cardTexts(body.value).includes(message));
        const values = Object.fromEntries(
          body.value.body.filter((e) => e.id).map((e) => [e.id, e.value]),
        );
        assert.equal(values.time, 'time' in data ? data.time : '07:15');
        assert.equal(values.weekday, '2');
        assert.equal(await harness.store.subscriptions.findByChannel(TENANT, BRIEFING), undefined);
      });
    }
  });

  describe('when Graph knows the owners', () => {
    beforeEach(async () => {
      harness = await new BotHarness({ owners: [OWNER.aadObjectId] }).start();
      await harness.install();
    });

    it('an owner saves the set-up', async () => {
      await harness.subscribe();
      assert.ok(await harness.store.subscriptions.findByChannel(TENANT, BRIEFING));
    });

    it('a member who is not an owner is told so on the card and nothing is saved', async () => {
      const answer = await harness.send(
        harness.activities.cardAction(
          {
            channelId: BRIEFING,
            weekday: '1',
            time: '09:00',
            timeZone: 'Europe/London',
            audiences: 'trainers',
          },
          'saveSubscription',
          MEMBER,
        ),
      );
      const body = answer.body as { value: unknown };
      assert.ok(
        cardTexts(body.value).includes(
          'Only the team\u2019s owners can change the weekly case study.',
        ),
      );
      assert.equal(await harness.store.subscriptions.findByChannel(TENANT, BRIEFING), undefined);
    });
  });

  describe('in a tenant that is not allowed', () => {
    beforeEach(async () => {
      harness = await new BotHarness({ allowedTenants: [] }).start();
    });

    it('the bot says the service is not enabled and records nothing', async () => {
      await harness.install();
      assert.equal(await harness.store.teams.get(TENANT, TEAM_ID), undefined);
      const [answer] = harness.connector.sentTo(TEAM_ID);
      assert.match(String(answer?.activity.text), /not enabled for your organisation/);
    });
  });

  describe('removal', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
      await harness.install();
      await harness.subscribe(BRIEFING);
      await harness.subscribe(TEAM_ID);
    });

    const statuses = async () =>
      (await harness.store.subscriptions.list({ tenantId: TENANT })).map((s) => [
        s.channelId,
        s.status,
        s.statusReason,
      ]);

    it('when the bot is removed, every subscription of the team stops with the reason', async () => {
      await harness.send(harness.activities.botRemoved());
      assert.deepEqual(
        (await statuses()).map(([, status, reason]) => [status, reason]),
        [
          ['stopped', 'BotRemoved'],
          ['stopped', 'BotRemoved'],
        ],
      );
      assert.equal((await harness.store.teams.get(TENANT, TEAM_ID))?.removedReason, 'BotRemoved');
    });

    it('when the app is uninstalled, the subscriptions stop', async () => {
      await harness.send(harness.activities.uninstalled());
      assert.ok(
        (await statuses()).every(
          ([, status, reason]) => status === 'stopped' && reason === 'AppUninstalled',
        ),
      );
    });

    it('when the team is deleted, the subscriptions stop', async () => {
      await harness.send(harness.activities.channelEvent('teamDeleted', { id: TEAM_ID }));
      assert.ok(
        (await statuses()).every(
          ([, status, reason]) => status === 'stopped' && reason === 'TeamDeleted',
        ),
      );
    });

    it('when a channel is deleted, only its subscription stops', async () => {
      await harness.send(
        harness.activities.channelEvent('channelDeleted', {
          id: BRIEFING,
          name: 'Briefing',
        }),
      );
      const byChannel = Object.fromEntries(
        (await statuses()).map(([channel, status]) => [channel, status]),
      );
      assert.equal(byChannel[BRIEFING], 'stopped');
      assert.equal(byChannel[TEAM_ID], 'active');
      const channel = (await harness.store.teams.listChannels(TENANT, TEAM_ID)).find(
        (c) => c.id === BRIEFING,
      );
      assert.ok(channel?.removedAt);
    });

    it('a new channel is recorded and offered on the set-up card', async () => {
      await harness.send(
        harness.activities.channelEvent('channelCreated', {
          id: '19:custody@thread.tacv2',
          name: 'Custody',
        }),
      );
      const channels = await harness.store.teams.listChannels(TENANT, TEAM_ID);
      assert.ok(channels.some((channel) => channel.name === 'Custody'));
    });
  });

  describe('in a personal chat', () => {
    beforeEach(async () => {
      harness = await new BotHarness().start();
    });

    it('introduces itself when added', async () => {
      await harness.send({
        ...harness.activities.personal(''),
        type: 'conversationUpdate',
        text: undefined,
        membersAdded: [{ id: '28:bot-id' }],
      });
      const [hello] = harness.connector.sentTo('a:personal-chat');
      assert.match(String(hello?.activity.text), /I\u2019m Learning the Lessons/);
    });
  });
});
