export {
  addLearningEntry,
  ApiError,
  changeLearningEntry,
  deleteLearningEntry,
  downloadLearningRecord,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  getLearningRecord,
  getMyFeedback,
  getOpenPolls,
  NO_TOKEN,
  postCaseToMeetingChat,
  searchCases,
  sendFeedback,
  sendVote,
} from './client';
export type {
  FeedbackItemRef,
  LearningEntryFields,
  LearningPeriodFilter,
  MeetingChatPost,
  SearchFilters,
} from './client';
export {
  downloadForceResponses,
  getForceResponses,
  getMe,
  getTeamResponse,
  putForceResponse,
  putTeamResponse,
} from './responses';
export type { ForceResponseChange, TeamResponseChange } from './responses';
