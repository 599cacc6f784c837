import assert from 'node:assert/strict';
import path from 'node:path';
import { loadLibrary, presentLibrary, type LibraryViews } from '../../../src/content';
import { fixtures } from './fixtures';

describe('content views', () => {
  let views: LibraryViews;
  before(async () => {
    const result = await loadLibrary(path.join(fixtures, 'valid'));
    assert.ok(result.ok);
    views = presentLibrary(result.library);
  });

  it('lists the issues newest first with their case counts, themes and factors', () => {
    assert.deepEqual(views.issueList.issues, [
      {
        language: 'en',
        number: 8,
        title: 'Mental health',
        theme: 'Mental health',
        publishedOn: '2024-03-01',
        caseCount: 2,
        hasContentWarning: true,
        sample: false,
      },
      {
        language: 'en',
        number: 7,
        title: 'Roads policing',
        theme: 'Roads policing',
        publishedOn: '2020-12-01',
        caseCount: 3,
        hasContentWarning: false,
        sample: false,
      },
    ]);
    assert.deepEqual(views.issueList.themes, ['Mental health', 'Roads policing']);
    assert.ok(views.issueList.factors.includes('use of force'));
  });

  it('shows an issue with its foreword as HTML, its case summaries and articles', () => {
    const issue = views.issue(8)!;
    assert.equal(
      issue.forewordHtml,
      '<p>This issue is about people in <strong>mental health crisis</strong>.</p>\n',
    );
    assert.deepEqual(
      issue.cases.map((c) => [c.id, c.order, c.title]),
      [
        ['8-1', 1, 'A welfare check that was delayed'],
        ['8-2', 2, 'Restraint of a man in crisis'],
      ],
    );
    assert.equal(issue.articles[0]!.bodyHtml, "<p>Partnership is <em>everyone's</em> business.</p>\n");
    assert.equal(views.issue(99), undefined);
  });

  it('links each case to its neighbours within the issue only', () => {
    assert.deepEqual(
      ['7-1', '7-2', '7-3', '8-1'].map((id) => {
        const view = views.caseStudy(id)!;
        return [view.previousCaseId, view.nextCaseId];
      }),
      [
        [null, '7-2'],
        ['7-1', '7-3'],
        ['7-2', null],
        [null, '8-2'],
      ],
    );
  });

  it("shows a case's sections as safe HTML with its issue and questions", () => {
    const view = views.caseStudy('8-2')!;
    assert.equal(view.issueTitle, 'Mental health');
    assert.equal(view.issueTheme, 'Mental health');
    assert.ok(view.whatHappenedHtml.includes('&lt;script&gt;'), view.whatHappenedHtml);
    assert.ok(!view.whatHappenedHtml.includes('<script'));
    assert.ok(view.whatHappenedHtml.includes('rel="noopener noreferrer"'));
    assert.equal(view.forceResponseHtml, '<p>The force updated its training.</p>\n');
    assert.equal(view.outcomesHtml, '<p>Two officers had a case to answer for misconduct.</p>\n');
    assert.deepEqual(view.audiences, ['officers-and-staff', 'trainers']);
    assert.equal(view.questions.length, 2);
    assert.equal(views.caseStudy('8-9'), undefined);
  });

  it("carries its issue's content warning on each case, so the case page needs no second request", () => {
    assert.equal(views.caseStudy('8-1')!.contentWarning, 'This issue discusses suicide and self-harm.');
    assert.equal(views.caseStudy('7-1')!.contentWarning, null);
  });

  it('renders each view once, so every request gets the same object', () => {
    assert.equal(views.caseStudy('7-1'), views.caseStudy('7-1'));
    assert.equal(views.issue(7), views.issue(7));
  });
});
