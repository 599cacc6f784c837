/**
 * The use cases that change a team's weekly post: each tells its story in one function and
 * writes its change and its audit entry in one transaction. `bot/` calls them; so would any
 * other edge.
 */
export {
  pauseSubscription,
  postNow,
  type PostNowFailure,
  resumeSubscription,
  unsubscribe,
  type ChangeOutcome,
} from './changes';
export type { ChannelRequest, SubscriptionDeps } from './deps';
export {
  choicesOf,
  defaultChoices,
  setUpSubscription,
  type SetupChoices,
  type SetupOutcome,
  type SetupProblem,
  type SetupRequest,
} from './setup';
export { changeSubscriptionStatus, type StatusChange } from './status';
export { installTeam, recordChannel, removeChannel, removeTeam, type InstalledTeam } from './teams';
