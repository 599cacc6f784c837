import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createStore, type Store } from '../../src/store/index';
import { freshPostgresDatabase, postgresAvailable } from './postgres';

/**
 * Runs a suite once per store engine: a temp SQLite file, then a fresh PostgreSQL database.
 *
 *     withEachEngine('subscriptions', (engine) => {
 *       it('…', async () => {
 *         const store = await engine.makeStore();
 *       });
 *     });
 *
 * Each test gets its own empty database; every `makeStore()` within one test opens another
 * migrated `Store` on that same database (two instances, as two servers would), and all are
 * closed after the test. Without PostgreSQL (outside CI) only SQLite runs, and a warning says so.
 */
export interface EngineUnderTest {
  name: 'SQLite' | 'PostgreSQL';
  /** A migrated store on this test's database. */
  makeStore(): Promise<Store>;
  /** This test's database: a SQLite file path or a `postgres://` URL. */
  databaseUrl(): Promise<string>;
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

function defineFor(
  title: string,
  name: EngineUnderTest['name'],
  freshDatabase: () => Promise<string>,
  define: (engine: EngineUnderTest) => void,
): void {
  describe(`${title} (${name})`, () => {
    let database: Promise<string> | undefined;
    const open: Store[] = [];
    const engine: EngineUnderTest = {
      name,
      databaseUrl: () => (database ??= freshDatabase()),
      async makeStore() {
        const store = createStore(await engine.databaseUrl());
        open.push(store);
        await store.migrate();
        return store;
      },
    };
    afterEach(async () => {
      await Promise.all(open.splice(0).map((store) => store.close()));
      database = undefined;
    });
    define(engine);
  });
}

/** Defines `title` for SQLite and, where PostgreSQL is available, for PostgreSQL. */
export function withEachEngine(title: string, define: (engine: EngineUnderTest) => void): void {
  defineFor(title, 'SQLite', async () => join(testFolder(), `store-${++fileCount}.sqlite`), define);
  if (postgresAvailable()) {
    defineFor(title, 'PostgreSQL', freshPostgresDatabase, define);
  } else if (!warned) {
    warned = true;
    console.warn(
      'WARNING: PostgreSQL engine NOT tested (no TEST_DATABASE_URL, no initdb/pg_ctl on PATH); only SQLite ran.',
    );
  }
}
