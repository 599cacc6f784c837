export { useAppRoles } from './useAppRoles';
export { useResource } from './useResource';
export type { Resource } from './useResource';
export { useRole } from './useRole';
export { useRoute } from './useRoute';
export type { RouteState } from './useRoute';
export { useLibraryQuery } from './useLibraryQuery';
export type { LibraryQuery } from './useLibraryQuery';
export { useStageChoice } from './useStageChoice';
