import pg from 'pg';
import type { Logger } from '../../logger';
import type { SqlEngine, SqlExecutor, SqlParam, SqlRow } from '../sql/engine';

/** Any fixed number: the key of the advisory lock that lets one instance migrate at a time. */
const MIGRATION_LOCK_KEY = 7_024_311;

const numberedCache = new Map<string, string>();

/** `?` placeholders become `$1`, `$2`, … (no query of the store has a literal `?`). */
function numbered(sql: string): string {
  let text = numberedCache.get(sql);
  if (text === undefined) {
    let index = 0;
    text = sql.replace(/\?/g, () => `$${++index}`);
    numberedCache.set(sql, text);
  }
  return text;
}

interface Queryable {
  query(text: string, values?: SqlParam[]): Promise<pg.QueryResult<SqlRow>>;
}

function executor(target: Queryable): SqlExecutor {
  return {
    all: async (sql, params = []) => (await target.query(numbered(sql), [...params])).rows,
    get: async (sql, params = []) => (await target.query(numbered(sql), [...params])).rows[0],
    run: async (sql, params = []) => (await target.query(numbered(sql), [...params])).rowCount ?? 0,
  };
}

/** A pool of connections (10 unless said) to the PostgreSQL database at `url`. */
export function openPostgresEngine(
  url: string,
  logger?: Logger,
  options: { maxConnections?: number } = {},
): SqlEngine {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  pool.on('error', (error) => {
    logger?.warn({ err: error }, 'idle database connection failed');
  });

  async function inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
      throw error;
    } finally {
      client.release(broken);
    }
  }

  return {
    dialect: 'postgres',
    ...executor(pool),
    transaction: (work) => inTransaction((client) => work(executor(client))),
    migrationTransaction: (work) =>
      inTransaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK_KEY]);
        await work({
          ...executor(client),
          exec: async (script) => void (await client.query(script)),
        });
      }),
    close: () => pool.end(),
  };
}
