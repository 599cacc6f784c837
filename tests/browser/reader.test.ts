import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type {
  CaseView,
  IssueListView,
  IssueView,
  SearchResultsView,
} from '../../src/content/views';
import { AUDIENCES } from '../../src/content/model';
import { textFor } from '../../src/i18n';
import { horizontalOverflow } from '../../testkit';
import { useTabFixture } from './tab-fixture';

async function pageTitle(page: Page): Promise<string> {
  const heading = page.getByRole('heading', { level: 1 });
  await heading.waitFor();
  return (await heading.textContent()) ?? '';
}

async function attributes(locator: Locator, name: string): Promise<(string | null)[]> {
  return Promise.all((await locator.all()).map((element) => element.getAttribute(name)));
}

async function activeElementIs(page: Page, selector: string): Promise<boolean> {
  return page.evaluate<boolean>(
    `document.activeElement !== null && document.activeElement.matches(${JSON.stringify(selector)})`,
  );
}

/**
 * Records each text of the search's live region, and how often shown results vanished while a
 * newer search ran.
 */
const searchWatch = `
window.__searchWatch = { statuses: [], emptied: 0 };
const status = document.querySelector('form[role="search"] ~ [role="status"]');
let hadResults = false;
new MutationObserver(() => {
  const text = status.textContent;
  const seen = window.__searchWatch.statuses;
  if (seen[seen.length - 1] !== text) seen.push(text);
  const cards = document.querySelectorAll('article[data-case-id]').length;
  if (hadResults && cards === 0) window.__searchWatch.emptied += 1;
  hadResults = hadResults || cards > 0;
}).observe(document.body, { childList: true, subtree: true, characterData: true });
`;

