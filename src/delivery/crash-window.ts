import type { GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { Delivery, Team } from '../store/types';

/** Whether a post of a delivery is already in its channel, as far as can be told. */
export type CopyCheck =
  | { found: true; rootMessageId: string }
  /** `certain` is false when the channel could not be read (no Graph, or Graph failed). */
  | { found: false; certain: boolean };

/** How far before the delivery went `sending` to look, for clock skew between us and Teams. */
const LOOK_BACK_MS = 5 * 60_000;

/**
 * The crash window: a post may have reached the channel without its root id being recorded.
 * The card carries the delivery id, so the channel's recent root messages are searched for it.
 */
export async function findPostedCopy(
  graph: GraphOperations | undefined,
  team: Team,
  delivery: Delivery,
  logger: Logger,
): Promise<CopyCheck> {
  if (!graph || !team.graphGroupId) return { found: false, certain: false };
  const since = new Date(delivery.updatedAt.getTime() - LOOK_BACK_MS);
  try {
    const messages = await graph.listRecentChannelMessages(
      delivery.tenantId,
      team.graphGroupId,
      delivery.channelId,
      since,
    );
    const copy = messages.find(
      (message) =>
        message.replyToId === null &&
        (message.body.content.includes(delivery.id) ||
          message.attachments.some((attachment) => attachment.content?.includes(delivery.id))),
    );
    return copy ? { found: true, rootMessageId: copy.id } : { found: false, certain: true };
  } catch (error) {
    logger.warn(
      { err: error, deliveryId: delivery.id, tenantId: delivery.tenantId },
      'could not read the channel to check for an earlier post',
    );
    return { found: false, certain: false };
  }
}
