import assert from 'node:assert/strict';
import {
  isPluralElement,
  isSelectElement,
  parse,
  TYPE,
  type MessageFormatElement,
} from '@formatjs/icu-messageformat-parser';
import type { Frame, Page } from 'playwright-core';
import type { IssueListView, IssueView } from '../../src/content/views';
import { catalogues } from '../../src/i18n';
import { accessibilityViolations } from '../../testkit';
import { openInTeamsHost, type TeamsHost } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

/** The literal text of a message: its words between placeholders, in every plural form. */
function literals(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal) return [element.value];
    if (isPluralElement(element) || isSelectElement(element)) {
      return Object.values(element.options).flatMap((option) => literals(option.value));
    }
    return [];
  });
}

const welshMessages = [
  ...Object.values(catalogues.common.cy.messages),
  ...Object.values(catalogues.tab.cy.messages),
].join('\n');

/**
 * Every piece of the tab's English interface text a Welsh page must not show: the words of each
 * English message, less those the Welsh uses too (proper names such as Microsoft Teams).
 */
const englishInterface = [
  ...new Set(
    [...Object.values(catalogues.common.en.messages), ...Object.values(catalogues.tab.en.messages)]
      .flatMap((message) => literals(parse(message)))
      .map((text) => text.trim())
      .filter((text) => text.length >= 4 && /\p{L}/u.test(text) && !welshMessages.includes(text)),
  ),
];

/**
 * The English interface text a page shows outside content marked `lang="en"`: in its text, its
 * labels and its title.
 */
async function englishShown(target: Page | Frame): Promise<string[]> {
  return target.evaluate<string[]>(`(() => {
    const fragments = ${JSON.stringify(englishInterface)};
    const english = (element) =>
      (element.closest('[lang]')?.getAttribute('lang') ?? '').toLowerCase().startsWith('en');
    const texts = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const parent = walker.currentNode.parentElement;
      if (!parent || english(parent) || parent.closest('script, style, noscript')) continue;
      texts.push(walker.currentNode.textContent ?? '');
    }
    for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder]')) {
      if (english(element)) continue;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        texts.push(element.getAttribute(name) ?? '');
      }
    }
    const shown = texts.join('\\n');
    return fragments.filter((fragment) => shown.includes(fragment));
  })()`);
}

