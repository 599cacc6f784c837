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

  /** Runs `work` at once when no transaction is open, else as soon as none is. */
  async run<T>(work: () => T): Promise<T> {
    while (this.held) await this.held;
    return work();
  }

  /** Holds the gate (checked and taken without yielding) until the returned function is called. */
  async enter(): Promise<() => void> {
    while (this.held) await this.held;
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
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
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

  const all = (sql: string, params: readonly SqlParam[] = []) => prepared(sql).all(...bind(params));
  const get = (sql: string, params: readonly SqlParam[] = []) => prepared(sql).get(...bind(params));
  const run = (sql: string, params: readonly SqlParam[] = []) =>
    prepared(sql).run(...bind(params)).changes;
  const direct: SqlExecutor = {
    all: async (sql, params) => all(sql, params),
    get: async (sql, params) => get(sql, params),
    run: async (sql, params) => run(sql, params),
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
    all: (sql, params) => gate.run(() => all(sql, params)),
    get: (sql, params) => gate.run(() => get(sql, params)),
    run: (sql, params) => gate.run(() => run(sql, params)),
    transaction: (work) => inTransaction('BEGIN IMMEDIATE', () => work(direct)),
    migrationTransaction: (work) =>
      inTransaction('BEGIN EXCLUSIVE', () =>
        work({ ...direct, exec: async (script) => void db.exec(script) }),
      ),
    close: () => gate.run(() => void db.close()),
  };
}
