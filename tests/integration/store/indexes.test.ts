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
    what: 'the thread a delivery started (the tab opening a weekly post)',
    sql: "SELECT * FROM posted_threads WHERE delivery_id = 'd' AND tenant_id = 't'",
  },
  {
    what: 'the latest thread of a case in a team (the discussion view)',
    sql: "SELECT * FROM posted_threads WHERE tenant_id = 't' AND team_id = 'x' AND case_id = 'c' ORDER BY posted_at DESC LIMIT 1",
  },
  {
    what: 'whether a person’s data was erased (on every edit of a reply we do not hold)',
    sql: "SELECT MAX(at) FROM audit_entries WHERE tenant_id = 't' AND action = 'person.erased' AND subject IN ('a', 'b')",
  },
  {
    what: 'a page of a tenant’s due deliveries',
    sql: "SELECT * FROM deliveries WHERE tenant_id = 't' AND status = 'pending' AND due_at <= '2026-01-01' ORDER BY due_at, id LIMIT 100",
  },
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

withEachEngine('the store: insights count replies from an index alone', (engine) => {
  it('a force’s replies of a period, as insights group them, are read from an index without its rows', async () => {
    await engine.makeStore();
    const url = await engine.databaseUrl();
    const sql =
      "SELECT tenant_id, created_at, case_id, author_id, channel_id, root_message_id FROM replies WHERE tenant_id = 't' AND created_at >= '2026-11-23' AND created_at < '2026-11-30'";
    if (engine.name === 'SQLite') {
      assert.match(await plan(engine.name, url, sql), /USING COVERING INDEX/);
      return;
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off');
      await client.query('SET enable_bitmapscan = off');
      const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${sql}`);
      assert.match(rows.map((row) => row['QUERY PLAN']).join('\n'), /Index Only Scan/);
    } finally {
      await client.end();
    }
  });
});
