import type { ChannelMessageSummary, GraphOperations } from '../graph/ports';
import type { Logger } from '../logger';
import type { PostedThread, Reply, Store } from '../store/types';
import type { TenantAccess } from '../tenants/access';
import { MAX_REPLY_LENGTH, plainText } from './ingest';

/** Threads posted within this many days are caught up (at start and when the tab opens one). */
export const CATCH_UP_DAYS = 14;

export interface CatchUpDeps {
  store: Store;
  graph: Pick<GraphOperations, 'listReplies'>;
  tenants: TenantAccess;
  logger: Logger;
  now?: () => Date;
  /** Stops between threads when aborted (the service is shutting down). */
  signal?: AbortSignal;
}

/** What a merge changed. */
export interface MergeCounts {
  added: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

/**
 * Fetches a thread's replies from Graph and merges them into the store by reply id: new ones
 * added, edited ones updated, deleted ones removed, the rest untouched. Safe to repeat. Replies
 * of a person whose data was erased, written before the erasure, are not brought back.
 */
export async function catchUpThread(
  deps: Pick<CatchUpDeps, 'store' | 'graph'>,
  thread: PostedThread,
  graphGroupId: string,
): Promise<MergeCounts> {
  const { store } = deps;
  const [fetched, stored] = await Promise.all([
    deps.graph.listReplies(thread.tenantId, graphGroupId, thread.channelId, thread.rootMessageId),
    store.discussion.listReplies(thread.tenantId, thread.channelId, thread.rootMessageId),
  ]);
  const known = new Map(stored.map((reply) => [reply.id, reply]));
  const erasures = new Map<string, Promise<Date | undefined>>();
  const erasedAt = (authorId: string) => {
    const id = authorId.toLowerCase();
    if (!erasures.has(id)) erasures.set(id, store.privacy.lastErasure(thread.tenantId, id));
    return erasures.get(id)!;
  };
  const counts: MergeCounts = { added: 0, updated: 0, deleted: 0, unchanged: 0 };
  for (const message of fetched) {
    if (
      message.id === thread.rootMessageId ||
      (message.replyToId ?? thread.rootMessageId) !== thread.rootMessageId
    ) {
      continue;
    }
    const existing = known.get(message.id);
    if (message.deletedDateTime !== null) {
      if (existing && (await store.discussion.deleteReply(existing))) counts.deleted += 1;
      continue;
    }
    const reply = replyOf(thread, message);
    if (!reply) continue;
    if (!existing) {
      const erased = await erasedAt(reply.authorId);
      if (erased !== undefined && reply.createdAt <= erased) continue;
      await store.discussion.upsertReply(reply);
      counts.added += 1;
    } else if (existing.text !== reply.text || existing.authorName !== reply.authorName) {
      await store.discussion.upsertReply({ ...reply, editedAt: reply.editedAt ?? new Date() });
      counts.updated += 1;
    } else {
      counts.unchanged += 1;
    }
  }
  return counts;
}

/**
 * At start: catches up every thread posted in the last 14 days in every tenant the service
 * serves. One failing thread is logged and skipped. No timed polling: call once per start.
 */
export async function catchUpRecentThreads(
  deps: CatchUpDeps,
): Promise<MergeCounts & { threads: number; failed: number }> {
  const now = deps.now?.() ?? new Date();
  const since = new Date(now.getTime() - CATCH_UP_DAYS * 86_400_000);
  const totals = { added: 0, updated: 0, deleted: 0, unchanged: 0, threads: 0, failed: 0 };
  for (const tenant of await deps.store.tenants.list()) {
    if (!(await deps.tenants.isAllowed(tenant.id))) continue;
    const graphGroupIds = new Map<string, string | null>();
    for (const thread of await deps.store.discussion.listThreads(tenant.id, since)) {
      if (deps.signal?.aborted) return totals;
      if (!graphGroupIds.has(thread.teamId)) {
        const team = await deps.store.teams.get(tenant.id, thread.teamId);
        graphGroupIds.set(
          thread.teamId,
          team && team.removedAt === null ? team.graphGroupId : null,
        );
      }
      const graphGroupId = graphGroupIds.get(thread.teamId);
      if (!graphGroupId) continue;
      try {
        const counts = await catchUpThread(deps, thread, graphGroupId);
        totals.added += counts.added;
        totals.updated += counts.updated;
        totals.deleted += counts.deleted;
        totals.unchanged += counts.unchanged;
        totals.threads += 1;
      } catch (error) {
        totals.failed += 1;
        deps.logger.warn(
          {
            err: error,
            tenantId: tenant.id,
            channelId: thread.channelId,
            rootMessageId: thread.rootMessageId,
          },
          'catch-up of a thread failed',
        );
      }
    }
  }
  deps.logger.info(totals, 'discussion catch-up done');
  return totals;
}

function replyOf(thread: PostedThread, message: ChannelMessageSummary): Reply | undefined {
  if (!message.from) return undefined;
  const text =
    message.body.contentType === 'html'
      ? plainText(message.body.content)
      : message.body.content.trim().slice(0, MAX_REPLY_LENGTH);
  if (text === '') return undefined;
  const edited = message.lastEditedDateTime ?? null;
  return {
    id: message.id,
    tenantId: thread.tenantId,
    teamId: thread.teamId,
    channelId: thread.channelId,
    rootMessageId: thread.rootMessageId,
    caseId: thread.caseId,
    authorId: message.from.id,
    authorName: message.from.displayName.slice(0, 200),
    text,
    createdAt: new Date(message.createdDateTime),
    editedAt: edited === null ? null : new Date(edited),
  };
}
