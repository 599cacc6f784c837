import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { weekKeyOf } from '../../../src/schedule';
import { cardTexts } from '../../unit/bot/validate-card';
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

describe('the weekly post of a control room set to call handlers (and frontline policing)', () => {
  const force = FORCES.b;
  const harness = new ServiceHarness();

  before(async () => {
    await harness.start();
    await harness.send(harness.activities(force).botAdded());
    const saved = await harness.send(
      harness.activities(force).saveSetUp({
        channelId: force.briefing,
        weekday: '1',
        time: '06:45',
        timeZone: 'Europe/London',
        audiences: 'call-handlers',
        themes: 'Frontline policing',
      }),
    );
    assert.equal(saved.status, 200);
  });
  after(() => harness.stop());

  /** The text blocks of each card posted in the control room, oldest first. */
  const postedCards = () =>
    harness.connector.threads(force.briefing).map((thread) => {
      const attachments = thread.activity.attachments as { content: unknown }[];
      return cardTexts(attachments[0]!.content);
    });

  it('gets only cases with call-handler questions while any remain, each card safe to discuss', async () => {
    for (let week = 0; week < 3; week += 1) {
      await harness.send(harness.activities(force).command('post now'));
    }
    const deliveries = await harness.service.store.deliveries.list({ tenantId: force.tenantId });
    const library = harness.service.content.snapshot.library;
    const posted = deliveries.map((delivery) => delivery.caseId).sort();
    assert.deepEqual(posted, ['46-1', '46-4', '46-5']);
    for (const id of posted) {
      assert.ok(
        library.caseStudy(id)!.questions.some((question) => question.audience === 'call-handlers'),
      );
    }
    for (const texts of postedCards()) {
      assert.match(texts[0]!, /^\*\*Content warning:\*\* This issue discusses/);
      assert.equal(texts[1], '**Sample content, not IOPC material**');
      assert.ok(
        texts.includes(
          '**Keep operational details, and anything that could identify a person, out of your reply.**',
        ),
      );
      assert.ok(!texts.some((text) => text.startsWith('This case has no questions for')));
    }
  });

  it('when none remain, gets the next case not yet posted, and its card says whose questions it has', async () => {
    await harness.send(harness.activities(force).command('post now'));
    const deliveries = await harness.service.store.deliveries.list({ tenantId: force.tenantId });
    assert.ok(deliveries.some((delivery) => delivery.caseId === '46-2'));
    const texts = postedCards().at(-1)!;
    assert.ok(
      texts.includes(
        'This case has no questions for Call handlers. Its questions are for Frontline officers and staff, Supervisors and managers, Policy makers, Trainers.',
      ),
      texts.join('\n'),
    );
  });
});
