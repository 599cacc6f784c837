import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Server } from 'restify';
import type { Poll } from '../../../src/content/model';
import type { PollView } from '../../../src/content/views';
import { createTabTokenVerifier } from '../../../src/identity/tab-token';
import { pollResults } from '../../../src/polls';
import { createApp } from '../../../src/server/app';
import { pollRoutes } from '../../../src/server/routes/polls';
import { tokenSignIn } from '../../../src/server/signed-in';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { FakeGraph, sampleLibrary } from '../../../testkit';
import { SsoTokens } from '../../support/sso-tokens';

const appId = '5e0a0000-0000-4000-8000-0000000000f2';
const forceA = 'aaaaaaaa-0000-4000-8000-00000000000a';
const forceB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const person = (n: number) => `0fff0000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });

const poll = (id: string, opensOn: string, closesOn: string): Poll => ({
  id,
  question: 'Which theme next?',
  questionCy: 'Pa thema nesaf?',
  opensOn,
  closesOn,
  options: [
    { id: 'custody', label: 'Custody', labelCy: 'Dalfa' },
    { id: 'roads', label: 'Roads policing', labelCy: null },
  ],
});
const library = sampleLibrary(
  [{ number: 44, theme: 'Corruption', publishedOn: '2024-10-01', cases: 1 }],
  [
    poll('2027-themes', '2026-11-01', '2027-01-31'),
    poll('2026-themes', '2025-11-01', '2026-01-31'),
  ],
);

describe('votes on future themes: the API', () => {
  let dir: string;
  let store: Store;
  let fake: FakeGraph;
  let sso: SsoTokens;
  let server: Server;
  let base: string;

  const token = (tenantId: string, userObjectId: string) =>
    sso.sign({ authorityHost: fake.url, appId, tenantId, userObjectId });
  const call = async (method: string, path: string, bearer?: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  };

  before(async () => {
    sso = await SsoTokens.create();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-polls-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
    for (const tenant of [forceA, forceB]) await store.tenants.ensure(tenant, 'consented');
    fake = await new FakeGraph().start();
    fake.signingKeys = sso.jwks;
    const tenants = createTenantAccess(store, logger);
    server = createApp(logger, [
      pollRoutes({
        logger,
        store,
        library: () => library,
        signIn: tokenSignIn(
          createTabTokenVerifier({ appId, authorityHost: fake.url, tenants, logger }),
          undefined,
        ),
        clock: () => new Date('2026-12-02T09:00:00Z'),
      }),
    ]);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterEach(async () => {
    server.close();
    await store.close();
    await fake.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows only the open poll, in the reader’s language, with their vote once they vote', async () => {
    const bearer = await token(forceA, person(1));
    const open = await call('GET', '/api/polls/open?lang=cy', bearer);
    assert.equal(open.status, 200);
    assert.deepEqual(open.body.polls, [
      {
        id: '2027-themes',
        question: 'Pa thema nesaf?',
        closesOn: '2027-01-31',
        options: [
          { id: 'custody', label: 'Dalfa' },
          { id: 'roads', label: 'Roads policing' },
        ],
        myVote: null,
      },
    ]);
    const voted = await call('PUT', '/api/polls/2027-themes/vote', bearer, { option: 'custody' });
    assert.equal((voted.body as unknown as PollView).myVote, 'custody');
    const again = await call('GET', '/api/polls/open', bearer);
    assert.equal((again.body.polls as PollView[])[0]!.myVote, 'custody');
  });

  it('keeps one vote per person, changeable, and counts results per force and overall', async () => {
    const vote = async (tenant: string, n: number, option: string) =>
      call('PUT', '/api/polls/2027-themes/vote', await token(tenant, person(n)), { option });
    await vote(forceA, 1, 'custody');
    await vote(forceA, 1, 'roads');
    await vote(forceA, 2, 'roads');
    await vote(forceB, 1, 'custody');

    const results = await pollResults(store, library, '2027-themes');
    assert.deepEqual(results.overall, { custody: 1, roads: 2 });
    assert.deepEqual(results.forces, [
      { tenantId: forceA, votes: { custody: 0, roads: 2 } },
      { tenantId: forceB, votes: { custody: 1, roads: 0 } },
    ]);
    assert.deepEqual((await pollResults(store, library, '2027-themes', forceB)).overall, {
      custody: 1,
      roads: 0,
    });
  });

  describe('refusals', () => {
    it('answers 401 without a token', async () => {
      assert.equal((await call('GET', '/api/polls/open')).status, 401);
      assert.equal(
        (await call('PUT', '/api/polls/2027-themes/vote', undefined, { option: 'roads' })).status,
        401,
      );
    });

    it('refuses a closed or unknown poll, an option it does not offer, and a malformed body', async () => {
      const bearer = await token(forceA, person(1));
      const put = (path: string, body: unknown) => call('PUT', path, bearer, body);
      assert.equal((await put('/api/polls/2026-themes/vote', { option: 'roads' })).status, 409);
      assert.equal((await put('/api/polls/2028-themes/vote', { option: 'roads' })).status, 404);
      assert.equal((await put('/api/polls/2027-themes/vote', { option: 'sport' })).status, 400);
      assert.equal((await put('/api/polls/2027-themes/vote', { choice: 'roads' })).status, 400);
      assert.equal((await put('/api/polls/Not%20a%20poll/vote', { option: 'roads' })).status, 400);
      assert.deepEqual(await store.pollVotes.votesBy(forceA, [person(1)]), []);
    });
  });
});
