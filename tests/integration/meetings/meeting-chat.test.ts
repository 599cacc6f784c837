import assert from 'node:assert/strict';
import { LOCAL_PERSON } from '../../../src/identity/local-person';
import { FakeBotConnector, startTestService, type TestService } from '../../../testkit';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import {
  BOT_ID,
  FORCES,
  nextMessageId,
  UNKNOWN_FORCE,
  type Force,
  type Person,
} from '../service/forces';
import { CONNECTOR_TOKEN, ServiceHarness, type Answer } from '../service/harness';

const CHAT = '19:meeting_NzU2ZjE4YjEtYjdmMC00MDQ4LWE3MGQtYjM2Y2FhMTBmMTVh@thread.v2';
const POSTS = '/api/meetings/chat-posts';

/** Activities from a meeting's chat, as Teams sends them to the bot. */
function meetingActivity(
  tenantId: string,
  serviceUrl: string,
  from: Pick<Person, 'id' | 'aadObjectId'> & { name?: string },
  fields: Record<string, unknown>,
) {
  return {
    id: nextMessageId(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from,
    recipient: { id: BOT_ID, name: 'Learning the Lessons' },
    conversation: { id: CHAT, conversationType: 'groupChat', tenantId, isGroup: true },
    channelData: { tenant: { id: tenantId }, meeting: { id: 'MCMxOTptZWV0aW5n' } },
    ...fields,
  };
}

async function post(baseUrl: string, body: unknown, token?: string): Promise<Answer> {
  const response = await fetch(`${baseUrl}${POSTS}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : undefined };
}

describe('a case posted to a meeting’s chat', () => {
  describe('with sign-in (app-id mode)', () => {
    const a = FORCES.a;
    let harness: ServiceHarness;
    beforeEach(async () => {
      harness = await new ServiceHarness().start();
      harness.connector.addChat({
        tenantId: a.tenantId,
        id: CHAT,
        members: [a.owner, a.member],
      });
    });
    afterEach(() => harness.stop());

    const addToMeeting = (force: Force = a) =>
      harness.send(
        meetingActivity(force.tenantId, harness.connector.serviceUrl, force.owner, {
          type: 'conversationUpdate',
          membersAdded: [{ id: BOT_ID }],
        }),
      );
    const postAs = async (force: Force, person: Person, body: Record<string, unknown>) =>
      post(harness.baseUrl, body, await harness.ssoToken(force, person));
    const cardsInChat = () =>
      harness.connector
        .sentTo(CHAT)
        .flatMap((sent) => (sent.activity.attachments as { content: unknown }[] | undefined) ?? [])
        .map((attachment) => attachment.content);
    const aCase = { chatId: CHAT, caseId: '44-1', audiences: ['supervisors-and-managers'] };

    it('when the app is added to a meeting, says in its chat what it does there and that it reads nothing', async () => {
      assert.equal((await addToMeeting()).status, 200);
      const [welcome] = harness.textsSentTo(CHAT);
      assert.match(welcome!, /A presenter can show a case study on the meeting stage/);
      assert.match(welcome!, /does not read or keep this chat’s messages/);
    });

    it('in a force the service does not serve, keeps nothing and says nothing when added to a meeting', async () => {
      assert.equal((await addToMeeting(UNKNOWN_FORCE)).status, 200);
      assert.equal(
        await harness.service.store.meetingChats.get(UNKNOWN_FORCE.tenantId, CHAT),
        undefined,
      );
      assert.deepEqual(harness.textsSentTo(CHAT), []);
    });

    it('a person in the meeting posts a case: the bot puts its card in the chat, with the roles’ questions', async () => {
      await addToMeeting();
      const answer = await postAs(a, a.member, aCase);
      assert.equal(answer.status, 200, answer.text);
      assert.match((answer.body as { messageId: string }).messageId, /^\d+$/);
      const [card] = cardsInChat();
      assert.deepEqual(cardProblems(card), []);
      const texts = cardTexts(card);
      assert.ok(texts.some((text) => text.includes('Issue 44')));
      assert.ok(texts.includes('Reflective questions'));
      assert.ok(texts.includes('Supervisors and managers'));
      assert.ok(!texts.includes('Frontline officers and staff'));
      assert.ok(texts.at(-1)!.startsWith('Discuss it here in the meeting chat.'));
      assert.ok(
        harness.connector.received
          .filter((request) => request.path.startsWith(`/v3/conversations/${CHAT}`))
          .every((request) => request.authorization === `Bearer ${CONNECTOR_TOKEN}`),
      );
      const audit = await harness.service.store.audit.list(a.tenantId);
      assert.deepEqual(
        audit
          .filter((entry) => entry.action === 'meeting.casePosted')
          .map(({ actor, subject, detail }) => ({ actor, subject, detail })),
        [
          {
            actor: a.member.aadObjectId,
            subject: CHAT,
            detail: { caseId: '44-1', audiences: ['supervisors-and-managers'] },
          },
        ],
      );
    });

    it('posts in the presenter’s language', async () => {
      await addToMeeting();
      assert.equal((await postAs(a, a.owner, { ...aCase, lang: 'cy' })).status, 200);
      const texts = cardTexts(cardsInChat()[0]);
      assert.ok(texts.includes('Cwestiynau myfyriol'));
      assert.ok(texts.at(-1)!.startsWith('Trafodwch yr achos yma'));
    });

    it('refuses someone in the force who is not in the meeting’s chat, and posts nothing', async () => {
      await addToMeeting();
      const answer = await postAs(a, a.outsider, aCase);
      assert.equal(answer.status, 403);
      assert.deepEqual(cardsInChat(), []);
    });

    it('to another force, the chat does not exist: 409 and nothing posted', async () => {
      await addToMeeting();
      const answer = await postAs(FORCES.b, FORCES.b.owner, aCase);
      assert.equal(answer.status, 409);
      assert.deepEqual(cardsInChat(), []);
    });

    it('refuses a request without a token, or with a token the service does not accept', async () => {
      await addToMeeting();
      assert.equal((await post(harness.baseUrl, aCase)).status, 401);
      assert.equal((await post(harness.baseUrl, aCase, 'not-a-token')).status, 401);
      assert.deepEqual(cardsInChat(), []);
    });

    const invalid: [string, unknown, number][] = [
      ['a channel instead of a meeting chat', { ...aCase, chatId: a.briefing }, 400],
      ['a case id that is not one', { ...aCase, caseId: '../44' }, 400],
      ['an audience that is not ours', { ...aCase, audiences: ['everyone'] }, 400],
      ['a field the service does not know', { ...aCase, pin: true }, 400],
      ['a language the service does not speak', { ...aCase, lang: 'fr' }, 400],
      ['a body that is not JSON', '{"chatId":', 400],
      ['a body of more than 4 KB', { ...aCase, audiences: Array(800).fill('trainers') }, 413],
      ['a case the library does not have', { ...aCase, caseId: '99-9' }, 404],
    ];
    for (const [what, body, status] of invalid) {
      it(`answers ${status} to ${what}, saying why in a problem document, and posts nothing`, async () => {
        await addToMeeting();
        const answer = await postAs(a, a.member, body as Record<string, unknown>);
        assert.equal(answer.status, status, answer.text);
        assert.equal(typeof (answer.body as { title?: unknown }).title, 'string');
        assert.deepEqual(cardsInChat(), []);
      });
    }

    it('after the app is removed from the meeting, says it is not in the chat (409)', async () => {
      await addToMeeting();
      await harness.send(
        meetingActivity(a.tenantId, harness.connector.serviceUrl, a.owner, {
          type: 'conversationUpdate',
          membersRemoved: [{ id: BOT_ID }],
        }),
      );
      assert.equal((await postAs(a, a.member, aCase)).status, 409);
      assert.equal(await harness.service.store.meetingChats.get(a.tenantId, CHAT), undefined);
    });

    it('when Teams says the bot has left the chat, forgets the chat and says so (409)', async () => {
      await addToMeeting();
      harness.connector.failNext({
        status: 403,
        code: 'BotNotInConversationRoster',
        match: (request) => request.method === 'POST',
      });
      assert.equal((await postAs(a, a.member, aCase)).status, 409);
      assert.equal(await harness.service.store.meetingChats.get(a.tenantId, CHAT), undefined);
    });

    it('when Teams asks the app to slow down, passes on when to try again (429)', async () => {
      await addToMeeting();
      harness.connector.failNext({
        status: 429,
        retryAfterSeconds: 7,
        match: (request) => request.method === 'POST',
      });
      const response = await fetch(`${harness.baseUrl}${POSTS}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${await harness.ssoToken(a, a.member)}`,
        },
        body: JSON.stringify(aCase),
      });
      assert.equal(response.status, 429);
      assert.equal(response.headers.get('retry-after'), '7');
    });

    it('does not collect what people write in the meeting’s chat', async () => {
      await addToMeeting();
      const answer = await harness.send(
        meetingActivity(a.tenantId, harness.connector.serviceUrl, a.member, {
          type: 'message',
          text: 'I think the supervisor should have checked the log.',
        }),
      );
      assert.equal(answer.status, 200);
      assert.equal(await harness.service.store.discussion.countReplies(a.tenantId), 0);
      assert.deepEqual(harness.textsSentTo(CHAT).length, 1, 'only the welcome');
    });
  });

  describe('in local mode', () => {
    let connector: FakeBotConnector;
    let service: TestService;
    before(async () => {
      connector = new FakeBotConnector({ rateLimits: null });
      await connector.start();
      service = await startTestService({ background: false });
    });
    after(async () => {
      await service.stop();
      await connector.stop();
    });

    it('takes the local person as the caller, without a token, in the local person’s force', async () => {
      connector.addChat({ tenantId: LOCAL_PERSON.tenantId, id: CHAT, members: [] });
      const added = await fetch(`${service.baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(
          meetingActivity(LOCAL_PERSON.tenantId, connector.serviceUrl, FORCES.a.owner, {
            type: 'conversationUpdate',
            membersAdded: [{ id: BOT_ID }],
          }),
        ),
      });
      assert.equal(added.status, 200);
      const answer = await post(service.baseUrl, { chatId: CHAT, caseId: '44-1' });
      assert.equal(answer.status, 200, answer.text);
      const cards = connector.sentTo(CHAT).filter((sent) => sent.activity.attachments);
      assert.equal(cards.length, 1);
      const audit = await service.service.store.audit.list(LOCAL_PERSON.tenantId);
      assert.equal(audit.at(-1)?.actor, LOCAL_PERSON.userObjectId);
    });
  });
});
