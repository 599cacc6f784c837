import { DateTime } from 'luxon';
import type { Delivery, DeliveryStatus, Store, Tenant, TenantStatus } from '../store/types';
import { weekKeyOf } from '../schedule/index';
import { findMissingDeliveries, type MissingDelivery } from './missing';

/** The zone whose ISO week the status figures count ("this week"). */
export const STATUS_TIME_ZONE = 'Europe/London';
/** A pending delivery this long past its due time is stuck. */
export const STUCK_AFTER_MS = 15 * 60 * 1000;
/** How many of the latest errors each tenant shows. */
export const RECENT_ERROR_COUNT = 5;
/** Errors older than this no longer show. */
const RECENT_ERROR_WINDOW_MS = 14 * 24 * 60 * 60 * 1000;

/** A delivery that did not go out, with why. */
export interface DeliveryError {
  deliveryId: string;
  teamId: string;
  channelId: string;
  weekKey: string;
  status: 'failed' | 'gone' | 'skipped';
  reason: string | null;
  at: string;
}

/** A delivery still `sending`, or `pending` more than 15 minutes past due. */
export interface StuckDelivery {
  deliveryId: string;
  teamId: string;
  channelId: string;
  weekKey: string;
  status: 'pending' | 'sending';
  dueAt: string;
  attempts: number;
  lastChangedAt: string;
}

export type DeliveryCounts = Record<DeliveryStatus, number> & {
  /** This week's deliveries whose due time has come. */
  due: number;
};

export type SubscriptionCounts = Record<'active' | 'paused' | 'stopped', number>;

/** One force's figures. */
export interface TenantStatusReport {
  tenantId: string;
  name: string | null;
  status: TenantStatus;
  /** Why: for example `BotDisabledByAdmin` when the force's admin turned the app off. */
  statusReason: string | null;
  retentionMonths: number;
  subscriptions: SubscriptionCounts;
  deliveriesThisWeek: DeliveryCounts;
  recentErrors: DeliveryError[];
  stuck: StuckDelivery[];
  /** Posts due this week (more than 15 minutes ago) that no delivery was created for. */
  missing: MissingDelivery[];
  replies: { held: number; thisWeek: number };
}

/** The operator's view of the whole service. */
export interface ServiceStatus {
  at: string;
  /** The ISO week counted, in `STATUS_TIME_ZONE`. */
  week: string;
  tenants: TenantStatusReport[];
  totals: {
    tenants: Record<TenantStatus, number>;
    subscriptions: SubscriptionCounts;
    deliveriesThisWeek: DeliveryCounts;
    stuck: number;
    missing: number;
    replies: { held: number; thisWeek: number };
  };
}

const emptyDeliveryCounts = (): DeliveryCounts => ({
  due: 0,
  pending: 0,
  sending: 0,
  sent: 0,
  failed: 0,
  gone: 0,
  skipped: 0,
});

/** Collects every tenant's figures at `now` from the store. */
export async function collectStatus(store: Store, now: Date): Promise<ServiceStatus> {
  const week = weekKeyOf(now, STATUS_TIME_ZONE);
  const tenants: TenantStatusReport[] = [];
  for (const tenant of await store.tenants.list()) {
    tenants.push(await tenantReport(store, tenant, now, week));
  }
  const totals: ServiceStatus['totals'] = {
    tenants: { invited: 0, consented: 0, suspended: 0 },
    subscriptions: { active: 0, paused: 0, stopped: 0 },
    deliveriesThisWeek: emptyDeliveryCounts(),
    stuck: 0,
    missing: 0,
    replies: { held: 0, thisWeek: 0 },
  };
  for (const report of tenants) {
    totals.tenants[report.status] += 1;
    addInto(totals.subscriptions, report.subscriptions);
    addInto(totals.deliveriesThisWeek, report.deliveriesThisWeek);
    totals.stuck += report.stuck.length;
    totals.missing += report.missing.length;
    addInto(totals.replies, report.replies);
  }
  return { at: now.toISOString(), week, tenants, totals };
}

