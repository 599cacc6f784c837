import { isIP } from 'node:net';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Request } from 'restify';
import { AppError, problem } from '../errors';
import { MESSAGES_PATH } from './routes/messages';

/** How many requests a key may make in a window of `durationSeconds`. */
export interface RateBudget {
  points: number;
  durationSeconds: number;
}

/**
 * The budgets. A whole force can reach the service from one egress address, so the address
 * budget only stops a runaway client: 500 requests a second averaged over a minute is about
 * 3,000 people opening the tab in the same minute (each opening is about ten requests), far
 * beyond a force's normal use. A signed-in person gets 5 a second over a minute.
 */
export const DEFAULT_RATE_BUDGETS: Readonly<Record<'address' | 'person', RateBudget>> = {
  address: { points: 30_000, durationSeconds: 60 },
  person: { points: 300, durationSeconds: 60 },
};

export interface RateLimitOptions {
  /**
   * The service runs behind App Service's front end, which appends the client's address (with
   * its port) to `X-Forwarded-For`: take the last entry. Anywhere else the header is the
   * client's own word and is ignored.
   */
  behindAppServiceFrontEnd: boolean;
  /**
   * Path prefixes of the signed-in routes: a request there with a bearer token is limited per
   * person by the route once the token is verified, not per address.
   */
  signedInPaths: readonly string[];
  budgets?: Partial<Record<'address' | 'person', RateBudget>>;
}

/** The service's rate limits (in memory, per instance). */
export interface RateLimits {
  /**
   * Before routing: a request takes one from its client address's budget, except at the bot
   * endpoint and on a signed-in route with a bearer token. Rejects with a 429 `AppError`
   * carrying `retryAfterSeconds` once the budget is spent.
   */
  limitPublicRequest(req: Request): Promise<void>;
  /** A signed-in request takes one from the person's budget (tenant and object id). */
  limitPerson(tenantId: string, userObjectId: string): Promise<void>;
  /** A signed-in route's request whose credentials were refused counts against its address. */
  limitAddress(req: Request): Promise<void>;
}

/** The rate limits, from a well-kept library (rate-limiter-flexible), not a counter of our own. */
export function createRateLimits(options: RateLimitOptions): RateLimits {
  const budget = { ...DEFAULT_RATE_BUDGETS, ...options.budgets };
  const byAddress = new RateLimiterMemory({
    keyPrefix: 'address',
    points: budget.address.points,
    duration: budget.address.durationSeconds,
  });
  const byPerson = new RateLimiterMemory({
    keyPrefix: 'person',
    points: budget.person.points,
    duration: budget.person.durationSeconds,
  });
  const limitAddress = (req: Request) =>
    take(byAddress, clientAddress(req, options.behindAppServiceFrontEnd));
  return {
    async limitPublicRequest(req) {
      const path = req.path();
      if (path === MESSAGES_PATH) return;
      const signedIn =
        options.signedInPaths.some((prefix) => path.startsWith(prefix)) &&
        /^Bearer\s/i.test(req.header('authorization') ?? '');
      if (!signedIn) await limitAddress(req);
    },
    limitPerson: (tenantId, userObjectId) =>
      take(byPerson, `${tenantId.toLowerCase()}/${userObjectId.toLowerCase()}`),
    limitAddress,
  };
}

async function take(limiter: RateLimiterMemory, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal) {
    if (!(refusal instanceof RateLimiterRes)) throw refusal;
    throw new AppError('TooManyRequests', problem(429).title, {
      retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
    });
  }
}

/**
 * The client's address: behind App Service's front end, the last `X-Forwarded-For` entry (the
 * one the front end added) without its port; otherwise the connection's peer. IPv6 addresses
 * count by their /64 network, which one client can fill with addresses of its own.
 */
export function clientAddress(req: Request, behindAppServiceFrontEnd: boolean): string {
  const forwarded = behindAppServiceFrontEnd ? req.header('x-forwarded-for') : undefined;
  const last = forwarded?.split(',').pop()?.trim();
  const address = (last && withoutPort(last)) || req.socket.remoteAddress || 'unknown';
  return networkOf(address);
}

function withoutPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3})(?::\d+)?$/.exec(entry);
  return v4 ? v4[1]! : entry;
}

function networkOf(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (isIP(address) !== 6) return address;
  const [head = '', tail = ''] = address.toLowerCase().split('::');
  const headGroups = head === '' ? [] : head.split(':');
  const tailGroups = address.includes('::') && tail !== '' ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(Math.max(0, missing)).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).join(':')}::/64`;
}
