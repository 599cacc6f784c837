import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type restify from 'restify';
import { createBot, createChannelPoster } from '../bot';
import { loadConfig } from '../src/config';
import { createDeliveryEngine } from '../src/delivery';
import { createReplyIntake } from '../src/discussion/intake';
import { createApp } from '../src/server/app';
import { messagesRoutes } from '../src/server/routes/messages';
import { createStore } from '../src/store';
import { FakeBotConnector, fanOutForces } from '../testkit';

const { library, seedSubscriptions, teamId, tenantId } = fanOutForces;

const MESSAGES = 3_000;
const CONCURRENCY = 32;

/**
 * Channel traffic through `/api/messages` (local mode): messages in a subscribed team's channel
 * outside the bot's threads, the common case once RSC delivers every channel message. The
 * baseline is a bare route on the same restify app that reads and parses the same body.
 */
export async function bench(): Promise<void> {
  const logger = pino({ level: 'silent' });
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-ingest-'));
  const connector = new FakeBotConnector({ rateLimits: null });
  await connector.start();
  const store = createStore(join(folder, 'store.sqlite'));
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const tenantAccess = { isAllowed: async () => true };
  const deliveries = createDeliveryEngine({
    store,
    library: () => library,
    poster: createChannelPoster(config),
    logger,
    instanceId: 'bench',
    missedPostGraceHours: 24,
  });
  const bot = createBot({
    config,
    logger,
    store,
    library: () => library,
    deliveries,
    graph: undefined,
    tenantAccess,
    replies: createReplyIntake({ store, tenants: tenantAccess, logger }),
  });
  const server = createApp(logger, [
    messagesRoutes(bot, logger),
    (routes) =>
      routes.post('/bare', async (request: restify.Request, response: restify.Response) => {
        const chunks: Buffer[] = [];
        for await (const chunk of request) chunks.push(chunk as Buffer);
        JSON.parse(Buffer.concat(chunks).toString('utf8'));
        response.status(200);
        response.end();
      }),
  ]);
  try {
    await store.migrate();
    await seedSubscriptions(store, connector, 1, 4);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const body = (index: number) => JSON.stringify(channelMessage(connector.serviceUrl, index));

    await send(`${base}/api/messages`, 200, body);
    const bare = await send(`${base}/bare`, MESSAGES, body);
    const messages = await send(`${base}/api/messages`, MESSAGES, body);
    const stored = (await store.discussion.listThreads(tenantId(1), new Date(0))).length;
    console.log(`bare restify route: ${bare.rate.toFixed(0)} messages/s`);
    console.log(
      `/api/messages, messages outside our threads: ${messages.rate.toFixed(0)} messages/s -> ratio ${(messages.rate / bare.rate).toFixed(2)} (goal >= 0.5)`,
    );
    console.log(
      `non-200 answers: ${messages.failures}; threads stored by the traffic: ${stored} (expected 0)`,
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deliveries.stop();
    await store.close();
    await connector.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function send(
  url: string,
  count: number,
  body: (index: number) => string,
): Promise<{ rate: number; failures: number }> {
  let next = 0;
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      for (let index = next++; index < count; index = next++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: body(index),
        });
        await response.arrayBuffer();
        if (response.status !== 200) failures += 1;
      }
    }),
  );
  return { rate: (count * 1000) / (performance.now() - started), failures };
}

/** A colleague's message in a channel thread the bot did not start (no mention). */
function channelMessage(serviceUrl: string, index: number) {
  const channel = '19:t1-c1@thread.tacv2';
  return {
    type: 'message',
    id: String(1_800_000_000_000 + index),
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:user-${index % 50}`, name: 'A Colleague', aadObjectId: `aad-${index % 50}` },
    recipient: { id: '28:bot', name: 'Learning the Lessons' },
    conversation: {
      id: `${channel};messageid=${1_700_000_000_000 + (index % 200)}`,
      conversationType: 'channel',
      tenantId: tenantId(1),
      isGroup: true,
    },
    text: 'Shift handover at six, bring the custody log.',
    channelData: {
      tenant: { id: tenantId(1) },
      team: { id: teamId(1) },
      channel: { id: channel },
    },
  };
}
