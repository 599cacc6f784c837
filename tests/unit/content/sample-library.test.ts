import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadLibrary, type ContentProblem, type Library } from '../../../src/content';
import { readPdf } from '../../support/pdf';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content');

describe('the sample library in content/', () => {
  let library: Library;
  let warnings: ContentProblem[];
  before(async () => {
    const result = await loadLibrary(contentDir);
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    library = result.library;
    warnings = result.warnings;
  });

  it('has at least three issues', () => {
    assert.ok(library.issues.length >= 3, `${library.issues.length} issues`);
  });

  it('has at least four case studies in each issue', () => {
    for (const issue of library.issues) {
      assert.ok(issue.cases.length >= 4, `issue ${issue.number} has ${issue.cases.length} cases`);
    }
  });

  it('asks three to six reflective questions per case, of at least three audiences', () => {
    for (const caseStudy of library.issues.flatMap((issue) => issue.cases)) {
      const count = caseStudy.questions.length;
      const audiences = new Set(caseStudy.questions.map((question) => question.audience));
      assert.ok(count >= 3 && count <= 6, `case ${caseStudy.id} has ${count} questions`);
      assert.ok(audiences.size >= 3, `case ${caseStudy.id} asks ${audiences.size} audiences`);
    }
  });

  it('has one whole issue in Welsh, marked as awaiting a Welsh translator’s review', () => {
    const translated = library.issues.filter(
      (issue) =>
        issue.welsh !== undefined &&
        issue.cases.every((caseStudy) => caseStudy.welsh !== undefined) &&
        issue.articles.every((article) => article.welsh !== undefined),
    );
    assert.ok(translated.length >= 1, 'an issue with every file translated');
    for (const issue of translated) {
      const reviews = [
        issue.welsh!.review,
        ...issue.cases.map((caseStudy) => caseStudy.welsh!.review),
        ...issue.articles.map((article) => article.welsh!.review),
      ];
      assert.ok(reviews.every((review) => review === 'needed'), `issue ${issue.number}`);
    }
  });

  it('is a sample in every issue, in English and in Welsh, so readers are told it is not IOPC material', () => {
    for (const issue of library.issues) {
      assert.equal(issue.sample, true, `issue ${issue.number}`);
      assert.ok(issue.cases.every((caseStudy) => caseStudy.sample));
    }
  });

  it('links to no address that is not ours: no PDF or feedback links, no warnings', () => {
    assert.deepEqual(warnings.map(formatProblem), []);
    for (const issue of library.issues) {
      assert.deepEqual([issue.pdfUrl, issue.feedbackUrl], [null, null], `issue ${issue.number}`);
      assert.deepEqual([issue.welsh?.pdfUrl ?? null, issue.welsh?.feedbackUrl ?? null], [null, null]);
    }
  });

  it('credits its feature articles to no real organisation', () => {
    const realBodies =
      /College of Policing|National Police Chiefs|NPCC|HMICFRS|Inspectorate of Constabulary|\bMind\b|Samaritans|IOPC|Independent Office|Home Office|Refuge|Women's Aid|RoadPeace|Brake/i;
    for (const issue of library.issues) {
      for (const article of issue.articles) {
        for (const credit of [article.organisation, article.author, article.welsh?.organisation ?? '']) {
          assert.doesNotMatch(credit, realBodies, `${issue.number}: ${article.title}`);
        }
      }
    }
  });

  it('has each issue as published, each case at the page its pdfPage names', async function () {
    this.timeout(60_000);
    for (const issue of library.issues) {
      assert.ok(issue.publishedPdf, `issue ${issue.number} has its issue.pdf`);
      const pdf = await readPdf(await readFile(issue.publishedPdf.file));
      assert.equal(pdf.pageCount, issue.publishedPdf.pageCount);
      assert.ok(pdf.tagged, `issue ${issue.number}'s PDF is tagged`);
      assert.ok(pdf.pages.every((page) => page.includes('Sample content, not IOPC material')));
      for (const caseStudy of issue.cases) {
        assert.ok(caseStudy.pdfPage, `case ${caseStudy.id} names its page`);
        assert.ok(
          pdf.pages[caseStudy.pdfPage - 1]!.includes(caseStudy.title),
          `case ${caseStudy.id} starts on page ${caseStudy.pdfPage}`,
        );
      }
    }
  });
});
