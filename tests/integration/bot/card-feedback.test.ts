import assert from 'node:assert/strict';
import { createLibrary } from '../../../src/content/library';
import type { Poll } from '../../../src/content/model';
import { myFeedback, ratingsSummary } from '../../../src/feedback';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { testLibrary } from './fixtures';
import { BotHarness, BRIEFING, MEMBER, OWNER, TENANT } from './harness';

const poll: Poll = {
  id: 'next-themes',
  question: 'Which theme would help your force most next year?',
  questionCy: 'Pa thema fyddai’n helpu eich heddlu fwyaf y flwyddyn nesaf?',
  opensOn: '2020-01-01',
  closesOn: '2099-12-31',
  options: [
    { id: 'custody', label: 'Custody and detention', labelCy: 'Dalfa a chadw' },
    { id: 'roads', label: 'Roads policing', labelCy: 'Plismona ffyrdd' },
  ],
};

const withPoll = (open: Poll) => createLibrary(testLibrary().issues, [open]);

interface Card {
  body: Record<string, unknown>[];
}
interface ExecuteAction {
  type: string;
  verb: string;
  data: Record<string, string>;
}

/** The `Action.Execute` buttons in a card's body, by verb. */
function executeData(card: Card, verb: string): Record<string, string> | undefined {
  for (const element of card.body) {
    if (element.type !== 'ActionSet') continue;
    const found = (element.actions as ExecuteAction[]).find((action) => action.verb === verb);
    if (found) return found.data;
  }
  return undefined;
}

/** The value an input of the card shows. */
const inputValue = (card: Card, id: string) =>
  card.body.find((element) => element.id === id)?.value as string | undefined;

