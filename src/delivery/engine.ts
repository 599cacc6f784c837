import { randomUUID } from 'node:crypto';
import type { Library } from '../content/model';
import { AppError } from '../errors';
import type { GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { Delivery, Store, Subscription } from '../store/types';
import { RequestBudget, Semaphore } from './budget';
import type { DeliveryContext } from './context';
import { TenantLeases, type TenantLease } from './leases';
import type { ChannelPoster } from './ports';
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
import { DeliveryScheduler } from './scheduling';
import { sendDelivery } from './send';

export interface DeliveryEngineOptions {
  store: Store;
  /** The current library (it may be reloaded while the service runs). */
  library: () => Library;
  poster: ChannelPoster;
  /** For the crash window: without it a re-sent post is flagged as a possible duplicate. */
  graph?: GraphOperations;
  logger: Logger;
  clock?: () => Date;
  /** Names this process in leases; unique per running instance. */
  instanceId: string;
  /** A weekly post later than this is skipped and recorded. */
  missedPostGraceHours: number;
  /** Requests per tenant per budget window (Teams allows 50 per second per app per tenant). */
  tenantRequestLimit?: number;
  /** The budget window: a second plus a margin for network jitter. */
  budgetWindowMs?: number;
  /** Deliveries of one tenant sent at once. */
  tenantConcurrency?: number;
  /** Posts in flight across all tenants. */
  maxInFlight?: number;
  retry?: Partial<RetryPolicy>;
  /** How long a tenant lease lasts without renewal (a crashed instance's tenants wait this long). */
  leaseTtlMs?: number;
  /** For backoff jitter. */
  random?: () => number;
}

/** Sends every post: the weekly fan-out and `post now`, through one path. */
export interface DeliveryEngine {
  /** Creates a delivery (`now-<uuid>`) and sends it through the weekly path; returns its end. */
  postNow(subscription: Subscription, actor: string): Promise<Delivery>;
  /** One scheduler pass: creates due deliveries, then sends pending (and orphaned) ones. */
  tick(): Promise<void>;
  /** Settles deliveries found `sending` after a restart (the crash-window rule). */
  recover(): Promise<void>;
  /** Recovers, then ticks at the start of every minute. */
  start(): void;
  /** Finishes in-flight sends (backoffs end early), then stops. */
  stop(): Promise<void>;
}

/** Creates the delivery engine. */
export function createDeliveryEngine(options: DeliveryEngineOptions): DeliveryEngine {
  const { store, logger } = options;
  const clock = options.clock ?? (() => new Date());
  const graceMs = options.missedPostGraceHours * 3_600_000;
  const stopping = new AbortController();
  const budgets = new Map<string, RequestBudget>();
  const context: DeliveryContext = {
    store,
    library: options.library,
    poster: options.poster,
    graph: options.graph,
    logger,
    clock,
    graceMs,
    retry: { ...DEFAULT_RETRY_POLICY, ...options.retry },
    random: options.random ?? Math.random,
    budgetOf: (tenantId) => {
      let budget = budgets.get(tenantId);
      if (!budget) {
        budget = new RequestBudget(
          options.tenantRequestLimit ?? 50,
          options.budgetWindowMs ?? 1_025,
        );
        budgets.set(tenantId, budget);
      }
      return budget;
    },
    pacing: new Semaphore(options.maxInFlight ?? 64),
    stopping: stopping.signal,
  };
  const leases = new TenantLeases(store, options.instanceId, options.leaseTtlMs ?? 60_000, logger);
  const scheduler = new DeliveryScheduler(store, graceMs);
  const tenantConcurrency = options.tenantConcurrency ?? 8;
  const inFlight = new Set<string>();
  const tasks = new Set<Promise<unknown>>();
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let started = false;

  const track = <T>(task: Promise<T>): Promise<T> => {
    tasks.add(task);
    const forget = () => tasks.delete(task);
    task.then(forget, forget);
    return task;
  };

  /** Runs scheduler passes one after another, never two at once. */
  const exclusive = (pass: () => Promise<void>): Promise<void> => {
    const next = chain.then(() => (stopping.signal.aborted ? undefined : pass()));
    chain = next.catch(() => undefined);
    return track(next);
  };

  const sendTracked = async (delivery: Delivery, lease: TenantLease): Promise<Delivery> => {
    inFlight.add(delivery.id);
    try {
      return await sendDelivery(context, delivery, lease);
    } finally {
      inFlight.delete(delivery.id);
    }
  };

  const drainTenant = async (tenantId: string): Promise<void> => {
    const lease = await leases.hold(tenantId);
    if (!lease) return;
    try {
      const attempted = new Set<string>();
      while (!lease.lost && !stopping.signal.aborted) {
        const queue = await sendable(tenantId, attempted);
        if (queue.length === 0) break;
        const worker = async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            if (lease.lost || stopping.signal.aborted) return;
            attempted.add(next.id);
            await sendTracked(next, lease);
          }
        };
        await Promise.all(
          Array.from({ length: Math.min(tenantConcurrency, queue.length) }, worker),
        );
      }
    } finally {
      await lease.release();
    }
  };

  /** Orphaned `sending` deliveries first (crash window), then pending ones that are due. */
  const sendable = async (tenantId: string, attempted: Set<string>): Promise<Delivery[]> => {
    const now = clock().getTime();
    const [sending, pending] = await Promise.all([
      store.listDeliveries({ tenantId, status: 'sending' }),
      store.listDeliveries({ tenantId, status: 'pending' }),
    ]);
    return [
      ...sending.filter((delivery) => !inFlight.has(delivery.id)),
      ...pending.filter((delivery) => delivery.dueAt.getTime() <= now),
    ].filter((delivery) => !attempted.has(delivery.id));
  };

  const drainAll = async (): Promise<void> => {
    const [sending, pending] = await Promise.all([
      store.listDeliveries({ status: 'sending' }),
      store.listDeliveries({ status: 'pending' }),
    ]);
    const tenants = new Set(
      [...sending.filter((delivery) => !inFlight.has(delivery.id)), ...pending].map(
        (delivery) => delivery.tenantId,
      ),
    );
    await Promise.all([...tenants].map((tenantId) => drainTenant(tenantId)));
  };

  const tick = () =>
    exclusive(async () => {
      const created = await scheduler.createDue(clock(), (subscription, error) =>
        logger.warn(
          { err: error, subscriptionId: subscription.id },
          'could not schedule a subscription',
        ),
      );
      if (created > 0) logger.info({ created }, 'weekly deliveries created');
      await drainAll();
    });

  const recover = () => exclusive(drainAll);

  const scheduleNextTick = () => {
    if (stopping.signal.aborted) return;
    timer = setTimeout(
      () => {
        tick()
          .catch((error: unknown) => logger.error({ err: error }, 'scheduler tick failed'))
          .finally(scheduleNextTick);
      },
      60_000 - (Date.now() % 60_000),
    );
  };

  return {
    async postNow(subscription, actor) {
      if (stopping.signal.aborted) {
        throw new AppError('Unavailable', 'The service is restarting. Try again in a minute.');
      }
      const { delivery } = await store.createDelivery({
        subscriptionId: subscription.id,
        tenantId: subscription.tenantId,
        teamId: subscription.teamId,
        channelId: subscription.channelId,
        weekKey: `now-${randomUUID()}`,
        caseId: '',
        dueAt: clock(),
      });
      await store.appendAudit({
        tenantId: subscription.tenantId,
        actor,
        action: 'delivery.post-now',
        subject: delivery.id,
        detail: { subscriptionId: subscription.id, channelId: subscription.channelId },
      });
      const lease = await leases.hold(subscription.tenantId);
      if (!lease) {
        logger.info(
          { deliveryId: delivery.id },
          'post now queued: another instance sends this tenant',
        );
        return delivery;
      }
      try {
        return await track(sendTracked(delivery, lease));
      } finally {
        await lease.release();
      }
    },
    tick,
    recover,
    start() {
      if (started || stopping.signal.aborted) return;
      started = true;
      recover()
        .catch((error: unknown) => logger.error({ err: error }, 'delivery recovery failed'))
        .finally(scheduleNextTick);
    },
    async stop() {
      stopping.abort();
      clearTimeout(timer);
      while (tasks.size > 0) await Promise.allSettled([...tasks]);
    },
  };
}
