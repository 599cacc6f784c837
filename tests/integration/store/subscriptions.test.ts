import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aSubscription, channelId, subscriptionsOfBothForces, tenantA, tenantB } from './fixtures';

withEachEngine('the store: subscriptions and the audit trail', (engine) => {
  it('saves a channel’s subscription and reads back every field, audiences and themes included', async () => {
    const store = await engine.makeStore();
    const saved = await store.saveSubscription(aSubscription({ tenantId: tenantA.toUpperCase() }));
    assert.equal(saved.tenantId, tenantA);
    assert.deepEqual(saved.audiences, ['officers-and-staff', 'supervisors-and-managers']);
    assert.deepEqual(saved.themes, ['mental-health']);
    assert.equal(saved.notifyNewIssues, true);
    assert.ok(saved.createdAt instanceof Date);
    assert.deepEqual(await store.getSubscription(tenantA, saved.id), saved);
    assert.deepEqual(await store.findSubscriptionByChannel(tenantA, channelId), saved);
  });

  it('when a team owner saves the same channel again, it updates in place and keeps its id', async () => {
    const store = await engine.makeStore();
    const first = await store.saveSubscription(aSubscription());
    const second = await store.saveSubscription(
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
    assert.equal((await store.listSubscriptions()).length, 1);
  });

  it('keeps the language of a channel’s weekly post, English unless the team chose otherwise', async () => {
    const store = await engine.makeStore();
    const english = await store.saveSubscription(aSubscription());
    assert.equal(english.postLanguage, 'en');
    const bilingual = await store.saveSubscription(aSubscription({ postLanguage: 'bilingual' }));
    assert.equal(bilingual.id, english.id);
    assert.equal(bilingual.postLanguage, 'bilingual');
    assert.equal(
      (await store.findSubscriptionByChannel(tenantA, channelId))?.postLanguage,
      'bilingual',
    );
  });

  it('filters subscriptions by tenant, team and status', async () => {
    const store = await engine.makeStore();
    const [ours] = await subscriptionsOfBothForces(store);
    await store.saveSubscription(
      aSubscription({ channelId: '19:other@thread.tacv2', status: 'paused' }),
    );
    assert.equal((await store.listSubscriptions()).length, 3);
    assert.equal((await store.listSubscriptions({ tenantId: tenantA })).length, 2);
    assert.deepEqual(
      (await store.listSubscriptions({ tenantId: tenantA, status: 'active' })).map((s) => s.id),
      [ours.id],
    );
    assert.equal((await store.listSubscriptions({ teamId: '19:team-b@thread.tacv2' })).length, 1);
    assert.equal((await store.listSubscriptions({ status: 'stopped' })).length, 0);
  });

  it("never gives one force another force's subscription", async () => {
    const store = await engine.makeStore();
    const [ours, theirs] = await subscriptionsOfBothForces(store);
    assert.equal(await store.getSubscription(tenantB, ours.id), undefined);
    assert.equal((await store.findSubscriptionByChannel(tenantB, channelId))?.id, theirs.id);
    assert.equal(
      await store.setSubscriptionStatus(tenantB, ours.id, 'stopped', null, 'intruder'),
      undefined,
    );
    assert.equal((await store.getSubscription(tenantA, ours.id))?.status, 'active');
    assert.deepEqual(await store.listAudit(tenantB), []);
  });

  it('when a team owner pauses, the subscription is paused and the audit names who did it', async () => {
    const store = await engine.makeStore();
    const saved = await store.saveSubscription(aSubscription());
    const paused = await store.setSubscriptionStatus(
      tenantA,
      saved.id,
      'paused',
      'paused by owner',
      'owner-2',
    );
    assert.equal(paused?.status, 'paused');
    assert.equal(paused?.statusReason, 'paused by owner');
    assert.equal((await store.listSubscriptions({ status: 'active' })).length, 0);
    const [entry] = await store.listAudit(tenantA.toUpperCase());
    assert.equal(entry?.actor, 'owner-2');
    assert.equal(entry?.action, 'subscription.status');
    assert.equal(entry?.subject, saved.id);
    assert.deepEqual(entry?.detail, { status: 'paused', reason: 'paused by owner', channelId });
    assert.ok(entry?.at instanceof Date);
  });

  it('keeps audit entries in the order they were written, service-level ones apart', async () => {
    const store = await engine.makeStore();
    for (const action of ['tenant.added', 'tenant.suspended', 'tenant.resumed']) {
      await store.appendAudit({
        tenantId: tenantA,
        actor: 'operator',
        action,
        subject: tenantA,
        detail: { n: 1 },
      });
    }
    const service = await store.appendAudit({
      tenantId: null,
      actor: 'system',
      action: 'content.reloaded',
      subject: 'library',
      detail: { issues: [41, 43], valid: true },
    });
    assert.deepEqual(
      (await store.listAudit(tenantA)).map((entry) => entry.action),
      ['tenant.added', 'tenant.suspended', 'tenant.resumed'],
    );
    assert.deepEqual(await store.listAudit(null), [service]);
    assert.deepEqual(service.detail, { issues: [41, 43], valid: true });
  });
});
