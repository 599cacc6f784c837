import type { Channel, Store, Team } from '../store/types';
import { changeSubscriptionStatus } from './status';

/** A team the app was added to, as the bot protocol describes it. */
export interface InstalledTeam {
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  id: string;
  graphGroupId: string | null;
  name: string | null;
  serviceUrl: string;
  channels: { id: string; name: string }[];
  /** Who added the app (`system` when Teams does not say). */
  actor: string;
}

/**
 * The app is added to a team: the team (with its Graph group id) and its channels are recorded,
 * with a `team.installed` audit entry, in one transaction. A team added again is current again.
 */
export async function installTeam(store: Store, installed: InstalledTeam): Promise<Team> {
  return store.transaction(async (tx) => {
    const team = await tx.teams.upsert({
      tenantId: installed.tenantId,
      id: installed.id,
      graphGroupId: installed.graphGroupId,
      name: installed.name,
      serviceUrl: installed.serviceUrl,
      installedAt: new Date(),
    });
    for (const channel of installed.channels) {
      await tx.teams.upsertChannel({
        tenantId: installed.tenantId,
        teamId: installed.id,
        ...channel,
      });
    }
    await tx.audit.append({
      tenantId: installed.tenantId,
      actor: installed.actor,
      action: 'team.installed',
      subject: installed.id,
      detail: { channels: installed.channels.length },
    });
    return team;
  });
}

/**
 * The app is gone from a team (removed, uninstalled, or the team deleted): the team is marked
 * removed and every subscription of it stops, each with its entry, and a `team.removed` entry
 * says why; all in one transaction.
 */
export async function removeTeam(
  store: Store,
  removal: { tenantId: string; teamId: string; reason: string },
): Promise<void> {
  const { tenantId, teamId, reason } = removal;
  await store.transaction(async (tx) => {
    await tx.teams.markRemoved(tenantId, teamId, reason);
    const subscriptions = await tx.subscriptions.list({ tenantId, teamId });
    for (const subscription of subscriptions) {
      if (subscription.status === 'stopped') continue;
      await changeSubscriptionStatus(tx, {
        tenantId,
        subscriptionId: subscription.id,
        status: 'stopped',
        reason,
        actor: 'system',
      });
    }
    await tx.audit.append({
      tenantId,
      actor: 'system',
      action: 'team.removed',
      subject: teamId,
      detail: { reason, subscriptions: subscriptions.length },
    });
  });
}

/** A channel of a known team was created, renamed or restored: its row is kept current. */
export async function recordChannel(
  store: Store,
  channel: Omit<Channel, 'removedAt'>,
): Promise<void> {
  if (!(await store.teams.get(channel.tenantId, channel.teamId))) return;
  await store.teams.upsertChannel(channel);
}

/**
 * A channel was deleted: it is marked removed and its subscription stops, recorded with the
 * reason, in one transaction.
 */
export async function removeChannel(
  store: Store,
  removal: { tenantId: string; channelId: string; reason: string },
): Promise<void> {
  const { tenantId, channelId, reason } = removal;
  await store.transaction(async (tx) => {
    await tx.teams.markChannelRemoved(tenantId, channelId, reason);
    const subscription = await tx.subscriptions.findByChannel(tenantId, channelId);
    if (!subscription || subscription.status === 'stopped') return;
    await changeSubscriptionStatus(tx, {
      tenantId,
      subscriptionId: subscription.id,
      status: 'stopped',
      reason,
      actor: 'system',
    });
  });
}
