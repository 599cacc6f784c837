export { answerCaseSearch } from './case-search';
export { answerLinkUnfurl, caseIdOfLink } from './link-unfurl';
export {
  readCaseQuery,
  SEARCH_COMMAND_ID,
  type CaseQuery,
  type QueryProblem,
} from './search-query';
