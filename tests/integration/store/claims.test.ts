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
    assert.equal(await store.claims.newIssueNotice(tenantA, teamId, 44), true);
    assert.equal(await store.claims.newIssueNotice(tenantA.toUpperCase(), teamId, 44), false);
    assert.equal(await store.claims.newIssueNotice(tenantA, teamId, 45), true);
    assert.equal(await store.claims.newIssueNotice(tenantB, teamId, 44), true);
  });

  it('accepts an admin-consent state once, and never one that has expired', async () => {
    const store = await engine.makeStore();
    const inTenMinutes = new Date(Date.now() + 600_000);
    assert.equal(await store.claims.consentState('nonce-1', inTenMinutes), true);
    assert.equal(await store.claims.consentState('nonce-1', inTenMinutes), false);
    assert.equal(await store.claims.consentState('nonce-2', new Date(Date.now() - 1)), false);
  });

  it('when a force offboards, every row of that force goes and the other force keeps all of its own', async () => {
    const store = await engine.makeStore();
    for (const tenantId of [tenantA, tenantB]) {
      await store.tenants.ensure(tenantId, 'consented');
      await store.teams.upsert({
        tenantId,
        id: teamId,
        graphGroupId: null,
        name: null,
        serviceUrl: 'https://smba.trafficmanager.net/uk/',
        installedAt: new Date(),
      });
      await store.teams.upsertChannel({ tenantId, teamId, id: teamId, name: 'General' });
      const subscription = await store.subscriptions.save(aSubscription({ tenantId }));
      await store.deliveries.create(aDelivery(subscription));
      await store.discussion.recordThread(aThread({ tenantId }));
      await store.discussion.upsertReply(aReply({ tenantId }));
      await store.claims.newIssueNotice(tenantId, teamId, 44);
      await store.meetingChats.upsert(aMeetingChat({ tenantId }));
      await store.learningRecord.add({
        tenantId,
        id: '00000000-0000-4000-8000-000000000001',
        personId: 'aaaaaaaa-0000-4000-8000-000000000002',
        caseId: '44-3',
        reflection: 'Mine alone.',
        application: '',
        minutes: 10,
        source: 'tab',
        createdAt: new Date(),
      });
      await store.learningRecord.setRetentionMonths(tenantId, 48);
      await store.feedback.saveRating({
        tenantId,
        personId: 'reader',
        issueNumber: 44,
        caseId: null,
        rating: 4,
        comment: null,
        ratedAt: new Date(),
      });
      await store.feedback.setCommentsAllowed(tenantId, false);
      await store.pollVotes.vote({
        tenantId,
        personId: 'reader',
        pollId: '2027-themes',
        optionId: 'custody',
        votedAt: new Date(),
      });
      await store.insights.recordRead(tenantId, '43-2', new Date('2026-11-24T10:00:00Z'));
      await store.insights.keepWeeks(tenantId, '2026-11-30');
      await store.audit.append({
        tenantId,
        actor: 'owner',
        action: 'subscription.paused',
        subject: subscription.id,
        detail: {},
      });
    }
    await store.claims.acquireLease(`tenant:${tenantA}`, 'instance-1', 60_000);

    const counts = await store.privacy.deleteTenant(tenantA.toUpperCase());
    assert.deepEqual(counts, {
      response_actions: 0,
      team_responses: 0,
      force_responses: 0,
      replies: 1,
      posted_threads: 1,
      deliveries: 1,
      subscriptions: 1,
      channels: 1,
      teams: 1,
      new_issue_notices: 1,
      meeting_chats: 1,
      learning_entries: 1,
      learning_record_retention: 1,
      audit_entries: 1,
      feedback_ratings: 1,
      feedback_settings: 1,
      poll_votes: 1,
      case_reads: 1,
      insight_weeks: 1,
      insight_case_weeks: 1,
      insight_kept: 1,
      tenants: 1,
    });
    assert.equal(await store.tenants.get(tenantA), undefined);
    assert.deepEqual(await store.teams.list(tenantA), []);
    assert.deepEqual(await store.subscriptions.list({ tenantId: tenantA }), []);
    assert.equal(
      await store.claims.newIssueNotice(tenantA, teamId, 44),
      true,
      'a returning force starts afresh',
    );

    assert.equal((await store.tenants.get(tenantB))?.status, 'consented');
    assert.equal((await store.teams.list(tenantB)).length, 1);
    assert.equal((await store.subscriptions.list({ tenantId: tenantB })).length, 1);
    assert.equal((await store.deliveries.list({ tenantId: tenantB })).length, 1);
    assert.equal(
      (await store.discussion.listReplies(tenantB, aReply().channelId, aReply().rootMessageId))
        .length,
      1,
    );
    assert.equal((await store.audit.list(tenantB)).length, 1);
    assert.equal(await store.learningRecord.countEntries(tenantB), 1);
    assert.equal(await store.learningRecord.retentionMonths(tenantB), 48);
    assert.equal(await store.meetingChats.get(tenantA, aMeetingChat().id), undefined);
    assert.ok(await store.meetingChats.get(tenantB, aMeetingChat().id));
    assert.equal((await store.feedback.ratingsBy(tenantB, ['reader'])).length, 1);
    assert.equal(
      await store.feedback.commentsAllowed(tenantA),
      true,
      'a returning force starts afresh',
    );
    assert.equal((await store.pollVotes.votesBy(tenantB, ['reader'])).length, 1);
  });
});
