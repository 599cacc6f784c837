export {
  ApiError,
  getCase,
  getDiscussion,
  getIssue,
  getIssueList,
  getLatestIssue,
  searchCases,
} from './client';
export type { SearchFilters } from './client';
