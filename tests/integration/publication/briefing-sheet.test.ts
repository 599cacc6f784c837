import assert from 'node:assert/strict';
import type { ProblemView } from '../../../src/content';
import { readPdf } from '../../support/pdf';
import { startTestService, type TestService } from '../../../testkit';

async function get(service: TestService, route: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${service.baseUrl}${route}`, { headers });
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

describe('a case’s briefing sheet over HTTP (GET /api/cases/<id>/sheet.pdf)', () => {
  let service: TestService;

  before(async () => {
    service = await startTestService({ background: false });
  });

  after(() => service.stop());

  it('is a one-page PDF with the questions for the roles asked for, in the language asked for', async () => {
    const { response, body } = await get(
      service,
      '/api/cases/38-2/sheet.pdf?audiences=call-handlers,supervisors-and-managers&lang=cy',
    );
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.equal(response.headers.get('content-length'), String(body.length));
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^inline; filename="briefing-sheet-38-2\.pdf"$/,
    );
    const pdf = await readPdf(body);
    assert.equal(pdf.pageCount, 1);
    assert.equal(pdf.language, 'cy');
    const caseStudy = service.service.content.snapshot.library.caseStudy('38-2')!;
    const text = pdf.pages[0]!;
    for (const question of caseStudy.welsh!.questions) {
      const asked = ['call-handlers', 'supervisors-and-managers'].includes(question.audience);
      assert.equal(text.includes(question.text), asked, question.text);
    }
  });

  it('has every role’s questions, in English, when nothing is asked for', async () => {
    const { response, body } = await get(service, '/api/cases/44-3/sheet.pdf');
    assert.equal(response.status, 200);
    const text = (await readPdf(body)).pages.join(' ');
    const caseStudy = service.service.content.snapshot.library.caseStudy('44-3')!;
    assert.ok(caseStudy.questions.every((question) => text.includes(question.text)));
    assert.ok(text.includes('Sample content, not IOPC material'));
  });

  it('is the same sheet when asked again, so a browser can revalidate it (ETag, 304)', async () => {
    const first = await get(service, '/api/cases/44-3/sheet.pdf?audiences=trainers');
    const etag = first.response.headers.get('etag')!;
    assert.match(etag, /^"[\w-]+"$/);
    const reordered = await get(service, '/api/cases/44-3/sheet.pdf?audiences=trainers,trainers');
    assert.equal(reordered.response.headers.get('etag'), etag);
    const again = await get(service, '/api/cases/44-3/sheet.pdf?audiences=trainers', {
      'if-none-match': etag,
    });
    assert.equal(again.response.status, 304);
    assert.equal(again.body.length, 0);
  });

  it('refuses an unknown role or language, and says when there is no such case', async () => {
    const role = await get(service, '/api/cases/44-3/sheet.pdf?audiences=sergeants');
    assert.equal(role.response.status, 400);
    assert.match((JSON.parse(role.body.toString()) as ProblemView).detail ?? '', /audience/);
    const language = await get(service, '/api/cases/44-3/sheet.pdf?lang=fr');
    assert.equal(language.response.status, 400);
    const missing = await get(service, '/api/cases/44-9/sheet.pdf');
    assert.equal(missing.response.status, 404);
    assert.equal(
      (JSON.parse(missing.body.toString()) as ProblemView).title,
      'There is no case study 44-9.',
    );
  });
});
