/**
 * The magazine as the service knows it: issues, their case studies, reflective questions and
 * feature articles, each in English and optionally with a Welsh translation (`welsh`). Text fields
 * hold the editors' Markdown; `markdown.ts` renders it.
 */

/**
 * Audience keys, fixed across front matter, API, cards and tab. Their labels are in the message
 * catalogues (`audience.<key>`), in English and Welsh.
 */
export const AUDIENCES = [
  'officers-and-staff',
  'call-handlers',
  'custody-staff',
  'supervisors-and-managers',
  'policy-makers',
  'trainers',
] as const;

export type Audience = (typeof AUDIENCES)[number];

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

export interface ReflectiveQuestion {
  audience: Audience;
  /** Plain text, one question. */
  text: string;
}

/** Whether a Welsh translation still waits for a Welsh translator's review (`translationReview:`). */
export type TranslationReview = 'needed' | 'done';

/** The Welsh of a case study: every text field of the English, the same ids and audiences. */
export interface CaseTranslation {
  title: string;
  summary: string;
  /** Markdown. */
  whatHappened: string;
  keyLearning: string[];
  /** Markdown. */
  forceResponse: string;
  /** Markdown. */
  outcomes: string;
  /** The Welsh name of each English factor, in the same order. */
  factors: string[];
  /** The English questions in Welsh: the same audiences, as many for each. */
  questions: ReflectiveQuestion[];
  review: TranslationReview;
}

export interface CaseStudy {
  /** `<issue>-<n>`, e.g. `44-3`: unique and stable, used in links and cards. */
  id: string;
  issueNumber: number;
  /** Position within its issue, from 1. */
  order: number;
  title: string;
  /** One or two plain sentences. */
  summary: string;
  /** Markdown. */
  whatHappened: string;
  /** Plain-text points. */
  keyLearning: string[];
  /** Markdown: what the force did in response. */
  forceResponse: string;
  /** Markdown: outcomes for the officers and staff involved. */
  outcomes: string;
  /** Lower-case case factors, such as `mental health` or `use of force`. */
  factors: string[];
  audiences: Audience[];
  questions: ReflectiveQuestion[];
  /** The page of the issue's PDF where the case starts (`pdfPage:`), when the issue has one. */
  pdfPage: number | null;
  /** True when its issue is a sample written for this product (`sample: true`), not IOPC material. */
  sample: boolean;
  /** The Welsh translation (`<file>.cy.md`), when there is one. */
  welsh?: CaseTranslation;
}

export interface ArticleTranslation {
  title: string;
  author: string;
  organisation: string;
  /** Markdown. */
  body: string;
  review: TranslationReview;
}

export interface FeatureArticle {
  title: string;
  author: string;
  organisation: string;
  /** Markdown. */
  body: string;
  /** The Welsh translation (`<file>.cy.md`), when there is one. */
  welsh?: ArticleTranslation;
}

/** The issue as published: its pack's `issue.pdf`, checked when the library loads. */
export interface PublishedPdf {
  /** Where the file is on disk (an absolute path). */
  file: string;
  pageCount: number;
  /** The size and last change of the file as checked: a file changed since then is not served. */
  bytes: number;
  modifiedMs: number;
  /** A strong validator of the checked bytes, quoted as an HTTP `ETag`. */
  etag: string;
}

/** The Welsh of an issue (`issue.cy.md`); its PDF and feedback links are the English ones unless it names its own. */
export interface IssueTranslation {
  title: string;
  theme: string;
  /** Markdown. */
  foreword: string;
  contentWarning: string | null;
  pdfUrl: string | null;
  feedbackUrl: string | null;
  review: TranslationReview;
}

export interface Issue {
  number: number;
  /** The folder's slug, e.g. `corruption` in `44-corruption`. */
  slug: string;
  title: string;
  theme: string;
  /** ISO date, `YYYY-MM-DD`. */
  publishedOn: string;
  /** Markdown. */
  foreword: string;
  contentWarning: string | null;
  pdfUrl: string | null;
  feedbackUrl: string | null;
  /** The issue as published (`issue.pdf` beside `issue.md`), when the pack has it. */
  publishedPdf: PublishedPdf | null;
  /** A sample written for this product (`sample: true`), not IOPC material. */
  sample: boolean;
  cases: CaseStudy[];
  articles: FeatureArticle[];
  /** The Welsh translation (`issue.cy.md`), when there is one. */
  welsh?: IssueTranslation;
}

/** One answer a poll offers. */
export interface PollOption {
  /** Stable, lower case: what a vote records. */
  id: string;
  label: string;
  labelCy: string | null;
}

/** A poll on future themes (`polls/<id>.md`): open from `opensOn` to `closesOn`, both included. */
export interface Poll {
  id: string;
  question: string;
  questionCy: string | null;
  /** ISO dates, `YYYY-MM-DD`. */
  opensOn: string;
  closesOn: string;
  options: PollOption[];
}

/** A validated, immutable library: issues newest first. */
export interface Library {
  readonly issues: readonly Issue[];
  /** The polls on future themes, by opening date. */
  readonly polls: readonly Poll[];
  readonly latest: Issue | undefined;
  issue(number: number): Issue | undefined;
  caseStudy(id: string): CaseStudy | undefined;
  /** Every theme and every factor in the library, sorted, for filters. */
  readonly themes: readonly string[];
  readonly factors: readonly string[];
}

/** One problem found in a content pack, reported as `path:line field: message`. */
export interface ContentProblem {
  path: string;
  line: number;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.path}:${problem.line} ${problem.field}: ${problem.message}`;
}
