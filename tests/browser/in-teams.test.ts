import assert from 'node:assert/strict';
import type { FrameLocator } from 'playwright-core';
import type { IssueListView, IssueView } from '../../src/content/views';
import { caseSubPage } from '../../src/links';
import { HOST_IDS, openInTeamsHost } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

async function tabTitle(tab: FrameLocator): Promise<string> {
  const heading = tab.getByRole('heading', { level: 1 });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

const thread = { team: HOST_IDS.groupId, channel: HOST_IDS.channelId, thread: '1700000000000' };

describe('The tab inside Teams', function () {
  const service = useTabFixture();

  it('takes its theme from the Teams context and follows a live theme change', async () => {
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, { theme: 'dark' });
    await tabTitle(host.tab);
    await host.tab.locator('[data-theme="dark"]').waitFor();
    const darkBackground = await host
      .tabFrame()
      .evaluate<string>(
        'getComputedStyle(document.querySelector("main").parentElement).backgroundColor',
      );

    await host.setTheme('contrast');
    await host.tab.locator('[data-theme="contrast"]').waitFor();
    await host.setTheme('default');
    await host.tab.locator('[data-theme="default"]').waitFor();
    const lightBackground = await host
      .tabFrame()
      .evaluate<string>(
        'getComputedStyle(document.querySelector("main").parentElement).backgroundColor',
      );
    assert.notEqual(lightBackground, darkBackground);
  });

  it('opens the case a channel card links to through the sub-page id', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases.at(-1)!;
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      subEntityId: caseSubPage(caseStudy.id),
    });
    await host.tab.getByRole('heading', { level: 1, name: caseStudy.title }).waitFor();
    assert.equal(new URL(host.tabFrame().url()).hash, `#/cases/${caseStudy.id}`);
  });

  it('opens the sub-page the host names when the tab’s URL ends in `#/` or `#`', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases.at(-1)!;
    for (const path of ['/#/', '/#']) {
      const page = await service.newPage();
      const host = await openInTeamsHost(page, service.baseUrl, {
        path,
        subEntityId: caseSubPage(caseStudy.id),
      });
      await host.tab.getByRole('heading', { level: 1, name: caseStudy.title }).waitFor();
      assert.equal(new URL(host.tabFrame().url()).hash, `#/cases/${caseStudy.id}`, path);
    }
  });

  it('connects to a slow host that answers after the tab has shown itself as a web page', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases.at(-1)!;
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      theme: 'dark',
      subEntityId: caseSubPage(caseStudy.id),
      initializeDelayMs: 2500, // longer than the tab's HOST_TIMEOUT_MS (1.5 s)
    });
    await host.tab.getByRole('heading', { level: 1, name: caseStudy.title }).waitFor();
    await host.tab.locator('[data-theme="dark"]').waitFor();
  });

  it('shows dates in the host’s locale when it is of the page’s language, else in the language’s own', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const date = new Date(`${latest.publishedOn}T00:00:00Z`);
    const format = (locale: string) =>
      new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    for (const [locale, expected] of [
      ['en-US', format('en-US')],
      ['fr-FR', format('en-GB')],
    ] as const) {
      const page = await service.newPage();
      const host = await openInTeamsHost(page, service.baseUrl, { locale });
      await tabTitle(host.tab);
      await host.tab
        .locator(`time[datetime="${latest.publishedOn}"]`, { hasText: expected })
        .waitFor();
    }
  });

  it('saves a channel tab that always shows the latest issue', async () => {
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: '/config',
      frameContext: 'settings',
    });
    await host.tab.getByRole('radio', { name: 'Always the latest issue' }).waitFor();
    await page.waitForFunction(
      "window.__hostCalls.some((call) => call.func === 'settings.setValidityState' && call.args[0] === true)",
    );
    const saved = await host.save();
    assert.equal(saved.entityId, 'latest');
    assert.equal(saved.contentUrl, `${service.baseUrl}/`);
  });

  it('saves a channel tab pinned to one chosen issue', async () => {
    const list = await service.api<IssueListView>('/api/issues');
    const chosen = list.issues[1] ?? list.issues[0]!;
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: '/config',
      frameContext: 'settings',
    });
    await host.tab.getByRole('radio', { name: 'One chosen issue' }).check();
    await host.tab.getByLabel('Issue', { exact: true }).selectOption(String(chosen.number));
    const saved = await host.save();
    assert.equal(saved.entityId, `issue-${chosen.number}`);
    assert.equal(saved.contentUrl, `${service.baseUrl}/#/issues/${chosen.number}`);
  });

  it('says why a thread’s discussion is hidden when Teams gives no sign-in token', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      subEntityId: caseSubPage(latest.cases[0]!.id, thread),
      authToken: null,
    });
    await host.tab.getByText('Teams could not confirm who you are').waitFor();
  });

  it('says why a thread’s discussion is hidden when Teams never answers the sign-in request', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const page = await service.newPage();
    await page.clock.install();
    const host = await openInTeamsHost(page, service.baseUrl, {
      subEntityId: caseSubPage(latest.cases[0]!.id, thread),
      authTokenUnanswered: true,
    });
    await page.waitForFunction(
      "window.__hostCalls.some((call) => call.func === 'authentication.getAuthToken')",
    );
    await host.tab.getByText('Loading your team’s discussion…').waitFor();
    await page.clock.fastForward('01:00'); // past the tab's wait for a token (SSO_TIMEOUT_MS)
    await host.tab.getByText('Teams could not confirm who you are').waitFor();
  });
});
