import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { InsightsView } from '../../../src/insights';
import { FORCES, type Force } from '../service/forces';
import { PUBLISHER_TENANT, ServiceHarness } from '../service/harness';

const [a, b] = [FORCES.a, FORCES.b];
const period = 'from=2026-11-16&to=2026-11-23';
const inPeriod = new Date('2026-11-18T10:00:00Z');

const people = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);

describe('insights: the learning record, feedback and polls counted with the same rule', () => {
  const harness = new ServiceHarness();
  let hiddenCommentId: string;

  /** One learning-record entry by each of `authors` in a force, in the period. */
  async function entries(force: Force, authors: string[]): Promise<void> {
    for (const personId of authors) {
      await harness.service.store.learningRecord.add({
        tenantId: force.tenantId,
        id: randomUUID(),
        personId,
        caseId: '43-2',
        reflection: 'What I would do differently.',
        application: '',
        minutes: 15,
        source: 'tab',
        createdAt: inPeriod,
      });
    }
  }

  before(async () => {
    await harness.start();
    const store = harness.service.store;
    await entries(a, people('a', 6));
    await entries(b, people('b', 3));
    for (const [index, personId] of people('a', 5).entries()) {
      const rating = await store.feedback.saveRating({
        tenantId: a.tenantId,
        personId,
        issueNumber: 43,
        caseId: '43-2',
        rating: index < 3 ? 5 : 4,
        comment: index === 0 ? 'Useful for our custody team.' : index === 1 ? 'Names X.' : null,
        ratedAt: inPeriod,
      });
      if (index === 1) hiddenCommentId = rating.commentId;
      await store.pollVotes.vote({
        tenantId: a.tenantId,
        personId,
        pollId: '2027-themes',
        optionId: 'custody',
        votedAt: inPeriod,
      });
    }
    await store.feedback.setCommentHidden(hiddenCommentId, true);
  });
  after(() => harness.stop());

  const insights = async (authorization: string) =>
    (await harness.get(`/api/insights?${period}`, authorization)).body as InsightsView;

  it('counts a force’s learning-record entries for its learning lead, never fewer than 5 authors', async () => {
    const leadA = `Bearer ${await harness.ssoToken(a, a.member, ['LearningLead'])}`;
    const leadB = `Bearer ${await harness.ssoToken(b, b.member, ['LearningLead'])}`;

    assert.deepEqual((await insights(leadA)).total.learningRecordEntries, {
      value: 6,
      partial: false,
    });
    assert.equal((await insights(leadB)).total.learningRecordEntries.value, null);
  });

  it('shows an editor the ratings, the comments an editor has not hidden, and the votes', async () => {
    const editor = `Bearer ${await harness.ssoToken({ tenantId: PUBLISHER_TENANT }, a.outsider, ['Editor'])}`;
    const view = await insights(editor);

    const rating = view.ratings.find((item) => item.item === '43-2');
    assert.deepEqual(rating?.ratings, { value: 5, partial: false });
    assert.equal(rating?.average, 4.6);
    assert.deepEqual(view.comments, [{ item: '43-2', comment: 'Useful for our custody team.' }]);
    const poll = view.polls.find((item) => item.poll === '2027-themes');
    assert.deepEqual(poll?.options.find((option) => option.option === 'custody')?.votes, {
      value: 5,
      partial: false,
    });
    assert.deepEqual(view.total.learningRecordEntries, { value: 6, partial: true });
  });
});
