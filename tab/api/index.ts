export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  NO_TOKEN,
  searchCases,
} from './client';
export type { SearchFilters } from './client';
