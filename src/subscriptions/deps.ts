import type { OwnerCheck } from '../identity/team-owners';
import type { Store } from '../store/types';

/** What the subscription use cases need: the store and who may change a team's settings. */
export interface SubscriptionDeps {
  store: Store;
  owners: OwnerCheck;
}

/** A channel of a team, and who is asking to change its weekly post. */
export interface ChannelRequest {
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  teamId: string;
  channelId: string;
  /** The Entra object id of whoever asked. */
  actor: string;
}
