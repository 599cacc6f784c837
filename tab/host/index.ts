export { connectToTeams, getSsoToken, loadTeamsJs } from './teamsHost';
export type { HostTheme } from './teamsHost';
export { useTeamsHost } from './useTeamsHost';
