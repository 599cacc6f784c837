import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import restify, { type Server } from 'restify';
import type { ContentSnapshot } from '../../content';
import type { Logger } from '../../logger';
import {
  PRERENDER_MARKER,
  PRERENDERED_ISSUE_ID,
  type TabServerRenderer,
} from '../../../tab/ssr/contract';
import { problem } from '../../errors';
import { sendHtml, sendProblem } from '../respond';
import type { RouteModule } from '../app';

/** The tab's pages: each is the single-page app, which routes on the client. */
const pages = ['/', '/config', '/meeting'];

/** What the home page needs to be rendered on the server: the current library and a logger. */
export interface TabPrerenderOptions {
  snapshot: () => ContentSnapshot;
  logger: Logger;
}

interface CachedHome {
  snapshot: ContentSnapshot;
  stamp: string;
  page: Promise<string | null>;
}

function isRenderer(value: unknown): value is TabServerRenderer {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { renderHome?: unknown }).renderHome === 'function'
  );
}

/** JSON that is safe inside a `<script>` element. */
function inlineJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

async function renderHomePage(
  indexFile: string,
  rendererFile: string,
  stamp: string,
  snapshot: ContentSnapshot,
): Promise<string | null> {
  const latest = snapshot.library.latest && snapshot.views.en.issue(snapshot.library.latest.number);
  if (!latest) return null;
  const loaded: unknown = await import(`${pathToFileURL(rendererFile).href}?v=${stamp}`);
  if (!isRenderer(loaded)) throw new Error('the tab server render has no renderHome');
  const { html, styles } = loaded.renderHome(latest);
  const template = await readFile(indexFile, 'utf8');
  if (!template.includes(PRERENDER_MARKER)) return null;
  const data = `<script type="application/json" id="${PRERENDERED_ISSUE_ID}">${inlineJson(latest)}</script>`;
  return template
    .replace(PRERENDER_MARKER, () => `${styles}\n    ${data}`)
    .replace('<div id="root"></div>', () => `<div id="root" data-prerendered>${html}</div>`)
    .replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
}

/**
 * Renders the home view into index.html on the server, once per library snapshot and build;
 * null when there is nothing to render (no issue, no server build) or rendering failed.
 */
function homePageCache(tabDir: string, options: TabPrerenderOptions) {
  const indexFile = path.join(tabDir, 'index.html');
  const rendererFile = path.join(tabDir, '..', 'tab-server', 'render.js');
  let cached: CachedHome | undefined;
  return async (): Promise<string | null> => {
    const snapshot = options.snapshot();
    let stamp: string;
    try {
      const [index, renderer] = await Promise.all([stat(indexFile), stat(rendererFile)]);
      stamp = `${index.mtimeMs}-${renderer.mtimeMs}`;
    } catch {
      return null;
    }
    if (cached?.snapshot !== snapshot || cached.stamp !== stamp) {
      const page = renderHomePage(indexFile, rendererFile, stamp, snapshot).catch(
        (error: unknown) => {
          options.logger.error({ err: error }, 'tab home view could not be rendered');
          return null;
        },
      );
      cached = { snapshot, stamp, page };
    }
    return cached.page;
  };
}

/**
 * Serves the built tab (`npm run build` writes it to `tabDir`): its pages and its assets. With
 * `prerender`, `/` carries the latest issue rendered on the server, for the browser to hydrate.
 * Without a build, the pages say how to make one.
 */
export function tabRoutes(tabDir: string, prerender?: TabPrerenderOptions): RouteModule {
  const root = path.resolve(tabDir);
  const index = path.join(root, 'index.html');
  const homePage = prerender ? homePageCache(root, prerender) : async () => null;
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
        if (page !== '/') return assets(req, res, next);
        void homePage().then((home) => {
          if (home === null) return assets(req, res, next);
          sendHtml(res, 200, home, { 'cache-control': 'no-cache' });
          return next(false);
        });
      });
    }
    server.get('/*', assets);
  };
}
