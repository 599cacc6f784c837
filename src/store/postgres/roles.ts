import pg from 'pg';
import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import type { SqlEngine } from '../sql/engine';

/** The role a `postgres://` URL connects as, and its password if the URL has one. */
function roleOf(url: string): { name: string; password: string | undefined } {
  const parsed = new URL(url);
  return {
    name: decodeURIComponent(parsed.username),
    password: parsed.password === '' ? undefined : decodeURIComponent(parsed.password),
  };
}

/**
 * Run by the migration role (which owns the schema) after migrating: makes sure the runtime role
 * of `runtimeUrl` exists with the password in its URL (created if missing, so the Key Vault
 * secret is the truth) and may read and write the rows of every table (only read which
 * migrations ran), and nothing more: no table of its own, no CREATE in the schema. Idempotent;
 * one instance at a time.
 */
export async function grantRuntimeRole(
  migration: SqlEngine,
  migrationUrl: string,
  runtimeUrl: string,
  logger: Logger | undefined,
): Promise<void> {
  const runtime = roleOf(runtimeUrl);
  if (runtime.name === '' || runtime.name === roleOf(migrationUrl).name) return;
  const role = pg.escapeIdentifier(runtime.name);
  await migration.migrationTransaction(async (tx) => {
    const place = await tx.get('SELECT current_schema() AS schema');
    const schemaName = String(place!.schema);
    const schema = pg.escapeIdentifier(schemaName);
    const exists = await tx.get('SELECT 1 AS found FROM pg_roles WHERE rolname = ?', [
      runtime.name,
    ]);
    const password =
      runtime.password === undefined ? '' : ` PASSWORD ${pg.escapeLiteral(runtime.password)}`;
    if (!exists) {
      await tx.exec(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE${password}`);
      logger?.info({ role: runtime.name }, 'database runtime role created');
    } else if (password !== '') {
      await tx.exec(`ALTER ROLE ${role} WITH LOGIN${password}`);
    }
    await tx.exec(`
      GRANT USAGE ON SCHEMA ${schema} TO ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${schema} TO ${role};
      REVOKE INSERT, UPDATE, DELETE ON ${schema}.schema_migrations FROM ${role};
      GRANT USAGE ON ALL SEQUENCES IN SCHEMA ${schema} TO ${role};`);
    const canCreate = async () =>
      Boolean(
        (await tx.get('SELECT has_schema_privilege(?, ?, ?) AS allowed', [
          runtime.name,
          schemaName,
          'CREATE',
        ]))!.allowed,
      );
    if (await canCreate()) {
      await tx.exec(`REVOKE CREATE ON SCHEMA ${schema} FROM PUBLIC, ${role}`);
      if (await canCreate()) {
        throw new AppError(
          'Internal',
          `The database role ${runtime.name} (DATABASE_URL) may still create tables in schema ${schemaName}: revoke that, or give it rows only.`,
          { catastrophic: true },
        );
      }
    }
  });
}
