import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import {
  aDelivery,
  aMeetingChat,
  aReply,
  aSubscription,
  aThread,
  teamId,
  tenantA,
  tenantB,
} from './fixtures';

withEachEngine('the store: one-time claims and offboarding', (engine) => {
  it('gives the new-issue notice of a team to the first claim only, per issue and per force', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.claimNewIssueNotice(tenantA, teamId, 44), true);
    assert.equal(await store.claimNewIssueNotice(tenantA.toUpperCase(), teamId, 44), false);
    assert.equal(await store.claimNewIssueNotice(tenantA, teamId, 45), true);
    assert.equal(await store.claimNewIssueNotice(tenantB, teamId, 44), true);
  });

  it('accepts an admin-consent state once, and never one that has expired', async () => {
    const store = await engine.makeStore();
    const inTenMinutes = new Date(Date.now() + 600_000);
    assert.equal(await store.consumeConsentState('nonce-1', inTenMinutes), true);
    assert.equal(await store.consumeConsentState('nonce-1', inTenMinutes), false);
    assert.equal(await store.consumeConsentState('nonce-2', new Date(Date.now() - 1)), false);
  });

  it('when a force offboards, every row of that force goes and the other force keeps all of its own', async () => {
    const store = await engine.makeStore();
    for (const tenantId of [tenantA, tenantB]) {
      await store.ensureTenant(tenantId, 'consented');
      await store.upsertTeam({
        tenantId,
        id: teamId,
        graphGroupId: null,
        name: null,
        serviceUrl: 'https://smba.trafficmanager.net/uk/',
        installedAt: new Date(),
      });
      await store.upsertChannel({ tenantId, teamId, id: teamId, name: 'General' });
      const subscription = await store.saveSubscription(aSubscription({ tenantId }));
      await store.createDelivery(aDelivery(subscription));
      await store.recordPostedThread(aThread({ tenantId }));
      await store.upsertReply(aReply({ tenantId }));
      await store.claimNewIssueNotice(tenantId, teamId, 44);
      await store.upsertMeetingChat(aMeetingChat({ tenantId }));
      await store.setSubscriptionStatus(tenantId, subscription.id, 'paused', null, 'owner');
    }
    await store.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000);

    const counts = await store.deleteTenantData(tenantA.toUpperCase());
    assert.deepEqual(counts, {
      replies: 1,
      posted_threads: 1,
      deliveries: 1,
      subscriptions: 1,
      channels: 1,
      teams: 1,
      new_issue_notices: 1,
      meeting_chats: 1,
      audit_entries: 1,
      tenants: 1,
    });
    assert.equal(await store.getTenant(tenantA), undefined);
    assert.deepEqual(await store.listTeams(tenantA), []);
    assert.deepEqual(await store.listSubscriptions({ tenantId: tenantA }), []);
    assert.equal(
      await store.claimNewIssueNotice(tenantA, teamId, 44),
      true,
      'a returning force starts afresh',
    );

    assert.equal((await store.getTenant(tenantB))?.status, 'consented');
    assert.equal((await store.listTeams(tenantB)).length, 1);
    assert.equal((await store.listSubscriptions({ tenantId: tenantB })).length, 1);
    assert.equal((await store.listDeliveries({ tenantId: tenantB })).length, 1);
    assert.equal(
      (await store.listReplies(tenantB, aReply().channelId, aReply().rootMessageId)).length,
      1,
    );
    assert.equal((await store.listAudit(tenantB)).length, 1);
    assert.equal(await store.getMeetingChat(tenantA, aMeetingChat().id), undefined);
    assert.ok(await store.getMeetingChat(tenantB, aMeetingChat().id));
  });
});
