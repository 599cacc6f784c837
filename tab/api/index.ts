export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  postCaseToMeetingChat,
  searchCases,
} from './client';
export type { MeetingChatPost, SearchFilters } from './client';
