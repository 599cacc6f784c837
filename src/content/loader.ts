import path from 'node:path';
import { bodyProblem, folderProblem, listFolder, markdownFiles, readDocument } from './files';
import { PUBLISHED_PDF_FILE, readPublishedPdf } from './issue-pdf';
import { createLibrary } from './library';
import { linkWarnings, readAllowedHosts } from './link-hosts';
import type {
  CaseStudy,
  ContentProblem,
  FeatureArticle,
  Issue,
  Library,
  PublishedPdf,
} from './model';
import { readSections } from './sections';
import { parseFrontMatter, validField } from './front-matter';
import { loadPolls } from './polls';
import { articleFrontMatter, caseFrontMatter, issueFrontMatter } from './schemas';
import {
  englishFileOf,
  exists,
  glossaryProblems,
  isTranslationFile,
  loadArticleTranslation,
  loadCaseTranslation,
  loadIssueTranslation,
  orphanProblem,
  welshFileOf,
  type NameClaim,
} from './translations';

/**
 * A whole library, or every problem that kept it from loading (never half a library); either way
 * the warnings, which do not keep a library from loading (such as a link to a host not allowed).
 */
export type LoadResult =
  | { ok: true; library: Library; warnings: ContentProblem[] }
  | { ok: false; problems: ContentProblem[]; warnings: ContentProblem[] };

/** The three sections every case study has, in this order. */
export const CASE_SECTIONS = [
  'What happened',
  'What the force did',
  'Outcomes for the officers and staff',
] as const;

const ISSUE_FOLDER = /^(\d+)-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Where an issue number or a case id is written, to name both files of a duplicate. */
interface Claim {
  key: string;
  path: string;
  line: number;
}

interface IssueResult {
  issue?: Issue;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  number?: Claim;
  caseIds: Claim[];
  /** The Welsh names its translations give factors and its theme. */
  names: NameClaim[];
}

/** Where a case names its page of the issue's PDF (`pdfPage:`), to check it against the PDF. */
interface PageClaim {
  page: number;
  path: string;
  line: number;
}

export interface LoadOptions {
  /**
   * Whether to read each issue as published (`issue.pdf`) and check the cases' `pdfPage`
   * against it (default true). `npm run content:pdf`, which makes those PDFs, reads without.
   */
  publishedPdfs?: boolean;
}

/**
 * Reads and validates `<dir>/issues/<number>-<slug>/{issue.md,cases/*.md,articles/*.md}`, with
 * the Welsh translation (`*.cy.md`) beside any of them and the issue as published (`issue.pdf`).
 */
export async function loadLibrary(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const allowedHosts = await readAllowedHosts(dir);
  const issuesDir = path.join(dir, 'issues');
  const folders = (await listFolder(issuesDir))?.filter((entry) => entry.isDirectory());
  if (folders === undefined) {
    problems.push(folderProblem(issuesDir, 'folder', 'not found; the library needs an issues folder'));
  } else if (folders.length === 0) {
    problems.push(
      folderProblem(issuesDir, 'issues', 'no issues; add a folder such as 44-corruption'),
    );
  }
  const results: IssueResult[] = [];
  for (const folder of folders ?? []) {
    const result = await loadIssue(
      path.join(issuesDir, folder.name),
      allowedHosts,
      options.publishedPdfs ?? true,
    );
    problems.push(...result.problems);
    warnings.push(...result.warnings);
    results.push(result);
  }
  problems.push(
    ...duplicates(results.flatMap((result) => result.number ?? []), 'number', (key, other) =>
      `issue ${key} is also ${other}; each issue number is used once`,
    ),
    ...duplicates(results.flatMap((result) => result.caseIds), 'id', (key, other) =>
      `case id "${key}" is also used by ${other}; each id is used once`,
    ),
    ...glossaryProblems(results.flatMap((result) => result.names)),
  );
  const polls = await loadPolls(dir);
  problems.push(...polls.problems);
  sortProblems(warnings);
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems), warnings };
  const library = createLibrary(
    results.flatMap((result) => result.issue ?? []),
    polls.polls,
  );
  return { ok: true, library, warnings };
}

