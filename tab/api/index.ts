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
  NO_TOKEN,
  postCaseToMeetingChat,
  searchCases,
} from './client';
export type {
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
