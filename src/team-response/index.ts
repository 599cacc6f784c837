export type * from './model';
export { ACTION_STATUSES, compareCaseIds } from './model';
export type * from './views';
export * from './input';
export {
  actionView,
  addConclusion,
  readTeamResponse,
  saveTeamResponse,
  type ConclusionRequest,
  type TeamResponseDeps,
} from './team-response';
export { readForceResponses, saveForceResponse, type ForceResponseDeps } from './force';
export { csvCell, forceResponsesCsv, forceResponsesWorkbook } from './export';
export { localRoster } from './local-roster';
