import { setTimeout as sleep } from 'node:timers/promises';
import type { CaseStudy, Issue } from '../content/model';
import { isPollOpen } from '../content/polls';
import { UpstreamError } from '../errors';
import { isWeekKey } from '../schedule';
import type { Delivery, Subscription, Team } from '../store/types';
import { chooseCase } from './case-choice';
import type { DeliveryContext } from './context';
import { findPostedCopy } from './crash-window';
import type { TenantLease } from './leases';
import type { CasePost, ChannelTarget } from './ports';
import { backoffMs, exhaustedReason, judgePostError } from './retry';
import { missedReason, settle, type Ending } from './endings';

/**
 * A post reached the channel but its record could not be written: the delivery stays `sending`,
 * and recovery settles it through the crash window.
 */
class UnrecordedPost extends Error {
  override readonly name = 'UnrecordedPost';
}

/**
 * The weekly path, which `post now` takes too: one delivery, from `pending` (or `sending` found
 * after a crash) to `sent`, `failed`, `gone` or `skipped`, within the tenant's budget.
 * The caller holds the tenant's lease.
 */
export async function sendDelivery(
  context: DeliveryContext,
  delivery: Delivery,
  lease: TenantLease,
): Promise<Delivery> {
  const { store, logger } = context;
  if (delivery.status !== 'pending' && delivery.status !== 'sending') return delivery;
  try {
    return await deliver(context, delivery, lease);
  } catch (error) {
    logger.error(
      { err: error, deliveryId: delivery.id },
      'delivery stopped by an unexpected error',
    );
    const current = await store.deliveries.get(delivery.id).catch(() => undefined);
    if (error instanceof UnrecordedPost) return current ?? delivery;
    if (current?.status !== 'sending' || current.rootMessageId !== null) return current ?? delivery;
    return settle(context, current, 'sending', { kind: 'failed', reason: 'internal error' }).catch(
      () => current,
    );
  }
}

async function deliver(
  context: DeliveryContext,
  delivery: Delivery,
  lease: TenantLease,
): Promise<Delivery> {
  const { store } = context;
  const from = delivery.status;
  const [tenant, subscription, team] = await Promise.all([
    store.tenants.get(delivery.tenantId),
    store.subscriptions.get(delivery.tenantId, delivery.subscriptionId),
    store.teams.get(delivery.tenantId, delivery.teamId),
  ]);
  if (!team || team.removedAt) {
    return settle(context, delivery, from, {
      kind: 'gone',
      reason: team?.removedReason ?? 'team removed',
    });
  }
  let possibleDuplicate = delivery.possibleDuplicate;
  if (from === 'sending') {
    const check = await findPostedCopy(context.graph, team, delivery, context.logger);
    if (check.found) {
      return settle(context, delivery, from, { kind: 'sent', rootMessageId: check.rootMessageId });
    }
    if (!check.certain) possibleDuplicate = true;
  }
  const refusal = whyNotSend(
    context,
    delivery,
    tenant?.status === 'suspended',
    tenant?.statusReason,
    subscription,
  );
  if (refusal || !subscription) {
    return settle(
      context,
      delivery,
      from,
      refusal ?? { kind: 'skipped', reason: 'subscription deleted' },
    );
  }
  const chosen = await pickCase(context, delivery, subscription);
  if (!chosen)
    return settle(context, delivery, from, { kind: 'skipped', reason: 'no case left to post' });
  const claimed = await store.deliveries.transition(delivery.id, from, {
    status: 'sending',
    caseId: chosen.caseStudy.id,
    possibleDuplicate,
  });
  if (!claimed) return (await store.deliveries.get(delivery.id)) ?? delivery;
  const post: CasePost = {
    deliveryId: claimed.id,
    issue: chosen.issue,
    caseStudy: chosen.caseStudy,
    audiences: subscription.audiences,
    lastDiscussionParticipants: await lastDiscussionParticipants(context, claimed),
    language: subscription.postLanguage,
    ...(await openActionsOf(context, team)),
    ...openPollOf(context),
  };
  return postWithRetries(context, claimed, team, post, lease);
}

