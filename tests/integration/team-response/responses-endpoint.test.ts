import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { ForceResponsesView, TeamResponseView } from '../../../src/team-response';
import { FORCES } from '../service/forces';
import { ServiceHarness } from '../service/harness';

const a = FORCES.a;
const b = FORCES.b;
const CASE = '38-1';

describe('a team’s response to a case, and the force’s (/api/teams/…/responses, /api/force/responses)', () => {
  const harness = new ServiceHarness();
  const path = (force = a, caseId = CASE) => `/api/teams/${force.groupId}/responses/${caseId}`;
  const bearer = async (force: typeof a, person: typeof a.owner, roles: string[] = []) =>
    `Bearer ${await harness.ssoToken(force, person, roles)}`;
  const response = {
    conclusions: [
      { question: null, text: 'We slow down at red lights, even when the call is urgent.' },
      { question: 2, text: 'Supervisors ask the team about driving at each briefing.' },
    ],
    actions: [
      {
        description: 'Book refresher driver training for the whole shift',
        assigneeId: a.member.aadObjectId,
        dueOn: '2027-01-31',
        status: 'open',
      },
      {
        description: 'Share the case at the next briefing',
        assigneeId: a.owner.aadObjectId,
        dueOn: null,
        status: 'done',
      },
    ],
  };

  before(async () => {
    await harness.start();
    await harness.send(harness.activities(a).botAdded());
    await harness.send(harness.activities(b).botAdded());
  });
  after(() => harness.stop());

  it('before the team responds, a member reads an empty response they cannot change', async () => {
    const answer = await harness.get(path(), await bearer(a, a.member));
    assert.equal(answer.status, 200);
    const view = answer.body as TeamResponseView;
    assert.deepEqual(
      [view.caseId, view.team, view.canEdit, view.conclusions, view.actions, view.members],
      [CASE, { graphGroupId: a.groupId, name: a.teamName }, false, [], [], []],
    );
    assert.equal(view.updatedAt, null);
  });

  it('an owner writes the team’s conclusions and actions, assigned to members by object id; members read them', async () => {
    const owner = await bearer(a, a.owner);
    const before = (await harness.get(path(), owner)).body as TeamResponseView;
    assert.equal(before.canEdit, true);
    assert.deepEqual(
      before.members.map((member) => member.id).sort(),
      [a.owner.aadObjectId, a.member.aadObjectId].sort(),
    );

    const saved = await harness.put(path(), response, owner);
    assert.equal(saved.status, 200, saved.text);
    const read = (await harness.get(path(), await bearer(a, a.member))).body as TeamResponseView;
    assert.deepEqual(read.conclusions, response.conclusions);
    assert.deepEqual(
      read.actions.map((action) => [
        action.description,
        action.assignee,
        action.dueOn,
        action.status,
      ]),
      [
        [
          response.actions[0]!.description,
          { id: a.member.aadObjectId, name: a.member.name },
          '2027-01-31',
          'open',
        ],
        [
          response.actions[1]!.description,
          { id: a.owner.aadObjectId, name: a.owner.name },
          null,
          'done',
        ],
      ],
    );
    const audit = await harness.service.store.audit.list(a.tenantId);
    const entry = audit.find((e) => e.action === 'team-response.saved');
    assert.deepEqual(entry?.detail, { conclusions: 2, actions: 2, open: 1 });
    assert.equal(entry?.actor, a.owner.aadObjectId);
  });

  it('an action keeps its id when the owner marks it done, and is counted open or done', async () => {
    const owner = await bearer(a, a.owner);
    const current = (await harness.get(path(), owner)).body as TeamResponseView;
    const first = current.actions[0]!;
    const saved = await harness.put(
      path(),
      {
        conclusions: current.conclusions,
        actions: current.actions.map((action) => ({
          id: action.id,
          description: action.description,
          assigneeId: action.assignee?.id ?? null,
          dueOn: action.dueOn,
          status: 'done',
        })),
      },
      owner,
    );
    assert.equal(saved.status, 200, saved.text);
    const after = saved.body as TeamResponseView;
    assert.equal(after.actions[0]!.id, first.id);
    const { responses } = harness.service.store;
    assert.equal(await responses.countActions(a.tenantId, 'open'), 0);
    assert.equal(await responses.countActions(a.tenantId, 'done'), 2);
    assert.equal(await responses.countResponses(a.tenantId), 1);
    await harness.put(path(), response, owner);
  });

  it('refuses a member’s change and anyone outside the team (403), and another force’s team (404)', async () => {
    const member = await harness.put(path(), response, await bearer(a, a.member));
    assert.equal(member.status, 403);
    assert.equal(
      (member.body as { title: string }).title,
      'Only owners of this team can change its response.',
    );
    const outsider = await harness.get(path(), await bearer(a, a.outsider));
    assert.equal(outsider.status, 403);
    const otherForce = await harness.get(path(a), await bearer(b, b.owner));
    assert.equal(otherForce.status, 404, 'force A’s team is not found from force B');
    const otherForceWrite = await harness.put(path(a), response, await bearer(b, b.owner));
    assert.equal(otherForceWrite.status, 404);
    assert.equal((await harness.get(path())).status, 401, 'no token');
    const stored = await harness.service.store.responses.get(a.tenantId, a.groupId, CASE);
    assert.equal(stored?.conclusions.length, 2, 'nothing refused was written');
  });

  it('refuses a response that is not valid, naming what is wrong, and keeps the one stored', async () => {
    const owner = await bearer(a, a.owner);
    const cases: [unknown, number][] = [
      [{ ...response, conclusions: [{ question: 9, text: 'No such question' }] }, 400],
      [
        { ...response, actions: [{ ...response.actions[0], assigneeId: a.outsider.aadObjectId }] },
        400,
      ],
      [{ ...response, actions: [{ ...response.actions[0], dueOn: '2027-02-30' }] }, 400],
      [{ ...response, actions: [{ ...response.actions[0], description: '   ' }] }, 400],
      [{ ...response, extra: true }, 400],
    ];
    for (const [body, status] of cases) {
      const answer = await harness.put(path(), body, owner);
      assert.equal(answer.status, status, JSON.stringify(body));
      assert.equal(answer.text.includes('Error'), false);
    }
    assert.equal((await harness.put(path(a, '99-9'), response, owner)).status, 404);
    const stored = await harness.service.store.responses.get(a.tenantId, a.groupId, CASE);
    assert.equal(stored?.actions.length, 2);
  });

  it('the learning lead sees every team’s response in their own force only, and writes the force’s response', async () => {
    const lead = await bearer(a, a.outsider, ['LearningLead']);
    const saved = await harness.put(
      `/api/force/responses/${CASE}`,
      {
        change: 'Emergency response driving policy reviewed',
        owner: 'Head of Roads Policing',
        dueOn: '2027-03-31',
      },
      lead,
    );
    assert.equal(saved.status, 200, saved.text);
    const answer = await harness.get('/api/force/responses', lead);
    assert.equal(answer.status, 200);
    const view = answer.body as ForceResponsesView;
    assert.deepEqual(
      view.teams.map((team) => [team.caseId, team.team.name, team.conclusions.length]),
      [[CASE, a.teamName, 2]],
    );
    assert.deepEqual([view.openActions, view.doneActions], [1, 1]);
    assert.deepEqual(
      view.force.map((force) => [force.caseId, force.owner, force.dueOn]),
      [[CASE, 'Head of Roads Policing', '2027-03-31']],
    );
    assert.deepEqual(Object.keys(view.caseTitles), [CASE]);
    assert.match(view.caseTitles[CASE]!, /\S/, 'each case is titled, not only numbered');
    const welsh = (await harness.get('/api/force/responses?lang=cy', lead))
      .body as ForceResponsesView;
    assert.deepEqual(Object.keys(welsh.caseTitles), [CASE]);
    const otherLead = (
      await harness.get('/api/force/responses', await bearer(b, b.outsider, ['LearningLead']))
    ).body as ForceResponsesView;
    assert.deepEqual([otherLead.teams, otherLead.force], [[], []], 'force B sees none of force A');
  });

  it('refuses the force view to anyone without the LearningLead role (403), even a team owner', async () => {
    assert.equal((await harness.get('/api/force/responses', await bearer(a, a.owner))).status, 403);
    const write = await harness.put(
      `/api/force/responses/${CASE}`,
      { change: 'x', owner: 'y', dueOn: null },
      await bearer(a, a.owner),
    );
    assert.equal(write.status, 403);
    assert.equal((await harness.get('/api/force/responses?format=xlsx')).status, 401);
  });

  it('exports the force’s responses as CSV, safe to open in a spreadsheet, and as an Excel workbook', async () => {
    const lead = await bearer(a, a.outsider, ['LearningLead']);
    await harness.put(
      path(),
      {
        ...response,
        conclusions: [...response.conclusions, { question: null, text: '=HYPERLINK("x")' }],
      },
      await bearer(a, a.owner),
    );
    const csv = await fetch(`${harness.baseUrl}/api/force/responses?format=csv`, {
      headers: { authorization: lead },
    });
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const bytes = Buffer.from(await csv.arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a byte-order mark for Excel');
    const text = bytes.toString('utf8');
    assert.match(text, /^\uFEFF"Kind","Case"/);
    assert.match(
      text,
      /"Force response","38-1",".+","","","Emergency response driving policy reviewed","Head of Roads Policing","2027-03-31"/,
    );
    assert.match(text, /"'=HYPERLINK\(""x""\)"/, 'a formula is kept as text');
    assert.match(
      text,
      /"Action","38-1",".+","Response team A","","Book refresher driver training for the whole shift","Constable of force A","2027-01-31","Open"/,
    );

    const xlsx = await fetch(`${harness.baseUrl}/api/force/responses?format=xlsx&lang=cy`, {
      headers: { authorization: lead },
    });
    assert.equal(xlsx.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    assert.deepEqual(
      workbook.worksheets.map((sheet) => sheet.name),
      ['Ymateb yr heddlu', 'Casgliadau', 'Camau gweithredu'],
    );
    const actions = workbook.getWorksheet('Camau gweithredu')!;
    assert.equal(actions.rowCount, 3);
    assert.equal(
      actions.getRow(2).getCell(6).value,
      'Book refresher driver training for the whole shift',
    );
    assert.equal(actions.getRow(2).getCell(9).value, 'Ar agor');
  });

  it('refuses a save over a version saved since it was read (409), keeping that version, and takes one based on it', async () => {
    const owner = await bearer(a, a.owner);
    const other = path(a, '38-2');
    const read = (await harness.get(other, owner)).body as TeamResponseView;
    assert.equal(read.updatedAt, null);
    const first = { ...response, actions: [], basedOn: read.updatedAt };
    const saved = await harness.put(other, first, owner);
    assert.equal(saved.status, 200);
    const savedAt = (saved.body as TeamResponseView).updatedAt;

    const stale = await harness.put(
      other,
      { ...first, conclusions: [{ question: null, text: 'An older draft.' }] },
      owner,
    );
    assert.equal(stale.status, 409);
    assert.match(
      (stale.body as { title: string }).title,
      /saved this response after you opened it/,
    );
    const kept = await harness.service.store.responses.get(a.tenantId, a.groupId, '38-2');
    assert.equal(kept?.conclusions.length, 2, 'the version saved first is kept');

    const onTop = await harness.put(
      other,
      {
        ...first,
        conclusions: [{ question: null, text: 'Read theirs, then saved.' }],
        basedOn: savedAt,
      },
      owner,
    );
    assert.equal(onTop.status, 200);
    assert.equal((await harness.put(other, { ...first, basedOn: 'yesterday' }, owner)).status, 400);
  });
});
