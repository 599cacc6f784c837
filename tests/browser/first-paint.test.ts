import assert from 'node:assert/strict';
import type { IssueView } from '../../src/content/views';
import { useTabFixture } from './tab-fixture';

/** Counts case cards removed from the document (a failed hydration replaces them all). */
const removedCardsWatch = `
window.__removedCards = 0;
new MutationObserver((records) => {
  for (const record of records) {
    for (const node of record.removedNodes) {
      if (node.nodeType === 1 && (node.matches('article[data-case-id]') || node.querySelector('article[data-case-id]'))) {
        window.__removedCards += 1;
      }
    }
  }
}).observe(document, { childList: true, subtree: true });
`;

describe('The tab’s first paint', function () {
  const tab = useTabFixture();

  it('carries the latest issue’s case cards in the HTML of `/`, shown before any script runs', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const html = await (await fetch(`${tab.baseUrl}/`)).text();
    for (const caseStudy of latest.cases) {
      assert.ok(html.includes(`data-case-id="${caseStudy.id}"`), `card ${caseStudy.id} in HTML`);
    }

    const page = await tab.newPage();
    await page.route('**/*.js', (route) => route.abort('blockedbyclient'));
    await page.goto(`${tab.baseUrl}/`);
    await page
      .getByRole('heading', { level: 1, name: `Issue ${latest.number}: ${latest.title}` })
      .waitFor();
    for (const caseStudy of latest.cases) {
      assert.ok(await page.getByRole('link', { name: caseStudy.title }).isVisible());
    }
  });

  it('hydrates the server’s markup without replacing it or any console error, then responds', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(removedCardsWatch);
    await page.goto(`${tab.baseUrl}/`);
    await page.waitForFunction(
      `document.title === ${JSON.stringify(`Issue ${latest.number}: ${latest.title} – Learning the Lessons`)}`,
    );
    assert.equal(await page.evaluate<number>('window.__removedCards'), 0);
    assert.deepEqual(errors, []);

    if (latest.contentWarning) {
      await page.getByRole('button', { name: 'Hide this warning' }).click();
      await page.getByText(latest.contentWarning).waitFor({ state: 'detached' });
    }
    await page.getByRole('link', { name: 'Library and search' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.waitForFunction("document.activeElement?.tagName === 'H1'");
    assert.deepEqual(errors, []);
  });

  it('opens another view’s URL at `/` on that view, never showing the home view’s markup', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases.at(-1)!;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/cases/${caseStudy.id}`, { waitUntil: 'commit' });
    const firstTitle = page.getByRole('heading', { level: 1 });
    await firstTitle.waitFor();
    assert.equal(await firstTitle.textContent(), caseStudy.title);
  });
});
