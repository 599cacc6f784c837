import { setTimeout as sleep } from 'node:timers/promises';

/**
 * A tenant's request budget: at most `limit` requests in any `windowMs`. It is a token bucket
 * whose tokens each come back `windowMs` after they were spent, which is how Teams counts (a
 * sliding window), so a burst of `limit` goes at once and the rate never passes the ceiling.
 * Callers are served in order.
 */
export class RequestBudget {
  private readonly spent: number[] = [];
  private tail: Promise<void> = Promise.resolve();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Resolves when a request may go out, having spent a token for it. */
  take(): Promise<void> {
    const turn = this.tail.then(() => this.spend());
    this.tail = turn;
    return turn;
  }

  private async spend(): Promise<void> {
    while (this.spent.length >= this.limit) {
      const wait = this.spent[this.spent.length - this.limit]! + this.windowMs - performance.now();
      if (wait <= 0) break;
      // Timers work in whole milliseconds and may fire a fraction early: wait again if so.
      await sleep(Math.ceil(wait));
    }
    this.spent.push(performance.now());
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
