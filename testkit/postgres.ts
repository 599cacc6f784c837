import { execFile, execFileSync } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * A PostgreSQL server for the tests and the bench: `TEST_DATABASE_URL` when set, otherwise one
 * throwaway cluster per run (started on first use, stopped by the tests' root hook in
 * tests/support/hooks.ts, by the bench when done, or at exit). Under `CI=true` a run without
 * PostgreSQL fails: the engine is never silently left untested.
 */

const run = promisify(execFile);

interface Cluster {
  folder: string;
  url: string;
}

let cluster: Cluster | undefined;
let starting: Promise<string | undefined> | undefined;
const createdDatabases: string[] = [];

function onPath(program: string): boolean {
  return (process.env.PATH ?? '').split(delimiter).some((folder) => {
    try {
      accessSync(join(folder, program), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/** Whether a PostgreSQL run is possible; under `CI=true` its absence is an error. */
export function postgresAvailable(): boolean {
  const available =
    Boolean(process.env.TEST_DATABASE_URL) || (onPath('initdb') && onPath('pg_ctl'));
  if (!available && process.env.CI === 'true') {
    throw new Error(
      'CI=true needs PostgreSQL for the store tests: set TEST_DATABASE_URL or put initdb and pg_ctl on PATH.',
    );
  }
  return available;
}

/** As root, PostgreSQL's tools run as the `postgres` user (initdb refuses root). */
function asServerUser(program: string, args: string[]): [string, string[]] {
  return process.getuid?.() === 0
    ? ['runuser', ['-u', 'postgres', '--', program, ...args]]
    : [program, args];
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no loopback port');
  return address.port;
}

async function startCluster(): Promise<Cluster> {
  const folder = mkdtempSync(join(tmpdir(), 'ltl-pg-'));
  if (process.getuid?.() === 0) execFileSync('chown', ['postgres', folder]);
  const data = join(folder, 'data');
  const port = await freePort();
  await run(
    ...asServerUser('initdb', [
      '-D',
      data,
      '-A',
      'trust',
      '-U',
      'postgres',
      '--locale=C',
      '-E',
      'UTF8',
      '--no-sync',
    ]),
  );
  const options = `-p ${port} -k ${folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
  await run(
    ...asServerUser('pg_ctl', [
      '-D',
      data,
      '-o',
      options,
      '-l',
      join(folder, 'log'),
      '-w',
      'start',
    ]),
  );
  cluster = { folder, url: `postgres://postgres@127.0.0.1:${port}/postgres` };
  process.once('exit', stopClusterNow);
  return cluster;
}

function stopClusterNow(): void {
  if (!cluster) return;
  const { folder } = cluster;
  cluster = undefined;
  starting = undefined;
  try {
    execFileSync(
      ...asServerUser('pg_ctl', ['-D', join(folder, 'data'), '-m', 'immediate', '-w', 'stop']),
      {
        stdio: 'ignore',
      },
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The server's URL (memoised), or undefined when no PostgreSQL is available outside CI. */
export function testPostgresUrl(): Promise<string | undefined> {
  starting ??= (async () => {
    if (process.env.TEST_DATABASE_URL) return process.env.TEST_DATABASE_URL;
    if (!postgresAvailable()) return undefined;
    return (await startCluster()).url;
  })();
  return starting;
}

function withDatabase(url: string, database: string): string {
  const target = new URL(url);
  target.pathname = `/${database}`;
  return target.toString();
}

/** Creates a new empty database for one suite (or test) and returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const url = await testPostgresUrl();
  if (url === undefined) throw new Error('PostgreSQL is not available for this test run.');
  const database = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${database}`);
  } finally {
    await client.end();
  }
  createdDatabases.push(database);
  return withDatabase(url, database);
}

/** Deletes every row of a database's tables but `schema_migrations`, keeping the schema. */
export async function emptyPostgresDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ tablename: string }>(
      "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
    );
    if (rows.length === 0) return;
    await client.query(`TRUNCATE ${rows.map((row) => `"${row.tablename}"`).join(', ')} CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * Stops the throwaway cluster at once (`immediate`: no checkpoint, since its folder is deleted
 * next), or drops the databases made on `TEST_DATABASE_URL`.
 */
export async function stopTestPostgres(): Promise<void> {
  if (cluster) {
    const { folder } = cluster;
    cluster = undefined;
    starting = undefined;
    process.removeListener('exit', stopClusterNow);
    await run(
      ...asServerUser('pg_ctl', ['-D', join(folder, 'data'), '-m', 'immediate', '-w', 'stop']),
    );
    rmSync(folder, { recursive: true, force: true });
    return;
  }
  const url = process.env.TEST_DATABASE_URL;
  if (!url || createdDatabases.length === 0) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const database of createdDatabases.splice(0)) {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

/**
 * A real outage of one database, as a failover looks to the service: its connections are
 * terminated and new ones refused (`ALLOW_CONNECTIONS false` holds for superusers too), until
 * `end()`. The server itself stays up for the other databases.
 */
export function databaseOutage(url: string): { begin(): Promise<void>; end(): Promise<void> } {
  const database = new URL(url).pathname.slice(1);
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: withDatabase(url, 'postgres') });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  return {
    async begin() {
      await admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS false`);
      await admin(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${database}'`,
      );
    },
    end: () => admin(`ALTER DATABASE ${database} ALLOW_CONNECTIONS true`),
  };
}
