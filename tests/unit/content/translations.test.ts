import assert from 'node:assert/strict';
import path from 'node:path';
import {
  CaseSearch,
  formatProblem,
  loadLibrary,
  presentLibrary,
  type Library,
  type LibraryViews,
} from '../../../src/content';
import { fixtures, shown } from './fixtures';

describe('Welsh translations of the library', () => {
  describe('a library with some of its files translated', () => {
    let library: Library;
    let welsh: LibraryViews;
    before(async () => {
      const result = await loadLibrary(path.join(fixtures, 'bilingual'));
      assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
      library = result.library;
      welsh = presentLibrary(library, 'cy');
    });

    it('reads each translation beside its English file, and nothing where there is none', () => {
      assert.equal(library.issue(8)!.welsh?.title, 'Iechyd meddwl');
      assert.equal(library.issue(8)!.welsh?.review, 'needed');
      assert.equal(library.issue(7)!.welsh, undefined);
      const caseStudy = library.caseStudy('8-2')!;
      assert.equal(caseStudy.title, 'Restraint of a man in crisis', 'the English stays English');
      assert.deepEqual(caseStudy.welsh?.factors, ['iechyd meddwl', 'defnyddio grym']);
      assert.equal(caseStudy.welsh?.review, 'done');
      assert.match(caseStudy.welsh!.outcomes, /achos i'w ateb/);
      assert.equal(library.caseStudy('8-1')!.welsh, undefined);
      assert.equal(library.issue(8)!.articles[0]!.welsh?.organisation, 'Coleg Plismona');
      assert.equal(library.issue(8)!.cases.length, 2, 'a translation is not a case of its own');
    });

    it('shows a translated issue in Welsh, with the English links where it names none', () => {
      const issue = welsh.issue(8)!;
      assert.equal(issue.language, 'cy');
      assert.equal(issue.title, 'Iechyd meddwl');
      assert.equal(issue.contentWarning, "Mae'r rhifyn hwn yn trafod hunanladdiad a hunan-niweidio.");
      assert.equal(issue.feedbackUrl, 'https://example.org/adborth');
      assert.match(issue.forewordHtml, /<strong>argyfwng iechyd meddwl<\/strong>/);
      assert.equal(issue.articles[0]!.language, 'cy');
      assert.equal(welsh.issue(7)!.pdfUrl, 'https://example.org/ltl/7.pdf');
    });

    it('shows an untranslated item in English and says so by its language', () => {
      const issue = welsh.issue(8)!;
      assert.deepEqual(
        issue.cases.map((caseStudy) => [caseStudy.id, caseStudy.language, caseStudy.title]),
        [
          ['8-1', 'en', 'A welfare check that was delayed'],
          ['8-2', 'cy', 'Atal dyn mewn argyfwng'],
        ],
      );
      const untranslatedIssue = welsh.issue(7)!;
      assert.equal(untranslatedIssue.language, 'en');
      assert.equal(untranslatedIssue.title, 'Roads policing');
      const translatedCase = welsh.caseStudy('7-1')!;
      assert.equal(translatedCase.language, 'cy');
      assert.equal(translatedCase.issueLanguage, 'en');
      assert.equal(translatedCase.issueTitle, 'Roads policing');
      const untranslatedCase = welsh.caseStudy('8-1')!;
      assert.equal(untranslatedCase.language, 'en');
      assert.equal(untranslatedCase.issueLanguage, 'cy');
      assert.equal(untranslatedCase.issueTitle, 'Iechyd meddwl');
    });

    it('lists themes and factors in Welsh where translations name them, and the rest as English', () => {
      const list = welsh.issueList;
      assert.deepEqual(list.themes, ['Iechyd meddwl', 'Roads policing']);
      assert.ok(list.factors.includes('defnyddio grym'));
      assert.ok(!list.factors.includes('use of force'));
      assert.ok(list.factors.includes('call handling'));
      assert.ok(list.englishNames.includes('Roads policing'));
      assert.ok(list.englishNames.includes('call handling'));
      assert.ok(!list.englishNames.includes('defnyddio grym'));
      assert.deepEqual(presentLibrary(library, 'en').issueList.englishNames, []);
    });

    it('searches both languages, finds mutated Welsh words and answers in the asked language', () => {
      const search = CaseSearch.of(library);
      const ids = (query: Parameters<CaseSearch['search']>[0]) =>
        search.search(query).hits.map((hit) => hit.id);
      assert.deepEqual(ids({ text: 'erlid', language: 'cy' }), ['7-1']);
      assert.deepEqual(ids({ text: 'cell', language: 'cy' }), ['8-2'], '“cell” finds “y gell”');
      assert.ok(ids({ text: 'pursuit', language: 'cy' }).includes('7-1'), 'English words too');
      const [hit] = search.search({ text: 'restraint', language: 'cy' }).hits;
      assert.equal(hit!.title, 'Atal dyn mewn argyfwng');
      assert.equal(hit!.issueTheme, 'Iechyd meddwl');
      assert.equal(hit!.issueLanguage, 'cy');
      const [english] = search.search({ text: 'restraint' }).hits;
      assert.equal(english!.title, 'Restraint of a man in crisis');
    });

    it('filters by a factor or theme named in Welsh as by its English name', () => {
      const search = CaseSearch.of(library);
      const ids = (query: Parameters<CaseSearch['search']>[0]) =>
        search.search(query).hits.map((hit) => hit.id);
      assert.deepEqual(ids({ text: '', factor: 'defnyddio grym', language: 'cy' }), ['8-2']);
      assert.deepEqual(ids({ text: '', factor: 'use of force', language: 'cy' }), ['8-2']);
      assert.deepEqual(ids({ text: '', theme: 'Iechyd meddwl', language: 'cy' }), ['8-1', '8-2']);
    });
  });

  describe('a library whose translations do not match their English', () => {
    it('reports each problem as path:line field: message, and loads nothing', async () => {
      const result = await loadLibrary(path.join(fixtures, 'broken-welsh'));
      assert.ok(!result.ok);
      const file = (name: string) => shown('broken-welsh/issues/9-custody', name);
      assert.deepEqual(result.problems.map(formatProblem), [
        `${file('articles/01-a-view.cy.md')}:7 body: missing; write the article below the front matter`,
        `${file('cases/01-a-cell-check.cy.md')}:2 translationReview: missing; write needed until a Welsh translator has reviewed this file, then done`,
        `${file('cases/01-a-cell-check.cy.md')}:2 id: "9-2" is not the id of 01-a-cell-check.md ("9-1"); a translation keeps its English file’s id`,
        `${file('cases/01-a-cell-check.cy.md')}:5 factors: has 1 factor; 01-a-cell-check.md has 2: give the Welsh name of each, in the same order`,
        `${file('cases/01-a-cell-check.cy.md')}:6 keyLearning: has 1 point; 01-a-cell-check.md has 2: translate each point, in the same order`,
        `${file('cases/01-a-cell-check.cy.md')}:8 questions: has 1 question for custody-staff; 01-a-cell-check.md has 2: translate each question, with its audience`,
        `${file('cases/01-a-cell-check.cy.md')}:8 questions: has 1 question for trainers; 01-a-cell-check.md has 0: translate each question, with its audience`,
        `${file('cases/01-a-cell-check.cy.md')}:16 section "Beth ddigwyddodd": missing; add a "## Beth ddigwyddodd" heading`,
        `${file('cases/01-a-cell-check.cy.md')}:17 section "What happened": unknown section; use "Beth ddigwyddodd", "Beth wnaeth yr heddlu", "Canlyniadau i’r swyddogion a’r staff"`,
        `${file('cases/03-a-review-3.cy.md')}:5 factors: "dalfa" translates the factor "custody", which ${file('cases/02-a-review-2.cy.md')} calls "y ddalfa"; use one Welsh name for each factor`,
        `${file('cases/04-a-lost-case.cy.md')}:1 file: no 04-a-lost-case.md beside it; a translation is named after its English file (NN-slug.cy.md beside NN-slug.md)`,
        `${file('issue.cy.md')}:2 number: 10 is not the English issue’s number 9; a translation keeps its English file’s number`,
        `${file('issue.cy.md')}:2 contentWarning: missing; the English has a content warning: translate it`,
        `${file('issue.cy.md')}:5 translationReview: must be needed (not yet reviewed by a Welsh translator) or done`,
      ]);
    });
  });
});
