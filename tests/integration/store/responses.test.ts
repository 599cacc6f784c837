import assert from 'node:assert/strict';
import type { ResponseAction, TeamResponse } from '../../../src/team-response';
import { withEachEngine } from '../../support/store';
import { tenantA, tenantB } from './fixtures';

const group = '0b7e0000-aaaa-4aaa-8aaa-000000000001';
const assignee = '0b7e0000-0000-4000-8000-0000000000a1';

function anAction(overrides: Partial<ResponseAction> = {}): ResponseAction {
  return {
    id: '0b7e0000-0000-4000-8000-00000000ac01',
    description: 'Refresher training',
    assigneeId: assignee,
    assigneeName: 'Constable',
    dueOn: '2027-01-31',
    status: 'open',
    createdAt: new Date('2026-11-01T09:00:00Z'),
    completedAt: null,
    ...overrides,
  };
}

function aResponse(overrides: Partial<TeamResponse> = {}): TeamResponse {
  return {
    tenantId: tenantA,
    graphGroupId: group,
    caseId: '38-1',
    conclusions: [{ question: null, text: 'We slow down at red lights.' }],
    actions: [anAction()],
    updatedBy: 'owner-object-id',
    updatedAt: new Date('2026-11-01T09:00:00Z'),
    ...overrides,
  };
}

withEachEngine('the store: teams’ responses and the force’s', (engine) => {
  it('keeps a team’s response with its actions in order, for its own force only', async () => {
    const store = await engine.makeStore();
    const second = anAction({
      id: '0b7e0000-0000-4000-8000-00000000ac02',
      dueOn: null,
      assigneeId: null,
      assigneeName: null,
    });
    await store.responses.save(aResponse({ actions: [anAction(), second] }));
    const read = await store.responses.get(tenantA.toUpperCase(), group.toUpperCase(), '38-1');
    assert.deepEqual(read, aResponse({ actions: [anAction(), second] }));
    assert.equal(await store.responses.get(tenantB, group, '38-1'), undefined);
    assert.deepEqual(await store.responses.listByTenant(tenantB), []);
    assert.equal((await store.responses.listByTenant(tenantA)).length, 1);
  });

  it('saved again, the response replaces its actions; open actions come soonest due first', async () => {
    const store = await engine.makeStore();
    await store.responses.save(aResponse());
    const later = anAction({ id: '0b7e0000-0000-4000-8000-00000000ac03', dueOn: '2027-06-01' });
    const undated = anAction({ id: '0b7e0000-0000-4000-8000-00000000ac04', dueOn: null });
    const done = anAction({
      id: '0b7e0000-0000-4000-8000-00000000ac05',
      status: 'done',
      completedAt: new Date('2026-11-02T09:00:00Z'),
    });
    await store.responses.save(aResponse({ actions: [undated, later, done] }));
    await store.responses.save(
      aResponse({
        caseId: '38-2',
        actions: [anAction({ id: '0b7e0000-0000-4000-8000-00000000ac06', dueOn: '2027-01-01' })],
      }),
    );
    assert.deepEqual(
      (await store.responses.openActions(tenantA, group)).map((action) => [
        action.caseId,
        action.dueOn,
      ]),
      [
        ['38-2', '2027-01-01'],
        ['38-1', '2027-06-01'],
        ['38-1', null],
      ],
    );
    assert.equal(await store.responses.countActions(tenantA, 'open'), 3);
    assert.equal(await store.responses.countActions(tenantA, 'done'), 1);
    assert.equal(
      await store.responses.countActions(tenantA, 'open', {
        graphGroupId: group,
        since: new Date('2026-12-01T00:00:00Z'),
      }),
      0,
    );
    assert.equal(
      await store.responses.countResponses(
        tenantA,
        new Date('2026-10-01T00:00:00Z'),
        new Date('2026-12-01T00:00:00Z'),
      ),
      2,
    );
    assert.equal(await store.responses.countResponses(tenantB), 0);
  });

  it('finds a person’s actions for their export, and erasure leaves the actions naming nobody', async () => {
    const store = await engine.makeStore();
    await store.responses.save(aResponse({ updatedBy: assignee }));
    await store.responses.saveForce({
      tenantId: tenantA,
      caseId: '38-1',
      change: 'Policy reviewed',
      owner: 'Head of Roads Policing',
      dueOn: null,
      updatedBy: assignee,
      updatedAt: new Date('2026-11-01T09:00:00Z'),
    });
    assert.equal((await store.responses.actionsAssignedTo(tenantA, [assignee])).length, 1);
    assert.equal((await store.responses.actionsAssignedTo(tenantB, [assignee])).length, 0);
    assert.equal(await store.responses.pseudonymise(tenantA, [assignee], 'erased-x'), 3);
    const after = await store.responses.get(tenantA, group, '38-1');
    assert.deepEqual(
      [after?.actions[0]?.assigneeId, after?.actions[0]?.assigneeName, after?.updatedBy],
      ['erased-x', null, 'erased-x'],
    );
    assert.equal((await store.responses.getForce(tenantA, '38-1'))?.updatedBy, 'erased-x');
    assert.deepEqual(await store.responses.actionsAssignedTo(tenantA, [assignee]), []);
  });

  it('keeps the force’s own response per case, changed in place', async () => {
    const store = await engine.makeStore();
    const force = {
      tenantId: tenantA,
      caseId: '38-1',
      change: 'Policy reviewed',
      owner: 'Head of Roads Policing',
      dueOn: '2027-03-31',
      updatedBy: 'lead',
      updatedAt: new Date('2026-11-01T09:00:00Z'),
    };
    await store.responses.saveForce(force);
    await store.responses.saveForce({ ...force, owner: 'Chief Inspector' });
    assert.deepEqual(await store.responses.listForce(tenantA), [
      { ...force, owner: 'Chief Inspector' },
    ]);
    assert.deepEqual(await store.responses.listForce(tenantB), []);
  });

  it('offboarding a force deletes its responses and actions', async () => {
    const store = await engine.makeStore();
    await store.responses.save(aResponse());
    await store.responses.save(
      aResponse({
        tenantId: tenantB,
        actions: [anAction({ id: '0b7e0000-0000-4000-8000-00000000ac09' })],
      }),
    );
    const removed = await store.privacy.deleteTenant(tenantA);
    assert.deepEqual([removed.team_responses, removed.response_actions], [1, 1]);
    assert.equal(await store.responses.get(tenantA, group, '38-1'), undefined);
    assert.ok(await store.responses.get(tenantB, group, '38-1'));
  });
});
