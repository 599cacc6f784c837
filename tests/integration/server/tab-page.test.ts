import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Server } from 'restify';
import { createLibrary, loadLibrary, type Library } from '../../../src/content';
import { createSnapshot, type ContentSnapshot } from '../../../src/content/source';
import { createLogger } from '../../../src/logger';
import { createApp } from '../../../src/server/app';
import { tabRoutes } from '../../../src/server/routes/tab';
import { ensureTabBuilt } from '../../browser/tab-fixture';

const tabDir = path.resolve(import.meta.dirname, '../../../dist/tab');

/** A snapshot whose issue views count how often they are looked up. */
function countingSnapshot(library: Library): { snapshot: ContentSnapshot; lookups: () => number } {
  const real = createSnapshot(library);
  let lookups = 0;
  const english = {
    issueList: real.views.en.issueList,
    caseStudy: (id: string) => real.views.en.caseStudy(id),
    issue: (issueNumber: number) => {
      lookups += 1;
      return real.views.en.issue(issueNumber);
    },
  };
  return { snapshot: { ...real, views: { ...real.views, en: english } }, lookups: () => lookups };
}

describe('the tab’s home page on the service', function () {
  this.timeout(60_000);
  let server: Server;
  let baseUrl: string;
  let library: Library;
  let current: ContentSnapshot;

  before(async () => {
    const [loaded] = await Promise.all([loadLibrary('content'), ensureTabBuilt()]);
    assert.ok(loaded.ok, 'the sample library loads');
    library = loaded.library;
    current = createSnapshot(library);
    const logger = createLogger('silent');
    server = createApp(logger, [tabRoutes(tabDir, { snapshot: () => current, logger })]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => {
    server.close();
  });

  const home = async () => (await fetch(`${baseUrl}/`)).text();

  it('serves `/` with the latest issue rendered and its data for the client', async () => {
    const response = await fetch(`${baseUrl}/`);
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    const html = await response.text();
    const latest = library.latest!;
    for (const caseStudy of latest.cases) {
      assert.ok(html.includes(`data-case-id="${caseStudy.id}"`));
    }
    const data = /<script type="application\/json" id="ltl-latest-issue">(.*?)<\/script>/s.exec(
      html,
    );
    assert.ok(data?.[1]);
    assert.equal((JSON.parse(data[1]) as { number: number }).number, latest.number);
    assert.ok(/<style data-make-styles-bucket/.test(html));
  });

  it('keeps `/config` and `/meeting` the plain page that the client renders', async () => {
    for (const page of ['/config', '/meeting']) {
      const html = await (await fetch(`${baseUrl}${page}`)).text();
      assert.ok(html.includes('<div id="root"></div>'), page);
      assert.ok(!html.includes('ltl-latest-issue"'), page);
    }
  });

  it('renders once per library snapshot and again when the content reloads', async () => {
    const first = countingSnapshot(library);
    current = first.snapshot;
    const pages = [await home(), await home(), await home()];
    assert.equal(first.lookups(), 1);
    assert.equal(new Set(pages).size, 1);

    const older = library.issues.slice(1);
    const reloaded = countingSnapshot(createLibrary(older));
    current = reloaded.snapshot;
    const page = await home();
    assert.equal(reloaded.lookups(), 1);
    assert.ok(page.includes(`data-case-id="${older[0]!.cases[0]!.id}"`));
    assert.ok(!page.includes(`data-case-id="${library.latest!.cases[0]!.id}"`));
  });

  it('serves the plain page when the library has no issue to render', async () => {
    current = createSnapshot(createLibrary([]));
    const html = await home();
    assert.ok(html.includes('<div id="root"></div>'));
  });
});
