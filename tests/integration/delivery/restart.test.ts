import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fanOutForces, FakeGraph } from '../../../testkit';
import { FanOutHarness } from './harness';

const { groupId, mirrorThreadsToGraph, seedSubscriptions, tenantId } = fanOutForces;

const CHANNELS = 16;

interface Worker {
  child: ChildProcess;
  /** Deliveries the worker logged as sent: their answer was read and recorded. */
  logged: Set<string>;
}

function startWorker(
  options: Record<string, unknown>,
  onSent: (worker: Worker) => void = () => {},
): Worker {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/delivery-worker.ts', JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const worker: Worker = { child, logged: new Set() };
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const entry = JSON.parse(line) as { msg?: string; deliveryId?: string };
    if (entry.msg !== 'delivery sent' || !entry.deliveryId) return;
    worker.logged.add(entry.deliveryId);
    onSent(worker);
  });
  return worker;
}

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.once('exit', (code) => resolve(code));
  });

describe('delivery: a process killed mid-fan-out and restarted', function () {
  this.timeout(60_000);
  let harness: FanOutHarness;
  let graph: FakeGraph;
  beforeEach(async () => {
    harness = await new FanOutHarness(null).open();
    graph = await new FakeGraph().start();
    graph.addTeam(tenantId(1), groupId(1), []);
    await seedSubscriptions(harness.store, harness.connector, 1, CHANNELS);
  });
  afterEach(async () => {
    await harness.close();
    await graph.stop();
  });

  const options = (instanceId: string, withGraph: boolean) => ({
    instanceId,
    databasePath: harness.databasePath,
    now: harness.now.toISOString(),
    leaseTtlMs: 1_000,
    tenantRequestLimit: 10,
    deadlineMs: 40_000,
    ...(withGraph ? { graphUrl: graph.url } : {}),
  });

  const weeklyDeliveries = async () =>
    (await harness.store.deliveries.list({ tenantId: tenantId(1) })).filter(
      (delivery) => delivery.weekKey === '2027-W02',
    );

  /** Threads per channel, and every delivery ended sent with one of its channel's threads. */
  const settle = async () => {
    const threads = harness.connector.allThreads();
    const perChannel = new Map<string, number>();
    for (const thread of threads) {
      perChannel.set(thread.channelId, (perChannel.get(thread.channelId) ?? 0) + 1);
    }
    const deliveries = await weeklyDeliveries();
    assert.equal(deliveries.length, CHANNELS);
    assert.equal(perChannel.size, CHANNELS, 'every channel has its post');
    for (const delivery of deliveries) {
      assert.equal(delivery.status, 'sent');
      const thread = threads.find((each) => each.rootMessageId === delivery.rootMessageId);
      assert.equal(thread?.channelId, delivery.channelId);
    }
    return { perChannel, deliveries };
  };

  it('killed while a post is in flight, with Graph: every channel exactly once, none left sending', async () => {
    const first = startWorker(options('instance-a', true));
    let posts = 0;
    harness.connector.failNext({
      times: Number.POSITIVE_INFINITY,
      match: (request) => {
        if (request.method === 'POST' && request.path === '/v3/conversations') posts += 1;
        if (posts === 6) first.child.kill('SIGKILL');
        return false;
      },
    });
    await exited(first.child);
    assert.equal(first.child.signalCode, 'SIGKILL');
    const beforeRestart = harness.connector.allThreads().length;
    assert.ok(beforeRestart >= 6 && beforeRestart < CHANNELS, 'killed mid-fan-out');
    const stranded = await harness.store.deliveries.list({ status: 'sending' });
    assert.ok(stranded.length >= 1, 'the post in flight at the kill is left sending');
    mirrorThreadsToGraph(harness.connector, graph);

    const second = startWorker(options('instance-b', true));
    assert.equal(await exited(second.child), 0);

    const { perChannel, deliveries } = await settle();
    assert.ok(
      [...perChannel.values()].every((count) => count === 1),
      'no duplicate',
    );
    assert.ok(deliveries.every((delivery) => !delivery.possibleDuplicate));
  });

  for (const withGraph of [false, true]) {
    it(`killed right after posts were answered and logged, ${withGraph ? 'with Graph' : 'in local mode'}: none of those is posted again`, async () => {
      const first = startWorker(options('instance-a', withGraph), (worker) => {
        if (worker.logged.size === 5) worker.child.kill('SIGKILL');
      });
      await exited(first.child);
      assert.equal(first.child.signalCode, 'SIGKILL');
      assert.ok(harness.connector.allThreads().length < CHANNELS, 'killed mid-fan-out');
      if (withGraph) mirrorThreadsToGraph(harness.connector, graph);

      const second = startWorker(options('instance-b', withGraph));
      assert.equal(await exited(second.child), 0);

      const { perChannel, deliveries } = await settle();
      for (const delivery of deliveries) {
        const copies = perChannel.get(delivery.channelId);
        if (first.logged.has(delivery.id)) {
          assert.equal(copies, 1, 'a post whose answer was read is never sent again');
          assert.equal(delivery.possibleDuplicate, false);
        } else if (copies !== 1) {
          assert.ok(!withGraph, 'with Graph the channel is checked: no duplicate');
          assert.equal(delivery.possibleDuplicate, true, 'a possible duplicate is flagged');
        }
      }
    });
  }
});
