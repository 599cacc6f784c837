import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { collectStatus, formatStatus, STATUS_TIME_ZONE } from '../../../src/operations/index';
import { weekKeyOf } from '../../../src/schedule/index';
import type { DeliveryStatus, Store, Subscription } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { colleague, forceA, forceB, officer, seedForce, seedReply } from '../privacy/seed';

/** Thursday noon of the current week in London: every seeded time is placed around it. */
const now = DateTime.now()
  .setZone(STATUS_TIME_ZONE)
  .startOf('week')
  .plus({ days: 3, hours: 12 })
  .toJSDate();
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const thisWeek = weekKeyOf(now, STATUS_TIME_ZONE);

async function subscribe(
  store: Store,
  channel: string,
  status: Subscription['status'],
): Promise<Subscription> {
  return store.subscriptions.save({
    tenantId: forceA,
    teamId: '19:response-team@thread.tacv2',
    channelId: channel,
    weekday: 4,
    time: '12:00',
    timeZone: 'Europe/London',
    audiences: ['officers-and-staff'],
    themes: [],
    notifyNewIssues: false,
    status,
    statusReason: status === 'active' ? null : 'owner',
    updatedBy: officer,
  });
}

async function deliver(
  store: Store,
  subscription: Subscription,
  weekKey: string,
  dueAt: Date,
  status: DeliveryStatus,
  reason: string | null = null,
): Promise<string> {
  const { delivery } = await store.deliveries.create({
    subscriptionId: subscription.id,
    tenantId: subscription.tenantId,
    teamId: subscription.teamId,
    channelId: subscription.channelId,
    weekKey,
    caseId: '43-2',
    dueAt,
  });
  if (status !== 'pending')
    await store.deliveries.transition(delivery.id, 'pending', { status, reason });
  return delivery.id;
}

/** Force A with known deliveries this week and last; force B suspended by its admin. */
async function seed(store: Store): Promise<{ stuckPending: string; stuckSending: string }> {
  const briefing = await seedForce(store, forceA, { name: 'Example Constabulary' });
  const custody = await subscribe(store, '19:custody@thread.tacv2', 'active');
  const paused = await subscribe(store, '19:paused@thread.tacv2', 'paused');
  const stopped = await subscribe(store, '19:stopped@thread.tacv2', 'stopped');

  await deliver(store, briefing, thisWeek, minutes(-120), 'sent');
  await deliver(store, custody, thisWeek, minutes(-120), 'failed', 'MessageSizeTooBig');
  await deliver(store, stopped, thisWeek, minutes(-60), 'gone', 'BotNotInConversationRoster');
  await deliver(store, paused, thisWeek, minutes(-60), 'skipped', 'paused');
  const stuckPending = await deliver(store, briefing, 'now-1', minutes(-16), 'pending');
  const stuckSending = await deliver(store, custody, 'now-2', minutes(-2), 'sending');
  await deliver(store, paused, 'now-3', minutes(-5), 'pending');
  await deliver(store, stopped, 'now-4', minutes(24 * 60), 'pending');
  const lastWeek = weekKeyOf(minutes(-7 * 24 * 60), STATUS_TIME_ZONE);
  await deliver(store, briefing, lastWeek, minutes(-7 * 24 * 60), 'sent');

  await seedReply(store, forceA, officer, minutes(-90));
  await seedReply(store, forceA, colleague, minutes(-30));
  await seedReply(store, forceA, colleague, minutes(-8 * 24 * 60));

  await store.tenants.ensure(forceB, 'consented');
  await store.tenants.setStatus(forceB, 'suspended', 'BotDisabledByAdmin');
  return { stuckPending, stuckSending };
}

