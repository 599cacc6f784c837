/**
 * The fake Bot Connector in a process of its own, so the fan-out bench measures the service's
 * CPU and memory, not the fake's. Driven over IPC: `{command: 'reset', limits}` forgets
 * everything and applies Teams' limits (`teams`) or none (`none`); `{command: 'report'}` answers
 * with what it saw. Sends `{ready: serviceUrl}` once listening.
 */
import { FakeBotConnector, TEAMS_RATE_LIMITS } from '../testkit';

/** What the fake saw of a fan-out. */
export interface ConnectorReport {
  requests: number;
  throttled: number;
  threads: number;
  channels: number;
  /** When the first post arrived and when the last thread was created (ms, the fake's clock). */
  firstPostAt: number;
  lastAnsweredAt: number;
}

let connector: FakeBotConnector | undefined;
let firstPostAt = Number.POSITIVE_INFINITY;

async function reset(limits: 'teams' | 'none'): Promise<string> {
  await connector?.stop();
  connector = new FakeBotConnector({ rateLimits: limits === 'teams' ? TEAMS_RATE_LIMITS : null });
  const url = await connector.start();
  firstPostAt = Number.POSITIVE_INFINITY;
  connector.failNext({
    times: Number.POSITIVE_INFINITY,
    match: (request) => {
      if (request.method === 'POST' && request.path === '/v3/conversations') {
        firstPostAt = Math.min(firstPostAt, performance.now());
      }
      return false;
    },
  });
  return url;
}

function report(): ConnectorReport {
  const threads = connector!.allThreads();
  return {
    requests: connector!.received.length,
    throttled: connector!.received.length - threads.length,
    threads: threads.length,
    channels: new Set(threads.map((thread) => thread.channelId)).size,
    firstPostAt,
    lastAnsweredAt: Math.max(...threads.map((thread) => thread.createdAt)),
  };
}

process.on(
  'message',
  (message: { command: 'reset'; limits: 'teams' | 'none' } | { command: 'report' }) => {
    void (async () => {
      if (message.command === 'reset') process.send!({ ready: await reset(message.limits) });
      else process.send!({ report: report() });
    })();
  },
);
process.on('disconnect', () => {
  void connector?.stop().then(() => process.exit(0));
});
process.send!({ started: true });
