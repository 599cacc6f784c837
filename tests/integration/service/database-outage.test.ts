import assert from 'node:assert/strict';
import {
  databaseOutage,
  freshPostgresDatabase,
  postgresAvailable,
} from '../../../testkit/postgres';
import { FORCES, nextMessageId } from './forces';
import { eventually } from '../../support/eventually';
import { ServiceHarness } from './harness';

const force = FORCES.a;

if (postgresAvailable()) {
  describe('the composed service on PostgreSQL when the database goes away (a failover)', () => {
    let harness: ServiceHarness;
    let outage: ReturnType<typeof databaseOutage>;
    let root = '';

    const reply = (text: string, id = nextMessageId()) => {
      harness.graph.addReply(force.groupId, force.briefing, root, {
        id,
        userId: force.member.aadObjectId,
        displayName: force.member.name,
        html: `<p>${text}</p>`,
      });
      return harness.send(
        harness
          .activities(force)
          .message({ text: `<p>${text}</p>`, from: force.member, thread: root, id }),
      );
    };
    const storedTexts = async () =>
      (await harness.service.store.discussion.listReplies(force.tenantId, force.briefing, root))
        .map((stored) => stored.text)
        .sort();

    beforeEach(async () => {
      const databaseUrl = await freshPostgresDatabase();
      outage = databaseOutage(databaseUrl);
      harness = await new ServiceHarness({ databaseUrl }).start();
      const teams = harness.activities(force);
      await harness.send(teams.botAdded());
      await harness.send(
        teams.saveSetUp({
          channelId: force.briefing,
          weekday: '5',
          time: '13:30',
          timeZone: 'Europe/London',
          audiences: 'trainers',
        }),
      );
      await harness.send(teams.command('post now'));
      root = harness.connector.threads(force.briefing)[0]!.rootMessageId;
      harness.graph.addMessage(force.groupId, force.briefing, { id: root });
    });
    afterEach(async () => {
      await outage.end();
      await harness.stop();
    });

    it('replies that arrive meanwhile never make the bot speak, and each is stored once when it is back', async () => {
      const spoken = harness.connector.sent.length;
      await outage.begin();
      const first = nextMessageId();
      const answers = [
        await reply('Check the custody record first.', first),
        await reply('And tell the duty inspector.'),
        await harness.send(
          harness
            .activities(force)
            .edited(root, first, '<p>Check the custody record, then the log.</p>', force.member),
        ),
      ];
      assert.deepEqual(
        answers.map((answer) => answer.status),
        [200, 200, 200],
      );

      await outage.end();
      const expected = ['And tell the duty inspector.', 'Check the custody record, then the log.'];
      await eventually(async () => (await storedTexts()).join('|') === expected.join('|'));
      assert.deepEqual(await storedTexts(), expected);
      assert.equal(harness.connector.sent.length, spoken, 'nothing said in the channel');
    });

    it('replies still waiting when the service stops are brought back by the catch-up at start', async () => {
      await outage.begin();
      await reply('Written during the failover.');
      await reply('And another.');
      await harness.restart({ background: true, whileStopped: () => outage.end() });

      const expected = ['And another.', 'Written during the failover.'];
      await eventually(async () => (await storedTexts()).join('|') === expected.join('|'));
      assert.deepEqual(await storedTexts(), expected);
    });
  });
}
