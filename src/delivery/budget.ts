import { setTimeout as sleep } from 'node:timers/promises';

/** How many intervals behind its schedule a budget may catch up on, after a pause. */
const CATCH_UP = 2;

/**
 * A tenant's request budget: at most `limit` requests in any `windowMs` (a sliding window, which
 * is how Teams counts), spread evenly: one every `windowMs / limit`. Even spacing keeps the
 * requests from queueing behind each other on the way out, so they reach Teams as they left and
 * a burst cannot push one past the limit there. The schedule is kept from one request to the
 * next, so a late timer or a pause of the event loop does not slow the rate: up to `CATCH_UP`
 * intervals missed are made up (never past the window's limit). Callers are served in order.
 */
export class RequestBudget {
  private readonly spent: number[] = [];
  private readonly interval: number;
  private nextSlot = 0;
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {
    this.interval = windowMs / limit;
  }

  /** Resolves when a request may go out, having spent a token for it. */
  take(): Promise<void> {
    const turn = this.tail.then(() => this.spend());
    this.tail = turn;
    return turn;
  }

  private async spend(): Promise<void> {
    for (;;) {
      const now = performance.now();
      let earliest = this.nextSlot - CATCH_UP * this.interval;
      if (this.spent.length >= this.limit) {
        earliest = Math.max(earliest, this.spent[this.spent.length - this.limit]! + this.windowMs);
      }
      if (earliest <= now) break;
      // Timers work in whole milliseconds and may fire a fraction early: check again after.
      await sleep(Math.ceil(earliest - now));
    }
    const now = performance.now();
    this.nextSlot = Math.max(this.nextSlot, now) + this.interval;
    this.spent.push(now);
    if (this.spent.length > this.limit) this.spent.splice(0, this.spent.length - this.limit);
  }
}

/** At most `size` tasks at once across the whole engine (the bot's global pacing). */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly size: number) {}

  /** Runs `task` once a slot is free. */
  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active += 1;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active -= 1;
    }
  }
}
