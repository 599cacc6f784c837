export { chooseCase } from './case-choice';
export { createDeliveryEngine, type DeliveryEngine, type DeliveryEngineOptions } from './engine';
export { type CasePost, type ChannelPoster, type ChannelTarget } from './ports';
export { DEFAULT_RETRY_POLICY, type RetryPolicy } from './retry';
