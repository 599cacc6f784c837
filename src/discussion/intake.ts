import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from '../logger';
import type { Store } from '../store/types';
import type { TenantAccess } from '../tenants/access';
import { ingestChannelMessage, type ChannelMessageEvent, type IngestOutcome } from './ingest';

/** Where channel messages in a thread go: stored now, or kept and retried until the store answers. */
export interface ReplyIntake {
  /**
   * Stores, updates or deletes a reply in one of our threads; never throws. While the store does
   * not answer, the event waits in a bounded queue, behind any that arrived before it, and is
   * retried with backoff.
   */
  accept(event: ChannelMessageEvent): Promise<void>;
  /** Events waiting for the store. */
  readonly waiting: number;
  /** Stops retrying; what still waits is recovered by the catch-up at the next start. */
  stop(): void;
}

export interface ReplyIntakeOptions {
  store: Store;
  tenants: Pick<TenantAccess, 'isAllowed'>;
  logger: Logger;
  /** Most events kept while the store is down; later ones are left to the catch-up (10,000). */
  capacity?: number;
  /** First wait before a retry (500 ms), doubling up to `maxDelayMs` (30 s), with jitter. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  random?: () => number;
  /** Waits before a retry, ending early when `signal` aborts (tests decide when it ends). */
  wait?: (ms: number, signal: AbortSignal) => Promise<void>;
}

/**
 * The intake of the discussion: a reply of a tenant that is not served is not collected (a
 * deletion is always honoured). A failure of the store never reaches the channel: it is logged
 * and the event retried in arrival order, so an edit never overtakes its post. A process that
 * dies with events waiting loses nothing the catch-up from Graph does not bring back.
 */
export function createReplyIntake(options: ReplyIntakeOptions): ReplyIntake {
  const { store, tenants, logger } = options;
  const capacity = options.capacity ?? 10_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const wait =
    options.wait ??
    ((ms: number, signal: AbortSignal) => sleep(ms, undefined, { signal }).catch(() => undefined));
  const queue: ChannelMessageEvent[] = [];
  const stopping = new AbortController();
  let draining: Promise<void> | undefined;
  let dropped = 0;

  const handle = async (event: ChannelMessageEvent): Promise<IngestOutcome> => {
    if (event.kind !== 'deleted' && !(await tenants.isAllowed(event.tenantId))) return 'ignored';
    return ingestChannelMessage(store, event);
  };

  const keep = (event: ChannelMessageEvent) => {
    if (queue.length >= capacity) {
      dropped += 1;
      if (dropped === 1 || dropped % 1_000 === 0) {
        logger.warn({ dropped, capacity }, 'reply queue full: left to the catch-up at start');
      }
      return;
    }
    queue.push(event);
    draining ??= drain().finally(() => {
      draining = undefined;
    });
  };

  const drain = async (): Promise<void> => {
    let failures = 0;
    while (queue.length > 0 && !stopping.signal.aborted) {
      try {
        await handle(queue[0]!);
        queue.shift();
        failures = 0;
      } catch (error) {
        failures += 1;
        const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** (failures - 1));
        logger.warn(
          { err: error, waiting: queue.length, retryInMs: Math.round(ceiling) },
          'replies wait for the store',
        );
        await wait(ceiling / 2 + (random() * ceiling) / 2, stopping.signal);
      }
    }
    if (queue.length === 0 && dropped > 0) {
      logger.info(
        { dropped },
        'reply queue emptied; dropped replies come back at the next catch-up',
      );
      dropped = 0;
    }
  };

  return {
    async accept(event) {
      if (queue.length > 0) return keep(event);
      try {
        const outcome = await handle(event);
        if (outcome !== 'ignored')
          logger.debug({ tenantId: event.tenantId, outcome }, 'discussion reply');
      } catch (error) {
        logger.warn({ err: error, tenantId: event.tenantId }, 'a reply could not be stored yet');
        keep(event);
      }
    },
    get waiting() {
      return queue.length;
    },
    stop() {
      stopping.abort();
    },
  };
}
