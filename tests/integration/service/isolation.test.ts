import assert from 'node:assert/strict';
import { runTenantCommand } from '../../../src/tenants';
import { FORCES, nextMessageId, UNKNOWN_FORCE } from './forces';
import { ServiceHarness } from './harness';
import { TENANT_CACHE_MS } from '../../../src/tenants/access';

const [forceA, forceB] = [FORCES.a, FORCES.b];
/** `createTenantAccess` reuses a tenant's status this long (its default). */
const NOT_ENABLED = /not enabled for your organisation/;
const WORDS = 'Only force A may read this reflection.';

describe('each force sees only its own discussions, and only while the service is enabled for it', () => {
  let later = 0;
  const harness = new ServiceHarness({ clock: () => new Date(Date.now() + later) });
  let caseId = '';
  let root = '';
  const wordsId = nextMessageId();
  const discussion = () => `/api/discussions/${caseId}?team=${forceA.groupId}`;
  const bearer = async (force: typeof forceA, person: typeof forceA.member): Promise<string> =>
    `Bearer ${await harness.ssoToken(force, person)}`;

  before(async () => {
    await harness.start();
    const teamsA = harness.activities(forceA);
    for (const force of [forceA, forceB]) {
      await harness.send(harness.activities(force).botAdded());
    }
    await harness.send(
      teamsA.saveSetUp({
        channelId: forceA.briefing,
        weekday: '1',
        time: '08:00',
        timeZone: 'Europe/London',
        audiences: 'officers-and-staff',
      }),
    );
    await harness.send(teamsA.command('post now'));
    const [delivery] = await harness.service.store.deliveries.list({ tenantId: forceA.tenantId });
    caseId = delivery!.caseId;
    root = delivery!.rootMessageId!;
    harness.graph.addMessage(forceA.groupId, forceA.briefing, { id: root });
    await harness.send(
      teamsA.message({ text: WORDS, from: forceA.member, thread: root, id: wordsId }),
    );
    const mine = await harness.get(discussion(), await bearer(forceA, forceA.member));
    assert.equal(mine.status, 200);
    assert.ok(mine.text.includes(WORDS));
  });
  after(async () => {
    await harness.stop();
  });

  it('a member of another force asking for force A’s team gets no discussion and no words', async () => {
    const answer = await harness.get(discussion(), await bearer(forceB, forceB.member));

    assert.ok([403, 404].includes(answer.status), `answered ${answer.status}`);
    assert.ok(!answer.text.includes(WORDS));
    assert.equal(
      harness.graph.requests.filter((request) => request.tenantId === forceB.tenantId).length,
      0,
      'nothing of force A is asked of Graph with force B’s token',
    );
  });

  it('someone in force A who is not in the team is refused with 403', async () => {
    const answer = await harness.get(discussion(), await bearer(forceA, forceA.outsider));

    assert.equal(answer.status, 403);
    assert.ok(!answer.text.includes(WORDS));
  });

  it('without a token the discussion is 401', async () => {
    const answer = await harness.get(discussion());

    assert.equal(answer.status, 401);
    assert.ok(!answer.text.includes(WORDS));
  });

  it('a tenant the service does not know is refused by the bot and the tab, and nothing is stored', async () => {
    const teamsC = harness.activities(UNKNOWN_FORCE);

    assert.equal((await harness.send(teamsC.botAdded())).status, 200);
    assert.equal((await harness.send(teamsC.command('post now'))).status, 200);
    const reply = teamsC.message({
      text: 'Words of a stranger.',
      from: UNKNOWN_FORCE.member,
      thread: nextMessageId(),
    });
    assert.equal((await harness.send(reply)).status, 200);
    const tab = await harness.get(
      `/api/discussions/${caseId}?team=${UNKNOWN_FORCE.groupId}`,
      await bearer(UNKNOWN_FORCE, UNKNOWN_FORCE.member),
    );

    const store = harness.service.store;
    assert.equal(await store.tenants.get(UNKNOWN_FORCE.tenantId), undefined);
    assert.deepEqual(await store.teams.list(UNKNOWN_FORCE.tenantId), []);
    assert.deepEqual(await store.subscriptions.list({ tenantId: UNKNOWN_FORCE.tenantId }), []);
    assert.deepEqual(harness.connector.threads(UNKNOWN_FORCE.briefing), []);
    const told = [
      ...harness.textsSentTo(UNKNOWN_FORCE.teamId),
      ...harness.textsSentTo(UNKNOWN_FORCE.briefing),
    ];
    assert.equal(told.length, 2);
    for (const text of told) assert.match(text, NOT_ENABLED);
    assert.equal(tab.status, 403);
  });

  it('once the operator suspends force A, the bot and the tab refuse it without a restart', async () => {
    const store = harness.service.store;
    await runTenantCommand(store, {
      name: 'suspend',
      tenantId: forceA.tenantId,
      reason: 'e2e',
    });
    later += TENANT_CACHE_MS + 1;
    const teamsA = harness.activities(forceA);
    const sentBefore = harness.connector.sent.length;

    assert.equal((await harness.send(teamsA.command('post now'))).status, 200);
    const lateReply = teamsA.message({
      text: 'A reply after the suspension.',
      from: forceA.owner,
      thread: root,
    });
    assert.equal((await harness.send(lateReply)).status, 200);
    const tab = await harness.get(discussion(), await bearer(forceA, forceA.member));

    assert.deepEqual(
      harness.connector.sent.slice(sentBefore).map((sent) => sent.activity.text),
      [
        'Learning the Lessons is not enabled for your organisation yet. Please ask your IT team to approve it.',
      ],
    );
    assert.equal(harness.connector.threads(forceA.briefing).length, 1);
    const held = async () =>
      (await store.discussion.listReplies(forceA.tenantId, forceA.briefing, root)).map(
        (reply) => reply.id,
      );
    assert.deepEqual(await held(), [wordsId]);
    assert.equal(tab.status, 403);
    assert.ok(!tab.text.includes(WORDS));
  });

  it('while force A is suspended, a colleague deleting their reply still removes it', async () => {
    await harness.send(harness.activities(forceA).deleted(root, wordsId, forceA.member));

    assert.deepEqual(
      await harness.service.store.discussion.listReplies(forceA.tenantId, forceA.briefing, root),
      [],
    );
  });
});
