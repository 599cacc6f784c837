import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createLibrary } from '../src/content/library';
import { addWeeks, readInsights, storeInsightSources, weekOf } from '../src/insights';
import { createStore } from '../src/store';

const FORCES = 45;
const SUBSCRIPTIONS = 10_000;
const WEEKS = 52;
const REPLIES = 500_000;
const READS = 2_000_000;
const CASES = 12;
const RUNS = 5;

const tenantOf = (force: number) => `${String(force).padStart(8, '0')}-0000-4000-8000-000000000000`;

/**
 * Seeds a year of every force's figures straight into the SQLite file in a few transactions (the
 * bench only: the service never writes this way): 45 forces, 10,000 subscriptions each posted
 * weekly (deliveries and threads), 500,000 replies, and 2 million reads kept as counts per case,
 * force and day.
 */
function seed(file: string, from: string): void {
  const db = new Database(file);
  db.pragma('journal_mode = OFF');
  db.pragma('synchronous = OFF');
  const start = new Date(`${from}T00:00:00.000Z`).getTime();
  const day = 24 * 3600_000;
  let random = 42;
  const next = (below: number) => {
    random = (random * 1_103_515_245 + 12_345) % 2_147_483_648;
    return random % below;
  };
  db.transaction(() => {
    const subscription = db.prepare(
      `INSERT INTO subscriptions (id, tenant_id, team_id, channel_id, weekday, time, time_zone,
         audiences, themes, notify_new_issues, status, status_reason, updated_by, created_at, updated_at)
       VALUES (?, ?, ?, ?, 1, '09:00', 'Europe/London', '[]', '[]', 0, 'active', NULL, 'bench', ?, ?)`,
    );
    const delivery = db.prepare(
      `INSERT INTO deliveries (id, subscription_id, tenant_id, team_id, channel_id, week_key,
         case_id, due_at, status, attempts, root_message_id, reason, possible_duplicate, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, NULL, 0, ?, ?)`,
    );
    const thread = db.prepare(
      `INSERT INTO posted_threads (tenant_id, team_id, channel_id, root_message_id, case_id,
         delivery_id, posted_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const created = new Date(start).toISOString();
    for (let index = 0; index < SUBSCRIPTIONS; index++) {
      const tenant = tenantOf(index % FORCES);
      const team = `19:team-${index % 400}@thread.tacv2`;
      const channel = `19:channel-${index}@thread.tacv2`;
      subscription.run(`sub-${index}`, tenant, team, channel, created, created);
      for (let week = 0; week < WEEKS; week++) {
        const due = new Date(start + week * 7 * day + 9 * 3600_000).toISOString();
        const caseId = `44-${(week % CASES) + 1}`;
        const sent = next(20) !== 0;
        delivery.run(
          `d-${index}-${week}`,
          `sub-${index}`,
          tenant,
          team,
          channel,
          `w${week}`,
          caseId,
          due,
          sent ? 'sent' : 'failed',
          sent ? `root-${index}-${week}` : null,
          due,
          due,
        );
        if (sent)
          thread.run(
            tenant,
            team,
            channel,
            `root-${index}-${week}`,
            caseId,
            `d-${index}-${week}`,
            due,
          );
      }
    }
  })();
  db.transaction(() => {
    const reply = db.prepare(
      `INSERT INTO replies (tenant_id, channel_id, root_message_id, id, team_id, case_id, author_id,
         author_name, text, created_at, edited_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Colleague', 'A reply.', ?, NULL)`,
    );
    for (let index = 0; index < REPLIES; index++) {
      const subscriptionIndex = next(SUBSCRIPTIONS);
      const week = next(WEEKS);
      const at = start + week * 7 * day + 10 * 3600_000 + next(5 * day);
      reply.run(
        tenantOf(subscriptionIndex % FORCES),
        `19:channel-${subscriptionIndex}@thread.tacv2`,
        `root-${subscriptionIndex}-${week}`,
        `reply-${index}`,
        `19:team-${subscriptionIndex % 400}@thread.tacv2`,
        `44-${(week % CASES) + 1}`,
        `officer-${next(300)}`,
        new Date(at).toISOString(),
      );
    }
  })();
  db.transaction(() => {
    const read = db.prepare(
      'INSERT INTO case_reads (tenant_id, day, case_id, reads) VALUES (?, ?, ?, ?)',
    );
    const rows = FORCES * WEEKS * 7 * CASES;
    const each = Math.floor(READS / rows);
    let left = READS - each * rows;
    for (let force = 0; force < FORCES; force++) {
      for (let dayIndex = 0; dayIndex < WEEKS * 7; dayIndex++) {
        const date = new Date(start + dayIndex * day).toISOString().slice(0, 10);
        for (let caseIndex = 1; caseIndex <= CASES; caseIndex++) {
          const extra = left > 0 ? 1 : 0;
          left -= extra;
          read.run(tenantOf(force), date, `44-${caseIndex}`, each + extra);
        }
      }
    }
  })();
  db.pragma('optimize');
  db.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * An editor's insights page (every force, force by force, a year of whole weeks) against a plain
 * indexed count of the same rows (replies, deliveries, threads and reads of the same forces and
 * weeks), in the same run, as a ratio.
 */
export async function bench(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-insights-'));
  const file = join(folder, 'store.sqlite');
  try {
    const to = weekOf(new Date('2026-11-30T00:00:00Z'));
    const from = addWeeks(to, -(WEEKS - 1));
    const migrated = createStore(file);
    await migrated.migrate();
    for (let force = 0; force < FORCES; force++) {
      await migrated.tenants.ensure(tenantOf(force), 'consented', `Force ${force + 1}`);
    }
    await migrated.close();
    const seeding = performance.now();
    seed(file, from);
    const seeded = performance.now() - seeding;

    const store = createStore(file);
    const tenants = (await store.tenants.list()).map((tenant) => tenant.id);
    const editor = {
      tenantId: tenantOf(0),
      userObjectId: 'bench',
      name: 'Editor',
      roles: ['Editor' as const],
    };
    const until = addWeeks(to, 1);
    const page = async () =>
      readInsights(
        editor,
        { by: 'week', from, to },
        {
          store,
          sources: storeInsightSources(store, () => createLibrary([])),
          caseTitle: () => null,
          now: () => new Date(`${until}T12:00:00Z`),
        },
      );
    const marks = tenants.map(() => '?').join(', ');
    const db = new Database(file, { readonly: true });
    const plainCounts = () => {
      const range = [...tenants, `${from}T00:00:00.000Z`, `${until}T00:00:00.000Z`];
      db.prepare(
        `SELECT COUNT(*) FROM replies WHERE tenant_id IN (${marks}) AND created_at >= ? AND created_at < ?`,
      ).get(...range);
      db.prepare(
        `SELECT COUNT(*) FROM deliveries WHERE tenant_id IN (${marks}) AND due_at >= ? AND due_at < ?`,
      ).get(...range);
      db.prepare(
        `SELECT COUNT(*) FROM posted_threads WHERE tenant_id IN (${marks}) AND posted_at >= ? AND posted_at < ?`,
      ).get(...range);
      db.prepare(
        `SELECT SUM(reads) FROM case_reads WHERE tenant_id IN (${marks}) AND day >= ? AND day < ?`,
      ).get(...tenants, from, until);
    };
    let started = performance.now();
    const view = await page();
    const first = performance.now() - started;
    plainCounts();
    const pageTimes: number[] = [];
    const countTimes: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      started = performance.now();
      plainCounts();
      countTimes.push(performance.now() - started);
      started = performance.now();
      await page();
      pageTimes.push(performance.now() - started);
    }
    db.close();
    await store.close();
    const insights = median(pageTimes);
    const baseline = median(countTimes);
    console.log(
      `insights seeded in ${(seeded / 1000).toFixed(1)} s: ${FORCES} forces, ${SUBSCRIPTIONS} subscriptions ` +
        `posting for ${WEEKS} weeks, ${REPLIES} replies, ${READS} reads (SQLite)`,
    );
    console.log(
      `insights page, every force over ${view.weeks.length} weeks: ${insights.toFixed(0)} ms; ` +
        `plain indexed counts of the same rows: ${baseline.toFixed(0)} ms ` +
        `(ratio ${(insights / baseline).toFixed(1)}); the first page, which keeps the settled ` +
        `weeks' counts: ${first.toFixed(0)} ms (total replies shown ${view.total.replies.value})`,
    );
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
