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
    pdfPage: null,
    sample: false,
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
    publishedPdf: null,
    sample: false,
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

/**
 * The test library with issue 44 (now with a content warning) and its first case translated into
 * Welsh; its second case and every other issue are in English only.
 */
export function bilingualLibrary(): Library {
  const english = testLibrary();
  const issue44 = english.issue(44)!;
  const [first, ...rest] = issue44.cases;
  const translated: Issue = {
    ...issue44,
    contentWarning: 'This issue discusses corruption and abuse of position.',
    welsh: {
      title: 'Llygredd',
      theme: 'Llygredd',
      foreword: 'Rhagair.',
      contentWarning: 'Mae’r rhifyn hwn yn trafod llygredd a chamddefnyddio swydd.',
      pdfUrl: null,
      feedbackUrl: null,
      review: 'needed',
    },
    cases: [
      {
        ...first!,
        welsh: {
          title: 'Buddiant busnes heb ei ddatgan',
          summary: 'Crynodeb o’r achos.',
          whatHappened: 'Beth ddigwyddodd.',
          keyLearning: ['Gwiriwch y cofnod cyn gweithredu.'],
          forceResponse: 'Adolygodd yr heddlu ei bolisi.',
          outcomes: 'Camau rheoli.',
          factors: ['llygredd', 'fetio'],
          questions: [
            { audience: 'officers-and-staff', text: 'Beth fyddech chi’n ei wneud gyntaf?' },
            {
              audience: 'supervisors-and-managers',
              text: 'Sut fyddech chi’n cefnogi’r swyddog?',
            },
            { audience: 'trainers', text: 'Sut fyddech chi’n addysgu hyn?' },
          ],
          review: 'needed',
        },
      },
      ...rest,
    ],
  };
  return createLibrary([translated, ...english.issues.filter((issue) => issue.number !== 44)]);
}
