import type { Reply, Store, Subscription } from '../../../src/store/index';

/** Two forces, so every test can check that one never sees or loses the other's rows. */
export const forceA = '0b7e5a44-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
export const forceB = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
export const officer = '6a1f0c2e-3b4d-4e5f-9a8b-7c6d5e4f3a2b';
export const colleague = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
export const teamA = '19:response-team@thread.tacv2';
export const channelA = '19:briefing@thread.tacv2';
export const rootA = '1764000000001';

/** A tenant with its team, channel and a subscription saved by `officer`. */
export async function seedForce(
  store: Store,
  tenantId: string,
  options: { name?: string; retentionMonths?: number } = {},
): Promise<Subscription> {
  await store.tenants.ensure(tenantId, 'consented', options.name ?? null);
  if (options.retentionMonths !== undefined) {
    await store.tenants.setRetention(tenantId, options.retentionMonths);
  }
  await store.teams.upsert({
    tenantId,
    id: teamA,
    graphGroupId: 'b1c2d3e4-0000-4000-8000-000000000001',
    name: 'Response Team North',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    installedAt: new Date('2026-01-05T09:00:00.000Z'),
  });
  await store.teams.upsertChannel({ tenantId, teamId: teamA, id: channelA, name: 'Briefing' });
  return store.subscriptions.save({
    tenantId,
    teamId: teamA,
    channelId: channelA,
    weekday: 2,
    time: '06:45',
    timeZone: 'Europe/London',
    audiences: ['officers-and-staff'],
    themes: [],
    notifyNewIssues: false,
    status: 'active',
    statusReason: null,
    updatedBy: officer,
  });
}

let replyCount = 0;

/** Stores a reply (and the thread it is under) written by `authorId` at `createdAt`. */
export async function seedReply(
  store: Store,
  tenantId: string,
  authorId: string,
  createdAt: Date,
  overrides: Partial<Reply> = {},
): Promise<Reply> {
  const reply: Reply = {
    id: `17640000${String(++replyCount).padStart(5, '0')}`,
    tenantId,
    teamId: teamA,
    channelId: channelA,
    rootMessageId: rootA,
    caseId: '43-2',
    authorId,
    authorName: authorId === officer ? 'PC Example' : 'PS Colleague',
    text: 'We now check the risk assessment at handover.',
    createdAt,
    editedAt: null,
    ...overrides,
  };
  await store.discussion.recordThread({
    tenantId,
    teamId: reply.teamId,
    channelId: reply.channelId,
    rootMessageId: reply.rootMessageId,
    caseId: reply.caseId,
    deliveryId: null,
    postedAt: new Date(createdAt.getTime() - 60 * 60 * 1000),
  });
  await store.discussion.upsertReply(reply);
  return reply;
}

/** The ids of the replies a tenant still holds by each author. */
export async function replyIds(
  store: Store,
  tenantId: string,
  authorId: string,
): Promise<string[]> {
  return (await store.privacy.repliesBy(tenantId, authorId)).map((reply) => reply.id).sort();
}