async function showView(host: TeamsHost, hash: string, title: string | RegExp): Promise<void> {
  await host.tabFrame().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
  await host.tab.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** How many elements of the main region are marked as English. */
async function englishInMain(host: TeamsHost): Promise<number> {
  return host.tabFrame().evaluate<number>(`document.querySelectorAll('main [lang^="en"]').length`);
}

describe('The tab in Welsh', function () {
  const service = useTabFixture();

  it('shows every view in Welsh for a Teams user whose language is Welsh, marking English content', async function () {
    this.timeout(120_000);
    const list = await service.api<IssueListView>('/api/issues?lang=cy');
    const translated = list.issues.find((issue) => issue.language === 'cy');
    const untranslated = list.issues.find((issue) => issue.language === 'en');
    assert.ok(translated && untranslated, 'the sample library has a translated issue and others');
    const [welshIssue, englishIssue] = await Promise.all([
      service.api<IssueView>(`/api/issues/${translated.number}?lang=cy`),
      service.api<IssueView>(`/api/issues/${untranslated.number}?lang=cy`),
    ]);
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, { locale: 'cy-GB', authToken: null });
    const frame = () => host.tabFrame();

    await host.tab.getByRole('heading', { level: 1 }).waitFor();
    assert.equal(await frame().evaluate<string>('document.documentElement.lang'), 'cy');

    const views: [string, string, string | RegExp][] = [
      [
        'an English-only issue',
        `#/issues/${englishIssue.number}`,
        `Rhifyn ${englishIssue.number}: ${englishIssue.title}`,
      ],
      [
        'a translated issue',
        `#/issues/${welshIssue.number}`,
        `Rhifyn ${welshIssue.number}: ${welshIssue.title}`,
      ],
      ['a translated case', `#/cases/${welshIssue.cases[0]!.id}`, welshIssue.cases[0]!.title],
      [
        'an English-only case',
        `#/cases/${englishIssue.cases[0]!.id}`,
        englishIssue.cases[0]!.title,
      ],
      ['the library', '#/library', 'Llyfrgell'],
    ];
    for (const [view, hash, title] of views) {
      await showView(host, hash, title);
      if (view === 'the library') {
        await host.tab.getByLabel('Geiriau chwilio').fill('gyrru');
        await host.tab.getByRole('status').filter({ hasText: 'yn cyfateb' }).waitFor();
        await host.tab.locator('article[data-case-id]').first().waitFor();
      }
      assert.deepEqual(await englishShown(frame()), [], `${view} shows no English interface text`);
      assert.deepEqual(await accessibilityViolations(page), [], `${view} has no axe violations`);
    }

    await showView(
      host,
      `#/issues/${welshIssue.number}`,
      `Rhifyn ${welshIssue.number}: ${welshIssue.title}`,
    );
    assert.equal(await englishInMain(host), 0, 'a translated issue has no English in it');
    await host.tab
      .locator(`time[datetime="${welshIssue.publishedOn}"]`, {
        hasText: new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeZone: 'UTC' }).format(
          new Date(`${welshIssue.publishedOn}T00:00:00Z`),
        ),
      })
      .waitFor();

    await showView(
      host,
      `#/issues/${englishIssue.number}`,
      `Rhifyn ${englishIssue.number}: ${englishIssue.title}`,
    );
    await host.tab.getByText('Nid yw’r rhifyn hwn wedi’i gyfieithu i’r Gymraeg eto').waitFor();
    assert.equal(
      await host.tab.locator('h1 [lang="en"]').textContent(),
      englishIssue.title,
      'the English title is marked as English for screen readers',
    );
    assert.ok((await englishInMain(host)) > 0);

    await showView(host, `#/cases/${englishIssue.cases[0]!.id}`, englishIssue.cases[0]!.title);
    await host.tab.getByText('Nid yw’r astudiaeth achos hon wedi’i chyfieithu').waitFor();
    await host.tab.getByRole('heading', { level: 2, name: 'Beth ddigwyddodd' }).waitFor();
  });

  it('counts case studies with the Welsh plural forms in the library', async () => {
    const list = await service.api<IssueListView>('/api/issues?lang=cy');
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, { locale: 'cy', path: '/#/library' });
    await host.tab.getByRole('heading', { level: 1, name: 'Llyfrgell' }).waitFor();
    for (const issue of list.issues) {
      const item = host.tab.locator(`[data-issue="${issue.number}"]`);
      assert.match(
        (await item.textContent()) ?? '',
        new RegExp(`${issue.caseCount} astudiaeth achos\\.`),
      );
    }
  });

  it('shows the set-up page of a channel tab in Welsh', async () => {
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, {
      locale: 'cy-GB',
      path: '/config',
      frameContext: 'settings',
    });
    await host.tab.getByRole('radio', { name: 'Un rhifyn o’ch dewis' }).check();
    await host.tab.getByLabel('Rhifyn', { exact: true }).waitFor();
    assert.deepEqual(await englishShown(host.tabFrame()), []);
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('switches language from any page and remembers the choice', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const page = await service.newPage();
    await page.goto(`${service.baseUrl}/`);
    await page
      .getByRole('heading', { level: 1, name: `Issue ${latest.number}: ${latest.title}` })
      .waitFor();

    assert.ok((await englishShown(page)).length > 0, 'the check sees English where it is shown');

    await page.getByRole('button', { name: 'Cymraeg' }).click();
    await page.getByRole('heading', { level: 1, name: `Rhifyn ${latest.number}:` }).waitFor();
    assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'cy');
    assert.equal(await page.getByRole('button', { name: 'English' }).getAttribute('lang'), 'en');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Rhifyn ${latest.number}:` }).waitFor();
    assert.deepEqual(await englishShown(page), []);
    await page.getByRole('link', { name: 'Llyfrgell a chwilio' }).click();
    await page.getByRole('heading', { level: 1, name: 'Llyfrgell' }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
  });

  it('opens in Welsh in a browser set to Welsh, and keeps a Welsh reader’s choice of English in Teams', async () => {
    const latest = await service.api<IssueView>('/api/issues/latest');
    const page = await service.newPage(undefined, 'cy-GB');
    await page.goto(`${service.baseUrl}/`);
    await page.getByRole('heading', { level: 1, name: `Rhifyn ${latest.number}:` }).waitFor();

    const inTeams = await service.newPage();
    const host = await openInTeamsHost(inTeams, service.baseUrl, { locale: 'cy-GB' });
    await host.tab.getByRole('heading', { level: 1, name: `Rhifyn ${latest.number}:` }).waitFor();
    await host.tab.getByRole('button', { name: 'English' }).click();
    await host.tab.getByRole('heading', { level: 1, name: `Issue ${latest.number}:` }).waitFor();
    await inTeams.reload();
    await host.tab.getByRole('heading', { level: 1, name: `Issue ${latest.number}:` }).waitFor();
  });

  it('links the accessibility statement and privacy notice in the reader’s language from every page', async () => {
    const page = await service.newPage();
    const host = await openInTeamsHost(page, service.baseUrl, { locale: 'cy-GB' });
    for (const hash of ['#/', '#/library']) {
      await host.tabFrame().evaluate(`window.location.hash = ${JSON.stringify(hash)}`);
      const link = host.tab.getByRole('link', { name: /Datganiad hygyrchedd/ });
      await link.waitFor();
      assert.equal(await link.getAttribute('href'), '/accessibility?lang=cy');
      assert.equal(
        await host.tab.getByRole('link', { name: /Hysbysiad preifatrwydd/ }).getAttribute('href'),
        '/privacy?lang=cy',
      );
    }
  });
});
