import assert from 'node:assert/strict';
import { createChannelPoster } from '../../../bot';
import { loadConfig } from '../../../src/config';
import { createDeliveryEngine } from '../../../src/delivery';
import type { Store } from '../../../src/store/types';
import { FakeBotConnector, fanOutForces } from '../../../testkit';
import { withEachEngine } from '../../support/store';
import { logger } from './harness';

withEachEngine('delivery with two service instances on one store', (engine) => {
  let connector: FakeBotConnector;
  beforeEach(async () => {
    connector = new FakeBotConnector();
    await connector.start();
  });
  afterEach(() => connector.stop());

  const instance = (store: Store, instanceId: string, now: () => Date) =>
    createDeliveryEngine({
      store,
      library: () => fanOutForces.library,
      poster: createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' })),
      logger,
      clock: now,
      instanceId,
      missedPostGraceHours: 24,
      retry: { baseDelayMs: 1, maxDelayMs: 10 },
    });

  it('each channel gets exactly one post a week, however the two dispatchers interleave', async () => {
    const first = await engine.makeStore();
    const second = await engine.makeStore();
    const subscriptions = await fanOutForces.seedSubscriptions(first, connector, 3, 8);
    let now = new Date('2027-01-11T09:00:00Z');
    const a = instance(first, 'instance-a', () => now);
    const b = instance(second, 'instance-b', () => now);
    try {
      await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      now = new Date('2027-01-11T09:01:00Z');
      await Promise.all([a.tick(), b.tick()]);
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    const threads = connector.allThreads();
    assert.equal(threads.length, subscriptions.length);
    assert.equal(new Set(threads.map((thread) => thread.channelId)).size, subscriptions.length);
    const thisWeek = (await first.deliveries.list()).filter((d) => d.weekKey === '2027-W02');
    assert.equal(thisWeek.length, subscriptions.length);
    assert.ok(
      thisWeek.every((delivery) => delivery.status === 'sent' && !delivery.possibleDuplicate),
    );
  });

  it("a tenant's deliveries are leased to one instance at a time", async () => {
    const first = await engine.makeStore();
    const second = await engine.makeStore();
    await fanOutForces.seedSubscriptions(first, connector, 1, 4);
    const now = new Date('2027-01-11T09:00:00Z');
    assert.equal(
      await second.claims.acquireLease(
        'tenant:00000001-0000-4000-8000-000000000000',
        'instance-b',
        60_000,
      ),
      true,
    );
    const a = instance(first, 'instance-a', () => now);
    try {
      await a.tick();
      assert.equal(connector.allThreads().length, 0);
      await second.claims.releaseLease('tenant:00000001-0000-4000-8000-000000000000', 'instance-b');
      await a.tick();
      assert.equal(connector.allThreads().length, 4);
    } finally {
      await a.stop();
    }
  });
});
