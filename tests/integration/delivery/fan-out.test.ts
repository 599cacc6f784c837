import assert from 'node:assert/strict';
import { connectGraph, fanOutForces, FakeGraph } from '../../../testkit';
import { eventually } from '../../support/eventually';
import { FanOutHarness } from './harness';

const { channelId, groupId, mirrorThreadsToGraph, seedSubscriptions, tenantId } = fanOutForces;

describe('delivery through the Bot Connector', () => {
  let harness: FanOutHarness;
  afterEach(() => harness.close());

  describe("within Teams' limits", () => {
    beforeEach(async () => {
      harness = await new FanOutHarness().open();
    });

    it('the weekly fan-out posts each subscribed channel once, its card carrying the delivery id', async () => {
      await seedSubscriptions(harness.store, harness.connector, 3, 12);
      await harness.engine().tick();
      const threads = harness.connector.allThreads();
      assert.equal(threads.length, 36);
      assert.equal(new Set(threads.map((thread) => thread.channelId)).size, 36);
      const deliveries = await harness.store.deliveries.list({ status: 'sent' });
      assert.equal(deliveries.filter((delivery) => delivery.weekKey === '2027-W02').length, 36);
      for (const delivery of deliveries.filter((each) => each.weekKey === '2027-W02')) {
        const thread = threads.find((each) => each.rootMessageId === delivery.rootMessageId);
        assert.equal(thread?.channelId, delivery.channelId);
        assert.ok(JSON.stringify(thread?.activity).includes(delivery.id));
      }
    });

    it('a 429 from the per-tenant limit is waited out and the post goes through', async () => {
      await seedSubscriptions(harness.store, harness.connector, 1, 3);
      harness.connector.failNext({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 0 });
      await harness.engine().tick();
      const sent = await harness.store.deliveries.list({ tenantId: tenantId(1), status: 'sent' });
      assert.equal(sent.filter((delivery) => delivery.weekKey === '2027-W02').length, 3);
      assert.equal(harness.connector.allThreads().length, 3);
    });
  });

  describe('each failure code', () => {
    beforeEach(async () => {
      harness = await new FanOutHarness(null).open();
    });

    async function postNowAfter(failure: Parameters<FanOutHarness['connector']['failNext']>[0]) {
      const [subscription] = await seedSubscriptions(harness.store, harness.connector, 1, 1);
      harness.connector.failNext(failure);
      return harness.engine().postNow(subscription!, 'owner');
    }

    for (const status of [412, 502, 503, 504]) {
      it(`${status} is retried with backoff and the post then goes out once`, async () => {
        const delivery = await postNowAfter({ status, times: 2 });
        assert.equal(delivery.status, 'sent');
        assert.equal(delivery.attempts, 3);
        assert.equal(harness.connector.allThreads().length, 1);
      });
    }

    it('413 MessageSizeTooBig fails at once', async () => {
      const delivery = await postNowAfter({ status: 413, code: 'MessageSizeTooBig' });
      assert.deepEqual(
        [delivery.status, delivery.reason, delivery.attempts],
        ['failed', 'MessageSizeTooBig', 1],
      );
    });

    it('a 500 is not one of the retried statuses: it fails with its status and code', async () => {
      const delivery = await postNowAfter({ status: 500, code: 'InternalServerError' });
      assert.deepEqual([delivery.status, delivery.reason], ['failed', '500 InternalServerError']);
    });

    for (const [status, code] of [
      [403, 'BotNotInConversationRoster'],
      [403, 'MessageWritesBlocked'],
      [404, 'ConversationNotFound'],
    ] as const) {
      it(`${status} ${code} ends the delivery as gone and stops the subscription`, async () => {
        const delivery = await postNowAfter({ status, code });
        assert.deepEqual([delivery.status, delivery.reason], ['gone', code]);
        const subscription = await harness.store.subscriptions.get(
          tenantId(1),
          delivery.subscriptionId,
        );
        assert.deepEqual([subscription?.status, subscription?.statusReason], ['stopped', code]);
      });
    }

    it('403 BotDisabledByAdmin suspends the tenant', async () => {
      const delivery = await postNowAfter({ status: 403, code: 'BotDisabledByAdmin' });
      assert.deepEqual([delivery.status, delivery.reason], ['failed', 'BotDisabledByAdmin']);
      assert.equal((await harness.store.tenants.get(tenantId(1)))?.status, 'suspended');
    });

    it('a dropped connection before the post arrived is sent again (flagged without Graph)', async () => {
      const delivery = await postNowAfter({ drop: true });
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.possibleDuplicate, true);
      assert.equal(harness.connector.allThreads().length, 1);
    });
  });

  describe('a connection dropped after the post was received', () => {
    let graph: FakeGraph;
    beforeEach(async () => {
      harness = await new FanOutHarness(null).open();
      graph = await new FakeGraph().start();
      graph.addTeam(tenantId(1), groupId(1), []);
    });
    afterEach(() => graph.stop());

    it('with Graph, the post is found in the channel and not sent again', async () => {
      const [subscription] = await seedSubscriptions(harness.store, harness.connector, 1, 1);
      harness.connector.failNext({
        drop: true,
        dropAfterServing: true,
        match: (request) => request.path === '/v3/conversations',
      });
      const engine = harness.engine({ graph: connectGraph(graph) });
      const posting = engine.postNow(subscription!, 'owner');
      await eventually(() => harness.connector.allThreads().length > 0, 'the post');
      mirrorThreadsToGraph(harness.connector, graph);
      const delivery = await posting;
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.possibleDuplicate, false);
      assert.equal(harness.connector.threads(channelId(1, 1)).length, 1);
      assert.equal(delivery.rootMessageId, harness.connector.allThreads()[0]?.rootMessageId);
    });

    it('without Graph, it is sent again and recorded as a possible duplicate', async () => {
      const [subscription] = await seedSubscriptions(harness.store, harness.connector, 1, 1);
      harness.connector.failNext({ drop: true, dropAfterServing: true });
      const delivery = await harness.engine().postNow(subscription!, 'owner');
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.possibleDuplicate, true);
      assert.equal(harness.connector.threads(channelId(1, 1)).length, 2);
    });
  });
});
