import type { Language } from '../i18n/language';
import { glossaryOf } from './glossary';
import { issuePdfPath } from '../links';
import { markdownToHtml } from './markdown';
import type { CaseStudy, FeatureArticle, Issue, Library } from './model';
import type {
  ArticleView,
  CaseSummaryView,
  CaseView,
  IssueListView,
  IssueSummaryView,
  IssueView,
} from './views';

/** The content API's views of one library in one language, rendered once when the library loads. */
export interface LibraryViews {
  readonly issueList: IssueListView;
  issue(number: number): IssueView | undefined;
  caseStudy(id: string): CaseView | undefined;
}

/**
 * Renders every view of a library in a language up front, so requests only look them up. In
 * Welsh, each item is its translation where it has one and the English where not.
 */
export function presentLibrary(library: Library, language: Language = 'en'): LibraryViews {
  const issues = new Map(
    library.issues.map((issue) => [issue.number, presentIssue(issue, language)]),
  );
  const cases = new Map(
    library.issues.flatMap((issue) =>
      issue.cases.map((caseStudy, index) => [
        caseStudy.id,
        presentCase(caseStudy, issue, issue.cases[index - 1], issue.cases[index + 1], language),
      ]),
    ),
  );
  const summaries = library.issues.map((issue) => summarizeIssue(issue, language));
  const glossary = glossaryOf(library);
  const themes = [...new Set(summaries.map((summary) => summary.theme))];
  const factors = library.factors.map((factor) => glossary.factor(factor, language));
  const englishNames =
    language === 'en'
      ? []
      : [
          ...summaries.filter((summary) => summary.language === 'en').map((s) => s.theme),
          ...library.factors.filter((factor) => !glossary.hasWelsh(factor)),
        ];
  const issueList: IssueListView = {
    issues: summaries,
    themes: sortedIn(language, themes),
    factors: sortedIn(language, factors),
    englishNames: [...new Set(englishNames)],
  };
  return Object.freeze({
    issueList,
    issue: (number: number) => issues.get(number),
    caseStudy: (id: string) => cases.get(id),
  });
}

/** A case study as lists, search hits and cards show it, in a language where it has one. */
export function summarizeCase(caseStudy: CaseStudy, language: Language = 'en'): CaseSummaryView {
  const text = caseText(caseStudy, language);
  return {
    language: text.language,
    id: caseStudy.id,
    issueNumber: caseStudy.issueNumber,
    order: caseStudy.order,
    title: text.title,
    summary: text.summary,
    factors: [...text.factors],
    audiences: [...caseStudy.audiences],
    sample: caseStudy.sample,
  };
}

/** An issue's own text in a language: its translation when asked for Welsh and there is one. */
export function issueText(issue: Issue, language: Language) {
  const welsh = language === 'cy' ? issue.welsh : undefined;
  if (!welsh) {
    return {
      language: 'en' as Language,
      title: issue.title,
      theme: issue.theme,
      foreword: issue.foreword,
      contentWarning: issue.contentWarning,
      pdfUrl: issue.pdfUrl,
      feedbackUrl: issue.feedbackUrl,
    };
  }
  return {
    language: 'cy' as Language,
    title: welsh.title,
    theme: welsh.theme,
    foreword: welsh.foreword,
    contentWarning: welsh.contentWarning,
    pdfUrl: welsh.pdfUrl ?? issue.pdfUrl,
    feedbackUrl: welsh.feedbackUrl ?? issue.feedbackUrl,
  };
}

/** A case's own text in a language: its translation when asked for Welsh and there is one. */
export function caseText(caseStudy: CaseStudy, language: Language) {
  const welsh = language === 'cy' ? caseStudy.welsh : undefined;
  const text = welsh ?? caseStudy;
  return {
    language: (welsh ? 'cy' : 'en') as Language,
    title: text.title,
    summary: text.summary,
    whatHappened: text.whatHappened,
    keyLearning: text.keyLearning,
    forceResponse: text.forceResponse,
    outcomes: text.outcomes,
    factors: text.factors,
    questions: text.questions,
  };
}

function summarizeIssue(issue: Issue, language: Language): IssueSummaryView {
  const text = issueText(issue, language);
  return {
    language: text.language,
    number: issue.number,
    title: text.title,
    theme: text.theme,
    publishedOn: issue.publishedOn,
    caseCount: issue.cases.length,
    hasContentWarning: issue.contentWarning !== null,
    sample: issue.sample,
  };
}

function presentArticle(article: FeatureArticle, language: Language): ArticleView {
  const welsh = language === 'cy' ? article.welsh : undefined;
  const text = welsh ?? article;
  return {
    language: welsh ? 'cy' : 'en',
    title: text.title,
    author: text.author,
    organisation: text.organisation,
    bodyHtml: markdownToHtml(text.body),
  };
}

function presentIssue(issue: Issue, language: Language): IssueView {
  const text = issueText(issue, language);
  return {
    language: text.language,
    number: issue.number,
    slug: issue.slug,
    title: text.title,
    theme: text.theme,
    publishedOn: issue.publishedOn,
    forewordHtml: markdownToHtml(text.foreword),
    contentWarning: text.contentWarning,
    pdfUrl: text.pdfUrl,
    feedbackUrl: text.feedbackUrl,
    publishedPdf: issue.publishedPdf && {
      url: issuePdfPath(issue.number),
      pageCount: issue.publishedPdf.pageCount,
    },
    sample: issue.sample,
    cases: issue.cases.map((caseStudy) => summarizeCase(caseStudy, language)),
    articles: issue.articles.map((article) => presentArticle(article, language)),
  };
}

function presentCase(
  caseStudy: CaseStudy,
  issue: Issue,
  previous: CaseStudy | undefined,
  next: CaseStudy | undefined,
  language: Language,
): CaseView {
  const text = caseText(caseStudy, language);
  const issueInLanguage = issueText(issue, language);
  return {
    ...summarizeCase(caseStudy, language),
    issueLanguage: issueInLanguage.language,
    issueTitle: issueInLanguage.title,
    issueTheme: issueInLanguage.theme,
    contentWarning: issueInLanguage.contentWarning,
    whatHappenedHtml: markdownToHtml(text.whatHappened),
    keyLearning: [...text.keyLearning],
    forceResponseHtml: markdownToHtml(text.forceResponse),
    outcomesHtml: markdownToHtml(text.outcomes),
    questions: text.questions.map((question) => ({ ...question })),
    pdfPage: issue.publishedPdf ? caseStudy.pdfPage : null,
    previousCaseId: previous?.id ?? null,
    nextCaseId: next?.id ?? null,
  };
}

function sortedIn(language: Language, names: string[]): string[] {
  return [...new Set(names)].sort((a, b) => a.localeCompare(b, language));
}
