export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  getMyFeedback,
  NO_TOKEN,
  postCaseToMeetingChat,
  searchCases,
  sendFeedback,
} from './client';
export type { FeedbackItemRef, MeetingChatPost, SearchFilters } from './client';
