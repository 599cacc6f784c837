import type { Audience, CaseStudy, Issue, Library, Poll } from '../src/content/model';

/**
 * A small in-memory library for delivery tests: issues given as (number, theme, case count), each
 * case with one question for frontline officers and staff, or for the audiences `questionsFor`
 * gives it (by its position in the issue, from 0).
 */
export function sampleLibrary(
  issues: {
    number: number;
    theme: string;
    publishedOn: string;
    cases: number;
    questionsFor?: Audience[][];
  }[],
  polls: readonly Poll[] = [],
): Library {
  const built: Issue[] = issues
    .map((issue) => ({
      number: issue.number,
      slug: issue.theme.toLowerCase().replace(/\W+/g, '-'),
      title: issue.theme,
      theme: issue.theme,
      publishedOn: issue.publishedOn,
      foreword: 'Foreword.',
      contentWarning: null,
      pdfUrl: null,
      feedbackUrl: null,
      publishedPdf: null,
      sample: false,
      articles: [],
      cases: Array.from({ length: issue.cases }, (_, index) =>
        sampleCase(issue.number, index + 1, issue.questionsFor?.[index]),
      ),
    }))
    .sort((a, b) => b.publishedOn.localeCompare(a.publishedOn));
  const cases = new Map(built.flatMap((issue) => issue.cases.map((c) => [c.id, c] as const)));
  return {
    issues: built,
    latest: built[0],
    issue: (number) => built.find((issue) => issue.number === number),
    caseStudy: (id) => cases.get(id),
    themes: [...new Set(built.map((issue) => issue.theme))].sort(),
    factors: [],
    polls,
  };
}

function sampleCase(
  issueNumber: number,
  order: number,
  audiences: Audience[] = ['officers-and-staff'],
): CaseStudy {
  return {
    id: `${issueNumber}-${order}`,
    issueNumber,
    order,
    title: `Case ${issueNumber}-${order}`,
    summary: 'A summary.',
    whatHappened: 'What happened.',
    keyLearning: ['A point.'],
    forceResponse: 'What the force did.',
    outcomes: 'Outcomes.',
    factors: ['vulnerability'],
    audiences,
    questions: audiences.map((audience) => ({ audience, text: 'What would you do?' })),
    pdfPage: null,
    sample: false,
  };
}
