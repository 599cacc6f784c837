/**
 * A token bucket per key (a tenant, a channel): `take` resolves once the key has a token, so
 * callers stay within a rate such as Graph's 20 message reads per second per tenant.
 */
export class RateBudget {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();
  /** The tail of each key's queue, so waiters are served in order. */
  private readonly queues = new Map<string, Promise<void>>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) =>
      new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  /** Waits until `key` may make one more call at `perSecond` (bursts up to `perSecond`). */
  take(key: string, perSecond: number): Promise<void> {
    const previous = this.queues.get(key) ?? Promise.resolve();
    const turn = previous.then(() => this.wait(key, perSecond));
    this.queues.set(key, turn);
    void turn.finally(() => {
      if (this.queues.get(key) === turn) this.queues.delete(key);
    });
    return turn;
  }

  private async wait(key: string, perSecond: number): Promise<void> {
    const bucket = this.refill(key, perSecond);
    if (bucket.tokens < 1) {
      const waitMs = Math.ceil(((1 - bucket.tokens) / perSecond) * 1000);
      await this.sleep(waitMs);
      this.refill(key, perSecond);
    }
    bucket.tokens -= 1;
  }

  private refill(key: string, perSecond: number): { tokens: number; updatedAt: number } {
    const now = this.now();
    const bucket = this.buckets.get(key) ?? { tokens: perSecond, updatedAt: now };
    bucket.tokens = Math.min(
      perSecond,
      bucket.tokens + ((now - bucket.updatedAt) / 1000) * perSecond,
    );
    bucket.updatedAt = now;
    this.buckets.set(key, bucket);
    return bucket;
  }
}
