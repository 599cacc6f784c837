import assert from 'node:assert/strict';
import type { Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { aDelivery, aReply, aSubscription, channelId, teamId, tenantA } from './fixtures';

/** Twenty callers at once, alternating between two Store instances on the same database. */
function twentyAtOnce<T>(
  stores: [Store, Store],
  call: (store: Store, index: number) => Promise<T>,
): Promise<T[]> {
  return Promise.all(Array.from({ length: 20 }, (_, index) => call(stores[index % 2]!, index)));
}

withEachEngine('the store under concurrent writers (two instances, one database)', (engine) => {
  let stores: [Store, Store];

  beforeEach(async () => {
    stores = [await engine.makeStore(), await engine.makeStore()];
  });

  it('creates exactly one delivery for a subscription and week, and all callers get that one', async () => {
    const subscription = await stores[0].subscriptions.save(aSubscription());
    const results = await twentyAtOnce(stores, (store) =>
      store.deliveries.create(aDelivery(subscription)),
    );
    assert.equal(results.filter((result) => result.created).length, 1);
    assert.equal(new Set(results.map((result) => result.delivery.id)).size, 1);
    assert.equal((await stores[1].deliveries.list({ subscriptionId: subscription.id })).length, 1);
  });

  it('lets exactly one worker move a delivery from pending to sending', async () => {
    const subscription = await stores[0].subscriptions.save(aSubscription());
    const { delivery } = await stores[0].deliveries.create(aDelivery(subscription));
    const results = await twentyAtOnce(stores, (store, index) =>
      store.deliveries.transition(delivery.id, 'pending', {
        status: 'sending',
        attempts: index + 1,
      }),
    );
    const winners = results.filter((result) => result !== undefined);
    assert.equal(winners.length, 1);
    assert.deepEqual(await stores[1].deliveries.get(delivery.id), winners[0]);
  });

  it('keeps one row per reply when the same reply arrives twenty times', async () => {
    await twentyAtOnce(stores, (store) => store.discussion.upsertReply(aReply()));
    assert.equal(
      (await stores[0].discussion.listReplies(tenantA, channelId, aReply().rootMessageId)).length,
      1,
    );
  });

  it('gives a new-issue notice to one claimant and a consent state to one consumer', async () => {
    const claims = await twentyAtOnce(stores, (store) =>
      store.claims.newIssueNotice(tenantA, teamId, 46),
    );
    assert.equal(claims.filter(Boolean).length, 1);
    const expiresAt = new Date(Date.now() + 600_000);
    const consents = await twentyAtOnce(stores, (store) =>
      store.claims.consentState('nonce-race', expiresAt),
    );
    assert.equal(consents.filter(Boolean).length, 1);
  });

  it('gives a free lease to exactly one of twenty instances', async () => {
    const results = await twentyAtOnce(stores, (store, index) =>
      store.claims.acquireLease(`tenant:${tenantA}`, `instance-${index}`, 60_000),
    );
    assert.equal(results.filter(Boolean).length, 1);
  });

  it('saves one subscription per channel when owners save it at once', async () => {
    const saved = await twentyAtOnce(stores, (store, index) =>
      store.subscriptions.save(aSubscription({ weekday: (index % 7) + 1 })),
    );
    assert.equal(new Set(saved.map((subscription) => subscription.id)).size, 1);
    assert.equal((await stores[0].subscriptions.list({ tenantId: tenantA })).length, 1);
  });
});
