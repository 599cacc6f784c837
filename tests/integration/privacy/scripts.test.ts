import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PersonDataExport } from '../../../src/privacy/index';
import { createStore } from '../../../src/store/index';
import { runScript } from './run-script';
import { colleague, forceA, officer, seedForce, seedReply } from './seed';

describe('npm run privacy', () => {
  let folder: string;
  let databaseUrl: string;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-privacy-script-'));
    databaseUrl = join(folder, 'ltl.sqlite');
    const store = createStore(databaseUrl);
    await store.migrate();
    await seedForce(store, forceA);
    await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));
    await seedReply(store, forceA, colleague, new Date('2026-11-24T09:00:00.000Z'));
    await store.close();
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('export --out writes the person’s data as JSON to a file only its owner can read', async () => {
    const out = join(folder, 'subject-access.json');

    const run = await runScript('privacy', ['export', forceA, officer, '--out', out], databaseUrl);

    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    const exported = JSON.parse(readFileSync(out, 'utf8')) as PersonDataExport;
    assert.equal(exported.objectId, officer);
    assert.deepEqual(
      exported.replies.map((reply) => [reply.caseId, reply.team.name, reply.channel.name]),
      [['43-2', 'Response Team North', 'Briefing']],
    );
    assert.equal(statSync(out).mode & 0o077, 0);
  });

  it('erase removes the person’s replies and says how many', async () => {
    const run = await runScript('privacy', ['erase', forceA, officer], databaseUrl);

    assert.equal(run.code, 0, run.stderr);
    assert.ok(
      run.stdout.startsWith(
        `Erased ${officer} in ${forceA}: 1 reply, 0 learning-record entries, 0 ratings and 0 poll votes deleted; 1 weekly-post setting, `,
      ),
      run.stdout,
    );
    assert.match(
      run.stdout,
      /\d+ audit (entry|entries) and 0 team-response rows no longer name them\.\n$/,
    );
    const store = createStore(databaseUrl);
    try {
      assert.equal((await store.privacy.repliesBy(forceA, officer)).length, 0);
      assert.equal((await store.privacy.repliesBy(forceA, colleague)).length, 1);
    } finally {
      await store.close();
    }
  });

  it('`tenants remove` without a terminal removes nothing unless --yes is given', async () => {
    const refused = await runScript('tenants', ['remove', forceA], databaseUrl);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /add --yes/);

    const removed = await runScript('tenants', ['remove', forceA, '--yes'], databaseUrl);
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, new RegExp(`^Removed ${forceA}:\\n`));
    assert.match(removed.stdout, /^replies: 1$/m);
    const store = createStore(databaseUrl);
    try {
      assert.equal(await store.tenants.get(forceA), undefined);
    } finally {
      await store.close();
    }
  });
});
