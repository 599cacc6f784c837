import assert from 'node:assert/strict';
import type { Repositories } from '../../../src/store/types';
import { withEachEngine } from '../../support/store';
import { aDelivery, aSubscription, subscriptionsOfBothForces, tenantA, tenantB } from './fixtures';

withEachEngine('the store: deliveries and leases', (engine) => {
  it('creates one delivery per subscription and week, and returns the same one when asked again', async () => {
    const store = await engine.makeStore();
    const subscription = await store.subscriptions.save(aSubscription());
    const first = await store.deliveries.create(aDelivery(subscription));
    assert.equal(first.created, true);
    assert.equal(first.delivery.status, 'pending');
    assert.equal(first.delivery.attempts, 0);
    assert.equal(first.delivery.possibleDuplicate, false);
    assert.equal(first.delivery.dueAt.toISOString(), '2026-11-24T06:45:00.000Z');
    const again = await store.deliveries.create(aDelivery(subscription, { caseId: '41-1' }));
    assert.deepEqual(again, { delivery: first.delivery, created: false });
    const nextWeek = await store.deliveries.create(
      aDelivery(subscription, { weekKey: '2026-W49' }),
    );
    assert.equal(nextWeek.created, true);
    assert.notEqual(nextWeek.delivery.id, first.delivery.id);
  });

  it('refuses a delivery for a subscription that does not exist', async () => {
    const store = await engine.makeStore();
    const subscription = await store.subscriptions.save(aSubscription());
    await assert.rejects(
      store.deliveries.create(aDelivery({ ...subscription, id: 'no-such-subscription' })),
      {
        name: 'NotFound',
      },
    );
  });

  it('moves a delivery on only from the status it is still in', async () => {
    const store = await engine.makeStore();
    const subscription = await store.subscriptions.save(aSubscription());
    const { delivery } = await store.deliveries.create(aDelivery(subscription));
    const sending = await store.deliveries.transition(delivery.id, 'pending', {
      status: 'sending',
      attempts: 1,
    });
    assert.equal(sending?.status, 'sending');
    assert.equal(sending?.attempts, 1);
    assert.equal(
      await store.deliveries.transition(delivery.id, 'pending', { status: 'sending' }),
      undefined,
    );
    const sent = await store.deliveries.transition(delivery.id, 'sending', {
      status: 'sent',
      rootMessageId: '1764000000001',
      possibleDuplicate: true,
    });
    assert.equal(sent?.rootMessageId, '1764000000001');
    assert.equal(sent?.possibleDuplicate, true);
    assert.deepEqual(await store.deliveries.get(delivery.id), sent);
  });

  it('changes only the fields a transition gives', async () => {
    const store = await engine.makeStore();
    const subscription = await store.subscriptions.save(aSubscription());
    const { delivery } = await store.deliveries.create(aDelivery(subscription));
    const failed = await store.deliveries.transition(delivery.id, 'pending', {
      status: 'failed',
      reason: 'MessageSizeTooBig',
    });
    assert.equal(failed?.status, 'failed');
    assert.equal(failed?.reason, 'MessageSizeTooBig');
    assert.equal(failed?.caseId, delivery.caseId);
    assert.ok(failed!.updatedAt.getTime() >= delivery.updatedAt.getTime());
    assert.equal(
      await store.deliveries.transition('no-such-delivery', 'pending', { status: 'sending' }),
      undefined,
    );
  });

  it('lists deliveries by tenant, subscription and status, and one force never sees another’s', async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    const { delivery } = await store.deliveries.create(aDelivery(ours));
    await store.deliveries.create(aDelivery(theirs));
    await store.deliveries.transition(delivery.id, 'pending', { status: 'sending' });
    assert.equal((await store.deliveries.list()).length, 2);
    assert.deepEqual(
      (await store.deliveries.list({ tenantId: tenantA.toUpperCase() })).map((d) => d.id),
      [delivery.id],
    );
    assert.equal((await store.deliveries.list({ tenantId: tenantB, status: 'sending' })).length, 0);
    assert.equal((await store.deliveries.list({ status: 'pending' }))[0]?.tenantId, tenantB);
    assert.equal((await store.deliveries.list({ subscriptionId: theirs.id })).length, 1);
  });

  it('pages a tenant’s sendable deliveries in due order: those found sending, and pending ones once due', async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    const second = await store.subscriptions.save(
      aSubscription({ channelId: '19:control-room@thread.tacv2' }),
    );
    const due = new Date('2026-11-24T06:45:00.000Z');
    const weeks = ['2026-W45', '2026-W46', '2026-W47', '2026-W48'];
    for (const [index, weekKey] of weeks.entries()) {
      const dueAt = new Date(due.getTime() - (weeks.length - 1 - index) * 7 * 86_400_000);
      await store.deliveries.create(aDelivery(ours, { weekKey, dueAt }));
    }
    const later = await store.deliveries.create(
      aDelivery(second, { weekKey: '2026-W49', dueAt: new Date('2026-12-01T06:45:00.000Z') }),
    );
    const { delivery: stranded } = await store.deliveries.create(
      aDelivery(second, { weekKey: '2026-W48', dueAt: due }),
    );
    await store.deliveries.transition(stranded.id, 'pending', { status: 'sending' });
    await store.deliveries.create(aDelivery(theirs));

    assert.deepEqual(await store.deliveries.tenantsWithSendable(new Date(0)), [tenantA]);
    assert.deepEqual(
      (await store.deliveries.tenantsWithSendable(due)).sort(),
      [tenantA, tenantB].sort(),
    );
    const seen: string[] = [];
    let cursor = null;
    for (;;) {
      const page = await store.deliveries.listSendable(tenantA, due, cursor, 2);
      if (page.length === 0) break;
      seen.push(...page.map((delivery) => delivery.weekKey));
      cursor = page[page.length - 1]!;
    }
    assert.equal(seen.length, 5, 'four pending and due, one sending; never the one not yet due');
    assert.deepEqual(seen.slice(0, 3), ['2026-W45', '2026-W46', '2026-W47']);
    assert.ok(!seen.includes(later.delivery.weekKey));
  });

  it('in one unit of work, records a sent post’s thread and its delivery’s root id together, or neither', async () => {
    const store = await engine.makeStore();
    const subscription = await store.subscriptions.save(aSubscription());
    const { delivery } = await store.deliveries.create(aDelivery(subscription));
    const thread = {
      tenantId: tenantA,
      teamId: subscription.teamId,
      channelId: subscription.channelId,
      rootMessageId: '1764000000001',
      caseId: '43-2',
      deliveryId: delivery.id,
      postedAt: new Date('2026-11-24T06:45:01.000Z'),
    };
    const markSent = (tx: Repositories) =>
      tx.deliveries.transition(delivery.id, 'sending', {
        status: 'sent',
        rootMessageId: thread.rootMessageId,
        attempts: 1,
      });
    await assert.rejects(
      store.transaction(async (tx) => {
        await tx.discussion.recordThread(thread);
        await markSent(tx);
        throw new Error('the process stops before the commit');
      }),
      /process stops/,
    );
    assert.equal(await store.discussion.findThreadByDelivery(tenantA, delivery.id), undefined);
    assert.equal((await store.deliveries.get(delivery.id))?.status, 'pending');

    await store.deliveries.transition(delivery.id, 'pending', { status: 'sending' });
    const sent = await store.transaction(async (tx) => {
      await tx.discussion.recordThread(thread);
      return markSent(tx);
    });
    assert.equal(sent?.status, 'sent');
    assert.equal(sent?.rootMessageId, '1764000000001');
    assert.equal(sent?.attempts, 1);
    assert.deepEqual(await store.discussion.findThreadByDelivery(tenantA, delivery.id), thread);
  });

  it('gives a lease to one holder until it expires or is released', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000), true);
    assert.equal(await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000), false);
    assert.equal(
      await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000),
      true,
      'renewed',
    );
    assert.equal(await store.claims.acquireLease(`tenant:${tenantB}`, 'instance-2', 60_000), true);
    await store.claims.releaseLease(`tenant:${tenantA}`, 'instance-2');
    assert.equal(
      await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000),
      false,
      'not its to release',
    );
    await store.claims.releaseLease(`tenant:${tenantA}`, 'instance-1');
    assert.equal(await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-2', 60_000), true);
  });

  it('lets another holder take a lease whose time has run out', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.claims.acquireLease('scheduler', 'instance-1', -1), true);
    assert.equal(await store.claims.acquireLease('scheduler', 'instance-2', 60_000), true);
    assert.equal(await store.claims.acquireLease('scheduler', 'instance-1', 60_000), false);
  });
});
