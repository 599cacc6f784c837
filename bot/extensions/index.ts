export {
  ADD_TO_RESPONSE_COMMAND_ID,
  openAddToResponse,
  submitAddToResponse,
} from './add-to-response';
export { answerCaseSearch } from './case-search';
export { answerLinkUnfurl, caseIdOfLink } from './link-unfurl';
export {
  readCaseQuery,
  SEARCH_COMMAND_ID,
  type CaseQuery,
  type QueryProblem,
} from './search-query';
