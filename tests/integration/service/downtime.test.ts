import assert from 'node:assert/strict';
import { FORCES, nextMessageId } from './forces';
import { eventually } from '../../support/eventually';
import { ServiceHarness } from './harness';

const force = FORCES.a;

describe('the composed service after downtime', () => {
  const harness = new ServiceHarness();
  let root = '';
  let caseId = '';
  const seen = nextMessageId();

  before(async () => {
    await harness.start();
    const teams = harness.activities(force);
    await harness.send(teams.botAdded());
    await harness.send(
      teams.saveSetUp({
        channelId: force.briefing,
        weekday: '5',
        time: '13:30',
        timeZone: 'Europe/London',
        audiences: 'call-handlers',
      }),
    );
    await harness.send(teams.command('post now'));
    const [delivery] = await harness.service.store.deliveries.list({ tenantId: force.tenantId });
    root = delivery!.rootMessageId!;
    caseId = delivery!.caseId;
    harness.graph.addMessage(force.groupId, force.briefing, { id: root });
    harness.graph.addReply(force.groupId, force.briefing, root, {
      id: seen,
      userId: force.owner.aadObjectId,
      displayName: force.owner.name,
      html: '<p>Seen live.</p>',
      createdDateTime: new Date(Date.now() - 60_000).toISOString(),
    });
    await harness.send(
      teams.message({ text: '<p>Seen live.</p>', from: force.owner, thread: root, id: seen }),
    );
  });
  after(async () => {
    await harness.stop();
  });

  it('replies written while it was down are collected from Graph when it starts, and nothing is posted twice', async () => {
    const missed = nextMessageId();
    harness.graph.addReply(force.groupId, force.briefing, root, {
      id: missed,
      userId: force.member.aadObjectId,
      displayName: force.member.name,
      html: '<p>Written while the service was down.</p>',
    });
    harness.graph.editReply(
      force.groupId,
      force.briefing,
      root,
      seen,
      '<p>Seen live, edited later.</p>',
    );

    await harness.restart({ background: true });
    const texts = async () =>
      (await harness.service.store.discussion.listReplies(force.tenantId, force.briefing, root))
        .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
        .map((reply) => reply.text);
    const expected = ['Seen live, edited later.', 'Written while the service was down.'];
    await eventually(async () => (await texts()).join('|') === expected.join('|'));

    assert.deepEqual(await texts(), expected);
    const tab = await harness.get(
      `/api/discussions/${caseId}?team=${force.groupId}`,
      `Bearer ${await harness.ssoToken(force, force.member)}`,
    );
    assert.equal(tab.status, 200);
    assert.deepEqual(
      (tab.body as { replies: { id: string }[] }).replies.map((reply) => reply.id),
      [seen, missed],
    );
    assert.equal(harness.connector.threads(force.briefing).length, 1);
  });
});
