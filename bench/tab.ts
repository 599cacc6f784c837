import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { buildTab } from '../scripts/build-tab';
import type { IssueView } from '../src/content/views';
import { launchBrowser, newIsolatedPage, startTestService } from '../testkit';
import { median } from './measure';

/**
 * The tab's figures: its initial JavaScript (gzip) against the 200 KiB budget, what the page
 * view of an issue as published loads on demand (its chunk with PDF.js, and PDF.js's worker),
 * and the time from navigation to the latest issue's first case card, beside a static HTML page
 * of the same content in the same browser (ratio; budget 3).
 */

const RUNS = 7;
const INITIAL_JS_BUDGET_KIB = 200;
const RATIO_BUDGET = 3;
const STATIC_PATH = '/__bench-static-latest.html';

/** Records, in the page's own clock, when the first case card enters the document. */
const firstCardProbe = `
window.__firstCard = null;
new MutationObserver((_, observer) => {
  if (document.querySelector('article[data-case-id]')) {
    window.__firstCard = performance.now();
    observer.disconnect();
  }
}).observe(document, { childList: true, subtree: true });
`;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The latest issue as plain HTML: the baseline a server-rendered page would reach. */
function staticIssuePage(issue: IssueView): string {
  const cards = issue.cases
    .map(
      (caseStudy) => `<li><article data-case-id="${escapeHtml(caseStudy.id)}">
<h3><a href="/#/cases/${escapeHtml(caseStudy.id)}">${escapeHtml(caseStudy.title)}</a></h3>
<p>${escapeHtml(caseStudy.summary)}</p><p>Factors: ${escapeHtml(caseStudy.factors.join(', '))}</p>
</article></li>`,
    )
    .join('\n');
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(issue.title)}</title></head>
<body><main><h1>Issue ${issue.number}: ${escapeHtml(issue.title)}</h1>
<p>Theme: ${escapeHtml(issue.theme)}</p>${issue.contentWarning ? `<p>${escapeHtml(issue.contentWarning)}</p>` : ''}
<section><h2>Foreword</h2>${issue.forewordHtml}</section>
<section><h2>Case studies</h2><ul>${cards}</ul></section></main></body></html>`;
}

/** Milliseconds from navigation start to the first case card, for one fresh page load. */
async function timeToFirstCard(browser: Browser, url: string, staticHtml: string): Promise<number> {
  const page = await newIsolatedPage(browser);
  try {
    await page.route(`**${STATIC_PATH}`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: staticHtml }),
    );
    await page.addInitScript(firstCardProbe);
    await page.goto(url);
    await page.locator('article[data-case-id]').first().waitFor();
    return await page.evaluate<number>('window.__firstCard');
  } finally {
    await page.context().close();
  }
}

/** Prints the tab's initial JavaScript size and its first-card time against a static page. */
export async function bench(): Promise<void> {
  const built = await buildTab();
  const dist = join(import.meta.dirname, '..', 'dist', 'tab');
  let gzipBytes = 0;
  for (const file of built.initialFiles) {
    gzipBytes += gzipSync(await readFile(join(dist, file)), { level: 9 }).length;
  }
  const kib = gzipBytes / 1024;
  console.log(
    `tab initial JavaScript: ${kib.toFixed(1)} KiB gzip in ${built.initialFiles.length} files ` +
      `(budget ${INITIAL_JS_BUDGET_KIB} KiB: ${kib <= INITIAL_JS_BUDGET_KIB ? 'within' : 'OVER'})`,
  );

  const chunks = await readdir(join(dist, 'chunks'));
  const pageView = async (pattern: RegExp) => {
    const file = chunks.find((name) => pattern.test(name));
    if (!file) return 0;
    return gzipSync(await readFile(join(dist, 'chunks', file)), { level: 9 }).length / 1024;
  };
  console.log(
    `tab page view, on demand only: ${(await pageView(/^IssuePages-/)).toFixed(1)} KiB gzip ` +
      `with PDF.js, and its worker ${(await pageView(/^pdf\.worker-/)).toFixed(1)} KiB gzip`,
  );

  const service = await startTestService();
  const browser = await launchBrowser();
  try {
    const latest = (await (
      await fetch(`${service.baseUrl}/api/issues/latest`)
    ).json()) as IssueView;
    const staticHtml = staticIssuePage(latest);
    const tabTimes: number[] = [];
    const staticTimes: number[] = [];
    await timeToFirstCard(browser, `${service.baseUrl}/`, staticHtml);
    for (let run = 0; run < RUNS; run += 1) {
      staticTimes.push(
        await timeToFirstCard(browser, `${service.baseUrl}${STATIC_PATH}`, staticHtml),
      );
      tabTimes.push(await timeToFirstCard(browser, `${service.baseUrl}/`, staticHtml));
    }
    const tab = median(tabTimes);
    const baseline = median(staticTimes);
    const ratio = tab / baseline;
    console.log(
      `tab first case card: ${tab.toFixed(0)} ms; static page of the same content: ` +
        `${baseline.toFixed(0)} ms (median of ${RUNS}); ratio ${ratio.toFixed(2)} ` +
        `(budget ${RATIO_BUDGET}: ${ratio <= RATIO_BUDGET ? 'within' : 'OVER'})`,
    );
  } finally {
    await browser.close();
    await service.stop();
  }
}
