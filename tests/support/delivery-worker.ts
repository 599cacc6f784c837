/**
 * A delivery engine in its own process, for "a process killed mid-fan-out and restarted":
 * `node --import tsx tests/support/delivery-worker.ts '<json options>'`. It recovers, then ticks
 * until no delivery is left pending or sending, and exits 0 (1 when the deadline passes first).
 * Its log goes to stdout as JSON lines (`delivery sent` names each post once it is recorded).
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { createChannelPoster } from '../../bot';
import { loadConfig } from '../../src/config';
import { createDeliveryEngine } from '../../src/delivery';
import { createGraphTokenProvider, GraphService } from '../../src/graph';
import { createStore } from '../../src/store';
import { fanOutForces } from '../../testkit';

interface WorkerOptions {
  databasePath: string;
  instanceId: string;
  /** The engine's clock, fixed. */
  now: string;
  leaseTtlMs: number;
  tenantRequestLimit: number;
  /** The fake Graph's URL (also its token authority), when Graph is configured. */
  graphUrl?: string;
  deadlineMs: number;
}

const options = JSON.parse(process.argv[2] ?? '{}') as WorkerOptions;
const logger = pino({ level: 'info' });
const store = createStore(options.databasePath);
await store.migrate();
const graph = options.graphUrl
  ? new GraphService({
      graphBaseUrl: options.graphUrl,
      tokens: createGraphTokenProvider({
        clientId: 'app-id',
        credential: { clientSecret: 'secret' },
        authorityHost: options.graphUrl,
        logger,
      }),
      logger,
    })
  : undefined;
const engine = createDeliveryEngine({
  store,
  library: () => fanOutForces.library,
  poster: createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' })),
  graph,
  logger,
  clock: () => new Date(options.now),
  instanceId: options.instanceId,
  missedPostGraceHours: 24,
  leaseTtlMs: options.leaseTtlMs,
  tenantRequestLimit: options.tenantRequestLimit,
  tenantConcurrency: 2,
  retry: { baseDelayMs: 1, maxDelayMs: 10 },
});
const deadline = Date.now() + options.deadlineMs;
await engine.recover();
let unfinished = 1;
while (unfinished > 0 && Date.now() < deadline) {
  await engine.tick();
  const [pending, sending] = await Promise.all([
    store.deliveries.list({ status: 'pending' }),
    store.deliveries.list({ status: 'sending' }),
  ]);
  unfinished = pending.length + sending.length;
  if (unfinished > 0) await sleep(100);
}
await engine.stop();
await store.close();
process.exit(unfinished === 0 ? 0 : 1);
