/**
 * What the tests and the bench share: fakes of Microsoft's cloud (the Bot Connector and Graph,
 * faithful to their documented shapes and limits), a sample library, the forces a fan-out is
 * seeded with, the real service on a random loopback port, and a real Chromium.
 */
export {
  FakeBotConnector,
  TEAMS_RATE_LIMITS,
  type ConnectorFailure,
  type ConnectorRequest,
  type FakeMember,
  type FakeTeam,
  type FakeThread,
  type RateLimits,
  type RateWindow,
  type SentActivity,
} from './bot-connector';
export {
  accessibilityViolations,
  horizontalOverflow,
  launchBrowser,
  newIsolatedContext,
  newIsolatedPage,
  type Viewport,
} from './browser';
export * as fanOutForces from './fan-out';
export {
  connectGraph,
  FakeGraph,
  type FakeChatMessage,
  type FakeGraphMember,
  type RecordedRequest,
  type SentNotice,
} from './graph';
export { sampleLibrary } from './library';
export { startTestService, type TestService, type TestServiceOptions } from './service';
