export {
  connectToTeams,
  getSsoToken,
  hostTheme,
  loadTeamsJs,
  mightBeHosted,
  HOST_TIMEOUT_MS,
} from './teamsHost';
export type { HostTheme, TeamsSession } from './teamsHost';
export { useTeamsHost } from './useTeamsHost';
export type { HostState } from './useTeamsHost';
