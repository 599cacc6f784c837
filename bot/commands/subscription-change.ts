import type { Subscription, SubscriptionStatus } from '../../src/store/types';
import { changeSubscriptionStatus } from '../../src/subscriptions/status';
import { settingsRefusal } from '../permissions';
import { actorOf } from '../turn';
import { commandName } from './help';
import type { TeamCommandRequest } from './types';

/** The channel's subscription, or a reply saying there is none (stopped counts as none). */
export async function subscriptionHere(
  request: TeamCommandRequest,
): Promise<Subscription | undefined> {
  const { deps, context, place } = request;
  const subscription = await deps.store.subscriptions.findByChannel(
    place.tenantId,
    place.channelId,
  );
  if (subscription && subscription.status !== 'stopped') return subscription;
  await context.sendActivity(
    request.text.text('change.noSubscription', {
      status: commandName('status', request.language),
    }),
  );
  return undefined;
}

/** Whether the sender may change settings; answers them when not. */
export async function ownerOrRefuse(request: TeamCommandRequest): Promise<boolean> {
  const refusal = await settingsRefusal(request.deps, request.context, request.place);
  if (!refusal) return true;
  await request.context.sendActivity(request.text.text(refusal));
  return false;
}

/** Pause, resume or unsubscribe: checks the owner, changes the status, answers. */
export async function changeStatus(
  request: TeamCommandRequest,
  status: SubscriptionStatus,
  reason: string | null,
  answer: string,
): Promise<void> {
  const subscription = await subscriptionHere(request);
  if (!subscription || !(await ownerOrRefuse(request))) return;
  const { deps, context, place } = request;
  const actor = actorOf(context);
  await changeSubscriptionStatus(deps.store, {
    tenantId: place.tenantId,
    subscriptionId: subscription.id,
    status,
    reason,
    actor,
  });
  await context.sendActivity(answer);
}
