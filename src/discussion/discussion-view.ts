import type { DiscussionView } from '../content/views';
import { AppError, forbidden, notFound } from '../errors';
import type { GraphOperations } from '../graph/ports';
import type { MembershipCheck } from '../identity/team-membership';
import type { TabIdentity } from '../identity/tab-token';
import type { Logger } from '../logger';
import type { PostedThread, Store } from '../store/types';
import { CATCH_UP_DAYS, catchUpThread } from './catch-up';

export interface DiscussionViewDeps {
  store: Store;
  /** For catching a thread up when it is opened; absent in local mode. */
  graph?: Pick<GraphOperations, 'listReplies'>;
  membership: MembershipCheck;
  logger: Logger;
  /** A thread is fetched from Graph at most this often when the tab opens it (a minute). */
  catchUpIntervalMs?: number;
  now?: () => number;
}

/**
 * Which discussion the tab asks for: the thread a weekly post's delivery became, or a case in a
 * team, optionally naming the thread (links posted before deliveries named the thread).
 */
export type DiscussionRequest = { caseId: string } & (
  | { deliveryId: string }
  | {
      /** The team's Graph group id. */
      graphGroupId: string;
      channelId?: string;
      rootMessageId?: string;
    }
);

/** Loads a case's discussion for a verified caller. */
export type DiscussionReader = (
  caller: TabIdentity,
  request: DiscussionRequest,
) => Promise<DiscussionView>;

/**
 * The force's discussion of a case, as the tab shows it: only within the caller's own tenant,
 * only for a team the caller belongs to, oldest reply first. With Graph, a thread posted in the
 * last 14 days is caught up first (at most once a minute); if Graph fails the stored replies show.
 */
export function createDiscussionReader(deps: DiscussionViewDeps): DiscussionReader {
  const intervalMs = deps.catchUpIntervalMs ?? 60_000;
  const now = deps.now ?? Date.now;
  const lastCatchUp = new Map<string, number>();

  const catchUpOnOpen = async (thread: PostedThread, graphGroupId: string) => {
    const { graph } = deps;
    if (!graph || thread.postedAt.getTime() < now() - CATCH_UP_DAYS * 86_400_000) return;
    const key = `${thread.tenantId}/${thread.channelId}/${thread.rootMessageId}`;
    if ((lastCatchUp.get(key) ?? -Infinity) > now() - intervalMs) return;
    lastCatchUp.set(key, now());
    try {
      await catchUpThread({ store: deps.store, graph }, thread, graphGroupId);
    } catch (error) {
      deps.logger.warn(
        { err: error, tenantId: thread.tenantId, channelId: thread.channelId },
        'catch-up on open failed',
      );
    }
  };

  return async (caller, request) => {
    const { store } = deps;
    const { graphGroupId, thread } = await locate(store, caller.tenantId, request);
    const member = await deps.membership
      .isMember(caller.tenantId, graphGroupId, caller.userObjectId)
      .catch((error: unknown) => {
        throw new AppError(
          'Unavailable',
          'Team membership could not be checked: try again shortly.',
          {
            cause: error,
          },
        );
      });
    if (!member) throw forbidden('Only members of this team can see its discussion.');

    if (!thread) return { caseId: request.caseId, threadUrl: null, replies: [] };
    await catchUpOnOpen(thread, graphGroupId);
    const replies = await store.discussion.listReplies(
      caller.tenantId,
      thread.channelId,
      thread.rootMessageId,
    );
    return {
      caseId: request.caseId,
      threadUrl: threadUrl(caller.tenantId, graphGroupId, thread),
      replies: replies
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((reply) => ({
          id: reply.id,
          authorName: reply.authorName,
          text: reply.text,
          createdAt: reply.createdAt.toISOString(),
          editedAt: reply.editedAt?.toISOString() ?? null,
        })),
    };
  };
}

/**
 * The team (by Graph group id) and thread of a request, in the caller's tenant: the thread a
 * delivery became; or the named thread if it is this case's in this team, else the team's latest
 * thread of the case. Indexed lookups, whatever the force's history.
 */
async function locate(
  store: Store,
  tenantId: string,
  request: DiscussionRequest,
): Promise<{ graphGroupId: string; thread: PostedThread | undefined }> {
  if ('deliveryId' in request) {
    const thread = await store.discussion.findThreadByDelivery(tenantId, request.deliveryId);
    const team = thread && (await store.teams.get(tenantId, thread.teamId));
    if (!thread || thread.caseId !== request.caseId || !team?.graphGroupId || team.removedAt) {
      throw notFound('No discussion was found for this post.');
    }
    return { graphGroupId: team.graphGroupId, thread };
  }
  const team = await store.teams.findByGraphGroupId(tenantId, request.graphGroupId);
  if (!team || team.removedAt !== null) throw notFound('No discussion was found for this team.');
  const located = { graphGroupId: request.graphGroupId };
  if (request.channelId && request.rootMessageId) {
    const named = await store.discussion.findThread(
      tenantId,
      request.channelId,
      request.rootMessageId,
    );
    const ours = named && named.teamId === team.id && named.caseId === request.caseId;
    return { ...located, thread: ours ? named : undefined };
  }
  return {
    ...located,
    thread: await store.discussion.latestThreadOfCase(tenantId, team.id, request.caseId),
  };
}

/** Opens the thread in Teams. */
function threadUrl(tenantId: string, graphGroupId: string, thread: PostedThread): string {
  const query = new URLSearchParams({
    tenantId,
    groupId: graphGroupId,
    parentMessageId: thread.rootMessageId,
  });
  return `https://teams.microsoft.com/l/message/${encodeURIComponent(thread.channelId)}/${encodeURIComponent(thread.rootMessageId)}?${query.toString()}`;
}
