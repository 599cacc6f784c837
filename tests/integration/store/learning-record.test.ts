import assert from 'node:assert/strict';
import type { NewLearningEntry } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { tenantA, tenantB } from './fixtures';

const officer = '6a1f0c2e-3b4d-4e5f-9a8b-7c6d5e4f3a2b';
const colleague = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
let next = 0;

function anEntry(overrides: Partial<NewLearningEntry> = {}): NewLearningEntry {
  next += 1;
  return {
    tenantId: tenantA,
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    personId: officer,
    caseId: '44-3',
    reflection: 'I had not thought about how a call handler hears a welfare call.',
    application: 'Ask the caller what they can see before closing the log.',
    minutes: 20,
    source: 'tab',
    createdAt: new Date('2026-11-24T08:00:00.000Z'),
    ...overrides,
  };
}

withEachEngine('the store: learning records', (engine) => {
  it('gives an entry back only to its author in its own force, newest first', async () => {
    const store = await engine.makeStore();
    const older = await store.learningRecord.add(anEntry());
    const newer = await store.learningRecord.add(
      anEntry({ createdAt: new Date('2026-11-25T08:00:00.000Z'), source: 'reply' }),
    );
    await store.learningRecord.add(anEntry({ personId: colleague }));
    await store.learningRecord.add(anEntry({ tenantId: tenantB }));

    assert.deepEqual(
      (await store.learningRecord.list(tenantA, officer.toUpperCase())).map((entry) => entry.id),
      [newer.id, older.id],
    );
    assert.deepEqual(await store.learningRecord.get(tenantA, officer, older.id), older);
    assert.equal(await store.learningRecord.get(tenantA, colleague, older.id), undefined);
    assert.equal(await store.learningRecord.get(tenantB, officer, older.id), undefined);
    assert.equal(newer.updatedAt.getTime(), newer.createdAt.getTime());
  });

  it('lists the entries written within a period, its start included and its end not', async () => {
    const store = await engine.makeStore();
    const at = (iso: string) =>
      store.learningRecord.add(anEntry({ createdAt: new Date(iso) })).then((entry) => entry.id);
    await at('2026-10-31T23:59:59.999Z');
    const first = await at('2026-11-01T00:00:00.000Z');
    const last = await at('2026-11-30T23:59:59.999Z');
    await at('2026-12-01T00:00:00.000Z');

    const period = { from: new Date('2026-11-01T00:00:00Z'), to: new Date('2026-12-01T00:00:00Z') };
    assert.deepEqual(
      (await store.learningRecord.list(tenantA, officer, period)).map((entry) => entry.id),
      [last, first],
    );
    assert.equal(await store.learningRecord.countEntries(tenantA, period), 2);
    assert.equal(await store.learningRecord.countEntries(tenantA), 4);
  });

  it('an author changes and deletes only their own entries', async () => {
    const store = await engine.makeStore();
    const entry = await store.learningRecord.add(anEntry());
    const later = new Date('2026-11-26T10:00:00.000Z');

    assert.equal(
      await store.learningRecord.update(tenantA, colleague, entry.id, { minutes: 1 }, later),
      undefined,
    );
    const changed = await store.learningRecord.update(
      tenantA,
      officer,
      entry.id,
      { minutes: 45 },
      later,
    );
    assert.deepEqual(changed, { ...entry, minutes: 45, updatedAt: later });

    assert.equal(await store.learningRecord.delete(tenantB, officer, entry.id), false);
    assert.equal(await store.learningRecord.delete(tenantA, colleague, entry.id), false);
    assert.equal(await store.learningRecord.delete(tenantA, officer, entry.id), true);
    assert.deepEqual(await store.learningRecord.list(tenantA, officer), []);
  });

  it('counts entries and the people who wrote them, per force, for figures', async () => {
    const store = await engine.makeStore();
    await store.learningRecord.add(anEntry());
    await store.learningRecord.add(anEntry());
    await store.learningRecord.add(anEntry({ personId: colleague }));
    await store.learningRecord.add(anEntry({ tenantId: tenantB }));

    assert.equal(await store.learningRecord.countEntries(tenantA), 3);
    assert.equal(await store.learningRecord.countPeople(tenantA), 2);
    assert.equal(await store.learningRecord.countPeople(tenantB), 1);
  });

  it('keeps a force’s learning-record retention, three years until it says otherwise', async () => {
    const store = await engine.makeStore();
    assert.equal(await store.learningRecord.retentionMonths(tenantA), 36);
    await store.learningRecord.setRetentionMonths(tenantA.toUpperCase(), 60);
    assert.equal(await store.learningRecord.retentionMonths(tenantA), 60);
    assert.equal(await store.learningRecord.retentionMonths(tenantB), 36);
  });
});
