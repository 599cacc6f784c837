import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { catchUpRecentThreads, catchUpThread } from '../../../src/discussion/catch-up';
import type { GraphService } from '../../../src/graph/graph-service';
import { createStore } from '../../../src/store';
import type { PostedThread, Store } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { connectGraph, FakeGraph } from '../../../testkit';

const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const suspended = 'cccccccc-0000-4000-8000-00000000000c';
const group = '11111111-1111-4111-8111-111111111111';
const otherGroup = '33333333-3333-4333-8333-333333333333';
const team = '19:team-a@thread.tacv2';
const channel = '19:briefing@thread.tacv2';
const logger = pino({ level: 'silent' });

describe('discussion catch-up from Graph', () => {
  let dir: string;
  let store: Store;
  let fake: FakeGraph;
  let graph: GraphService;
  let thread: PostedThread;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-catchup-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
    fake = await new FakeGraph().start();
    graph = connectGraph(fake);
    fake.addTeam(force, group, []);
    await store.tenants.ensure(force, 'consented');
    await store.teams.upsert({
      tenantId: force,
      id: team,
      graphGroupId: group,
      name: 'Response team',
      serviceUrl: 'https://smba.example/uk/',
      installedAt: new Date('2026-01-01T00:00:00Z'),
    });
    thread = {
      tenantId: force,
      teamId: team,
      channelId: channel,
      rootMessageId: 'root-1',
      caseId: '44-3',
      deliveryId: null,
      postedAt: new Date(Date.now() - 2 * 86_400_000),
    };
    await store.discussion.recordThread(thread);
  });

  afterEach(async () => {
    await store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const reply = (id: string, html: string) =>
    fake.addReply(group, channel, 'root-1', {
      id,
      userId: `user-${id}`,
      displayName: `Officer ${id}`,
      html,
    });

  it('adds replies missed while the service was down, as plain text', async () => {
    reply('r1', '<p>Check the <b>risk</b> assessment &amp; log it</p>');
    reply('r2', '<p><at id="0">Sam</at> agreed</p>');
    const counts = await catchUpThread({ store, graph }, thread, group);
    assert.deepEqual(counts, { added: 2, updated: 0, deleted: 0, unchanged: 0 });
    const stored = await store.discussion.listReplies(force, channel, 'root-1');
    assert.deepEqual(
      stored.map((r) => [r.id, r.authorId, r.authorName, r.text, r.caseId]),
      [
        ['r1', 'user-r1', 'Officer r1', 'Check the risk assessment & log it', '44-3'],
        ['r2', 'user-r2', 'Officer r2', 'Sam agreed', '44-3'],
      ],
    );
  });

  it('never duplicates a reply the bot already stored, and a second run changes nothing', async () => {
    const first = reply('r1', '<p>Already heard by the bot</p>');
    await store.discussion.upsertReply({
      id: 'r1',
      tenantId: force,
      teamId: team,
      channelId: channel,
      rootMessageId: 'root-1',
      caseId: '44-3',
      authorId: 'user-r1',
      authorName: 'Officer r1',
      text: 'Already heard by the bot',
      createdAt: new Date(first.createdDateTime),
      editedAt: null,
    });
    reply('r2', '<p>New</p>');
    assert.deepEqual(await catchUpThread({ store, graph }, thread, group), {
      added: 1,
      updated: 0,
      deleted: 0,
      unchanged: 1,
    });
    assert.deepEqual(await catchUpThread({ store, graph }, thread, group), {
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 2,
    });
    assert.equal((await store.discussion.listReplies(force, channel, 'root-1')).length, 2);
  });

  it('applies edits and deletions made while the service was down', async () => {
    reply('r1', '<p>First thought</p>');
    reply('r2', '<p>To be removed</p>');
    await catchUpThread({ store, graph }, thread, group);
    fake.editReply(group, channel, 'root-1', 'r1', '<p>Second thought</p>');
    fake.deleteReply(group, channel, 'root-1', 'r2');
    assert.deepEqual(await catchUpThread({ store, graph }, thread, group), {
      added: 0,
      updated: 1,
      deleted: 1,
      unchanged: 0,
    });
    const stored = await store.discussion.listReplies(force, channel, 'root-1');
    assert.deepEqual(
      stored.map((r) => [r.id, r.text, r.editedAt !== null]),
      [['r1', 'Second thought', true]],
    );
  });

  it("does not bring back an erased person's replies written before the erasure", async () => {
    reply('r1', '<p>Before my erasure</p>');
    await store.audit.append({
      tenantId: force,
      actor: 'operator',
      action: 'person.erased',
      subject: 'USER-R1',
      detail: { deletedReplies: 1 },
    });
    fake.addReply(group, channel, 'root-1', {
      id: 'r1-later',
      userId: 'user-r1',
      displayName: 'Officer r1',
      html: '<p>Written after</p>',
      createdDateTime: new Date(Date.now() + 60_000).toISOString(),
    });
    await catchUpThread({ store, graph }, thread, group);
    assert.deepEqual(
      (await store.discussion.listReplies(force, channel, 'root-1')).map((r) => r.id),
      ['r1-later'],
    );
  });

  it('skips system messages and replies deleted before the service ever saw them', async () => {
    fake.addMessage(group, channel, {
      id: 'sys',
      replyToId: 'root-1',
      messageType: 'systemEventMessage',
      body: { contentType: 'html', content: '<systemEventMessage/>' },
    });
    reply('gone', '<p>Never stored</p>');
    fake.deleteReply(group, channel, 'root-1', 'gone');
    assert.deepEqual(await catchUpThread({ store, graph }, thread, group), {
      added: 0,
      updated: 0,
      deleted: 0,
      unchanged: 0,
    });
  });

  it('at start catches up the last 14 days in served tenants only, and goes on past a failing thread', async () => {
    reply('r1', '<p>Recent</p>');
    await store.discussion.recordThread({
      ...thread,
      rootMessageId: 'old-root',
      postedAt: new Date(Date.now() - 20 * 86_400_000),
    });
    await store.discussion.recordThread({
      ...thread,
      rootMessageId: 'broken-root',
      channelId: '19:missing@thread.tacv2',
    });
    fake.addReply(group, channel, 'old-root', {
      id: 'old-reply',
      userId: 'u',
      displayName: 'U',
      html: '<p>old</p>',
    });
    await store.tenants.ensure(suspended, 'suspended');
    await store.teams.upsert({
      tenantId: suspended,
      id: '19:team-s@thread.tacv2',
      graphGroupId: otherGroup,
      name: null,
      serviceUrl: 'https://smba.example/uk/',
      installedAt: new Date(),
    });
    await store.discussion.recordThread({
      ...thread,
      tenantId: suspended,
      teamId: '19:team-s@thread.tacv2',
    });

    const totals = await catchUpRecentThreads({
      store,
      graph,
      tenants: createTenantAccess(store, logger),
      logger,
    });
    assert.equal(totals.added, 1);
    assert.equal(totals.threads, 1);
    assert.equal(totals.failed, 1, 'the thread in a channel Graph does not know');
    assert.equal((await store.discussion.listReplies(force, channel, 'old-root')).length, 0);
    assert.equal(
      fake.graphRequests().filter((request) => request.tenantId === suspended).length,
      0,
      'nothing asked of a suspended tenant',
    );
  });
});
