import assert from 'node:assert/strict';
import { RateBudget } from '../../../src/graph/rate-budget';

describe('Graph budgets', () => {
  let clock: number;
  let waits: string[];
  let budget: RateBudget;

  beforeEach(() => {
    clock = 0;
    waits = [];
    budget = new RateBudget(
      () => clock,
      async (ms) => {
        waits.push(`${ms}`);
        clock += ms;
      },
    );
  });

  it('lets a burst up to the rate through at once, then spaces calls out', async () => {
    for (let n = 0; n < 4; n += 1) await budget.take('tenant-a:channel-1', 4);
    assert.deepEqual(waits, []);
    await budget.take('tenant-a:channel-1', 4);
    await budget.take('tenant-a:channel-1', 4);
    assert.deepEqual(waits, ['250', '250']);
  });

  it("keeps each key's budget apart: one busy channel does not slow another", async () => {
    for (let n = 0; n < 4; n += 1) await budget.take('tenant-a:channel-1', 4);
    await budget.take('tenant-a:channel-2', 4);
    await budget.take('tenant-b:channel-1', 4);
    assert.deepEqual(waits, []);
  });

  it('refills with time', async () => {
    for (let n = 0; n < 5; n += 1) await budget.take('tenant-a:notices', 5);
    clock += 1000;
    for (let n = 0; n < 5; n += 1) await budget.take('tenant-a:notices', 5);
    assert.deepEqual(waits, []);
  });

  it('serves concurrent callers in order, each within the rate', async () => {
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) => budget.take('tenant-a:reads', 2).then(() => order.push(n))),
    );
    assert.deepEqual(order, [1, 2, 3, 4]);
    assert.deepEqual(waits, ['500', '500']);
  });
});
