import { loadConfig } from '../../../src/config';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { pino } from 'pino';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createTenantAccess, seedTenants } from '../../../src/tenants/access';
import { parseTenantCommand, runTenantCommand } from '../../../src/tenants/admin';

const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const other = 'bbbbbbbb-0000-4000-8000-00000000000b';
const logger = pino({ level: 'silent' });
const run = promisify(execFile);

describe('which forces the service serves', () => {
  let dir: string;
  let databaseUrl: string;
  let store: Store;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-tenants-'));
    databaseUrl = join(dir, 'ltl.sqlite');
    store = createStore(databaseUrl);
    await store.migrate();
  });

  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves invited and consented tenants, and neither suspended nor unknown ones', async () => {
    await store.tenants.ensure(force, 'invited');
    await store.tenants.ensure(other, 'consented');
    await store.tenants.ensure('cccccccc-0000-4000-8000-00000000000c', 'suspended');
    const access = createTenantAccess(store, logger);
    assert.equal(await access.isAllowed(force), true);
    assert.equal(await access.isAllowed(other.toUpperCase()), true);
    assert.equal(await access.isAllowed('cccccccc-0000-4000-8000-00000000000c'), false);
    assert.equal(await access.isAllowed('eeeeeeee-0000-4000-8000-00000000000e'), false);
  });

  it('in local mode with ALLOWED_TENANTS=* serves unknown tenants but still not suspended ones', async () => {
    await store.tenants.ensure(force, 'suspended');
    const access = createTenantAccess(store, logger, { admitUnknown: true });
    assert.equal(await access.isAllowed(other), true);
    assert.equal(await access.isAllowed(force), false);
  });

  it('ALLOWED_TENANTS seeds new tenants as invited and never lifts a suspension on restart', async () => {
    await store.tenants.ensure(force, 'suspended');
    const seed = { allowedTenants: [force, other], bot: undefined };
    assert.equal(await seedTenants(store, seed), 1);
    assert.equal((await store.tenants.get(force))?.status, 'suspended');
    assert.equal((await store.tenants.get(other))?.status, 'invited');
    assert.equal(await seedTenants(store, seed), 0);
    assert.equal(await seedTenants(store, { allowedTenants: '*', bot: undefined }), 0);
  });

  it('the publisher’s own tenant is served for its editors, unless the operator suspends it', async () => {
    const publisher = 'dddddddd-0000-4000-8000-00000000000d';
    const { bot } = loadConfig({
      MICROSOFT_APP_ID: '5e0a0000-0000-4000-8000-0000000000a9',
      MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
      MICROSOFT_APP_TENANT_ID: publisher,
      OPERATOR_KEY: 'an-operator-key-that-is-long-enough-0123456789',
    });
    assert.equal(await seedTenants(store, { allowedTenants: [force], bot }), 2);
    assert.equal((await store.tenants.get(publisher))?.status, 'consented');
    await store.tenants.setStatus(publisher, 'suspended', 'by the operator');
    assert.equal(await seedTenants(store, { allowedTenants: [force], bot }), 0);
    assert.equal((await store.tenants.get(publisher))?.status, 'suspended');
  });

  it('a suspension by `npm run tenants` in another process takes effect within seconds, without a restart', async () => {
    await store.tenants.ensure(force, 'consented');
    let clock = 0;
    const access = createTenantAccess(store, logger, { now: () => clock });
    assert.equal(await access.isAllowed(force), true);

    await run(
      process.execPath,
      ['--import', 'tsx', 'scripts/tenants.ts', 'suspend', force, 'offboarding'],
      {
        env: { ...process.env, DATABASE_URL: databaseUrl },
      },
    );
    clock += 2_000;
    assert.equal(await access.isAllowed(force), false);

    const operatorsStore = createStore(databaseUrl);
    await runTenantCommand(operatorsStore, parseTenantCommand(['resume', force]));
    await operatorsStore.close();
    clock += 2_000;
    assert.equal(await access.isAllowed(force), true);
  });

  describe('the tenants command', () => {
    it('adds, suspends, resumes and lists, auditing each change', async () => {
      const exec = (...args: string[]) => runTenantCommand(store, parseTenantCommand(args));
      assert.match(
        await exec('add', force.toUpperCase(), 'Example', 'Constabulary'),
        /^Added: .* invited {2}Example Constabulary$/,
      );
      assert.match(await exec('add', force), /^Already known, unchanged/);
      assert.match(
        await exec('suspend', force, 'BotDisabledByAdmin'),
        /suspended \(BotDisabledByAdmin\)/,
      );
      assert.match(await exec('resume', force), /^Resumed: .* invited/);
      assert.match(await exec('list'), new RegExp(`^${force} {2}invited {2}Example Constabulary$`));
      assert.deepEqual(
        (await store.audit.list(force)).map((entry) => [entry.action, entry.actor]),
        [
          ['tenant.added', 'operator'],
          ['tenant.added', 'operator'],
          ['tenant.suspended', 'operator'],
          ['tenant.resumed', 'operator'],
        ],
      );
    });

    it('resumes a tenant that had consented as consented', async () => {
      await store.tenants.ensure(force, 'consented');
      await store.audit.append({
        tenantId: force,
        actor: 'tenant-admin',
        action: 'tenant.consented',
        subject: force,
        detail: {},
      });
      await runTenantCommand(store, parseTenantCommand(['suspend', force]));
      await runTenantCommand(store, parseTenantCommand(['resume', force]));
      assert.equal((await store.tenants.get(force))?.status, 'consented');
    });

    it('refuses a bad tenant id, an unknown command and an unknown tenant', async () => {
      assert.throws(() => parseTenantCommand(['add', 'not-a-guid']), /not a tenant id/);
      assert.throws(() => parseTenantCommand(['remove', force]), /usage/);
      await assert.rejects(
        runTenantCommand(store, parseTenantCommand(['suspend', other])),
        /add it first/,
      );
    });
  });
});
