import { dueAt, nextPostAt, previousWeekKey, weekKeyOf } from '../schedule';
import type { Store, Subscription } from '../store/types';
import { missedReason } from './endings';

/**
 * The scheduler's half of a tick: a delivery row for each active subscription whose post is due,
 * keyed by (subscription, week in its zone) so it is created once across restarts and instances.
 * It looks at this week and the last (a post due late on Sunday is still sent on Monday morning
 * after downtime); a post found more than the grace period late is recorded as skipped. A time
 * that passed before the subscription was last saved, paused or resumed is left alone: pausing
 * over a week's post means no post that week.
 */
export class DeliveryScheduler {
  /** Per subscription: the settings last seen and the earliest time anything new can be due. */
  private readonly quietUntil = new Map<string, { signature: string; until: number }>();

  constructor(
    private readonly store: Store,
    private readonly graceMs: number,
  ) {}

  /** Creates the deliveries due at `now`; returns how many were created. */
  async createDue(
    now: Date,
    onError: (subscription: Subscription, error: unknown) => void,
  ): Promise<number> {
    const [subscriptions, tenants] = await Promise.all([
      this.store.subscriptions.list({ status: 'active' }),
      this.store.tenants.list(),
    ]);
    const suspended = new Set(
      tenants.filter((tenant) => tenant.status === 'suspended').map((tenant) => tenant.id),
    );
    let created = 0;
    for (const subscription of subscriptions) {
      if (suspended.has(subscription.tenantId)) continue;
      const signature = `${subscription.weekday}|${subscription.time}|${subscription.timeZone}|${subscription.updatedAt.getTime()}`;
      const quiet = this.quietUntil.get(subscription.id);
      if (quiet && quiet.signature === signature && now.getTime() < quiet.until) continue;
      try {
        created += await this.createFor(subscription, now);
        this.quietUntil.set(subscription.id, {
          signature,
          until: nextPostAt(subscription, now).getTime(),
        });
      } catch (error) {
        onError(subscription, error);
      }
    }
    return created;
  }

  private async createFor(subscription: Subscription, now: Date): Promise<number> {
    const current = weekKeyOf(now, subscription.timeZone);
    let created = 0;
    for (const weekKey of [previousWeekKey(current), current]) {
      const due = dueAt(subscription, weekKey);
      if (due.getTime() > now.getTime() || due.getTime() < subscription.updatedAt.getTime())
        continue;
      const result = await this.store.deliveries.create({
        subscriptionId: subscription.id,
        tenantId: subscription.tenantId,
        teamId: subscription.teamId,
        channelId: subscription.channelId,
        weekKey,
        caseId: '',
        dueAt: due,
      });
      if (!result.created) continue;
      created += 1;
      if (now.getTime() - due.getTime() > this.graceMs) {
        await this.store.deliveries.transition(result.delivery.id, 'pending', {
          status: 'skipped',
          reason: missedReason(this.graceMs),
        });
      }
    }
    return created;
  }
}
