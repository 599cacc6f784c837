import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { createLibrary } from '../src/content/library';
import {
  addWeeks,
  keepSettledWeeks,
  readInsights,
  storeInsightSources,
  weekOf,
} from '../src/insights';
import { createStore } from '../src/store';
import { freshPostgresDatabase, stopTestPostgres, testPostgresUrl } from '../testkit/postgres';
import { median } from './measure';

const FORCES = 45;
const SUBSCRIPTIONS = 10_000;
const WEEKS = 52;
const REPLIES = 500_000;
const READS = 2_000_000;
const CASES = 12;
const RUNS = 5;
/** Rows per multi-row insert into PostgreSQL. */
const BATCH = 10_000;

const tenantOf = (force: number) => `${String(force).padStart(8, '0')}-0000-4000-8000-000000000000`;

type Value = string | number | null;

/**
 * The tables the bench seeds: the columns each row gives (with PostgreSQL's type of each, for
 * `unnest`) and the columns every row shares, as SQL both engines read alike.
 */
const tables = {
  subscriptions: {
    columns: [
      ['id', 'text'],
      ['tenant_id', 'text'],
      ['team_id', 'text'],
      ['channel_id', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    shared: {
      weekday: '1',
      time: "'09:00'",
      time_zone: "'Europe/London'",
      audiences: "'[]'",
      themes: "'[]'",
      notify_new_issues: 'FALSE',
      status: "'active'",
      updated_by: "'bench'",
    },
  },
  deliveries: {
    columns: [
      ['id', 'text'],
      ['subscription_id', 'text'],
      ['tenant_id', 'text'],
      ['team_id', 'text'],
      ['channel_id', 'text'],
      ['week_key', 'text'],
      ['case_id', 'text'],
      ['due_at', 'timestamptz'],
      ['status', 'text'],
      ['root_message_id', 'text'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    shared: { attempts: '1', possible_duplicate: 'FALSE' },
  },
  posted_threads: {
    columns: [
      ['tenant_id', 'text'],
      ['team_id', 'text'],
      ['channel_id', 'text'],
      ['root_message_id', 'text'],
      ['case_id', 'text'],
      ['delivery_id', 'text'],
      ['posted_at', 'timestamptz'],
    ],
    shared: {},
  },
  replies: {
    columns: [
      ['tenant_id', 'text'],
      ['channel_id', 'text'],
      ['root_message_id', 'text'],
      ['id', 'text'],
      ['team_id', 'text'],
      ['case_id', 'text'],
      ['author_id', 'text'],
      ['created_at', 'timestamptz'],
    ],
    shared: { author_name: "'Colleague'", text: "'A reply.'" },
  },
  case_reads: {
    columns: [
      ['tenant_id', 'text'],
      ['day', 'text'],
      ['case_id', 'text'],
      ['reads', 'integer'],
    ],
    shared: {},
  },
} satisfies Record<string, { columns: [string, string][]; shared: Record<string, string> }>;

type Table = keyof typeof tables;

/** The tables in the order their rows may be written (a delivery names its subscription). */
const tableOrder = Object.keys(tables) as Table[];

/**
 * A year of every force's figures, row by row, the same on each run and engine: 45 forces, 10,000
 * subscriptions each posted weekly (deliveries and threads), 500,000 replies, and 2 million reads
 * kept as counts per case, force and day.
 */
function* seedRows(from: string): Generator<[Table, Value[]]> {
  const start = new Date(`${from}T00:00:00.000Z`).getTime();
  const day = 24 * 3600_000;
  let random = 42;
  const next = (below: number) => {
    random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
    return random % below;
  };
  const created = new Date(start).toISOString();
  for (let index = 0; index < SUBSCRIPTIONS; index++) {
    const tenant = tenantOf(index % FORCES);
    const team = `19:team-${index % 400}@thread.tacv2`;
    const channel = `19:channel-${index}@thread.tacv2`;
    yield ['subscriptions', [`sub-${index}`, tenant, team, channel, created, created]];
    for (let week = 0; week < WEEKS; week++) {
      const due = new Date(start + week * 7 * day + 9 * 3600_000).toISOString();
      const caseId = `44-${(week % CASES) + 1}`;
      const sent = next(20) !== 0;
      const root = sent ? `root-${index}-${week}` : null;
      const id = `d-${index}-${week}`;
      yield [
        'deliveries',
        [
          id,
          `sub-${index}`,
          tenant,
          team,
          channel,
          `w${week}`,
          caseId,
          due,
          sent ? 'sent' : 'failed',
          root,
          due,
          due,
        ],
      ];
      if (root) yield ['posted_threads', [tenant, team, channel, root, caseId, id, due]];
    }
  }
  for (let index = 0; index < REPLIES; index++) {
    const subscriptionIndex = next(SUBSCRIPTIONS);
    const week = next(WEEKS);
    const at = start + week * 7 * day + 10 * 3600_000 + next(5 * day);
    yield [
      'replies',
      [
        tenantOf(subscriptionIndex % FORCES),
        `19:channel-${subscriptionIndex}@thread.tacv2`,
        `root-${subscriptionIndex}-${week}`,
        `reply-${index}`,
        `19:team-${subscriptionIndex % 400}@thread.tacv2`,
        `44-${(week % CASES) + 1}`,
        `officer-${next(300)}`,
        new Date(at).toISOString(),
      ],
    ];
  }
  const rows = FORCES * WEEKS * 7 * CASES;
  const each = Math.floor(READS / rows);
  let left = READS - each * rows;
  for (let force = 0; force < FORCES; force++) {
    for (let dayIndex = 0; dayIndex < WEEKS * 7; dayIndex++) {
      const date = new Date(start + dayIndex * day).toISOString().slice(0, 10);
      for (let caseIndex = 1; caseIndex <= CASES; caseIndex++) {
        const extra = left > 0 ? 1 : 0;
        left -= extra;
        yield ['case_reads', [tenantOf(force), date, `44-${caseIndex}`, each + extra]];
      }
    }
  }
}

const columnList = (table: Table) => {
  const { columns, shared } = tables[table];
  return [...columns.map(([name]) => name), ...Object.keys(shared)].join(', ');
};

/**
 * Seeds straight into the SQLite file in one transaction (the bench only: the service never writes
 * this way), the tables' own indexes dropped first and built again after, as a bulk load does.
 */
function seedSqlite(file: string, from: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  const indexes = db
    .prepare<string[], { name: string; sql: string }>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN (${tableOrder.map(() => '?').join(', ')})`,
    )
    .all(...tableOrder);
  for (const { name } of indexes) db.exec(`DROP INDEX ${name}`);
  const insert = Object.fromEntries(
    tableOrder.map((table) => {
      const { columns, shared } = tables[table];
      const values = [...columns.map(() => '?'), ...Object.values(shared)].join(', ');
      return [table, db.prepare(`INSERT INTO ${table} (${columnList(table)}) VALUES (${values})`)];
    }),
  ) as Record<Table, Database.Statement>;
  db.transaction(() => {
    for (const [table, values] of seedRows(from)) insert[table].run(...values);
  })();
  for (const { sql } of indexes) db.exec(sql);
  db.pragma('optimize');
  db.close();
}

/**
 * Seeds the PostgreSQL database with multi-row inserts, one array per column (`unnest`), a batch
 * at a time in the tables' order, the indexes that back no constraint dropped first and built
 * again after, then vacuums and analyses as autovacuum would in service.
 */
async function seedPostgres(url: string, from: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: indexes } = await client.query<{ name: string; definition: string }>(
      `SELECT index.relname AS name, pg_get_indexdef(index.oid) AS definition
       FROM pg_index JOIN pg_class index ON index.oid = pg_index.indexrelid
         JOIN pg_class seeded ON seeded.oid = pg_index.indrelid
       WHERE seeded.relname = ANY($1)
         AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = index.oid)`,
      [tableOrder],
    );
    for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
    const batches = Object.fromEntries(tableOrder.map((table) => [table, [] as Value[][]]));
    const flush = async () => {
      for (const table of tableOrder) {
        const rows = batches[table]!;
        if (rows.length === 0) continue;
        const { columns, shared } = tables[table];
        const arrays = columns.map(([, type], index) => `$${index + 1}::${type}[]`).join(', ');
        const sharedValues = Object.values(shared)
          .map((value) => `, ${value}`)
          .join('');
        await client.query(
          `INSERT INTO ${table} (${columnList(table)}) SELECT *${sharedValues} FROM unnest(${arrays})`,
          columns.map((_column, index) => rows.map((row) => row[index])),
        );
        rows.length = 0;
      }
    };
    for (const [table, values] of seedRows(from)) {
      batches[table]!.push(values);
      if (batches[table]!.length >= BATCH) await flush();
    }
    await flush();
    await client.query("SET maintenance_work_mem = '256MB'");
    for (const { definition } of indexes) await client.query(definition);
    await client.query('VACUUM ANALYZE');
  } finally {
    await client.end();
  }
}

/** The engine a figure is measured on: its store URL, how it is seeded, and its plain counts. */
interface Engine {
  name: 'SQLite' | 'PostgreSQL';
  url: string;
  seed(from: string): Promise<void>;
  /** Opens the plain counts of the same rows: counting, then closing. */
  plainCounts(tenants: string[], from: string, until: string): Promise<PlainCounts>;
}

interface PlainCounts {
  count(): Promise<void>;
  close(): Promise<void>;
}

/** The plain indexed counts: replies, deliveries, threads and reads of the forces and weeks. */
const plainCountQueries = (marks: string) => [
  `SELECT COUNT(*) FROM replies WHERE tenant_id IN (${marks}) AND created_at >= ? AND created_at < ?`,
  `SELECT COUNT(*) FROM deliveries WHERE tenant_id IN (${marks}) AND due_at >= ? AND due_at < ?`,
  `SELECT COUNT(*) FROM posted_threads WHERE tenant_id IN (${marks}) AND posted_at >= ? AND posted_at < ?`,
  `SELECT SUM(reads) FROM case_reads WHERE tenant_id IN (${marks}) AND day >= ? AND day < ?`,
];

const instants = (from: string, until: string) => [
  `${from}T00:00:00.000Z`,
  `${until}T00:00:00.000Z`,
];

function sqliteEngine(file: string): Engine {
  return {
    name: 'SQLite',
    url: file,
    seed: async (from) => seedSqlite(file, from),
    async plainCounts(tenants, from, until) {
      const db = new Database(file, { readonly: true });
      const queries = plainCountQueries(tenants.map(() => '?').join(', ')).map((sql) =>
        db.prepare(sql),
      );
      return {
        async count() {
          queries.forEach((query, index) =>
            query.get(...tenants, ...(index === 3 ? [from, until] : instants(from, until))),
          );
        },
        close: async () => void db.close(),
      };
    },
  };
}

function postgresEngine(url: string): Engine {
  return {
    name: 'PostgreSQL',
    url,
    seed: (from) => seedPostgres(url, from),
    async plainCounts(tenants, from, until) {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const queries = plainCountQueries(tenants.map(() => '?').join(', ')).map((sql) => {
        let number = 0;
        return sql.replace(/\?/g, () => `$${++number}`);
      });
      return {
        async count() {
          for (const [index, query] of queries.entries()) {
            await client.query(query, [
              ...tenants,
              ...(index === 3 ? [from, until] : instants(from, until)),
            ]);
          }
        },
        close: () => client.end(),
      };
    },
  };
}

/**
 * An editor's insights page (every force, force by force, a year of whole weeks) against a plain
 * indexed count of the same rows (replies, deliveries, threads and reads of the same forces and
 * weeks), in the same run, as a ratio.
 */
async function benchEngine(engine: Engine): Promise<void> {
  const to = weekOf(new Date('2026-11-30T00:00:00Z'));
  const from = addWeeks(to, -(WEEKS - 1));
  const migrated = createStore(engine.url);
  await migrated.migrate();
  for (let force = 0; force < FORCES; force++) {
    await migrated.tenants.ensure(tenantOf(force), 'consented', `Force ${force + 1}`);
  }
  await migrated.close();
  const seeding = performance.now();
  await engine.seed(from);
  const seeded = performance.now() - seeding;

  const store = createStore(engine.url);
  const tenants = (await store.tenants.list()).map((tenant) => tenant.id);
  const editor = {
    tenantId: tenantOf(0),
    userObjectId: 'bench',
    name: 'Editor',
    roles: ['Editor' as const],
  };
  const until = addWeeks(to, 1);
  const page = async () =>
    readInsights(
      editor,
      { by: 'week', from, to },
      {
        store,
        sources: storeInsightSources(store, () => createLibrary([])),
        caseTitle: () => null,
        now: () => new Date(`${until}T12:00:00Z`),
      },
    );
  const plain = await engine.plainCounts(tenants, from, until);
  let started = performance.now();
  await keepSettledWeeks(
    store,
    tenants.map((tenant) => tenant.toLowerCase()),
    new Date(`${until}T12:00:00Z`),
  );
  const keeping = performance.now() - started;
  started = performance.now();
  const view = await page();
  const first = performance.now() - started;
  await plain.count();
  const pageTimes: number[] = [];
  const countTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    started = performance.now();
    await plain.count();
    countTimes.push(performance.now() - started);
    started = performance.now();
    await page();
    pageTimes.push(performance.now() - started);
  }
  await plain.close();
  await store.close();
  const insights = median(pageTimes);
  const baseline = median(countTimes);
  console.log(
    `insights seeded in ${(seeded / 1000).toFixed(1)} s: ${FORCES} forces, ${SUBSCRIPTIONS} subscriptions ` +
      `posting for ${WEEKS} weeks, ${REPLIES} replies, ${READS} reads (${engine.name})`,
  );
  console.log(
    `insights page (${engine.name}), every force over ${view.weeks.length} weeks: ${insights.toFixed(0)} ms; ` +
      `plain indexed counts of the same rows: ${baseline.toFixed(0)} ms ` +
      `(ratio ${(insights / baseline).toFixed(1)}); the first page: ${first.toFixed(0)} ms, after the ` +
      `daily job kept the settled weeks' counts in ${keeping.toFixed(0)} ms ` +
      `(total replies shown ${view.total.replies.value})`,
  );
}

/** The insights page on SQLite, then on a throwaway PostgreSQL cluster (skipped, saying why, without one). */
export async function bench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-insights-'));
  try {
    await benchEngine(sqliteEngine(join(folder, 'store.sqlite')));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  let url: string | undefined;
  try {
    url = (await testPostgresUrl()) && (await freshPostgresDatabase());
  } catch (error) {
    console.log(`insights page (PostgreSQL): skipped, ${(error as Error).message}`);
    return;
  }
  if (url === undefined) {
    console.log(
      'insights page (PostgreSQL): skipped, neither TEST_DATABASE_URL is set nor initdb and pg_ctl are on PATH',
    );
    return;
  }
  try {
    await benchEngine(postgresEngine(url));
  } finally {
    await stopTestPostgres();
  }
}
