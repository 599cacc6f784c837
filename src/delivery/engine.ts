import { randomUUID } from 'node:crypto';
import type { Library } from '../content/model';
import { AppError } from '../errors';
import type { GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { Delivery, DeliveryCursor, Store, Subscription } from '../store/types';
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

/** Deliveries read from the store at a time while a tenant's fan-out is sent. */
const PAGE_SIZE = 64;

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
  const tenantConcurrency = options.tenantConcurrency ?? 16;
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

  /**
   * Sends a tenant's sendable deliveries under its lease, read a page at a time in due order (the
   * next page is fetched before the workers run dry), so a fan-out of any size holds about one
   * page: deliveries found `sending` after a crash, and pending ones that are due. Each is
   * attempted once per drain.
   */
  const drainTenant = async (tenantId: string): Promise<void> => {
    const lease = await leases.hold(tenantId);
    if (!lease) return;
    const queue: Delivery[] = [];
    let cursor: DeliveryCursor | null = null;
    let exhausted = false;
    let reading: Promise<void> | undefined;
    const read = () =>
      (reading ??= (async () => {
        const page = await store.deliveries.listSendable(tenantId, clock(), cursor, PAGE_SIZE);
        const last = page[page.length - 1];
        if (!last) exhausted = true;
        else cursor = { dueAt: last.dueAt, id: last.id };
        queue.push(...page.filter((delivery) => !inFlight.has(delivery.id)));
      })().finally(() => {
        reading = undefined;
      }));
    const next = async (): Promise<Delivery | undefined> => {
      while (queue.length === 0 && !exhausted) await read();
      if (queue.length < tenantConcurrency && !exhausted) read().catch(() => undefined);
      return queue.shift();
    };
    const worker = async () => {
      while (!lease.lost && !stopping.signal.aborted) {
        const delivery = await next();
        if (!delivery) return;
        await sendTracked(delivery, lease);
      }
    };
    try {
      await Promise.all(Array.from({ length: tenantConcurrency }, worker));
    } finally {
      await reading?.catch(() => undefined);
      await lease.release();
    }
  };

  const drainAll = async (): Promise<void> => {
    const tenants = await store.deliveries.tenantsWithSendable(clock());
    await Promise.all(tenants.map((tenantId) => drainTenant(tenantId)));
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
      const delivery = await store.transaction(async (tx) => {
        const created = await tx.deliveries.create({
          subscriptionId: subscription.id,
          tenantId: subscription.tenantId,
          teamId: subscription.teamId,
          channelId: subscription.channelId,
          weekKey: `now-${randomUUID()}`,
          caseId: '',
          dueAt: clock(),
        });
        await tx.audit.append({
          tenantId: subscription.tenantId,
          actor,
          action: 'delivery.post-now',
          subject: created.delivery.id,
          detail: { subscriptionId: subscription.id, channelId: subscription.channelId },
        });
        return created.delivery;
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
