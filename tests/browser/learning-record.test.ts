import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { IssueView } from '../../src/content/views';
import { LOCAL_PERSON } from '../../src/identity';
import { caseSubPage, learningSubPage } from '../../src/links';
import { accessibilityViolations, horizontalOverflow } from '../../testkit';
import { readPdf } from '../support/pdf';
import { openInTeamsHost, type TeamsTheme } from '../support/teams-host';
import { useTabFixture } from './tab-fixture';

const themes: TeamsTheme[] = ['default', 'dark', 'contrast'];

describe('My learning: an officer’s private learning record in the tab', function () {
  this.timeout(90_000);
  const tab = useTabFixture({ background: false });

  const entries = () =>
    tab.store.learningRecord.list(LOCAL_PERSON.tenantId, LOCAL_PERSON.userObjectId);
  afterEach(async () => {
    for (const entry of await entries()) {
      await tab.store.learningRecord.delete(entry.tenantId, entry.personId, entry.id);
    }
  });

  it('adds an entry from the case page, then edits and deletes it', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const caseStudy = latest.cases[0]!;
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${caseSubPage(caseStudy.id)}`);
    await page.getByRole('link', { name: 'Add to my learning record' }).click();

    const form = page.getByRole('form', { name: `Add to my learning record: ${caseStudy.title}` });
    await form.getByLabel('What I reflected on').fill('The handover note left out the risk.');
    await form.getByLabel('How I will apply it').fill('Read the risk aloud at handover.');
    await form.getByLabel('Time spent, in minutes').fill('30');
    await form.getByRole('button', { name: 'Save' }).click();

    await page.getByText('The entry was saved.').waitFor();
    await page.getByText('The handover note left out the risk.').waitFor();
    assert.equal(await form.count(), 0, 'the form closes once saved');
    const [stored] = await entries();
    assert.deepEqual(
      [stored?.caseId, stored?.reflection, stored?.application, stored?.minutes],
      [
        caseStudy.id,
        'The handover note left out the risk.',
        'Read the risk aloud at handover.',
        30,
      ],
    );

    await page.getByRole('button', { name: `Edit the entry about ${caseStudy.title}` }).click();
    const edit = page.getByRole('form', { name: `Edit the entry: ${caseStudy.title}` });
    await edit.getByLabel('Time spent, in minutes').fill('45');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Time spent: 45 minutes').waitFor();
    assert.equal((await entries())[0]?.minutes, 45);

    await page.getByRole('button', { name: `Delete the entry about ${caseStudy.title}` }).click();
    await page.getByRole('button', { name: 'Yes, delete it' }).click();
    await page.getByText('The entry was deleted.').waitFor();
    await page.getByText('You have no entries yet.').waitFor();
    assert.deepEqual(await entries(), []);
  });

  it('downloads the record as a PDF with the entry’s words in it', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    await tab.store.learningRecord.add({
      tenantId: LOCAL_PERSON.tenantId,
      id: crypto.randomUUID(),
      personId: LOCAL_PERSON.userObjectId,
      caseId: latest.cases[0]!.id,
      reflection: 'Words to find in the PDF.',
      application: 'Check the file.',
      minutes: 12,
      source: 'card',
      createdAt: new Date(),
    });
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${learningSubPage()}`);
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'PDF' }).click();
    const download = await downloaded;
    assert.match(download.suggestedFilename(), /^my-learning-record-\d{4}-\d{2}-\d{2}\.pdf$/);
    const pdf = await readPdf(await readFile((await download.path())!));
    assert.match(pdf.pages.join(' '), /Words to find in the PDF\./);
    assert.match(pdf.pages.join(' '), new RegExp(latest.cases[0]!.title.slice(0, 20)));
  });

  it('says what is missing and keeps what was typed', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${learningSubPage(latest.cases[0]!.id)}`);
    const form = page.getByRole('form');
    await form.getByLabel('How I will apply it').fill('Something to keep.');
    await form.getByLabel('Time spent, in minutes').fill('-3');
    await form.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Say what you reflected on.').waitFor();
    await page.getByText('Enter a whole number of minutes, from 0 to 1440.').waitFor();
    assert.equal(await form.getByLabel('How I will apply it').inputValue(), 'Something to keep.');
    assert.deepEqual(await entries(), []);
  });

  it('lists entries newest first and filters them by the days they were written', async () => {
    const add = (caseId: string, reflection: string, createdAt: string) =>
      tab.store.learningRecord.add({
        tenantId: LOCAL_PERSON.tenantId,
        id: crypto.randomUUID(),
        personId: LOCAL_PERSON.userObjectId,
        caseId,
        reflection,
        application: '',
        minutes: 10,
        source: 'tab',
        createdAt: new Date(createdAt),
      });
    const latest = await tab.api<IssueView>('/api/issues/latest');
    await add(latest.cases[0]!.id, 'Written in March.', '2026-03-10T09:00:00Z');
    await add(latest.cases[1]!.id, 'Written in May.', '2026-05-10T09:00:00Z');
    const page = await tab.newPage();
    await page.goto(`${tab.baseUrl}/#${learningSubPage()}`);
    await page.getByText('2 entries, 20 minutes in all').waitFor();
    const texts = await page.locator('article p:not([class*="meta"])').allTextContents();
    assert.ok(texts.indexOf('Written in May.') < texts.indexOf('Written in March.'));

    await page.getByLabel('From', { exact: true }).fill('2026-05-01');
    await page.getByText('1 entry, 10 minutes in all').waitFor();
    assert.equal(await page.getByText('Written in March.').count(), 0);
    await page.getByLabel('To', { exact: true }).fill('2026-05-09');
    await page.getByText('You wrote no entries between these dates.').waitFor();
    await page.getByRole('button', { name: 'Show all entries' }).click();
    await page.getByText('2 entries, 20 minutes in all').waitFor();
  });

  it('can be used by keyboard alone, and fits 320 CSS pixels', async () => {
    const latest = await tab.api<IssueView>('/api/issues/latest');
    const page = await tab.newPage({ width: 320, height: 640 });
    await page.goto(`${tab.baseUrl}/#${learningSubPage(latest.cases[0]!.id)}`);
    await page.getByRole('form').waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Typed with the keyboard only.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tab, type, Enter.');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await page.getByText('The entry was saved.').waitFor();
    await page.getByText('Typed with the keyboard only.').waitFor();
    assert.equal(await horizontalOverflow(page), 0, 'My learning fits 320 px');
  });

  for (const theme of themes) {
    it(`has no axe violations, in English and Welsh (${theme})`, async () => {
      const latest = await tab.api<IssueView>('/api/issues/latest');
      await tab.store.learningRecord.add({
        tenantId: LOCAL_PERSON.tenantId,
        id: crypto.randomUUID(),
        personId: LOCAL_PERSON.userObjectId,
        caseId: latest.cases[0]!.id,
        reflection: 'An entry to check.',
        application: 'And how to apply it.',
        minutes: 20,
        source: 'reply',
        createdAt: new Date(),
      });
      for (const locale of theme === 'default' ? ['en-GB', 'cy-GB'] : ['en-GB']) {
        const page = await tab.newPage();
        const host = await openInTeamsHost(page, tab.baseUrl, {
          theme,
          locale,
          authToken: 'local-mode-takes-any-token',
          subEntityId: learningSubPage(latest.cases[0]!.id),
        });
        await host.tab.getByRole('form').waitFor();
        await host.tab.getByText('An entry to check.').waitFor();
        assert.deepEqual(
          await accessibilityViolations(page),
          [],
          `My learning (${theme}, ${locale})`,
        );
      }
    });
  }
});
