import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import pg from 'pg';
import { withEachEngine } from '../../support/store';

/** The hot paths, as the store queries them, and the index each must use. */
const hotPaths = [
  {
    what: 'finding a posted thread (on every channel message a force sends)',
    sql: "SELECT * FROM posted_threads WHERE tenant_id = 't' AND channel_id = 'c' AND root_message_id = 'r'",
  },
  { what: 'due subscriptions', sql: "SELECT * FROM subscriptions WHERE status = 'active'" },
  { what: 'deliveries by status', sql: "SELECT * FROM deliveries WHERE status = 'sending'" },
  {
    what: 'the replies of a thread',
    sql: "SELECT * FROM replies WHERE tenant_id = 't' AND channel_id = 'c' AND root_message_id = 'r'",
  },
];

async function plan(engineName: string, url: string, sql: string): Promise<string> {
  if (engineName === 'SQLite') {
    const db = new Database(url, { readonly: true });
    try {
      const rows = db.prepare<[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`).all();
      return rows.map((row) => row.detail).join('\n');
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SET enable_seqscan = off');
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

withEachEngine('the store: indexes for the hot paths', (engine) => {
  for (const { what, sql } of hotPaths) {
    it(`${what} is an index lookup, not a scan of the table`, async () => {
      await engine.makeStore();
      const text = await plan(engine.name, await engine.databaseUrl(), sql);
      assert.match(text, /USING (COVERING )?INDEX|Index Scan|Bitmap Index Scan/i);
      assert.doesNotMatch(text, /^SCAN |Seq Scan/m);
    });
  }
});
