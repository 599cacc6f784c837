import assert from 'node:assert/strict';
import path from 'node:path';
import { formatProblem, loadLibrary, type Library } from '../../../src/content';
import { fixtures, shown } from './fixtures';

const audiences =
  'officers-and-staff, call-handlers, custody-staff, supervisors-and-managers, policy-makers, trainers';

describe('content loader', () => {
  describe('a valid library', () => {
    let library: Library;
    before(async () => {
      const result = await loadLibrary(path.join(fixtures, 'valid'));
      assert.ok(result.ok, result.ok ? '' : result.problems.map(formatProblem).join('\n'));
      library = result.library;
    });

    it('lists issues newest first, with the newest as latest', () => {
      assert.deepEqual(
        library.issues.map((issue) => issue.number),
        [8, 7],
      );
      assert.equal(library.latest?.number, 8);
    });

    it('orders cases by file name and numbers them within their issue', () => {
      const cases = library.issue(7)!.cases;
      assert.deepEqual(
        cases.map((c) => [c.id, c.order]),
        [
          ['7-1', 1],
          ['7-2', 2],
          ['7-3', 3],
        ],
      );
    });

    it('reads every field of an issue', () => {
      const issue = library.issue(8)!;
      assert.equal(issue.slug, 'mental-health');
      assert.equal(issue.title, 'Mental health');
      assert.equal(issue.publishedOn, '2024-03-01');
      assert.equal(issue.contentWarning, 'This issue discusses suicide and self-harm.');
      assert.equal(issue.pdfUrl, null);
      assert.equal(issue.feedbackUrl, 'https://example.org/feedback');
      assert.equal(issue.foreword, 'This issue is about people in **mental health crisis**.');
      assert.deepEqual(issue.articles, [
        {
          title: 'Working with health partners',
          author: 'A. Writer',
          organisation: 'College of Policing',
          body: "Partnership is *everyone's* business.",
        },
      ]);
    });

    it('reads a case study with its sections and reflective questions', () => {
      const caseStudy = library.caseStudy('7-1')!;
      assert.equal(caseStudy.issueNumber, 7);
      assert.equal(caseStudy.title, 'A pursuit that was not called off');
      assert.deepEqual(caseStudy.factors, ['driving', 'vulnerability']);
      assert.deepEqual(caseStudy.keyLearning, ['Reassess the risk of a chase throughout.']);
      assert.equal(caseStudy.whatHappened, 'Two officers followed a car at speed through a town at night.');
      assert.equal(caseStudy.forceResponse, 'The force reviewed its guidance.');
      assert.equal(caseStudy.outcomes, 'One officer received management action.');
      assert.deepEqual(
        caseStudy.questions.map((q) => q.audience),
        ['officers-and-staff', 'supervisors-and-managers', 'trainers'],
      );
    });

    it('collects the themes and case factors, sorted, for filters', () => {
      assert.deepEqual(library.themes, ['Mental health', 'Roads policing']);
      assert.deepEqual(library.factors, [
        'call handling',
        'custody',
        'driving',
        'mental health',
        'use of force',
        'vulnerability',
        'young people',
      ]);
    });

    it('cannot be changed by whoever holds it', () => {
      assert.throws(() => {
        (library.issue(7)!.cases[0]!.questions as unknown[]).push({});
      }, TypeError);
    });
  });

  describe('a library with problems', () => {
    let problems: string[];
    before(async () => {
      const result = await loadLibrary(path.join(fixtures, 'broken'));
      assert.equal(result.ok, false);
      problems = result.ok ? [] : result.problems.map(formatProblem);
    });

    const pursuits = (file: string) => shown('broken/issues/20-pursuits', file);
    const expectProblem = (line: string) =>
      assert.ok(problems.includes(line), `expected\n  ${line}\namong\n  ${problems.join('\n  ')}`);

    it('reports a missing field at the line where the fields start', () => {
      expectProblem(`${pursuits('issue.md')}:2 theme: missing`);
      expectProblem(`${pursuits('cases/03-odd-shape.md')}:2 summary: missing`);
      expectProblem(`${pursuits('articles/01-an-article.md')}:2 author: missing`);
    });

    it('reports an unknown field at its line, with the fields that are allowed', () => {
      expectProblem(
        `${pursuits('issue.md')}:5 editor: unknown field; use number, title, theme, published, contentWarning, pdf, feedback, sample`,
      );
      expectProblem(
        `${pursuits('cases/03-odd-shape.md')}:11 questions[0].answer: unknown field; use audience, text`,
      );
    });

    it('reports a question without an audience at that question', () => {
      expectProblem(
        `${pursuits('cases/01-wrong-issue.md')}:10 questions[0].audience: missing; every question needs an audience: one of ${audiences}`,
      );
    });

    it('reports an unknown audience key with the keys to use', () => {
      expectProblem(
        `${pursuits('cases/01-wrong-issue.md')}:11 questions[1].audience: unknown audience "officers"; use one of ${audiences}`,
      );
    });

    it('reports a case with no reflective question', () => {
      expectProblem(
        `${pursuits('cases/02-no-questions.md')}:9 questions: a case needs at least one reflective question`,
      );
    });

    it('reports a date that does not exist', () => {
      expectProblem(
        `${pursuits('issue.md')}:4 published: "2024-02-30" is not a real date; write it as YYYY-MM-DD`,
      );
    });

    it('reports pdf and feedback links that are not https', () => {
      expectProblem(
        `${pursuits('issue.md')}:6 pdf: must be an https:// link (got "http://example.org/20.pdf")`,
      );
      expectProblem(
        `${shown('broken/issues/21-custody/issue.md')}:6 feedback: must be an https:// link (got "ftp://example.org/feedback")`,
      );
    });

    it('reports a case id that does not belong to its issue', () => {
      expectProblem(
        `${pursuits('cases/01-wrong-issue.md')}:2 id: "19-1" does not belong to issue 20; use 20-<n>`,
      );
    });

    it('reports a duplicate case id naming both files', () => {
      expectProblem(
        `${shown('broken/issues/21-custody-review/cases/01-same-id.md')}:2 id: case id "21-1" is also used by ${shown('broken/issues/21-custody/cases/01-a-cell-check.md')}; each id is used once`,
      );
    });

    it('reports an issue number used twice, naming both files', () => {
      expectProblem(
        `${shown('broken/issues/21-custody-review/issue.md')}:2 number: issue 21 is also ${shown('broken/issues/21-custody/issue.md')}; each issue number is used once`,
      );
    });

    it("reports a number that differs from the folder's", () => {
      expectProblem(
        `${shown('broken/issues/23-roads/issue.md')}:2 number: 24 does not match the folder's number 23 (23-roads)`,
      );
    });

    it('reports a folder not named <number>-<slug>', () => {
      expectProblem(
        `${shown('broken/issues/Custody')}:1 folder: name must be <number>-<slug>, e.g. 44-corruption`,
      );
    });

    it('reports an issue without case studies, and one without a foreword', () => {
      expectProblem(
        `${shown('broken/issues/24-no-cases/cases')}:1 cases: no case studies; an issue needs at least one cases/NN-slug.md`,
      );
      expectProblem(
        `${shown('broken/issues/24-no-cases/issue.md')}:7 foreword: missing; write it below the front matter`,
      );
    });

    it('reports a missing section at the start of the body and an empty one at its heading', () => {
      expectProblem(
        `${pursuits('cases/01-wrong-issue.md')}:14 section "What the force did": missing; add a "## What the force did" heading`,
      );
      expectProblem(
        `${pursuits('cases/02-no-questions.md')}:20 section "Outcomes for the officers and staff": empty; write this section`,
      );
    });

    it('reports text outside a section, a repeated section and an unknown one at their lines', () => {
      const file = pursuits('cases/03-odd-shape.md');
      expectProblem(
        `${file}:14 body: text outside a section; put it under one of: ## What happened, ## What the force did, ## Outcomes for the officers and staff`,
      );
      expectProblem(`${file}:24 section "What the force did": appears twice (first at line 20)`);
      expectProblem(
        `${file}:28 section "Lessons": unknown section; use "What happened", "What the force did", "Outcomes for the officers and staff"`,
      );
    });

    it('reports a factor that is not lower case', () => {
      expectProblem(
        `${pursuits('cases/03-odd-shape.md')}:4 factors[0]: must be lower case, as in the case factor table (e.g. "mental health")`,
      );
    });

    it('reports a file without front matter and front matter that is not YAML', () => {
      expectProblem(
        `${pursuits('cases/04-no-front-matter.md')}:1 front matter: missing; the file must start with a --- line`,
      );
      assert.ok(
        problems.some((p) =>
          p.startsWith(`${pursuits('cases/05-bad-yaml.md')}:3 front matter: not valid YAML:`),
        ),
      );
    });

    it('reports every problem, each once', () => {
      assert.equal(problems.length, 27);
      assert.equal(new Set(problems).size, problems.length);
    });
  });

  it('reports an empty library folder', async () => {
    const result = await loadLibrary(path.join(fixtures, 'empty'));
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
      `${shown('empty/issues')}:1 issues: no issues; add a folder such as 44-corruption`,
    ]);
  });

  it('reports a library folder that does not exist', async () => {
    const result = await loadLibrary(path.join(fixtures, 'nowhere'));
    assert.deepEqual(result.ok ? [] : result.problems.map(formatProblem), [
      `${shown('nowhere/issues')}:1 folder: not found; the library needs an issues folder`,
    ]);
  });
});
