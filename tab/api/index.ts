export {
  addLearningEntry,
  ApiError,
  changeLearningEntry,
  deleteLearningEntry,
  downloadLearningRecord,
  downloadInsights,
  getCase,
  getDiscussion,
  getIssue,
  getInsights,
  getIssueList,
  getLatestIssue,
  getLearningRecord,
  getMyFeedback,
  getOpenPolls,
  NO_TOKEN,
  postCaseToMeetingChat,
  reportCaseRead,
  searchCases,
  sendFeedback,
  sendVote,
} from './client';
export type {
  FeedbackItemRef,
  InsightsPeriod,
  LearningEntryFields,
  LearningPeriodFilter,
  MeetingChatPost,
  SearchFilters,
} from './client';
export { getEditorComments, setCommentHidden } from './comments';
export {
  downloadForceResponses,
  getForceResponses,
  getMe,
  getTeamResponse,
  putForceResponse,
  putTeamResponse,
} from './responses';
export type { ForceResponseChange, TeamResponseChange } from './responses';
