import assert from 'node:assert/strict';
import type { IssueView } from '../../src/content/views';
import { LOCAL_PERSON, LOCAL_TEAM } from '../../src/identity';
import { caseSubPage } from '../../src/links';
import { accessibilityViolations, horizontalOverflow } from '../../testkit';
import { openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

const themes: TeamsTheme[] = ['default', 'dark', 'contrast'];

describe('The team’s response on the case page (local mode: the local person owns the local team)', function () {
  this.timeout(90_000);
  const tab = useTabFixture();

  it('an owner writes what the team concluded and an action for a member, using the keyboard; it is saved and shown', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseId = latest.cases[0]!.id;
    const page = await tab.newPage();
    const askedWhoAmI: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/me') askedWhoAmI.push(request.url());
    });
    await page.goto(`${tab.baseUrl}/#${caseSubPage(caseId)}`);
    await page.getByRole('heading', { level: 2, name: 'Our team’s response' }).waitFor();
    await page.getByText('The team has not recorded a response to this case yet.').waitFor();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Force responses' })
      .waitFor();
    assert.equal(
      askedWhoAmI.length,
      1,
      'the navigation and the team’s response share one answer (it reads team rosters)',
    );

    await page.getByRole('button', { name: 'Edit the response' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Add a conclusion' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Conclusion 1' }).focus();
    await page.keyboard.type('We agreed to ask for a welfare check before leaving.');
    await page.getByRole('button', { name: 'Add an action' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('textbox', { name: 'Action 1' }).focus();
    await page.keyboard.type('Brief the night shift on the case');
    await page.getByLabel('Assigned to').selectOption({ label: LOCAL_PERSON.name });
    await page.getByLabel('Due by').fill('2027-01-31');
    await page.getByRole('button', { name: 'Save the response' }).focus();
    await page.keyboard.press('Enter');

    await page.getByText('The response is saved.').waitFor();
    await page.getByText('We agreed to ask for a welfare check before leaving.').waitFor();
    await page
      .getByText(`Open · Assigned to ${LOCAL_PERSON.name} · Due by 31 January 2027`)
      .waitFor();
    const stored = await tab.store.responses.get(
      LOCAL_PERSON.tenantId,
      LOCAL_TEAM.graphGroupId,
      caseId,
    );
    assert.deepEqual(
      stored?.actions.map((action) => [action.description, action.assigneeId, action.dueOn]),
      [['Brief the night shift on the case', LOCAL_PERSON.userObjectId, '2027-01-31']],
    );
  });

  it('when someone else saves while an owner edits, the owner is told, keeps their text, and saves over it only when they save again', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseId = latest.cases[2]!.id;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${caseSubPage(caseId)}`);
    await page.getByRole('button', { name: 'Edit the response' }).click();
    await page.getByRole('button', { name: 'Add a conclusion' }).click();
    await page.getByRole('textbox', { name: 'Conclusion 1' }).fill('Mine: we brief it on Monday.');
    await tab.store.responses.save({
      tenantId: LOCAL_PERSON.tenantId,
      graphGroupId: LOCAL_TEAM.graphGroupId,
      caseId,
      conclusions: [{ question: null, text: 'Theirs: saved from another tab.' }],
      actions: [],
      updatedBy: LOCAL_PERSON.userObjectId,
      updatedAt: new Date(),
    });
    await page.getByRole('button', { name: 'Save the response' }).click();
    await page.getByText(/saved this response while you were editing it/).waitFor();
    assert.equal(
      await page.getByRole('textbox', { name: 'Conclusion 1' }).inputValue(),
      'Mine: we brief it on Monday.',
    );
    const stored = async () =>
      (
        await tab.store.responses.get(LOCAL_PERSON.tenantId, LOCAL_TEAM.graphGroupId, caseId)
      )?.conclusions.map((conclusion) => conclusion.text);
    assert.deepEqual(await stored(), ['Theirs: saved from another tab.']);

    await page.getByRole('button', { name: 'Save the response' }).click();
    await page.getByText('The response is saved.').waitFor();
    assert.deepEqual(await stored(), ['Mine: we brief it on Monday.']);
  });

  for (const theme of themes) {
    it(`has no axe violations, reading or editing, and no sideways scrolling at 320 px (${theme})`, async () => {
      const latest = await tab.api<IssueView>('/api/issues/latest');
      const page = await tab.newPage({ width: 320, height: 640 });
      const host = await openInTeamsHost(page, tab.baseUrl, {
        theme,
        authToken: 'local-mode-takes-any-token',
        subEntityId: caseSubPage(latest.cases[1]!.id),
      });
      await host.tab.getByRole('heading', { level: 2, name: 'Our team’s response' }).waitFor();
      await host.tab.getByRole('button', { name: 'Edit the response' }).waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], `reading (${theme})`);
      await host.tab.getByRole('button', { name: 'Edit the response' }).click();
      await host.tab.getByRole('button', { name: 'Add a conclusion' }).click();
      await host.tab.getByRole('button', { name: 'Add an action' }).click();
      await host.tab.getByRole('textbox', { name: 'Action 1' }).waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], `editing (${theme})`);
      assert.equal(await horizontalOverflow(host.tabFrame()), 0, 'no sideways scrolling at 320 px');
    });
  }
});

describe('The learning lead’s force view (local mode: the local person is the learning lead)', function () {
  this.timeout(120_000);
  const tab = useTabFixture();

  it('is in the navigation; the lead writes the force’s response, sees the teams’ responses, and downloads them as CSV', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseId = latest.cases[0]!.id;
    await tab.store.responses.save({
      tenantId: LOCAL_PERSON.tenantId,
      graphGroupId: LOCAL_TEAM.graphGroupId,
      caseId,
      conclusions: [{ question: 0, text: 'We would call for an ambulance sooner.' }],
      actions: [],
      updatedBy: LOCAL_PERSON.userObjectId,
      updatedAt: new Date(),
    });
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/`);
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Force responses' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Our force’s responses' }).waitFor();
    await page.getByText('We would call for an ambulance sooner.').waitFor();
    await page.getByRole('heading', { level: 3, name: LOCAL_TEAM.name }).waitFor();
    await page
      .getByRole('heading', { level: 2, name: `Case ${caseId}: ${latest.cases[0]!.title}` })
      .waitFor();

    await page.getByLabel('Case id (for example 44-3)').fill(caseId);
    await page
      .getByLabel('What the force will change')
      .fill('Ambulance escalation added to the control room script');
    await page.getByLabel('Owner').fill('Head of Contact Management');
    await page.getByRole('button', { name: 'Save the force’s response' }).click();
    await page.getByText(`The force’s response to case ${caseId} is saved.`).waitFor();
    await page.getByText('Ambulance escalation added to the control room script').waitFor();

    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download as CSV' }).click();
    const csv = await (await downloaded).createReadStream();
    let text = '';
    for await (const chunk of csv) text += String(chunk);
    assert.match(
      text,
      /"Force response",".+","Ambulance escalation added to the control room script","Head of Contact Management"/,
    );
    assert.match(text, /"Conclusion",".+","We would call for an ambulance sooner\."/);
  });

  for (const theme of themes) {
    it(`has no axe violations and no sideways scrolling at 320 px (${theme})`, async () => {
      const page = await tab.newPage({ width: 320, height: 640 });
      const host = await openInTeamsHost(page, tab.baseUrl, {
        theme,
        authToken: 'local-mode-takes-any-token',
        subEntityId: '/force',
      });
      await host.tab.getByRole('heading', { level: 1, name: 'Our force’s responses' }).waitFor();
      await host.tab.getByRole('button', { name: 'Save the force’s response' }).waitFor();
      assert.deepEqual(await accessibilityViolations(page), [], theme);
      assert.equal(await horizontalOverflow(host.tabFrame()), 0, 'no sideways scrolling at 320 px');
    });
  }
});
