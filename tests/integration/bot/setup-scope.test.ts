import assert from 'node:assert/strict';
import { BotHarness, BRIEFING, TENANT } from './harness';

const OTHER_TEAM = '19:team-other@thread.tacv2';
const OTHER_CHANNEL = '19:other-team-channel@thread.tacv2';

describe('the set-up card shows only this team\u2019s channels', () => {
  let harness: BotHarness;
  beforeEach(async () => {
    harness = await new BotHarness().start();
    await harness.install();
  });
  afterEach(() => harness.stop());

  it('"Change" naming another team\u2019s channel shows this channel\u2019s form, not the other team\u2019s settings', async () => {
    await harness.store.teams.upsert({
      tenantId: TENANT,
      id: OTHER_TEAM,
      graphGroupId: null,
      name: 'Another team',
      serviceUrl: harness.serviceUrl,
      installedAt: new Date(),
    });
    await harness.store.teams.upsertChannel({
      tenantId: TENANT,
      teamId: OTHER_TEAM,
      id: OTHER_CHANNEL,
      name: 'Private briefing',
    });
    await harness.store.subscriptions.save({
      tenantId: TENANT,
      teamId: OTHER_TEAM,
      channelId: OTHER_CHANNEL,
      weekday: 5,
      time: '16:40',
      timeZone: 'Europe/London',
      audiences: ['trainers'],
      themes: [],
      notifyNewIssues: false,
      status: 'active',
      statusReason: null,
      updatedBy: 'someone-else',
    });
    const answer = await harness.send(
      harness.activities.cardAction({ channelId: OTHER_CHANNEL }, 'editSubscription'),
    );
    const body = answer.body as { value: { body: { id?: string; value?: string }[] } };
    const values = Object.fromEntries(
      body.value.body.filter((e) => e.id).map((e) => [e.id, e.value]),
    );
    assert.notEqual(values.channelId, OTHER_CHANNEL);
    assert.notEqual(values.time, '16:40');
    assert.notEqual(values.audiences, 'trainers');
  });

  it('"Change" naming one of this team\u2019s channels still shows that channel\u2019s choices', async () => {
    await harness.subscribe(BRIEFING);
    const answer = await harness.send(
      harness.activities.cardAction({ channelId: BRIEFING }, 'editSubscription'),
    );
    const body = answer.body as { value: { body: { id?: string; value?: string }[] } };
    const values = Object.fromEntries(
      body.value.body.filter((e) => e.id).map((e) => [e.id, e.value]),
    );
    assert.deepEqual([values.channelId, values.time], [BRIEFING, '07:15']);
  });
});
