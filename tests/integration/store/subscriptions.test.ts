import assert from 'node:assert/strict';
import { changeSubscriptionStatus } from '../../../src/subscriptions/status';
import { withEachEngine } from '../../support/store';
import { aSubscription, channelId, subscriptionsOfBothForces, tenantA, tenantB } from './fixtures';

withEachEngine('the store: subscriptions and the audit trail', (engine) => {
  it('saves a channel’s subscription and reads back every field, audiences and themes included', async () => {
    const store = await engine.makeStore();
    const saved = await store.subscriptions.save(
      aSubscription({ tenantId: tenantA.toUpperCase() }),
    );
    assert.equal(saved.tenantId, tenantA);
    assert.deepEqual(saved.audiences, ['officers-and-staff', 'supervisors-and-managers']);
    assert.deepEqual(saved.themes, ['mental-health']);
    assert.equal(saved.notifyNewIssues, true);
    assert.ok(saved.createdAt instanceof Date);
    assert.deepEqual(await store.subscriptions.get(tenantA, saved.id), saved);
    assert.deepEqual(await store.subscriptions.findByChannel(tenantA, channelId), saved);
  });

  it('when a team owner saves the same channel again, it updates in place and keeps its id', async () => {
    const store = await engine.makeStore();
    const first = await store.subscriptions.save(aSubscription());
    const second = await store.subscriptions.save(
      aSubscription({
        weekday: 5,
        time: '22:10',
        audiences: ['custody-staff'],
        themes: [],
        notifyNewIssues: false,
      }),
    );
    assert.equal(second.id, first.id);
    assert.equal(second.createdAt.getTime(), first.createdAt.getTime());
    assert.equal(second.weekday, 5);
    assert.equal(second.time, '22:10');
    assert.deepEqual(second.audiences, ['custody-staff']);
    assert.deepEqual(second.themes, []);
    assert.equal(second.notifyNewIssues, false);
    assert.equal((await store.subscriptions.list()).length, 1);
  });

  it('keeps the language of a channel’s weekly post, English unless the team chose otherwise', async () => {
    const store = await engine.makeStore();
    const english = await store.subscriptions.save(aSubscription());
    assert.equal(english.postLanguage, 'en');
    const bilingual = await store.subscriptions.save(aSubscription({ postLanguage: 'bilingual' }));
    assert.equal(bilingual.id, english.id);
    assert.equal(bilingual.postLanguage, 'bilingual');
    assert.equal(
      (await store.subscriptions.findByChannel(tenantA, channelId))?.postLanguage,
      'bilingual',
    );
  });

  it('filters subscriptions by tenant, team and status', async () => {
    const store = await engine.makeStore();
    const [ours] = await subscriptionsOfBothForces(store);
    await store.subscriptions.save(
      aSubscription({ channelId: '19:other@thread.tacv2', status: 'paused' }),
    );
    assert.equal((await store.subscriptions.list()).length, 3);
    assert.equal((await store.subscriptions.list({ tenantId: tenantA })).length, 2);
    assert.deepEqual(
      (await store.subscriptions.list({ tenantId: tenantA, status: 'active' })).map((s) => s.id),
      [ours.id],
    );
    assert.equal((await store.subscriptions.list({ teamId: '19:team-b@thread.tacv2' })).length, 1);
    assert.equal((await store.subscriptions.list({ status: 'stopped' })).length, 0);
  });

  it("never gives one force another force's subscription", async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    assert.equal(await store.subscriptions.get(tenantB, ours.id), undefined);
    assert.equal((await store.subscriptions.findByChannel(tenantB, channelId))?.id, theirs.id);
    assert.equal(await store.subscriptions.setStatus(tenantB, ours.id, 'stopped', null), undefined);
    assert.equal((await store.subscriptions.get(tenantA, ours.id))?.status, 'active');
    assert.deepEqual(await store.audit.list(tenantB), []);
  });

  it('when a team owner pauses, the subscription is paused and the audit names who did it', async () => {
    const store = await engine.makeStore();
    const saved = await store.subscriptions.save(aSubscription());
    const paused = await changeSubscriptionStatus(store, {
      tenantId: tenantA,
      subscriptionId: saved.id,
      status: 'paused',
      reason: 'paused by owner',
      actor: 'owner-2',
    });
    assert.equal(paused?.status, 'paused');
    assert.equal(paused?.statusReason, 'paused by owner');
    assert.equal((await store.subscriptions.list({ status: 'active' })).length, 0);
    const [entry] = await store.audit.list(tenantA.toUpperCase());
    assert.equal(entry?.actor, 'owner-2');
    assert.equal(entry?.action, 'subscription.paused');
    assert.equal(entry?.subject, saved.id);
    assert.deepEqual(entry?.detail, { reason: 'paused by owner', channelId });
    assert.ok(entry?.at instanceof Date);
  });

  it('keeps audit entries in the order they were written, service-level ones apart', async () => {
    const store = await engine.makeStore();
    for (const action of ['tenant.added', 'tenant.suspended', 'tenant.resumed']) {
      await store.audit.append({
        tenantId: tenantA,
        actor: 'operator',
        action,
        subject: tenantA,
        detail: { n: 1 },
      });
    }
    const service = await store.audit.append({
      tenantId: null,
      actor: 'system',
      action: 'content.reloaded',
      subject: 'library',
      detail: { issues: [41, 43], valid: true },
    });
    assert.deepEqual(
      (await store.audit.list(tenantA)).map((entry) => entry.action),
      ['tenant.added', 'tenant.suspended', 'tenant.resumed'],
    );
    assert.deepEqual(await store.audit.list(null), [service]);
    assert.deepEqual(service.detail, { issues: [41, 43], valid: true });
  });
});
