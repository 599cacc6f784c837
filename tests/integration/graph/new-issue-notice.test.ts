import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { announceNewIssue, type NewIssueNoticeDeps } from '../../../src/notices/new-issue';
import { createStore } from '../../../src/store';
import type { PostLanguage } from '../../../src/i18n/language';
import type { Store, SubscriptionStatus } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { connectGraph, FakeGraph } from '../../../testkit';

const force = 'aaaaaaaa-0000-4000-8000-00000000000a';
const suspended = 'cccccccc-0000-4000-8000-00000000000c';
const issue = { number: 45, title: 'Custody', theme: 'Custody', publishedOn: '2026-03-02' };
const logger = pino({ level: 'silent' });

describe('the new-issue activity notice', () => {
  let dir: string;
  let databaseUrl: string;
  let stores: Store[];
  let fake: FakeGraph;

  const openStore = async () => {
    const store = createStore(databaseUrl);
    await store.migrate();
    stores.push(store);
    return store;
  };

  /** One service instance: its own store connection and Graph client. */
  const instance = async (): Promise<NewIssueNoticeDeps> => {
    const store = await openStore();
    return {
      store,
      graph: connectGraph(fake),
      tenants: createTenantAccess(store, logger),
      logger,
      teamsAppId: 'teams-app-id',
    };
  };

  const addTeam = async (
    store: Store,
    tenantId: string,
    n: number,
    options: {
      notify?: boolean;
      status?: SubscriptionStatus;
      installedAt?: Date;
      postLanguage?: PostLanguage;
    } = {},
  ) => {
    const group = `${String(n).repeat(8)}-0000-4000-8000-000000000000`;
    fake.addTeam(tenantId, group, []);
    await store.teams.upsert({
      tenantId,
      id: `19:team-${n}@thread.tacv2`,
      graphGroupId: group,
      name: null,
      serviceUrl: 'https://smba.example/uk/',
      installedAt: options.installedAt ?? new Date('2026-01-05T09:00:00Z'),
    });
    await store.subscriptions.save({
      tenantId,
      teamId: `19:team-${n}@thread.tacv2`,
      channelId: `19:channel-${n}@thread.tacv2`,
      weekday: 1,
      time: '07:15',
      timeZone: 'Europe/London',
      audiences: ['officers-and-staff'],
      themes: [],
      notifyNewIssues: options.notify ?? true,
      ...(options.postLanguage ? { postLanguage: options.postLanguage } : {}),
      status: options.status ?? 'active',
      statusReason: null,
      updatedBy: 'owner-1',
    });
    return group;
  };

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-notices-'));
    databaseUrl = join(dir, 'ltl.sqlite');
    stores = [];
    fake = await new FakeGraph().start();
  });

  afterEach(async () => {
    for (const store of stores) await store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('goes once to each subscribed team that keeps notices on, and never to others', async () => {
    const first = await instance();
    const { store } = first;
    await store.tenants.ensure(force, 'consented');
    await store.tenants.ensure(suspended, 'suspended');
    const wanted = await addTeam(store, force, 1);
    await addTeam(store, force, 2, { notify: false });
    await addTeam(store, force, 3, { status: 'paused' });
    await addTeam(store, force, 4, { installedAt: new Date('2026-03-10T09:00:00Z') });
    await addTeam(store, suspended, 5);

    assert.deepEqual(await announceNewIssue(first, issue), { sent: 1, alreadySent: 0, failed: 0 });
    assert.deepEqual(
      fake.notices.map((notice) => [notice.tenantId, notice.teamId]),
      [[force, wanted]],
    );
    const body = fake.notices[0]!.body;
    assert.equal(body.activityType, 'newIssuePublished');
    assert.deepEqual(body.previewText, { content: 'Issue 45: Custody' });
    assert.match(
      String((body.topic as { webUrl: string }).webUrl),
      /^https:\/\/teams\.microsoft\.com\/l\/entity\/teams-app-id\//,
    );
  });

  it('is not sent again after a restart, nor by a second instance at the same time', async () => {
    const setup = await instance();
    await setup.store.tenants.ensure(force, 'consented');
    await addTeam(setup.store, force, 1);
    await addTeam(setup.store, force, 2);

    const [a, b] = await Promise.all([instance(), instance()]);
    const results = await Promise.all([announceNewIssue(a, issue), announceNewIssue(b, issue)]);
    assert.equal(results[0].sent + results[1].sent, 2);
    assert.equal(fake.notices.length, 2);

    const afterRestart = await instance();
    assert.deepEqual(await announceNewIssue(afterRestart, issue), {
      sent: 0,
      alreadySent: 2,
      failed: 0,
    });
    assert.equal(fake.notices.length, 2);
  });

  it('a failed send is logged and counted, and the other teams still hear', async () => {
    const deps = await instance();
    await deps.store.tenants.ensure(force, 'consented');
    await addTeam(deps.store, force, 1);
    await addTeam(deps.store, force, 2);
    fake.failNext(4, 503);
    const counts = await announceNewIssue(deps, issue);
    assert.deepEqual(counts, { sent: 1, alreadySent: 0, failed: 1 });
    assert.equal(fake.notices.length, 1);
  });

  it('speaks to each team in the language of its weekly post: Welsh, English, or both', async () => {
    const deps = await instance();
    await deps.store.tenants.ensure(force, 'consented');
    const groups = {
      en: await addTeam(deps.store, force, 1),
      cy: await addTeam(deps.store, force, 2, { postLanguage: 'cy' }),
      bilingual: await addTeam(deps.store, force, 3, { postLanguage: 'bilingual' }),
    };
    const translated = {
      ...issue,
      welsh: {
        title: 'Y ddalfa',
        theme: 'Y ddalfa',
        foreword: 'Rhagair.',
        contentWarning: null,
        pdfUrl: null,
        feedbackUrl: null,
        review: 'needed' as const,
      },
    };
    await announceNewIssue(deps, translated);
    const sent = (group: string) => fake.notices.find((notice) => notice.teamId === group)!.body;
    const theme = (body: Record<string, unknown>) =>
      (body.templateParameters as { name: string; value: string }[]).find(
        (parameter) => parameter.name === 'theme',
      )?.value;
    assert.deepEqual(sent(groups.en).previewText, { content: 'Issue 45: Custody' });
    assert.deepEqual(sent(groups.cy).previewText, { content: 'Rhifyn 45: Y ddalfa' });
    assert.equal(theme(sent(groups.cy)), 'Y ddalfa');
    assert.deepEqual(sent(groups.bilingual).previewText, {
      content: 'Rhifyn 45: Y ddalfa · Issue 45: Custody',
    });
    assert.equal(theme(sent(groups.bilingual)), 'Y ddalfa · Custody');
  });
});
