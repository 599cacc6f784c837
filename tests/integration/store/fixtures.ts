import type {
  MeetingChat,
  NewDelivery,
  NewSubscription,
  PostedThread,
  Reply,
  Store,
  Subscription,
} from '../../../src/store/index';

/** Two forces, so every test can check that one never sees the other's rows. */
export const tenantA = '0b7e5a44-1c2d-4e5f-8a9b-0c1d2e3f4a5b';
export const tenantB = '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a';
export const teamId = '19:team-a@thread.tacv2';
export const channelId = '19:briefing@thread.tacv2';

export function aSubscription(overrides: Partial<NewSubscription> = {}): NewSubscription {
  return {
    tenantId: tenantA,
    teamId,
    channelId,
    weekday: 2,
    time: '06:45',
    timeZone: 'Europe/London',
    audiences: ['officers-and-staff', 'supervisors-and-managers'],
    themes: ['mental-health'],
    notifyNewIssues: true,
    status: 'active',
    statusReason: null,
    updatedBy: 'owner-object-id',
    ...overrides,
  };
}

export function aDelivery(
  subscription: Subscription,
  overrides: Partial<NewDelivery> = {},
): NewDelivery {
  return {
    subscriptionId: subscription.id,
    tenantId: subscription.tenantId,
    teamId: subscription.teamId,
    channelId: subscription.channelId,
    weekKey: '2026-W48',
    caseId: '43-2',
    dueAt: new Date('2026-11-24T06:45:00.000Z'),
    ...overrides,
  };
}

export function aThread(overrides: Partial<PostedThread> = {}): PostedThread {
  return {
    tenantId: tenantA,
    teamId,
    channelId,
    rootMessageId: '1764000000001',
    caseId: '43-2',
    deliveryId: null,
    postedAt: new Date('2026-11-24T06:45:03.120Z'),
    ...overrides,
  };
}

export function aReply(overrides: Partial<Reply> = {}): Reply {
  return {
    id: '1764000000101',
    tenantId: tenantA,
    teamId,
    channelId,
    rootMessageId: '1764000000001',
    caseId: '43-2',
    authorId: 'officer-1',
    authorName: 'PC Example',
    text: 'We check the risk assessment at handover now.',
    createdAt: new Date('2026-11-24T08:00:00.000Z'),
    editedAt: null,
    ...overrides,
  };
}

/** A subscription saved in `store` for each of the two forces. */
export async function subscriptionsOfBothForces(
  store: Store,
): Promise<[Subscription, Subscription]> {
  return [
    await store.subscriptions.save(aSubscription()),
    await store.subscriptions.save(
      aSubscription({ tenantId: tenantB, teamId: '19:team-b@thread.tacv2' }),
    ),
  ];
}

export function aMeetingChat(overrides: Partial<MeetingChat> = {}): MeetingChat {
  return {
    tenantId: tenantA,
    id: '19:meeting_NzU2ZjE4YjEtYjdmMC00@thread.v2',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    addedAt: new Date('2026-11-20T09:00:00.000Z'),
    ...overrides,
  };
}
