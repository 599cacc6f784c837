import type { ServiceClientCredentialsFactory } from 'botframework-connector';
import type { Config } from '../src/config';
import type { ReplyIntake } from '../src/discussion/intake';
import type { Library } from '../src/content/model';
import type { GraphOperations } from '../src/graph/ports';
import { createOwnerCheck } from '../src/identity/team-owners';
import type { Logger } from '../src/logger';
import type { SubscriptionDeps } from '../src/subscriptions';
import type { Delivery, Store, Subscription } from '../src/store/types';

/** The part of the delivery engine the bot uses. */
export interface DeliveryEngine {
  /** Creates and sends a delivery now, through exactly the weekly path. */
  postNow(subscription: Subscription, actor: string): Promise<Delivery>;
}

/** Whether a force's tenant may use the service. */
export interface TenantAccess {
  isAllowed(tenantId: string): Promise<boolean>;
}

/** What `createBot` needs. */
export interface BotDeps {
  config: Config;
  logger: Logger;
  store: Store;
  /** The current library (it changes when the content reloads). */
  library: () => Library;
  deliveries: DeliveryEngine;
  /**
   * Undefined in local mode (any member may change settings, with a warning in the log) and where
   * the app has no secret for Graph (nobody may: the owner check fails closed).
   */
  graph: GraphOperations | undefined;
  tenantAccess: TenantAccess;
  /** Where replies in our threads go: stored, or retried until the store answers. */
  replies: ReplyIntake;
  /**
   * Credentials for calls to the Bot Connector. By default built from `config.bot`; tests pass a
   * factory that stands in for the token endpoint.
   */
  credentialsFactory?: ServiceClientCredentialsFactory;
}

/** What the subscription use cases need, from the bot's dependencies. */
export function subscriptionDepsOf(deps: BotDeps): SubscriptionDeps {
  return {
    store: deps.store,
    owners: createOwnerCheck({
      graph: deps.graph,
      teams: deps.store.teams,
      localMode: deps.config.localMode,
      logger: deps.logger,
    }),
  };
}
