export {
  CASE_ID,
  GUID,
  isCaseId,
  isGuid,
  ISO_WEEKDAY,
  ISSUE_NUMBER,
  isTimeOfDay,
  TIME_OF_DAY,
} from './patterns';
export { caseIdSchema, guidSchema, objectIdSchema, tenantIdSchema } from './schemas';
