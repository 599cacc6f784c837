import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import {
  createReplyIntake,
  type ReplyIntake,
  type ReplyIntakeOptions,
} from '../../../src/discussion/intake';
import type { ChannelMessageEvent } from '../../../src/discussion/ingest';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { eventually } from '../../support/eventually';
import { StoreOutage } from '../../support/store-outage';

const tenantId = '11111111-1111-4111-8111-111111111111';
const channelId = '19:briefing@thread.tacv2';
const root = '1700000000001';

describe('the discussion intake while the store does not answer', () => {
  let folder: string;
  let store: Store;
  let outage: StoreOutage;
  let intake: ReplyIntake;
  let logged: { msg: string; dropped?: number }[];

  const event = (
    id: string,
    overrides: Partial<ChannelMessageEvent> = {},
  ): ChannelMessageEvent => ({
    kind: 'posted',
    tenantId,
    teamId: '19:team@thread.tacv2',
    conversationId: `${channelId};messageid=${root}`,
    messageId: id,
    authorId: 'aaaaaaaa-0000-4000-8000-000000000001',
    authorName: 'Olu Owner',
    text: `Reply ${id}`,
    at: new Date('2026-11-24T08:00:00Z'),
    ...overrides,
  });
  const texts = async () =>
    (await store.discussion.listReplies(tenantId, channelId, root)).map((r) => r.text);

  const open = (capacity?: number, wait?: ReplyIntakeOptions['wait']) => {
    intake = createReplyIntake({
      store: outage.wrap(store),
      tenants: { isAllowed: async () => true },
      logger: pino(
        { level: 'info' },
        { write: (line: string) => void logged.push(JSON.parse(line) as { msg: string }) },
      ),
      baseDelayMs: 5,
      maxDelayMs: 20,
      ...(capacity ? { capacity } : {}),
      ...(wait ? { wait } : {}),
    });
  };

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-intake-'));
    store = createStore(join(folder, 'intake.sqlite'));
    await store.migrate();
    await store.discussion.recordThread({
      tenantId,
      teamId: '19:team@thread.tacv2',
      channelId,
      rootMessageId: root,
      caseId: '44-1',
      deliveryId: null,
      postedAt: new Date('2026-11-24T07:15:00Z'),
    });
    outage = new StoreOutage();
    logged = [];
  });
  afterEach(async () => {
    intake.stop();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps the events in the order they came and stores each once the store answers again', async () => {
    open();
    outage.down = true;
    await intake.accept(event('1'));
    await intake.accept(event('1', { kind: 'edited', text: 'Reply 1, edited' }));
    await intake.accept(event('2'));
    await intake.accept(event('2', { kind: 'deleted', text: undefined }));
    await intake.accept(event('3'));
    assert.equal(intake.waiting, 5);
    assert.ok(outage.refused >= 1);

    outage.down = false;
    await eventually(() => intake.waiting === 0);
    assert.deepEqual(await texts(), ['Reply 1, edited', 'Reply 3']);
  });

  it('holds at most its capacity and says so in the log; the rest is left to the catch-up', async () => {
    open(2);
    outage.down = true;
    for (const id of ['1', '2', '3', '4']) await intake.accept(event(id));
    assert.equal(intake.waiting, 2);
    assert.ok(logged.some((line) => line.msg.includes('reply queue full') && line.dropped === 1));
    outage.down = false;
    await eventually(() => intake.waiting === 0);
    assert.deepEqual(await texts(), ['Reply 1', 'Reply 2']);
  });

  it('after stop, retries no more', async () => {
    const waits: (() => void)[] = [];
    open(undefined, () => new Promise<void>((resolve) => waits.push(resolve)));
    outage.down = true;
    await intake.accept(event('1'));
    await eventually(() => waits.length === 1, 'the wait before a retry');
    intake.stop();
    const refused = outage.refused;
    outage.down = false;
    for (const endWait of waits) endWait();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(outage.refused, refused);
    assert.equal(waits.length, 1);
    assert.deepEqual(await texts(), []);
  });
});
