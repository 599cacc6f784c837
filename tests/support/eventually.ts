import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Resolves once `condition` holds, checking every 10 ms: for what the code under test reaches in
 * the background. Fails after `withinMs` (15 s by default), naming what was awaited. The one way
 * the tests wait; none of them sleeps for a set time.
 */
export async function eventually(
  condition: () => boolean | Promise<boolean>,
  what = 'the condition',
  withinMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`${what} was not reached in ${withinMs} ms`);
    await sleep(10);
  }
}
