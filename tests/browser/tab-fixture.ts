import type { Browser, Page } from 'playwright-core';
import { buildTab, type TabBuild } from '../../scripts/build-tab';
import type { Store } from '../../src/store/types';
import {
  launchBrowser,
  newIsolatedPage,
  startTestService,
  type TestServiceOptions,
  type Viewport,
} from '../../testkit';

let build: Promise<TabBuild> | undefined;

/** Builds the tab once per test run, so the browser tests always load the current code. */
export function ensureTabBuilt(): Promise<TabBuild> {
  build ??= buildTab();
  return build;
}

/** The real service with the built tab and one browser, shared by the tests of a file. */
export interface TabFixture {
  readonly baseUrl: string;
  /** The service's store, for a test that sets the scene. */
  readonly store: Store;
  /** A JSON body from the service's API, read directly (not through the tab). */
  api<T>(path: string): Promise<T>;
  /** A new page in its own context (fresh storage, the browser's language); closed after the test. */
  newPage(viewport?: Viewport, locale?: string): Promise<Page>;
}

/** Registers mocha hooks that start the service and the browser for the enclosing `describe`. */
export function useTabFixture(options: TestServiceOptions = {}): TabFixture {
  let service: Awaited<ReturnType<typeof startTestService>> | undefined;
  let browser: Browser | undefined;
  const pages: Page[] = [];

  before(async function () {
    this.timeout(60_000);
    const [started, launched] = await Promise.all([
      ensureTabBuilt().then(() => startTestService(options)),
      launchBrowser(),
    ]);
    service = started;
    browser = launched;
  });

  afterEach(async () => {
    await Promise.all(pages.splice(0).map((page) => page.context().close()));
  });

  after(async () => {
    await browser?.close();
    await service?.stop();
  });

  return {
    get baseUrl() {
      if (!service) throw new Error('The service has not started.');
      return service.baseUrl;
    },
    get store() {
      if (!service) throw new Error('The service has not started.');
      return service.service.store;
    },
    async api<T>(path: string): Promise<T> {
      const response = await fetch(new URL(path, this.baseUrl));
      if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
      return (await response.json()) as T;
    },
    async newPage(viewport?: Viewport, locale?: string) {
      if (!browser) throw new Error('The browser has not started.');
      const page = await newIsolatedPage(browser, viewport, locale);
      pages.push(page);
      return page;
    },
  };
}