describe('The tab in a browser', function () {
  const tab = useTabFixture();

  it('opens on the latest issue: number, theme, foreword and every case as a card', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/`);
    assert.equal(await pageTitle(page), `Issue ${latest.number}: ${latest.title}`);
    assert.ok(await page.getByText(`Theme: ${latest.theme}.`).isVisible());
    assert.ok(await page.getByRole('heading', { level: 2, name: 'Foreword' }).isVisible());
    const cards = page.locator('article[data-case-id]');
    assert.deepEqual(
      await attributes(cards, 'data-case-id'),
      latest.cases.map((caseStudy) => caseStudy.id),
    );
    for (const caseStudy of latest.cases) {
      assert.ok(await page.getByRole('link', { name: caseStudy.title }).isVisible());
    }
    for (const article of latest.articles) {
      assert.ok(await page.getByRole('heading', { level: 3, name: article.title }).isVisible());
    }
    for (const caseStudy of latest.cases) {
      assert.ok(
        await page.getByRole('article', { name: caseStudy.title }).isVisible(),
        'each case card is named by its title',
      );
    }
    for (const article of latest.articles) {
      assert.ok(
        await page.getByRole('article', { name: article.title }).isVisible(),
        'each article is named by its heading',
      );
    }
    if (latest.pdfUrl) {
      const pdf = page.getByRole('link', { name: /as a PDF/ });
      assert.equal(await pdf.getAttribute('href'), latest.pdfUrl);
    }
  });

  it('shows the content warning before the cases until the reader hides it', async () => {
    const list = await tab.api<IssueListView>('/api/issues');
    const warned = list.issues.find((issue) => issue.hasContentWarning);
    assert.ok(warned, 'the sample library has an issue with a content warning');
    const issue = await tab.api<IssueView>(`/api/issues/${warned.number}`);
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/${issue.number}`);
    const warning = page.getByText(issue.contentWarning ?? '');
    await warning.waitFor();
    const warningBox = await warning.boundingBox();
    const firstCardBox = await page.locator('article[data-case-id]').first().boundingBox();
    assert.ok(warningBox && firstCardBox && warningBox.y < firstCardBox.y);

    await page.getByRole('button', { name: 'Hide this warning' }).click();
    await warning.waitFor({ state: 'detached' });
    await page.waitForFunction("document.activeElement?.tagName === 'H1'");
    await page.reload();
    await pageTitle(page);
    assert.equal(await page.getByText(issue.contentWarning ?? '').count(), 0);
  });

  it('shows the issue’s content warning on a case page before the case, with no second request', async () => {
    const list = await tab.api<IssueListView>('/api/issues');
    const warned = list.issues.find((issue) => issue.hasContentWarning);
    assert.ok(warned, 'the sample library has an issue with a content warning');
    const issue = await tab.api<IssueView>(`/api/issues/${warned.number}`);
    const caseStudy = await tab.api<CaseView>(`/api/cases/${issue.cases[0]!.id}`);
    assert.equal(caseStudy.contentWarning, issue.contentWarning);
    const page = await tab.newPage();
    const apiRequests: string[] = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      // The team's response beside the case is signed-in and separate: not the case's content.
      const signedIn = pathname === '/api/me' || pathname.startsWith('/api/teams/');
      if (pathname.startsWith('/api/') && !signedIn) apiRequests.push(pathname);
    });
    await page.goto(`${tab.baseUrl}/#/cases/${caseStudy.id}`);
    const whatHappened = page.getByRole('heading', { level: 2, name: 'What happened' });
    await whatHappened.waitFor();
    const warning = page.getByText(caseStudy.contentWarning ?? '');
    assert.ok(await warning.isVisible(), 'the warning is there as soon as the case is');
    const warningBox = await warning.boundingBox();
    const sectionBox = await whatHappened.boundingBox();
    assert.ok(warningBox && sectionBox && warningBox.y < sectionBox.y);
    assert.deepEqual(
      apiRequests.filter((path) => path !== '/api/feedback'),
      [`/api/cases/${caseStudy.id}`],
      'the issue is not asked for (the reader’s own rating is)',
    );
  });

  it('shows a case study section by section and moves to the next and previous case', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const [first, second] = latest.cases;
    assert.ok(first && second, 'the latest issue has two cases');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/cases/${first.id}`);
    assert.equal(await pageTitle(page), first.title);
    const sections = await page.getByRole('heading', { level: 2 }).allTextContents();
    assert.deepEqual(sections.slice(0, 5), [
      'What happened',
      'Key learning',
      'What the force did',
      'Outcomes for the officers and staff',
      'Reflective questions',
    ]);
    assert.equal(await page.getByRole('link', { name: 'Previous case study' }).count(), 0);

    await page.getByRole('link', { name: 'Next case study' }).click();
    await page.getByRole('heading', { level: 1, name: second.title }).waitFor();
    await page.waitForFunction("document.activeElement?.tagName === 'H1'");
    await page.getByRole('link', { name: 'Previous case study' }).click();
    await page.getByRole('heading', { level: 1, name: first.title }).waitFor();
  });

  it('remembers the reader’s role and puts their questions first', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const cases = await Promise.all(
      latest.cases.map((summary) => tab.api<CaseView>(`/api/cases/${summary.id}`)),
    );
    const audiencesOf = (caseStudy: CaseView) =>
      AUDIENCES.filter((key) => caseStudy.questions.some((q) => q.audience === key));
    const chosen = cases.find((caseStudy) => audiencesOf(caseStudy).length >= 2);
    assert.ok(chosen, 'a case has questions for two audiences');
    const role = audiencesOf(chosen).at(-1)!;
    const firstGroup = (page: Page) =>
      page.locator('[data-audience]').first().getAttribute('data-audience');

    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/cases/${chosen.id}`);
    await pageTitle(page);
    assert.equal(await firstGroup(page), audiencesOf(chosen)[0]);
    await page.getByLabel('I am a …').selectOption(role);
    assert.equal(await firstGroup(page), role);
    assert.ok(
      await page
        .getByRole('heading', {
          level: 3,
          name: `${textFor('tab', 'en').text(`audience.${role}`)} (your role)`,
        })
        .isVisible(),
    );

    await page.reload();
    await pageTitle(page);
    assert.equal(await page.getByLabel('I am a …').inputValue(), role);
    assert.equal(await firstGroup(page), role);
  });

  it('opens an issue and a case directly from a link, and says under its own title when a case does not exist', async () => {
    const list = await tab.api<IssueListView>('/api/issues');
    const oldest = list.issues.at(-1)!;
    const issue = await tab.api<IssueView>(`/api/issues/${oldest.number}`);
    const lastCase = issue.cases.at(-1)!;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/issues/${oldest.number}`);
    assert.equal(await pageTitle(page), `Issue ${oldest.number}: ${oldest.title}`);
    await page.goto(`${tab.baseUrl}/#/cases/${lastCase.id}`);
    await page.getByRole('heading', { level: 1, name: lastCase.title }).waitFor();

    await page.goto(`${tab.baseUrl}/#/cases/9999-99`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /Case study 9999-99 could not be loaded/);
    assert.equal(await pageTitle(page), 'Case study not found');
    await page.waitForFunction("document.activeElement?.tagName === 'H1'");
    assert.equal(await page.title(), 'Case study not found – Learning the Lessons');
  });

  it('says the library could not be loaded when its code cannot be fetched, keeping the navigation', async () => {
    const page = await tab.newPage();
    await page.route('**/chunks/LibraryPage-*.js', (route) => route.abort('internetdisconnected'));
    await page.goto(`${tab.baseUrl}/#/library`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match((await alert.textContent()) ?? '', /The library could not be loaded/);
    assert.ok(await page.getByRole('link', { name: 'Latest issue' }).isVisible());
  });

  it('lists every issue newest first and filters them by theme', async () => {
    const list = await tab.api<IssueListView>('/api/issues');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/library`);
    assert.equal(await pageTitle(page), 'Library');
    const issueNumbers = async () =>
      (await attributes(page.locator('[data-issue]'), 'data-issue')).map(Number);
    assert.deepEqual(
      await issueNumbers(),
      list.issues.map((issue) => issue.number),
    );
    const theme = list.issues.at(-1)!.theme;
    await page.getByLabel('Theme').selectOption(theme);
    assert.deepEqual(
      await issueNumbers(),
      list.issues.filter((issue) => issue.theme === theme).map((issue) => issue.number),
    );
  });

  it('searches every case as the reader types, and narrows by factor and role', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const target = latest.cases[0]!;
    const word = target.title.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/library`);
    await page.getByLabel('Search words').waitFor();
    await page.evaluate(searchWatch);
    await page.getByLabel('Search words').pressSequentially(word.toLowerCase());
    const expected = await tab.api<SearchResultsView>(
      `/api/search?q=${encodeURIComponent(word.toLowerCase())}`,
    );
    await page.getByRole('status').filter({ hasText: /match/ }).waitFor();
    await page.locator(`article[data-case-id="${target.id}"]`).waitFor();
    await page.waitForFunction(
      `document.querySelectorAll('article[data-case-id]').length === ${expected.hits.length}`,
    );

    const factor = target.factors[0]!;
    await page.getByLabel('Factor').selectOption(factor);
    const byFactor = await tab.api<SearchResultsView>(
      `/api/search?q=${encodeURIComponent(word.toLowerCase())}&factor=${encodeURIComponent(factor)}`,
    );
    await page.waitForFunction(
      `document.querySelectorAll('article[data-case-id]').length === ${byFactor.hits.length}`,
    );
    const watched = await page.evaluate<{ statuses: string[]; emptied: number }>(
      'window.__searchWatch',
    );
    assert.ok(
      !watched.statuses.some((text) => /Searching/.test(text)),
      watched.statuses.join(' | '),
    );
    assert.equal(watched.emptied, 0, 'the results stay while the next search runs');

    const otherRole = AUDIENCES.find((key) => !target.audiences.includes(key));
    if (otherRole) {
      await page.getByLabel('Role').selectOption(otherRole);
      await page.locator(`article[data-case-id="${target.id}"]`).waitFor({ state: 'detached' });
    }
  });

  it('can be used by keyboard alone: the search box and a case card, with a visible focus', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/`);
    await pageTitle(page);
    let reachedCard = false;
    for (let press = 0; press < 15 && !reachedCard; press += 1) {
      await page.keyboard.press('Tab');
      reachedCard = await activeElementIs(page, 'article[data-case-id] a');
    }
    assert.ok(reachedCard, 'Tab reaches a case card');
    const outline = await page.evaluate<string>(
      'getComputedStyle(document.activeElement).outlineStyle',
    );
    assert.equal(outline, 'solid');
    const title = (await page.evaluate<string>('document.activeElement.textContent')) ?? '';
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: title }).waitFor();

    await page.goto(`${tab.baseUrl}/#/library`);
    await pageTitle(page);
    let reachedSearch = false;
    for (let press = 0; press < 10 && !reachedSearch; press += 1) {
      await page.keyboard.press('Tab');
      reachedSearch = await activeElementIs(page, 'input[type="search"]');
    }
    assert.ok(reachedSearch, 'Tab reaches the search box');
  });

  it('does not scroll sideways at 320 CSS pixels wide', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage({ width: 320, height: 640 });
    for (const hash of ['#/', `#/cases/${latest.cases[0]!.id}`, '#/library']) {
      await page.goto(`${tab.baseUrl}/${hash}`);
      await pageTitle(page);
      assert.equal(await horizontalOverflow(page), 0, `${hash} fits 320 px`);
    }
  });

  it('keeps the reader’s search in the URL, so the back button returns to the results', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const target = latest.cases[0]!;
    const word = target.title
      .split(/\W+/)
      .sort((a, b) => b.length - a.length)[0]!
      .toLowerCase();
    const factor = target.factors[0]!;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/library`);
    await page.getByLabel('Search words').fill(word);
    await page.getByLabel('Factor').selectOption(factor);
    const card = page.locator(`article[data-case-id="${target.id}"]`);
    await card.waitFor();
    const url = new URL(page.url());
    assert.equal(new URLSearchParams(url.hash.split('?')[1]).get('q'), word);
    await card.getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: target.title }).waitFor();

    await page.goBack();
    await page.getByRole('heading', { level: 1, name: 'Library' }).waitFor();
    assert.equal(await page.getByLabel('Search words').inputValue(), word);
    assert.equal(await page.getByLabel('Factor').inputValue(), factor);
    await card.waitFor();
  });

  it('names the notice on the channel tab’s set-up page when it is opened outside Teams', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/config`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    const notice = page.getByRole('group', { name: 'Open this page from Teams' });
    assert.ok(await notice.isVisible());
    assert.match((await notice.textContent()) ?? '', /Add a tab/);
  });
});
