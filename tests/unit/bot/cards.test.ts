import assert from 'node:assert/strict';
import { caseCard, defaultChoices, escapeMarkdown, savedCard, setupCard } from '../../../bot/cards';
import { INJECTION_TITLE, testLibrary } from '../../integration/bot/fixtures';
import { cardProblems, cardTexts } from './validate-card';

const library = testLibrary();
const issue = library.issue(44)!;

describe('bot cards', () => {
  describe('escaping library text', () => {
    it('leaves plain sentences as they are', () => {
      assert.equal(escapeMarkdown('What would you do first?'), 'What would you do first?');
    });

    it('neutralises links, emphasis, headings and mentions', () => {
      const escaped = escapeMarkdown(INJECTION_TITLE);
      assert.equal(
        escaped,
        'A \\*bold\\* \\[link\\]\\(https://evil.example\\) \\<at\\>Everyone\\</at\\> \\# heading',
      );
    });

    it('stops a line from starting a list', () => {
      assert.equal(escapeMarkdown('- item\n1. first'), '\\- item\n1\\. first');
    });
  });

  describe('the case card', () => {
    const input = {
      issue,
      caseStudy: issue.cases[1]!,
      audiences: ['officers-and-staff' as const],
      readUrl: 'https://teams.microsoft.com/l/entity/app/library?context=%7B%7D',
      lastDiscussionParticipants: 3,
      inThread: true,
    };

    it('is a valid Adaptive Card 1.5 with a button that reads the full case', () => {
      const card = caseCard(input);
      assert.deepEqual(cardProblems(card), []);
      assert.deepEqual(card.actions, [
        { type: 'Action.OpenUrl', title: 'Read the full case', url: input.readUrl },
      ]);
    });

    it('shows only the questions for the chosen audiences, and invites replies', () => {
      const texts = cardTexts(caseCard(input));
      assert.ok(texts.includes('• What would you do first?'));
      assert.ok(!texts.some((text) => text.includes('support the officer')));
      assert.ok(texts.some((text) => text.startsWith('Reply in this thread')));
      assert.ok(texts.includes('3 colleagues joined last time\u2019s discussion.'));
      assert.ok(!texts.some((text) => text.startsWith('Ref ')));
    });

    it('shows every question when none is for the chosen audiences', () => {
      const texts = cardTexts(caseCard({ ...input, audiences: ['call-handlers'] }));
      assert.ok(texts.includes('• How would you teach this?'));
    });

    it('escapes every piece of library text', () => {
      const texts = cardTexts(caseCard(input));
      assert.ok(texts.includes(escapeMarkdown(INJECTION_TITLE)));
      assert.ok(texts.includes('• \\- not a list'));
      assert.ok(texts.includes('• \\*\\*not bold\\*\\*'));
      assert.ok(!texts.some((text) => text.includes('<at>')));
    });
  });

  describe('the set-up card', () => {
    const channels = [
      { id: '19:general', name: 'General' },
      { id: '19:briefing', name: 'Briefing' },
    ];

    it('is valid with the welcome, the channels, themes and every input', () => {
      const card = setupCard({
        channels,
        themes: library.themes,
        choices: defaultChoices('19:general'),
        welcome: true,
      });
      assert.deepEqual(cardProblems(card), []);
      const ids = card.body.flatMap((element) => ('id' in element ? [element.id] : []));
      assert.deepEqual(ids, [
        'channelId',
        'weekday',
        'time',
        'timeZone',
        'audiences',
        'themes',
        'notifyNewIssues',
      ]);
      assert.ok(cardTexts(card).some((text) => text.startsWith('What it reads and keeps')));
    });

    it('keeps the choices and shows the problem when shown again', () => {
      const choices = { ...defaultChoices('19:briefing'), time: '25:99', timeZone: 'Mars/Olympus' };
      const card = setupCard({ channels, themes: [], choices, problem: 'Choose a time.' });
      assert.deepEqual(cardProblems(card), []);
      assert.ok(cardTexts(card).includes('Choose a time.'));
      const values = Object.fromEntries(
        card.body.flatMap((element) =>
          'id' in element && 'value' in element ? [[element.id, element.value]] : [],
        ),
      );
      assert.equal(values.channelId, '19:briefing');
      assert.equal(values.time, '25:99');
      assert.equal(values.timeZone, 'Mars/Olympus');
    });

    it('after saving, shows the saved choices and the next post', () => {
      const card = savedCard({
        channelName: 'Briefing',
        choices: defaultChoices('19:briefing'),
        nextPost: 'Monday 1 December',
      });
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.includes('When: Monday at 09:00 (Europe/London)'));
      assert.ok(texts.includes('Next post: Monday 1 December'));
    });
  });
});
