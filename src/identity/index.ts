export {
  createTabTokenVerifier,
  type TabIdentity,
  type TabTokenRefusal,
  type TabTokenResult,
  type TabTokenVerifier,
} from './tab-token';
export { isPreauthorizedClient, PREAUTHORIZED_CLIENTS } from './microsoft-clients';
export { createMembershipCheck, type MembershipCheck } from './team-membership';
export { LOCAL_PERSON } from './local-person';
