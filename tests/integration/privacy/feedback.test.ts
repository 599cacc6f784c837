import assert from 'node:assert/strict';
import { pino } from 'pino';
import {
  applyRetention,
  erasePersonData,
  exportPersonData,
  offboardTenant,
} from '../../../src/privacy/index';
import type { Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { colleague, forceA, forceB, officer, seedForce } from './seed';

const logger = pino({ level: 'silent' });
const now = new Date('2026-11-27T03:00:00.000Z');

async function rateAndVote(store: Store, tenantId: string, personId: string, at: Date) {
  await store.feedback.saveRating({
    tenantId,
    personId,
    issueNumber: 43,
    caseId: '43-2',
    rating: 4,
    comment: 'We use it at handover.',
    ratedAt: at,
  });
  await store.pollVotes.vote({
    tenantId,
    personId,
    pollId: '2027-themes',
    optionId: 'custody',
    votedAt: at,
  });
}

withEachEngine('ratings, comments and votes in a person’s data', (engine) => {
  it('an export holds the person’s ratings with their comments and their votes, in that force only', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await rateAndVote(store, forceA, officer, new Date('2026-11-24T08:00Z'));
    await rateAndVote(store, forceA, colleague, new Date('2026-11-24T08:00Z'));
    await rateAndVote(store, forceB, officer, new Date('2026-11-24T08:00Z'));

    const exported = await exportPersonData(store, forceA, officer.toUpperCase());

    assert.deepEqual(exported.ratings, [
      {
        issueNumber: 43,
        caseId: '43-2',
        rating: 4,
        comment: 'We use it at handover.',
        ratedAt: '2026-11-24T08:00:00.000Z',
      },
    ]);
    assert.deepEqual(exported.pollVotes, [
      { pollId: '2027-themes', optionId: 'custody', votedAt: '2026-11-24T08:00:00.000Z' },
    ]);
    assert.match(exported.onErasure.en, /ratings, comments and votes are deleted/);
  });

  it('erasure deletes the person’s ratings and votes, and nobody else’s', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await rateAndVote(store, forceA, officer, new Date('2026-11-24T08:00Z'));
    await rateAndVote(store, forceA, colleague, new Date('2026-11-24T08:00Z'));
    await rateAndVote(store, forceB, officer, new Date('2026-11-24T08:00Z'));

    const outcome = await erasePersonData(store, forceA, officer);

    assert.equal(outcome.deletedRatings, 1);
    assert.equal(outcome.deletedPollVotes, 1);
    assert.deepEqual(await store.feedback.ratingsBy(forceA, [officer]), []);
    assert.deepEqual(await store.pollVotes.votesBy(forceA, [officer]), []);
    assert.equal((await store.feedback.ratingsBy(forceA, [colleague])).length, 1);
    assert.equal((await store.feedback.ratingsBy(forceB, [officer])).length, 1);
  });

  it('retention leaves past figures as they were but no longer names anyone or keeps their words', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA, { retentionMonths: 12 });
    await rateAndVote(store, forceA, officer, new Date('2025-06-01T08:00Z'));
    await rateAndVote(store, forceA, colleague, new Date('2026-06-01T08:00Z'));

    const [outcome] = await applyRetention(store, now, logger);

    assert.equal(outcome!.anonymisedRatings, 1);
    assert.equal(outcome!.anonymisedPollVotes, 1);
    assert.deepEqual((await exportPersonData(store, forceA, officer)).ratings, []);
    assert.deepEqual((await exportPersonData(store, forceA, officer)).pollVotes, []);
    const year = { from: new Date('2025-01-01T00:00Z'), to: now };
    assert.equal(
      (await store.feedback.countRatings(year, forceA)).reduce((sum, c) => sum + c.people, 0),
      2,
    );
    assert.equal((await store.pollVotes.countVotes('2027-themes', forceA))[0]?.people, 2);
    assert.deepEqual(
      (await store.feedback.comments(year)).map((c) => c.comment),
      ['We use it at handover.'],
    );
  });

  it('offboarding a force deletes its ratings, votes and comment setting', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);
    await seedForce(store, forceB);
    await rateAndVote(store, forceA, officer, new Date('2026-11-24T08:00Z'));
    await rateAndVote(store, forceB, officer, new Date('2026-11-24T08:00Z'));
    await store.feedback.setCommentsAllowed(forceA, false);

    const removed = await offboardTenant(store, forceA, logger);

    assert.equal(removed.feedback_ratings, 1);
    assert.equal(removed.poll_votes, 1);
    assert.equal(removed.feedback_settings, 1);
    assert.deepEqual(await store.pollVotes.countVotes('2027-themes'), [
      { tenantId: forceB, optionId: 'custody', people: 1 },
    ]);
  });
});
