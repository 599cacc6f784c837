import assert from 'node:assert/strict';
import type { Repositories, Store } from '../../../src/store/types';
import { ChannelReader, DeliveryFixture, TENANT } from './fixture';

/** The fixture's store, except that recording the next sent post's thread fails once. */
function failingOnceToRecord(store: Store): Store {
  let failed = false;
  const recordThread: Repositories['discussion']['recordThread'] = () => {
    failed = true;
    return Promise.reject(new Error('database is locked'));
  };
  return {
    ...store,
    transaction: (work) =>
      store.transaction((tx) =>
        work(failed ? tx : { ...tx, discussion: { ...tx.discussion, recordThread } }),
      ),
  };
}

describe('delivery engine: a post that reached the channel but could not be recorded', () => {
  let fixture: DeliveryFixture;
  const channelId = '19:c1@thread.tacv2';
  beforeEach(async () => {
    fixture = await new DeliveryFixture().open();
  });
  afterEach(() => fixture.close());

  it('is left for recovery, not failed, and recovery records it without posting again', async () => {
    const subscription = await fixture.subscribe(channelId);
    const graph = new ChannelReader(fixture.poster);
    const engine = fixture.engine({ store: failingOnceToRecord(fixture.store), graph });
    const delivery = await engine.postNow(subscription, 'owner-1');
    assert.equal(delivery.status, 'sending');
    assert.equal(fixture.poster.posted.length, 1);

    await engine.recover();
    const settled = await fixture.store.deliveries.get(delivery.id);
    assert.equal(settled?.status, 'sent');
    assert.equal(settled?.rootMessageId, fixture.poster.posted[0]?.rootMessageId);
    assert.equal(fixture.poster.posted.length, 1);
    const thread = await fixture.store.discussion.latestThread(TENANT, channelId);
    assert.equal(thread?.deliveryId, delivery.id);
  });
});
