import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aDelivery, aSubscription, subscriptionsOfBothForces, tenantA, tenantB } from './fixtures';

withEachEngine('the store: deliveries and leases', (engine) => {
  it('creates one delivery per subscription and week, and returns the same one when asked again', async () => {
    const store = await engine.makeStore();
    const subscription = await store.saveSubscription(aSubscription());
    const first = await store.createDelivery(aDelivery(subscription));
    assert.equal(first.created, true);
    assert.equal(first.delivery.status, 'pending');
    assert.equal(first.delivery.attempts, 0);
    assert.equal(first.delivery.possibleDuplicate, false);
    assert.equal(first.delivery.dueAt.toISOString(), '2026-11-24T06:45:00.000Z');
    const again = await store.createDelivery(aDelivery(subscription, { caseId: '41-1' }));
    assert.deepEqual(again, { delivery: first.delivery, created: false });
    const nextWeek = await store.createDelivery(aDelivery(subscription, { weekKey: '2026-W49' }));
    assert.equal(nextWeek.created, true);
    assert.notEqual(nextWeek.delivery.id, first.delivery.id);
  });

  it('refuses a delivery for a subscription that does not exist', async () => {
    const store = await engine.makeStore();
    const subscription = await store.saveSubscription(aSubscription());
    await assert.rejects(
      store.createDelivery(aDelivery({ ...subscription, id: 'no-such-subscription' })),
      {
        name: 'NotFound',
      },
    );
  });

  it('moves a delivery on only from the status it is still in', async () => {
    const store = await engine.makeStore();
    const subscription = await store.saveSubscription(aSubscription());
    const { delivery } = await store.createDelivery(aDelivery(subscription));
    const sending = await store.transitionDelivery(delivery.id, 'pending', {
      status: 'sending',
      attempts: 1,
    });
    assert.equal(sending?.status, 'sending');
    assert.equal(sending?.attempts, 1);
    assert.equal(
      await store.transitionDelivery(delivery.id, 'pending', { status: 'sending' }),
      undefined,
    );
    const sent = await store.transitionDelivery(delivery.id, 'sending', {
      status: 'sent',
      rootMessageId: '1764000000001',
      possibleDuplicate: true,
    });
    assert.equal(sent?.rootMessageId, '1764000000001');
    assert.equal(sent?.possibleDuplicate, true);
    assert.deepEqual(await store.getDelivery(delivery.id), sent);
  });

  it('updates only the fields given', async () => {
    const store = await engine.makeStore();
    const subscription = await store.saveSubscription(aSubscription());
    const { delivery } = await store.createDelivery(aDelivery(subscription));
    const failed = await store.updateDelivery(delivery.id, {
      status: 'failed',
      reason: 'MessageSizeTooBig',
    });
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.reason, 'MessageSizeTooBig');
    assert.equal(failed?.caseId, delivery.caseId);
    assert.ok(failed!.updatedAt.getTime() >= delivery.updatedAt.getTime());
    assert.equal(await store.updateDelivery('no-such-delivery', { attempts: 2 }), undefined);
  });

  it('lists deliveries by tenant, subscription and status, and one force never sees another’s', async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    const { delivery } = await store.createDelivery(aDelivery(ours));
    await store.createDelivery(aDelivery(theirs));
    await store.transitionDelivery(delivery.id, 'pending', { status: 'sending' });
    assert.equal((await store.listDeliveries()).length, 2);
    assert.deepEqual(
      (await store.listDeliveries({ tenantId: tenantA.toUpperCase() })).map((d) => d.id),
      [delivery.id],
    );
    assert.equal((await store.listDeliveries({ tenantId: tenantB, status: 'sending' })).length, 0);
    assert.equal((await store.listDeliveries({ status: 'pending' }))[0]?.tenantId, tenantB);
    assert.equal((await store.listDeliveries({ subscriptionId: theirs.id })).length, 1);
  });

  it('pages a tenant’s sendable deliveries in due order: those found sending, and pending ones once due', async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    const second = await store.saveSubscription(
      aSubscription({ channelId: '19:control-room@thread.tacv2' }),
    );
    const due = new Date('2026-11-24T06:45:00.000Z');
    const weeks = ['2026-W45', '2026-W46', '2026-W47', '2026-W48'];
    for (const [index, weekKey] of weeks.entries()) {
      const dueAt = new Date(due.getTime() - (weeks.length - 1 - index) * 7 * 86_400_000);
      await store.createDelivery(aDelivery(ours, { weekKey, dueAt }));
    }
    const later = await store.createDelivery(
      aDelivery(second, { weekKey: '2026-W49', dueAt: new Date('2026-12-01T06:45:00.000Z') }),
    );
    const { delivery: stranded } = await store.createDelivery(
      aDelivery(second, { weekKey: '2026-W48', dueAt: due }),
    );
    await store.transitionDelivery(stranded.id, 'pending', { status: 'sending' });
    await store.createDelivery(aDelivery(theirs));

    assert.deepEqual(await store.listTenantsWithSendableDeliveries(new Date(0)), [tenantA]);
    assert.deepEqual(
      (await store.listTenantsWithSendableDeliveries(due)).sort(),
      [tenantA, tenantB].sort(),
    );
    const seen: string[] = [];
    let cursor = null;
    for (;;) {
      const page = await store.listSendableDeliveries(tenantA, due, cursor, 2);
      if (page.length === 0) break;
      seen.push(...page.map((delivery) => delivery.weekKey));
      cursor = page[page.length - 1]!;
    }
    assert.equal(seen.length, 5, 'four pending and due, one sending; never the one not yet due');
    assert.deepEqual(seen.slice(0, 3), ['2026-W45', '2026-W46', '2026-W47']);
    assert.ok(!seen.includes(later.delivery.weekKey));
  });

  it('records a sent post in one step: the thread and the delivery’s root id, only while it is sending', async () => {
    const store = await engine.makeStore();
    const subscription = await store.saveSubscription(aSubscription());
    const { delivery } = await store.createDelivery(aDelivery(subscription));
    const thread = {
      tenantId: tenantA,
      teamId: subscription.teamId,
      channelId: subscription.channelId,
      rootMessageId: '1764000000001',
      caseId: '43-2',
      deliveryId: delivery.id,
      postedAt: new Date('2026-11-24T06:45:01.000Z'),
    };
    assert.equal(await store.recordSent(thread, { attempts: 1 }), undefined, 'still pending');
    await store.transitionDelivery(delivery.id, 'pending', { status: 'sending' });
    const sent = await store.recordSent(thread, { attempts: 1 });
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.rootMessageId, '1764000000001');
    assert.equal(sent?.attempts, 1);
    assert.deepEqual(await store.findPostedThreadByDelivery(tenantA, delivery.id), thread);
  });

  it('gives a lease to one holder until it expires or is released', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000), true);
    assert.equal(await store.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000), false);
    assert.equal(
      await store.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000),
      true,
      'renewed',
    );
    assert.equal(await store.acquireLease(`tenant:${tenantB}`, 'instance-2', 60_000), true);
    await store.releaseLease(`tenant:${tenantA}`, 'instance-2');
    assert.equal(
      await store.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000),
      false,
      'not its to release',
    );
    await store.releaseLease(`tenant:${tenantA}`, 'instance-1');
    assert.equal(await store.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000), true);
  });

  it('lets another holder take a lease whose time has run out', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.acquireLease('scheduler', 'instance-1', -1), true);
    assert.equal(await store.acquireLease('scheduler', 'instance-2', 60_000), true);
    assert.equal(await store.acquireLease('scheduler', 'instance-1', 60_000), false);
  });
});
