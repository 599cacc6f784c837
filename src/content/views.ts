import type { Language } from '../i18n/language';
import type { Audience, ReflectiveQuestion } from './model';

/**
 * The JSON shapes of the content API (`/api/issues`, `/api/cases/:id`, `/api/search`), shared by
 * the server and the tab. Markdown arrives rendered as safe HTML (raw HTML in content is escaped).
 * Asked for in Welsh (`?lang=cy`), each item is in Welsh where it has a translation and in English
 * where not; its `language` says which, so the reader's page can mark it and say so.
 */

export interface IssueSummaryView {
  /** The language of the title and theme. */
  language: Language;
  number: number;
  title: string;
  theme: string;
  publishedOn: string;
  caseCount: number;
  hasContentWarning: boolean;
  /** A sample written for this product, not IOPC material: the reader is told so. */
  sample: boolean;
}

export interface CaseSummaryView {
  /** The language of the case's text (title, summary, factors, questions, sections). */
  language: Language;
  id: string;
  issueNumber: number;
  order: number;
  title: string;
  summary: string;
  factors: string[];
  audiences: Audience[];
  /** From a sample issue written for this product, not IOPC material: the reader is told so. */
  sample: boolean;
}

export interface ArticleView {
  language: Language;
  title: string;
  author: string;
  organisation: string;
  bodyHtml: string;
}

export interface IssueView {
  /** The language of the title, theme, foreword and content warning. */
  language: Language;
  number: number;
  slug: string;
  title: string;
  theme: string;
  publishedOn: string;
  forewordHtml: string;
  contentWarning: string | null;
  pdfUrl: string | null;
  feedbackUrl: string | null;
  /** The issue as published, when its pack has the PDF: where to fetch it and how many pages. */
  publishedPdf: { url: string; pageCount: number } | null;
  /** A sample written for this product, not IOPC material: the reader is told so. */
  sample: boolean;
  cases: CaseSummaryView[];
  articles: ArticleView[];
}

export interface CaseView extends CaseSummaryView {
  /** The language of the issue's title, theme and content warning. */
  issueLanguage: Language;
  issueTitle: string;
  issueTheme: string;
  /** The case's issue's content warning, shown before the case. */
  contentWarning: string | null;
  whatHappenedHtml: string;
  keyLearning: string[];
  forceResponseHtml: string;
  outcomesHtml: string;
  questions: ReflectiveQuestion[];
  /** The page of the issue as published where the case starts, when the issue has its PDF. */
  pdfPage: number | null;
  /** Neighbours within the issue, for previous / next. */
  previousCaseId: string | null;
  nextCaseId: string | null;
}

/** `GET /api/issues` */
export interface IssueListView {
  issues: IssueSummaryView[];
  /** The issues' themes as they show them, for the theme filter. */
  themes: string[];
  /** Every case factor, in Welsh where a translation names it; the search takes either name. */
  factors: string[];
  /** The themes and factors above that are in English in a Welsh list (none in an English one). */
  englishNames: string[];
}

export interface SearchHitView extends CaseSummaryView {
  /** The language of `issueTheme`. */
  issueLanguage: Language;
  issueTheme: string;
  score: number;
}

/** `GET /api/search?q=&theme=&factor=&audience=&lang=` */
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

/** A team the caller belongs to, where the app is installed. */
export interface MyTeamView {
  /** The team's Graph group id, as the API names teams. */
  graphGroupId: string;
  name: string | null;
  /** Owners write the team's response and change its weekly post. */
  owner: boolean;
}

/** `GET /api/me`: who is signed in, their app roles and their teams (SSO bearer token). */
export interface MeView {
  tenantId: string;
  objectId: string;
  name: string;
  /** The language the answer was written for: `en` or `cy`. */
  language: 'en' | 'cy';
  /** `LearningLead` (the force-wide views), `Editor` (the IOPC's views). */
  roles: ('LearningLead' | 'Editor')[];
  teams: MyTeamView[];
  /** True in local mode, where the documented local person stands in for Teams sign-in. */
  localMode: boolean;
}

/** `GET /api/discussions/:caseId?team=<graph group id>` (SSO bearer token). */
export interface DiscussionView {
  caseId: string;
  /** Opens the thread in Teams. */
  threadUrl: string | null;
  replies: DiscussionReplyView[];
}

/** One entry of the caller's private learning record (`/api/me/reflections`). */
export interface LearningEntryView {
  id: string;
  caseId: string;
  /** The case's title in the language asked for; null if the library no longer has the case. */
  caseTitle: string | null;
  /** What I reflected on. */
  reflection: string;
  /** How I will apply it. */
  application: string;
  /** Time spent, in minutes. */
  minutes: number;
  /** Where it was written: the tab, the weekly card or one's own reply in the thread. */
  source: 'tab' | 'card' | 'reply';
  createdAt: string;
  updatedAt: string;
}

/** `GET /api/me/reflections?from=&to=`: the caller's entries, newest first. */
export interface LearningRecordView {
  entries: LearningEntryView[];
}

/** The reader's own answer to "Was this useful?" about an issue or case (`GET /api/feedback`). */
export interface MyFeedbackView {
  rating: number | null;
  comment: string | null;
  /** False when the reader's force has switched comments off (ratings stay on). */
  commentsAllowed: boolean;
}

/**
 * A reader's comment as the IOPC's editors see it (`GET /api/feedback/comments`): what it is
 * about, the rating, the day and whether it is hidden; never who wrote it, their team or force.
 */
export interface EditorCommentView {
  id: string;
  issueNumber: number;
  /** The issue's title in the editor's language; null when the library no longer has it. */
  issueTitle: string | null;
  /** Null when the comment is about the issue itself. */
  caseId: string | null;
  caseTitle: string | null;
  /** 1 (not useful) to 5 (very useful). */
  rating: number;
  comment: string;
  hidden: boolean;
  /** ISO date the comment was given. */
  ratedOn: string;
}

/** An open poll on future themes as the reader sees it (`GET /api/polls/open`). */
export interface PollView {
  id: string;
  question: string;
  /** ISO date: the last day votes are taken. */
  closesOn: string;
  options: { id: string; label: string }[];
  /** The option the reader chose, until the poll closes they may change it. */
  myVote: string | null;
}
