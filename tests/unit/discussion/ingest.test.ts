import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ingestChannelMessage,
  plainText,
  threadOf,
  type ChannelMessageEvent,
} from '../../../src/discussion/ingest';
import { erasePersonData } from '../../../src/privacy';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';

const tenantId = '11111111-1111-4111-8111-111111111111';
const teamId = '19:team@thread.tacv2';
const channelId = '19:briefing@thread.tacv2';
const root = '1700000000001';

/** Counts the store calls made, so the cheap path can be checked. */
function counting(store: Store): { store: Store; calls: string[] } {
  const calls: string[] = [];
  const watch = <T extends object>(object: T, prefix: string): T =>
    new Proxy(object, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        const name = `${prefix}${String(property)}`;
        if (typeof value === 'object' && value !== null) return watch(value, `${name}.`);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(name);
          return (value as (...args: unknown[]) => unknown).apply(target, args);
        };
      },
    });
  return { store: watch(store, ''), calls };
}

describe('discussion ingest', () => {
  let folder: string;
  let store: Store;

  const event = (overrides: Partial<ChannelMessageEvent> = {}): ChannelMessageEvent => ({
    kind: 'posted',
    tenantId,
    teamId,
    conversationId: `${channelId};messageid=${root}`,
    messageId: '1700000000050',
    authorId: 'aaaaaaaa-0000-4000-8000-000000000001',
    authorName: 'Olu Owner',
    text: 'I would check the <b>log</b> first &amp; then call.',
    at: new Date('2026-11-24T08:00:00Z'),
    ...overrides,
  });

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-ingest-'));
    store = createStore(join(folder, 'ingest.sqlite'));
    await store.migrate();
    await store.discussion.recordThread({
      tenantId,
      teamId,
      channelId,
      rootMessageId: root,
      caseId: '44-1',
      deliveryId: null,
      postedAt: new Date('2026-11-24T07:15:00Z'),
    });
  });

  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the channel and root message from a thread conversation id', () => {
    assert.deepEqual(threadOf(`${channelId};messageid=${root}`), {
      channelId,
      rootMessageId: root,
    });
    assert.equal(threadOf(channelId), undefined);
    assert.equal(threadOf(';messageid=1'), undefined);
    assert.equal(threadOf(`${channelId};messageid=`), undefined);
  });

  it('turns Teams message text into plain text', () => {
    assert.equal(
      plainText('<p>Hello <at>Sam</at>,</p><p>I agree &lt;3</p>'),
      'Hello Sam,\nI agree <3',
    );
  });

  it('stores a reply in one of our threads with its case, author and plain text', async () => {
    assert.equal(await ingestChannelMessage(store, event()), 'stored');
    const [reply] = await store.discussion.listReplies(tenantId, channelId, root);
    assert.equal(reply?.caseId, '44-1');
    assert.equal(reply?.authorName, 'Olu Owner');
    assert.equal(reply?.text, 'I would check the log first & then call.');
    assert.equal(reply?.editedAt, null);
  });

  it('an edit updates the text and keeps when it was first sent', async () => {
    await ingestChannelMessage(store, event());
    const edited = event({
      kind: 'edited',
      text: 'Changed my mind.',
      at: new Date('2026-11-24T09:00:00Z'),
    });
    assert.equal(await ingestChannelMessage(store, edited), 'updated');
    const [reply] = await store.discussion.listReplies(tenantId, channelId, root);
    assert.equal(reply?.text, 'Changed my mind.');
    assert.equal(reply?.createdAt.toISOString(), '2026-11-24T08:00:00.000Z');
    assert.equal(reply?.editedAt?.toISOString(), '2026-11-24T09:00:00.000Z');
  });

  it('after a person’s data is erased, an edit of their earlier reply does not bring it back', async () => {
    await ingestChannelMessage(store, event());
    await store.tenants.ensure(tenantId, 'consented');
    await erasePersonData(store, tenantId, event().authorId!);
    const edit = event({
      kind: 'edited',
      text: 'Edited later.',
      at: new Date('2026-11-25T09:00:00Z'),
    });
    assert.equal(await ingestChannelMessage(store, edit), 'ignored');
    assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
    const later = event({ messageId: '1700000000099', text: 'A new reply after the erasure.' });
    assert.equal(await ingestChannelMessage(store, later), 'stored');
  });

  it('after a person’s data is erased, an undelete of their earlier reply does not bring it back', async () => {
    await ingestChannelMessage(store, event());
    await ingestChannelMessage(store, event({ kind: 'deleted', text: undefined }));
    await store.tenants.ensure(tenantId, 'consented');
    await erasePersonData(store, tenantId, event().authorId!);
    const undeleted = event({ kind: 'restored', at: new Date('2026-11-26T09:00:00Z') });
    assert.equal(await ingestChannelMessage(store, undeleted), 'ignored');
    assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
  });

  it('an undelete of a colleague’s reply shows it again', async () => {
    await ingestChannelMessage(store, event());
    await ingestChannelMessage(store, event({ kind: 'deleted', text: undefined }));
    assert.equal(await ingestChannelMessage(store, event({ kind: 'restored' })), 'stored');
    assert.equal((await store.discussion.listReplies(tenantId, channelId, root)).length, 1);
  });

  it('two replies with the same message id in two of our threads are two replies; an edit or a delete touches only its own', async () => {
    const otherChannel = '19:control-room@thread.tacv2';
    await store.discussion.recordThread({
      tenantId,
      teamId,
      channelId: otherChannel,
      rootMessageId: root,
      caseId: '44-2',
      deliveryId: null,
      postedAt: new Date('2026-11-24T07:15:00Z'),
    });
    const there = { conversationId: `${otherChannel};messageid=${root}` };
    await ingestChannelMessage(store, event());
    await ingestChannelMessage(store, event({ ...there, text: 'In the control room.' }));
    await ingestChannelMessage(store, event({ kind: 'edited', text: 'Edited in the briefing.' }));
    assert.equal(
      (await store.discussion.listReplies(tenantId, otherChannel, root))[0]?.text,
      'In the control room.',
    );
    assert.equal(
      await ingestChannelMessage(store, event({ ...there, kind: 'deleted', text: undefined })),
      'deleted',
    );
    assert.deepEqual(await store.discussion.listReplies(tenantId, otherChannel, root), []);
    assert.equal(
      (await store.discussion.listReplies(tenantId, channelId, root))[0]?.text,
      'Edited in the briefing.',
    );
  });

  it('a deletion removes the reply', async () => {
    await ingestChannelMessage(store, event());
    assert.equal(
      await ingestChannelMessage(store, event({ kind: 'deleted', text: undefined })),
      'deleted',
    );
    assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
  });

  it('a message outside any thread costs no store call at all', async () => {
    const watched = counting(store);
    assert.equal(
      await ingestChannelMessage(watched.store, event({ conversationId: channelId })),
      'ignored',
    );
    assert.deepEqual(watched.calls, []);
  });

  it('a reply in a thread we did not post costs one lookup and no write', async () => {
    const watched = counting(store);
    const outcome = await ingestChannelMessage(
      watched.store,
      event({ conversationId: `${channelId};messageid=1699999999999` }),
    );
    assert.equal(outcome, 'ignored');
    assert.deepEqual(watched.calls, ['discussion.findThread']);
  });

  it('another force cannot add to our thread: the lookup is tenant-scoped', async () => {
    const outcome = await ingestChannelMessage(
      store,
      event({ tenantId: '22222222-2222-4222-8222-222222222222' }),
    );
    assert.equal(outcome, 'ignored');
    assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
  });

  it('ignores messages from apps (no author) and empty messages', async () => {
    assert.equal(await ingestChannelMessage(store, event({ authorId: undefined })), 'ignored');
    assert.equal(await ingestChannelMessage(store, event({ text: '<p> </p>' })), 'ignored');
    assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
  });
});
