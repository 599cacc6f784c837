export {
  createEntraTokenVerifier,
  type EntraClaims,
  type EntraTokenRefusal,
  type EntraTokenResult,
  type EntraTokenVerifier,
  type EntraTokenVerifierOptions,
} from './entra-token';
export {
  createTabTokenVerifier,
  type TabIdentity,
  type TabTokenRefusal,
  type TabTokenResult,
  type TabTokenVerifier,
} from './tab-token';
export { isPreauthorizedClient, PREAUTHORIZED_CLIENTS } from './microsoft-clients';
export {
  createMembershipCheck,
  localMembership,
  type MembershipCheck,
  type TeamRole,
} from './team-membership';
export { LOCAL_PERSON, LOCAL_TEAM, LOCAL_TENANT_ID } from './local-person';
export { APP_ROLES, grantedRoles, type AppRole } from './roles';
export {
  createOwnerCheck,
  type OwnerCheck,
  type OwnerCheckOptions,
  type OwnerRefusal,
} from './team-owners';
