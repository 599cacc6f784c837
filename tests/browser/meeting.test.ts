import assert from 'node:assert/strict';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { CaseView, IssueView } from '../../src/content/views';
import { LOCAL_PERSON } from '../../src/identity/local-person';
import { accessibilityViolations, FakeBotConnector, horizontalOverflow } from '../../testkit';
import { openInTeamsHost, type TeamsHost } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

const CHAT = '19:meeting_OGI2ZTJkYzktNzVjZi00ZGM3@thread.v2';
const MEETING = { meetingId: 'MCMxOTptZWV0aW5nX09HSTJa', chatId: CHAT };
const SIDE_PANEL = { width: 280, height: 800 };
const MEETING_ROOM = { width: 1920, height: 1080 };

/** Whether `target` has the keyboard focus in its frame. */
const focused = (target: Locator) =>
  target.evaluate((element) => element === element.ownerDocument.activeElement);

/** Presses `key` (at most 40 times) until `target` has the keyboard focus. */
async function pressUntilFocused(page: Page, key: string, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses += 1) {
    if (await focused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${key} never reached the element`);
}

/** Moves the keyboard focus with Tab until `target` has it. */
const tabTo = (page: Page, target: Locator) => pressUntilFocused(page, 'Tab', target);

async function expectNoViolations(page: Page, view: string): Promise<void> {
  assert.deepEqual(await accessibilityViolations(page), [], `${view} has no axe violations`);
}

/** The text of the stage's current part: its heading and progress. */
async function stagePart(tab: FrameLocator): Promise<string> {
  const heading = await tab.getByRole('heading', { level: 2 }).textContent();
  const progress = await tab.getByText(/^Part \d of \d$/).textContent();
  return `${heading} (${progress})`;
}

describe('The tab in a Teams meeting', function () {
  const service = useTabFixture();
  let connector: FakeBotConnector;
  let latest: IssueView;

  before(async function () {
    this.timeout(30_000);
    connector = new FakeBotConnector({ rateLimits: null });
    await connector.start();
    connector.addChat({ tenantId: LOCAL_PERSON.tenantId, id: CHAT, members: [] });
    const added = await fetch(`${service.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        type: 'conversationUpdate',
        id: '1',
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        from: { id: '29:presenter', aadObjectId: LOCAL_PERSON.userObjectId },
        recipient: { id: '28:bot' },
        conversation: { id: CHAT, conversationType: 'groupChat', tenantId: LOCAL_PERSON.tenantId },
        channelData: { tenant: { id: LOCAL_PERSON.tenantId } },
        membersAdded: [{ id: '28:bot' }],
      }),
    });
    assert.equal(added.status, 200);
    latest = await service.api<IssueView>('/api/issues/latest');
  });
  after(() => connector.stop());

  const openSidePanel = async (options: { canShareToStage?: boolean } = {}) => {
    const page = await service.newPage(SIDE_PANEL);
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: '/meeting',
      frameContext: 'sidePanel',
      meeting: MEETING,
      authToken: null,
      ...options,
    });
    await host.tab.getByRole('heading', { level: 1, name: 'Brief the meeting' }).waitFor();
    return { page, host };
  };

  it('in the side panel at 280 px, by keyboard alone, the presenter picks a case and the roles present, shares it to the stage and posts it in the meeting chat', async function () {
    this.timeout(60_000);
    const { page, host } = await openSidePanel();
    const { tab } = host;
    const caseStudy = latest.cases[1]!;

    await tabTo(page, tab.getByRole('searchbox', { name: 'Find a case study' }));
    await page.keyboard.type(caseStudy.title.split(' ').slice(0, 3).join(' '));
    await tab.getByText(/^\d+ case stud(y|ies) match/).waitFor();
    await tabTo(page, tab.getByRole('radio').first());
    await pressUntilFocused(page, 'ArrowDown', tab.getByRole('radio', { name: caseStudy.title }));
    await page.keyboard.press('Space');
    await tab.getByText(`Chosen: ${caseStudy.title}`).waitFor();

    await tabTo(page, tab.getByRole('checkbox', { name: 'Supervisors and managers' }));
    await page.keyboard.press('Space');
    await tabTo(page, tab.getByRole('button', { name: 'Show on the meeting stage' }));
    await page.keyboard.press('Enter');
    await tab.getByText('Shown on the meeting stage.', { exact: false }).waitFor();
    assert.deepEqual(await host.sharedToStage(), [
      {
        url: `${service.baseUrl}/meeting#/stage/${caseStudy.id}?audiences=supervisors-and-managers`,
        options: { sharingProtocol: 'ScreenShare' },
      },
    ]);

    await tabTo(page, tab.getByRole('button', { name: 'Post to the meeting chat' }));
    await page.keyboard.press('Enter');
    await tab.getByText('Posted in the meeting chat.').waitFor();
    const posted = connector.sentTo(CHAT).filter((sent) => sent.activity.attachments);
    assert.equal(posted.length, 1);
    const card = JSON.stringify(posted[0]!.activity.attachments);
    assert.ok(card.includes('Supervisors and managers'));
    assert.ok(!card.includes('Frontline officers and staff'));

    assert.equal(await horizontalOverflow(host.tabFrame()), 0, 'no sideways scrolling at 280 px');
    await expectNoViolations(page, 'the side panel');
  });

  it('says so when Teams does not let the app share to the stage', async () => {
    const { host } = await openSidePanel({ canShareToStage: false });
    await host.tab.getByRole('radio').first().check();
    await host.tab.getByRole('button', { name: 'Show on the meeting stage' }).click();
    await host.tab
      .getByText('Only the meeting’s presenters can share.', { exact: false })
      .waitFor();
    assert.deepEqual(await host.sharedToStage(), []);
  });

  it('asks for a case before sharing one', async () => {
    const { host } = await openSidePanel();
    await host.tab.getByRole('button', { name: 'Post to the meeting chat' }).click();
    await host.tab.getByText('Choose a case study first.').waitFor();
  });

  it('on the stage at 1920×1080, shows the case in large type, part by part, moved on by keyboard', async function () {
    this.timeout(60_000);
    const caseStudy = await service.api<CaseView>(`/api/cases/${latest.cases[1]!.id}`);
    const page = await service.newPage(MEETING_ROOM);
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: `/meeting#/stage/${caseStudy.id}?audiences=supervisors-and-managers`,
      frameContext: 'meetingStage',
      meeting: MEETING,
    });
    const { tab } = host;
    await tab.getByRole('heading', { level: 1, name: caseStudy.title }).waitFor();
    assert.equal(await stagePart(tab), 'What happened (Part 1 of 3)');
    const bodySize = await tab
      .locator('section p')
      .first()
      .evaluate((element) =>
        parseFloat(element.ownerDocument.defaultView!.getComputedStyle(element).fontSize),
      );
    assert.ok(bodySize >= 28, `the text is large (${bodySize} px)`);
    await expectNoViolations(page, 'the stage');

    await tabTo(page, tab.getByRole('button', { name: 'Next part' }));
    await page.keyboard.press('ArrowRight');
    assert.equal(await stagePart(tab), 'Key learning (Part 2 of 3)');
    await tab.getByRole('status').filter({ hasText: 'Part 2 of 3: Key learning' }).waitFor();
    await page.keyboard.press('PageDown');
    assert.equal(await stagePart(tab), 'Reflective questions (Part 3 of 3)');
    await tab.getByRole('heading', { level: 3, name: 'Supervisors and managers' }).waitFor();
    assert.equal(await tab.getByRole('heading', { level: 3 }).count(), 1, 'the roles present only');
    await page.keyboard.press('ArrowRight');
    assert.equal(await stagePart(tab), 'Reflective questions (Part 3 of 3)', 'stays on the last');

    await tabTo(page, tab.getByRole('button', { name: 'Previous part' }));
    await page.keyboard.press('Enter');
    assert.equal(await stagePart(tab), 'Key learning (Part 2 of 3)');
    assert.equal(await horizontalOverflow(host.tabFrame()), 0, 'no sideways scrolling');
    await expectNoViolations(page, 'the stage, moved on');
  });

  for (const theme of ['dark', 'contrast'] as const) {
    it(`has no axe violations in the side panel and on the stage in the ${theme} theme`, async function () {
      this.timeout(60_000);
      const panel = await service.newPage(SIDE_PANEL);
      const side = await openInTeamsHost(panel, service.baseUrl, {
        theme,
        path: '/meeting',
        frameContext: 'sidePanel',
        meeting: MEETING,
      });
      await side.tab.getByRole('radio').first().check();
      await side.tab.locator(`[data-theme="${theme}"]`).waitFor();
      await expectNoViolations(panel, `the side panel (${theme})`);
      const room = await service.newPage(MEETING_ROOM);
      const stage = await openInTeamsHost(room, service.baseUrl, {
        theme,
        path: `/meeting#/stage/${latest.cases[0]!.id}`,
        frameContext: 'meetingStage',
        meeting: MEETING,
      });
      await stage.tab.getByRole('heading', { level: 2, name: 'What happened' }).waitFor();
      await expectNoViolations(room, `the stage (${theme})`);
    });
  }

  it('on the stage in Welsh, names the parts in Welsh', async () => {
    const page = await service.newPage(MEETING_ROOM);
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: `/meeting#/stage/${latest.cases[0]!.id}`,
      frameContext: 'meetingStage',
      meeting: MEETING,
      locale: 'cy-GB',
    });
    await host.tab.getByText('Rhan 1 o 3', { exact: true }).waitFor();
    await host.tab.getByRole('button', { name: 'Y rhan nesaf' }).click();
    await host.tab.getByText('Rhan 2 o 3', { exact: true }).waitFor();
    await expectNoViolations(page, 'the stage in Welsh');
  });

  it('on the stage before anything is shared, says the presenter chooses the case', async () => {
    const page = await service.newPage(MEETING_ROOM);
    const host = await openInTeamsHost(page, service.baseUrl, {
      path: '/meeting',
      frameContext: 'meetingStage',
      meeting: MEETING,
    });
    await host.tab.getByRole('heading', { level: 1, name: 'Nothing on the stage yet' }).waitFor();
  });

  it('added to a meeting, the configuration page saves the side panel', async () => {
    const page = await service.newPage();
    const host: TeamsHost = await openInTeamsHost(page, service.baseUrl, {
      path: '/config',
      frameContext: 'settings',
      meeting: MEETING,
    });
    await host.tab
      .getByRole('heading', { name: 'Add Learning the Lessons to this meeting' })
      .waitFor();
    await page.waitForFunction(
      "window.__hostCalls.some((call) => call.func === 'settings.setValidityState' && call.args[0] === true)",
    );
    const saved = await host.save();
    assert.equal(saved.entityId, 'meeting');
    assert.equal(saved.contentUrl, `${service.baseUrl}/meeting`);
    await expectNoViolations(page, 'the meeting’s configuration page');
  });

  it('outside Teams, the side panel offers the stage view in a new window', async () => {
    const page = await service.newPage(SIDE_PANEL);
    await page.goto(`${service.baseUrl}/meeting`);
    await page.getByText('Open this in a Teams meeting').waitFor();
    const caseStudy = latest.cases[0]!;
    await page.getByRole('radio', { name: caseStudy.title }).check();
    const link = page.getByRole('link', { name: 'Open the stage view (opens in a new window)' });
    assert.equal(
      await link.getAttribute('href'),
      `${service.baseUrl}/meeting#/stage/${caseStudy.id}`,
    );
    await page.goto(`${service.baseUrl}/meeting#/stage/${caseStudy.id}`);
    await page.getByRole('heading', { level: 1, name: caseStudy.title }).waitFor();
    await expectNoViolations(page, 'the side panel outside Teams');
  });
});
