import assert from 'node:assert/strict';
import { UpstreamError } from '../../../src/errors';
import { eventually } from '../../support/eventually';
import { DeliveryFixture, TENANT } from './fixture';

describe('delivery engine: the weekly post', () => {
  let fixture: DeliveryFixture;
  beforeEach(async () => {
    fixture = await new DeliveryFixture().open();
  });
  afterEach(() => fixture.close());

  const weekOf = async (weekKey: string) =>
    (await fixture.store.deliveries.list({ tenantId: TENANT })).find(
      (delivery) => delivery.weekKey === weekKey,
    );

  describe('post now', () => {
    it('sends the newest case at once, records the thread and the audit entry', async () => {
      const subscription = await fixture.subscribe('19:c1@thread.tacv2');
      const delivery = await fixture.engine().postNow(subscription, 'owner-1');
      assert.equal(delivery.status, 'sent');
      assert.match(delivery.weekKey, /^now-[0-9a-f-]{36}$/);
      assert.equal(delivery.caseId, '44-1');
      const [received] = fixture.poster.posted;
      assert.equal(received?.post.deliveryId, delivery.id);
      assert.deepEqual(received?.post.audiences, ['officers-and-staff']);
      assert.equal(received?.post.lastDiscussionParticipants, null);
      assert.equal(received?.target.serviceUrl, 'https://smba.example/uk/');
      assert.equal(delivery.rootMessageId, received?.rootMessageId);
      const thread = await fixture.store.discussion.latestThread(TENANT, '19:c1@thread.tacv2');
      assert.equal(thread?.deliveryId, delivery.id);
      const audit = await fixture.store.audit.list(TENANT);
      assert.ok(
        audit.some((entry) => entry.action === 'delivery.post-now' && entry.actor === 'owner-1'),
      );
    });

    it('next post says how many colleagues joined the last discussion, and moves to the next case', async () => {
      const channelId = '19:c1@thread.tacv2';
      const subscription = await fixture.subscribe(channelId);
      const engine = fixture.engine();
      const first = await engine.postNow(subscription, 'owner-1');
      for (const [id, author] of [
        ['r1', 'u1'],
        ['r2', 'u2'],
        ['r3', 'u1'],
      ] as const) {
        await fixture.store.discussion.upsertReply({
          id,
          tenantId: TENANT,
          teamId: subscription.teamId,
          channelId,
          rootMessageId: first.rootMessageId!,
          caseId: first.caseId,
          authorId: author,
          authorName: author,
          text: 'A reply.',
          createdAt: new Date(),
          editedAt: null,
        });
      }
      const second = await engine.postNow(subscription, 'owner-1');
      assert.equal(second.caseId, '44-2');
      assert.equal(fixture.poster.posted[1]?.post.lastDiscussionParticipants, 2);
    });

    it('with nothing in the chosen themes, the delivery is skipped and nothing is posted', async () => {
      const subscription = await fixture.subscribe('19:c1@thread.tacv2', { themes: ['Driving'] });
      const delivery = await fixture.engine().postNow(subscription, 'owner-1');
      assert.equal(delivery.status, 'skipped');
      assert.equal(delivery.reason, 'no case left to post');
      assert.equal(fixture.poster.posted.length, 0);
    });
  });

  describe('the scheduler', () => {
    it('posts once at the chosen time, and a second tick that week posts nothing', async () => {
      await fixture.subscribe('19:c1@thread.tacv2');
      const engine = fixture.engine();
      fixture.now = new Date('2027-01-11T08:59:00Z');
      await engine.tick();
      assert.equal(fixture.poster.posted.length, 0);
      fixture.now = new Date('2027-01-11T09:00:00Z');
      await engine.tick();
      fixture.now = new Date('2027-01-11T09:01:00Z');
      await engine.tick();
      const deliveries = await fixture.store.deliveries.list({ tenantId: TENANT });
      assert.equal(fixture.poster.posted.length, 1);
      assert.deepEqual(
        deliveries.map((delivery) => [delivery.weekKey, delivery.status]),
        [
          ['2027-W01', 'skipped'],
          ['2027-W02', 'sent'],
        ],
        'the week before, when the engine did not run, is recorded as skipped',
      );
    });

    it('a restarted engine does not post the same week again', async () => {
      await fixture.subscribe('19:c1@thread.tacv2');
      await fixture.engine().tick();
      await fixture.engine({ instanceId: 'instance-b' }).tick();
      assert.equal(fixture.poster.posted.length, 1);
    });

    it('when a team owner pauses, no post goes out that week', async () => {
      const subscription = await fixture.subscribe('19:c1@thread.tacv2');
      await fixture.store.subscriptions.setStatus(TENANT, subscription.id, 'paused', 'paused');
      await fixture.engine().tick();
      assert.equal(fixture.poster.posted.length, 0);
      assert.deepEqual(await fixture.store.deliveries.list({ tenantId: TENANT }), []);
    });

    it('when a team owner resumes after that week’s time has passed, no late post goes out that week', async () => {
      const subscription = await fixture.subscribe('19:c1@thread.tacv2');
      fixture.setSubscriptionTimes(
        subscription.id,
        new Date('2027-01-01T12:00:00Z'),
        new Date('2027-01-11T10:00:00Z'),
      );
      fixture.now = new Date('2027-01-11T11:00:00Z');
      await fixture.engine().tick();
      assert.equal(fixture.poster.posted.length, 0);
      assert.equal(await weekOf('2027-W02'), undefined);
      fixture.now = new Date('2027-01-18T09:00:00Z');
      await fixture.engine().tick();
      assert.equal((await weekOf('2027-W03'))?.status, 'sent');
    });

    it('a post missed while the service was down is sent when less than 24 hours late', async () => {
      await fixture.subscribe('19:c1@thread.tacv2');
      fixture.now = new Date('2027-01-12T08:30:00Z');
      await fixture.engine().tick();
      const delivery = await weekOf('2027-W02');
      assert.equal(delivery?.status, 'sent');
      assert.equal(delivery?.dueAt.toISOString(), '2027-01-11T09:00:00.000Z');
    });

    it('a post missed by more than the grace period is skipped and recorded', async () => {
      await fixture.subscribe('19:c1@thread.tacv2');
      fixture.now = new Date('2027-01-12T09:30:00Z');
      await fixture.engine().tick();
      const delivery = await weekOf('2027-W02');
      assert.equal(delivery?.status, 'skipped');
      assert.equal(delivery?.reason, 'missed by more than 24 hours');
      assert.equal(fixture.poster.posted.length, 0);
    });

    it('the grace period is configurable', async () => {
      await fixture.subscribe('19:c1@thread.tacv2');
      fixture.now = new Date('2027-01-11T12:00:00Z');
      await fixture.engine({ missedPostGraceHours: 2 }).tick();
      const delivery = await weekOf('2027-W02');
      assert.equal(delivery?.reason, 'missed by more than 2 hours');
    });

    it("last week's late Sunday post is still sent after a restart on Monday morning", async () => {
      await fixture.subscribe('19:c1@thread.tacv2', { weekday: 7, time: '23:00' });
      fixture.now = new Date('2027-01-11T02:00:00Z');
      await fixture.engine().tick();
      assert.equal((await weekOf('2027-W01'))?.status, 'sent');
      assert.equal(fixture.poster.posted.length, 1);
    });

    it('posts at 09:00 local on both sides of the change to BST', async () => {
      await fixture.subscribe('19:c1@thread.tacv2', { weekday: 1 });
      const engine = fixture.engine();
      for (const [before, at] of [
        ['2027-03-22T08:59:00Z', '2027-03-22T09:00:00Z'],
        ['2027-03-29T07:59:00Z', '2027-03-29T08:00:00Z'],
      ]) {
        const posts = fixture.poster.posted.length;
        fixture.now = new Date(before!);
        await engine.tick();
        assert.equal(fixture.poster.posted.length, posts);
        fixture.now = new Date(at!);
        await engine.tick();
        assert.equal(fixture.poster.posted.length, posts + 1);
      }
    });

    it('two engines ticking together on one store post each channel once', async () => {
      for (let index = 0; index < 6; index += 1)
        await fixture.subscribe(`19:c${index}@thread.tacv2`);
      const second = await fixture.secondStore();
      await Promise.all([
        fixture.engine().tick(),
        fixture.engine({ instanceId: 'instance-b', store: second }).tick(),
        fixture.engine({ instanceId: 'instance-c' }).tick(),
      ]);
      assert.equal(fixture.poster.posted.length, 6);
      const deliveries = await fixture.store.deliveries.list({ tenantId: TENANT });
      const thisWeek = deliveries.filter((delivery) => delivery.weekKey === '2027-W02');
      assert.equal(thisWeek.length, 6);
      assert.ok(thisWeek.every((delivery) => delivery.status === 'sent'));
      assert.equal(
        new Set(fixture.poster.posted.map((received) => received.target.channelId)).size,
        6,
      );
    });
  });

  describe('outcomes of each failure', () => {
    const channelId = '19:c1@thread.tacv2';

    async function postNowAfter(...failures: UpstreamError[]) {
      const subscription = await fixture.subscribe(channelId);
      fixture.poster.script(channelId, ...failures);
      return fixture.engine().postNow(subscription, 'owner-1');
    }

    for (const status of [429, 412, 502, 503, 504]) {
      it(`${status} is retried and the post then goes out`, async () => {
        const delivery = await postNowAfter(
          new UpstreamError('bot-connector', status, null, 1),
          new UpstreamError('bot-connector', status, null),
        );
        assert.equal(delivery.status, 'sent');
        assert.equal(delivery.attempts, 3);
        assert.equal(fixture.poster.postsTo(channelId).length, 1);
      });
    }

    it('a lasting 503 fails the delivery once retries are exhausted', async () => {
      const failures = Array.from(
        { length: 6 },
        () => new UpstreamError('bot-connector', 503, 'ServiceUnavailable'),
      );
      const delivery = await postNowAfter(...failures);
      assert.equal(delivery.status, 'failed');
      assert.equal(delivery.reason, 'retries exhausted: 503');
      assert.equal(fixture.poster.attempts.length, 6);
    });

    it('413 MessageSizeTooBig is never retried', async () => {
      const delivery = await postNowAfter(
        new UpstreamError('bot-connector', 413, 'MessageSizeTooBig'),
      );
      assert.equal(delivery.status, 'failed');
      assert.equal(delivery.reason, 'MessageSizeTooBig');
      assert.equal(fixture.poster.attempts.length, 1);
    });

    for (const [status, code] of [
      [403, 'BotNotInConversationRoster'],
      [403, 'MessageWritesBlocked'],
      [404, 'ConversationNotFound'],
    ] as const) {
      it(`${status} ${code}: the app is gone, the subscription stops and the channel is removed`, async () => {
        const delivery = await postNowAfter(new UpstreamError('bot-connector', status, code));
        assert.equal(delivery.status, 'gone');
        assert.equal(delivery.reason, code);
        const subscription = await fixture.store.subscriptions.findByChannel(TENANT, channelId);
        assert.equal(subscription?.status, 'stopped');
        assert.equal(subscription?.statusReason, code);
        const [channel] = await fixture.store.teams.listChannels(TENANT, subscription!.teamId);
        assert.ok(channel?.removedAt instanceof Date);
      });
    }

    it('403 BotDisabledByAdmin suspends the tenant and its other deliveries are not sent', async () => {
      for (let index = 0; index < 4; index += 1) {
        await fixture.subscribe(`19:c${index}@thread.tacv2`);
        fixture.poster.script(
          `19:c${index}@thread.tacv2`,
          new UpstreamError('bot-connector', 403, 'BotDisabledByAdmin'),
        );
      }
      await fixture.engine({ tenantConcurrency: 1 }).tick();
      const tenant = await fixture.store.tenants.get(TENANT);
      assert.equal(tenant?.status, 'suspended');
      assert.equal(tenant?.statusReason, 'BotDisabledByAdmin');
      assert.equal(fixture.poster.attempts.length, 1);
      const thisWeek = (await fixture.store.deliveries.list({ tenantId: TENANT })).filter(
        (delivery) => delivery.weekKey === '2027-W02',
      );
      assert.deepEqual(thisWeek.map((delivery) => [delivery.status, delivery.reason]).sort(), [
        ['failed', 'BotDisabledByAdmin'],
        ['skipped', 'BotDisabledByAdmin'],
        ['skipped', 'BotDisabledByAdmin'],
        ['skipped', 'BotDisabledByAdmin'],
      ]);
    });
  });

  describe('stopping', () => {
    it('a post waiting out a long Retry-After goes back to pending when the engine stops', async () => {
      const channelId = '19:c1@thread.tacv2';
      const subscription = await fixture.subscribe(channelId);
      fixture.poster.script(
        channelId,
        new UpstreamError('bot-connector', 429, 'TooManyRequests', 60_000),
      );
      const engine = fixture.engine();
      const posting = engine.postNow(subscription, 'owner-1');
      await eventually(() => fixture.poster.attempts.length > 0, 'the first attempt');
      await engine.stop();
      const delivery = await posting;
      assert.equal(delivery.status, 'pending');
      assert.equal(delivery.attempts, 1);
      await assert.rejects(engine.postNow(subscription, 'owner-1'), { name: 'Unavailable' });
      const resumed = fixture.engine({ instanceId: 'instance-b' });
      await resumed.tick();
      assert.equal((await fixture.store.deliveries.get(delivery.id))?.status, 'sent');
    });
  });
});
