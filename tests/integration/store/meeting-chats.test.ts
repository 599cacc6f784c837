import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aMeetingChat, tenantA, tenantB } from './fixtures';

withEachEngine('the store: meeting chats the app is in', (engine) => {
  it('keeps a meeting chat for its own force only, and forgets it when the app leaves', async () => {
    const store = await engine.makeStore();
    const chat = aMeetingChat();
    await store.upsertMeetingChat(chat);

    assert.deepEqual(await store.getMeetingChat(tenantA.toUpperCase(), chat.id), chat);
    assert.equal(await store.getMeetingChat(tenantB, chat.id), undefined);
    assert.equal(await store.deleteMeetingChat(tenantB, chat.id), false);

    assert.equal(await store.deleteMeetingChat(tenantA, chat.id), true);
    assert.equal(await store.getMeetingChat(tenantA, chat.id), undefined);
    assert.equal(await store.deleteMeetingChat(tenantA, chat.id), false);
  });

  it('added again, the chat keeps the Bot Connector address Teams last gave', async () => {
    const store = await engine.makeStore();
    await store.upsertMeetingChat(aMeetingChat());
    await store.upsertMeetingChat(
      aMeetingChat({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
    );
    assert.equal(
      (await store.getMeetingChat(tenantA, aMeetingChat().id))?.serviceUrl,
      'https://smba.trafficmanager.net/emea/',
    );
  });
});
