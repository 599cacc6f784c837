import assert from 'node:assert/strict';
import { DEFAULT_RETENTION_MONTHS } from '../../../src/store/index';
import { withEachEngine } from '../../support/store';
import { channelId, teamId, tenantA, tenantB } from './fixtures';

withEachEngine('the store: tenants, teams and channels', (engine) => {
  it('stores a tenant id lower-case and finds it whatever case a caller brings', async () => {
    const store = await engine.makeStore();
    const tenant = await store.tenants.ensure(
      tenantA.toUpperCase(),
      'invited',
      'Example Constabulary',
    );
    assert.equal(tenant.id, tenantA);
    assert.equal(tenant.status, 'invited');
    assert.equal(tenant.retentionMonths, DEFAULT_RETENTION_MONTHS);
    assert.ok(tenant.createdAt instanceof Date);
    assert.deepEqual(await store.tenants.get(tenantA.toUpperCase()), tenant);
  });

  it('when a tenant is seeded again, it keeps the status an operator gave it', async () => {
    const store = await engine.makeStore();
    await store.tenants.ensure(tenantA, 'consented');
    await store.tenants.setStatus(tenantA, 'suspended', 'BotDisabledByAdmin');
    const again = await store.tenants.ensure(tenantA, 'consented', 'Example Constabulary');
    assert.equal(again.status, 'suspended');
    assert.equal(again.statusReason, 'BotDisabledByAdmin');
    assert.equal(again.name, 'Example Constabulary');
  });

  it('lists tenants, changes retention and refuses a retention that is not whole months', async () => {
    const store = await engine.makeStore();
    await store.tenants.ensure(tenantA, 'consented');
    await store.tenants.ensure(tenantB, 'invited');
    assert.deepEqual(
      (await store.tenants.list()).map((tenant) => tenant.id).sort(),
      [tenantA, tenantB].sort(),
    );
    assert.equal((await store.tenants.setRetention(tenantA, 6))?.retentionMonths, 6);
    await assert.rejects(store.tenants.setRetention(tenantA, 0), { name: 'BadRequest' });
    assert.equal(
      await store.tenants.setRetention('00000000-0000-0000-0000-000000000000', 6),
      undefined,
    );
    assert.equal(
      await store.tenants.setStatus('00000000-0000-0000-0000-000000000000', 'consented', null),
      undefined,
    );
  });

  it('when a team is installed again after removal, it is current again with its group id kept', async () => {
    const store = await engine.makeStore();
    const installedAt = new Date('2026-11-01T09:00:00.000Z');
    await store.teams.upsert({
      tenantId: tenantA,
      id: teamId,
      graphGroupId: 'group-a',
      name: 'Response Team',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      installedAt,
    });
    await store.teams.markRemoved(tenantA, teamId, 'uninstalled');
    const removed = await store.teams.get(tenantA, teamId);
    assert.equal(removed?.removedReason, 'uninstalled');
    assert.ok(removed?.removedAt instanceof Date);

    const back = await store.teams.upsert({
      tenantId: tenantA,
      id: teamId,
      graphGroupId: null,
      name: null,
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      installedAt: new Date('2026-11-02T09:00:00.000Z'),
    });
    assert.equal(back.removedAt, null);
    assert.equal(back.graphGroupId, 'group-a');
    assert.equal(back.name, 'Response Team');
    assert.equal(back.serviceUrl, 'https://smba.trafficmanager.net/emea/');
    assert.deepEqual(await store.teams.findByGraphGroupId(tenantA, 'group-a'), back);
  });

  it("never shows one force another force's teams or channels", async () => {
    const store = await engine.makeStore();
    const team = {
      id: teamId,
      graphGroupId: 'group-shared-looking',
      name: 'Team',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      installedAt: new Date(),
    };
    await store.teams.upsert({ ...team, tenantId: tenantA });
    await store.teams.upsertChannel({ tenantId: tenantA, teamId, id: channelId, name: 'Briefing' });
    assert.equal(await store.teams.get(tenantB, teamId), undefined);
    assert.equal(await store.teams.findByGraphGroupId(tenantB, 'group-shared-looking'), undefined);
    assert.deepEqual(await store.teams.list(tenantB), []);
    assert.deepEqual(await store.teams.listChannels(tenantB, teamId), []);
    assert.equal((await store.teams.list(tenantA)).length, 1);
  });

  it('lists a team’s channels with General first, and a removed channel comes back when seen again', async () => {
    const store = await engine.makeStore();
    await store.teams.upsertChannel({ tenantId: tenantA, teamId, id: channelId, name: 'Briefing' });
    await store.teams.upsertChannel({
      tenantId: tenantA,
      teamId,
      id: '19:custody@thread.tacv2',
      name: 'Custody',
    });
    await store.teams.upsertChannel({ tenantId: tenantA, teamId, id: teamId, name: 'General' });
    assert.deepEqual(
      (await store.teams.listChannels(tenantA, teamId)).map((channel) => channel.name),
      ['General', 'Briefing', 'Custody'],
    );
    await store.teams.markChannelRemoved(tenantA, channelId, 'deleted');
    const removed = (await store.teams.listChannels(tenantA, teamId)).find(
      (channel) => channel.id === channelId,
    );
    assert.ok(removed?.removedAt instanceof Date);
    const back = await store.teams.upsertChannel({
      tenantId: tenantA,
      teamId,
      id: channelId,
      name: null,
    });
    assert.equal(back.removedAt, null);
    assert.equal(back.name, 'Briefing');
  });
});
