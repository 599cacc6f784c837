import { setTimeout as sleep } from 'node:timers/promises';
import { stopTestPostgres } from '../../testkit/postgres';
import { removeTestFolders } from './store';

/** What the test runner itself keeps open: its standard streams. */
const runnerResources = new Set(['TTYWrap', 'PipeWrap']);

/** How long what was closed may take to finish closing (a socket's last packets, a file read). */
const CLOSING_MS = 2_000;

/** How long tearing down may take on a loaded machine: the cluster's stop and the test folders. */
const TEARDOWN_MS = 120_000;

/** How long the runner has to print its report before a run that something keeps alive is ended. */
const REPORTING_MS = 1_000;

/** What is still open, by kind (`Timeout ×2`), but the runner's own streams. */
function stillOpen(): string[] {
  const counts = new Map<string, number>();
  for (const kind of process.getActiveResourcesInfo()) {
    if (!runnerResources.has(kind)) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, count]) => (count === 1 ? kind : `${kind} ×${count}`));
}

/**
 * Mocha root hooks, once after every suite: tear down what the run started and let it finish
 * closing; then fail the run, naming each kind of resource a test left open (a server, a socket,
 * a timer), and end it once the runner has reported, instead of letting what was left open keep
 * the process hanging. The check is synchronous, so the runner has no timer of its own running
 * while it looks.
 */
export const mochaHooks = {
  afterAll: [
    async function tearDown(this: Mocha.Context): Promise<void> {
      this.timeout(TEARDOWN_MS);
      await stopTestPostgres();
      removeTestFolders();
      const deadline = Date.now() + CLOSING_MS;
      const runnersTimer = 1;
      while (stillOpen().length > runnersTimer && Date.now() < deadline) await sleep(10);
    },
    function nothingLeftOpen(): void {
      const open = stillOpen();
      if (open.length > 0) {
        setTimeout(() => process.exit(1), REPORTING_MS).unref();
        throw new Error(
          `The tests left these open, which would keep the process alive: ${open.join(', ')}.`,
        );
      }
    },
  ],
};
