/**
 * The little the store needs from a SQL database, so one set of queries serves both engines.
 * Queries use `?` placeholders; each engine binds `Date`, boolean and `null` parameters its own way.
 */

export type SqlParam = string | number | boolean | Date | null;

export type SqlRow = Record<string, unknown>;

export type Dialect = 'sqlite' | 'postgres';

/** Runs statements: outside a transaction on the engine, or inside one on its `SqlExecutor`. */
export interface SqlExecutor {
  /** Every row the statement returns. */
  all(sql: string, params?: readonly SqlParam[]): Promise<SqlRow[]>;
  /** The first row, if any. */
  get(sql: string, params?: readonly SqlParam[]): Promise<SqlRow | undefined>;
  /** How many rows the statement changed. */
  run(sql: string, params?: readonly SqlParam[]): Promise<number>;
}

/**
 * Runs `work` in one transaction: on the engine, a new one; inside a transaction, the same one
 * (a repository's own atomic step joins the unit of work around it).
 */
export type Atomic = <T>(work: (tx: SqlExecutor) => Promise<T>) => Promise<T>;

export interface SqlEngine extends SqlExecutor {
  readonly dialect: Dialect;
  /** Runs `work` in one transaction: committed if it resolves, rolled back if it rejects. */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction that holds the engine's migration lock, so two instances
   * starting together apply each migration once. `exec` runs a script of several statements.
   */
  migrationTransaction(
    work: (tx: SqlExecutor & { exec(script: string): Promise<void> }) => Promise<void>,
  ): Promise<void>;
  close(): Promise<void>;
}

/** A stored timestamp as a `Date` (SQLite keeps ISO text, PostgreSQL `timestamptz`). */
export function toDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

export function toDateOrNull(value: unknown): Date | null {
  return value === null || value === undefined ? null : toDate(value);
}

/** A stored boolean (SQLite keeps 0 or 1). */
export function toBoolean(value: unknown): boolean {
  return value === true || value === 1 || value === 1n;
}

/** A stored JSON value (SQLite keeps text, PostgreSQL `jsonb` arrives parsed). */
export function fromJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function toText(value: unknown): string {
  return String(value);
}

export function toTextOrNull(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}
