import assert from 'node:assert/strict';
import { loadLibrary, type Library } from '../../../src/content';
import type { CaseStudy, Issue } from '../../../src/content/model';
import { BriefingSheets, briefingSheet } from '../../../src/publication';
import { readPdf } from '../../support/pdf';

const A4: [number, number] = [595, 842];

describe('a case’s briefing sheet (A4 PDF)', () => {
  let library: Library;
  const sheetOf = async (
    id: string,
    audiences: CaseStudy['audiences'] = [],
    language: 'en' | 'cy' = 'en',
  ) => {
    const caseStudy = library.caseStudy(id)!;
    const issue = library.issue(caseStudy.issueNumber)!;
    return readPdf(await briefingSheet({ issue, caseStudy, audiences, language }));
  };

  before(async () => {
    const result = await loadLibrary('content');
    assert.ok(result.ok);
    library = result.library;
  });

  it('fits one A4 page for every case in the sample library, with every role’s questions, in English and in Welsh', async function () {
    this.timeout(120_000);
    const sheets = library.issues.flatMap((issue) =>
      issue.cases.flatMap((caseStudy) => [
        { id: caseStudy.id, language: 'en' as const },
        ...(caseStudy.welsh ? [{ id: caseStudy.id, language: 'cy' as const }] : []),
      ]),
    );
    for (const { id, language } of sheets) {
      const pdf = await sheetOf(id, [], language);
      assert.equal(pdf.pageCount, 1, `case ${id} (${language}) fits one page`);
      assert.deepEqual(pdf.sizes[0], A4);
    }
  });

  it('has the title, summary, key learning and every question when no role is chosen', async () => {
    const caseStudy = library.caseStudy('44-3')!;
    const pdf = await sheetOf('44-3');
    const text = pdf.pages.join(' ');
    for (const part of [
      caseStudy.title,
      caseStudy.summary,
      ...caseStudy.keyLearning,
      ...caseStudy.questions.map((question) => question.text),
    ]) {
      assert.ok(text.includes(part), `the sheet has: ${part}`);
    }
  });

  it('carries the questions for the roles the reader chose, and only those', async () => {
    const caseStudy = library.caseStudy('44-3')!;
    const pdf = await sheetOf('44-3', ['supervisors-and-managers', 'policy-makers']);
    const text = pdf.pages.join(' ');
    for (const question of caseStudy.questions) {
      const chosen = ['supervisors-and-managers', 'policy-makers'].includes(question.audience);
      assert.equal(text.includes(question.text), chosen, question.text);
    }
    assert.ok(text.includes('Supervisors and managers'));
    assert.ok(!text.includes('Frontline officers and staff'));
  });

  it('says so and shows every question when the case has none for the chosen roles', async () => {
    const caseStudy = library.caseStudy('44-3')!;
    assert.ok(!caseStudy.questions.some((question) => question.audience === 'call-handlers'));
    const text = (await sheetOf('44-3', ['call-handlers'])).pages.join(' ');
    assert.ok(
      text.includes(
        'This case has no questions for Call handlers, so the questions for every role are here.',
      ),
    );
    assert.ok(caseStudy.questions.every((question) => text.includes(question.text)));
  });

  it('shows the content warning first, then the sample label, before the case', async () => {
    const [page] = (await sheetOf('44-3')).pages;
    assert.match(
      page!,
      /^Content warning: This issue discusses .*\. Sample content, not IOPC material /,
    );
    assert.ok(page!.indexOf('IOPC material') < page!.indexOf(library.caseStudy('44-3')!.title));
  });

  it('has no sample label when the issue is not a sample', async () => {
    const caseStudy = { ...library.caseStudy('44-3')!, sample: false };
    const issue: Issue = { ...library.issue(44)!, sample: false, cases: [caseStudy] };
    const pdf = await readPdf(
      await briefingSheet({ issue, caseStudy, audiences: [], language: 'en' }),
    );
    assert.ok(!pdf.pages[0]!.includes('Sample content'));
  });

  it('is a tagged PDF with a title, a language and headings, lists and paragraphs', async () => {
    const pdf = await sheetOf('44-3');
    assert.equal(pdf.tagged, true);
    assert.equal(pdf.language, 'en-GB');
    assert.equal(pdf.title, `${library.caseStudy('44-3')!.title}: briefing sheet`);
    const roles = pdf.structure[0]!.map((line) => line.trim());
    assert.deepEqual(roles.slice(0, 2), ['Root', 'Document']);
    assert.deepEqual(
      roles.filter((role) => /^H\d/.test(role)),
      ['H1', 'H2', 'H2', 'H3', 'H3', 'H3'],
    );
    assert.ok(roles.includes('L') && roles.includes('LI') && roles.includes('LBody'));
    assert.ok(!pdf.pages[0]!.includes('undefined'));
  });

  it('is in Welsh for a Welsh reader, with a translated case in Welsh', async () => {
    const welsh = library.caseStudy('38-1')!.welsh!;
    const pdf = await sheetOf('38-1', [], 'cy');
    assert.equal(pdf.language, 'cy');
    const text = pdf.pages[0]!;
    assert.ok(text.includes('Cynnwys sampl, nid deunydd yr IOPC'));
    assert.ok(text.includes(welsh.title) && text.includes('Cwestiynau myfyriol'));
    assert.ok(welsh.questions.every((question) => text.includes(question.text)));
    assert.ok(text.includes('Tudalen 1 o 1'));
  });

  it('marks an untranslated case as English inside a Welsh sheet, with a note', async () => {
    const pdf = await sheetOf('44-3', [], 'cy');
    const text = pdf.pages[0]!;
    assert.ok(text.includes('Nid yw’r astudiaeth achos hon wedi’i chyfieithu i’r Gymraeg eto'));
    assert.ok(text.includes(library.caseStudy('44-3')!.title));
    const structure = pdf.structure[0]!.map((line) => line.trim());
    assert.ok(structure.includes('H1[en-GB]'), structure.join(' '));
    assert.ok(structure.includes('H2'), 'its own headings are in the sheet’s language');
  });

  it('continues on a second page rather than leave out a question that does not fit', async () => {
    const original = library.caseStudy('44-3')!;
    const questions = Array.from({ length: 16 }, (_, index) => ({
      audience: 'officers-and-staff' as const,
      text: `Question ${index + 1}: ${'how would you decide what to do, and who would you tell, '.repeat(3)}and why?`,
    }));
    const caseStudy: CaseStudy = { ...original, questions };
    const issue: Issue = { ...library.issue(44)!, cases: [caseStudy] };
    const pdf = await readPdf(
      await briefingSheet({ issue, caseStudy, audiences: [], language: 'en' }),
    );
    assert.equal(pdf.pageCount, 2);
    const text = pdf.pages.join(' ');
    for (let index = 1; index <= questions.length; index += 1) {
      assert.ok(text.includes(`Question ${index}:`), `question ${index} is on the sheet`);
    }
  });
});

describe('the briefing sheets the service keeps', () => {
  it('makes a sheet once, and again from the new library when the library changes', async () => {
    const result = await loadLibrary('content');
    assert.ok(result.ok);
    let library: Library = result.library;
    const sheets = new BriefingSheets(() => library);
    const request = { caseId: '44-3', audiences: [], language: 'en' as const };
    const first = await sheets.sheet(request);
    assert.equal(await sheets.sheet(request), first, 'the same sheet, not made again');
    const renamed = { ...library.caseStudy('44-3')!, title: 'A renamed case' };
    const issue = { ...library.issue(44)!, cases: [renamed] };
    library = {
      ...library,
      caseStudy: (id) => (id === '44-3' ? renamed : undefined),
      issue: () => issue,
    };
    const second = await sheets.sheet(request);
    assert.notEqual(second!.etag, first!.etag);
    assert.ok((await readPdf(second!.pdf)).pages[0]!.includes('A renamed case'));
    assert.equal(await sheets.sheet({ ...request, caseId: '44-9' }), undefined);
  });
});
