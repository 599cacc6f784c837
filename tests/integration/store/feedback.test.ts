import assert from 'node:assert/strict';
import type { NewRating, Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { tenantA, tenantB } from './fixtures';

const officer = '6a1f0c2e-3b4d-4e5f-9a8b-7c6d5e4f3a2b';
const colleague = '1d2c3b4a-5e6f-4a7b-8c9d-0e1f2a3b4c5d';
const november = { from: new Date('2026-11-01T00:00Z'), to: new Date('2026-12-01T00:00Z') };

function aRating(overrides: Partial<NewRating> = {}): NewRating {
  return {
    tenantId: tenantA,
    personId: officer,
    issueNumber: 44,
    caseId: '44-3',
    rating: 4,
    comment: null,
    ratedAt: new Date('2026-11-24T08:00Z'),
    ...overrides,
  };
}

async function rateMany(store: Store, ratings: Partial<NewRating>[]): Promise<void> {
  for (const rating of ratings) await store.feedback.saveRating(aRating(rating));
}

withEachEngine('the store: ratings, comments and poll votes', (engine) => {
  it('keeps one rating per person per item: a second replaces the first', async () => {
    const store = await engine.makeStore();
    await rateMany(store, [
      { rating: 2 },
      { rating: 5, ratedAt: new Date('2026-11-25T08:00Z') },
      { caseId: null, rating: 3 },
      { personId: colleague, rating: 1 },
    ]);

    const mine = await store.feedback.ratingOf(tenantA, officer, {
      issueNumber: 44,
      caseId: '44-3',
    });
    assert.equal(mine?.rating, 5);
    assert.equal(
      (await store.feedback.ratingOf(tenantA, officer, { issueNumber: 44, caseId: null }))?.rating,
      3,
    );
    assert.equal(
      await store.feedback.ratingOf(tenantB, officer, { issueNumber: 44, caseId: '44-3' }),
      undefined,
    );
    assert.deepEqual(
      (await store.feedback.countRatings(november)).map((c) => [c.caseId, c.rating, c.people]),
      [
        [null, 3, 1],
        ['44-3', 1, 1],
        ['44-3', 5, 1],
      ],
    );
  });

  it('counts each force apart, and only within the period', async () => {
    const store = await engine.makeStore();
    await rateMany(store, [
      { rating: 4 },
      { personId: colleague, rating: 4 },
      { tenantId: tenantB, rating: 4 },
      { tenantId: tenantB, personId: colleague, rating: 4, ratedAt: new Date('2026-10-31T23:59Z') },
    ]);

    assert.deepEqual(
      (await store.feedback.countRatings(november)).map((c) => [c.tenantId, c.people]),
      [
        [tenantA, 2],
        [tenantB, 1],
      ],
    );
    assert.deepEqual(
      (await store.feedback.countRatings(november, tenantB.toUpperCase())).map((c) => c.people),
      [1],
    );
  });

  it('a changed comment is new to the editors; the same comment stays hidden once hidden', async () => {
    const store = await engine.makeStore();
    const first = await store.feedback.saveRating(aRating({ comment: 'Useful for briefings.' }));
    assert.equal(await store.feedback.setCommentHidden(first.commentId, true), true);

    const again = await store.feedback.saveRating(
      aRating({ rating: 5, comment: 'Useful for briefings.' }),
    );
    assert.equal(again.commentId, first.commentId);
    assert.equal(again.commentHidden, true);

    const changed = await store.feedback.saveRating(aRating({ comment: 'Used it in training.' }));
    assert.notEqual(changed.commentId, first.commentId);
    assert.equal(changed.commentHidden, false);
    const comments = await store.feedback.comments(november);
    assert.deepEqual(
      comments.map((c) => [c.comment, c.hidden]),
      [['Used it in training.', false]],
    );
    assert.ok(!JSON.stringify(comments).includes(officer));
    assert.equal(await store.feedback.setCommentHidden(first.commentId, true), false);
  });

  it('a force that switches comments off loses the comments it held and keeps its ratings', async () => {
    const store = await engine.makeStore();
    await rateMany(store, [
      { comment: 'Force A words' },
      { tenantId: tenantB, comment: 'Force B words' },
    ]);
    assert.equal(await store.feedback.commentsAllowed(tenantA), true);

    assert.equal(await store.feedback.setCommentsAllowed(tenantA, false), 1);

    assert.equal(await store.feedback.commentsAllowed(tenantA), false);
    assert.equal(await store.feedback.commentsAllowed(tenantB), true);
    assert.deepEqual(
      (await store.feedback.comments(november)).map((c) => c.comment),
      ['Force B words'],
    );
    assert.equal((await store.feedback.countRatings(november, tenantA))[0]?.people, 1);
    assert.equal(await store.feedback.setCommentsAllowed(tenantA, true), 0);
    assert.equal(await store.feedback.commentsAllowed(tenantA), true);
  });

  it('after retention a rating counts still but names nobody and keeps no comment', async () => {
    const store = await engine.makeStore();
    await rateMany(store, [
      { comment: 'old words', ratedAt: new Date('2025-01-01T00:00Z') },
      { personId: colleague, comment: 'new words' },
    ]);

    assert.equal(await store.feedback.anonymiseBefore(tenantA, new Date('2026-01-01T00:00Z')), 1);
    assert.equal(await store.feedback.anonymiseBefore(tenantA, new Date('2026-01-01T00:00Z')), 0);

    assert.deepEqual(await store.feedback.ratingsBy(tenantA, [officer]), []);
    assert.equal((await store.feedback.ratingsBy(tenantA, [colleague]))[0]?.comment, 'new words');
    const all = await store.feedback.countRatings({ from: new Date(0), to: november.to });
    assert.equal(
      all.reduce((sum, c) => sum + c.people, 0),
      2,
    );
    assert.deepEqual(
      (await store.feedback.comments({ from: new Date(0), to: november.to })).map((c) => c.comment),
      ['new words'],
    );
  });

  it('keeps one vote per person per poll, changeable, counted per force and option', async () => {
    const store = await engine.makeStore();
    const vote = (tenantId: string, personId: string, optionId: string) =>
      store.pollVotes.vote({
        tenantId,
        personId,
        pollId: '2027-themes',
        optionId,
        votedAt: new Date('2026-11-24T08:00Z'),
      });
    await vote(tenantA, officer, 'custody');
    await vote(tenantA, officer, 'roads');
    await vote(tenantA, colleague, 'roads');
    await vote(tenantB, officer, 'custody');

    assert.equal(
      (await store.pollVotes.voteOf(tenantA, officer, '2027-themes'))?.optionId,
      'roads',
    );
    assert.deepEqual(
      (await store.pollVotes.countVotes('2027-themes')).map((c) => [
        c.tenantId,
        c.optionId,
        c.people,
      ]),
      [
        [tenantA, 'roads', 2],
        [tenantB, 'custody', 1],
      ],
    );
    assert.deepEqual(await store.pollVotes.countVotes('2027-themes', tenantB), [
      { tenantId: tenantB, optionId: 'custody', people: 1 },
    ]);
    assert.equal(await store.pollVotes.anonymiseBefore(tenantA, new Date('2027-01-01T00:00Z')), 2);
    assert.deepEqual(await store.pollVotes.votesBy(tenantA, [officer, colleague]), []);
    assert.equal((await store.pollVotes.countVotes('2027-themes', tenantA))[0]?.people, 2);
    assert.equal(await store.pollVotes.deleteVotesBy(tenantB, [officer]), 1);
  });
});
