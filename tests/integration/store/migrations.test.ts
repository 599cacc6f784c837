import assert from 'node:assert/strict';
import { createStore, migrations } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { tenantA } from './fixtures';

withEachEngine('the store: migrations', (engine) => {
  it('applies every version once: migrating again changes nothing and keeps the data', async () => {
    const store = await engine.makeStore();
    await store.ensureTenant(tenantA, 'consented');
    await store.migrate();
    const again = await engine.makeStore();
    await again.ping();
    assert.equal((await again.getTenant(tenantA))?.status, 'consented');
    assert.ok(migrations.every((migration, index) => migration.version === index + 1));
  });

  it('when two instances start together on an empty database, both migrate without error', async () => {
    const url = await engine.newDatabaseUrl();
    const first = createStore(url);
    const second = createStore(url);
    try {
      await Promise.all([first.migrate(), second.migrate()]);
      await first.ensureTenant(tenantA, 'invited');
      assert.equal((await second.getTenant(tenantA))?.status, 'invited');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
