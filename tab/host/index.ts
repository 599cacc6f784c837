export { connectToTeams, getSsoToken, loadTeamsJs } from './teamsHost';
export type { HostTheme } from './teamsHost';
export { useTeamsHost } from './useTeamsHost';
export type { HostState } from './useTeamsHost';
export { shareToStage, type StageShare } from './meeting';
