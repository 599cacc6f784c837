/**
 * The magazine as the service knows it: issues, their case studies, reflective questions and
 * feature articles. Text fields hold the editors' Markdown; `markdown.ts` renders it.
 */

/** Audience keys, fixed across front matter, API, cards and tab. Labels are for display only. */
export const AUDIENCES = [
  'officers-and-staff',
  'call-handlers',
  'custody-staff',
  'supervisors-and-managers',
  'policy-makers',
  'trainers',
] as const;

export type Audience = (typeof AUDIENCES)[number];

export const AUDIENCE_LABELS: Readonly<Record<Audience, string>> = {
  'officers-and-staff': 'Frontline officers and staff',
  'call-handlers': 'Call handlers',
  'custody-staff': 'Custody staff',
  'supervisors-and-managers': 'Supervisors and managers',
  'policy-makers': 'Policy makers',
  trainers: 'Trainers',
};

export function isAudience(value: string): value is Audience {
  return (AUDIENCES as readonly string[]).includes(value);
}

export interface ReflectiveQuestion {
  audience: Audience;
  /** Plain text, one question. */
  text: string;
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
}

export interface FeatureArticle {
  title: string;
  author: string;
  organisation: string;
  /** Markdown. */
  body: string;
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
  cases: CaseStudy[];
  articles: FeatureArticle[];
}

/** A validated, immutable library: issues newest first. */
export interface Library {
  readonly issues: readonly Issue[];
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
