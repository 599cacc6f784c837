import assert from 'node:assert/strict';
import { pino } from 'pino';
import {
  applyRetention,
  erasePersonData,
  exportPersonData,
  offboardTenant,
  parseTenantPrivacyCommand,
  runTenantPrivacyCommand,
} from '../../../src/privacy/index';
import type { LearningEntry, Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { colleague, forceA, forceB, officer, seedForce } from './seed';

const logger = pino({ level: 'silent' });
const now = new Date('2026-11-27T03:00:00.000Z');
let next = 0;

function seedEntry(
  store: Store,
  tenantId: string,
  personId: string,
  createdAt: Date,
): Promise<LearningEntry> {
  next += 1;
  return store.learningRecord.add({
    tenantId,
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    personId,
    caseId: '44-3',
    reflection: 'What the custody record did not say.',
    application: 'Write down why, not only what.',
    minutes: 15,
    source: 'tab',
    createdAt,
  });
}

withEachEngine('a person’s learning record and data protection', (engine) => {
  it('their export holds their entries, with their words, and nobody else’s', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    const mine = await seedEntry(store, forceA, officer, new Date('2026-11-24T08:00:00Z'));
    await seedEntry(store, forceA, colleague, new Date('2026-11-24T09:00:00Z'));
    await seedEntry(store, forceB, officer, new Date('2026-11-24T10:00:00Z'));

    const exported = await exportPersonData(store, forceA, officer);

    assert.deepEqual(exported.learningRecord, [
      {
        id: mine.id,
        caseId: '44-3',
        reflection: 'What the custody record did not say.',
        application: 'Write down why, not only what.',
        minutes: 15,
        source: 'tab',
        createdAt: '2026-11-24T08:00:00.000Z',
        updatedAt: '2026-11-24T08:00:00.000Z',
      },
    ]);
    assert.match(exported.onErasure.en, /learning record/);
    const audited = (await store.audit.list(forceA)).find((e) => e.action === 'person.exported');
    assert.equal(audited!.detail.learningEntries, 1);
  });

  it('erasure deletes their entries in that force only, and records how many', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await seedEntry(store, forceA, officer, new Date('2026-11-24T08:00:00Z'));
    await seedEntry(store, forceA, officer, new Date('2026-11-25T08:00:00Z'));
    await seedEntry(store, forceA, colleague, new Date('2026-11-24T09:00:00Z'));
    await seedEntry(store, forceB, officer, new Date('2026-11-24T10:00:00Z'));

    const erased = await erasePersonData(store, forceA, officer.toUpperCase());

    assert.equal(erased.deletedLearningEntries, 2);
    assert.deepEqual(await store.learningRecord.list(forceA, officer), []);
    assert.equal((await store.learningRecord.list(forceA, colleague)).length, 1);
    assert.equal((await store.learningRecord.list(forceB, officer)).length, 1);
    const audited = (await store.audit.list(forceA)).find((e) => e.action === 'person.erased');
    assert.equal(audited!.detail.deletedLearningEntries, 2);
  });

  it('offboarding deletes the force’s entries and its retention setting, and no other force’s', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await store.learningRecord.setRetentionMonths(forceA, 48);
    await seedEntry(store, forceA, officer, new Date('2026-11-24T08:00:00Z'));
    await seedEntry(store, forceB, officer, new Date('2026-11-24T08:00:00Z'));

    const removed = await offboardTenant(store, forceA, logger);

    assert.equal(removed.learning_entries, 1);
    assert.equal(removed.learning_record_retention, 1);
    assert.equal(await store.learningRecord.countEntries(forceA), 0);
    assert.equal(await store.learningRecord.retentionMonths(forceA), 36);
    assert.equal(await store.learningRecord.countEntries(forceB), 1);
  });

  it('retention deletes entries left unchanged for three years; an edit keeps an entry longer', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    const untouched = await seedEntry(store, forceA, officer, new Date('2023-11-27T02:59:59Z'));
    const edited = await seedEntry(store, forceA, officer, new Date('2023-06-01T08:00:00Z'));
    await store.learningRecord.update(
      forceA,
      officer,
      edited.id,
      { minutes: 30 },
      new Date('2025-01-10T08:00:00Z'),
    );
    const recent = await seedEntry(store, forceA, officer, new Date('2026-01-01T08:00:00Z'));

    const [outcome] = await applyRetention(store, now, logger);

    assert.equal(outcome!.deletedLearningEntries, 1);
    assert.equal(outcome!.learningRecordCutoff.toISOString(), '2023-11-27T03:00:00.000Z');
    const kept = (await store.learningRecord.list(forceA, officer)).map((entry) => entry.id);
    assert.deepEqual(kept, [recent.id, edited.id]);
    assert.ok(!kept.includes(untouched.id));
  });

  it('`tenants set-learning-retention` sets a force’s period, which the next run applies', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedEntry(store, forceA, officer, new Date('2025-06-01T08:00:00Z'));

    const output = await runTenantPrivacyCommand(
      store,
      parseTenantPrivacyCommand(['set-learning-retention', forceA, '12'])!,
      { logger, ask: undefined },
    );

    assert.equal(
      output,
      `Learning-record retention for ${forceA}: 12 months after an entry's last change (was 36).`,
    );
    const [outcome] = await applyRetention(store, now, logger);
    assert.equal(outcome!.deletedLearningEntries, 1);
    const audited = (await store.audit.list(forceA)).find(
      (e) => e.action === 'learning-record.retention-set',
    );
    assert.deepEqual(audited!.detail, { from: 36, to: 12 });
    await assert.rejects(
      runTenantPrivacyCommand(
        store,
        parseTenantPrivacyCommand(['set-learning-retention', forceB, '12'])!,
        { logger, ask: undefined },
      ),
      { name: 'NotFound' },
    );
    assert.throws(() => parseTenantPrivacyCommand(['set-learning-retention', forceA, '0']), {
      name: 'BadRequest',
    });
  });
});
