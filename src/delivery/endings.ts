import type { Delivery, DeliveryStatus, DeliveryUpdate, Repositories } from '../store/types';
import { changeSubscriptionStatus } from '../subscriptions/status';
import type { DeliveryContext } from './context';

/** How a delivery ends: posted, or not, and why. */
export type Ending =
  /** The post is in the channel as the thread with this root message id. */
  | { kind: 'sent'; rootMessageId: string }
  /** Not sent (a card too big, retries exhausted, an internal error). */
  | { kind: 'failed'; reason: string }
  /** The app is gone from the conversation: nothing more is sent there. */
  | { kind: 'gone'; reason: string }
  /** The force turned the app off: none of its deliveries are sent. */
  | { kind: 'suspended'; reason: string }
  /** Not attempted: paused, stopped, missed, nothing left to post. */
  | { kind: 'skipped'; reason: string };

interface Transition<K extends Ending['kind']> {
  /** The status the delivery takes. */
  status: Exclude<DeliveryStatus, 'pending' | 'sending'>;
  /** What else changes with it, in the same transaction. */
  also?: (
    tx: Repositories,
    delivery: Delivery,
    ending: Extract<Ending, { kind: K }>,
    at: Date,
  ) => Promise<void>;
}

/**
 * Every ending of a delivery, in one table: the status it takes and what else changes in the
 * same transaction. A sent post's thread is recorded before anything else can happen (once it is,
 * a restart cannot post the case again); a channel the app is gone from stops its subscription; a
 * force that turned the app off is suspended, so its other deliveries are not sent.
 */
const transitions: { [K in Ending['kind']]: Transition<K> } = {
  sent: {
    status: 'sent',
    also: (tx, delivery, ending, at) =>
      tx.discussion.recordThread({
        tenantId: delivery.tenantId,
        teamId: delivery.teamId,
        channelId: delivery.channelId,
        rootMessageId: ending.rootMessageId,
        caseId: delivery.caseId,
        deliveryId: delivery.id,
        postedAt: at,
      }),
  },
  failed: { status: 'failed' },
  gone: {
    status: 'gone',
    also: async (tx, delivery, ending) => {
      await changeSubscriptionStatus(tx, {
        tenantId: delivery.tenantId,
        subscriptionId: delivery.subscriptionId,
        status: 'stopped',
        reason: ending.reason,
        actor: 'system',
      });
      await tx.teams.markChannelRemoved(delivery.tenantId, delivery.channelId, ending.reason);
    },
  },
  suspended: {
    status: 'failed',
    also: async (tx, delivery, ending) => {
      const tenant = await tx.tenants.get(delivery.tenantId);
      if (!tenant || tenant.status === 'suspended') return;
      await tx.tenants.setStatus(delivery.tenantId, 'suspended', ending.reason);
      await tx.audit.append({
        tenantId: delivery.tenantId,
        actor: 'system',
        action: 'tenant.suspended',
        subject: delivery.tenantId,
        detail: { reason: ending.reason, deliveryId: delivery.id },
      });
    },
  },
  skipped: { status: 'skipped' },
};

/** The reason recorded for a post missed by more than the grace period. */
export function missedReason(graceMs: number): string {
  return `missed by more than ${graceMs / 3_600_000} hours`;
}

/**
 * Ends a delivery that is still in `from` as the table says, in one transaction, and logs it (ids
 * only). Returns the delivery as it now is (another worker may have ended it first).
 */
export async function settle(
  context: DeliveryContext,
  delivery: Delivery,
  from: DeliveryStatus,
  ending: Ending,
  update: DeliveryUpdate = {},
): Promise<Delivery> {
  const transition = transitions[ending.kind] as Transition<Ending['kind']>;
  const ended = await context.store.transaction(async (tx) => {
    await transition.also?.(tx, delivery, ending, context.clock());
    return tx.deliveries.transition(delivery.id, from, {
      ...update,
      status: transition.status,
      ...(ending.kind === 'sent'
        ? { rootMessageId: ending.rootMessageId }
        : { reason: ending.reason }),
    });
  });
  const ids = { deliveryId: delivery.id, tenantId: delivery.tenantId };
  if (ending.kind === 'sent') {
    context.logger.info({ ...ids, rootMessageId: ending.rootMessageId }, 'delivery sent');
  } else {
    context.logger.info(
      { ...ids, status: transition.status, reason: ending.reason },
      'delivery ended',
    );
  }
  return ended ?? (await context.store.deliveries.get(delivery.id)) ?? delivery;
}
