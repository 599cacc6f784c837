import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import type { Server } from 'restify';
import { runCommentsCommand } from '../../../src/feedback';
import { createTabTokenVerifier } from '../../../src/identity/tab-token';
import { createApp } from '../../../src/server/app';
import { feedbackRoutes } from '../../../src/server/routes/feedback';
import { tokenSignIn } from '../../../src/server/signed-in';
import { createStore } from '../../../src/store';
import type { Store } from '../../../src/store/types';
import { createTenantAccess } from '../../../src/tenants/access';
import { FakeGraph, sampleLibrary } from '../../../testkit';
import { SsoTokens } from '../../support/sso-tokens';

const appId = '5e0a0000-0000-4000-8000-0000000000f1';
const forceA = 'aaaaaaaa-0000-4000-8000-00000000000a';
const forceB = 'bbbbbbbb-0000-4000-8000-00000000000b';
const publisher = 'dddddddd-0000-4000-8000-00000000000d';
const officer = '0fff0000-0000-4000-8000-000000000001';
const colleague = '0fff0000-0000-4000-8000-000000000002';
const editor = '0fff0000-0000-4000-8000-0000000000ed';
const logger = pino({ level: process.env.TEST_LOG ?? 'silent' });
const library = sampleLibrary([
  { number: 44, theme: 'Corruption', publishedOn: '2024-10-01', cases: 3 },
]);

interface Answer {
  status: number;
  body: Record<string, unknown>;
  cacheControl: string | null;
}

