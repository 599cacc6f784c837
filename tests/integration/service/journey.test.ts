import assert from 'node:assert/strict';
import type { ServiceStatus } from '../../../src/operations';
import { FORCES, nextMessageId } from './forces';
import { APP_ID, OPERATOR_KEY, ServiceHarness, TEAMS_APP_ID } from './harness';

const force = FORCES.a;

interface CardAttachment {
  contentType: string;
  content: { version?: string; body?: unknown; actions?: { url?: string }[] };
}

function cardOf(activity: Record<string, unknown>): CardAttachment['content'] {
  const [attachment] = activity.attachments as CardAttachment[];
  assert.equal(attachment?.contentType, 'application/vnd.microsoft.card.adaptive');
  return attachment.content;
}

/** Every `url` anywhere in a card. */
function urlsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(urlsIn);
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) =>
    key === 'url' && typeof inner === 'string' ? [inner] : urlsIn(inner),
  );
}

describe('a force uses the service in Teams, from install to reading the discussion in the tab', () => {
  const harness = new ServiceHarness();
  const teams = () => harness.activities(force);
  let root = '';
  let caseId = '';
  let deliveryId = '';
  const replies = { first: nextMessageId(), second: nextMessageId(), third: nextMessageId() };

  before(async () => {
    await harness.start();
  });
  after(async () => {
    await harness.stop();
  });

  it('when the team adds the app, the team is stored and the set-up card arrives in General', async () => {
    const answer = await harness.send(teams().botAdded());

    assert.equal(answer.status, 200);
    const team = await harness.service.store.teams.get(force.tenantId, force.teamId);
    assert.equal(team?.graphGroupId, force.groupId);
    const channels = await harness.service.store.teams.listChannels(force.tenantId, force.teamId);
    assert.deepEqual(channels.map((channel) => channel.id).sort(), [force.briefing, force.teamId]);
    const [welcome, ...more] = harness.connector.sentTo(force.teamId);
    assert.equal(more.length, 0);
    assert.match(JSON.stringify(cardOf(welcome!.activity)), /saveSubscription/);
    assert.deepEqual(harness.credentials.requests[0], {
      appId: APP_ID,
      audience: 'https://api.botframework.com',
    });
  });

  it('when a team owner saves the set-up, the subscription is stored and the card names the next post', async () => {
    const answer = await harness.send(
      teams().saveSetUp({
        channelId: force.briefing,
        weekday: '3',
        time: '06:45',
        timeZone: 'Europe/London',
        audiences: 'officers-and-staff,supervisors-and-managers',
        themes: '',
        notifyNewIssues: 'true',
      }),
    );

    assert.equal(answer.status, 200);
    const subscription = await harness.service.store.subscriptions.findByChannel(
      force.tenantId,
      force.briefing,
    );
    assert.equal(subscription?.status, 'active');
    assert.equal(subscription?.weekday, 3);
    assert.equal(subscription?.time, '06:45');
    assert.equal(subscription?.updatedBy, force.owner.aadObjectId);
    const response = answer.body as { statusCode: number; value: unknown };
    assert.equal(response.statusCode, 200);
    assert.match(JSON.stringify(response.value), /Wednesday \d{1,2} \w+ \d{4} at 06:45/);
  });

  it('when the owner says "post now", a new thread with the case card opens in the chosen channel', async () => {
    const answer = await harness.send(teams().command('post now'));

    assert.equal(answer.status, 200);
    const [thread, ...others] = harness.connector.threads(force.briefing);
    assert.equal(others.length, 0);
    root = thread!.rootMessageId;
    const [delivery] = await harness.service.store.deliveries.list({ tenantId: force.tenantId });
    assert.equal(delivery?.status, 'sent');
    assert.equal(delivery?.rootMessageId, root);
    caseId = delivery!.caseId;
    deliveryId = delivery!.id;
    const caseStudy = harness.service.content.snapshot.library.caseStudy(caseId);
    assert.ok(caseStudy);

    const card = cardOf(thread!.activity);
    assert.equal(card.version, '1.5');
    assert.ok(JSON.stringify(card.body).includes(caseStudy.title.slice(0, 20)));
    const link = urlsIn(card).find((url) =>
      url.startsWith('https://teams.microsoft.com/l/entity/'),
    );
    assert.ok(link, 'the card links to the tab');
    const context = JSON.parse(new URL(link).searchParams.get('context')!) as {
      subEntityId: string;
    };
    assert.ok(link.startsWith(`https://teams.microsoft.com/l/entity/${TEAMS_APP_ID}/`));
    const subPage = new URL(context.subEntityId, 'https://tab.example');
    assert.equal(subPage.pathname, `/cases/${caseId}`);
    assert.equal(subPage.searchParams.get('delivery'), delivery!.id);

    const told = harness.textsSentTo(force.briefing);
    assert.equal(told.length, 1);
    assert.match(told[0]!, /^Posted \*\*.+\*\* as a new thread in this channel\.$/);
  });

  it('when colleagues reply in the thread, edit and delete, the service keeps up and says nothing', async () => {
    const sentBefore = harness.connector.sent.length;
    const reply = (id: string, text: string, from = force.member) => {
      harness.graph.addReply(force.groupId, force.briefing, root, {
        id,
        userId: from.aadObjectId,
        displayName: from.name,
        html: `<p>${text}</p>`,
      });
      return harness.send(teams().message({ text: `<p>${text}</p>`, from, thread: root, id }));
    };
    harness.graph.addMessage(force.groupId, force.briefing, { id: root });

    assert.equal((await reply(replies.first, 'I would check the log first.')).status, 200);
    assert.equal((await reply(replies.second, 'Typo here', force.owner)).status, 200);
    assert.equal((await reply(replies.third, 'Ask the custody sergeant.')).status, 200);
    harness.graph.editReply(
      force.groupId,
      force.briefing,
      root,
      replies.second,
      '<p>Supervisors should review it the same shift.</p>',
    );
    await harness.send(
      teams().edited(
        root,
        replies.second,
        '<p>Supervisors should review it the same shift.</p>',
        force.owner,
      ),
    );
    harness.graph.deleteReply(force.groupId, force.briefing, root, replies.third);
    await harness.send(teams().deleted(root, replies.third, force.member));

    const stored = await harness.service.store.discussion.listReplies(
      force.tenantId,
      force.briefing,
      root,
    );
    assert.deepEqual(
      stored.map((one) => [one.id, one.text, one.caseId]).sort(),
      [
        [replies.first, 'I would check the log first.', caseId],
        [replies.second, 'Supervisors should review it the same shift.', caseId],
      ].sort(),
    );
    assert.equal(harness.connector.sent.length, sentBefore);
  });

  it('chatter outside our thread is neither stored nor answered', async () => {
    const sentBefore = harness.connector.sent.length;
    const otherRoot = nextMessageId();
    const chatter = [
      teams().message({ text: 'Who has the van keys?', from: force.member }),
      teams().message({ text: 'In the drawer.', from: force.owner, thread: otherRoot }),
      teams().message({ text: 'Morning all', from: force.member, channelId: force.teamId }),
    ];
    for (const activity of chatter) assert.equal((await harness.send(activity)).status, 200);

    assert.deepEqual(
      await harness.service.store.discussion.listReplies(force.tenantId, force.briefing, otherRoot),
      [],
    );
    assert.equal(
      (await harness.service.store.discussion.listReplies(force.tenantId, force.briefing, root))
        .length,
      2,
    );
    assert.equal(harness.connector.sent.length, sentBefore);
  });

  it('a member of the team, opening the card’s link, reads exactly those replies in the tab, oldest first', async () => {
    const token = await harness.ssoToken(force, force.member);
    const answer = await harness.get(
      `/api/discussions/${caseId}?delivery=${deliveryId}`,
      `Bearer ${token}`,
    );

    assert.equal(answer.status, 200);
    const view = answer.body as {
      caseId: string;
      threadUrl: string;
      replies: { id: string; authorName: string; text: string; editedAt: string | null }[];
    };
    assert.equal(view.caseId, caseId);
    assert.ok(view.threadUrl.includes(encodeURIComponent(root)));
    assert.deepEqual(
      view.replies.map((reply) => [
        reply.id,
        reply.authorName,
        reply.text,
        reply.editedAt !== null,
      ]),
      [
        [replies.first, force.member.name, 'I would check the log first.', false],
        [replies.second, force.owner.name, 'Supervisors should review it the same shift.', true],
      ],
    );
  });

  it('the operator sees the post sent and the replies collected for the force; nobody else does', async () => {
    const anonymous = await harness.get('/api/admin/status');
    const wrongKey = await harness.get('/api/admin/status', 'Bearer not-the-operator-key');
    const officer = await harness.get(
      '/api/admin/status',
      `Bearer ${await harness.ssoToken(force, force.owner)}`,
    );
    assert.equal(anonymous.status, 401);
    assert.equal(wrongKey.status, 401);
    assert.equal(officer.status, 403);
    for (const refused of [anonymous, wrongKey, officer])
      assert.ok(!refused.text.includes(force.tenantId));

    const answer = await harness.get('/api/admin/status', `Bearer ${OPERATOR_KEY}`);
    assert.equal(answer.status, 200);
    const status = answer.body as ServiceStatus;
    const forceA = status.tenants.find((tenant) => tenant.tenantId === force.tenantId);
    assert.equal(forceA?.subscriptions.active, 1);
    assert.equal(forceA?.deliveriesThisWeek.sent, 1);
    assert.deepEqual(forceA?.replies, { held: 2, thisWeek: 2 });
    const forceB = status.tenants.find((tenant) => tenant.tenantId === FORCES.b.tenantId);
    assert.equal(forceB?.deliveriesThisWeek.sent, 0);
    assert.equal(forceB?.replies.held, 0);
  });
});
