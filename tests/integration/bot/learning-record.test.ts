import assert from 'node:assert/strict';
import {
  BOT_ID,
  BotHarness,
  BRIEFING,
  MEMBER,
  OTHER_TENANT,
  OWNER,
  TEAM_ID,
  TENANT,
} from './harness';

const ROOT = '1764000000100';
const REPLY = '1764000000101';

interface TaskAnswer {
  task: {
    type: 'continue' | 'message';
    value:
      | string
      | {
          title: string;
          card: {
            content: { body: { id?: string; type: string; text?: string; value?: unknown }[] };
          };
        };
  };
}

/** A dialog invoke from a channel thread, as Teams sends it. */
function invoke(
  serviceUrl: string,
  name: string,
  value: unknown,
  options: { from?: typeof MEMBER; tenantId?: string; locale?: string } = {},
) {
  const tenantId = options.tenantId ?? TENANT;
  return {
    type: 'invoke',
    name,
    id: `f:${Math.random().toString(36).slice(2)}`,
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale: options.locale ?? 'en-GB',
    from: options.from ?? MEMBER,
    recipient: { id: BOT_ID, name: 'Learning the Lessons' },
    conversation: {
      id: `${BRIEFING};messageid=${ROOT}`,
      conversationType: 'channel',
      tenantId,
      isGroup: true,
    },
    channelData: {
      tenant: { id: tenantId },
      team: { id: TEAM_ID },
      channel: { id: BRIEFING },
    },
    value,
  };
}

function dialogInputs(answer: TaskAnswer) {
  assert.equal(answer.task.type, 'continue');
  const value = answer.task.value as Exclude<TaskAnswer['task']['value'], string>;
  return value.card.content.body;
}

describe('the bot: adding to one’s own learning record', () => {
  let harness: BotHarness;
  before(async () => {
    harness = await new BotHarness().start();
    await harness.store.discussion.recordThread({
      tenantId: TENANT,
      teamId: TEAM_ID,
      channelId: BRIEFING,
      rootMessageId: ROOT,
      caseId: '44-1',
      deliveryId: null,
      postedAt: new Date(),
    });
  });
  after(() => harness.stop());

  const ask = async (name: string, value: unknown, options?: Parameters<typeof invoke>[3]) => {
    const answer = await harness.send(invoke(harness.serviceUrl, name, value, options));
    assert.equal(answer.status, 200, JSON.stringify(answer.body));
    return answer.body as TaskAnswer;
  };
  const entriesOf = (person: typeof MEMBER) =>
    harness.store.learningRecord.list(TENANT, person.aadObjectId);

  it('the weekly card’s button opens a dialog for its case, and its answer goes into the record', async () => {
    const dialog = await ask('task/fetch', {
      data: { msteams: { type: 'task/fetch' }, learningRecord: '44-1' },
    });
    const inputs = dialogInputs(dialog);
    assert.deepEqual(
      inputs.filter((input) => input.id).map((input) => input.id),
      ['reflection', 'application', 'minutes'],
    );
    assert.ok(inputs.some((input) => input.text?.includes('An undeclared business interest')));

    const saved = await ask('task/submit', {
      data: {
        learningRecord: '44-1',
        source: 'card',
        reflection: 'I would not have declared it either.',
        application: 'Check the register this week.',
        minutes: '20',
      },
    });
    assert.equal(saved.task.type, 'message');
    assert.match(String(saved.task.value), /Added to your learning record/);
    const [entry] = await entriesOf(MEMBER);
    assert.deepEqual(
      [entry?.caseId, entry?.reflection, entry?.minutes, entry?.source],
      ['44-1', 'I would not have declared it either.', 20, 'card'],
    );
  });

  it('a dialog answer it cannot keep shows the form again and saves nothing', async () => {
    const before = (await entriesOf(OWNER)).length;
    const again = await ask(
      'task/submit',
      { data: { learningRecord: '44-1', source: 'card', reflection: '  ', minutes: '-1' } },
      { from: OWNER },
    );
    assert.ok(dialogInputs(again).some((input) => /was not saved/.test(input.text ?? '')));
    assert.equal((await entriesOf(OWNER)).length, before);
  });

  it('the message action on one’s own reply opens the dialog prefilled with it, for the thread’s case', async () => {
    const payload = {
      id: REPLY,
      replyToId: ROOT,
      from: { user: { id: MEMBER.aadObjectId, displayName: MEMBER.name } },
      body: { contentType: 'html', content: '<p>We should check the register&nbsp;first.</p>' },
    };
    const dialog = await ask('composeExtension/fetchTask', {
      commandId: 'addToLearningRecord',
      commandContext: 'message',
      messagePayload: payload,
    });
    const reflection = dialogInputs(dialog).find((input) => input.id === 'reflection');
    assert.equal(reflection?.value, 'We should check the register first.');

    const saved = await ask('composeExtension/submitAction', {
      commandId: 'addToLearningRecord',
      commandContext: 'message',
      messagePayload: payload,
      data: {
        learningRecord: '44-1',
        source: 'reply',
        reflection: 'We should check the register first.',
        application: '',
        minutes: 5,
      },
    });
    assert.match(String(saved.task.value), /Added to your learning record/);
    const entries = await entriesOf(MEMBER);
    assert.ok(entries.some((entry) => entry.source === 'reply' && entry.minutes === 5));
  });

  it('refuses someone else’s reply, the bot’s own post, and a force it does not serve', async () => {
    const someoneElses = await ask('composeExtension/fetchTask', {
      commandId: 'addToLearningRecord',
      messagePayload: {
        id: REPLY,
        from: { user: { id: OWNER.aadObjectId } },
        body: { content: 'Not mine.' },
      },
    });
    assert.match(String(someoneElses.task.value), /only your own replies/);
    const root = await ask('composeExtension/fetchTask', {
      commandId: 'addToLearningRecord',
      messagePayload: { id: ROOT, from: { user: { id: MEMBER.aadObjectId } }, body: {} },
    });
    assert.match(String(root.task.value), /not a reply to one of the Learning the Lessons/);
    const elsewhere = await ask(
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, learningRecord: '44-1' } },
      { tenantId: OTHER_TENANT },
    );
    assert.match(String(elsewhere.task.value), /not enabled for your organisation/);
  });

  it('answers in Welsh for a Welsh Teams', async () => {
    const dialog = await ask(
      'task/fetch',
      { data: { msteams: { type: 'task/fetch' }, learningRecord: '44-1' } },
      { locale: 'cy-GB' },
    );
    const value = dialog.task.value as Exclude<TaskAnswer['task']['value'], string>;
    assert.equal(value.title, 'Ychwanegu at fy nghofnod dysgu');
  });
});
