import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, loadLibrary, type Library } from '../../../src/content';

const contentDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../content');

describe('the sample library in content/', () => {
  let library: Library;
  before(async () => {
    const result = await loadLibrary(contentDir);
    assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
    library = result.library;
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
});
