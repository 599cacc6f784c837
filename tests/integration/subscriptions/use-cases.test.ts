import assert from 'node:assert/strict';
import type { OwnerCheck } from '../../../src/identity/team-owners';
import type { Store } from '../../../src/store/types';
import {
  defaultChoices,
  installTeam,
  pauseSubscription,
  removeTeam,
  setUpSubscription,
  type SubscriptionDeps,
} from '../../../src/subscriptions';
import { withEachEngine } from '../../support/store';
import { channelId, teamId, tenantA } from '../store/fixtures';

const owner = 'aaaaaaaa-0000-4000-8000-000000000001';
const member = 'aaaaaaaa-0000-4000-8000-000000000002';

/** Owners as Graph would list them: only `owner` may change the team's settings. */
const owners: OwnerCheck = {
  refusal: async (_tenantId, _teamId, actor) => (actor === owner ? undefined : 'not-owner'),
};

/** The store, except that every audit entry written in a unit of work fails. */
function auditFailing(store: Store): Store {
  return {
    ...store,
    transaction: (work) =>
      store.transaction((tx) =>
        work({
          ...tx,
          audit: { ...tx.audit, append: () => Promise.reject(new Error('disk full')) },
        }),
      ),
  };
}

withEachEngine('the subscription use cases', (engine) => {
  let store: Store;
  let deps: SubscriptionDeps;
  const setUp = (actor: string, on: Store = store) =>
    setUpSubscription(
      { ...deps, store: on },
      {
        tenantId: tenantA,
        teamId,
        actor,
        choices: defaultChoices(channelId, 'en'),
        themes: [],
        graphGroupId: async () => undefined,
      },
    );

  beforeEach(async () => {
    store = await engine.makeStore();
    deps = { store, owners };
    await installTeam(store, {
      tenantId: tenantA,
      id: teamId,
      graphGroupId: null,
      name: 'Response team',
      serviceUrl: 'https://smba.trafficmanager.net/uk/',
      channels: [{ id: channelId, name: 'Briefing' }],
      actor: owner,
    });
  });

  it('when a team owner sets up a channel, the subscription and its audit entry are saved together', async () => {
    const outcome = await setUp(owner);
    assert.equal(outcome.kind, 'saved');
    const saved = await store.subscriptions.findByChannel(tenantA, channelId);
    assert.equal(saved?.status, 'active');
    const actions = (await store.audit.list(tenantA)).map((entry) => [entry.actor, entry.action]);
    assert.deepEqual(actions, [
      [owner, 'team.installed'],
      [owner, 'subscription.saved'],
    ]);
  });

  it('when a member who is not an owner sets up a channel, nothing is written', async () => {
    assert.deepEqual(await setUp(member), { kind: 'refused', refusal: 'not-owner' });
    assert.equal(await store.subscriptions.findByChannel(tenantA, channelId), undefined);
    assert.equal((await store.audit.list(tenantA)).length, 1);
  });

  it('when the audit entry cannot be written, a set-up and a pause change nothing', async () => {
    await assert.rejects(setUp(owner, auditFailing(store)), /disk full/);
    assert.equal(await store.subscriptions.findByChannel(tenantA, channelId), undefined);

    await setUp(owner);
    const request = { tenantId: tenantA, teamId, channelId, actor: owner };
    await assert.rejects(
      pauseSubscription({ store: auditFailing(store), owners }, request),
      /disk full/,
    );
    assert.equal((await store.subscriptions.findByChannel(tenantA, channelId))?.status, 'active');
  });

  it('when the app is removed from a team, its subscriptions stop and the trail says why, all together', async () => {
    await setUp(owner);
    await removeTeam(store, { tenantId: tenantA, teamId, reason: 'AppUninstalled' });
    const subscription = await store.subscriptions.findByChannel(tenantA, channelId);
    assert.deepEqual(
      [subscription?.status, subscription?.statusReason],
      ['stopped', 'AppUninstalled'],
    );
    assert.ok((await store.teams.get(tenantA, teamId))?.removedAt);
    const actions = (await store.audit.list(tenantA)).slice(2).map((entry) => entry.action);
    assert.deepEqual(actions, ['subscription.stopped', 'team.removed']);
  });
});
