import assert from 'node:assert/strict';
import { FakeBotConnector } from '../../../testkit';

const tenantId = '11111111-1111-4111-8111-111111111111';
const channelId = '19:channel@thread.tacv2';

function newThread(serviceUrl: string): Promise<Response> {
  return fetch(`${serviceUrl}v3/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      isGroup: true,
      channelData: { channel: { id: channelId } },
      activity: { type: 'message', text: 'hello' },
      tenantId,
    }),
  });
}

describe('the fake Bot Connector', () => {
  let connector: FakeBotConnector;
  afterEach(() => connector.stop());

  it('starts a channel thread and returns its root id, recording the request', async () => {
    connector = new FakeBotConnector();
    const serviceUrl = await connector.start();
    const response = await newThread(serviceUrl);
    assert.equal(response.status, 201);
    const body = (await response.json()) as { id: string; activityId: string };
    assert.equal(body.id, `${channelId};messageid=${body.activityId}`);
    assert.equal(connector.threads(channelId)[0]?.rootMessageId, body.activityId);
    assert.equal(connector.received.length, 1);
  });

  it('answers an armed failure with the Bot Framework error body and Retry-After', async () => {
    connector = new FakeBotConnector();
    const serviceUrl = await connector.start();
    connector.failNext({ status: 429, code: 'TooManyRequests', retryAfterSeconds: 3 });
    const response = await newThread(serviceUrl);
    assert.equal(response.status, 429);
    assert.equal(response.headers.get('retry-after'), '3');
    assert.deepEqual(await response.json(), {
      error: { code: 'TooManyRequests', message: 'Injected failure.' },
    });
    assert.equal((await newThread(serviceUrl)).status, 201);
  });

  it('drops the connection after creating the thread when told to', async () => {
    connector = new FakeBotConnector();
    const serviceUrl = await connector.start();
    connector.failNext({ drop: true, dropAfterServing: true });
    await assert.rejects(newThread(serviceUrl));
    assert.equal(connector.threads(channelId).length, 1);
  });

  it('enforces the per-thread limit with 429 and Retry-After', async () => {
    connector = new FakeBotConnector({
      rateLimits: { perThread: [{ limit: 2, windowMs: 60_000 }], perTenant: [] },
    });
    const serviceUrl = await connector.start();
    assert.equal((await newThread(serviceUrl)).status, 201);
    assert.equal((await newThread(serviceUrl)).status, 201);
    const limited = await newThread(serviceUrl);
    assert.equal(limited.status, 429);
    assert.ok(Number(limited.headers.get('retry-after')) >= 1);
  });

  it('enforces the per-tenant limit across channels', async () => {
    connector = new FakeBotConnector({
      rateLimits: { perThread: [], perTenant: [{ limit: 2, windowMs: 60_000 }] },
    });
    const serviceUrl = await connector.start();
    const post = (channel: string) =>
      fetch(`${serviceUrl}v3/conversations`, {
        method: 'POST',
        body: JSON.stringify({
          isGroup: true,
          channelData: { channel: { id: channel } },
          activity: { type: 'message' },
          tenantId,
        }),
      });
    assert.equal((await post('19:a@thread.tacv2')).status, 201);
    assert.equal((await post('19:b@thread.tacv2')).status, 201);
    assert.equal((await post('19:c@thread.tacv2')).status, 429);
  });
});
