import type { Logger } from '../logger';
import { openPostgresEngine } from './postgres/engine';
import { openSqliteEngine } from './sqlite/engine';
import { createSqlStore } from './sql/store';
import type { Store } from './types';

export type * from './types';
export { DEFAULT_RETENTION_MONTHS } from './sql/tenants';
export { migrations } from './migrations';

/**
 * Opens the store named by `DATABASE_URL`: a `postgres://` or `postgresql://` URL is PostgreSQL,
 * anything else a SQLite file path (its folder is created). Call `migrate()` before use.
 */
export function createStore(databaseUrl: string, logger?: Logger): Store {
  const engine = /^postgres(ql)?:\/\//i.test(databaseUrl)
    ? openPostgresEngine(databaseUrl, logger)
    : openSqliteEngine(databaseUrl);
  return createSqlStore(engine, logger);
}