describe('the weekly card: "Was this useful?" and the poll, answered in place', () => {
  let harness: BotHarness;
  beforeEach(async () => {
    harness = await new BotHarness().start();
    harness.library = withPoll(poll);
    await harness.install();
  });
  afterEach(() => harness.stop());

  /** Subscribes the channel, posts now, and returns the posted card and its thread. */
  async function postWeekly(postLanguage = 'en') {
    await harness.subscribe(BRIEFING, { postLanguage });
    await harness.send(harness.activities.command('post now', OWNER));
    const thread = harness.connector.threads(BRIEFING)[0]!;
    const card = (thread.activity.attachments as { content: Card }[])[0]!.content;
    return { thread, card };
  }

  /** A press of one of the card's buttons in the thread, with the inputs as they were. */
  function press(
    thread: { conversationId: string },
    verb: string,
    data: Record<string, string>,
    from: { id: string; name: string; aadObjectId?: string } = MEMBER,
  ) {
    const activity = harness.activities.cardAction(data, verb, MEMBER);
    return harness.send({
      ...activity,
      from,
      conversation: { ...activity.conversation, id: thread.conversationId },
    });
  }

  /** What the bot answered: an Adaptive Card for the presser. */
  function answerCard(answer: { status: number; body: unknown }): Card {
    assert.equal(answer.status, 200);
    const body = answer.body as { statusCode: number; type: string; value: Card };
    assert.equal(body.statusCode, 200);
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.deepEqual(cardProblems(body.value), []);
    return body.value;
  }

  const member = { tenantId: TENANT, userObjectId: MEMBER.aadObjectId, name: '', roles: [] };
  const deps = () => ({ store: harness.store, library: () => harness.library });

  it('carries the rating and the open poll, each with its own Action.Execute, in a valid card', async () => {
    const { card } = await postWeekly();
    assert.deepEqual(cardProblems(card), []);
    const texts = cardTexts(card);
    assert.ok(texts.includes('Was this useful?'));
    assert.ok(texts.some((text) => text.includes('without your name or your team')));
    assert.ok(texts.includes('Vote on future themes'));
    const rate = executeData(card, 'feedback.rate')!;
    assert.equal(rate.issue, '44');
    assert.match(rate.caseId!, /^44-/);
    assert.ok(executeData(card, 'poll.vote'));
    const pollInput = card.body.find((element) => element.id === 'pollOption') as {
      label: string;
      choices: { title: string; value: string }[];
    };
    assert.equal(pollInput.label, poll.question);
    assert.deepEqual(
      pollInput.choices.map((choice) => choice.value),
      ['custody', 'roads'],
    );
  });

  it('carries no poll when none is open', async () => {
    harness.library = withPoll({ ...poll, opensOn: '2098-01-01' });
    const { card } = await postWeekly();
    assert.equal(executeData(card, 'poll.vote'), undefined);
    assert.ok(!cardTexts(card).includes('Vote on future themes'));
    assert.ok(executeData(card, 'feedback.rate'));
  });

  it('records a rating as the person who pressed it and shows it back to them only, with nothing sent to the thread; a second press changes it', async () => {
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'feedback.rate')!;
    const requestsBefore = harness.connector.received.length;
    const sentBefore = harness.connector.sent.length;

    const first = answerCard(
      await press(thread, 'feedback.rate', { ...data, rating: '4', comment: 'Made us talk.' }),
    );
    assert.ok(cardTexts(first).some((text) => text.includes('you rated this 4 out of 5')));
    assert.equal(inputValue(first, 'rating'), '4');
    assert.equal(inputValue(first, 'comment'), 'Made us talk.');
    assert.ok(executeData(first, 'poll.vote'), 'the poll stays on the presser’s card');
    assert.deepEqual(
      cardTexts(first).filter((text) => !/rated this/.test(text)),
      cardTexts(card),
      'the presser sees the same card, with their rating',
    );

    const second = answerCard(await press(thread, 'feedback.rate', { ...data, rating: '2' }));
    assert.ok(cardTexts(second).some((text) => text.includes('you rated this 2 out of 5')));

    assert.equal(harness.connector.received.length, requestsBefore, 'no call to the connector');
    assert.equal(harness.connector.sent.length, sentBefore);
    assert.deepEqual(thread.updates, []);
    assert.deepEqual(thread.replies, []);

    const caseId = data.caseId!;
    const mine = await myFeedback(deps(), member, 44, caseId);
    assert.deepEqual([mine.rating, mine.comment], [2, null]);
    const owner = await myFeedback(
      deps(),
      { ...member, userObjectId: OWNER.aadObjectId },
      44,
      caseId,
    );
    assert.equal(owner.rating, null, 'nobody else’s rating changed');
    const year = { from: new Date('2020-01-01'), to: new Date('2100-01-01') };
    const summary = await ratingsSummary(harness.store, year, TENANT);
    assert.deepEqual(
      summary.map((item) => [item.caseId, item.people, item.byRating]),
      [[caseId, 1, [0, 1, 0, 0, 0]]],
      'one rating per person, counted in the insights like the tab’s',
    );
  });

  it('refuses a press without the person’s identity with a clear message, keeping what they chose and saving nothing', async () => {
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'feedback.rate')!;
    const answer = answerCard(
      await press(
        thread,
        'feedback.rate',
        { ...data, rating: '5', comment: 'Keep these coming.' },
        { id: MEMBER.id, name: MEMBER.name },
      ),
    );
    assert.ok(cardTexts(answer).some((text) => text.includes('Teams did not say who you are')));
    assert.equal(inputValue(answer, 'rating'), '5');
    assert.equal(inputValue(answer, 'comment'), 'Keep these coming.');
    const year = { from: new Date('2020-01-01'), to: new Date('2100-01-01') };
    assert.deepEqual(await ratingsSummary(harness.store, year, TENANT), []);
  });

  it('asks for a rating when none was chosen, and saves nothing', async () => {
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'feedback.rate')!;
    const answer = answerCard(await press(thread, 'feedback.rate', { ...data, comment: 'Hmm' }));
    assert.ok(cardTexts(answer).includes('Choose a rating from 1 to 5 first.'));
    assert.equal(inputValue(answer, 'comment'), 'Hmm');
    const mine = await myFeedback(deps(), member, 44, data.caseId);
    assert.equal(mine.rating, null);
  });

  it('keeps the rating but not the comment when the force switched comments off, and says so', async () => {
    await harness.store.feedback.setCommentsAllowed(TENANT, false);
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'feedback.rate')!;
    const answer = answerCard(
      await press(thread, 'feedback.rate', { ...data, rating: '3', comment: 'A comment' }),
    );
    const texts = cardTexts(answer);
    assert.ok(texts.some((text) => text.includes('you rated this 3 out of 5')));
    assert.ok(texts.some((text) => text.includes('your comment was not kept')));
    const stored = await harness.store.feedback.ratingOf(TENANT, MEMBER.aadObjectId, {
      issueNumber: 44,
      caseId: data.caseId!,
    });
    assert.deepEqual([stored?.rating, stored?.comment], [3, null]);
  });

  it('records a vote and shows the voter their choice; after the poll closes a vote is refused and nothing changes', async () => {
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'poll.vote')!;
    const sentBefore = harness.connector.sent.length;
    const voted = answerCard(await press(thread, 'poll.vote', { ...data, pollOption: 'roads' }));
    assert.ok(cardTexts(voted).includes('Your vote: Roads policing.'));
    assert.equal(inputValue(voted, 'pollOption'), 'roads');
    assert.equal(harness.connector.sent.length, sentBefore);
    assert.deepEqual(thread.replies, []);

    harness.library = withPoll({ ...poll, closesOn: '2020-12-31' });
    const late = answerCard(await press(thread, 'poll.vote', { ...data, pollOption: 'custody' }));
    assert.ok(cardTexts(late).includes('This poll has closed.'));
    assert.equal(
      late.body.find((element) => element.id === 'pollOption'),
      undefined,
    );
    const stored = await harness.store.pollVotes.voteOf(TENANT, MEMBER.aadObjectId, poll.id);
    assert.equal(stored?.optionId, 'roads');
  });

  it('answers a press it cannot read, or of a case the library no longer has, with an error and no 500', async () => {
    const { thread, card } = await postWeekly();
    const data = executeData(card, 'feedback.rate')!;
    const unreadable = await press(thread, 'feedback.rate', { ...data, language: 'klingon' });
    assert.equal((unreadable.body as { statusCode: number }).statusCode, 400);
    harness.library = createLibrary([], [poll]);
    const gone = await press(thread, 'feedback.rate', { ...data, rating: '4' });
    const body = gone.body as { statusCode: number; value: { message: string } };
    assert.equal(body.statusCode, 404);
    assert.match(body.value.message, /no longer in the library/);
  });

  it('answers a Welsh team in Welsh: the card, the thanks and the vote', async () => {
    const { thread, card } = await postWeekly('cy');
    const texts = cardTexts(card);
    assert.ok(texts.includes('Oedd hyn yn ddefnyddiol?'));
    assert.ok(texts.includes('Pleidleisio ar themâu’r dyfodol'));
    const rated = answerCard(
      await press(thread, 'feedback.rate', { ...executeData(card, 'feedback.rate')!, rating: '4' }),
    );
    assert.ok(cardTexts(rated).some((text) => text.includes('rhoesoch 4 allan o 5')));
    const voted = answerCard(
      await press(thread, 'poll.vote', {
        ...executeData(card, 'poll.vote')!,
        pollOption: 'custody',
      }),
    );
    assert.ok(cardTexts(voted).includes('Eich pleidlais: Dalfa a chadw.'));
  });
});
