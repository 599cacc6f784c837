import assert from 'node:assert/strict';
import { cardProblems, cardTexts } from '../../unit/bot/validate-card';
import { BotHarness, BRIEFING, GROUP_ID, MEMBER, OWNER, TENANT } from './harness';

describe('the bot in a team: `actions` lists the team’s open actions', () => {
  let harness: BotHarness;
  beforeEach(async () => {
    harness = await new BotHarness().start();
    await harness.install();
  });
  afterEach(() => harness.stop());

  const lastText = () => {
    const sent = harness.connector.sentTo(BRIEFING);
    return String(sent[sent.length - 1]?.activity.text ?? '');
  };
  const action = (
    id: string,
    description: string,
    dueOn: string | null,
    status: 'open' | 'done',
  ) => ({
    id,
    description,
    assigneeId: MEMBER.aadObjectId,
    assigneeName: MEMBER.name,
    dueOn,
    status,
    createdAt: new Date('2026-11-01T09:00:00Z'),
    completedAt: status === 'done' ? new Date('2026-11-02T09:00:00Z') : null,
  });

  it('says there are none, and where an owner records them, before the team has any', async () => {
    await harness.send(
      harness.activities.message({ text: 'actions', mention: true, from: MEMBER }),
    );
    assert.match(lastText(), /This team has no open actions/);
  });

  it('lists the open ones only, soonest due first, with who and a link to each case', async () => {
    await harness.store.responses.save({
      tenantId: TENANT,
      graphGroupId: GROUP_ID,
      caseId: '38-1',
      conclusions: [],
      actions: [
        action(
          '0b7e0000-0000-4000-8000-00000000ac01',
          'Brief the night shift',
          '2027-02-01',
          'open',
        ),
        action('0b7e0000-0000-4000-8000-00000000ac02', 'Already done', null, 'done'),
        action(
          '0b7e0000-0000-4000-8000-00000000ac03',
          'Book *driver* training',
          '2027-01-15',
          'open',
        ),
      ],
      updatedBy: OWNER.aadObjectId,
      updatedAt: new Date('2026-11-01T09:00:00Z'),
    });
    await harness.send(
      harness.activities.message({ text: 'actions', mention: true, from: MEMBER }),
    );
    const lines = lastText().split('\n');
    assert.equal(lines[0], 'This team has 2 open actions:');
    assert.match(
      lines[1]!,
      /^- \*\*Book \\\*driver\\\* training\*\* \(Assigned to .+, Due by 15 January 2027\)\. \[Case 38-1\]\(https:\/\/teams\.microsoft\.com\/l\/entity\//,
    );
    assert.match(lines[2]!, /^- \*\*Brief the night shift\*\*/);
    assert.equal(lines.length, 3);
  });

  it('answers in Welsh to `camau`', async () => {
    await harness.send(harness.activities.message({ text: 'camau', mention: true, from: MEMBER }));
    assert.match(lastText(), /Nid oes gan y tîm hwn unrhyw gamau gweithredu agored/);
  });

  it('the next weekly post says how many actions are open, with a link to the team’s response', async () => {
    await harness.subscribe();
    await harness.store.responses.save({
      tenantId: TENANT,
      graphGroupId: GROUP_ID,
      caseId: '38-2',
      conclusions: [],
      actions: [
        action(
          '0b7e0000-0000-4000-8000-00000000ac01',
          'Brief the night shift',
          '2027-02-01',
          'open',
        ),
        action(
          '0b7e0000-0000-4000-8000-00000000ac03',
          'Book driver training',
          '2027-01-15',
          'open',
        ),
      ],
      updatedBy: OWNER.aadObjectId,
      updatedAt: new Date('2026-11-01T09:00:00Z'),
    });
    await harness.send(
      harness.activities.message({ text: 'post now', mention: true, from: OWNER }),
    );
    const card = (
      harness.connector.threads(BRIEFING)[0]!.activity.attachments as {
        content: { actions: { title: string; url: string }[] };
      }[]
    )[0]!.content;
    assert.deepEqual(cardProblems(card), []);
    assert.ok(cardTexts(card).includes('Your team has 2 open actions from its responses.'));
    const link = card.actions.find((a) => a.title === 'See the team’s response')!;
    const context = JSON.parse(new URL(link.url).searchParams.get('context')!) as {
      subEntityId: string;
    };
    assert.equal(context.subEntityId, '/cases/38-2');
  });

  it('a weekly post says nothing of actions when none are open', async () => {
    await harness.subscribe();
    await harness.send(
      harness.activities.message({ text: 'post now', mention: true, from: OWNER }),
    );
    const card = (
      harness.connector.threads(BRIEFING)[0]!.activity.attachments as {
        content: { actions: { title: string }[] };
      }[]
    )[0]!.content;
    assert.ok(!cardTexts(card).some((text) => text.includes('open action')));
    assert.ok(!card.actions.some((a) => a.title === 'See the team’s response'));
  });
});

describe('the message action “Add to our response” on a reply in a weekly post’s thread', () => {
  let harness: BotHarness;
  let root: string;
  let caseId: string;
  beforeEach(async () => {
    harness = await new BotHarness({ owners: [OWNER.aadObjectId] }).start();
    await harness.install();
    await harness.subscribe();
    await harness.send(
      harness.activities.message({ text: 'post now', mention: true, from: OWNER }),
    );
    const thread = harness.connector.threads(BRIEFING)[0]!;
    root = thread.rootMessageId;
    caseId = (await harness.store.discussion.findThread(TENANT, BRIEFING, root))!.caseId;
  });
  afterEach(() => harness.stop());

  const invoke = (
    name: string,
    value: Record<string, unknown>,
    thread = root,
    from: typeof OWNER = OWNER,
  ) => ({
    ...harness.activities.message({ text: '', thread, from }),
    type: 'invoke',
    name,
    value: {
      commandId: 'addToResponse',
      commandContext: 'message',
      messagePayload: {
        id: '1764000000099',
        replyToId: thread,
        body: { contentType: 'html', content: '<p>We should call an ambulance <b>sooner</b>.</p>' },
      },
      ...value,
    },
  });

  it('opens a dialog prefilled with the reply; submitted, the words join the team’s response', async () => {
    const opened = await harness.send(invoke('composeExtension/fetchTask', {}));
    assert.equal(opened.status, 200);
    const task = (
      opened.body as {
        task: {
          type: string;
          value: { title: string; card: { content: { body: { id?: string; value?: string }[] } } };
        };
      }
    ).task;
    assert.equal(task.type, 'continue');
    assert.equal(task.value.title, 'Add to our response');
    const text = task.value.card.content.body.find((element) => element.id === 'text');
    assert.equal(text?.value, 'We should call an ambulance sooner.');

    const submitted = await harness.send(
      invoke('composeExtension/submitAction', {
        data: {
          caseId,
          graphGroupId: GROUP_ID,
          question: '0',
          text: 'We agreed to call an ambulance sooner.',
        },
      }),
    );
    assert.match(JSON.stringify(submitted.body), /Added to the team’s response to case/);
    const response = await harness.store.responses.get(TENANT, GROUP_ID, caseId);
    assert.deepEqual(response?.conclusions, [
      { question: 0, text: 'We agreed to call an ambulance sooner.' },
    ]);
    assert.equal(
      (await harness.store.audit.list(TENANT)).at(-1)?.action,
      'team-response.conclusion-added',
    );
  });

  it('says why not on a message outside a weekly post’s thread, and adds nothing', async () => {
    const opened = await harness.send(invoke('composeExtension/fetchTask', {}, '1700000000000'));
    assert.match(JSON.stringify(opened.body), /Only a reply in the thread of a weekly case study/);
    const submitted = await harness.send(
      invoke(
        'composeExtension/submitAction',
        { data: { caseId, graphGroupId: GROUP_ID, question: '', text: 'x' } },
        '1700000000000',
      ),
    );
    assert.match(JSON.stringify(submitted.body), /Only a reply in the thread/);
    assert.deepEqual(await harness.store.responses.listByTenant(TENANT), []);
  });

  it('is for team owners only: a member is told so, and nothing is added', async () => {
    const opened = await harness.send(invoke('composeExtension/fetchTask', {}, root, MEMBER));
    assert.match(JSON.stringify(opened.body), /Only owners of this team can change its response/);
    const submitted = await harness.send(
      invoke(
        'composeExtension/submitAction',
        { data: { caseId, graphGroupId: GROUP_ID, question: '', text: 'x' } },
        root,
        MEMBER,
      ),
    );
    assert.match(JSON.stringify(submitted.body), /Only owners/);
    assert.deepEqual(await harness.store.responses.listByTenant(TENANT), []);
  });
});
