import assert from 'node:assert/strict';
import { StoreOutage } from '../../support/store-outage';
import { eventually } from '../../support/eventually';
import { BotHarness, BRIEFING, MEMBER, OWNER, TENANT } from './harness';

describe('the bot in a team: the discussion under a case', () => {
  let harness: BotHarness;
  let root: string;

  beforeEach(async () => {
    harness = await new BotHarness().start();
    await harness.install();
    await harness.subscribe();
    await harness.send(harness.activities.message({ text: 'post now', mention: true }));
    root = harness.connector.threads(BRIEFING)[0]!.rootMessageId;
  });
  afterEach(() => harness.stop());

  const reply = (id: string, text: string, from = MEMBER) =>
    harness.send(harness.activities.message({ text, thread: root, from, id }));
  const replies = () => harness.store.discussion.listReplies(TENANT, BRIEFING, root);

  it('a reply in our thread is stored with its case, author and plain text, and not answered', async () => {
    const sentBefore = harness.connector.sent.length;
    const answer = await reply('1800000000001', '<p>I would call the <b>duty inspector</b>.</p>');
    assert.equal(answer.status, 200);
    const [stored] = await replies();
    assert.deepEqual(
      [stored?.caseId, stored?.authorId, stored?.authorName, stored?.text],
      ['44-1', MEMBER.aadObjectId, MEMBER.name, 'I would call the duty inspector.'],
    );
    assert.equal(harness.connector.sent.length, sentBefore);
  });

  it('an edit in Teams updates the stored reply', async () => {
    await reply('1800000000001', 'First thought');
    await harness.send(harness.activities.edited(root, '1800000000001', 'Second thought'));
    const [stored] = await replies();
    assert.equal(stored?.text, 'Second thought');
    assert.ok(stored?.editedAt);
  });

  it('a deletion in Teams removes the stored reply', async () => {
    await reply('1800000000001', 'Something I regret');
    await reply('1800000000002', 'Something I stand by', OWNER);
    await harness.send(harness.activities.deleted(root, '1800000000001'));
    assert.deepEqual(
      (await replies()).map((stored) => stored.text),
      ['Something I stand by'],
    );
  });

  it('a reply in somebody else\u2019s thread, or a new post in the channel, is ignored and unanswered', async () => {
    const sentBefore = harness.connector.sent.length;
    await harness.send(
      harness.activities.message({
        text: 'Lunch?',
        thread: '1699999999999',
        id: '1800000000009',
      }),
    );
    await harness.send(
      harness.activities.message({ text: 'Shift swap anyone?', id: '1800000000010' }),
    );
    await harness.send(harness.activities.edited('1699999999999', '1800000000009', 'Lunch at 1?'));
    await harness.send(harness.activities.deleted('1699999999999', '1800000000009'));
    assert.deepEqual(await replies(), []);
    assert.equal((await harness.store.privacy.repliesBy(TENANT, OWNER.aadObjectId)).length, 0);
    assert.equal(harness.connector.sent.length, sentBefore);
  });

  it('a retried delivery of the same reply is stored once', async () => {
    await reply('1800000000001', 'Once');
    await reply('1800000000001', 'Once');
    assert.equal((await replies()).length, 1);
  });

  describe('while the store does not answer', () => {
    const outage = new StoreOutage();

    beforeEach(async () => {
      await harness.stop();
      harness = await new BotHarness({ outage }).start();
      await harness.install();
      await harness.subscribe();
      await harness.send(harness.activities.message({ text: 'post now', mention: true }));
      root = harness.connector.threads(BRIEFING)[0]!.rootMessageId;
    });
    afterEach(() => {
      outage.down = false;
    });

    it('replies in our thread get no answer, and are stored once the store is back', async () => {
      const sentBefore = harness.connector.sent.length;
      outage.down = true;
      assert.equal((await reply('1800000000001', 'First')).status, 200);
      assert.equal((await reply('1800000000002', 'Second', OWNER)).status, 200);
      assert.equal(harness.connector.sent.length, sentBefore, 'the bot said nothing');
      assert.equal(harness.replies.waiting, 2);

      outage.down = false;
      await eventually(() => harness.replies.waiting === 0);
      assert.deepEqual((await replies()).map((stored) => stored.text).sort(), ['First', 'Second']);
      assert.equal(harness.connector.sent.length, sentBefore);
    });

    it('someone who @mentions the bot is told something went wrong', async () => {
      outage.down = true;
      const sentBefore = harness.connector.sent.length;
      await harness.send(harness.activities.message({ text: 'status', mention: true }));
      const answers = harness.connector.sent.slice(sentBefore);
      assert.equal(answers.length, 1);
      assert.match(String(answers[0]!.activity.text), /something went wrong/);
    });
  });
});
