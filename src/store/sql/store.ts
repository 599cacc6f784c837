import { AppError } from '../../errors';
import type { Logger } from '../../logger';
import { migrations, migrationScript } from '../migrations';
import type { Repositories, Store } from '../repositories';
import { auditRepository } from './audit';
import { claimRepository } from './claims';
import { deliveryRepository } from './deliveries';
import { discussionRepository } from './discussion';
import type { Atomic, Dialect, SqlEngine, SqlExecutor } from './engine';
import { feedbackRepository } from './feedback';
import { insightsRepository } from './insights';
import { learningRecordRepository } from './learning-record';
import { meetingChatRepository } from './meeting-chats';
import { pollVoteRepository } from './poll-votes';
import { privacyRepository } from './privacy';
import { responseRepository } from './responses';
import { subscriptionRepository } from './subscriptions';
import { teamRepository } from './teams';
import { tenantRepository } from './tenants';

/**
 * Whether every migration is applied already, read without any DDL: a role that may only read and
 * write rows (PostgreSQL's runtime role) can open a current database.
 */
async function upToDate(db: SqlEngine): Promise<boolean> {
  const table =
    db.dialect === 'postgres'
      ? await db.get("SELECT 1 AS found WHERE to_regclass('schema_migrations') IS NOT NULL")
      : await db.get(
          "SELECT 1 AS found FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'",
        );
  if (!table) return false;
  const applied = (await db.all('SELECT version FROM schema_migrations')).map((row) =>
    Number(row.version),
  );
  return (
    migrations.every((migration) => applied.includes(migration.version)) &&
    applied.every((version) => migrations.some((migration) => migration.version === version))
  );
}

async function migrate(db: SqlEngine, logger: Logger | undefined): Promise<void> {
  if (await upToDate(db)) return;
  await db.migrationTransaction(async (tx) => {
    await tx.exec(
      migrationScript(
        {
          version: 0,
          name: 'schema_migrations',
          script: `CREATE TABLE IF NOT EXISTS schema_migrations (
            version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at {timestamp} NOT NULL)`,
        },
        db.dialect,
      ),
    );
    const applied = new Set(
      (await tx.all('SELECT version FROM schema_migrations')).map((row) => Number(row.version)),
    );
    const latest = migrations[migrations.length - 1]!.version;
    if ([...applied].some((version) => version > latest)) {
      throw new AppError(
        'Internal',
        'The database was migrated by a newer version of the service.',
        {
          catastrophic: true,
        },
      );
    }
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      await tx.exec(migrationScript(migration, db.dialect));
      await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [
        migration.version,
        migration.name,
        new Date(),
      ]);
      logger?.info({ version: migration.version, migration: migration.name }, 'database migrated');
    }
  });
}

/** Every repository over one executor: the engine, or an open transaction. */
function repositoriesOver(db: SqlExecutor, atomic: Atomic, dialect: Dialect): Repositories {
  return {
    tenants: tenantRepository(db),
    teams: teamRepository(db),
    subscriptions: subscriptionRepository(db),
    deliveries: deliveryRepository(db),
    discussion: discussionRepository(db),
    audit: auditRepository(db),
    meetingChats: meetingChatRepository(db),
    learningRecord: learningRecordRepository(db),
    privacy: privacyRepository(db, atomic),
    claims: claimRepository(db),
    responses: responseRepository(db, atomic),
    feedback: feedbackRepository(db),
    pollVotes: pollVoteRepository(db),
    insights: insightsRepository(db, dialect),
  };
}

/** The `Store` over a SQL engine: the same queries and the same behaviour on both engines. */
export function createSqlStore(db: SqlEngine, logger?: Logger): Store {
  return {
    ...repositoriesOver(db, (work) => db.transaction(work), db.dialect),
    transaction: (work) =>
      db.transaction((tx) => work(repositoriesOver(tx, (inner) => inner(tx), db.dialect))),
    migrate: () => migrate(db, logger),
    close: () => db.close(),
    async ping() {
      await db.get('SELECT 1 AS ok');
    },
  };
}
