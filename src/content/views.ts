import type { Audience, ReflectiveQuestion } from './model';

/**
 * The JSON shapes of the content API (`/api/issues`, `/api/cases/:id`, `/api/search`), shared by
 * the server and the tab. Markdown arrives rendered as safe HTML (raw HTML in content is escaped).
 */

export interface IssueSummaryView {
  number: number;
  title: string;
  theme: string;
  publishedOn: string;
  caseCount: number;
  hasContentWarning: boolean;
}

export interface CaseSummaryView {
  id: string;
  issueNumber: number;
  order: number;
  title: string;
  summary: string;
  factors: string[];
  audiences: Audience[];
}

export interface ArticleView {
  title: string;
  author: string;
  organisation: string;
  bodyHtml: string;
}

export interface IssueView {
  number: number;
  slug: string;
  title: string;
  theme: string;
  publishedOn: string;
  forewordHtml: string;
  contentWarning: string | null;
  pdfUrl: string | null;
  feedbackUrl: string | null;
  cases: CaseSummaryView[];
  articles: ArticleView[];
}

export interface CaseView extends CaseSummaryView {
  issueTitle: string;
  issueTheme: string;
  /** The case's issue's content warning, shown before the case. */
  contentWarning: string | null;
  whatHappenedHtml: string;
  keyLearning: string[];
  forceResponseHtml: string;
  outcomesHtml: string;
  questions: ReflectiveQuestion[];
  /** Neighbours within the issue, for previous / next. */
  previousCaseId: string | null;
  nextCaseId: string | null;
}

/** `GET /api/issues` */
export interface IssueListView {
  issues: IssueSummaryView[];
  themes: string[];
  factors: string[];
}

export interface SearchHitView extends CaseSummaryView {
  issueTheme: string;
  score: number;
}

/** `GET /api/search?q=&theme=&factor=&audience=` */
export interface SearchResultsView {
  query: string;
  hits: SearchHitView[];
}

/** Error bodies are `application/problem+json`. */
export interface ProblemView {
  type: string;
  title: string;
  status: number;
  detail?: string;
}

/** One colleague's reply, as the tab shows it. */
export interface DiscussionReplyView {
  id: string;
  authorName: string;
  text: string;
  createdAt: string;
  editedAt: string | null;
}

/** `GET /api/discussions/:caseId?team=<graph group id>` (SSO bearer token). */
export interface DiscussionView {
  caseId: string;
  /** Opens the thread in Teams. */
  threadUrl: string | null;
  replies: DiscussionReplyView[];
}
