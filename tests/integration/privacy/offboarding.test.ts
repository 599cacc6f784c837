import assert from 'node:assert/strict';
import { pino } from 'pino';
import {
  offboardTenant,
  parseTenantPrivacyCommand,
  runTenantPrivacyCommand,
  type TenantPrivacyIo,
} from '../../../src/privacy/index';
import type { Store } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import {
  channelA,
  colleague,
  forceA,
  forceB,
  officer,
  replyIds,
  seedForce,
  seedReply,
} from './seed';

const logger = pino({ level: 'silent' });

/** Force A with a delivery, a thread, two replies and an audit entry; force B with a reply. */
async function seedBothForces(store: Store): Promise<void> {
  const subscription = await seedForce(store, forceA, { name: 'Example Constabulary' });
  await store.deliveries.create({
    subscriptionId: subscription.id,
    tenantId: forceA,
    teamId: subscription.teamId,
    channelId: channelA,
    weekKey: '2026-W48',
    caseId: '43-2',
    dueAt: new Date('2026-11-24T06:45:00.000Z'),
  });
  await seedReply(store, forceA, officer, new Date('2026-11-24T08:00:00.000Z'));
  await seedReply(store, forceA, colleague, new Date('2026-11-24T09:00:00.000Z'));
  await store.audit.append({
    tenantId: forceA,
    actor: officer,
    action: 'subscription.saved',
    subject: subscription.id,
    detail: {},
  });
  await seedForce(store, forceB);
  await seedReply(store, forceB, officer, new Date('2026-11-24T08:00:00.000Z'));
}

const io = (answer?: string): TenantPrivacyIo & { asked: string[] } => {
  const asked: string[] = [];
  return {
    logger,
    asked,
    ask:
      answer === undefined
        ? undefined
        : async (question) => {
            asked.push(question);
            return answer;
          },
  };
};

withEachEngine('offboarding a force', (engine) => {
  it('deletes every row of that force, says what it removed, and leaves other forces alone', async () => {
    const store = await engine.makeStore();
    await seedBothForces(store);

    const removed = await offboardTenant(store, forceA, logger);

    assert.equal(removed.tenants, 1);
    assert.equal(removed.replies, 2);
    assert.equal(removed.deliveries, 1);
    assert.equal(removed.subscriptions, 1);
    assert.equal(removed.teams, 1);
    assert.equal(removed.channels, 1);
    assert.equal(await store.tenants.get(forceA), undefined);
    assert.deepEqual(await store.subscriptions.list({ tenantId: forceA }), []);
    assert.deepEqual(await store.deliveries.list({ tenantId: forceA }), []);
    assert.deepEqual(await replyIds(store, forceA, officer), []);
    assert.deepEqual(await store.audit.list(forceA), []);
    assert.ok(await store.tenants.get(forceB));
    assert.equal((await replyIds(store, forceB, officer)).length, 1);
    assert.equal((await store.subscriptions.list({ tenantId: forceB })).length, 1);
  });

  it('records the removal in the service-wide audit trail, with counts', async () => {
    const store = await engine.makeStore();
    await seedBothForces(store);

    const removed = await offboardTenant(store, forceA, logger);

    const [entry] = await store.audit.list(null);
    assert.equal(entry!.action, 'tenant.removed');
    assert.equal(entry!.actor, 'operator');
    assert.equal(entry!.subject, forceA);
    assert.deepEqual(entry!.detail, { status: 'consented', removed });
  });

  it('`tenants remove` asks for the tenant id at a terminal and removes nothing on a wrong answer', async () => {
    const store = await engine.makeStore();
    await seedBothForces(store);
    const command = parseTenantPrivacyCommand(['remove', forceA])!;

    const wrong = io(forceB);
    assert.equal(
      await runTenantPrivacyCommand(store, command, wrong),
      'Not confirmed: nothing was removed.',
    );
    assert.match(wrong.asked[0]!, /Example Constabulary/);
    assert.ok(await store.tenants.get(forceA));

    const output = await runTenantPrivacyCommand(store, command, io(forceA.toUpperCase()));
    assert.match(output, new RegExp(`^Removed ${forceA}:`));
    assert.match(output, /^replies: 2$/m);
    assert.equal(await store.tenants.get(forceA), undefined);
  });

  it('`tenants remove` without a terminal needs --yes', async () => {
    const store = await engine.makeStore();
    await seedBothForces(store);

    await assert.rejects(
      runTenantPrivacyCommand(store, parseTenantPrivacyCommand(['remove', forceA])!, io()),
      { name: 'BadRequest' },
    );
    assert.ok(await store.tenants.get(forceA));

    const yes = parseTenantPrivacyCommand(['remove', forceA, '--yes'])!;
    assert.match(await runTenantPrivacyCommand(store, yes, io()), /^tenants: 1$/m);
    assert.equal(await store.tenants.get(forceA), undefined);
  });

  it('`tenants set-retention` changes the period and says what it was', async () => {
    const store = await engine.makeStore();
    await seedForce(store, forceA);

    const output = await runTenantPrivacyCommand(
      store,
      parseTenantPrivacyCommand(['set-retention', forceA, '18'])!,
      io(),
    );

    assert.equal(output, `Retention for ${forceA}: 18 months (was 12).`);
    assert.equal((await store.tenants.get(forceA))!.retentionMonths, 18);
  });

  it('refuses to remove a tenant the service does not know', async () => {
    const store = await engine.makeStore();
    await assert.rejects(offboardTenant(store, forceB, logger), { name: 'NotFound' });
  });
});