withEachEngine('the operator’s status', (engine) => {
  it('counts this week’s deliveries by outcome, and how many are due by now', async () => {
    const store = await engine.makeStore();
    await seed(store);

    const status = await collectStatus(store, now);

    assert.equal(status.week, thisWeek);
    const a = status.tenants.find((t) => t.tenantId === forceA)!;
    assert.deepEqual(a.subscriptions, { active: 2, paused: 1, stopped: 1 });
    assert.deepEqual(a.deliveriesThisWeek, {
      due: 7,
      pending: 3,
      sending: 1,
      sent: 1,
      failed: 1,
      gone: 1,
      skipped: 1,
    });
    assert.deepEqual(a.replies, { held: 3, thisWeek: 2 });
  });

  it('shows every stuck delivery: still sending, or pending more than 15 minutes past due', async () => {
    const store = await engine.makeStore();
    const { stuckPending, stuckSending } = await seed(store);

    const a = (await collectStatus(store, now)).tenants.find((t) => t.tenantId === forceA)!;

    assert.deepEqual(
      a.stuck.map((s) => [s.deliveryId, s.status]).sort(),
      [
        [stuckPending, 'pending'],
        [stuckSending, 'sending'],
      ].sort(),
    );
    assert.equal(a.stuck.find((s) => s.status === 'pending')!.dueAt, minutes(-16).toISOString());
  });

  it('lists the latest errors with their reasons', async () => {
    const store = await engine.makeStore();
    await seed(store);

    const a = (await collectStatus(store, now)).tenants.find((t) => t.tenantId === forceA)!;

    assert.deepEqual(a.recentErrors.map((e) => [e.status, e.reason]).sort(), [
      ['failed', 'MessageSizeTooBig'],
      ['gone', 'BotNotInConversationRoster'],
      ['skipped', 'paused'],
    ]);
  });

  it('shows a force suspended by its admin, and totals across forces', async () => {
    const store = await engine.makeStore();
    await seed(store);

    const status = await collectStatus(store, now);

    const b = status.tenants.find((t) => t.tenantId === forceB)!;
    assert.deepEqual([b.status, b.statusReason], ['suspended', 'BotDisabledByAdmin']);
    assert.deepEqual(status.totals.tenants, { invited: 0, consented: 1, suspended: 1 });
    assert.equal(status.totals.stuck, 2);
    assert.equal(status.totals.deliveriesThisWeek.sent, 1);
    assert.deepEqual(status.totals.replies, { held: 3, thisWeek: 2 });
  });

  it('prints as a table naming each force, what is stuck and the latest errors', async () => {
    const store = await engine.makeStore();
    const { stuckPending } = await seed(store);

    const text = formatStatus(await collectStatus(store, now));

    assert.match(
      text,
      new RegExp(
        `^${forceA} Example Constabulary +consented +2/1/1 +7 +1 +1 +1 +1 +2 +0 +3 \\(2\\)$`,
        'm',
      ),
    );
    assert.match(text, new RegExp(`^${forceB} +suspended \\(BotDisabledByAdmin\\)`, 'm'));
    assert.match(text, new RegExp(`^  ${stuckPending} +pending`, 'm'));
    assert.match(text, /MessageSizeTooBig/);
    assert.ok(!text.includes('risk assessment'));
  });

  it('shows a post due this week that the scheduler never created, and no other', async () => {
    const store = await engine.makeStore();
    const nextThursdayNoon = DateTime.fromJSDate(now, { zone: STATUS_TIME_ZONE })
      .plus({ weeks: 1 })
      .toJSDate();
    const nextThursdayAt11 = new Date(nextThursdayNoon.getTime() - 60 * 60_000);
    const nextWeek = weekKeyOf(nextThursdayNoon, STATUS_TIME_ZONE);
    const at = async (channel: string, time: string, status: Subscription['status'] = 'active') =>
      store.subscriptions.save({
        ...(await subscribe(store, channel, status)),
        time,
      });
    await store.tenants.ensure(forceA, 'consented');
    const forgotten = await at('19:forgotten@thread.tacv2', '11:00');
    await at('19:just-due@thread.tacv2', '11:50');
    const posted = await at('19:posted@thread.tacv2', '11:00');
    await deliver(store, posted, nextWeek, nextThursdayAt11, 'sent');
    await at('19:paused-too@thread.tacv2', '11:00', 'paused');

    const status = await collectStatus(store, nextThursdayNoon);

    const a = status.tenants.find((t) => t.tenantId === forceA)!;
    assert.deepEqual(a.missing, [
      {
        subscriptionId: forgotten.id,
        teamId: forgotten.teamId,
        channelId: '19:forgotten@thread.tacv2',
        weekKey: nextWeek,
        dueAt: nextThursdayAt11.toISOString(),
      },
    ]);
    assert.equal(status.totals.missing, 1);
    assert.match(
      formatStatus(status),
      new RegExp(`^  subscription ${forgotten.id} +${nextWeek}`, 'm'),
    );

    await store.tenants.setStatus(forceA, 'suspended', 'BotDisabledByAdmin');
    assert.deepEqual((await collectStatus(store, nextThursdayNoon)).tenants[0]!.missing, []);
  });
});
