import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Store } from '../../src/store/index';
import {
  emptyPostgresDatabase,
  freshPostgresDatabase,
  postgresAvailable,
} from '../../testkit/postgres';

/**
 * Runs a suite once per store engine: a temp SQLite file, then a fresh PostgreSQL database.
 *
 *     withEachEngine('subscriptions', (engine) => {
 *       it('…', async () => {
 *         const store = await engine.makeStore();
 *       });
 *     });
 *
 * Each test starts with an empty database; every `makeStore()` within one test opens another
 * migrated `Store` on that same database (two instances, as two servers would), and all are
 * closed after the test. (SQLite: a new file per test; PostgreSQL: one database per suite,
 * emptied after each test.) Without PostgreSQL (outside CI) only SQLite runs, and a warning says so.
 */
export interface EngineUnderTest {
  name: 'SQLite' | 'PostgreSQL';
  /** A migrated store on this test's database. */
  makeStore(): Promise<Store>;
  /** This test's database: a SQLite file path or a `postgres://` URL. */
  databaseUrl(): Promise<string>;
  /** Another, never migrated database of this engine, for a test that opens stores itself. */
  newDatabaseUrl(): Promise<string>;
}

const folders: string[] = [];
let warned = false;

function testFolder(): string {
  if (folders.length === 0) folders.push(mkdtempSync(join(tmpdir(), 'ltl-store-')));
  return folders[0]!;
}

/** Removes the temp folders of SQLite files (the root hook calls it at the end of the run). */
export function removeTestFolders(): void {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
}

let fileCount = 0;

interface Databases {
  /** A new empty database. */
  create(): Promise<string>;
  /** Empties a database after a test; false when a new one should be created instead. */
  empty(url: string): Promise<boolean>;
}

const sqliteDatabases: Databases = {
  create: async () => join(testFolder(), `store-${++fileCount}.sqlite`),
  empty: async () => false,
};

/** One PostgreSQL database per suite (creating one takes a while), emptied after each test. */
const postgresDatabases: Databases = {
  create: freshPostgresDatabase,
  empty: async (url) => {
    await emptyPostgresDatabase(url);
    return true;
  },
};

function defineFor(
  title: string,
  name: EngineUnderTest['name'],
  databases: Databases,
  define: (engine: EngineUnderTest) => void,
): void {
  describe(`${title} (${name})`, () => {
    let database: Promise<string> | undefined;
    let used = false;
    const open: Store[] = [];
    const engine: EngineUnderTest = {
      name,
      databaseUrl: () => {
        used = true;
        return (database ??= databases.create());
      },
      newDatabaseUrl: () => databases.create(),
      async makeStore() {
        const store = createStore(await engine.databaseUrl());
        open.push(store);
        await store.migrate();
        return store;
      },
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      if (database && used && !(await databases.empty(await database))) database = undefined;
      used = false;
    });
    define(engine);
  });
}

/** Defines `title` for SQLite and, where PostgreSQL is available, for PostgreSQL. */
export function withEachEngine(title: string, define: (engine: EngineUnderTest) => void): void {
  defineFor(title, 'SQLite', sqliteDatabases, define);
  if (postgresAvailable()) {
    defineFor(title, 'PostgreSQL', postgresDatabases, define);
  } else if (!warned) {
    warned = true;
    console.warn(
      'WARNING: PostgreSQL engine NOT tested (no TEST_DATABASE_URL, no initdb/pg_ctl on PATH); only SQLite ran.',
    );
  }
}
