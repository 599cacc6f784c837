import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { createChannelPoster } from '../bot';
import { loadConfig } from '../src/config';
import { createDeliveryEngine, type ChannelPoster } from '../src/delivery';
import { createStore } from '../src/store';
import { FakeBotConnector, TEAMS_RATE_LIMITS } from '../tests/support/fake-bot-connector';
import {
  channelId,
  groupId,
  library,
  seedSubscriptions,
  teamId,
  tenantId,
} from '../tests/integration/delivery/harness';

const TENANTS = 20;
const CHANNELS_PER_TENANT = 250;
const TENANT_CEILING = 50;

/**
 * The weekly fan-out at national scale: 5,000 channels in 20 tenants through the fake Bot
 * Connector enforcing Teams' limits. Prints the achieved request rate as a ratio of the ceiling
 * (50 requests/s per tenant), duplicates and losses, and peak memory against the process's
 * memory before the fan-out (the baseline of the same run).
 */
export async function bench(): Promise<void> {
  const logger = pino({ level: 'silent' });
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-fanout-'));
  const connector = new FakeBotConnector({ rateLimits: TEAMS_RATE_LIMITS });
  await connector.start();
  const store = createStore(join(folder, 'store.sqlite'));
  try {
    await store.migrate();
    const subscriptions = await seedSubscriptions(store, connector, TENANTS, CHANNELS_PER_TENANT);
    const subscribed = new Set(subscriptions.map((subscription) => subscription.channelId));
    const poster = createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' }), logger);
    const paces = await posterPaces(poster, connector);
    const capacity = await rawCapacity(poster, logger);
    connector.reset();
    const requestsPerPost = 2;
    const requestLimit = paces ? TENANT_CEILING : Math.floor(TENANT_CEILING / requestsPerPost);
    const times: number[] = [];
    connector.failNext({
      times: Number.POSITIVE_INFINITY,
      match: (request) => {
        if (request.method !== 'GET') times.push(performance.now());
        return false;
      },
    });
    const engine = createDeliveryEngine({
      store,
      library: () => library,
      poster,
      logger,
      clock: () => new Date('2027-01-11T09:00:00Z'),
      instanceId: 'bench',
      missedPostGraceHours: 24,
      tenantRequestLimit: requestLimit,
    });
    global.gc?.();
    const baselineRss = process.memoryUsage().rss;
    let peakRss = baselineRss;
    const sampler = setInterval(() => {
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }, 100);
    const started = performance.now();
    await engine.tick();
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);
    await engine.stop();

    const threads = connector.allThreads().filter((thread) => subscribed.has(thread.channelId));
    const perChannel = new Map<string, number>();
    for (const thread of threads) {
      perChannel.set(thread.channelId, (perChannel.get(thread.channelId) ?? 0) + 1);
    }
    const channels = TENANTS * CHANNELS_PER_TENANT;
    const duplicates = [...perChannel.values()].reduce((sum, count) => sum + count - 1, 0);
    const lost = channels - perChannel.size;
    const accepted =
      threads.length + threads.reduce((sum, thread) => sum + thread.updates.length, 0);
    const throttled = times.length - accepted;
    const sendSeconds = (times[times.length - 1]! - times[0]!) / 1000;
    const achieved = accepted / sendSeconds;
    const ceiling = TENANTS * TENANT_CEILING;
    const unsent = (await store.listDeliveries()).filter(
      (delivery) => delivery.weekKey === '2027-W02' && delivery.status !== 'sent',
    ).length;
    console.log(
      `posts: ${channels} channels in ${TENANTS} tenants, ${(elapsedMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `request rate: ${achieved.toFixed(0)}/s of a ${ceiling}/s ceiling -> ratio ${(achieved / ceiling).toFixed(3)} (goal >= 0.95)` +
        `${paces ? '' : `; the poster does not call pace(), so ${requestLimit} posts/s per tenant`}`,
    );
    console.log(
      `baseline: the poster and fake connector alone, unpaced, take ${capacity.toFixed(0)} requests/s on this machine -> ` +
        `achieved ratio ${(achieved / Math.min(ceiling, capacity)).toFixed(3)} of what this run could reach`,
    );
    console.log(`429s received: ${throttled}`);
    console.log(
      `duplicates: ${duplicates}, lost: ${lost}, deliveries not sent: ${unsent} (goal 0)`,
    );
    console.log(
      `peak memory: ${(peakRss / 2 ** 20).toFixed(0)} MB rss vs ${(baselineRss / 2 ** 20).toFixed(0)} MB before the fan-out -> ratio ${(peakRss / baselineRss).toFixed(2)}`,
    );
  } finally {
    await store.close();
    await connector.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Requests per second the poster and fake connector manage with no engine, budget or store. */
async function rawCapacity(poster: ChannelPoster, logger: Logger): Promise<number> {
  const connector = new FakeBotConnector({ rateLimits: null });
  await connector.start();
  const issue = library.issue(44)!;
  const posts = 1_000;
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        for (let index = next++; index < posts; index = next++) {
          await poster.postCase(
            {
              tenantId: tenantId(1 + (index % TENANTS)),
              teamId: teamId(1),
              channelId: channelId(1, index),
              serviceUrl: connector.serviceUrl,
              graphGroupId: groupId(1),
            },
            {
              deliveryId: `baseline-${index}`,
              issue,
              caseStudy: issue.cases[0]!,
              audiences: [],
              lastDiscussionParticipants: null,
              language: 'en',
            },
          );
        }
      }),
    );
  } finally {
    await connector.stop();
  }
  logger.debug({ posts }, 'baseline measured');
  return (
    (connector.received.filter((request) => request.method !== 'GET').length * 1000) /
    (performance.now() - started)
  );
}

/** Whether the bot's poster paces each of its requests through `ChannelTarget.pace`. */
async function posterPaces(poster: ChannelPoster, connector: FakeBotConnector): Promise<boolean> {
  let paced = 0;
  const issue = library.issue(44)!;
  await poster.postCase(
    {
      tenantId: tenantId(1),
      teamId: teamId(1),
      channelId: channelId(1, 0),
      serviceUrl: connector.serviceUrl,
      graphGroupId: groupId(1),
      pace: async () => {
        paced += 1;
      },
    },
    {
      deliveryId: 'probe',
      issue,
      caseStudy: issue.cases[0]!,
      audiences: [],
      lastDiscussionParticipants: null,
      language: 'en',
    },
  );
  return paced > 0;
}
