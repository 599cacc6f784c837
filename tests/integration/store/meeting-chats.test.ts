import assert from 'node:assert/strict';
import { withEachEngine } from '../../support/store';
import { aMeetingChat, tenantA, tenantB } from './fixtures';

withEachEngine('the store: meeting chats the app is in', (engine) => {
  it('keeps a meeting chat for its own force only, and forgets it when the app leaves', async () => {
    const store = await engine.makeStore();
    const chat = aMeetingChat();
    await store.meetingChats.upsert(chat);

    assert.deepEqual(await store.meetingChats.get(tenantA.toUpperCase(), chat.id), chat);
    assert.equal(await store.meetingChats.get(tenantB, chat.id), undefined);
    assert.equal(await store.meetingChats.delete(tenantB, chat.id), false);

    assert.equal(await store.meetingChats.delete(tenantA, chat.id), true);
    assert.equal(await store.meetingChats.get(tenantA, chat.id), undefined);
    assert.equal(await store.meetingChats.delete(tenantA, chat.id), false);
  });

  it('added again, the chat keeps the Bot Connector address Teams last gave', async () => {
    const store = await engine.makeStore();
    await store.meetingChats.upsert(aMeetingChat());
    await store.meetingChats.upsert(
      aMeetingChat({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }),
    );
    assert.equal(
      (await store.meetingChats.get(tenantA, aMeetingChat().id))?.serviceUrl,
      'https://smba.trafficmanager.net/emea/',
    );
  });
});
