import type { Library } from '../src/content/model';
import type { Store, Subscription } from '../src/store/types';
import type { FakeBotConnector } from './bot-connector';
import type { FakeGraph } from './graph';
import { sampleLibrary } from './library';

/**
 * Forces for a fan-out: numbered tenants, each with one team of numbered channels, subscribed on
 * Monday at 09:00 London. The delivery tests and the fan-out bench seed the same store.
 */

/** A tenant id for tenant number `index` (1-based). */
export const tenantId = (index: number) =>
  `${String(index).padStart(8, '0')}-0000-4000-8000-000000000000`;
export const groupId = (tenant: number) =>
  `${String(tenant).padStart(8, '0')}-0000-4000-8000-00000000aaaa`;
export const teamId = (tenant: number) => `19:team-${tenant}@thread.tacv2`;
export const channelId = (tenant: number, channel: number) =>
  `19:t${tenant}-c${channel}@thread.tacv2`;

/** Two issues, seven cases: what the fan-out posts. */
export const library: Library = sampleLibrary([
  { number: 43, theme: 'Mental health', publishedOn: '2024-03-01', cases: 3 },
  { number: 44, theme: 'Corruption', publishedOn: '2024-10-15', cases: 4 },
]);

/** Subscribes `channels` channels in each of `tenants` tenants (Monday 09:00 London). */
export async function seedSubscriptions(
  store: Store,
  connector: Pick<FakeBotConnector, 'serviceUrl' | 'addTeam'>,
  tenants: number,
  channels: number,
): Promise<Subscription[]> {
  const subscriptions: Subscription[] = [];
  for (let tenant = 1; tenant <= tenants; tenant += 1) {
    await store.tenants.ensure(tenantId(tenant), 'consented', `Force ${tenant}`);
    await store.teams.upsert({
      tenantId: tenantId(tenant),
      id: teamId(tenant),
      graphGroupId: groupId(tenant),
      name: `Team ${tenant}`,
      serviceUrl: connector.serviceUrl,
      installedAt: new Date(),
    });
    const ids = Array.from({ length: channels }, (_, index) => channelId(tenant, index + 1));
    connector.addTeam({
      tenantId: tenantId(tenant),
      id: teamId(tenant),
      aadGroupId: groupId(tenant),
      name: `Team ${tenant}`,
      channels: ids.map((id) => ({ id, name: id })),
      members: [],
    });
    for (const id of ids) {
      await store.teams.upsertChannel({
        tenantId: tenantId(tenant),
        teamId: teamId(tenant),
        id,
        name: id,
      });
      subscriptions.push(
        await store.subscriptions.save({
          tenantId: tenantId(tenant),
          teamId: teamId(tenant),
          channelId: id,
          weekday: 1,
          time: '09:00',
          timeZone: 'Europe/London',
          audiences: ['officers-and-staff', 'supervisors-and-managers'],
          themes: [],
          notifyNewIssues: false,
          status: 'active',
          statusReason: null,
          updatedBy: 'owner',
        }),
      );
    }
  }
  return subscriptions;
}

/** Copies the threads the bot started into Graph, as Teams would show them there. */
export function mirrorThreadsToGraph(connector: FakeBotConnector, graph: FakeGraph): void {
  for (const thread of connector.allThreads()) {
    const tenant = Number(thread.tenantId?.slice(0, 8));
    const attachments = (thread.activity.attachments ?? []) as {
      contentType: string;
      content: unknown;
    }[];
    graph.addMessage(groupId(tenant), thread.channelId, {
      id: thread.rootMessageId,
      attachments: attachments.map((attachment, index) => ({
        id: String(index),
        contentType: attachment.contentType,
        content: JSON.stringify(attachment.content),
      })),
    });
  }
}
