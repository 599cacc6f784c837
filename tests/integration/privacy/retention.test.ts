import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { applyRetention, setRetention, startRetentionJob } from '../../../src/privacy/index';
import type { Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { colleague, forceA, forceB, officer, replyIds, seedForce, seedReply } from './seed';

const logger = pino({ level: 'silent' });
const now = new Date('2026-11-27T03:00:00.000Z');

/** A logger whose JSON lines are kept for the test to read. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

withEachEngine('retention of discussion replies', (engine) => {
  it('deletes replies written before the cutoff and keeps one written exactly at it', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA, { retentionMonths: 12 });
    const before = await seedReply(store, forceA, officer, new Date('2025-11-27T02:59:59.999Z'));
    const atCutoff = await seedReply(store, forceA, officer, new Date('2025-11-27T03:00:00.000Z'));
    const recent = await seedReply(store, forceA, officer, new Date('2026-06-01T10:00:00.000Z'));

    const [outcome] = await applyRetention(store, now, logger);

    assert.equal(outcome!.deletedReplies, 1);
    assert.equal(outcome!.cutoff.toISOString(), '2025-11-27T03:00:00.000Z');
    const kept = await replyIds(store, forceA, officer);
    assert.deepEqual(kept, [atCutoff.id, recent.id].sort());
    assert.ok(!kept.includes(before.id));
  });

  it('applies each force its own period', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA, { retentionMonths: 3 });
    await seedForce(store, forceB, { retentionMonths: 24 });
    const fourMonthsOld = new Date('2026-07-20T09:00:00.000Z');
    const twoYearsOld = new Date('2024-11-01T09:00:00.000Z');
    await seedReply(store, forceA, officer, fourMonthsOld);
    await seedReply(store, forceA, colleague, twoYearsOld);
    const keptInB = await seedReply(store, forceB, officer, fourMonthsOld);
    await seedReply(store, forceB, colleague, twoYearsOld);

    const outcomes = await applyRetention(store, now, logger);

    assert.deepEqual(
      outcomes.map((o) => [o.tenantId, o.retentionMonths, o.deletedReplies]).sort(),
      [
        [forceA, 3, 2],
        [forceB, 24, 1],
      ].sort(),
    );
    assert.deepEqual(await replyIds(store, forceA, officer), []);
    assert.deepEqual(await replyIds(store, forceB, officer), [keptInB.id]);
    assert.deepEqual(await replyIds(store, forceB, colleague), []);
  });

  it('records what it removed per force, as counts with no reply content', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA, { retentionMonths: 12 });
    await seedForce(store, forceB);
    await seedReply(store, forceA, officer, new Date('2024-01-01T00:00:00.000Z'));

    await applyRetention(store, now, logger);

    const [entryA] = (await store.audit.list(forceA)).filter(
      (e) => e.action === 'retention.applied',
    );
    assert.equal(entryA!.actor, 'system');
    assert.deepEqual(entryA!.detail, {
      retentionMonths: 12,
      cutoff: '2025-11-27T03:00:00.000Z',
      deletedReplies: 1,
      learningRecordRetentionMonths: 36,
      learningRecordCutoff: '2023-11-27T03:00:00.000Z',
      deletedLearningEntries: 0,
      anonymisedRatings: 0,
      anonymisedPollVotes: 0,
    });
    assert.ok(!JSON.stringify(entryA).includes('risk assessment'));
    const [entryB] = (await store.audit.list(forceB)).filter(
      (e) => e.action === 'retention.applied',
    );
    assert.equal(entryB!.detail.deletedReplies, 0);
  });

  it('when the operator sets a force to six months, the next run keeps only six months', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    const eightMonthsOld = await seedReply(
      store,
      forceA,
      officer,
      new Date('2026-03-20T00:00:00Z'),
    );
    assert.equal((await applyRetention(store, now, logger))[0]!.deletedReplies, 0);

    const { before, after } = await setRetention(store, forceA, 6);
    await applyRetention(store, now, logger);

    assert.deepEqual([before.retentionMonths, after.retentionMonths], [12, 6]);
    assert.ok(!(await replyIds(store, forceA, officer)).includes(eightMonthsOld.id));
    const change = (await store.audit.list(forceA)).find((e) => e.action === 'retention.set');
    assert.deepEqual(
      { actor: change!.actor, detail: change!.detail },
      { actor: 'operator', detail: { from: 12, to: 6 } },
    );
  });

  it('refuses a retention that is not a whole number of months from 1 to 120', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    for (const months of [0, 1.5, 121]) {
      await assert.rejects(setRetention(store, forceA, months), { name: 'BadRequest' });
    }
    await assert.rejects(setRetention(store, forceB, 6), { name: 'NotFound' });
    assert.equal((await store.tenants.get(forceA))!.retentionMonths, 12);
  });

  it('the daily job runs once at start, and a second instance leaves it to the first', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2024-01-01T00:00:00.000Z'));
    const clock = () => now;

    const first = startRetentionJob({ store, logger, clock });
    const second = startRetentionJob({ store, logger, clock });
    await first.stop();
    await second.stop();

    assert.deepEqual(await replyIds(store, forceA, officer), []);
    const runs = (await store.audit.list(forceA)).filter((e) => e.action === 'retention.applied');
    assert.equal(runs.length, 1);
  });

  it('the daily job also keeps the counts of insights’ settled weeks, so no insights page has to', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2026-06-01T10:00:00.000Z'));

    const job = startRetentionJob({ store, logger, clock: () => now });
    await job.stop();

    const kept = await store.insights.keptUntil([forceA.toLowerCase()]);
    assert.equal(
      kept.get(forceA.toLowerCase()),
      '2026-11-09',
      'two weeks before the week of 23 November',
    );
    const june = await store.insights.weeks([forceA.toLowerCase()], '2026-06-01', '2026-06-08');
    assert.deepEqual(
      june.map((week) => week.participants),
      [1],
    );
  });

  it('logs counts and ids, never what a reply said or who wrote it', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2024-01-01T00:00:00.000Z'));
    const { logger: capturing, lines } = capturingLogger();

    await applyRetention(store, now, capturing);

    const applied = lines.find((line) => line.msg === 'retention applied');
    assert.deepEqual(
      [applied!.tenantId, applied!.retentionMonths, applied!.deletedReplies],
      [forceA, 12, 1],
    );
    const logged = JSON.stringify(lines);
    assert.ok(!logged.includes('risk assessment'));
    assert.ok(!logged.includes(officer));
    assert.ok(!logged.includes('PC Example'));
  });

  it('when the store fails, the job logs it and stops cleanly', async () => {
    const store = await engine.makeStore();
    const failing: Store = {
      ...store,
      tenants: { ...store.tenants, list: () => Promise.reject(new Error('connection terminated')) },
    };
    const { logger: capturing, lines } = capturingLogger();

    const job = startRetentionJob({ store: failing, logger: capturing, clock: () => now });
    await job.stop();

    assert.ok(
      lines.some((line) => line.level === 50 && /retention job failed/.test(String(line.msg))),
    );
  });
});
