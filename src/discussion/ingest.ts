import type { PostedThread, ReplyKey, Store } from '../store/types';

/**
 * The discussion under our posts: decides from a channel message whether it is a reply in one of
 * our threads, and stores, updates or deletes it. Everything else is dropped before any store
 * write; a message outside a thread costs no store call at all, one inside a thread one indexed
 * lookup.
 */

/**
 * A channel message event as the bot protocol delivers it, reduced to plain values. `restored` is
 * Teams' `undeleteMessage`: a deleted message shown again.
 */
export interface ChannelMessageEvent {
  kind: 'posted' | 'edited' | 'restored' | 'deleted';
  tenantId: string;
  /** Bot Framework team id (`19:…`). */
  teamId: string;
  /** The conversation id: `<channel id>;messageid=<root message id>` inside a thread. */
  conversationId: string;
  /** The Teams message id of the message itself. */
  messageId: string;
  /** The author's Entra object id (absent for apps and system messages). */
  authorId?: string;
  authorName?: string;
  /** The message text as Teams sends it (may carry `<at>` tags and simple HTML). */
  text?: string;
  /** When it was sent or edited. */
  at: Date;
}

export type IngestOutcome = 'stored' | 'updated' | 'deleted' | 'ignored';

/** Longest reply kept, in characters. */
export const MAX_REPLY_LENGTH = 8_000;

/** Splits a thread's conversation id into channel and root message ids; undefined outside a thread. */
export function threadOf(
  conversationId: string,
): { channelId: string; rootMessageId: string } | undefined {
  const marker = conversationId.indexOf(';messageid=');
  if (marker <= 0) return undefined;
  const rootMessageId = conversationId.slice(marker + ';messageid='.length);
  if (rootMessageId === '') return undefined;
  return { channelId: conversationId.slice(0, marker), rootMessageId };
}

/** Stores, updates or removes a reply in one of our threads; anything else is ignored. */
export async function ingestChannelMessage(
  store: Store,
  event: ChannelMessageEvent,
): Promise<IngestOutcome> {
  const thread = threadOf(event.conversationId);
  if (!thread || thread.rootMessageId === event.messageId) return 'ignored';
  const posted = await store.discussion.findThread(
    event.tenantId,
    thread.channelId,
    thread.rootMessageId,
  );
  if (!posted) return 'ignored';
  const key = { tenantId: event.tenantId, ...thread, id: event.messageId };
  if (event.kind === 'deleted')
    return (await store.discussion.deleteReply(key)) ? 'deleted' : 'ignored';
  const text = plainText(event.text ?? '');
  if (!event.authorId || text === '') return 'ignored';
  if (event.kind !== 'posted' && (await isErasedReply(store, key, event.authorId))) {
    return 'ignored';
  }
  await store.discussion.upsertReply(replyOf(posted, event, text));
  return event.kind === 'edited' ? 'updated' : 'stored';
}

/**
 * An edit or undelete of a reply we do not hold, by a person whose data was erased: the reply was
 * written before the erasure and must not come back. Two indexed lookups, and only for edits.
 */
async function isErasedReply(store: Store, key: ReplyKey, authorId: string): Promise<boolean> {
  if ((await store.privacy.lastErasure(key.tenantId, authorId)) === undefined) return false;
  const held = await store.discussion.listReplies(key.tenantId, key.channelId, key.rootMessageId);
  return !held.some((reply) => reply.id === key.id);
}

function replyOf(posted: PostedThread, event: ChannelMessageEvent, text: string) {
  return {
    id: event.messageId,
    tenantId: posted.tenantId,
    teamId: posted.teamId,
    channelId: posted.channelId,
    rootMessageId: posted.rootMessageId,
    caseId: posted.caseId,
    authorId: event.authorId!,
    authorName: (event.authorName ?? '').slice(0, 200),
    text,
    createdAt: event.at,
    editedAt: event.kind === 'edited' ? event.at : null,
  };
}

const entities: Readonly<Record<string, string>> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&apos;': "'",
  '&nbsp;': ' ',
};

/** Teams message text as plain text: tags removed (a mention keeps its name), entities decoded. */
export function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|apos|nbsp);/g, (entity) => entities[entity] ?? entity)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, MAX_REPLY_LENGTH);
}
