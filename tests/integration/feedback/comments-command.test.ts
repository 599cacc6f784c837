import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore } from '../../../src/store/index';
import { runScript } from '../privacy/run-script';
import { forceA, forceB, officer, seedForce } from '../privacy/seed';

describe('npm run tenants -- comments', () => {
  let folder: string;
  let databaseUrl: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-comments-script-'));
    databaseUrl = join(folder, 'ltl.sqlite');
    const store = createStore(databaseUrl);
    await store.migrate();
    await seedForce(store, forceA);
    await store.feedback.saveRating({
      tenantId: forceA,
      personId: officer,
      issueNumber: 44,
      caseId: null,
      rating: 5,
      comment: 'A comment the force’s DPO wants gone.',
      ratedAt: new Date('2026-11-24T08:00:00.000Z'),
    });
    await store.close();
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('off deletes the force’s comments, keeps its ratings, and is audited; on allows them again', async () => {
    const off = await runScript('tenants', ['comments', forceA, 'off'], databaseUrl);
    assert.equal(off.code, 0, off.stderr);
    assert.match(off.stdout, /Comments off .*: 1 comment\(s\) deleted; ratings stay on\./);

    const store = createStore(databaseUrl);
    try {
      assert.equal(await store.feedback.commentsAllowed(forceA), false);
      const [rating] = await store.feedback.ratingsBy(forceA, [officer]);
      assert.deepEqual([rating?.rating, rating?.comment], [5, null]);
      const actions = (await store.audit.list(forceA)).map((entry) => entry.action);
      assert.ok(actions.includes('feedback.comments.off'));
    } finally {
      await store.close();
    }
    const on = await runScript('tenants', ['comments', forceA, 'on'], databaseUrl);
    assert.equal(on.code, 0, on.stderr);
    assert.match(on.stdout, /^Comments on /);
  });

  it('refuses a tenant it does not know, and a setting that is not on or off', async () => {
    const unknown = await runScript('tenants', ['comments', forceB, 'off'], databaseUrl);
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /No tenant/);
    const wrong = await runScript('tenants', ['comments', forceA, 'maybe'], databaseUrl);
    assert.equal(wrong.code, 2);
    assert.match(wrong.stderr, /comments <tenant id> on\|off/);
  });
});
