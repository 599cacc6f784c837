import assert from 'node:assert/strict';
import type { Page, Request } from 'playwright-core';
import type { CaseView, IssueView } from '../../src/content/views';
import { accessibilityViolations, horizontalOverflow } from '../../testkit';
import { openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

/** The page view's drawn page: its region, once PDF.js has drawn the picture and the text. */
async function drawnPage(page: Page, number: number, count: number) {
  const region = page.getByRole('region', { name: `Page ${number} of ${count}` });
  await region.and(page.locator('[aria-busy="false"]')).waitFor();
  return region;
}

describe('The issue as published, page by page in the tab', function () {
  const tab = useTabFixture();
  let issue: IssueView;

  before(async () => {
    issue = await tab.api<IssueView>('/api/issues/44');
  });

  it('opens from the issue, and draws a page with its text as a text layer', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/44`);
    await page.getByRole('link', { name: 'Read issue 44 as published, page by page' }).click();
    assert.equal(new URL(page.url()).hash, '#/issues/44/pages/1');
    await page
      .getByRole('heading', { level: 1, name: 'Issue 44: Corruption, as published' })
      .waitFor();
    const region = await drawnPage(page, 1, 12);
    const text = await region.locator('span').allTextContents();
    assert.ok(text.join(' ').includes('Issue 44: Corruption'), 'the page’s own text is there');
    assert.ok(await region.locator('canvas[aria-hidden="true"]').isVisible());
    assert.ok(await page.getByText('Sample content, not IOPC material').first().isVisible());
  });

  it('fetches the PDF by byte ranges, as the page needs it', async () => {
    const page = await tab.newPage();
    const answers: { range: string | undefined; status: number }[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/api/issues/44/pdf') {
        answers.push({ range: response.request().headers().range, status: response.status() });
      }
    });
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/5`);
    await drawnPage(page, 5, 12);
    const ranged = answers.filter((answer) => answer.range !== undefined);
    assert.ok(ranged.length > 0, JSON.stringify(answers));
    assert.ok(ranged.every((answer) => answer.status === 206));
  });

  it('loads PDF.js only when the page view is opened', async () => {
    const page = await tab.newPage();
    const scripts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${tab.baseUrl}/#/issues/44`);
    await page.getByRole('link', { name: 'Read issue 44 as published, page by page' }).waitFor();
    assert.ok(!scripts.some((script) => /IssuePages|pdf\.worker/.test(script)), scripts.join(' '));
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/2`);
    await drawnPage(page, 2, 12);
  });

  it('opens a page from its link, and turns pages by the links and by keyboard', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/3`);
    const region = await drawnPage(page, 3, 12);
    await page.getByRole('link', { name: 'Next page' }).click();
    await drawnPage(page, 4, 12);
    assert.equal(new URL(page.url()).hash, '#/issues/44/pages/4');
    await page.getByRole('link', { name: 'Previous page' }).click();
    await drawnPage(page, 3, 12);

    await region.focus();
    await page.keyboard.press('PageDown');
    await drawnPage(page, 4, 12);
    await page.keyboard.press('ArrowRight');
    await drawnPage(page, 5, 12);
    await page.keyboard.press('ArrowLeft');
    await drawnPage(page, 4, 12);
    assert.equal(await page.getByRole('status').filter({ hasText: 'Page 4 of 12' }).count(), 1);
    await page.goBack();
    await drawnPage(page, 5, 12);

    await page.getByLabel('Page number').fill('12');
    await page.getByRole('button', { name: 'Go' }).click();
    await drawnPage(page, 12, 12);
    assert.ok(await page.getByRole('button', { name: 'Next page' }).isDisabled());
  });

  it('zooms in and out, and back to the width of the view', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/1`);
    const region = await drawnPage(page, 1, 12);
    const width = async () => (await region.locator('canvas').boundingBox())!.width;
    const fitted = await width();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await drawnPage(page, 1, 12);
    assert.ok((await width()) > fitted * 1.2, 'zoomed in');
    await page.getByText('Zoom: 125%').waitFor();
    await page.getByRole('button', { name: 'Fit to width' }).click();
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await page.getByText('Zoom: 75%').waitFor();
    await drawnPage(page, 1, 12);
    assert.ok((await width()) < fitted * 0.8, 'zoomed out');
  });

  it('opens a case’s page from the case (“See it in the issue”)', async () => {
    const caseStudy = await tab.api<CaseView>('/api/cases/44-3');
    assert.ok(caseStudy.pdfPage);
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/cases/44-3`);
    await page
      .getByRole('link', { name: `See it in the issue as published (page ${caseStudy.pdfPage})` })
      .click();
    const region = await drawnPage(page, caseStudy.pdfPage, 12);
    assert.ok((await region.textContent())!.includes(caseStudy.title));
  });

  it('says when a page does not exist, and leads to the first', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/40`);
    await page.getByText('There is no page 40: this issue has 12 pages.').waitFor();
    await page.getByRole('link', { name: 'Go to the first page' }).click();
    await drawnPage(page, 1, 12);
  });

  it('fits 320 CSS pixels without sideways scrolling', async () => {
    const page = await tab.newPage({ width: 320, height: 640 });
    await page.goto(`${tab.baseUrl}/#/issues/44/pages/2`);
    await drawnPage(page, 2, 12);
    assert.equal(await horizontalOverflow(page), 0);
  });

  it('is in Welsh for a Welsh reader, with the English of the PDF marked as English', async () => {
    const page = await tab.newPage(undefined, 'cy-GB');
    await page.goto(`${tab.baseUrl}/#/issues/38/pages/1`);
    await page
      .getByRole('heading', { level: 1, name: 'Rhifyn 38: Plismona ffyrdd, fel y’i cyhoeddwyd' })
      .waitFor();
    const region = page.getByRole('region', { name: 'Tudalen 1 o 10' });
    await region.and(page.locator('[aria-busy="false"]')).waitFor();
    assert.equal(await region.locator('[lang="en"]').count(), 1);
    assert.ok(await page.getByText('Cynnwys sampl, nid deunydd yr IOPC').first().isVisible());
  });

  for (const theme of ['default', 'dark', 'contrast'] as TeamsTheme[]) {
    it(`has no axe violations in Teams (${theme})`, async function () {
      this.timeout(60_000);
      const page = await tab.newPage();
      const host = await openInTeamsHost(page, tab.baseUrl, { theme, authToken: null });
      await host.tab.locator(`[data-theme="${theme}"]`).waitFor();
      await host.tabFrame().evaluate(`window.location.hash = '#/issues/${issue.number}/pages/2'`);
      await host.tab
        .getByRole('region', { name: 'Page 2 of 12' })
        .and(host.tab.locator('[aria-busy="false"]'))
        .waitFor();
      assert.deepEqual(await accessibilityViolations(page), []);
    });
  }
});
