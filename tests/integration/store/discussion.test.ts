import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aReply, aThread, channelId, teamId, tenantA, tenantB } from './fixtures';

withEachEngine('the store: posted threads and replies', (engine) => {
  it('records a posted thread once and finds it by channel and root message', async () => {
    const store = await engine.makeStore();
    await store.discussion.recordThread(
      aThread({ tenantId: tenantA.toUpperCase(), deliveryId: 'delivery-1' }),
    );
    await store.discussion.recordThread(aThread({ caseId: 'ignored-on-repeat' }));
    const found = await store.discussion.findThread(tenantA, channelId, '1764000000001');
    assert.deepEqual(found, aThread({ deliveryId: 'delivery-1' }));
    assert.equal(await store.discussion.findThread(tenantA, channelId, 'not-ours'), undefined);
    assert.equal(await store.discussion.findThread(tenantB, channelId, '1764000000001'), undefined);
  });

  it('lists threads since a time, the latest in a channel and the cases a channel has had', async () => {
    const store = await engine.makeStore();
    const week = 7 * 24 * 3600_000;
    const first = aThread({
      rootMessageId: 'r1',
      caseId: '41-1',
      postedAt: new Date('2026-11-03T07:00:00Z'),
    });
    const second = aThread({
      rootMessageId: 'r2',
      caseId: '43-2',
      postedAt: new Date(first.postedAt.getTime() + week),
    });
    const third = aThread({
      rootMessageId: 'r3',
      caseId: '41-1',
      postedAt: new Date(first.postedAt.getTime() + 2 * week),
    });
    for (const thread of [third, first, second]) await store.discussion.recordThread(thread);
    await store.discussion.recordThread(
      aThread({ tenantId: tenantB, rootMessageId: 'b1', caseId: '99-9' }),
    );
    await store.discussion.recordThread(
      aThread({ channelId: '19:other@thread.tacv2', rootMessageId: 'o1', caseId: '43-5' }),
    );

    assert.equal((await store.discussion.latestThread(tenantA, channelId))?.rootMessageId, 'r3');
    assert.deepEqual(
      (await store.discussion.listThreads(tenantA, second.postedAt)).map(
        (thread) => thread.rootMessageId,
      ),
      ['r2', 'r3', 'o1'],
    );
    assert.equal((await store.discussion.latestThread(tenantB, channelId))?.caseId, '99-9');
    assert.equal(await store.discussion.latestThread(tenantA, '19:empty@thread.tacv2'), undefined);
  });

  it('stores a reply once however often it arrives, and an edit replaces its text', async () => {
    const store = await engine.makeStore();
    await store.discussion.upsertReply(aReply({ tenantId: tenantA.toUpperCase() }));
    await store.discussion.upsertReply(aReply());
    const editedAt = new Date('2026-11-24T09:00:00.000Z');
    await store.discussion.upsertReply(
      aReply({ text: 'Edited: we check it at every handover.', editedAt }),
    );
    const replies = await store.discussion.listReplies(tenantA, channelId, '1764000000001');
    assert.equal(replies.length, 1);
    assert.deepEqual(
      replies[0],
      aReply({ text: 'Edited: we check it at every handover.', editedAt }),
    );
  });

  it('counts distinct colleagues in a thread and deletes a reply only in its own force', async () => {
    const store = await engine.makeStore();
    await store.discussion.upsertReply(aReply({ id: 'm1', authorId: 'officer-1' }));
    await store.discussion.upsertReply(
      aReply({ id: 'm2', authorId: 'officer-2', createdAt: new Date('2026-11-24T08:05:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'm3', authorId: 'officer-1', createdAt: new Date('2026-11-24T08:10:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'm1', tenantId: tenantB, authorId: 'officer-9' }),
    );
    assert.equal(await store.discussion.countRepliers(tenantA, channelId, '1764000000001'), 2);
    assert.equal(await store.discussion.countRepliers(tenantA, channelId, 'no-thread'), 0);
    assert.deepEqual(
      (await store.discussion.listReplies(tenantA, channelId, '1764000000001')).map(
        (reply) => reply.id,
      ),
      ['m1', 'm2', 'm3'],
    );
    const m1 = { tenantId: tenantA, channelId, rootMessageId: '1764000000001', id: 'm1' };
    assert.equal(await store.discussion.deleteReply(m1), true);
    assert.equal(await store.discussion.deleteReply(m1), false);
    assert.equal(
      (await store.discussion.listReplies(tenantB, channelId, '1764000000001')).length,
      1,
    );
  });

  it('keeps two replies with the same message id in two channels apart, and an edit or delete touches only its own', async () => {
    const store = await engine.makeStore();
    const otherChannel = '19:control-room@thread.tacv2';
    await store.discussion.upsertReply(
      aReply({ id: '1764000000500', text: 'In the briefing channel.' }),
    );
    await store.discussion.upsertReply(
      aReply({ id: '1764000000500', channelId: otherChannel, text: 'In the control room.' }),
    );
    await store.discussion.upsertReply(
      aReply({
        id: '1764000000500',
        text: 'Edited in the briefing channel.',
        editedAt: new Date(),
      }),
    );
    assert.equal(
      (await store.discussion.listReplies(tenantA, otherChannel, '1764000000001'))[0]?.text,
      'In the control room.',
    );
    assert.equal(
      await store.discussion.deleteReply({
        tenantId: tenantA,
        channelId,
        rootMessageId: '1764000000001',
        id: '1764000000500',
      }),
      true,
    );
    assert.equal(
      (await store.discussion.listReplies(tenantA, channelId, '1764000000001')).length,
      0,
    );
    assert.equal(
      (await store.discussion.listReplies(tenantA, otherChannel, '1764000000001')).length,
      1,
    );
  });

  it('finds the thread a delivery started, and the latest thread of a case in a team, within its force only', async () => {
    const store = await engine.makeStore();
    await store.discussion.recordThread(aThread({ rootMessageId: 'r1', deliveryId: 'delivery-1' }));
    await store.discussion.recordThread(
      aThread({
        rootMessageId: 'r2',
        deliveryId: 'delivery-2',
        postedAt: new Date('2026-12-01T06:45:00Z'),
      }),
    );
    await store.discussion.recordThread(
      aThread({ rootMessageId: 'r3', caseId: '44-1', postedAt: new Date('2026-12-08T06:45:00Z') }),
    );
    assert.equal(
      (await store.discussion.findThreadByDelivery(tenantA, 'delivery-1'))?.rootMessageId,
      'r1',
    );
    assert.equal(await store.discussion.findThreadByDelivery(tenantB, 'delivery-1'), undefined);
    assert.equal(
      (await store.discussion.latestThreadOfCase(tenantA, teamId, '43-2'))?.rootMessageId,
      'r2',
    );
    assert.equal(await store.discussion.latestThreadOfCase(tenantB, teamId, '43-2'), undefined);
    assert.equal(
      await store.discussion.latestThreadOfCase(tenantA, '19:other@thread.tacv2', '43-2'),
      undefined,
    );
  });

  it('counts a force’s replies, all or within a period, never another force’s', async () => {
    const store = await engine.makeStore();
    await store.discussion.upsertReply(
      aReply({ id: 'r1', createdAt: new Date('2026-11-20T09:00:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'r2', createdAt: new Date('2026-11-23T09:00:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'r3', createdAt: new Date('2026-11-24T09:00:00Z') }),
    );
    await store.discussion.upsertReply(aReply({ id: 'r1', tenantId: tenantB }));
    assert.equal(await store.discussion.countReplies(tenantA), 3);
    assert.equal(await store.discussion.countReplies(tenantA, new Date('2026-11-23T09:00:00Z')), 2);
    assert.equal(
      await store.discussion.countReplies(
        tenantA,
        new Date('2026-11-21T00:00:00Z'),
        new Date('2026-11-24T09:00:00Z'),
      ),
      1,
    );
    assert.equal(await store.discussion.countReplies(tenantB), 1);
  });

  it('deletes replies past retention and a colleague’s replies on request, in one force only', async () => {
    const store = await engine.makeStore();
    await store.discussion.upsertReply(
      aReply({ id: 'old', createdAt: new Date('2025-01-01T00:00:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'new', authorId: 'officer-2', createdAt: new Date('2026-11-01T00:00:00Z') }),
    );
    await store.discussion.upsertReply(
      aReply({ id: 'old', tenantId: tenantB, createdAt: new Date('2025-01-01T00:00:00Z') }),
    );
    assert.equal(
      await store.privacy.deleteRepliesBefore(tenantA, new Date('2026-01-01T00:00:00Z')),
      1,
    );
    assert.deepEqual(
      (await store.privacy.repliesBy(tenantA, 'officer-2')).map((reply) => reply.id),
      ['new'],
    );
    assert.equal(await store.privacy.deleteRepliesBy(tenantA, 'officer-2'), 1);
    assert.deepEqual(await store.privacy.repliesBy(tenantA, 'officer-2'), []);
    assert.equal((await store.privacy.repliesBy(tenantB, 'officer-1')).length, 1);
  });

  it('knows when a person’s data in a force was last erased, by an indexed lookup in any spelling of their id', async () => {
    const store = await engine.makeStore();
    const person = 'A1B2C3D4-0000-4000-8000-000000000001';
    assert.equal(await store.privacy.lastErasure(tenantA, person), undefined);
    await store.audit.append({
      tenantId: tenantA,
      actor: 'operator',
      action: 'person.erased',
      subject: person.toLowerCase(),
      detail: { deletedReplies: 1 },
    });
    await store.audit.append({
      tenantId: tenantA,
      actor: 'operator',
      action: 'person.exported',
      subject: 'someone-else',
      detail: {},
    });
    const erasedAt = await store.privacy.lastErasure(tenantA, person);
    assert.ok(erasedAt instanceof Date);
    assert.equal(
      (await store.privacy.lastErasure(tenantA, person.toLowerCase()))?.getTime(),
      erasedAt.getTime(),
    );
    assert.equal(await store.privacy.lastErasure(tenantB, person), undefined);
    assert.equal(await store.privacy.lastErasure(tenantA, 'someone-else'), undefined);
  });
});
