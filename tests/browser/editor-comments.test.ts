import assert from 'node:assert/strict';
import type { Locator, Page, Request } from 'playwright-core';
import type { EditorCommentView } from '../../src/content/views';
import { LOCAL_PERSON } from '../../src/identity/local-person';
import type { InsightsView } from '../../src/insights/view';
import { accessibilityViolations, FakeGraph, horizontalOverflow } from '../../testkit';
import { eventually } from '../support/eventually';
import { SsoTokens } from '../support/sso-tokens';
import { HOST_IDS, openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

/** Whether `target` has the keyboard focus. */
const focused = (target: Locator) =>
  target.evaluate((element) => element === element.ownerDocument.activeElement);

/** Presses Tab until `target` has the focus (at most 60 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await focused(target)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('the keyboard never reached the target');
}

/** The Monday (UTC) of this week, as the insights name it. */
function thisMonday(): string {
  const day = new Date();
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

const COMMENTS = [
  { personId: 'reader-1', issueNumber: 44, caseId: '44-1', rating: 4, comment: 'Clear and short.' },
  {
    personId: 'reader-2',
    issueNumber: 44,
    caseId: null,
    rating: 2,
    comment: 'Too long for a briefing.',
  },
  {
    personId: 'reader-3',
    issueNumber: 38,
    caseId: '38-1',
    rating: 5,
    comment: 'We used it with new drivers.',
  },
] as const;

describe('The editors’ screen of readers’ comments', function () {
  this.timeout(60_000);
  const tab = useTabFixture({ background: false });

  before(async () => {
    for (const [index, comment] of COMMENTS.entries()) {
      await tab.store.feedback.saveRating({
        tenantId: LOCAL_PERSON.tenantId,
        ...comment,
        ratedAt: new Date(Date.now() - (COMMENTS.length - index) * 60_000),
      });
    }
  });

  const insightsComments = async () =>
    (
      await tab.api<InsightsView>(`/api/insights?from=${thisMonday()}&to=${thisMonday()}`)
    ).comments.map((comment) => comment.comment);

  const commentList = (page: Page) => page.getByRole('main').getByRole('listitem');

  it('an editor hides a comment, which leaves the insights, and shows it again', async () => {
    const page = await tab.newPage();
    const scripts: string[] = [];
    page.on('request', (request: Request) => {
      if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${tab.baseUrl}/`);
    const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Readers’ comments',
    });
    await link.waitFor();
    assert.ok(!scripts.some((script) => /EditorComments/.test(script)), scripts.join(' '));
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Readers’ comments' }).waitFor();
    assert.ok(
      scripts.some((script) => /EditorComments/.test(script)),
      scripts.join(' '),
    );

    const items = commentList(page);
    await items.first().waitFor();
    assert.deepEqual(
      (await items.allInnerTexts()).map((text) =>
        COMMENTS.findIndex((c) => text.includes(c.comment)),
      ),
      [2, 1, 0],
      'newest first',
    );
    const first = items.filter({ hasText: 'Clear and short.' });
    const about = await first.getByRole('link').first();
    assert.equal(await about.getAttribute('href'), '#/cases/44-1');
    assert.match(await about.innerText(), /^44-1: Messages to a victim of crime$/);
    assert.match(await first.innerText(), /Issue 44: Corruption/);
    assert.match(await first.innerText(), /Rated 4 out of 5/);
    assert.match(await first.innerText(), /Shown/);
    assert.ok((await insightsComments()).includes('Clear and short.'));

    await first
      .getByRole('button', { name: /^Hide the comment on 44-1: Messages to a victim/ })
      .click();
    await page
      .getByRole('status')
      .filter({ hasText: 'The comment on 44-1: Messages to a victim of crime is hidden' })
      .waitFor();
    await first.getByRole('button', { name: /^Show the comment on 44-1/ }).waitFor();
    assert.match(await first.innerText(), /Hidden/);
    assert.ok(!(await insightsComments()).includes('Clear and short.'));
    assert.deepEqual(
      (await tab.api<{ comments: EditorCommentView[] }>('/api/feedback/comments')).comments
        .filter((comment) => comment.hidden)
        .map((comment) => comment.comment),
      ['Clear and short.'],
    );

    await page.getByRole('link', { name: 'Insights' }).click();
    const insightsSection = page.getByRole('region', { name: 'Readers’ comments (without names)' });
    await insightsSection.getByText('Too long for a briefing.').waitFor();
    assert.equal(await insightsSection.getByText('Clear and short.').count(), 0);

    await insightsSection.getByRole('link', { name: 'Hide or show readers’ comments' }).click();
    const again = commentList(page).filter({ hasText: 'Clear and short.' });
    await again.getByRole('button', { name: /^Show the comment on 44-1/ }).click();
    await page.getByRole('status').filter({ hasText: 'is shown again' }).waitFor();
    assert.ok((await insightsComments()).includes('Clear and short.'));
  });

  it('filters by state and by issue, and hides a comment, by keyboard alone', async () => {
    await tab.store.feedback.setCommentHidden(
      (
        await tab.store.feedback.comments({ from: new Date(0), to: new Date(Date.now() + 1000) })
      ).find((comment) => comment.comment === 'We used it with new drivers.')!.id,
      true,
    );
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/comments`);
    const items = commentList(page);
    await items.first().waitFor();
    assert.equal(await items.count(), 3);

    await page.getByRole('combobox', { name: 'Show' }).focus();
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await items.count()) === 2, 'the shown comments only');
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await items.count()) === 1, 'the hidden comment only');
    assert.match(await items.first().innerText(), /We used it with new drivers\./);
    assert.match(await items.first().innerText(), /Issue 38: Roads policing/);

    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    const issue = page.getByRole('combobox', { name: 'Issue' });
    assert.equal(await focused(issue), true);
    await page.keyboard.press('ArrowDown');
    await eventually(async () => (await items.count()) === 2, 'issue 44 only');
    assert.equal(await issue.inputValue(), '44');

    const hide = page.getByRole('button', { name: /^Hide the comment on Issue 44: Corruption/ });
    await tabTo(page, hide);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is hidden' }).waitFor();
    const show = page.getByRole('button', { name: /^Show the comment on Issue 44: Corruption/ });
    assert.equal(await focused(show), true, 'focus stays on the toggle');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'is shown again' }).waitFor();
  });

  it('says so when a change is refused, and the comment keeps its real state', async () => {
    const page = await tab.newPage();
    await page.route('**/api/feedback/comments/*/hidden', (route) =>
      route.fulfill({
        status: 503,
        contentType: 'application/problem+json',
        body: JSON.stringify({ title: 'Unavailable', status: 503 }),
      }),
    );
    await page.goto(`${tab.baseUrl}/#/comments`);
    const first = commentList(page).filter({ hasText: 'Clear and short.' });
    await first.getByRole('button', { name: /^Hide the comment/ }).click();
    await first
      .getByRole('alert')
      .filter({ hasText: 'could not be hidden, so it is still shown' })
      .waitFor();
    await first.getByRole('button', { name: /^Hide the comment/ }).waitFor();
    assert.match(await first.innerText(), /Shown/);
    assert.ok((await insightsComments()).includes('Clear and short.'));
  });

  it('fits 320 CSS pixels without sideways scrolling of the page', async () => {
    const page = await tab.newPage({ width: 320, height: 640 });
    await page.goto(`${tab.baseUrl}/#/comments`);
    await commentList(page).first().waitFor();
    assert.equal(await horizontalOverflow(page), 0);
  });

  for (const theme of ['default', 'dark', 'contrast'] as TeamsTheme[]) {
    it(`has no axe violations in Teams (${theme})`, async () => {
      const page = await tab.newPage();
      const host = await openInTeamsHost(page, tab.baseUrl, {
        theme,
        subEntityId: '/comments',
        authToken: 'local-mode-takes-any-token',
      });
      await host.tab.locator(`[data-theme="${theme}"]`).waitFor();
      await host.tab.getByRole('main').getByRole('listitem').first().waitFor();
      assert.deepEqual(await accessibilityViolations(page), []);
    });
  }

  it('is in Welsh for a Welsh-speaking editor, with the Welsh titles of translated cases', async () => {
    const page = await tab.newPage();
    const host = await openInTeamsHost(page, tab.baseUrl, {
      locale: 'cy-GB',
      subEntityId: '/comments',
      authToken: 'local-mode-takes-any-token',
    });
    await host.tab.getByRole('heading', { level: 1, name: 'Sylwadau darllenwyr' }).waitFor();
    const roads = host.tab
      .getByRole('main')
      .getByRole('listitem')
      .filter({ hasText: 'We used it with new drivers.' });
    await roads.getByRole('link', { name: '38-1: Drwy olau coch ar alwad frys' }).waitFor();
    assert.match(await roads.innerText(), /Rhifyn 38: Plismona ffyrdd/);
    await roads
      .getByRole('button', { name: /^(Cuddio’r|Dangos y) sylw am 38-1: Drwy olau coch/ })
      .waitFor();
    await host.tab
      .getByRole('navigation', { name: 'Prif ddewislen' })
      .getByRole('link', { name: 'Sylwadau darllenwyr' })
      .waitFor();
  });

  it('lists the newest 50 comments, and 50 more on request, the keyboard moving on to them', async () => {
    for (let reader = 1; reader <= 60; reader++) {
      await tab.store.feedback.saveRating({
        tenantId: LOCAL_PERSON.tenantId,
        personId: `many-${reader}`,
        issueNumber: 46,
        caseId: null,
        rating: 3,
        comment: `Comment number ${reader}.`,
        ratedAt: new Date(Date.now() - 3_600_000 + reader * 1000),
      });
    }
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/comments`);
    const items = commentList(page);
    await items.first().waitFor();
    assert.equal(await items.count(), 50);
    await page.getByText('63 comments of 63 The newest 50 are listed.').waitFor();
    assert.match(
      await items.nth(3).innerText(),
      /Comment number 60\./,
      'after the three newer ones',
    );
    assert.match(await items.last().innerText(), /Comment number 14\./);
    await page.getByRole('button', { name: 'Show 13 more comments' }).press('Enter');
    await eventually(async () => (await items.count()) === 63, 'every comment listed');
    assert.equal(await focused(items.nth(50).getByRole('link')), true);
    assert.equal(await page.getByRole('button', { name: /^Show \d+ more/ }).count(), 0);
  });
});

describe('The editors’ screen for someone without the Editor role', function () {
  this.timeout(60_000);
  const appId = '5e0a0000-0000-4000-8000-0000000000c3';
  const graph = new FakeGraph();
  let sso: SsoTokens;
  const env: Record<string, string> = {
    MICROSOFT_APP_ID: appId,
    MICROSOFT_APP_PASSWORD: 'not-a-real-secret',
    MICROSOFT_APP_TENANT_ID: 'dddddddd-0000-4000-8000-00000000000d',
    ALLOWED_TENANTS: HOST_IDS.tid,
  };
  before(async () => {
    sso = await SsoTokens.create();
    await graph.start();
    graph.signingKeys = sso.jwks;
    env.AUTHORITY_HOST = graph.url;
  });
  after(() => graph.stop());
  const tab = useTabFixture({ background: false, env });

  it('a learning lead sees no link to it, and at its address only that it is for the IOPC’s editors', async () => {
    await tab.store.feedback.saveRating({
      tenantId: HOST_IDS.tid,
      personId: 'reader-1',
      issueNumber: 44,
      caseId: '44-1',
      rating: 4,
      comment: 'A comment only editors may read.',
      ratedAt: new Date(),
    });
    const token = await sso.sign({
      authorityHost: graph.url,
      appId,
      tenantId: HOST_IDS.tid,
      userObjectId: HOST_IDS.userObjectId,
      claims: { roles: ['LearningLead'] },
    });
    const page = await tab.newPage();
    const answers: number[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/api/feedback/comments')) answers.push(response.status());
    });
    const host = await openInTeamsHost(page, tab.baseUrl, { authToken: token });
    const nav = host.tab.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Force responses' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: 'Readers’ comments' }).count(), 0);

    await host.tabFrame().evaluate(`window.location.hash = '#/comments'`);
    await host.tab.getByText('This screen is for the IOPC’s editors.').waitFor();
    assert.deepEqual(answers, [403]);
    assert.equal(await host.tab.getByText('A comment only editors may read.').count(), 0);
    assert.equal(await host.tab.getByRole('button', { name: /^Hide/ }).count(), 0);
  });

  it('outside Teams, asks for the tab in Teams and shows no comment', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/comments`);
    await page.getByText('Open the tab in Teams to see readers’ comments.').waitFor();
    assert.equal(await page.getByText('A comment only editors may read.').count(), 0);
  });
});
