import assert from 'node:assert/strict';
import { createMembershipCheck } from '../../../src/identity/team-membership';
import { connectGraph, FakeGraph } from '../../../testkit';

const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const group = '11111111-1111-4111-8111-111111111111';

describe('team membership for the discussion view', () => {
  let fake: FakeGraph;

  beforeEach(async () => {
    fake = await new FakeGraph().start();
  });

  afterEach(() => fake.stop());

  it("asks Graph for the team's members once a minute at most, and sees changes after that", async () => {
    const members = [
      { userId: 'officer-1', displayName: 'PC One', roles: [] },
      { userId: 'owner-1', displayName: 'Sgt Owner', roles: ['owner'] },
    ];
    fake.addTeam(force, group, members);
    let clock = 0;
    const membership = createMembershipCheck(connectGraph(fake), { now: () => clock });

    assert.equal(await membership.isMember(force, group, 'officer-1'), true);
    assert.equal(await membership.isMember(force, group, 'owner-1'), true);
    assert.equal(await membership.isMember(force, group, 'stranger'), false);
    assert.equal(fake.graphRequests().length, 1);

    members.splice(0, 1);
    clock += 30_000;
    assert.equal(
      await membership.isMember(force, group, 'officer-1'),
      true,
      'still within the minute',
    );
    clock += 30_000;
    assert.equal(await membership.isMember(force, group, 'officer-1'), false, 'left the team');
    assert.equal(fake.graphRequests().length, 2);
  });

  it('tells an owner from a member from the roster it already has', async () => {
    fake.addTeam(force, group, [
      { userId: 'officer-1', displayName: 'PC One', roles: [] },
      { userId: 'owner-1', displayName: 'Sgt Owner', roles: ['owner'] },
    ]);
    const membership = createMembershipCheck(connectGraph(fake));
    assert.equal(await membership.roleIn(force, group, 'owner-1'), 'owner');
    assert.equal(await membership.roleIn(force, group, 'officer-1'), 'member');
    assert.equal(await membership.roleIn(force, group, 'stranger'), undefined);
    assert.equal(fake.graphRequests().length, 1);
  });
});
