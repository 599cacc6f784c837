import assert from 'node:assert/strict';
import { erasePersonData, exportPersonData } from '../../../src/privacy/index';
import { withEachEngine } from '../../support/store';
import {
  channelA,
  colleague,
  forceA,
  forceB,
  officer,
  replyIds,
  rootA,
  seedForce,
  seedReply,
  teamA,
} from './seed';

withEachEngine("a person's data", (engine) => {
  it('export holds their replies with case, team, channel and time, and nobody else’s', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    const first = await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));
    const edited = await seedReply(store, forceA, officer, new Date('2026-11-25T08:00:00.000Z'), {
      caseId: '44-1',
      editedAt: new Date('2026-11-25T08:05:00.000Z'),
    });
    await seedReply(store, forceA, colleague, new Date('2026-11-24T09:00:00.000Z'));
    await seedReply(store, forceB, officer, new Date('2026-11-24T10:00:00.000Z'));

    const exported = await exportPersonData(
      store,
      forceA,
      officer,
      new Date('2026-11-27T10:00:00Z'),
    );

    assert.equal(exported.tenantId, forceA);
    assert.equal(exported.objectId, officer);
    assert.equal(exported.exportedAt, '2026-11-27T10:00:00.000Z');
    assert.deepEqual(exported.replies, [
      {
        id: first.id,
        caseId: '43-2',
        team: { id: teamA, name: 'Response Team North' },
        channel: { id: channelA, name: 'Briefing' },
        rootMessageId: rootA,
        authorName: 'PC Example',
        text: first.text,
        createdAt: '2026-11-24T08:00:00.000Z',
        editedAt: null,
      },
      {
        id: edited.id,
        caseId: '44-1',
        team: { id: teamA, name: 'Response Team North' },
        channel: { id: channelA, name: 'Briefing' },
        rootMessageId: rootA,
        authorName: 'PC Example',
        text: edited.text,
        createdAt: '2026-11-25T08:00:00.000Z',
        editedAt: '2026-11-25T08:05:00.000Z',
      },
    ]);
  });

  it('export includes the settings they saved and the changes they made, as the audit shows', async () => {
    const store = await engine.makeStore();
    const subscription = await seedForce(store, forceA);
    await store.audit.append({
      tenantId: forceA,
      actor: officer,
      action: 'subscription.saved',
      subject: subscription.id,
      detail: { weekday: 2, time: '06:45' },
    });
    await store.audit.append({
      tenantId: forceA,
      actor: colleague,
      action: 'subscription.paused',
      subject: subscription.id,
      detail: {},
    });

    const exported = await exportPersonData(store, forceA, officer);

    assert.deepEqual(
      exported.subscriptionsSaved.map((saved) => [saved.id, saved.channelId]),
      [[subscription.id, channelA]],
    );
    assert.deepEqual(
      exported.auditEntries.map((entry) => [entry.action, entry.subject, entry.detail]),
      [['subscription.saved', subscription.id, { weekday: 2, time: '06:45' }]],
    );
  });

  it('an export is audited as done by the operator, with counts only', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));

    await exportPersonData(store, forceA, officer);

    const entry = (await store.audit.list(forceA)).find((e) => e.action === 'person.exported');
    assert.equal(entry!.actor, 'operator');
    assert.equal(entry!.subject, officer);
    assert.deepEqual(entry!.detail, {
      replies: 1,
      learningEntries: 0,
      subscriptionsSaved: 1,
      actionsAssigned: 0,
      auditEntries: 0,
      ratings: 0,
      pollVotes: 0,
    });
  });

  it('erase removes only that person’s replies, only in that force, and records it', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));
    await seedReply(store, forceA, officer, new Date('2026-11-24T08:30:00.000Z'));
    const colleagues = await seedReply(store, forceA, colleague, new Date('2026-11-24T09:00Z'));
    const otherForce = await seedReply(store, forceB, officer, new Date('2026-11-24T10:00Z'));

    const result = await erasePersonData(store, forceA, officer);

    assert.deepEqual(result, {
      deletedReplies: 2,
      deletedLearningEntries: 0,
      pseudonymisedSubscriptions: 1,
      pseudonymisedAuditEntries: 0,
      pseudonymisedResponses: 0,
      deletedRatings: 0,
      deletedPollVotes: 0,
    });
    assert.deepEqual(await replyIds(store, forceA, officer), []);
    assert.deepEqual(await replyIds(store, forceA, colleague), [colleagues.id]);
    assert.deepEqual(await replyIds(store, forceB, officer), [otherForce.id]);
    const entry = (await store.audit.list(forceA)).find((e) => e.action === 'person.erased');
    assert.deepEqual(
      { actor: entry!.actor, subject: entry!.subject, detail: entry!.detail },
      {
        actor: 'operator',
        subject: officer,
        detail: {
          deletedReplies: 2,
          deletedLearningEntries: 0,
          pseudonymisedSubscriptions: 1,
          pseudonymisedAuditEntries: 0,
          pseudonymisedResponses: 0,
          deletedRatings: 0,
          deletedPollVotes: 0,
        },
      },
    );
    assert.equal((await store.audit.list(forceB)).length, 0);
  });

  it('erase leaves the audit trail its shape but names the person nowhere, in that force only', async () => {
    const store = await engine.makeStore();
    const subscription = await seedForce(store, forceA);
    const otherForce = await seedForce(store, forceB);
    const audit = (tenantId: string, actor: string, action: string, subject = subscription.id) =>
      store.audit.append({ tenantId, actor, action, subject, detail: { channelId: channelA } });
    await audit(forceA, officer, 'team.installed', teamA);
    await audit(forceA, officer, 'subscription.saved');
    await audit(forceA, colleague, 'subscription.paused');
    await audit(forceA, officer, 'subscription.resumed');
    await exportPersonData(store, forceA, officer);
    await audit(forceB, officer, 'subscription.saved', otherForce.id);
    const before = await store.audit.list(forceA);

    const result = await erasePersonData(store, forceA, officer);

    assert.equal(result.pseudonymisedSubscriptions, 1);
    assert.equal(result.pseudonymisedAuditEntries, 4);
    const after = await store.audit.list(forceA);
    const erasure = after.pop()!;
    assert.equal(erasure.action, 'person.erased');
    assert.deepEqual(
      after.map((entry) => [entry.id, entry.action, entry.detail, entry.at.getTime()]),
      before.map((entry) => [entry.id, entry.action, entry.detail, entry.at.getTime()]),
    );
    assert.ok(!JSON.stringify([after, erasure.detail]).includes(officer));
    const pseudonyms = new Set(
      after
        .flatMap((entry) => [entry.actor, entry.subject])
        .filter((id) => id.startsWith('erased-')),
    );
    assert.equal(pseudonyms.size, 1, 'one pseudonym for the person, so the trail stays readable');
    const [pseudonym] = pseudonyms;
    assert.deepEqual(
      after.map((entry) => entry.actor),
      [pseudonym, pseudonym, colleague, pseudonym, 'operator'],
    );
    assert.equal((await store.subscriptions.get(forceA, subscription.id))?.updatedBy, pseudonym);
    assert.equal((await store.subscriptions.get(forceB, otherForce.id))?.updatedBy, officer);
    assert.ok((await store.audit.list(forceB)).every((entry) => entry.actor === officer));
    const exported = await exportPersonData(store, forceA, officer);
    assert.deepEqual(exported.subscriptionsSaved, []);
    assert.deepEqual(
      exported.auditEntries.map((entry) => entry.action),
      ['person.erased'],
    );
  });

  it('an export says what erasure would do with it', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    const exported = await exportPersonData(store, forceA, officer);
    assert.match(exported.onErasure.en, /replaced by a pseudonym/);
    assert.match(exported.onErasure.cy, /ffugenw/);
  });

  it('finds a person whose object id was typed in upper case', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));

    assert.equal((await exportPersonData(store, forceA, officer.toUpperCase())).replies.length, 1);
    assert.deepEqual(await erasePersonData(store, forceA, officer.toUpperCase()), {
      deletedReplies: 1,
      deletedLearningEntries: 0,
      pseudonymisedSubscriptions: 1,
      pseudonymisedAuditEntries: 1,
      pseudonymisedResponses: 0,
      deletedRatings: 0,
      deletedPollVotes: 0,
    });
  });

  it('export lists the team actions assigned to them; erasure keeps the actions but names nobody', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    const group = '0b7e0000-aaaa-4aaa-8aaa-000000000001';
    const action = {
      id: '0b7e0000-0000-4000-8000-00000000ac01',
      description: 'Refresher training',
      assigneeId: officer.toLowerCase(),
      assigneeName: 'PC Example',
      dueOn: '2027-01-31',
      status: 'open' as const,
      createdAt: new Date('2026-11-01T09:00:00Z'),
      completedAt: null,
    };
    await store.responses.save({
      tenantId: forceA,
      graphGroupId: group,
      caseId: '38-1',
      conclusions: [],
      actions: [action],
      updatedBy: 'owner',
      updatedAt: new Date('2026-11-01T09:00:00Z'),
    });

    const exported = await exportPersonData(store, forceA, officer);
    assert.deepEqual(exported.actionsAssigned, [
      {
        teamGraphGroupId: group,
        caseId: '38-1',
        description: 'Refresher training',
        dueOn: '2027-01-31',
        status: 'open',
      },
    ]);
    assert.equal((await erasePersonData(store, forceA, officer)).pseudonymisedResponses, 1);
    const kept = (await store.responses.get(forceA, group, '38-1'))!.actions[0]!;
    assert.deepEqual(
      [kept.description, kept.assigneeName, kept.assigneeId?.startsWith('erased-')],
      ['Refresher training', null, true],
    );
  });

  it('refuses a tenant the service does not know', async () => {
    const store = await engine.makeStore();
    await assert.rejects(exportPersonData(store, forceB, officer), { name: 'NotFound' });
    await assert.rejects(erasePersonData(store, forceB, officer), { name: 'NotFound' });
  });
});