describe('readers’ feedback: the API', () => {
  let dir: string;
  let store: Store;
  let fake: FakeGraph;
  let sso: SsoTokens;
  let server: Server;
  let base: string;

  const token = (tenantId: string, userObjectId: string, roles: string[] = []) =>
    sso.sign({
      authorityHost: fake.url,
      appId,
      tenantId,
      userObjectId,
      ...(roles.length ? { claims: { roles } } : {}),
    });

  const call = async (
    method: string,
    path: string,
    bearer?: string,
    body?: unknown,
  ): Promise<Answer> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        ...(bearer ? { authorization: `Bearer ${bearer}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined
        ? {}
        : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    return {
      status: response.status,
      body: (await response.json()) as Record<string, unknown>,
      cacheControl: response.headers.get('cache-control'),
    };
  };

  before(async () => {
    sso = await SsoTokens.create();
  });

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ltl-feedback-'));
    store = createStore(join(dir, 'ltl.sqlite'));
    await store.migrate();
    for (const tenant of [forceA, forceB, publisher])
      await store.tenants.ensure(tenant, 'consented');
    fake = await new FakeGraph().start();
    fake.signingKeys = sso.jwks;
    const tenants = createTenantAccess(store, logger);
    server = createApp(logger, [
      feedbackRoutes({
        logger,
        store,
        library: () => library,
        signIn: tokenSignIn(
          createTabTokenVerifier({
            appId,
            authorityHost: fake.url,
            tenants,
            logger,
            publisherTenantId: publisher,
          }),
          undefined,
        ),
        clock: () => new Date('2026-11-24T08:00:00Z'),
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

  it('when an officer rates a case twice, only their second rating counts', async () => {
    const bearer = await token(forceA, officer);
    const first = await call('POST', '/api/feedback', bearer, {
      issue: 44,
      caseId: '44-2',
      rating: 2,
    });
    assert.equal(first.status, 200);
    assert.deepEqual(first.body, { rating: 2, comment: null, commentsAllowed: true });
    await call('POST', '/api/feedback', bearer, {
      issue: 44,
      caseId: '44-2',
      rating: 5,
      comment: '  Used it at the shift briefing.  ',
    });

    const mine = await call('GET', '/api/feedback?issue=44&caseId=44-2', bearer);
    assert.deepEqual(mine.body, {
      rating: 5,
      comment: 'Used it at the shift briefing.',
      commentsAllowed: true,
    });
    assert.equal(mine.cacheControl, 'private, no-store');
    const counts = await store.feedback.countRatings({
      from: new Date(0),
      to: new Date('2027-01-01'),
    });
    assert.deepEqual(
      counts.map((c) => [c.caseId, c.rating, c.people]),
      [['44-2', 5, 1]],
    );
  });

  it('rates an issue itself apart from its cases, and shows nothing for an item not yet rated', async () => {
    const bearer = await token(forceA, officer);
    await call('POST', '/api/feedback', bearer, { issue: 44, rating: 3 });
    assert.equal((await call('GET', '/api/feedback?issue=44', bearer)).body.rating, 3);
    assert.equal(
      (await call('GET', '/api/feedback?issue=44&caseId=44-1', bearer)).body.rating,
      null,
    );
    assert.equal(
      (await call('GET', '/api/feedback?issue=44', await token(forceA, colleague))).body.rating,
      null,
    );
  });

  it('an editor sees comments without any name, team or force, and can hide one', async () => {
    await call('POST', '/api/feedback', await token(forceA, officer), {
      issue: 44,
      caseId: '44-1',
      rating: 4,
      comment: 'Clear and short.',
    });
    const editorToken = await token(publisher, editor, ['Editor']);

    const listed = await call('GET', '/api/feedback/comments', editorToken);
    assert.equal(listed.status, 200);
    const [comment] = listed.body.comments as Record<string, unknown>[];
    assert.deepEqual(Object.keys(comment!).sort(), [
      'caseId',
      'caseTitle',
      'comment',
      'hidden',
      'id',
      'issueNumber',
      'issueTitle',
      'ratedOn',
      'rating',
    ]);
    assert.deepEqual(
      [comment!.issueTitle, comment!.caseTitle, comment!.rating, comment!.ratedOn],
      ['Corruption', 'Case 44-1', 4, '2026-11-24'],
    );
    assert.ok(!JSON.stringify(listed.body).includes(officer));
    assert.ok(!JSON.stringify(listed.body).includes(forceA));
    assert.equal((await call('GET', '/api/feedback/comments?lang=cy', editorToken)).status, 200);
    assert.equal((await call('GET', '/api/feedback/comments?lang=fr', editorToken)).status, 400);

    const hidden = await call(
      'PUT',
      `/api/feedback/comments/${String(comment!.id)}/hidden`,
      editorToken,
      {
        hidden: true,
      },
    );
    assert.deepEqual(hidden.body, { id: comment!.id, hidden: true });
    assert.equal(
      (
        (await call('GET', '/api/feedback/comments', editorToken)).body.comments as {
          hidden: boolean;
        }[]
      )[0]!.hidden,
      true,
    );
    const [entry] = await store.audit.list(null);
    assert.deepEqual([entry!.action, entry!.subject], ['feedback.comment.hidden', comment!.id]);
  });

  it('when a force switches comments off, its people still rate but cannot comment', async () => {
    await call('POST', '/api/feedback', await token(forceA, colleague), {
      issue: 44,
      rating: 4,
      comment: 'Before the switch.',
    });
    await runCommentsCommand(store, { name: 'comments', tenantId: forceA, allowed: false });
    const bearer = await token(forceA, officer);

    assert.deepEqual((await call('GET', '/api/feedback?issue=44', bearer)).body, {
      rating: null,
      comment: null,
      commentsAllowed: false,
    });
    const refused = await call('POST', '/api/feedback', bearer, {
      issue: 44,
      rating: 4,
      comment: 'Words',
    });
    assert.equal(refused.status, 409);
    assert.equal(
      (await call('GET', '/api/feedback?issue=44', bearer)).body.rating,
      null,
      'nothing saved',
    );
    assert.equal(
      (await call('POST', '/api/feedback', bearer, { issue: 44, rating: 4 })).status,
      200,
    );
    assert.equal(
      (
        await call('POST', '/api/feedback', await token(forceB, officer), {
          issue: 44,
          rating: 4,
          comment: 'B',
        })
      ).status,
      200,
      'another force keeps its comments',
    );
    const editorToken = await token(publisher, editor, ['Editor']);
    assert.deepEqual(
      (
        (await call('GET', '/api/feedback/comments', editorToken)).body.comments as {
          comment: string;
        }[]
      ).map((c) => c.comment),
      ['B'],
    );
  });

  describe('refusals', () => {
    it('without a token, or with a forged one, answers 401', async () => {
      assert.equal(
        (await call('POST', '/api/feedback', undefined, { issue: 44, rating: 4 })).status,
        401,
      );
      const forged = await sso.sign({
        authorityHost: fake.url,
        appId,
        tenantId: forceA,
        userObjectId: officer,
        forged: true,
      });
      assert.equal((await call('GET', '/api/feedback?issue=44', forged)).status, 401);
    });

    it('refuses a rating that is not 1 to 5, an unknown item, and a body with more in it', async () => {
      const bearer = await token(forceA, officer);
      for (const body of [
        { issue: 44, rating: 0 },
        { issue: 44, rating: 6 },
        { issue: 44, rating: 4.5 },
        { issue: 44, caseId: 'not a case', rating: 4 },
        { issue: 44, rating: 4, name: 'PC Example' },
        { issue: 44, rating: 4, comment: 'x'.repeat(2001) },
        '{not json',
      ]) {
        assert.equal(
          (await call('POST', '/api/feedback', bearer, body)).status,
          400,
          JSON.stringify(body),
        );
      }
      assert.equal(
        (await call('POST', '/api/feedback', bearer, { issue: 45, rating: 4 })).status,
        404,
      );
      assert.equal(
        (await call('POST', '/api/feedback', bearer, { issue: 44, caseId: '43-1', rating: 4 }))
          .status,
        404,
      );
      assert.deepEqual(await store.feedback.ratingsBy(forceA, [officer]), []);
    });

    it('shows comments only to an editor in the publisher’s tenant', async () => {
      for (const bearer of [
        await token(forceA, officer),
        await token(forceA, officer, ['LearningLead']),
        await token(forceA, officer, ['Editor']),
        await token(publisher, editor),
      ]) {
        assert.equal((await call('GET', '/api/feedback/comments', bearer)).status, 403);
        assert.equal(
          (
            await call(
              'PUT',
              '/api/feedback/comments/11111111-1111-4111-8111-111111111111/hidden',
              bearer,
              { hidden: true },
            )
          ).status,
          403,
        );
      }
    });

    it('answers 404 for a comment that is not there, and 400 for a malformed one', async () => {
      const editorToken = await token(publisher, editor, ['Editor']);
      const path = '/api/feedback/comments/11111111-1111-4111-8111-111111111111/hidden';
      assert.equal((await call('PUT', path, editorToken, { hidden: true })).status, 404);
      assert.equal((await call('PUT', path, editorToken, { hidden: 'yes' })).status, 400);
      assert.equal(
        (await call('PUT', '/api/feedback/comments/nope/hidden', editorToken, { hidden: true }))
          .status,
        400,
      );
    });
  });
});
