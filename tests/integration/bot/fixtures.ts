import { createLibrary } from '../../../src/content/library';
import type { CaseStudy, Issue, Library } from '../../../src/content/model';

/** A small library for the bot's tests; one case carries text that tries to inject Markdown. */

function caseStudy(
  issueNumber: number,
  order: number,
  title: string,
  extra: Partial<CaseStudy> = {},
): CaseStudy {
  return {
    id: `${issueNumber}-${order}`,
    issueNumber,
    order,
    title,
    summary: `Summary of ${title}.`,
    whatHappened: 'What happened.',
    keyLearning: ['Check the record before you act.'],
    forceResponse: 'The force reviewed its policy.',
    outcomes: 'Management action.',
    factors: ['custody'],
    audiences: ['officers-and-staff', 'supervisors-and-managers'],
    questions: [
      { audience: 'officers-and-staff', text: 'What would you do first?' },
      { audience: 'supervisors-and-managers', text: 'How would you support the officer?' },
      { audience: 'trainers', text: 'How would you teach this?' },
    ],
    ...extra,
  };
}

function issue(number: number, theme: string, publishedOn: string, cases: CaseStudy[]): Issue {
  return {
    number,
    slug: theme.toLowerCase().replace(/\s+/g, '-'),
    title: theme,
    theme,
    publishedOn,
    foreword: 'Foreword.',
    contentWarning: null,
    pdfUrl: null,
    feedbackUrl: null,
    cases,
    articles: [],
  };
}

export const INJECTION_TITLE = 'A *bold* [link](https://evil.example) <at>Everyone</at> # heading';

export function testLibrary(): Library {
  return createLibrary([
    issue(44, 'Corruption', '2024-10-15', [
      caseStudy(44, 1, 'An undeclared business interest', { factors: ['corruption', 'vetting'] }),
      caseStudy(44, 2, INJECTION_TITLE, {
        keyLearning: ['- not a list', '1. not numbered', '**not bold**'],
      }),
    ]),
    issue(43, 'Mental health', '2024-03-01', [
      caseStudy(43, 1, 'A welfare check at night', { factors: ['mental health'] }),
    ]),
  ]);
}
