import type { TabIdentity } from './tab-token';

/**
 * Local mode's one person (no app id, so Teams gives no sign-in token to check): the signed-in
 * routes take every request to come from them, so `npm start` shows every screen. The README
 * names them.
 */
export const LOCAL_PERSON: TabIdentity = Object.freeze({
  tenantId: '10ca1000-0000-4000-8000-000000000000',
  userObjectId: '10ca1000-0000-4000-8000-000000000001',
  name: 'Local Officer',
});
