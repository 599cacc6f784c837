export {
  createTabTokenVerifier,
  type TabIdentity,
  type TabTokenRefusal,
  type TabTokenResult,
  type TabTokenVerifier,
} from './tab-token';
export { createMembershipCheck, type MembershipCheck } from './team-membership';
