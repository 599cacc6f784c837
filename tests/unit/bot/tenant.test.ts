import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { LessonsBot } from '../../../bot/bot';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { botDeps } from '../../support/bot-deps';

const forceA = '11111111-1111-4111-8111-111111111111';
const forceB = '22222222-2222-4222-8222-222222222222';
const botAccount = { id: '28:bot', name: 'Learning the Lessons' };
const team = '19:team@thread.tacv2';
const channelId = '19:briefing@thread.tacv2';
const root = '1700000000000';

describe('the bot when an activity names two different tenants', () => {
  let folder: string;
  let store: Store;
  let asked: string[];

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-tenant-'));
    store = createStore(join(folder, 'bot.sqlite'));
    await store.migrate();
    asked = [];
    for (const tenantId of [forceA, forceB]) {
      await store.discussion.recordThread({
        tenantId,
        teamId: team,
        channelId,
        rootMessageId: root,
        caseId: '44-1',
        deliveryId: `delivery-${tenantId}`,
        postedAt: new Date('2027-01-11T09:00:00Z'),
      });
    }
  });
  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const adapterFor = (template: Partial<Activity>) => {
    const bot = new LessonsBot(
      botDeps(store, {
        tenantAccess: {
          isAllowed: async (tenantId) => {
            asked.push(tenantId);
            return true;
          },
        },
      }),
    );
    return new TestAdapter((context) => bot.run(context), {
      channelId: 'msteams',
      recipient: botAccount,
      ...template,
    });
  };

  const cases = [
    {
      what: 'channel data says force B, conversation force A',
      channelData: forceB,
      conversation: forceA,
    },
    {
      what: 'channel data says force A, conversation force B',
      channelData: forceA,
      conversation: forceB,
    },
  ];

  for (const { what, channelData, conversation } of cases) {
    it(`in a personal chat (${what}), it answers as to a tenant that is not served`, async () => {
      await adapterFor({
        conversation: {
          id: 'a:chat',
          conversationType: 'personal',
          tenantId: conversation,
          isGroup: false,
          name: '',
        },
        channelData: { tenant: { id: channelData } },
      })
        .send('latest')
        .assertReply((reply) =>
          assert.match(String(reply.text), /not enabled for your organisation/),
        );
      assert.deepEqual(asked, []);
    });

    it(`a reply in a thread (${what}) is stored for neither force`, async () => {
      await adapterFor({
        conversation: {
          id: `${channelId};messageid=${root}`,
          conversationType: 'channel',
          tenantId: conversation,
          isGroup: true,
          name: '',
        },
        channelData: {
          tenant: { id: channelData },
          team: { id: team },
          channel: { id: channelId },
        },
        from: {
          id: '29:colleague',
          name: 'A colleague',
          aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
        },
      })
        .send('We did this last year.')
        .assertNoReply('no reply', 20);
      for (const tenantId of [forceA, forceB]) {
        assert.deepEqual(await store.discussion.listReplies(tenantId, channelId, root), []);
      }
    });
  }

  it('ids that differ only in case are the same tenant', async () => {
    await adapterFor({
      conversation: {
        id: `${channelId};messageid=${root}`,
        conversationType: 'channel',
        tenantId: forceA.toUpperCase(),
        isGroup: true,
        name: '',
      },
      channelData: { tenant: { id: forceA }, team: { id: team }, channel: { id: channelId } },
      from: {
        id: '29:colleague',
        name: 'A colleague',
        aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001',
      },
    })
      .send('We did this last year.')
      .assertNoReply('no reply', 20);
    assert.equal((await store.discussion.listReplies(forceA, channelId, root)).length, 1);
  });
});
