export type {
  ActivityNotice,
  ChannelMessageSummary,
  GraphOperations,
  TeamMember,
  TeamMembership,
} from './ports';
export { GraphService, graphLimits, type GraphServiceOptions } from './graph-service';
export {
  createGraphTokenProvider,
  type AppCredential,
  type GraphTokenProvider,
} from './token-provider';
export { defaultRetryPolicy, type RetryPolicy } from './middleware';
export { RateBudget } from './rate-budget';
