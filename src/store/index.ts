import type { Config } from '../config';
import type { Logger } from '../logger';
import { openPostgresEngine } from './postgres/engine';
import { grantRuntimeRole } from './postgres/roles';
import { openSqliteEngine } from './sqlite/engine';
import { createSqlStore } from './sql/store';
import type { Store } from './types';

export type * from './types';
export { DEFAULT_RETENTION_MONTHS } from './sql/tenants';
export { DEFAULT_LEARNING_RECORD_RETENTION_MONTHS } from './sql/learning-record';
export { migrations } from './migrations';

export interface StoreOptions {
  /**
   * PostgreSQL only (`DATABASE_MIGRATION_URL`): `migrate()` connects as this role, which owns
   * the schema, and then lets the role of `databaseUrl` read and write rows and nothing more.
   */
  migrationUrl?: string | undefined;
}

/**
 * Opens the store named by `DATABASE_URL`: a `postgres://` or `postgresql://` URL is PostgreSQL,
 * anything else a SQLite file path (its folder is created). Call `migrate()` before use.
 */
export function createStore(
  databaseUrl: string,
  logger?: Logger,
  options: StoreOptions = {},
): Store {
  const postgres = /^postgres(ql)?:\/\//i.test(databaseUrl);
  const engine = postgres ? openPostgresEngine(databaseUrl, logger) : openSqliteEngine(databaseUrl);
  const store = createSqlStore(engine, logger);
  const migrationUrl = options.migrationUrl;
  if (!postgres || migrationUrl === undefined || migrationUrl === databaseUrl) return store;
  return {
    ...store,
    async migrate() {
      const owner = openPostgresEngine(migrationUrl, logger, { maxConnections: 1 });
      try {
        await createSqlStore(owner, logger).migrate();
        await grantRuntimeRole(owner, migrationUrl, databaseUrl, logger);
      } finally {
        await owner.close();
      }
    },
  };
}

/** The store of a configuration: `DATABASE_URL`, migrated through `DATABASE_MIGRATION_URL` if set. */
export function storeFor(
  config: Pick<Config, 'databaseUrl' | 'databaseMigrationUrl'>,
  logger?: Logger,
): Store {
  return createStore(config.databaseUrl, logger, { migrationUrl: config.databaseMigrationUrl });
}
