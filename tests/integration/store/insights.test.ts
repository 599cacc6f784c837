import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aReply, aSubscription, aThread, tenantA, tenantB } from './fixtures';

/** Monday 23 November 2026 and the next Monday. */
const week = '2026-11-23';
const nextWeek = '2026-11-30';

withEachEngine('the store: figures for insights', (engine) => {
  it('counts reads per case, force and day, never who read', async () => {
    const store = await engine.makeStore();
    const monday = new Date('2026-11-23T09:00:00Z');
    const sunday = new Date('2026-11-29T23:59:00Z');
    for (const at of [monday, monday, sunday]) {
      await store.insights.recordRead(tenantA.toUpperCase(), '43-2', at);
    }
    await store.insights.recordRead(tenantA, '43-1', new Date('2026-11-30T00:00:00Z'));
    await store.insights.recordRead(tenantB, '43-2', monday);
    const cases = await store.insights.caseWeeks([tenantA], week, '2026-12-07');
    assert.deepEqual(
      cases.map((figure) => [figure.week, figure.caseId, figure.reads]),
      [
        [week, '43-2', 3],
        [nextWeek, '43-1', 1],
      ],
    );
    const weeks = await store.insights.weeks([tenantA, tenantB], week, nextWeek);
    assert.deepEqual(
      weeks.map((figure) => [figure.tenantId, figure.reads]),
      [
        [tenantA, 3],
        [tenantB, 1],
      ],
    );
  });

  it('counts a week’s replies, distinct colleagues and discussed posts by case, in its own force only', async () => {
    const store = await engine.makeStore();
    await store.discussion.recordThread(aThread({ rootMessageId: 'r1', caseId: '43-2' }));
    await store.discussion.recordThread(aThread({ rootMessageId: 'r2', caseId: '43-1' }));
    for (const [id, author] of [
      ['m1', 'officer-1'],
      ['m2', 'officer-2'],
      ['m3', 'officer-1'],
    ] as const) {
      await store.discussion.upsertReply(aReply({ id, authorId: author, rootMessageId: 'r1' }));
    }
    await store.discussion.upsertReply(
      aReply({ id: 'b1', tenantId: tenantB, authorId: 'officer-9' }),
    );
    const [figures] = await store.insights.weeks([tenantA], week, nextWeek);
    assert.deepEqual(
      figures && [figures.postsDiscussed, figures.replies, figures.participants],
      [1, 3, 2],
    );
    const cases = await store.insights.caseWeeks([tenantA], week, nextWeek);
    assert.deepEqual(
      cases.map((figure) => [figure.caseId, figure.replies, figure.participants]),
      [['43-2', 3, 2]],
    );
  });

  it('keeps a week’s figures when retention deletes the replies behind them', async () => {
    const store = await engine.makeStore();
    await store.discussion.recordThread(aThread({ rootMessageId: 'r1' }));
    for (const id of ['m1', 'm2', 'm3', 'm4', 'm5', 'm6']) {
      await store.discussion.upsertReply(aReply({ id, authorId: `officer-${id}` }));
    }
    const before = await store.insights.weeks([tenantA], week, nextWeek);
    const casesBefore = await store.insights.caseWeeks([tenantA], week, nextWeek);
    assert.equal(await store.insights.keepWeeks(tenantA, nextWeek), 1);
    assert.equal(await store.privacy.deleteRepliesBefore(tenantA, new Date('2026-12-01')), 6);
    await store.discussion.upsertReply(aReply({ id: 'late', authorId: 'officer-late' }));
    assert.deepEqual(await store.insights.weeks([tenantA], week, nextWeek), before);
    assert.deepEqual(await store.insights.caseWeeks([tenantA], week, nextWeek), casesBefore);
    assert.equal(await store.insights.keepWeeks(tenantA, nextWeek), 0, 'kept once');
  });

  it('counts the teams and channels each force has subscribed, a stopped one not', async () => {
    const store = await engine.makeStore();
    await store.subscriptions.save(aSubscription());
    const stopped = await store.subscriptions.save(
      aSubscription({ channelId: '19:other@thread.tacv2' }),
    );
    await store.subscriptions.setStatus(tenantA, stopped.id, 'stopped', 'test');
    assert.deepEqual(await store.insights.subscribed([tenantA, tenantB]), [
      { tenantId: tenantA, teams: 1, channels: 1 },
      { tenantId: tenantB, teams: 0, channels: 0 },
    ]);
  });
});