async function loadIssue(
  folder: string,
  allowedHosts: readonly string[],
  readPdf: boolean,
): Promise<IssueResult> {
  const problems: ContentProblem[] = [];
  const folderMatch = ISSUE_FOLDER.exec(path.basename(folder));
  if (!folderMatch) {
    problems.push(folderProblem(folder, 'folder', 'name must be <number>-<slug>, e.g. 44-corruption'));
  }
  const read = await readDocument(path.join(folder, 'issue.md'));
  problems.push(...read.problems);
  const document = read.document;
  const frontMatter = document ? parseFrontMatter(document, issueFrontMatter) : undefined;
  problems.push(...(frontMatter?.problems ?? []));
  const number = document ? validField(document, 'number', issueFrontMatter.shape.number) : undefined;
  if (document && number !== undefined && folderMatch && Number(folderMatch[1]) !== number) {
    const message = `${number} does not match the folder's number ${folderMatch[1]} (${folderMatch[0]})`;
    problems.push(document.fieldProblem(['number'], message));
  }
  const foreword = document?.body.trim() ?? '';
  if (document && foreword === '') {
    problems.push(bodyProblem(document, 'foreword', 'missing; write it below the front matter'));
  }
  const sample = frontMatter?.data?.sample ?? false;
  const cases = await loadCases(
    folder,
    number ?? (folderMatch ? Number(folderMatch[1]) : undefined),
    sample,
  );
  problems.push(...cases.problems);
  const published = readPdf
    ? await readPublishedPdf(path.join(folder, PUBLISHED_PDF_FILE))
    : { pdf: null, problems: [] };
  problems.push(...published.problems);
  if (readPdf && published.problems.length === 0) {
    problems.push(...pageProblems(cases.pages, published.pdf));
  }
  const articles = await loadArticles(folder);
  problems.push(...articles.problems);
  const data = frontMatter?.data;
  const welshFile = path.join(folder, 'issue.cy.md');
  const welsh = (await exists(welshFile))
    ? await loadIssueTranslation(
        welshFile,
        data && { ...data, contentWarning: data.contentWarning ?? null, sample },
      )
    : undefined;
  problems.push(...(welsh?.problems ?? []));
  const warnings = await folderLinkWarnings(folder, allowedHosts);
  const names = [...(welsh?.claims ?? []), ...cases.names];

  const numberClaim =
    document && number !== undefined
      ? { key: String(number), path: document.path, line: document.lineOf(['number']) }
      : undefined;
  if (problems.length > 0 || !data || !folderMatch) {
    return { problems, warnings, caseIds: cases.ids, number: numberClaim, names };
  }
  const issue: Issue = {
    number: data.number,
    slug: folderMatch[2]!,
    title: data.title,
    theme: data.theme,
    publishedOn: data.published,
    foreword,
    contentWarning: data.contentWarning ?? null,
    pdfUrl: data.pdf ?? null,
    feedbackUrl: data.feedback ?? null,
    publishedPdf: published.pdf,
    sample,
    cases: cases.cases,
    articles: articles.articles,
    ...(welsh?.translation ? { welsh: welsh.translation } : {}),
  };
  return { issue, problems, warnings, caseIds: cases.ids, number: numberClaim, names };
}

/** A problem for each case whose `pdfPage` the issue's PDF does not have. */
function pageProblems(claims: readonly PageClaim[], pdf: PublishedPdf | null): ContentProblem[] {
  return claims.flatMap((claim) => {
    if (pdf && claim.page <= pdf.pageCount) return [];
    const message = pdf
      ? `page ${claim.page} is past the end of ${PUBLISHED_PDF_FILE}, which has ${pdf.pageCount} page${pdf.pageCount === 1 ? '' : 's'}`
      : `there is no ${PUBLISHED_PDF_FILE} beside issue.md to point into; add the issue's PDF, or remove pdfPage`;
    return [{ path: claim.path, line: claim.line, field: 'pdfPage', message }];
  });
}

/** The link warnings of every Markdown file of an issue's folder (translations included). */
async function folderLinkWarnings(
  folder: string,
  allowedHosts: readonly string[],
): Promise<ContentProblem[]> {
  const ignored: ContentProblem[] = [];
  const files = [
    ...(await markdownFiles(folder, ignored)),
    ...(await markdownFiles(path.join(folder, 'cases'), ignored)),
    ...(await markdownFiles(path.join(folder, 'articles'), ignored)),
  ];
  const warnings: ContentProblem[] = [];
  for (const file of files) {
    const { document } = await readDocument(file);
    if (document) warnings.push(...linkWarnings(document, allowedHosts));
  }
  return warnings;
}

/** The English files of a folder, each with its translation if any; a problem for each orphan. */
async function filesWithTranslations(folder: string, problems: ContentProblem[]) {
  const files = await markdownFiles(folder, problems);
  const translations = new Set(files.filter(isTranslationFile));
  const english = files.filter((file) => !isTranslationFile(file));
  for (const file of translations) {
    if (!english.includes(englishFileOf(file))) problems.push(orphanProblem(file));
  }
  return english.map((file) => ({
    file,
    welshFile: translations.has(welshFileOf(file)) ? welshFileOf(file) : undefined,
  }));
}

