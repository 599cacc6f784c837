export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  getMyFeedback,
  getOpenPolls,
  NO_TOKEN,
  postCaseToMeetingChat,
  searchCases,
  sendFeedback,
  sendVote,
} from './client';
export type { FeedbackItemRef, MeetingChatPost, SearchFilters } from './client';
