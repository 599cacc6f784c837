import type { Delivery, DeliveryStatus, DeliveryUpdate } from '../store/types';
import { changeSubscriptionStatus } from '../subscriptions/status';
import type { DeliveryContext } from './context';

/** How a delivery ends when it is not sent. */
export type Ending = { status: Exclude<DeliveryStatus, 'pending' | 'sending'>; reason: string };

/** The reason recorded for a post missed by more than the grace period. */
export function missedReason(graceMs: number): string {
  return `missed by more than ${graceMs / 3_600_000} hours`;
}

/**
 * Records the thread and marks the delivery sent with its root id, in one transaction, before
 * anything else happens: once this returns (and logs), a restart cannot post the case again.
 */
export async function markSent(
  context: DeliveryContext,
  delivery: Delivery,
  rootMessageId: string,
  update: DeliveryUpdate,
): Promise<Delivery> {
  const sent = await context.store.transaction(async (tx) => {
    await tx.discussion.recordThread({
      tenantId: delivery.tenantId,
      teamId: delivery.teamId,
      channelId: delivery.channelId,
      rootMessageId,
      caseId: delivery.caseId,
      deliveryId: delivery.id,
      postedAt: context.clock(),
    });
    return tx.deliveries.transition(delivery.id, 'sending', {
      ...update,
      status: 'sent',
      rootMessageId,
    });
  });
  context.logger.info(
    { deliveryId: delivery.id, tenantId: delivery.tenantId, rootMessageId },
    'delivery sent',
  );
  return sent ?? (await context.store.deliveries.get(delivery.id)) ?? delivery;
}

/** The app is gone from the channel: stop the subscription and mark the channel removed. */
export async function goneFromChannel(
  context: DeliveryContext,
  delivery: Delivery,
  reason: string,
  update: DeliveryUpdate,
): Promise<Delivery> {
  const { store } = context;
  await changeSubscriptionStatus(store, {
    tenantId: delivery.tenantId,
    subscriptionId: delivery.subscriptionId,
    status: 'stopped',
    reason,
    actor: 'system',
  });
  await store.teams.markChannelRemoved(delivery.tenantId, delivery.channelId, reason);
  return end(context, delivery, 'sending', { status: 'gone', reason }, update);
}

/** The force turned the app off: suspend the tenant, so its other deliveries are not sent. */
export async function suspendTenant(
  context: DeliveryContext,
  delivery: Delivery,
  reason: string,
  update: DeliveryUpdate,
): Promise<Delivery> {
  const { store } = context;
  const tenant = await store.tenants.get(delivery.tenantId);
  if (tenant && tenant.status !== 'suspended') {
    await store.tenants.setStatus(delivery.tenantId, 'suspended', reason);
    await store.audit.append({
      tenantId: delivery.tenantId,
      actor: 'system',
      action: 'tenant.suspended',
      subject: delivery.tenantId,
      detail: { reason, deliveryId: delivery.id },
    });
  }
  return end(context, delivery, 'sending', { status: 'failed', reason }, update);
}

/** Ends a delivery that is still in `from`, and logs the outcome (ids only). */
export async function end(
  context: DeliveryContext,
  delivery: Delivery,
  from: DeliveryStatus,
  ending: Ending,
  update: DeliveryUpdate = {},
): Promise<Delivery> {
  const ended = await context.store.deliveries.transition(delivery.id, from, {
    ...update,
    ...ending,
  });
  context.logger.info(
    {
      deliveryId: delivery.id,
      tenantId: delivery.tenantId,
      status: ending.status,
      reason: ending.reason,
    },
    'delivery ended',
  );
  return ended ?? (await context.store.deliveries.get(delivery.id)) ?? delivery;
}
