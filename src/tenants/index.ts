export {
  createTenantAccess,
  seedLocalTeam,
  seedTenants,
  type TenantAccess,
  type TenantAccessOptions,
} from './access';
export { parseTenantCommand, runTenantCommand, tenantsUsage, type TenantCommand } from './admin';
export {
  completeConsent,
  CONSENT_CALLBACK_PATH,
  consentSettingsFrom,
  createConsentLink,
  type ConsentOutcome,
  type ConsentSettings,
} from './consent';
