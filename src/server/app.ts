import restify, { type Request, type Response, type Server } from 'restify';
import type { Logger } from '../logger';
import { retryAfterOf, toProblem } from '../errors';
import { problemType, sendJson, sendProblem } from './respond';
import type { RateLimits } from './rate-limit';

/** Adds routes to the server: the content API, the bot endpoint, the tab, … */
export type RouteModule = (server: Server) => void;

/** A route handler that returns the JSON body (or throws an `AppError`). */
export type JsonHandler = (req: Request, res: Response) => Promise<unknown> | unknown;

/** How a JSON route's answer may be cached. */
export interface JsonRouteOptions {
  /**
   * The answer carries people's words or names: `private, no-store`, so no browser cache or
   * proxy keeps it. Any answer to a request that carries credentials is treated so too.
   */
  personal?: boolean;
}

/** Reads a JSON body of at most `maxBodySize` bytes into `req.body` (a larger one is refused, 413). */
export const jsonBody = (maxBodySize: number) => [
  restify.plugins.bodyReader({ maxBodySize }),
  restify.plugins.jsonBodyParser({ bodyReader: true, mapParams: false }),
];

/**
 * Wraps a handler: its result goes out as JSON, anything it throws as a problem document through
 * the one central mapping.
 */
export function jsonRoute(logger: Logger, handler: JsonHandler, options: JsonRouteOptions = {}) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const body = await handler(req, res);
      const personal = options.personal === true || req.header('authorization') !== undefined;
      sendJson(res, 200, body, { 'cache-control': personal ? 'private, no-store' : 'no-cache' });
    } catch (error) {
      sendProblem(res, toProblem(error, logger), retryAfterOf(error));
    }
  };
}

/** Where the tab may be framed: Teams, Outlook, the Microsoft 365 app and SharePoint. */
const frameAncestors = [
  "'self'",
  'https://teams.microsoft.com',
  'https://*.teams.microsoft.com',
  'https://*.teams.microsoft.us',
  'https://*.skype.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://*.office.com',
  'https://*.microsoft365.com',
  'https://*.cloud.microsoft',
  'https://*.sharepoint.com',
].join(' ');

/**
 * The restify server with the service's cross-cutting behaviour: security headers, a rate limit
 * per client address (when `rateLimits` is given), query parsing, problem documents for every
 * error (unknown routes included), and no stack traces.
 */
export function createApp(
  logger: Logger,
  routes: readonly RouteModule[],
  rateLimits?: RateLimits,
): Server {
  const server = restify.createServer({
    name: 'ltl-teams',
    handleUncaughtExceptions: false,
    ignoreTrailingSlash: true,
    formatters: {
      [problemType]: (_req, res, body) => {
        const payload = JSON.stringify(body);
        res.setHeader('content-length', Buffer.byteLength(payload));
        return payload;
      },
    },
  });
  server.pre((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    res.setHeader('referrer-policy', 'strict-origin-when-cross-origin');
    res.setHeader('content-security-policy', `frame-ancestors ${frameAncestors}`);
    return next();
  });
  if (rateLimits) {
    server.pre((req, res, next) => {
      rateLimits.limitPublicRequest(req).then(
        () => next(),
        (error: unknown) => {
          sendProblem(res, toProblem(error, logger), retryAfterOf(error));
          next(false);
        },
      );
    });
  }
  server.use(restify.plugins.queryParser({ mapParams: false }));
  server.on('restifyError', (_req: Request, res: Response, error: Error, callback: () => void) => {
    const body = toProblem(error, logger);
    Object.assign(error, { statusCode: body.status, toJSON: () => body });
    res.setHeader('content-type', problemType);
    return callback();
  });
  for (const register of routes) register(server);
  return server;
}
