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
export { createMembershipCheck, type MembershipCheck } from './team-membership';
export {
  createOwnerCheck,
  type OwnerCheck,
  type OwnerCheckOptions,
  type OwnerRefusal,
} from './team-owners';
