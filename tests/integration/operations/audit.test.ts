import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import {
  formatAuditTrail,
  listAuditTrail,
  type ServiceStatus,
} from '../../../src/operations/index';
import {
  erasePersonData,
  exportPersonData,
  offboardTenant,
  setRetention,
} from '../../../src/privacy/index';
import { createStore, type Store } from '../../../src/store/index';
import { runScript } from '../privacy/run-script';
import { forceA, forceB, officer, seedForce } from '../privacy/seed';

const logger = pino({ level: 'silent' });

describe('the audit trail', () => {
  let folder: string;
  let count = 0;
  const open: Store[] = [];
  const makeStore = async (): Promise<{ store: Store; databaseUrl: string }> => {
    const databaseUrl = join(folder, `audit-${++count}.sqlite`);
    const store = createStore(databaseUrl);
    open.push(store);
    await store.migrate();
    return { store, databaseUrl };
  };
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-audit-'));
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((store) => store.close()));
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  it('records who did what for each change of retention and of a person’s data, newest first; after erasure the export no longer names them', async () => {
    const { store } = await makeStore();
    await seedForce(store, forceA);
    await setRetention(store, forceA, 6);
    await exportPersonData(store, forceA, officer);
    await erasePersonData(store, forceA, officer);

    const trail = await listAuditTrail(store, forceA);

    assert.deepEqual(
      trail.map((entry) => [
        entry.actor,
        entry.action,
        entry.subject.startsWith('erased-') ? 'a pseudonym' : entry.subject,
      ]),
      [
        ['operator', 'person.erased', officer],
        ['operator', 'person.exported', 'a pseudonym'],
        ['operator', 'retention.set', forceA],
      ],
    );
    const text = formatAuditTrail(trail);
    assert.match(text, /^when +who +what +subject +detail$/m);
    assert.match(text, /^\S+Z +operator +retention\.set +\S+ +\{"from":12,"to":6\}$/m);
  });

  it('keeps the record of a removed force in the service-wide trail', async () => {
    const { store } = await makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await offboardTenant(store, forceA, logger);

    assert.deepEqual(await listAuditTrail(store, forceA), []);
    const [removal] = await listAuditTrail(store, null);
    assert.deepEqual([removal!.action, removal!.subject], ['tenant.removed', forceA]);
    assert.equal(formatAuditTrail([]), 'No audit entries.');
  });

  it('`npm run audit` lists a force’s trail and `npm run status -- --json` its figures', async () => {
    const { store, databaseUrl } = await makeStore();
    await seedForce(store, forceA, { name: 'Example Constabulary' });
    await setRetention(store, forceA, 18);
    await exportPersonData(store, forceA, officer);

    const [audit, status] = await Promise.all([
      runScript('audit', [forceA], databaseUrl),
      runScript('status', ['--json'], databaseUrl),
    ]);

    assert.equal(audit.code, 0, audit.stderr);
    const lines = audit.stdout.trim().split('\n');
    assert.match(lines[2]!, / person\.exported /);
    assert.match(lines[3]!, / retention\.set /);
    assert.equal(status.code, 0, status.stderr);
    const figures = JSON.parse(status.stdout) as ServiceStatus;
    assert.deepEqual(
      figures.tenants.map((t) => [t.tenantId, t.name, t.retentionMonths, t.subscriptions.active]),
      [[forceA, 'Example Constabulary', 18, 1]],
    );
  });
});
