import { existsSync } from 'node:fs';
import chromium from '@sparticuz/chromium';
import AxeBuilder from '@axe-core/playwright';
import {
  chromium as playwright,
  type Browser,
  type BrowserContext,
  type Frame,
  type Page,
} from 'playwright-core';

/**
 * Chromium for browser tests and the bench: Debian's `/usr/bin/chromium` where installed, else
 * the one `@sparticuz/chromium` ships in npm. Every page blocks the network except loopback
 * (teams-js fetches a list of valid domains from a CDN on import).
 */

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

const commonFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Launches a headless Chromium. */
export async function launchBrowser(): Promise<Browser> {
  if (existsSync(DEBIAN_CHROMIUM)) {
    return playwright.launch({
      executablePath: DEBIAN_CHROMIUM,
      headless: true,
      args: ['--headless', ...commonFlags],
    });
  }
  return playwright.launch({
    executablePath: await chromium.executablePath(),
    headless: true,
    // One process per browser is for AWS Lambda: there, closing a context ends the browser.
    args: [...chromium.args.filter((flag) => flag !== '--single-process'), ...commonFlags],
  });
}

/** A viewport, in CSS pixels. */
export interface Viewport {
  width: number;
  height: number;
}

/** A fresh context (own storage) whose requests may reach 127.0.0.1 only, in a browser language. */
export async function newIsolatedContext(
  browser: Browser,
  viewport: Viewport = { width: 1024, height: 768 },
  locale = 'en-GB',
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, locale });
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    return hostname === '127.0.0.1' ? route.fallback() : route.abort('blockedbyclient');
  });
  return context;
}

/** A new page in a fresh isolated context; close the page's context when done. */
export async function newIsolatedPage(
  browser: Browser,
  viewport?: Viewport,
  locale?: string,
): Promise<Page> {
  const context = await newIsolatedContext(browser, viewport, locale);
  return context.newPage();
}

/** The WCAG 2.2 A and AA rules. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Every axe-core WCAG A/AA violation on the page (its frames included), one line each. */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`,
  );
}

/** The page's document width beyond its viewport, in CSS pixels (0 means no horizontal scroll). */
export async function horizontalOverflow(page: Page | Frame): Promise<number> {
  return page.evaluate<number>(
    'document.documentElement.scrollWidth - document.documentElement.clientWidth',
  );
}
