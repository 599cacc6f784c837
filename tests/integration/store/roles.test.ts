import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createStore } from '../../../src/store/index';
import type { Store } from '../../../src/store/types';
import { freshPostgresDatabase, postgresAvailable } from '../../../testkit/postgres';
import { tenantA, tenantB } from './fixtures';

/** `url` connecting as another role (and password). */
function as(url: string, role: string, password?: string): string {
  const target = new URL(url);
  target.username = role;
  target.password = password ?? '';
  return target.toString();
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The SQLSTATE a statement fails with, or undefined when it succeeds. */
async function failureOf(url: string, sql: string): Promise<string | undefined> {
  return withClient(url, async (client) => {
    try {
      await client.query(sql);
      return undefined;
    } catch (error) {
      return (error as { code?: string }).code;
    }
  });
}

if (postgresAvailable()) {
  describe('the store on PostgreSQL with a migration role and a runtime role', () => {
    const suffix = randomBytes(4).toString('hex');
    const owner = `ltl_owner_${suffix}`;
    const runtime = `ltl_app_${suffix}`;
    let adminUrl: string;
    let ownerUrl: string;
    let runtimeUrl: string;
    const stores: Store[] = [];

    before(async () => {
      adminUrl = await freshPostgresDatabase();
      await withClient(adminUrl, async (client) => {
        const database = new URL(adminUrl).pathname.slice(1);
        await client.query(`CREATE ROLE ${owner} LOGIN CREATEROLE PASSWORD 'owner-secret'`);
        await client.query(`ALTER DATABASE ${database} OWNER TO ${owner}`);
        // As on servers older than PostgreSQL 15, where everyone may create in schema public.
        await client.query('GRANT CREATE ON SCHEMA public TO PUBLIC');
      });
      ownerUrl = as(adminUrl, owner, 'owner-secret');
      runtimeUrl = as(adminUrl, runtime, 'runtime-secret');
    });

    after(async () => {
      await Promise.all(stores.map((store) => store.close()));
      await withClient(adminUrl, async (client) => {
        const database = new URL(adminUrl).pathname.slice(1);
        await client.query('SET ROLE postgres');
        await client.query(`REASSIGN OWNED BY ${owner}, ${runtime} TO postgres`);
        await client.query(`DROP OWNED BY ${owner}, ${runtime}`);
        await client.query(`ALTER DATABASE ${database} OWNER TO postgres`);
      });
      await withClient(adminUrl.replace(/\/[^/]*$/, '/postgres'), async (client) => {
        await client.query(`DROP ROLE IF EXISTS ${runtime}`);
        await client.query(`DROP ROLE IF EXISTS ${owner}`);
      });
    });

    const open = async (migrationUrl = ownerUrl) => {
      const store = createStore(runtimeUrl, undefined, { migrationUrl });
      stores.push(store);
      await store.migrate();
      return store;
    };

    it('migrates as the migration role, which owns every table, and creates the runtime role', async () => {
      await open();
      const { rows } = await withClient(adminUrl, (client) =>
        client.query<{ tableowner: string }>(
          "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
        ),
      );
      assert.deepEqual(
        rows.map((row) => row.tableowner),
        [owner],
      );
      const role = await withClient(adminUrl, (client) =>
        client.query<{ rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean }>(
          'SELECT rolsuper, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = $1',
          [runtime],
        ),
      );
      assert.deepEqual(role.rows, [{ rolsuper: false, rolcreaterole: false, rolcreatedb: false }]);
    });

    it('serves with the runtime role: it reads and writes rows', async () => {
      const store = await open();
      await store.tenants.ensure(tenantA, 'consented');
      await store.tenants.setStatus(tenantA, 'suspended', 'operator');
      const entry = await store.audit.append({
        tenantId: tenantA,
        actor: 'operator',
        action: 'tenant.suspended',
        subject: tenantA,
        detail: {},
      });
      assert.ok(entry.id);
      assert.equal((await store.tenants.get(tenantA))?.status, 'suspended');
      assert.ok((await store.privacy.deleteTenant(tenantA)).tenants! >= 1);
      assert.equal(await store.tenants.get(tenantA), undefined);
    });

    it('the runtime role cannot change the schema', async () => {
      await open();
      for (const statement of [
        'CREATE TABLE intruder (id INTEGER)',
        'ALTER TABLE replies ADD COLUMN extra TEXT',
        'DROP TABLE replies',
        'TRUNCATE replies',
        'CREATE INDEX replies_by_text ON replies (text)',
        'DELETE FROM schema_migrations',
      ]) {
        assert.equal(await failureOf(runtimeUrl, statement), '42501', statement);
      }
    });

    it('starts again as often as instances do: migrating twice changes nothing', async () => {
      await Promise.all([open(), open()]);
      const store = await open();
      await store.tenants.ensure(tenantA, 'invited');
      assert.equal((await store.tenants.get(tenantA))?.status, 'invited');
    });

    it('the runtime role alone opens a database that is up to date (an operator command)', async () => {
      const store = createStore(runtimeUrl);
      stores.push(store);
      await store.migrate();
      await store.tenants.ensure(tenantB, 'invited');
      assert.equal((await store.tenants.get(tenantB))?.status, 'invited');
    });

    it('without a migration role, the one role in DATABASE_URL does both, as before', async () => {
      const single = createStore(ownerUrl);
      stores.push(single);
      await single.migrate();
      await single.tenants.setStatus(tenantB, 'consented', null);
      assert.equal((await single.tenants.get(tenantB))?.status, 'consented');
    });
  });
}
