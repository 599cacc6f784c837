export {
  ApiError,
  downloadInsights,
  getCase,
  getDiscussion,
  getIssue,
  getInsights,
  getIssueList,
  getLatestIssue,
  NO_TOKEN,
  postCaseToMeetingChat,
  reportCaseRead,
  searchCases,
} from './client';
export type { InsightsPeriod, MeetingChatPost, SearchFilters } from './client';
