import assert from 'node:assert/strict';
import type { CaseView, IssueListView, IssueView, SearchResultsView } from '../../../src/content';
import { startTestService, type TestService } from '../../../testkit';

const fixtureLibrary = 'tests/fixtures/content/valid';

async function getJson<T>(
  service: TestService,
  path: string,
): Promise<{ status: number; type: string; body: T }> {
  const response = await fetch(`${service.baseUrl}${path}`);
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: (await response.json()) as T,
  };
}

describe('the content API over HTTP', () => {
  let service: TestService;

  before(async () => {
    service = await startTestService({ contentDir: fixtureLibrary });
  });

  after(async () => {
    await service.stop();
  });

  it('lists every issue newest first with the themes and factors for filters', async () => {
    const { status, body } = await getJson<IssueListView>(service, '/api/issues');
    assert.equal(status, 200);
    assert.deepEqual(
      body.issues.map((issue) => issue.number),
      [8, 7],
    );
    assert.equal(body.issues[0]!.caseCount, 2);
    assert.equal(body.issues[0]!.hasContentWarning, true);
    assert.deepEqual(body.themes, ['Mental health', 'Roads policing']);
    assert.ok(body.factors.includes('use of force'));
  });

  it('gives the latest issue with its foreword rendered and its cases in order', async () => {
    const { status, body } = await getJson<IssueView>(service, '/api/issues/latest');
    assert.equal(status, 200);
    assert.equal(body.number, 8);
    assert.match(body.forewordHtml, /<strong>mental health crisis<\/strong>/);
    assert.equal(body.contentWarning, 'This issue discusses suicide and self-harm.');
    assert.deepEqual(
      body.cases.map((caseStudy) => caseStudy.id),
      ['8-1', '8-2'],
    );
  });

  it('gives an issue by number and a case with its neighbours and questions', async () => {
    const issue = await getJson<IssueView>(service, '/api/issues/7');
    assert.equal(issue.body.theme, 'Roads policing');
    const { status, body } = await getJson<CaseView>(service, '/api/cases/7-2');
    assert.equal(status, 200);
    assert.equal(body.title, 'A collision outside a school');
    assert.equal(body.previousCaseId, '7-1');
    assert.equal(body.nextCaseId, '7-3');
    assert.ok(body.questions.length > 0);
    assert.ok(body.questions.every((question) => question.text.length > 0));
  });

  it('searches with filters and ranks the title match first', async () => {
    const { status, body } = await getJson<SearchResultsView>(
      service,
      '/api/search?q=pursuit&audience=supervisors-and-managers',
    );
    assert.equal(status, 200);
    assert.equal(body.hits[0]?.id, '7-1');
    const filtered = await getJson<SearchResultsView>(service, '/api/search?factor=custody');
    assert.deepEqual(
      filtered.body.hits.map((hit) => hit.id),
      ['7-3'],
    );
  });

  it('answers an unknown issue or case with 404 as a problem document', async () => {
    for (const path of ['/api/issues/99', '/api/cases/99-1', '/api/nothing-here']) {
      const { status, type, body } = await getJson<{ status: number; title: string }>(
        service,
        path,
      );
      assert.equal(status, 404, path);
      assert.equal(type, 'application/problem+json');
      assert.equal(body.status, 404);
      assert.ok(body.title.length > 0);
    }
  });

  it('answers bad parameters with 400 and says which, never a stack trace', async () => {
    const cases = [
      '/api/issues/forty',
      '/api/cases/not-an-id',
      '/api/search?audience=everyone',
      `/api/search?q=${'x'.repeat(201)}`,
      '/api/search?unknown=1',
      '/api/issues?lang=fr',
      '/api/cases/8-1?lang=',
    ];
    for (const path of cases) {
      const response = await fetch(`${service.baseUrl}${path}`);
      const text = await response.text();
      assert.equal(response.status, 400, path);
      assert.equal(response.headers.get('content-type'), 'application/problem+json');
      assert.doesNotMatch(text, /at .*\.ts:\d+|Error:/, path);
    }
  });

  it('says the service is alive and ready', async () => {
    const alive = await getJson<{ status: string }>(service, '/healthz');
    assert.deepEqual([alive.status, alive.body.status], [200, 'ok']);
    const ready = await getJson<{ status: string }>(service, '/readyz');
    assert.deepEqual([ready.status, ready.body.status], [200, 'ready']);
  });

  it('refuses to be framed by sites other than Microsoft 365 hosts', async () => {
    const response = await fetch(`${service.baseUrl}/healthz`);
    const policy = response.headers.get('content-security-policy') ?? '';
    assert.match(policy, /frame-ancestors 'self' https:\/\/teams\.microsoft\.com/);
    assert.match(policy, /https:\/\/\*\.sharepoint\.com/);
  });

  describe('asked for Welsh', () => {
    let bilingual: TestService;
    before(async () => {
      bilingual = await startTestService({ contentDir: 'tests/fixtures/content/bilingual' });
    });
    after(() => bilingual.stop());

    it('gives each item in Welsh where translated and in English, marked so, where not', async () => {
      const issue = await getJson<IssueView>(bilingual, '/api/issues/8?lang=cy');
      assert.equal(issue.status, 200);
      assert.equal(issue.body.language, 'cy');
      assert.equal(issue.body.title, 'Iechyd meddwl');
      assert.deepEqual(
        issue.body.cases.map((caseStudy) => caseStudy.language),
        ['en', 'cy'],
      );
      const caseStudy = await getJson<CaseView>(bilingual, '/api/cases/8-1?lang=cy');
      assert.deepEqual(
        [caseStudy.body.language, caseStudy.body.issueLanguage, caseStudy.body.issueTitle],
        ['en', 'cy', 'Iechyd meddwl'],
      );
      const list = await getJson<IssueListView>(bilingual, '/api/issues?lang=cy');
      assert.ok(list.body.themes.includes('Iechyd meddwl'));
      const latest = await getJson<IssueView>(bilingual, '/api/issues/latest?lang=cy');
      assert.equal(latest.body.title, 'Iechyd meddwl');
    });

    it('keeps English the default, and searches with Welsh words and filters', async () => {
      const english = await getJson<IssueView>(bilingual, '/api/issues/8');
      assert.equal(english.body.title, 'Mental health');
      const search = await getJson<SearchResultsView>(bilingual, `/api/search?q=erlid&lang=cy`);
      assert.deepEqual(
        search.body.hits.map((hit) => [hit.id, hit.title]),
        [['7-1', 'Erlid na chafodd ei atal']],
      );
      const filtered = await getJson<SearchResultsView>(
        bilingual,
        `/api/search?factor=${encodeURIComponent('defnyddio grym')}&lang=cy`,
      );
      assert.deepEqual(
        filtered.body.hits.map((hit) => hit.id),
        ['8-2'],
      );
    });
  });
});
