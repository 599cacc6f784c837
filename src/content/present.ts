import { markdownToHtml } from './markdown';
import type { CaseStudy, Issue, Library } from './model';
import type {
  CaseSummaryView,
  CaseView,
  IssueListView,
  IssueSummaryView,
  IssueView,
} from './views';

/** The content API's views of one library, rendered once when the library loads. */
export interface LibraryViews {
  readonly issueList: IssueListView;
  issue(number: number): IssueView | undefined;
  caseStudy(id: string): CaseView | undefined;
}

/** Renders every view of a library up front, so requests only look them up. */
export function presentLibrary(library: Library): LibraryViews {
  const issues = new Map(library.issues.map((issue) => [issue.number, presentIssue(issue)]));
  const cases = new Map(
    library.issues.flatMap((issue) =>
      issue.cases.map((caseStudy, index) => [
        caseStudy.id,
        presentCase(caseStudy, issue, issue.cases[index - 1], issue.cases[index + 1]),
      ]),
    ),
  );
  const issueList: IssueListView = {
    issues: library.issues.map(summarizeIssue),
    themes: [...library.themes],
    factors: [...library.factors],
  };
  return Object.freeze({
    issueList,
    issue: (number: number) => issues.get(number),
    caseStudy: (id: string) => cases.get(id),
  });
}

/** A case study as lists, search hits and cards show it. */
export function summarizeCase(caseStudy: CaseStudy): CaseSummaryView {
  return {
    id: caseStudy.id,
    issueNumber: caseStudy.issueNumber,
    order: caseStudy.order,
    title: caseStudy.title,
    summary: caseStudy.summary,
    factors: [...caseStudy.factors],
    audiences: [...caseStudy.audiences],
  };
}

function summarizeIssue(issue: Issue): IssueSummaryView {
  return {
    number: issue.number,
    title: issue.title,
    theme: issue.theme,
    publishedOn: issue.publishedOn,
    caseCount: issue.cases.length,
    hasContentWarning: issue.contentWarning !== null,
  };
}

function presentIssue(issue: Issue): IssueView {
  return {
    number: issue.number,
    slug: issue.slug,
    title: issue.title,
    theme: issue.theme,
    publishedOn: issue.publishedOn,
    forewordHtml: markdownToHtml(issue.foreword),
    contentWarning: issue.contentWarning,
    pdfUrl: issue.pdfUrl,
    feedbackUrl: issue.feedbackUrl,
    cases: issue.cases.map(summarizeCase),
    articles: issue.articles.map((article) => ({
      title: article.title,
      author: article.author,
      organisation: article.organisation,
      bodyHtml: markdownToHtml(article.body),
    })),
  };
}

function presentCase(
  caseStudy: CaseStudy,
  issue: Issue,
  previous: CaseStudy | undefined,
  next: CaseStudy | undefined,
): CaseView {
  return {
    ...summarizeCase(caseStudy),
    issueTitle: issue.title,
    issueTheme: issue.theme,
    contentWarning: issue.contentWarning,
    whatHappenedHtml: markdownToHtml(caseStudy.whatHappened),
    keyLearning: [...caseStudy.keyLearning],
    forceResponseHtml: markdownToHtml(caseStudy.forceResponse),
    outcomesHtml: markdownToHtml(caseStudy.outcomes),
    questions: caseStudy.questions.map((question) => ({ ...question })),
    previousCaseId: previous?.id ?? null,
    nextCaseId: next?.id ?? null,
  };
}
