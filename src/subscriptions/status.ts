import type { Repositories, Store, Subscription, SubscriptionStatus } from '../store/types';

/** A change of a subscription's status: who made it, and why. */
export interface StatusChange {
  tenantId: string;
  subscriptionId: string;
  status: SubscriptionStatus;
  /** Why it was paused or stopped (`unsubscribed`, `ChannelDeleted`, …); null to resume. */
  reason: string | null;
  /** An Entra object id, or `system`. */
  actor: string;
}

/**
 * Changes a subscription's status and records it (`subscription.<status>`) in the same
 * transaction; undefined when there is no such subscription. `tx` joins a unit of work already
 * open (a team's removal stops all its subscriptions at once).
 */
export async function changeSubscriptionStatus(
  store: Store | Repositories,
  change: StatusChange,
): Promise<Subscription | undefined> {
  const work = async (tx: Repositories) => {
    const subscription = await tx.subscriptions.setStatus(
      change.tenantId,
      change.subscriptionId,
      change.status,
      change.reason,
    );
    if (!subscription) return undefined;
    await tx.audit.append({
      tenantId: subscription.tenantId,
      actor: change.actor,
      action: `subscription.${change.status}`,
      subject: subscription.id,
      detail: { channelId: subscription.channelId, reason: change.reason },
    });
    return subscription;
  };
  return 'transaction' in store ? store.transaction(work) : work(store);
}
