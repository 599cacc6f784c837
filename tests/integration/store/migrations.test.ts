import assert from 'node:assert/strict';
import { createStore, migrations } from '../../../src/store/index';
import { migrationScript } from '../../../src/store/migrations';
import { openPostgresEngine } from '../../../src/store/postgres/engine';
import { openSqliteEngine } from '../../../src/store/sqlite/engine';
import { withEachEngine } from '../../support/store';
import { aReply, channelId, tenantA } from './fixtures';

withEachEngine('the store: migrations', (engine) => {
  it('applies every version once: migrating again changes nothing and keeps the data', async () => {
    const store = await engine.makeStore();
    await store.tenants.ensure(tenantA, 'consented');
    await store.migrate();
    const again = await engine.makeStore();
    await again.ping();
    assert.equal((await again.tenants.get(tenantA))?.status, 'consented');
    assert.ok(migrations.every((migration, index) => migration.version === index + 1));
  });

  it('a database of version 1 keeps its replies when replies are keyed by their conversation', async () => {
    const url = await engine.newDatabaseUrl();
    const raw = url.startsWith('postgres') ? openPostgresEngine(url) : openSqliteEngine(url);
    try {
      await raw.migrationTransaction(async (tx) => {
        await tx.exec(
          migrationScript(
            {
              version: 0,
              name: 'schema_migrations',
              script: `CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,
                applied_at {timestamp} NOT NULL)`,
            },
            raw.dialect,
          ),
        );
        await tx.exec(migrationScript(migrations[0]!, raw.dialect));
        await tx.run('INSERT INTO schema_migrations VALUES (?, ?, ?)', [
          1,
          'foundation',
          new Date(),
        ]);
        const reply = aReply();
        await tx.run(
          `INSERT INTO replies (tenant_id, id, team_id, channel_id, root_message_id, case_id,
             author_id, author_name, text, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          [
            reply.tenantId,
            reply.id,
            reply.teamId,
            reply.channelId,
            reply.rootMessageId,
            reply.caseId,
            reply.authorId,
            reply.authorName,
            reply.text,
            reply.createdAt,
            reply.editedAt,
          ],
        );
      });
    } finally {
      await raw.close();
    }
    const store = createStore(url);
    try {
      await store.migrate();
      assert.deepEqual(
        await store.discussion.listReplies(tenantA, channelId, aReply().rootMessageId),
        [aReply()],
      );
    } finally {
      await store.close();
    }
  });

  it('when two instances start together on an empty database, both migrate without error', async () => {
    const url = await engine.newDatabaseUrl();
    const first = createStore(url);
    const second = createStore(url);
    try {
      await Promise.all([first.migrate(), second.migrate()]);
      await first.tenants.ensure(tenantA, 'invited');
      assert.equal((await second.tenants.get(tenantA))?.status, 'invited');
    } finally {
      await Promise.all([first.close(), second.close()]);
    }
  });
});
