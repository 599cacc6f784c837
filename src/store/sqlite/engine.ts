import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { SqlEngine, SqlExecutor, SqlParam, SqlRow } from '../sql/engine';

type Statement = Database.Statement<unknown[], SqlRow>;
type Binding = string | number | null;

/**
 * Holds back the other work on one database file while a transaction of this process is open.
 * better-sqlite3 is synchronous, but a transaction spans awaits: without the gate another caller
 * (or a second connection to the same file, which would block the event loop on the file lock)
 * could run inside it.
 */
class Gate {
  private held: Promise<void> | undefined;

  async pass(): Promise<void> {
    while (this.held) await this.held;
  }

  async enter(): Promise<() => void> {
    await this.pass();
    let open!: () => void;
    this.held = new Promise<void>((resolvePromise) => (open = resolvePromise));
    return () => {
      this.held = undefined;
      open();
    };
  }
}

const gatesByFile = new Map<string, Gate>();

function gateFor(file: string): Gate {
  if (file === ':memory:') return new Gate();
  let gate = gatesByFile.get(file);
  if (!gate) {
    gate = new Gate();
    gatesByFile.set(file, gate);
  }
  return gate;
}

function bind(params: readonly SqlParam[]): Binding[] {
  return params.map((param) => {
    if (param instanceof Date) return param.toISOString();
    if (typeof param === 'boolean') return param ? 1 : 0;
    return param;
  });
}

/** Opens (creating its folder) a SQLite file in WAL mode with a busy timeout and foreign keys on. */
export function openSqliteEngine(path: string): SqlEngine {
  const file = path === ':memory:' ? path : resolve(path);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  const gate = gateFor(file);
  const statements = new Map<string, Statement>();

  const prepared = (sql: string): Statement => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], SqlRow>(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  const direct: SqlExecutor = {
    all: async (sql, params = []) => prepared(sql).all(...bind(params)),
    get: async (sql, params = []) => prepared(sql).get(...bind(params)),
    run: async (sql, params = []) => prepared(sql).run(...bind(params)).changes,
  };

  async function inTransaction<T>(begin: string, work: () => Promise<T>): Promise<T> {
    const leave = await gate.enter();
    try {
      db.exec(begin);
      try {
        const result = await work();
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      leave();
    }
  }

  return {
    dialect: 'sqlite',
    all: async (sql, params) => {
      await gate.pass();
      return direct.all(sql, params);
    },
    get: async (sql, params) => {
      await gate.pass();
      return direct.get(sql, params);
    },
    run: async (sql, params) => {
      await gate.pass();
      return direct.run(sql, params);
    },
    transaction: (work) => inTransaction('BEGIN IMMEDIATE', () => work(direct)),
    migrationTransaction: (work) =>
      inTransaction('BEGIN EXCLUSIVE', () =>
        work({ ...direct, exec: async (script) => void db.exec(script) }),
      ),
    close: async () => {
      await gate.pass();
      db.close();
    },
  };
}
