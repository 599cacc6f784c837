import assert from 'node:assert/strict';
import { RequestBudget, Semaphore } from '../../../src/delivery/budget';

describe('delivery: request budget and pacing', () => {
  it('never lets more than the limit through in any window, serving callers in order', async () => {
    const budget = new RequestBudget(3, 100);
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 9 }, () => budget.take().then(() => granted.push(performance.now()))),
    );
    for (let index = 3; index < granted.length; index += 1) {
      assert.ok(granted[index]! - granted[index - 3]! >= 99, `request ${index} came too soon`);
    }
  });

  it('spreads the requests evenly instead of letting the window go in one burst', async () => {
    const budget = new RequestBudget(10, 200);
    const granted: number[] = [];
    await Promise.all(
      Array.from({ length: 12 }, () => budget.take().then(() => granted.push(performance.now()))),
    );
    for (let index = 3; index < granted.length; index += 1) {
      assert.ok(
        granted[index]! - granted[index - 3]! >= 19,
        `requests ${index - 3} to ${index} went out together`,
      );
    }
  });

  it('runs at most the given number of tasks at once', async () => {
    const semaphore = new Semaphore(2);
    let running = 0;
    let most = 0;
    await Promise.all(
      Array.from({ length: 8 }, () =>
        semaphore.run(async () => {
          running += 1;
          most = Math.max(most, running);
          await new Promise((resolve) => setImmediate(resolve));
          running -= 1;
        }),
      ),
    );
    assert.equal(most, 2);
  });
});
