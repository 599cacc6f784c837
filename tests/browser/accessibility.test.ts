import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import type { IssueListView, IssueView } from '../../src/content/views';
import { caseSubPage } from '../../src/links';
import { accessibilityViolations } from '../../testkit';
import { HOST_IDS, openInTeamsHost, type TeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

const themes: TeamsTheme[] = ['default', 'dark', 'contrast'];

async function expectNoViolations(page: Page, view: string): Promise<void> {
  assert.deepEqual(await accessibilityViolations(page), [], `${view} has no axe violations`);
}

async function showView(host: TeamsHost, hash: string, title: string): Promise<void> {
  await host.tabFrame().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await host.tab.getByRole('heading', { level: 1, name: title }).waitFor();
}

async function headingLevels(host: TeamsHost): Promise<number[]> {
  return host
    .tabFrame()
    .evaluate<number[]>(
      "Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'), (h) => Number(h.tagName[1]))",
    );
}

function assertOrderedHeadings(levels: number[], view: string): void {
  assert.equal(levels.filter((level) => level === 1).length, 1, `${view} has one h1`);
  assert.equal(levels[0], 1, `${view} starts with its h1`);
  levels.forEach((level, index) => {
    if (index > 0) assert.ok(level <= levels[index - 1]! + 1, `${view} skips no heading level`);
  });
}

describe('The tab’s accessibility in every Teams theme', function () {
  const service = useTabFixture();

  for (const theme of themes) {
    it(`has no axe violations and ordered headings on every reader view (${theme})`, async function () {
      this.timeout(90_000);
      const [latest, list] = await Promise.all([
        service.api<IssueView>('/api/issues/latest'),
        service.api<IssueListView>('/api/issues'),
      ]);
      const older = list.issues.at(-1)!;
      const caseStudy = latest.cases[0]!;
      const page = await service.newPage();
      const host = await openInTeamsHost(page, service.baseUrl, { theme, authToken: null });
      await host.tab.locator(`[data-theme="${theme}"]`).waitFor();
      const views: [string, string, string][] = [
        ['latest issue', '#/', `Issue ${latest.number}: ${latest.title}`],
        ['older issue', `#/issues/${older.number}`, `Issue ${older.number}: ${older.title}`],
        [
          'case with discussion',
          `#${caseSubPage(caseStudy.id, { team: HOST_IDS.groupId, channel: HOST_IDS.channelId, thread: '1' })}`,
          caseStudy.title,
        ],
        ['library', '#/library', 'Library'],
      ];
      for (const [view, hash, title] of views) {
        await showView(host, hash, title);
        if (view === 'case with discussion') {
          await host.tab.getByLabel('I am a …').selectOption(caseStudy.audiences.at(-1)!);
          await host.tab.getByText('Teams could not confirm who you are').waitFor();
        }
        if (view === 'library') {
          await host.tab.getByLabel('Search words').fill(caseStudy.title.split(' ').at(-1)!);
          await host.tab.locator('article[data-case-id]').first().waitFor();
        }
        assertOrderedHeadings(await headingLevels(host), view);
        await expectNoViolations(page, `${view} (${theme})`);
      }
    });
  }

  for (const theme of themes) {
    it(`has no axe violations on the configuration page (${theme})`, async () => {
      const page = await service.newPage();
      const host = await openInTeamsHost(page, service.baseUrl, {
        theme,
        path: '/config',
        frameContext: 'settings',
      });
      await host.tab.getByRole('radio', { name: 'One chosen issue' }).check();
      await host.tab.getByLabel('Issue', { exact: true }).waitFor();
      assertOrderedHeadings(await headingLevels(host), 'configuration page');
      await expectNoViolations(page, `configuration page (${theme})`);
    });
  }

  it('has no axe violations on the accessibility statement, privacy notice and terms, in both languages', async function () {
    this.timeout(60_000);
    const page = await service.newPage();
    for (const path of ['/accessibility', '/privacy', '/terms']) {
      for (const lang of ['en', 'cy']) {
        await page.goto(`${service.baseUrl}${path}?lang=${lang}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await expectNoViolations(page, `${path}?lang=${lang}`);
      }
    }
  });
});
