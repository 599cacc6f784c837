import type { DeliveryEngine } from '../delivery';
import { AppError } from '../errors';
import type { OwnerRefusal } from '../identity/team-owners';
import type { Delivery, Subscription, SubscriptionStatus } from '../store/types';
import type { ChannelRequest, SubscriptionDeps } from './deps';
import { changeSubscriptionStatus } from './status';

/**
 * What came of a team member's request about their channel's weekly post: there is none (or it
 * was stopped), they may not change it, or it was done.
 */
export type ChangeOutcome<T> =
  | { kind: 'none' }
  | { kind: 'refused'; refusal: OwnerRefusal }
  | { kind: 'done'; subscription: Subscription; result: T };

/** The channel's subscription, if it has one that is not stopped, and whether the actor may change it. */
async function ownedSubscription(
  deps: SubscriptionDeps,
  request: ChannelRequest,
): Promise<Exclude<ChangeOutcome<never>, { kind: 'done' }> | Subscription> {
  const subscription = await deps.store.subscriptions.findByChannel(
    request.tenantId,
    request.channelId,
  );
  if (!subscription || subscription.status === 'stopped') return { kind: 'none' };
  const refusal = await deps.owners.refusal(request.tenantId, request.teamId, request.actor);
  return refusal ? { kind: 'refused', refusal } : subscription;
}

async function changeStatus(
  deps: SubscriptionDeps,
  request: ChannelRequest,
  status: SubscriptionStatus,
  reason: string | null,
): Promise<ChangeOutcome<null>> {
  const owned = await ownedSubscription(deps, request);
  if ('kind' in owned) return owned;
  const changed = await changeSubscriptionStatus(deps.store, {
    tenantId: request.tenantId,
    subscriptionId: owned.id,
    status,
    reason,
    actor: request.actor,
  });
  return { kind: 'done', subscription: changed ?? owned, result: null };
}

/** A team owner pauses the channel's weekly post: nothing is posted until it is resumed. */
export const pauseSubscription = (deps: SubscriptionDeps, request: ChannelRequest) =>
  changeStatus(deps, request, 'paused', 'paused');

/** A team owner resumes the channel's weekly post. */
export const resumeSubscription = (deps: SubscriptionDeps, request: ChannelRequest) =>
  changeStatus(deps, request, 'active', null);

/** A team owner stops the channel's weekly post for good (set it up again to restart). */
export const unsubscribe = (deps: SubscriptionDeps, request: ChannelRequest) =>
  changeStatus(deps, request, 'stopped', 'unsubscribed');

/** A post now that could not be made: the service is stopping, or the delivery could not be recorded. */
export interface PostNowFailure {
  failed: 'restarting' | 'unrecorded';
}

/**
 * A team owner posts the channel's next case now, through exactly the weekly path; the result is
 * the delivery as it ended (or as it waits, when another instance sends this tenant).
 */
export async function postNow(
  deps: SubscriptionDeps & { deliveries: Pick<DeliveryEngine, 'postNow'> },
  request: ChannelRequest,
): Promise<ChangeOutcome<Delivery | PostNowFailure>> {
  const owned = await ownedSubscription(deps, request);
  if ('kind' in owned) return owned;
  try {
    const delivery = await deps.deliveries.postNow(owned, request.actor);
    return { kind: 'done', subscription: owned, result: delivery };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const failed = error.name === 'Unavailable' ? 'restarting' : 'unrecorded';
    return { kind: 'done', subscription: owned, result: { failed } };
  }
}
