import type { Library } from '../content/model';
import type { GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { Store } from '../store/types';
import type { RequestBudget, Semaphore } from './budget';
import type { ChannelPoster } from './ports';
import type { RetryPolicy } from './retry';

/** What the weekly path needs, shared by every delivery an engine sends. */
export interface DeliveryContext {
  store: Store;
  library: () => Library;
  poster: ChannelPoster;
  graph: GraphOperations | undefined;
  logger: Logger;
  clock: () => Date;
  /** A post later than this after its due time is skipped. */
  graceMs: number;
  retry: RetryPolicy;
  random: () => number;
  budgetOf(tenantId: string): RequestBudget;
  /** The engine-wide limit on posts in flight. */
  pacing: Semaphore;
  /** Aborted when the engine stops: backoffs end early and unsent deliveries go back to pending. */
  stopping: AbortSignal;
}
