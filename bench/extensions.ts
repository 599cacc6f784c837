import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { createBot, createChannelPoster } from '../bot';
import { loadConfig } from '../src/config';
import { createLibrary, loadLibrary, type Issue, type Library } from '../src/content';
import { CaseSearch } from '../src/content/search';
import { createDeliveryEngine } from '../src/delivery';
import { createReplyIntake } from '../src/discussion/intake';
import { createApp } from '../src/server/app';
import { messagesRoutes } from '../src/server/routes/messages';
import { createStore } from '../src/store';
import { median } from './measure';

const ISSUES = 100;
const CASES_PER_ISSUE = 10;
const RUNS_PER_QUERY = 20;
const BUDGET_MS = 5_000;
const TENANT = '00000001-0000-4000-8000-000000000000';

/** What readers type: a word, a phrase, a role among the words, Welsh, a word being typed. */
const QUERIES = [
  'custody',
  'mental health',
  'pursuit driving',
  'call handlers vulnerability',
  'dalfa',
  'restraint of a man in crisis',
  'corrupt',
  'supervisors and managers domestic abuse',
];

/**
 * The message extension's search (`composeExtension/query` through `/api/messages`, local mode)
 * on a library of 1,000 cases (the sample library's cases repeated across 100 issues), against
 * Teams' 5 s budget, beside the baseline of the plain search call on the same library.
 */
export async function bench(): Promise<void> {
  const library = await thousandCases();
  const cases = library.issues.reduce((count, issue) => count + issue.cases.length, 0);
  const built = performance.now();
  const search = CaseSearch.of(library);
  const indexMs = performance.now() - built;

  const folder = mkdtempSync(join(tmpdir(), 'ltl-bench-extensions-'));
  const logger = pino({ level: 'silent' });
  const store = createStore(join(folder, 'store.sqlite'));
  const config = loadConfig({ LOG_LEVEL: 'silent' });
  const tenantAccess = { isAllowed: async () => true };
  const deliveries = createDeliveryEngine({
    store,
    library: () => library,
    poster: createChannelPoster(config),
    logger,
    instanceId: 'bench',
    missedPostGraceHours: 24,
  });
  const bot = createBot({
    config,
    logger,
    store,
    library: () => library,
    deliveries,
    graph: undefined,
    tenantAccess,
    replies: createReplyIntake({ store, tenants: tenantAccess, logger }),
  });
  const server = createApp(logger, [messagesRoutes(bot, logger)]);
  try {
    await store.migrate();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;

    const plain = timings(() => {
      for (const text of QUERIES) search.search({ text, limit: 25, language: 'en' });
    });
    const extension: number[] = [];
    let answered = 0;
    for (let run = 0; run < RUNS_PER_QUERY; run += 1) {
      for (const words of QUERIES) {
        const started = performance.now();
        const response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(queryInvoke(words)),
        });
        const body = (await response.json()) as { composeExtension?: { type?: string } };
        extension.push(performance.now() - started);
        if (response.status === 200 && body.composeExtension?.type) answered += 1;
      }
    }
    const perPlainQuery = median(plain) / QUERIES.length;
    const sorted = [...extension].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!;
    console.log(
      `library: ${cases} cases in ${library.issues.length} issues; search index built once per library in ${indexMs.toFixed(0)} ms (when the library loads)`,
    );
    console.log(`plain search call (baseline): ${perPlainQuery.toFixed(2)} ms a query (median)`);
    console.log(
      `message extension query through /api/messages: median ${median(extension).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, slowest ${sorted.at(-1)!.toFixed(1)} ms -> ratio ${(median(extension) / perPlainQuery).toFixed(1)} to the baseline; slowest is ${((sorted.at(-1)! / BUDGET_MS) * 100).toFixed(2)}% of Teams' 5 s`,
    );
    console.log(`answered: ${answered} of ${extension.length}`);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await deliveries.stop();
    await store.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The sample library's cases, repeated across 100 issues of 10 cases, each with its own id. */
async function thousandCases(): Promise<Library> {
  const loaded = await loadLibrary('content');
  if (!loaded.ok) throw new Error('the sample library does not load');
  const sample = loaded.library.issues.flatMap((issue) => issue.cases);
  const template = loaded.library.issues[0]!;
  const issues: Issue[] = Array.from({ length: ISSUES }, (_, index) => {
    const number = index + 1;
    return {
      ...template,
      number,
      slug: `${template.slug}-${number}`,
      publishedOn: `${2000 + Math.floor(index / 4)}-${String((index % 4) * 3 + 1).padStart(2, '0')}-01`,
      cases: Array.from({ length: CASES_PER_ISSUE }, (_, order) => {
        const source = sample[(index * CASES_PER_ISSUE + order) % sample.length]!;
        return {
          ...source,
          id: `${number}-${order + 1}`,
          issueNumber: number,
          order: order + 1,
          title: `${source.title} (${number})`,
        };
      }),
    };
  });
  return createLibrary(issues);
}

function queryInvoke(words: string) {
  return {
    type: 'invoke',
    name: 'composeExtension/query',
    id: `f:${words}`,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: '29:reader', aadObjectId: 'aaaaaaaa-0000-4000-8000-000000000001' },
    recipient: { id: '28:bot', name: 'Learning the Lessons' },
    conversation: { id: 'a:chat', conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, source: { name: 'compose' } },
    value: {
      commandId: 'searchCases',
      parameters: [{ name: 'words', value: words }],
      queryOptions: { skip: 0, count: 25 },
    },
  };
}

/** Milliseconds of each of `RUNS_PER_QUERY` runs of `work`. */
function timings(work: () => void): number[] {
  return Array.from({ length: RUNS_PER_QUERY }, () => {
    const started = performance.now();
    work();
    return performance.now() - started;
  });
}