async function postWithRetries(
  context: DeliveryContext,
  delivery: Delivery,
  team: Team,
  post: CasePost,
  lease: TenantLease,
): Promise<Delivery> {
  const { store, retry } = context;
  const budget = context.budgetOf(delivery.tenantId);
  const target: ChannelTarget = {
    tenantId: delivery.tenantId,
    teamId: delivery.teamId,
    channelId: delivery.channelId,
    serviceUrl: team.serviceUrl,
  };
  let attempts = delivery.attempts;
  let possibleDuplicate = delivery.possibleDuplicate;
  for (let attempt = 1; ; attempt += 1) {
    if (lease.lost || context.stopping.aborted) {
      const back = await store.deliveries.transition(delivery.id, 'sending', {
        status: 'pending',
        attempts,
        possibleDuplicate,
      });
      return back ?? delivery;
    }
    await budget.take();
    attempts += 1;
    const outcome = await attemptPost(context, target, post);
    if (!(outcome instanceof UpstreamError)) {
      try {
        const sent = { kind: 'sent', rootMessageId: outcome.rootMessageId } as const;
        return await settle(context, delivery, 'sending', sent, { attempts, possibleDuplicate });
      } catch (error) {
        throw new UnrecordedPost('the post could not be recorded', { cause: error });
      }
    }
    const failure = outcome;
    const verdict = judgePostError(failure);
    const update = { attempts, possibleDuplicate };
    if (verdict.kind !== 'retry' && verdict.kind !== 'uncertain') {
      return settle(context, delivery, 'sending', verdict, update);
    }
    if (verdict.kind === 'uncertain') {
      const check = await findPostedCopy(context.graph, team, delivery, context.logger);
      if (check.found) {
        const sent = { kind: 'sent', rootMessageId: check.rootMessageId } as const;
        return settle(context, delivery, 'sending', sent, update);
      }
      if (!check.certain) possibleDuplicate = true;
    }
    if (attempt >= retry.maxAttempts) {
      return settle(
        context,
        delivery,
        'sending',
        { kind: 'failed', reason: exhaustedReason(failure) },
        { attempts, possibleDuplicate },
      );
    }
    const wait = backoffMs(retry, attempt, failure.retryAfterMs, context.random);
    await sleep(wait, undefined, { signal: context.stopping }).catch(() => undefined);
  }
}

async function attemptPost(
  context: DeliveryContext,
  target: ChannelTarget,
  post: CasePost,
): Promise<{ rootMessageId: string } | UpstreamError> {
  try {
    return await context.pacing.run(() => context.poster.postCase(target, post));
  } catch (error) {
    if (error instanceof UpstreamError && error.service === 'bot-connector') return error;
    throw error;
  }
}

function whyNotSend(
  context: DeliveryContext,
  delivery: Delivery,
  tenantSuspended: boolean,
  tenantReason: string | null | undefined,
  subscription: Subscription | undefined,
): Ending | undefined {
  if (tenantSuspended) return { kind: 'skipped', reason: tenantReason ?? 'tenant suspended' };
  if (!subscription) return { kind: 'skipped', reason: 'subscription deleted' };
  const weekly = isWeekKey(delivery.weekKey);
  if (subscription.status === 'stopped' || (weekly && subscription.status !== 'active')) {
    return { kind: 'skipped', reason: `subscription ${subscription.status}` };
  }
  const lateMs = context.clock().getTime() - delivery.dueAt.getTime();
  if (weekly && lateMs > context.graceMs)
    return { kind: 'skipped', reason: missedReason(context.graceMs) };
  return undefined;
}

async function pickCase(
  context: DeliveryContext,
  delivery: Delivery,
  subscription: Subscription,
): Promise<{ caseStudy: CaseStudy; issue: Issue } | undefined> {
  const library = context.library();
  const known = delivery.caseId === '' ? undefined : library.caseStudy(delivery.caseId);
  const caseStudy =
    known ?? chooseCase(library, subscription, await postedCaseIds(context, delivery));
  const issue = caseStudy ? library.issue(caseStudy.issueNumber) : undefined;
  return caseStudy && issue ? { caseStudy, issue } : undefined;
}

/** One entry per case sent to the subscription's channel, repeats included. */
async function postedCaseIds(context: DeliveryContext, delivery: Delivery): Promise<string[]> {
  const sent = await context.store.deliveries.list({
    tenantId: delivery.tenantId,
    subscriptionId: delivery.subscriptionId,
    status: 'sent',
  });
  return sent.map((earlier) => earlier.caseId);
}

/** The team's open actions for the card: how many, and the case of the soonest due. */
async function openActionsOf(
  context: DeliveryContext,
  team: Team,
): Promise<Pick<CasePost, 'openActions'>> {
  if (!team.graphGroupId) return {};
  const open = await context.store.responses.openActions(team.tenantId, team.graphGroupId);
  return open[0] ? { openActions: { count: open.length, caseId: open[0].caseId } } : {};
}

async function lastDiscussionParticipants(
  context: DeliveryContext,
  delivery: Delivery,
): Promise<number | null> {
  const thread = await context.store.discussion.latestThread(delivery.tenantId, delivery.channelId);
  if (!thread) return null;
  return context.store.discussion.countRepliers(
    delivery.tenantId,
    delivery.channelId,
    thread.rootMessageId,
  );
}

/** The first poll open now, for the card to carry. */
function openPollOf(context: DeliveryContext): Pick<CasePost, 'poll'> {
  const now = context.clock();
  const poll = context.library().polls.find((candidate) => isPollOpen(candidate, now));
  return poll ? { poll } : {};
}
