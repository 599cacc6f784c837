import type { UpstreamError } from '../errors';
import type { Ending } from './endings';

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

/**
 * What a failed post means for its delivery: try again (throttled or a passing fault), find out
 * (the connection dropped: the post may be in the channel already), or an ending.
 */
export type PostVerdict =
  | { kind: 'retry' }
  | { kind: 'uncertain' }
  | Extract<Ending, { kind: 'gone' | 'suspended' | 'failed' }>;

const retryable = new Set([412, 429, 502, 503, 504]);
const goneCodes = new Set(['BotNotInConversationRoster', 'MessageWritesBlocked']);

/** Maps a Bot Connector failure to what happens to the delivery (design: platform limits). */
export function judgePostError(error: UpstreamError): PostVerdict {
  if (error.upstreamStatus === 0) return { kind: 'uncertain' };
  if (retryable.has(error.upstreamStatus)) return { kind: 'retry' };
  if (error.upstreamStatus === 413) return { kind: 'failed', reason: 'MessageSizeTooBig' };
  if (error.upstreamStatus === 404) return { kind: 'gone', reason: error.code ?? 'NotFound' };
  if (error.upstreamStatus === 403 && error.code === 'BotDisabledByAdmin') {
    return { kind: 'suspended', reason: 'BotDisabledByAdmin' };
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