function addInto<T extends Record<string, number>>(total: T, part: T): void {
  for (const key of Object.keys(part) as (keyof T)[]) {
    total[key] = (total[key] + part[key]) as T[keyof T];
  }
}

async function tenantReport(
  store: Store,
  tenant: Tenant,
  now: Date,
  week: string,
): Promise<TenantStatusReport> {
  const subscriptionRows = await store.subscriptions.list({ tenantId: tenant.id });
  const subscriptions: SubscriptionCounts = { active: 0, paused: 0, stopped: 0 };
  for (const subscription of subscriptionRows) subscriptions[subscription.status] += 1;
  const deliveries = await store.deliveries.list({ tenantId: tenant.id });
  const counts = emptyDeliveryCounts();
  for (const delivery of deliveries) {
    if (weekKeyOf(delivery.dueAt, STATUS_TIME_ZONE) !== week) continue;
    counts[delivery.status] += 1;
    if (delivery.dueAt.getTime() <= now.getTime()) counts.due += 1;
  }
  return {
    tenantId: tenant.id,
    name: tenant.name,
    status: tenant.status,
    statusReason: tenant.statusReason,
    retentionMonths: tenant.retentionMonths,
    subscriptions,
    deliveriesThisWeek: counts,
    recentErrors: recentErrors(deliveries, now),
    stuck: deliveries.filter((delivery) => isStuck(delivery, now)).map(toStuck),
    missing:
      tenant.status === 'suspended'
        ? []
        : findMissingDeliveries(subscriptionRows, deliveries, now, STUCK_AFTER_MS),
    replies: await replyCounts(store, tenant.id, now),
  };
}

/** Whether a delivery is stuck at `now`: still sending, or pending well past its due time. */
export function isStuck(delivery: Delivery, now: Date): boolean {
  if (delivery.status === 'sending') return true;
  return delivery.status === 'pending' && now.getTime() - delivery.dueAt.getTime() > STUCK_AFTER_MS;
}

function toStuck(delivery: Delivery): StuckDelivery {
  return {
    deliveryId: delivery.id,
    teamId: delivery.teamId,
    channelId: delivery.channelId,
    weekKey: delivery.weekKey,
    status: delivery.status as StuckDelivery['status'],
    dueAt: delivery.dueAt.toISOString(),
    attempts: delivery.attempts,
    lastChangedAt: delivery.updatedAt.toISOString(),
  };
}

const errorStatuses: ReadonlySet<DeliveryStatus> = new Set(['failed', 'gone', 'skipped']);

function recentErrors(deliveries: readonly Delivery[], now: Date): DeliveryError[] {
  return deliveries
    .filter(
      (delivery) =>
        errorStatuses.has(delivery.status) &&
        now.getTime() - delivery.updatedAt.getTime() <= RECENT_ERROR_WINDOW_MS,
    )
    .sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())
    .slice(0, RECENT_ERROR_COUNT)
    .map((delivery) => ({
      deliveryId: delivery.id,
      teamId: delivery.teamId,
      channelId: delivery.channelId,
      weekKey: delivery.weekKey,
      status: delivery.status as DeliveryError['status'],
      reason: delivery.reason,
      at: delivery.updatedAt.toISOString(),
    }));
}

async function replyCounts(
  store: Store,
  tenantId: string,
  now: Date,
): Promise<{ held: number; thisWeek: number }> {
  const weekStart = DateTime.fromJSDate(now, { zone: STATUS_TIME_ZONE }).startOf('week').toJSDate();
  const [held, thisWeek] = await Promise.all([
    store.discussion.countReplies(tenantId),
    store.discussion.countReplies(tenantId, weekStart, new Date(now.getTime() + 1)),
  ]);
  return { held, thisWeek };
}
