import type { TabIdentity } from './tab-token';

/**
 * Local mode (no app id: loopback only, no tokens, no Graph) has one documented person and one
 * team, so that `npm start` shows every screen: the person is an owner of the team and holds both
 * app roles, in a tenant of its own that stands for the force and for the publisher.
 */
export const LOCAL_TENANT_ID = '0000aaaa-0000-4000-8000-000000000001';

/** The local team: its Bot Framework id (also its General channel's) and its Graph group id. */
export const LOCAL_TEAM = {
  id: '19:local-team@thread.tacv2',
  graphGroupId: '0000aaaa-0000-4000-8000-0000000000b1',
  name: 'Local response team',
} as const;

/** The local person: an owner of the local team, `LearningLead` and `Editor`. */
export const LOCAL_PERSON: TabIdentity = {
  tenantId: LOCAL_TENANT_ID,
  userObjectId: '0000aaaa-0000-4000-8000-0000000000a1',
  name: 'Local Officer',
  roles: ['LearningLead', 'Editor'],
};
