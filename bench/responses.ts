import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadLibrary } from '../src/content';
import { createStore } from '../src/store';
import {
  forceResponsesCsv,
  forceResponsesWorkbook,
  readForceResponses,
  type ResponseAction,
} from '../src/team-response';
import { measure } from './measure';

const TEAMS = 200;
const CASES = 20;
const TENANT = '00000001-0000-4000-8000-000000000000';
const LEAD = {
  tenantId: TENANT,
  userObjectId: '00000001-0000-4000-8000-0000000000a1',
  name: 'Learning lead',
  roles: ['LearningLead' as const],
};

/**
 * The learning lead's force export: 200 teams that each responded to 20 cases (2 conclusions and
 * 3 actions each: 8,000 conclusions and 12,000 actions), read from SQLite, then written as an
 * Excel workbook and as CSV, each with its time and the memory it took, beside the baseline of
 * the same view written as JSON in the same run.
 */
export async function bench(): Promise<void> {
  const loaded = await loadLibrary('content');
  if (!loaded.ok) throw new Error('The sample library did not load.');
  const { library } = loaded;
  const caseIds = library.issues.flatMap((issue) => issue.cases.map((c) => c.id)).slice(0, CASES);
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-responses-'));
  const store = createStore(join(folder, 'store.sqlite'));
  try {
    await store.migrate();
    await store.tenants.ensure(TENANT, 'consented');
    await seed(store, caseIds);
    const deps = { store, library: () => library };

    const read = await measure(() => readForceResponses(deps, LEAD));
    const view = read.value;
    const json = await measure(async () => Buffer.from(JSON.stringify(view)));
    const xlsx = await measure(() => forceResponsesWorkbook(view, library, 'en'));
    const csv = await measure(async () => forceResponsesCsv(view, library, 'en'));
    console.log(
      `force view of ${TEAMS} teams x ${caseIds.length} cases: ${view.teams.length} responses, ${view.openActions + view.doneActions} actions`,
    );
    console.log(`read from SQLite: ${read.ms.toFixed(0)} ms, ${mb(read.heap)} MB`);
    console.log(
      `JSON (baseline): ${json.ms.toFixed(0)} ms, ${mb(json.heap)} MB, ${mb(json.value.length)} MB out`,
    );
    for (const [name, figure] of [
      ['Excel workbook', xlsx],
      ['CSV', csv],
    ] as const) {
      console.log(
        `${name}: ${figure.ms.toFixed(0)} ms (${ratio(figure.ms, json.ms)} x JSON), ${mb(figure.heap)} MB (${ratio(figure.heap, json.heap)} x JSON), ${mb(figure.value.length)} MB out`,
      );
    }
  } finally {
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

async function seed(store: ReturnType<typeof createStore>, caseIds: string[]): Promise<void> {
  const now = new Date('2026-11-01T09:00:00Z');
  for (let team = 0; team < TEAMS; team += 1) {
    const group = `00000001-aaaa-4aaa-8aaa-${String(team).padStart(12, '0')}`;
    await store.transaction(async (tx) => {
      for (const [index, caseId] of caseIds.entries()) {
        const actions: ResponseAction[] = [0, 1, 2].map((n) => ({
          id: `0000${String(team).padStart(4, '0')}-${String(index).padStart(4, '0')}-4000-8000-${String(n).padStart(12, '0')}`,
          description: `Action ${n + 1} of team ${team + 1} on case ${caseId}: brief the shift and check the policy`,
          assigneeId: `00000001-0000-4000-8000-${String(n).padStart(12, '0')}`,
          assigneeName: `Constable ${n + 1}`,
          dueOn: n === 2 ? null : '2027-03-31',
          status: n === 0 ? 'done' : 'open',
          createdAt: now,
          completedAt: n === 0 ? now : null,
        }));
        await tx.responses.save({
          tenantId: TENANT,
          graphGroupId: group,
          caseId,
          conclusions: [
            {
              question: null,
              text: `Team ${team + 1} concluded that the case shows why we check twice.`,
            },
            { question: 0, text: 'We would ask for help sooner, and say so at the next briefing.' },
          ],
          actions,
          updatedBy: LEAD.userObjectId,
          updatedAt: now,
        });
      }
    });
  }
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const ratio = (value: number, baseline: number) => (value / Math.max(baseline, 1e-9)).toFixed(1);
