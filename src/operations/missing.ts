import { dueAt, weekKeyOf } from '../schedule/index';
import type { Delivery, Subscription } from '../store/types';

/** An active subscription whose post this week is past due with no delivery created for it. */
export interface MissingDelivery {
  subscriptionId: string;
  teamId: string;
  channelId: string;
  weekKey: string;
  dueAt: string;
}

/**
 * The active subscriptions whose post for the current week (in their own zone) was due more than
 * `graceMs` ago and has no delivery row: the scheduler never picked them up. A subscription
 * created or changed after that due time is left out (its first post may be next week).
 */
export function findMissingDeliveries(
  subscriptions: readonly Subscription[],
  deliveries: readonly Delivery[],
  now: Date,
  graceMs: number,
): MissingDelivery[] {
  const created = new Set(deliveries.map((d) => `${d.subscriptionId} ${d.weekKey}`));
  const missing: MissingDelivery[] = [];
  for (const subscription of subscriptions) {
    if (subscription.status !== 'active') continue;
    const weekKey = weekKeyOf(now, subscription.timeZone);
    const due = dueAt(subscription, weekKey);
    if (now.getTime() - due.getTime() <= graceMs) continue;
    if (subscription.updatedAt.getTime() > due.getTime()) continue;
    if (created.has(`${subscription.id} ${weekKey}`)) continue;
    missing.push({
      subscriptionId: subscription.id,
      teamId: subscription.teamId,
      channelId: subscription.channelId,
      weekKey,
      dueAt: due.toISOString(),
    });
  }
  return missing;
}
