import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import type { IssueView } from '../../src/content/views';
import { LOCAL_PERSON } from '../../src/identity/local-person';
import { caseSubPage } from '../../src/links';
import { accessibilityViolations, horizontalOverflow } from '../../testkit';
import { openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

/** Presses Tab until `target` has the focus (at most 60 times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 60; presses++) {
    if (await target.evaluate((element) => element === element.ownerDocument.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail('the keyboard never reached the target');
}

describe('“Was this useful?” in the tab (local mode: the local person)', function () {
  this.timeout(90_000);
  const tab = useTabFixture({ background: false });

  it('an officer rates a case with a comment by keyboard alone, and sees their rating when they come back', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases[0]!;
    const page = await tab.newPage();
    const host = await openInTeamsHost(page, tab.baseUrl, {
      subEntityId: caseSubPage(caseStudy.id),
      authToken: 'local-mode-takes-the-local-person',
    });
    const form = host.tab.getByRole('region', { name: 'Was this useful?' });
    await form.getByText('without your name or your team').waitFor();

    await tabTo(page, form.getByRole('radio', { name: '1, not useful' }));
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.ok(await form.getByRole('radio', { name: '4' }).isChecked());
    await tabTo(page, form.getByRole('textbox', { name: 'Comment (optional)' }));
    await page.keyboard.type('We used it at the shift briefing.');
    await tabTo(page, form.getByRole('button', { name: 'Send' }));
    await page.keyboard.press('Enter');
    await form.getByText('Thank you: you rated this 4 out of 5.').waitFor();

    const [saved] = await tab.store.feedback.ratingsBy(LOCAL_PERSON.tenantId, [
      LOCAL_PERSON.userObjectId.toLowerCase(),
    ]);
    assert.deepEqual(
      [saved?.caseId, saved?.rating, saved?.comment],
      [caseStudy.id, 4, 'We used it at the shift briefing.'],
    );

    const again = (
      await openInTeamsHost(page, tab.baseUrl, {
        subEntityId: caseSubPage(caseStudy.id),
        authToken: 'local-mode-takes-the-local-person',
      })
    ).tab.getByRole('region', { name: 'Was this useful?' });
    await again.getByText('You rated this 4 out of 5.').waitFor();
    assert.ok(await again.getByRole('radio', { name: '4' }).isChecked());
    await again.getByRole('radio', { name: '5, very useful' }).check();
    await again.getByRole('button', { name: 'Change my rating' }).click();
    await again.getByText('Thank you: you rated this 5 out of 5.').waitFor();
    assert.equal(
      (
        await tab.store.feedback.ratingsBy(LOCAL_PERSON.tenantId, [
          LOCAL_PERSON.userObjectId.toLowerCase(),
        ])
      ).length,
      1,
      'one rating per person per item',
    );
  });

  it('rates the issue itself at its end, and asks for a rating before sending', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/`);
    const form = page.getByRole('region', { name: 'Was this useful?' });
    await form.getByText('Was this issue useful to you?').waitFor();
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Choose a rating from 1 to 5 first.').waitFor();
    await form.getByRole('radio', { name: '3' }).check();
    await form.getByRole('button', { name: 'Send' }).click();
    await form.getByText('Thank you: you rated this 3 out of 5.').waitFor();
  });

  it('offers no comment box when the force switched comments off', async () => {
    await tab.store.feedback.setCommentsAllowed(LOCAL_PERSON.tenantId, false);
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/`);
    const form = page.getByRole('region', { name: 'Was this useful?' });
    await form.getByText('Your force has switched comments off').waitFor();
    assert.equal(await form.getByRole('textbox').count(), 0);
    await tab.store.feedback.setCommentsAllowed(LOCAL_PERSON.tenantId, true);
  });

  it('is in Welsh for a Welsh reader', async () => {
    const page = await tab.newPage(undefined, 'cy-GB');
    await page.goto(`${tab.baseUrl}/#/`);
    const form = page.getByRole('region', { name: 'Oedd hyn yn ddefnyddiol?' });
    await form.getByText('heb eich enw na’ch tîm').waitFor();
  });

  it('shows the open poll on the latest issue: one vote each, changeable', async () => {
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#/`);
    const poll = page.getByRole('region', { name: 'Vote on future themes' });
    await poll.getByText('Sample poll: which theme would help your force most').waitFor();
    await poll.getByRole('radio', { name: 'Roads policing' }).check();
    await poll.getByRole('button', { name: 'Vote' }).click();
    await poll.getByText('Your vote: Roads policing.').waitFor();
    await poll.getByRole('radio', { name: 'Missing people' }).check();
    await poll.getByRole('button', { name: 'Change my vote' }).click();
    await poll.getByText('Your vote: Missing people.').waitFor();
    const votes = await tab.store.pollVotes.votesBy(LOCAL_PERSON.tenantId, [
      LOCAL_PERSON.userObjectId.toLowerCase(),
    ]);
    assert.deepEqual(
      votes.map((vote) => [vote.pollId, vote.optionId]),
      [['2027-themes', 'missing-people']],
    );
    assert.deepEqual(await accessibilityViolations(page), []);
  });

  it('fits 320 CSS pixels without sideways scrolling', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage({ width: 320, height: 640 });
    await page.goto(`${tab.baseUrl}/#${caseSubPage(latest.cases[0]!.id)}`);
    await page.getByRole('radio', { name: '5, very useful' }).waitFor();
    assert.equal(await horizontalOverflow(page), 0);
  });

  for (const theme of ['default', 'dark', 'contrast'] as TeamsTheme[]) {
    it(`has no axe violations (${theme})`, async () => {
      const latest = await tab.api<IssueView>('/api/issues/latest');
      const page = await tab.newPage();
      const host = await openInTeamsHost(page, tab.baseUrl, {
        theme,
        subEntityId: caseSubPage(latest.cases[0]!.id),
        authToken: 'local-mode-takes-the-local-person',
      });
      await host.tab.locator(`[data-theme="${theme}"]`).waitFor();
      await host.tab.getByRole('radio', { name: '5, very useful' }).waitFor();
      assert.deepEqual(await accessibilityViolations(page), []);
    });
  }
});
