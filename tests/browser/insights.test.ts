import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Request } from 'playwright-core';
import { LOCAL_PERSON, LOCAL_TEAM } from '../../src/identity/local-person';
import { accessibilityViolations, horizontalOverflow } from '../../testkit';
import { eventually } from '../support/eventually';
import { openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

/** The Monday (UTC) of this week, as the insights name it. */
function thisMonday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

describe('Insights in the tab', function () {
  this.timeout(60_000);
  const tab = useTabFixture({ background: false });

  before(async () => {
    const now = new Date(`${thisMonday()}T09:00:00Z`);
    for (let officer = 1; officer <= 6; officer++) {
      await tab.store.discussion.upsertReply({
        id: `reply-${officer}`,
        tenantId: LOCAL_PERSON.tenantId,
        teamId: LOCAL_TEAM.id,
        channelId: LOCAL_TEAM.id,
        rootMessageId: 'root-1',
        caseId: '44-1',
        authorId: `officer-${officer}`,
        authorName: 'Colleague',
        text: 'A reply.',
        createdAt: now,
        editedAt: null,
      });
    }
    for (let read = 0; read < 3; read++) {
      await tab.store.insights.recordRead(LOCAL_PERSON.tenantId, '44-1', now);
    }
  });

  it('shows the figures in tables, and the weekly chart (loaded with the view only) with the same figures', async () => {
    const page = await tab.newPage();
    const scripts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${tab.baseUrl}/`);
    await page.getByRole('link', { name: 'Insights' }).waitFor();
    assert.ok(!scripts.some((script) => /Insights/.test(script)), scripts.join(' '));
    await page.getByRole('link', { name: 'Insights' }).click();
    await page.getByRole('heading', { level: 1, name: 'Insights' }).waitFor();

    const weeks = page.getByRole('table', { name: 'Week by week' });
    const latest = weeks.locator('tbody tr').last();
    await latest.waitFor();
    assert.equal(await weeks.locator('tbody tr').count(), 13);
    const cells = await latest.locator('td').allInnerTexts();
    assert.deepEqual(cells.slice(3), ['6', '6', 'fewer than 5']);
    const cases = page.getByRole('table', { name: 'Most discussed cases' });
    assert.deepEqual(await cases.locator('tbody tr').first().locator('td').allInnerTexts(), [
      '6',
      'fewer than 5',
    ]);

    const chart = page.locator('[data-chart="week"]');
    await chart.locator('svg').first().waitFor();
    assert.ok(
      scripts.some((script) => /InsightsChart/.test(script)),
      scripts.join(' '),
    );
    const bars = await chart
      .locator('[aria-label]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label') ?? ''),
      );
    const replyBars = bars.filter((label) => /Replies/.test(label) && /\b6\b/.test(label));
    assert.equal(replyBars.length, 1, bars.join(' | '));
  });

  it('changes the period by keyboard, and downloads the same figures as CSV', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/insights`);
    const weeks = page.getByRole('table', { name: 'Week by week' });
    await weeks.locator('tbody tr').first().waitFor();
    await page.getByRole('combobox', { name: 'Period' }).focus();
    await page.keyboard.press('ArrowUp');
    await eventually(
      async () => (await weeks.locator('tbody tr').count()) === 4,
      'four weeks shown',
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download week by week as CSV' }).click(),
    ]);
    const path = await download.path();
    const csv = (await readFile(path, 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(csv.length, 5);
    assert.match(csv[4]!, new RegExp(`^${thisMonday()},0,0,1,6,6,fewer than 5$`));
  });

  it('shows the period month by month, each month its whole weeks, in the table and the chart alike', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/insights`);
    await page.getByRole('table', { name: 'Week by week' }).locator('tbody tr').first().waitFor();
    await page
      .getByRole('combobox', { name: 'Period' })
      .selectOption({ label: 'The last 3 months' });
    const months = page.getByRole('table', { name: 'Month by month' });
    await months.locator('tbody tr').last().waitFor();
    assert.equal(await months.locator('tbody tr').count(), 3);
    assert.equal(await page.getByRole('table', { name: 'Week by week' }).count(), 0);
    assert.deepEqual(
      (await months.locator('tbody tr').last().locator('td').allInnerTexts()).slice(3),
      ['6', '6', 'fewer than 5'],
    );
    assert.match(
      (await page.getByText(/the weeks of/).innerText()) ?? '',
      /a month counts the weeks whose Thursday falls in it/,
    );
    const chart = page.locator('[data-chart="month"]');
    await chart.locator('svg').first().waitFor();
    const bars = await chart
      .locator('[aria-label]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('aria-label') ?? ''),
      );
    assert.equal(bars.filter((label) => /Replies/.test(label) && /\b6\b/.test(label)).length, 1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download month by month as CSV' }).click(),
    ]);
    const csv = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(csv.length, 4);
    assert.match(csv[3]!, /,1,6,6,fewer than 5$/);
  });

  it('counts a case page read in Teams for the force, and not one read outside Teams', async () => {
    const reads = async () =>
      (await tab.store.insights.caseWeeks([LOCAL_PERSON.tenantId], thisMonday(), '2999-01-06'))
        .filter((figure) => figure.caseId === '44-2')
        .reduce((sum, figure) => sum + figure.reads, 0);
    const outside = await tab.newPage();
    await outside.goto(`${tab.baseUrl}/#/cases/44-2`);
    await outside.getByRole('heading', { level: 1 }).waitFor();
    const page = await tab.newPage();
    const host = await openInTeamsHost(page, tab.baseUrl, {
      subEntityId: '/cases/44-2',
      authToken: 'local-mode-takes-any-token',
    });
    await host.tab.getByRole('heading', { level: 1 }).waitFor();
    await eventually(async () => (await reads()) === 1, 'the read counted');
    assert.equal(await reads(), 1);
  });

  it('fits 320 CSS pixels without sideways scrolling of the page', async () => {
    const page = await tab.newPage({ width: 320, height: 640 });
    await page.goto(`${tab.baseUrl}/#/insights`);
    await page.getByRole('table', { name: 'Week by week' }).waitFor();
    assert.equal(await horizontalOverflow(page), 0);
  });

  for (const theme of ['default', 'dark', 'contrast'] as TeamsTheme[]) {
    it(`has no axe violations in Teams (${theme})`, async () => {
      const page = await tab.newPage();
      const host = await openInTeamsHost(page, tab.baseUrl, {
        theme,
        authToken: 'local-mode-takes-any-token',
      });
      await host.tab.locator(`[data-theme="${theme}"]`).waitFor();
      await host.tabFrame().evaluate(`window.location.hash = '#/insights'`);
      await host.tab
        .getByRole('table', { name: 'Week by week' })
        .locator('tbody tr')
        .first()
        .waitFor();
      await host.tab.locator('[data-chart="week"] svg').first().waitFor();
      assert.deepEqual(await accessibilityViolations(page), []);
    });
  }
});
