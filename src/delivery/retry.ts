import type { UpstreamError } from '../errors';

/** How the engine retries a post. */
export interface RetryPolicy {
  /** Attempts in all, the first included. */
  maxAttempts: number;
  /** The first backoff ceiling; it doubles with each attempt. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  maxDelayMs: 60_000,
};

/** What a failed post means for its delivery. */
export type PostVerdict =
  /** Throttled or a passing fault: try again later. */
  | { kind: 'retry' }
  /** The connection dropped: the post may be in the channel already. */
  | { kind: 'uncertain' }
  /** The app is gone from the conversation: stop posting there. */
  | { kind: 'gone'; reason: string }
  /** The force turned the app off: suspend the tenant. */
  | { kind: 'suspend'; reason: string }
  | { kind: 'failed'; reason: string };

const retryable = new Set([412, 429, 502, 503, 504]);
const goneCodes = new Set(['BotNotInConversationRoster', 'MessageWritesBlocked']);

/** Maps a Bot Connector failure to what happens to the delivery (design: platform limits). */
export function judgePostError(error: UpstreamError): PostVerdict {
  if (error.upstreamStatus === 0) return { kind: 'uncertain' };
  if (retryable.has(error.upstreamStatus)) return { kind: 'retry' };
  if (error.upstreamStatus === 413) return { kind: 'failed', reason: 'MessageSizeTooBig' };
  if (error.upstreamStatus === 404) return { kind: 'gone', reason: error.code ?? 'NotFound' };
  if (error.upstreamStatus === 403 && error.code === 'BotDisabledByAdmin') {
    return { kind: 'suspend', reason: 'BotDisabledByAdmin' };
  }
  if (error.upstreamStatus === 403 && error.code !== null && goneCodes.has(error.code)) {
    return { kind: 'gone', reason: error.code };
  }
  return { kind: 'failed', reason: `${error.upstreamStatus}${error.code ? ` ${error.code}` : ''}` };
}

/**
 * The wait before attempt `attempt + 1`: exponential backoff with full jitter, and never less
 * than the connector's `Retry-After`.
 */
export function backoffMs(
  policy: RetryPolicy,
  attempt: number,
  retryAfterMs: number | null,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.max(retryAfterMs ?? 0, Math.floor(random() * ceiling));
}

/** The reason recorded when every attempt failed. */
export function exhaustedReason(error: UpstreamError): string {
  return `retries exhausted: ${error.upstreamStatus === 0 ? 'connection dropped' : error.upstreamStatus}`;
}
