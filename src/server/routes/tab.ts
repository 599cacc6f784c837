import { existsSync } from 'node:fs';
import path from 'node:path';
import restify, { type Server } from 'restify';
import { problem, sendProblem } from '../problem';
import type { RouteModule } from '../app';

/** The tab's pages: each is the single-page app, which routes on the client. */
const pages = ['/', '/config'];

/**
 * Serves the built tab (`npm run build` writes it to `tabDir`): its pages and its assets. Without
 * a build, the pages say how to make one.
 */
export function tabRoutes(tabDir: string): RouteModule {
  const root = path.resolve(tabDir);
  const index = path.join(root, 'index.html');
  const assets = restify.plugins.serveStaticFiles(root, {
    maxAge: 0,
    setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
  });
  return (server: Server) => {
    for (const page of pages) {
      server.get(page, (req, res, next) => {
        if (!existsSync(index)) {
          sendProblem(res, problem(503, 'The tab has not been built yet: run `npm run build`.'));
          return next(false);
        }
        return assets(req, res, next);
      });
    }
    server.get('/*', assets);
  };
}
