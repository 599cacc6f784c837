import assert from 'node:assert/strict';
import type { LearningEntryView, LearningRecordView } from '../../../src/content/views';
import { startTestService, type TestService } from '../../../testkit';
import { FORCES } from '../service/forces';
import { ServiceHarness } from '../service/harness';

const force = FORCES.a;
const other = FORCES.b;
const entry = {
  caseId: '44-3',
  reflection: 'The supervisor signed the log without reading it.',
  application: 'I will read the log back before signing it.',
  minutes: 25,
};

describe('my learning record (/api/me/reflections)', () => {
  const harness = new ServiceHarness();
  let officer = '';
  before(async () => {
    await harness.start();
    officer = `Bearer ${await harness.ssoToken(force, force.member)}`;
  });
  after(() => harness.stop());

  const add = async (token: string, body: unknown = entry) =>
    harness.request('POST', '/api/me/reflections', token, body);

  it('an officer adds an entry about a case and finds it in their record, newest first', async () => {
    const first = await add(officer);
    assert.equal(first.status, 200, first.text);
    const created = first.body as LearningEntryView;
    assert.equal(created.caseId, '44-3');
    assert.equal(created.source, 'tab');
    assert.ok(created.caseTitle);
    const second = (await add(officer, { ...entry, caseId: '43-1', application: '' }))
      .body as LearningEntryView;

    const listed = await harness.get('/api/me/reflections', officer);
    assert.equal(listed.status, 200);
    const { entries } = listed.body as LearningRecordView;
    assert.deepEqual(
      entries.map((e) => e.id),
      [second.id, created.id],
    );
    assert.deepEqual(
      [entries[1]!.reflection, entries[1]!.application, entries[1]!.minutes],
      [entry.reflection, entry.application, 25],
    );
  });

  it('the officer edits and deletes their entry', async () => {
    const created = (await add(officer)).body as LearningEntryView;
    const edited = await harness.request('PATCH', `/api/me/reflections/${created.id}`, officer, {
      minutes: 40,
      application: 'Read it back, then sign.',
    });
    assert.equal(edited.status, 200, edited.text);
    const view = edited.body as LearningEntryView;
    assert.deepEqual(
      [view.minutes, view.application, view.reflection],
      [40, 'Read it back, then sign.', entry.reflection],
    );

    const deleted = await harness.request('DELETE', `/api/me/reflections/${created.id}`, officer);
    assert.equal(deleted.status, 200);
    const { entries } = (await harness.get('/api/me/reflections', officer))
      .body as LearningRecordView;
    assert.ok(!entries.some((e) => e.id === created.id));
    const again = await harness.request('DELETE', `/api/me/reflections/${created.id}`, officer);
    assert.equal(again.status, 404);
  });

  it('nobody else reads, changes or deletes an entry: not a team owner, not a learning lead, not another force', async () => {
    const created = (await add(officer)).body as LearningEntryView;
    const others = [
      `Bearer ${await harness.ssoToken(force, force.owner)}`,
      `Bearer ${await harness.ssoToken(force, force.outsider, ['LearningLead'])}`,
      `Bearer ${await harness.ssoToken(other, force.member)}`,
    ];
    for (const token of others) {
      const { entries } = (await harness.get('/api/me/reflections', token))
        .body as LearningRecordView;
      assert.ok(!entries.some((e) => e.id === created.id));
      const patched = await harness.request('PATCH', `/api/me/reflections/${created.id}`, token, {
        minutes: 1,
      });
      assert.equal(patched.status, 404);
      assert.match(String(patched.text), /"type"/);
      const deleted = await harness.request('DELETE', `/api/me/reflections/${created.id}`, token);
      assert.equal(deleted.status, 404);
    }
    const { entries } = (await harness.get('/api/me/reflections', officer))
      .body as LearningRecordView;
    assert.equal(entries.find((e) => e.id === created.id)?.minutes, entry.minutes);
  });

  it('refuses a call without a token (401) and a force the service does not serve (403)', async () => {
    for (const [method, body] of [
      ['GET', undefined],
      ['POST', entry],
    ] as const) {
      const anonymous = await harness.request(method, '/api/me/reflections', undefined, body);
      assert.equal(anonymous.status, 401);
      const stranger = await harness.request(
        method,
        '/api/me/reflections',
        `Bearer ${await harness.ssoToken({ tenantId: 'eeeeeeee-0000-4000-8000-00000000000e' }, force.member)}`,
        body,
      );
      assert.equal(stranger.status, 403);
    }
  });

  it('bad input gets a clear 400 and loses nothing', async () => {
    const before = ((await harness.get('/api/me/reflections', officer)).body as LearningRecordView)
      .entries.length;
    for (const body of [
      { ...entry, reflection: '   ' },
      { ...entry, minutes: -5 },
      { ...entry, minutes: 2.5 },
      { ...entry, caseId: '99-99' },
      { ...entry, caseId: 'not a case' },
      { ...entry, reflection: 'x'.repeat(4001) },
      { ...entry, personId: force.owner.aadObjectId },
    ]) {
      const answer = await add(officer, body);
      assert.equal(answer.status, 400, JSON.stringify(body).slice(0, 80));
    }
    const noChange = await harness.request(
      'PATCH',
      '/api/me/reflections/00000000-0000-4000-8000-000000000001',
      officer,
      {},
    );
    assert.equal(noChange.status, 400);
    assert.equal(
      (await harness.get('/api/me/reflections?from=2026-02-30', officer)).status,
      400,
      'not a calendar date',
    );
    assert.equal(
      ((await harness.get('/api/me/reflections', officer)).body as LearningRecordView).entries
        .length,
      before,
    );
  });

  it('filters by a date range, both days included, and is never cached', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const inRange = await harness.getWith(`/api/me/reflections?from=${today}&to=${today}`, {
      authorization: officer,
    });
    assert.ok((inRange.body as LearningRecordView).entries.length > 0);
    assert.equal(inRange.headers.get('cache-control'), 'private, no-store');
    const before = await harness.get('/api/me/reflections?to=2020-01-01', officer);
    assert.deepEqual((before.body as LearningRecordView).entries, []);
  });
});

describe('my learning record in local mode', () => {
  let service: TestService;
  before(async () => {
    service = await startTestService({ background: false });
  });
  after(() => service.stop());

  it('is the local person’s, with no token', async () => {
    const posted = await fetch(`${service.baseUrl}/api/me/reflections`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(entry),
    });
    assert.equal(posted.status, 200);
    const listed = (await (
      await fetch(`${service.baseUrl}/api/me/reflections?lang=cy`)
    ).json()) as LearningRecordView;
    assert.equal(listed.entries.length, 1);
  });
});
