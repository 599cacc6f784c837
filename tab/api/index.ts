export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  NO_TOKEN,
  postCaseToMeetingChat,
  searchCases,
} from './client';
export type { MeetingChatPost, SearchFilters } from './client';
export {
  downloadForceResponses,
  getForceResponses,
  getMe,
  getTeamResponse,
  putForceResponse,
  putTeamResponse,
} from './responses';
export type { ForceResponseChange, TeamResponseChange } from './responses';
