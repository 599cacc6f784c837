import assert from 'node:assert/strict';
import { eventually } from '../../support/eventually';
import { ChannelReader, DeliveryFixture, TENANT } from './fixture';

describe('delivery engine: the crash window', () => {
  let fixture: DeliveryFixture;
  const channelId = '19:c1@thread.tacv2';
  beforeEach(async () => {
    fixture = await new DeliveryFixture().open();
  });
  afterEach(() => fixture.close());

  describe('a delivery found "sending" after a restart', () => {
    it('with Graph, a post already in the channel is marked sent with its root id, not sent again', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, true);
      const graph = new ChannelReader(fixture.poster);
      await fixture.engine({ graph }).recover();
      const delivery = await fixture.store.deliveries.get(crashed.id);
      assert.equal(delivery?.status, 'sent');
      assert.equal(delivery?.rootMessageId, fixture.poster.posted[0]?.rootMessageId);
      assert.equal(delivery?.possibleDuplicate, false);
      assert.equal(fixture.poster.posted.length, 1);
      assert.equal(graph.reads, 1);
      const thread = await fixture.store.discussion.latestThread(TENANT, channelId);
      assert.equal(thread?.caseId, '44-1');
    });

    it('with Graph, a post absent from the channel is sent, and not flagged', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, false);
      await fixture.engine({ graph: new ChannelReader(fixture.poster) }).recover();
      const delivery = await fixture.store.deliveries.get(crashed.id);
      assert.equal(delivery?.status, 'sent');
      assert.equal(delivery?.possibleDuplicate, false);
      assert.equal(fixture.poster.posted.length, 1);
      assert.equal(fixture.poster.posted[0]?.post.caseStudy.id, '44-1');
    });

    it('without Graph, it is sent again and recorded as a possible duplicate', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, true);
      await fixture.engine().recover();
      const delivery = await fixture.store.deliveries.get(crashed.id);
      assert.equal(delivery?.status, 'sent');
      assert.equal(delivery?.possibleDuplicate, true);
      assert.equal(fixture.poster.posted.length, 2);
    });

    it('when Graph cannot be read, it is sent again and recorded as a possible duplicate', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, false);
      const graph = new ChannelReader(fixture.poster);
      graph.failing = true;
      await fixture.engine({ graph }).recover();
      assert.equal((await fixture.store.deliveries.get(crashed.id))?.possibleDuplicate, true);
    });

    it('is settled when the engine starts', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, true);
      const engine = fixture.engine({ graph: new ChannelReader(fixture.poster) });
      engine.start();
      engine.start();
      await eventually(
        async () => (await fixture.store.deliveries.get(crashed.id))?.status !== 'sending',
        'the crashed delivery settled',
      );
      await engine.stop();
      assert.equal((await fixture.store.deliveries.get(crashed.id))?.status, 'sent');
      assert.equal(fixture.poster.posted.length, 1);
    });

    it('is left alone while another instance holds the tenant lease, and settled once it lapses', async () => {
      const subscription = await fixture.subscribe(channelId);
      const crashed = await fixture.crashedDelivery(subscription, false);
      assert.equal(
        await fixture.store.claims.acquireLease(`tenant:${TENANT}`, 'instance-z', 60_000),
        true,
      );
      await fixture.engine().recover();
      assert.equal((await fixture.store.deliveries.get(crashed.id))?.status, 'sending');
      await fixture.store.claims.releaseLease(`tenant:${TENANT}`, 'instance-z');
      await fixture.engine().recover();
      assert.equal((await fixture.store.deliveries.get(crashed.id))?.status, 'sent');
    });
  });

  describe('a connection dropped after the post was received', () => {
    it('with Graph, the post is found and not sent again', async () => {
      const subscription = await fixture.subscribe(channelId);
      fixture.poster.script(channelId, 'drop-after-post');
      const delivery = await fixture
        .engine({ graph: new ChannelReader(fixture.poster) })
        .postNow(subscription, 'owner-1');
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.rootMessageId, fixture.poster.posted[0]?.rootMessageId);
      assert.equal(fixture.poster.posted.length, 1);
    });

    it('without Graph, it is sent again and flagged as a possible duplicate', async () => {
      const subscription = await fixture.subscribe(channelId);
      fixture.poster.script(channelId, 'drop-after-post');
      const delivery = await fixture.engine().postNow(subscription, 'owner-1');
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.possibleDuplicate, true);
      assert.equal(fixture.poster.posted.length, 2);
    });
  });
});
