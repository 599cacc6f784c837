import assert from 'node:assert/strict';
import { caseCard, escapeMarkdown, savedCard, setupCard } from '../../../bot/cards';
import { defaultChoices } from '../../../src/subscriptions';
import { glossaryOf } from '../../../src/content/glossary';
import { bilingualLibrary, INJECTION_TITLE, testLibrary } from '../../integration/bot/fixtures';
import { cardProblems, cardTexts } from './validate-card';

const library = testLibrary();
const issue = library.issue(44)!;
const glossary = glossaryOf(library);

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
      language: 'en' as const,
      readUrl: 'https://teams.microsoft.com/l/entity/app/library?context=%7B%7D',
      lastDiscussionParticipants: 3,
      inThread: true,
    };

    it('is a valid Adaptive Card 1.5 with a button that reads the full case', () => {
      const card = caseCard(input);
      assert.deepEqual(cardProblems(card), []);
      assert.deepEqual(card.actions?.[0], {
        type: 'Action.OpenUrl',
        title: 'Read the full case',
        url: input.readUrl,
      });
    });

    it('in a thread, offers to add the case to the reader’s own learning record, in a dialog', () => {
      assert.deepEqual(caseCard(input).actions?.[1], {
        type: 'Action.Submit',
        title: 'Add to my learning record',
        data: { msteams: { type: 'task/fetch' }, learningRecord: input.caseStudy.id },
      });
      assert.equal(caseCard({ ...input, inThread: false }).actions?.length, 1);
    });

    it('shows only the questions for the chosen audiences, and invites replies', () => {
      const texts = cardTexts(caseCard(input));
      assert.ok(texts.includes('• What would you do first?'));
      assert.ok(!texts.some((text) => text.includes('support the officer')));
      assert.ok(texts.some((text) => text.startsWith('Reply in this thread')));
      assert.ok(texts.includes('3 colleagues joined last time\u2019s discussion.'));
      assert.ok(!texts.some((text) => text.startsWith('Ref ')));
    });

    it('shows every question when none is for the chosen audiences, and says whose they are', () => {
      const texts = cardTexts(caseCard({ ...input, audiences: ['call-handlers'] }));
      assert.ok(texts.includes('• How would you teach this?'));
      assert.ok(
        texts.includes(
          'This case has no questions for Call handlers. Its questions are for Frontline officers and staff, Supervisors and managers, Trainers.',
        ),
      );
      assert.ok(!cardTexts(caseCard(input)).some((text) => text.includes('has no questions')));
    });

    it('reminds readers to keep operational and personal details out of replies, in a thread only', () => {
      const reminder =
        '**Keep operational details, and anything that could identify a person, out of your reply.**';
      const texts = cardTexts(caseCard(input));
      assert.equal(
        texts.indexOf(reminder),
        texts.findIndex((text) => text.startsWith('Reply in')) + 1,
      );
      assert.ok(!cardTexts(caseCard({ ...input, inThread: false })).includes(reminder));
    });

    it('puts the issue’s content warning first, then the sample label, before the case', () => {
      const warned = { ...issue, contentWarning: 'This issue discusses corruption.' };
      const sample = { ...issue.cases[1]!, sample: true };
      const texts = cardTexts(caseCard({ ...input, issue: warned, caseStudy: sample }));
      assert.deepEqual(texts.slice(0, 3), [
        '**Content warning:** This issue discusses corruption.',
        '**Sample content, not IOPC material**',
        'Learning the Lessons · Issue 44 · Corruption',
      ]);
      assert.ok(!cardTexts(caseCard(input)).some((text) => text.includes('Sample content')));
    });

    it('links the briefing sheet when given one, beside the full case', () => {
      const sheetUrl = 'https://ltl.example.org/api/cases/44-2/sheet.pdf?lang=en';
      const card = caseCard({ ...input, inThread: false, sheetUrl });
      assert.deepEqual(cardProblems(card), []);
      assert.deepEqual(card.actions?.[1], {
        type: 'Action.OpenUrl',
        title: 'Briefing sheet (PDF)',
        url: sheetUrl,
      });
    });

    it('as a 1.3 card for an unfurled link, uses nothing of 1.4 or 1.5 and says the same', () => {
      const card = caseCard({ ...input, inThread: false, version: '1.3' });
      assert.equal(card.version, '1.3');
      assert.deepEqual(cardProblems(card, '1.3'), []);
      assert.deepEqual(cardTexts(card), cardTexts(caseCard({ ...input, inThread: false })));
      assert.ok(cardProblems(caseCard(input), '1.3').some((problem) => /1\.5/.test(problem)));
    });

    it('escapes every piece of library text', () => {
      const texts = cardTexts(caseCard(input));
      assert.ok(texts.includes(escapeMarkdown(INJECTION_TITLE)));
      assert.ok(texts.includes('• \\- not a list'));
      assert.ok(texts.includes('• \\*\\*not bold\\*\\*'));
      assert.ok(!texts.some((text) => text.includes('<at>')));
    });
  });

  describe('the case card in Welsh', () => {
    const bilingual = bilingualLibrary();
    const translatedIssue = bilingual.issue(44)!;
    const base = {
      issue: translatedIssue,
      audiences: ['officers-and-staff' as const],
      readUrl: 'https://teams.microsoft.com/l/entity/app/library?context=%7B%7D',
      deliveryId: null,
      lastDiscussionParticipants: 2,
      inThread: true,
    };

    it('in Welsh, shows the Welsh text and counts colleagues with the Welsh forms', () => {
      const card = caseCard({ ...base, caseStudy: translatedIssue.cases[0]!, language: 'cy' });
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.includes('Dysgu’r Gwersi · Rhifyn 44 · Llygredd'));
      assert.ok(texts.includes('• Beth fyddech chi’n ei wneud gyntaf?'));
      assert.ok(texts.includes('Ymunodd 2 gydweithiwr yn y drafodaeth ddiwethaf.'));
      assert.ok(!texts.some((text) => text.includes('What would you do first?')));
    });

    it('in both languages, gives a case not yet in Welsh a Welsh note and its English once', () => {
      const card = caseCard({
        ...base,
        caseStudy: translatedIssue.cases[1]!,
        language: 'bilingual',
      });
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      const note = texts.findIndex((text) => text.startsWith('Nid yw’r astudiaeth achos hon'));
      assert.ok(note > 0, 'the Welsh note');
      assert.equal(
        texts.filter((text) => text === 'Key learning').length +
          texts.filter((t) => t === 'Prif wersi').length,
        1,
        'the case’s text appears once, in English',
      );
      assert.equal(texts.filter((text) => text.startsWith('•')).length, 4);
    });

    it('shows the content warning once when the issue has no Welsh one', () => {
      const english = testLibrary().issue(44)!;
      const warned = { ...english, contentWarning: 'This issue discusses corruption.' };
      const card = caseCard({
        ...base,
        issue: warned,
        caseStudy: english.cases[0]!,
        language: 'bilingual',
      });
      assert.equal(
        cardTexts(card)[0],
        '**Rhybudd cynnwys · Content warning:** This issue discusses corruption.',
      );
    });
  });

  describe('the weekly card’s rating and poll', () => {
    const caseStudy = issue.cases[0]!;
    const poll = {
      id: 'next-themes',
      question: 'Which theme next?',
      questionCy: 'Pa thema nesaf?',
      opensOn: '2026-11-01',
      closesOn: '2027-01-31',
      options: [
        { id: 'custody', label: 'Custody', labelCy: 'Dalfa' },
        { id: 'roads', label: 'Roads policing', labelCy: null },
      ],
    };
    const cardInput = (language: 'en' | 'cy' | 'bilingual', withPoll = true) =>
      ({
        issue,
        caseStudy,
        audiences: ['officers-and-staff'],
        language,
        readUrl: 'https://teams.microsoft.com/l/entity/app/library?context=%7B%7D',
        lastDiscussionParticipants: null,
        inThread: true,
        feedback: {
          post: {
            deliveryId: '7a0c3c1e-5f1b-4d2e-9a43-1b2c3d4e5f60',
            issueNumber: 44,
            caseId: caseStudy.id,
            language,
            audiences: ['officers-and-staff'],
            lastDiscussionParticipants: null,
            pollId: poll.id,
          },
          ...(withPoll ? { poll } : {}),
        },
      }) satisfies Parameters<typeof caseCard>[0];
    const card = (language: 'en' | 'cy' | 'bilingual', withPoll = true) =>
      caseCard(cardInput(language, withPoll));
    const input = (json: ReturnType<typeof card>, id: string) =>
      json.body.find((element) => 'id' in element && element.id === id) as
        { label: string; choices: { title: string; value: string }[] } | undefined;

    it('asks in the post’s language, with the poll’s Welsh where the editors gave it and the English where not', () => {
      const welsh = card('cy');
      assert.deepEqual(cardProblems(welsh), []);
      assert.ok(cardTexts(welsh).includes('Oedd hyn yn ddefnyddiol?'));
      assert.equal(input(welsh, 'pollOption')?.label, 'Pa thema nesaf?');
      assert.deepEqual(
        input(welsh, 'pollOption')?.choices.map((choice) => choice.title),
        ['Dalfa', 'Roads policing'],
      );
      assert.ok(cardTexts(welsh).some((text) => text.includes('31 Ionawr 2027')));
    });

    it('in both languages, says each once, the Welsh first', () => {
      const both = card('bilingual');
      assert.deepEqual(cardProblems(both), []);
      assert.equal(input(both, 'rating')?.choices[4]?.title, '5, defnyddiol iawn · 5, very useful');
      assert.equal(input(both, 'rating')?.choices[1]?.title, '2');
      assert.equal(input(both, 'pollOption')?.label, 'Pa thema nesaf? · Which theme next?');
      assert.deepEqual(
        input(both, 'pollOption')?.choices.map((choice) => choice.title),
        ['Dalfa · Custody', 'Roads policing'],
      );
    });

    it('leaves the poll off when none is open, and both off a card outside a thread', () => {
      assert.equal(input(card('en', false), 'pollOption'), undefined);
      assert.ok(input(card('en', false), 'rating'));
      const chat = caseCard({ ...cardInput('en'), inThread: false });
      assert.equal(input(chat, 'rating'), undefined);
      assert.ok(!cardTexts(chat).includes('Was this useful?'));
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
        glossary,
        language: 'en',
        choices: defaultChoices('19:general', 'en'),
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
        'postLanguage',
        'themes',
        'notifyNewIssues',
      ]);
      assert.ok(cardTexts(card).some((text) => text.startsWith('What it reads and keeps')));
    });

    it('keeps the choices and shows the problem when shown again', () => {
      const choices = {
        ...defaultChoices('19:briefing', 'en'),
        time: '25:99',
        timeZone: 'Mars/Olympus',
      };
      const card = setupCard({
        channels,
        themes: [],
        glossary,
        language: 'en',
        choices,
        problem: 'Choose a time.',
      });
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
        choices: defaultChoices('19:briefing', 'en'),
        nextPost: 'Monday 1 December',
        glossary,
        language: 'en',
      });
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.includes('When: Monday at 09:00 (Europe/London)'));
      assert.ok(texts.includes('Next post: Monday 1 December'));
    });
  });
});
