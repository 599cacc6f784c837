import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { InsightsView } from '../../../src/insights';
import type { Reply } from '../../../src/store/types';
import { FORCES, type Force } from '../service/forces';
import { PUBLISHER_TENANT, ServiceHarness } from '../service/harness';

const [a, b] = [FORCES.a, FORCES.b];
const first = '2026-11-16';
const second = '2026-11-23';

/** `count` colleagues of a force each replying once to a case's thread on a day. */
function replies(force: Force, caseId: string, day: string, officers: string[]): Reply[] {
  return officers.map((officer, index) => ({
    id: `${caseId}-${day}-${officer}`,
    tenantId: force.tenantId,
    teamId: force.teamId,
    channelId: force.briefing,
    rootMessageId: `root-${caseId}-${day}`,
    caseId,
    authorId: officer,
    authorName: 'Colleague',
    text: 'A reply.',
    createdAt: new Date(`${day}T09:0${index % 10}:00Z`),
    editedAt: null,
  }));
}

const officers = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => `${prefix}-${index + 1}`);

describe('insights (GET /api/insights and its export)', () => {
  const harness = new ServiceHarness();
  let lead: string;

  before(async () => {
    await harness.start();
    const store = harness.service.store;
    const crafted = [
      ...replies(a, '43-2', '2026-11-17', officers('a', 6)),
      ...replies(a, '43-2', '2026-11-24', officers('a', 3)),
      ...replies(a, '43-1', '2026-11-25', officers('x', 5)),
      ...replies(b, '38-1', '2026-11-18', officers('b', 5)),
      ...replies(a, '43-1', '2026-12-01', officers('d', 5)),
    ];
    for (const reply of crafted) await store.discussion.upsertReply(reply);
    for (let read = 0; read < 7; read++) {
      await store.insights.recordRead(a.tenantId, '43-2', new Date('2026-11-18T10:00:00Z'));
    }
    for (let read = 0; read < 2; read++) {
      await store.insights.recordRead(a.tenantId, '43-1', new Date('2026-11-19T10:00:00Z'));
    }
    lead = `Bearer ${await harness.ssoToken(a, a.member, ['LearningLead'])}`;
  });
  after(() => harness.stop());

  const insights = async (authorization: string, query = `from=${first}&to=${second}`) =>
    harness.get(`/api/insights?${query}`, authorization);

  it('shows a learning lead their own force week by week, a figure from fewer than 5 people hidden and left out of totals', async () => {
    const answer = await insights(lead);
    assert.equal(answer.status, 200);
    const view = answer.body as InsightsView;
    assert.equal(view.scope, 'force');
    assert.deepEqual(view.weeks, [first, second]);
    assert.deepEqual(
      view.forces.map((force) => force.tenantId),
      [a.tenantId],
    );
    assert.deepEqual(
      view.byWeek.map((week) => [week.replies, week.participants, week.reads]),
      [
        [
          { value: 6, partial: false },
          { value: 6, partial: false },
          { value: 7, partial: true },
        ],
        [
          { value: 5, partial: true },
          { value: 8, partial: false },
          { value: 0, partial: false },
        ],
      ],
    );
    assert.deepEqual(view.total.replies, { value: 11, partial: true });
    assert.deepEqual(
      view.cases.map((row) => [row.caseId, row.replies, row.reads]),
      [
        ['43-2', { value: 6, partial: true }, { value: 7, partial: false }],
        ['43-1', { value: 5, partial: false }, { value: null, partial: false }],
      ],
    );
    assert.deepEqual(view.comments, [], 'comments reach editors only');
  });

  it('shows an editor every force, force by force and in total', async () => {
    const editor = `Bearer ${await harness.ssoToken({ tenantId: PUBLISHER_TENANT }, a.outsider, ['Editor'])}`;
    const view = (await insights(editor)).body as InsightsView;
    assert.equal(view.scope, 'all');
    const byForce = new Map(view.forces.map((force) => [force.tenantId, force.replies]));
    assert.deepEqual(byForce.get(a.tenantId), { value: 11, partial: true });
    assert.deepEqual(byForce.get(b.tenantId), { value: 5, partial: false });
    assert.deepEqual(view.total.replies, { value: 16, partial: true });
  });

  it('refuses no token, no role, an editor role claimed in a force, a force it does not serve', async () => {
    assert.equal((await insights('')).status, 401);
    const noRole = `Bearer ${await harness.ssoToken(a, a.member)}`;
    assert.equal((await insights(noRole)).status, 403);
    const forceEditor = `Bearer ${await harness.ssoToken(a, a.member, ['Editor'])}`;
    assert.equal((await insights(forceEditor)).status, 403);
    const stranger = `Bearer ${await harness.ssoToken(
      { tenantId: 'eeeeeeee-0000-4000-8000-00000000000e' },
      a.member,
      ['LearningLead'],
    )}`;
    assert.equal((await insights(stranger)).status, 403);
  });

  it('takes whole weeks only: a week is named by its Monday, and a period is at most 105 weeks', async () => {
    for (const query of [
      'from=2026-11-17&to=2026-11-23',
      'from=2026-11-23&to=2026-11-16',
      'from=2024-11-04&to=2026-11-23',
      'from=tomorrow',
      'weeks=4',
    ]) {
      const answer = await insights(lead, query);
      assert.equal(answer.status, 400, query);
      assert.match((answer.body as { title: string }).title, /\S/);
    }
    const byDefault = (await insights(lead, '')).body as InsightsView;
    assert.equal(byDefault.weeks.length, 13);
  });

  it('shows whole months as their whole weeks (a week in the month of its Thursday), built from the same weekly figures with the hidden ones left out', async () => {
    const view = (await insights(lead, 'by=month&from=2026-11&to=2026-12')).body as InsightsView;
    assert.equal(view.by, 'month');
    assert.equal(view.from, '2026-11-02');
    assert.equal(view.to, '2026-12-28');
    assert.deepEqual(
      view.byMonth.map((month) => [month.month, month.from, month.to]),
      [
        ['2026-11', '2026-11-02', '2026-11-23'],
        ['2026-12', '2026-11-30', '2026-12-28'],
      ],
    );
    const [november, december] = view.byMonth;
    assert.deepEqual(
      [november!.replies, november!.participants, november!.reads],
      [
        { value: 11, partial: true },
        { value: 14, partial: false },
        { value: 7, partial: true },
      ],
      'the week of 23 November’s 3 replies to case 43-2 and its 2 reads stay hidden in the month',
    );
    assert.deepEqual(december!.replies, { value: 5, partial: false });
    assert.equal(
      view.byWeek.slice(0, 4).reduce((sum, week) => sum + (week.replies.value ?? 0), 0),
      november!.replies.value,
      'a month adds up the figures its weeks show',
    );
    const weeks = (await insights(lead, 'from=2026-11-02&to=2026-11-23')).body as InsightsView;
    assert.deepEqual(
      weeks.total.replies,
      november!.replies,
      'the month and its weeks asked for week by week give the same total',
    );
    assert.deepEqual(weeks.byMonth, [], 'by week, no months');
  });

  it('takes whole months only: a month is named YYYY-MM, and a period is at most 24 months', async () => {
    for (const query of [
      'by=month&from=2026-11-16',
      'by=month&from=2026-13',
      'by=month&from=2026-11&to=2026-10',
      'by=month&from=2025-01&to=2027-01',
      'by=year',
      'from=2026-11',
    ]) {
      const answer = await insights(lead, query);
      assert.equal(answer.status, 400, query);
      assert.match((answer.body as { title: string }).title, /\S/);
    }
    const byDefault = (await insights(lead, 'by=month')).body as InsightsView;
    assert.equal(byDefault.byMonth.length, 12);
    assert.equal(byDefault.weeks.length, new Set(byDefault.weeks).size);
    const longest = (await insights(lead, 'by=month&from=2025-01&to=2026-12')).body as InsightsView;
    assert.equal(longest.byMonth.length, 24);
  });

  it('exports the same figures as CSV and as an Excel workbook, in the language asked for', async () => {
    const csv = await harness.getWith(
      `/api/insights/export?format=csv&from=${first}&to=${second}&lang=cy`,
      { authorization: lead },
    );
    assert.equal(csv.status, 200);
    assert.match(csv.headers.get('content-type') ?? '', /^text\/csv/);
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.equal(lines.length, 3);
    assert.match(lines[0]!, /^Wythnos yn dechrau,/);
    assert.match(lines[1]!, /^2026-11-16,0,0,/);

    const response = await fetch(
      `${harness.baseUrl}/api/insights/export?format=xlsx&from=${first}&to=${second}`,
      { headers: { authorization: lead } },
    );
    assert.equal(response.status, 200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const cases = workbook.getWorksheet('Most discussed cases')!;
    assert.deepEqual(
      [2, 3].map((row) => [cases.getCell(row, 2).value, cases.getCell(row, 3).value]),
      [
        ['6 (figures from fewer than 5 people left out)', 7],
        [5, 'fewer than 5'],
      ],
    );
    const months = await harness.getWith(
      `/api/insights/export?format=csv&by=month&from=2026-11&to=2026-11`,
      { authorization: lead },
    );
    const monthLines = months.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    assert.match(monthLines[0]!, /^Month,First week of,Last week of,Posts delivered,/);
    assert.deepEqual(monthLines.slice(1), [
      '2026-11,2026-11-02,2026-11-23,0,0,3,11 (figures from fewer than 5 people left out),14,7 (figures from fewer than 5 people left out)',
    ]);
    const refused = await harness.get(`/api/insights/export?format=pdf`, lead);
    assert.equal(refused.status, 400);
  });

  it('counts a signed-in read of a case page for the force, and refuses an unknown case or no sign-in', async () => {
    const post = (authorization: string | undefined, body: unknown) =>
      fetch(`${harness.baseUrl}/api/reads`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body: JSON.stringify(body),
      });
    const member = `Bearer ${await harness.ssoToken(b, b.member)}`;
    assert.equal((await post(member, { caseId: '38-2' })).status, 200);
    assert.equal((await post(member, { caseId: '99-9' })).status, 404);
    assert.equal((await post(member, { caseId: 'nonsense' })).status, 400);
    assert.equal((await post(undefined, { caseId: '38-2' })).status, 401);
    const today = new Date().toISOString().slice(0, 10);
    const counted = await harness.service.store.insights.caseWeeks(
      [b.tenantId],
      '2020-01-06',
      '2099-01-05',
    );
    assert.deepEqual(
      counted.filter((figure) => figure.reads > 0).map((figure) => [figure.caseId, figure.reads]),
      [['38-2', 1]],
      today,
    );
  });
});
