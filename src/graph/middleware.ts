import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { GraphTokenProvider } from './token-provider';

/** Adds the tenant's app-only token to every request (any host: the fake runs on http). */
export class TenantAuthMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(
    private readonly tenantId: string,
    private readonly tokens: GraphTokenProvider,
  ) {}

  async execute(context: Context): Promise<void> {
    const token = await this.tokens.getToken(this.tenantId);
    const options = context.options ?? {};
    const headers = new Headers(options.headers as ConstructorParameters<typeof Headers>[0]);
    headers.set('Authorization', `Bearer ${token}`);
    context.options = { ...options, headers: Object.fromEntries(headers) };
    await this.next!.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Backoff base when Graph sends no `Retry-After`. */
  baseDelayMs: number;
  /** No single wait is longer than this, whatever `Retry-After` says. */
  maxDelayMs: number;
  /** Each attempt is abandoned after this long (30 s by default). */
  attemptTimeoutMs?: number;
  /** How to wait (tests record the waits instead). */
  sleep?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export const defaultRetryPolicy: RetryPolicy = {
  maxRetries: 4,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
};

const retryableStatuses = new Set([429, 503, 504]);

/**
 * Retries 429, 503 and 504, waiting as `Retry-After` says (capped) or with jittered backoff;
 * bounds each attempt with a timeout, and retries a GET that timed out or lost its connection.
 */
export class RetryAfterMiddleware implements Middleware {
  private next: Middleware | undefined;

  constructor(private readonly policy: RetryPolicy = defaultRetryPolicy) {}

  async execute(context: Context): Promise<void> {
    const idempotent = (context.options?.method ?? 'GET').toUpperCase() === 'GET';
    for (let attempt = 0; ; attempt += 1) {
      context.options = {
        ...context.options,
        signal: AbortSignal.timeout(this.policy.attemptTimeoutMs ?? 30_000),
      };
      const canRetry = attempt < this.policy.maxRetries;
      try {
        await this.next!.execute(context);
      } catch (error) {
        if (!idempotent || !canRetry) throw error;
        await this.wait(this.backoffMs(attempt));
        continue;
      }
      const response = context.response;
      if (!response || !retryableStatuses.has(response.status) || !canRetry) return;
      await response.body?.cancel();
      const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
      await this.wait(retryAfter ?? this.backoffMs(attempt));
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private wait(ms: number): Promise<void> {
    return (this.policy.sleep ?? sleep)(Math.min(ms, this.policy.maxDelayMs));
  }

  private backoffMs(attempt: number): number {
    return this.policy.baseDelayMs * 2 ** attempt * (0.5 + Math.random() / 2);
  }
}

/** `Retry-After` as seconds or an HTTP date, in milliseconds. */
export function parseRetryAfter(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