async function loadCases(folder: string, issueNumber: number | undefined, sample: boolean) {
  const problems: ContentProblem[] = [];
  const cases: CaseStudy[] = [];
  const ids: Claim[] = [];
  const pages: PageClaim[] = [];
  const names: NameClaim[] = [];
  const files = await filesWithTranslations(path.join(folder, 'cases'), problems);
  if (files.length === 0) {
    const message = 'no case studies; an issue needs at least one cases/NN-slug.md';
    problems.push(folderProblem(path.join(folder, 'cases'), 'cases', message));
  }
  for (const [index, { file, welshFile }] of files.entries()) {
    const result = await loadCase(file, index + 1, issueNumber, sample);
    problems.push(...result.problems);
    if (result.id) ids.push(result.id);
    if (result.page) pages.push(result.page);
    const welsh = welshFile ? await loadCaseTranslation(welshFile, result.caseStudy) : undefined;
    problems.push(...(welsh?.problems ?? []));
    names.push(...(welsh?.claims ?? []));
    if (result.caseStudy) {
      cases.push(
        welsh?.translation ? { ...result.caseStudy, welsh: welsh.translation } : result.caseStudy,
      );
    }
  }
  return { cases, ids, pages, names, problems };
}

async function loadCase(
  file: string,
  order: number,
  issueNumber: number | undefined,
  sample: boolean,
): Promise<{ caseStudy?: CaseStudy; id?: Claim; page?: PageClaim; problems: ContentProblem[] }> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems };
  const document = read.document;
  const { data, problems } = parseFrontMatter(document, caseFrontMatter);
  const id = validField(document, 'id', caseFrontMatter.shape.id);
  if (id !== undefined && issueNumber !== undefined && !id.startsWith(`${issueNumber}-`)) {
    const message = `"${id}" does not belong to issue ${issueNumber}; use ${issueNumber}-<n>`;
    problems.push(document.fieldProblem(['id'], message));
  }
  const { sections, problems: sectionProblems } = readSections(document, CASE_SECTIONS);
  problems.push(...sectionProblems);
  const claim = id === undefined ? undefined : { key: id, path: document.path, line: document.lineOf(['id']) };
  const pdfPage = validField(document, 'pdfPage', caseFrontMatter.shape.pdfPage);
  const page =
    pdfPage === undefined
      ? undefined
      : { page: pdfPage, path: document.path, line: document.lineOf(['pdfPage']) };
  if (!data || problems.length > 0 || issueNumber === undefined) {
    return { problems, id: claim, page };
  }
  const section = (name: (typeof CASE_SECTIONS)[number]) => sections.get(name)?.markdown ?? '';
  const caseStudy: CaseStudy = {
    id: data.id,
    issueNumber,
    order,
    title: data.title,
    summary: data.summary,
    whatHappened: section('What happened'),
    keyLearning: data.keyLearning,
    forceResponse: section('What the force did'),
    outcomes: section('Outcomes for the officers and staff'),
    factors: data.factors,
    audiences: data.audiences,
    questions: data.questions,
    pdfPage: data.pdfPage ?? null,
    sample,
  };
  return { caseStudy, id: claim, page, problems };
}

async function loadArticles(folder: string) {
  const problems: ContentProblem[] = [];
  const articles: FeatureArticle[] = [];
  for (const { file, welshFile } of await filesWithTranslations(
    path.join(folder, 'articles'),
    problems,
  )) {
    const result = await loadArticle(file);
    problems.push(...result.problems);
    const welsh = welshFile ? await loadArticleTranslation(welshFile) : undefined;
    problems.push(...(welsh?.problems ?? []));
    if (result.article) {
      articles.push(
        welsh?.translation ? { ...result.article, welsh: welsh.translation } : result.article,
      );
    }
  }
  return { articles, problems };
}

async function loadArticle(
  file: string,
): Promise<{ article?: FeatureArticle; problems: ContentProblem[] }> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems };
  const { data, problems } = parseFrontMatter(read.document, articleFrontMatter);
  const body = read.document.body.trim();
  if (body === '') {
    problems.push(bodyProblem(read.document, 'body', 'missing; write the article below the front matter'));
  }
  if (!data || problems.length > 0) return { problems };
  return { article: { ...data, body }, problems };
}

/** A problem for each claim whose key an earlier claim already made, naming the earlier file. */
function duplicates(
  claims: readonly Claim[],
  field: string,
  message: (key: string, otherPath: string) => string,
): ContentProblem[] {
  const first = new Map<string, Claim>();
  return claims.flatMap((claim) => {
    const earlier = first.get(claim.key);
    if (earlier === undefined) {
      first.set(claim.key, claim);
      return [];
    }
    return [{ path: claim.path, line: claim.line, field, message: message(claim.key, earlier.path) }];
  });
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) =>
    a.path === b.path ? a.line - b.line : a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}
