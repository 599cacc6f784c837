export {
  CASE_ID,
  GUID,
  isCaseId,
  isGuid,
  isMeetingChatId,
  ISO_WEEKDAY,
  ISSUE_NUMBER,
  isTimeOfDay,
  MEETING_CHAT_ID,
  PAGE_NUMBER,
  TIME_OF_DAY,
} from './patterns';
export { caseIdSchema, guidSchema, objectIdSchema, tenantIdSchema } from './schemas';
