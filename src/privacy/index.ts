export {
  parsePrivacyCommand,
  parseTenantPrivacyCommand,
  privacyUsage,
  runPrivacyCommand,
  runTenantPrivacyCommand,
  tenantPrivacyUsage,
  type PrivacyCommand,
  type TenantPrivacyCommand,
  type TenantPrivacyIo,
} from './commands';
export { describeRemovedRows, offboardTenant, type RemovedRows } from './offboarding';
export {
  erasePersonData,
  exportPersonData,
  ON_ERASURE,
  type ExportedLearningEntry,
  type ErasureOutcome,
  type ExportedReply,
  type PersonDataExport,
} from './person';
export {
  applyRetention,
  retentionCutoff,
  retentionMonthsSchema,
  setLearningRecordRetention,
  setRetention,
  startRetentionJob,
  type RetentionJob,
  type RetentionJobOptions,
  type RetentionOutcome,
} from './retention';
