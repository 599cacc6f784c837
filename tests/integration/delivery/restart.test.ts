import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { FakeGraph } from '../../support/fake-graph';
import {
  FanOutHarness,
  groupId,
  mirrorThreadsToGraph,
  seedSubscriptions,
  tenantId,
} from './harness';

const CHANNELS = 16;

function startWorker(options: Record<string, unknown>): ChildProcess {
  return spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/support/delivery-worker.ts', JSON.stringify(options)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
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
  });
  afterEach(async () => {
    await harness.close();
    await graph.stop();
  });

  it('posts every channel exactly once: none lost, no duplicate, none left sending', async () => {
    await seedSubscriptions(harness.store, harness.connector, 1, CHANNELS);
    const common = {
      databasePath: harness.databasePath,
      now: harness.now.toISOString(),
      leaseTtlMs: 1_000,
      tenantRequestLimit: 10,
      graphUrl: graph.url,
      deadlineMs: 40_000,
    };
    const first = startWorker({ ...common, instanceId: 'instance-a' });
    let posts = 0;
    harness.connector.failNext({
      times: Number.POSITIVE_INFINITY,
      match: (request) => {
        if (request.method === 'POST' && request.path === '/v3/conversations') posts += 1;
        if (posts === 6) first.kill('SIGKILL');
        return false;
      },
    });
    await exited(first);
    assert.equal(first.signalCode, 'SIGKILL');
    const beforeRestart = harness.connector.allThreads().length;
    assert.ok(beforeRestart >= 6 && beforeRestart < CHANNELS, 'killed mid-fan-out');
    const stranded = await harness.store.listDeliveries({ status: 'sending' });
    assert.ok(stranded.length >= 1, 'the post in flight at the kill is left sending');
    mirrorThreadsToGraph(harness.connector, graph);

    const second = startWorker({ ...common, instanceId: 'instance-b' });
    assert.equal(await exited(second), 0);

    const threads = harness.connector.allThreads();
    assert.equal(threads.length, CHANNELS, 'one thread per channel');
    assert.equal(new Set(threads.map((thread) => thread.channelId)).size, CHANNELS);
    const deliveries = (await harness.store.listDeliveries({ tenantId: tenantId(1) })).filter(
      (delivery) => delivery.weekKey === '2027-W02',
    );
    assert.equal(deliveries.length, CHANNELS);
    for (const delivery of deliveries) {
      assert.equal(delivery.status, 'sent');
      assert.equal(delivery.possibleDuplicate, false);
      const thread = threads.find((each) => each.rootMessageId === delivery.rootMessageId);
      assert.equal(thread?.channelId, delivery.channelId);
    }
    for (const delivery of stranded) {
      const settled = deliveries.find((each) => each.id === delivery.id);
      assert.equal(settled?.status, 'sent');
    }
  });
});
