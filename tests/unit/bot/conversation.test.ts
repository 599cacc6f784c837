import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestAdapter, type Activity } from 'botbuilder';
import { LessonsBot } from '../../../bot/bot';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { botDeps } from '../../support/bot-deps';

const tenantId = '11111111-1111-4111-8111-111111111111';
const botAccount = { id: '28:bot', name: 'Learning the Lessons' };

describe('the bot\u2019s conversation logic (botbuilder test adapter)', () => {
  let folder: string;
  let store: Store;
  let allowed: boolean;

  beforeEach(async () => {
    folder = mkdtempSync(join(tmpdir(), 'ltl-conversation-'));
    store = createStore(join(folder, 'bot.sqlite'));
    await store.migrate();
    allowed = true;
  });
  afterEach(async () => {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const adapterFor = (conversation: Partial<Activity>) => {
    const bot = new LessonsBot(
      botDeps(store, { tenantAccess: { isAllowed: async () => allowed } }),
    );
    return new TestAdapter((context) => bot.run(context), {
      channelId: 'msteams',
      recipient: botAccount,
      ...conversation,
    });
  };

  const personal = {
    conversation: {
      id: 'a:chat',
      conversationType: 'personal',
      tenantId,
      isGroup: false,
      name: '',
    },
  };
  const channel = {
    conversation: {
      id: '19:briefing@thread.tacv2',
      conversationType: 'channel',
      tenantId,
      isGroup: true,
      name: '',
    },
    channelData: {
      tenant: { id: tenantId },
      team: { id: '19:team@thread.tacv2' },
      channel: { id: '19:briefing@thread.tacv2' },
    },
  };

  it('in a personal chat, "help" lists the personal commands', async () => {
    await adapterFor(personal)
      .send('help')
      .assertReply((reply) =>
        assert.match(String(reply.text), /\*\*latest\*\*.*\n.*\*\*case\*\*/s),
      );
  });

  it('in a personal chat, commands are read case-insensitively', async () => {
    await adapterFor(personal)
      .send('CASE 43-1')
      .assertReply((reply) =>
        assert.equal(
          reply.attachments?.[0]?.contentType,
          'application/vnd.microsoft.card.adaptive',
        ),
      );
  });

  it('in a channel, a message that does not mention the bot gets no reply', async () => {
    await adapterFor(channel).send('help').assertNoReply('no reply', 20);
  });

  it('in a channel, a mention gets the channel help', async () => {
    await adapterFor(channel)
      .send({
        type: 'message',
        text: '<at>Learning the Lessons</at> help',
        entities: [
          { type: 'mention', text: '<at>Learning the Lessons</at>', mentioned: botAccount },
        ],
      })
      .assertReply((reply) => assert.match(String(reply.text), /^Mention me with one of these/));
  });

  it('in a group chat, the bot stays silent unless mentioned', async () => {
    const group = {
      conversation: {
        id: '19:chat',
        conversationType: 'groupChat',
        tenantId,
        isGroup: true,
        name: '',
      },
    };
    await adapterFor(group).send('latest').assertNoReply('no reply', 20);
  });

  it('where the tenant is not allowed, it says so instead of answering', async () => {
    allowed = false;
    await adapterFor(personal)
      .send('latest')
      .assertReply((reply) =>
        assert.match(String(reply.text), /not enabled for your organisation/),
      );
  });
});
