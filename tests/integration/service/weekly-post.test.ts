import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { weekKeyOf } from '../../../src/schedule';
import { FORCES } from './forces';
import { ServiceHarness } from './harness';

const force = FORCES.a;
const WEEK_MS = 7 * 24 * 3_600_000;
const TIME_ZONE = 'Europe/Belfast';

describe('the weekly post of the composed service', () => {
  /** The delivery engine runs a week ahead: the team set up its post "last week". */
  const nextWeek = () => new Date(Date.now() + WEEK_MS);
  const harness = new ServiceHarness({ clock: nextWeek });

  before(async () => {
    await harness.start();
    await harness.send(harness.activities(force).botAdded());
    const due = DateTime.fromJSDate(nextWeek(), { zone: TIME_ZONE }).minus({ minutes: 10 });
    const saved = await harness.send(
      harness.activities(force).saveSetUp({
        channelId: force.briefing,
        weekday: String(due.weekday),
        time: due.toFormat('HH:mm'),
        timeZone: TIME_ZONE,
        audiences: 'officers-and-staff,trainers',
      }),
    );
    assert.equal(saved.status, 200);
  });
  after(async () => {
    await harness.stop();
  });

  it('when the post falls due, a scheduler tick opens exactly one thread, however often it runs', async () => {
    await harness.service.deliveries.tick();
    await harness.service.deliveries.tick();

    const threads = harness.connector.threads(force.briefing);
    assert.equal(threads.length, 1);
    const deliveries = await harness.service.store.deliveries.list({ tenantId: force.tenantId });
    assert.equal(deliveries.length, 1);
    assert.equal(deliveries[0]?.status, 'sent');
    assert.equal(deliveries[0]?.weekKey, weekKeyOf(nextWeek(), TIME_ZONE));
    assert.equal(deliveries[0]?.rootMessageId, threads[0]?.rootMessageId);
    const posted = await harness.service.store.discussion.findThread(
      force.tenantId,
      force.briefing,
      threads[0]!.rootMessageId,
    );
    assert.equal(posted?.caseId, deliveries[0]?.caseId);
  });

  it('a restarted service on the same database does not post that week again', async () => {
    await harness.restart();
    await harness.service.deliveries.recover();
    await harness.service.deliveries.tick();

    assert.equal(harness.connector.threads(force.briefing).length, 1);
    assert.equal(
      (await harness.service.store.deliveries.list({ tenantId: force.tenantId })).length,
      1,
    );
  });
});
