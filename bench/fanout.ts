import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createChannelPoster } from '../bot';
import { loadConfig } from '../src/config';
import { createDeliveryEngine, type ChannelPoster } from '../src/delivery';
import { createStore } from '../src/store';
import { fanOutForces } from '../testkit';
import type { ConnectorReport } from './connector-process';

const { channelId, library, seedSubscriptions, teamId, tenantId } = fanOutForces;

const TENANT_CEILING = 50;
const WEEK = '2027-W02';

/**
 * The weekly fan-out against the fake Bot Connector enforcing Teams' limits, in a process of its
 * own. Two runs: 5 tenants x 250 channels, where Teams' ceiling (250 posts/s) is the limit, and
 * 20 tenants x 250 channels (5,000), where the ceiling (1,000/s) may be above what this machine
 * can do. Each tenant's fan-out lasts at least 5 s at the ceiling. Printed beside two baselines
 * of the same run, against the fake with no limits: the poster alone, and the whole engine (store
 * included) with no request budget (what this machine can post at most).
 */
export async function bench(): Promise<void> {
  const connector = await ConnectorProcess.start();
  try {
    const paced = [];
    for (const tenants of [20, 5]) paced.push(await fanOut(connector, tenants, 250, 'paced'));
    const posterAlone = await unpacedRate(connector);
    const engineUnpaced = (await fanOut(connector, 20, 250, 'unpaced')).rate;
    console.log(
      `baselines, unpaced against the fake connector: the poster alone ${posterAlone.toFixed(0)} posts/s; ` +
        `the engine with its store, no budget, 5,000 channels: ${engineUnpaced.toFixed(0)} posts/s`,
    );
    for (const run of paced) {
      const ceiling = run.tenants * TENANT_CEILING;
      const reachable = Math.min(ceiling, engineUnpaced);
      console.log(
        `\n${run.channels} channels in ${run.tenants} tenants, ${(run.elapsedMs / 1000).toFixed(1)} s (5 s per tenant at the ceiling)`,
      );
      console.log(
        `posts/s: ${run.rate.toFixed(0)} -> ratio ${(run.rate / ceiling).toFixed(3)} of Teams' ceiling (${ceiling}/s); ` +
          `${(run.rate / reachable).toFixed(3)} of min(ceiling, the unpaced engine) (goal >= 0.95); ` +
          `${(run.rate / Math.min(ceiling, posterAlone)).toFixed(3)} of min(ceiling, the poster alone)`,
      );
      console.log(
        `requests per post: ${run.requestsPerPost.toFixed(2)} (goal 1.00); 429s received: ${run.throttled}`,
      );
      console.log(
        `duplicates: ${run.duplicates}, lost: ${run.lost}, deliveries not sent: ${run.unsent} (goal 0)`,
      );
      console.log(
        `service memory: heap used ${(run.addedHeap / 2 ** 20).toFixed(0)} MB more at its peak, rss ${(run.addedRss / 2 ** 20).toFixed(0)} MB more (goal <= 100 MB; the first run starts from the fresh process)`,
      );
    }
  } finally {
    connector.stop();
  }
}

/** What one fan-out did. */
interface FanOutRun {
  tenants: number;
  channels: number;
  elapsedMs: number;
  rate: number;
  requestsPerPost: number;
  throttled: number;
  duplicates: number;
  lost: number;
  unsent: number;
  addedRss: number;
  addedHeap: number;
}

async function fanOut(
  connector: ConnectorProcess,
  tenants: number,
  channelsPerTenant: number,
  pacing: 'paced' | 'unpaced',
): Promise<FanOutRun> {
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-fanout-'));
  const store = createStore(join(folder, 'store.sqlite'));
  try {
    await store.migrate();
    const serviceUrl = await connector.reset(pacing === 'paced' ? 'teams' : 'none');
    await seedSubscriptions(store, { serviceUrl, addTeam: () => {} }, tenants, channelsPerTenant);
    const engine = createDeliveryEngine({
      store,
      library: () => library,
      poster: createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' })),
      logger: pino({ level: 'silent' }),
      clock: () => new Date('2027-01-11T09:00:00Z'),
      instanceId: 'bench',
      missedPostGraceHours: 24,
      ...(pacing === 'unpaced' ? { tenantRequestLimit: Number.MAX_SAFE_INTEGER } : {}),
    });
    global.gc?.();
    const before = process.memoryUsage();
    let peakRss = before.rss;
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peakRss = Math.max(peakRss, now.rss);
      peakHeap = Math.max(peakHeap, now.heapUsed);
    }, 50);
    const started = performance.now();
    await engine.tick();
    const elapsedMs = performance.now() - started;
    clearInterval(sampler);
    await engine.stop();

    const seen = await connector.report();
    const channels = tenants * channelsPerTenant;
    const sent = (await store.deliveries.list({ status: 'sent' })).filter(
      (delivery) => delivery.weekKey === WEEK,
    ).length;
    return {
      tenants,
      channels,
      elapsedMs,
      rate: (seen.threads * 1000) / (seen.lastAnsweredAt - seen.firstPostAt),
      requestsPerPost: seen.requests / seen.threads,
      throttled: seen.throttled,
      duplicates: seen.threads - seen.channels,
      lost: channels - seen.channels,
      unsent: channels - sent,
      addedRss: peakRss - before.rss,
      addedHeap: peakHeap - before.heapUsed,
    };
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Posts per second the poster manages with no engine, budget or store, against no limits. */
async function unpacedRate(connector: ConnectorProcess): Promise<number> {
  const serviceUrl = await connector.reset('none');
  const poster: ChannelPoster = createChannelPoster(loadConfig({ LOG_LEVEL: 'silent' }));
  const issue = library.issue(44)!;
  const posts = 2_000;
  let next = 0;
  await Promise.all(
    Array.from({ length: 64 }, async () => {
      for (let index = next++; index < posts; index = next++) {
        await poster.postCase(
          {
            tenantId: tenantId(1 + (index % 20)),
            teamId: teamId(1),
            channelId: channelId(1, index),
            serviceUrl,
          },
          {
            deliveryId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
            issue,
            caseStudy: issue.cases[index % issue.cases.length]!,
            audiences: ['officers-and-staff'],
            lastDiscussionParticipants: null,
            language: 'en',
          },
        );
      }
    }),
  );
  const seen = await connector.report();
  return (seen.threads * 1000) / (seen.lastAnsweredAt - seen.firstPostAt);
}

/** The fake Bot Connector in its child process (`connector-process.ts`). */
class ConnectorProcess {
  private constructor(private readonly child: ChildProcess) {}

  static async start(): Promise<ConnectorProcess> {
    const child = fork(join(import.meta.dirname, 'connector-process.ts'), [], {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`the fake connector exited with ${code}`)));
    });
    return new ConnectorProcess(child);
  }

  reset(limits: 'teams' | 'none'): Promise<string> {
    return this.ask<{ ready: string }>({ command: 'reset', limits }).then(({ ready }) => ready);
  }

  report(): Promise<ConnectorReport> {
    return this.ask<{ report: ConnectorReport }>({ command: 'report' }).then(
      ({ report }) => report,
    );
  }

  stop(): void {
    this.child.disconnect();
  }

  private ask<T>(message: unknown): Promise<T> {
    return new Promise((resolve) => {
      this.child.once('message', (answer) => resolve(answer as T));
      this.child.send(message as object);
    });
  }
}
