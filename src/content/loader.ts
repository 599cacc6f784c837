import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { readContentDocument, type ContentDocument } from './document';
import { createLibrary } from './library';
import type { CaseStudy, ContentProblem, FeatureArticle, Issue, Library } from './model';
import { displayPath } from './problems';
import { readSections } from './sections';
import { articleFrontMatter, caseFrontMatter, issueFrontMatter, knownFields } from './schemas';

/** A whole library, or every problem that kept it from loading (never half a library). */
export type LoadResult = { ok: true; library: Library } | { ok: false; problems: ContentProblem[] };

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
  number?: Claim;
  caseIds: Claim[];
}

/** Reads and validates `<dir>/issues/<number>-<slug>/{issue.md,cases/*.md,articles/*.md}`. */
export async function loadLibrary(dir: string): Promise<LoadResult> {
  const problems: ContentProblem[] = [];
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
    const result = await loadIssue(path.join(issuesDir, folder.name));
    problems.push(...result.problems);
    results.push(result);
  }
  problems.push(
    ...duplicates(results.flatMap((result) => result.number ?? []), 'number', (key, other) =>
      `issue ${key} is also ${other}; each issue number is used once`,
    ),
    ...duplicates(results.flatMap((result) => result.caseIds), 'id', (key, other) =>
      `case id "${key}" is also used by ${other}; each id is used once`,
    ),
  );
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };
  return { ok: true, library: createLibrary(results.flatMap((result) => result.issue ?? [])) };
}

async function loadIssue(folder: string): Promise<IssueResult> {
  const problems: ContentProblem[] = [];
  const folderMatch = ISSUE_FOLDER.exec(path.basename(folder));
  if (!folderMatch) {
    problems.push(folderProblem(folder, 'folder', 'name must be <number>-<slug>, e.g. 44-corruption'));
  }
  const issueFile = path.join(folder, 'issue.md');
  const read = await readDocument(issueFile);
  problems.push(...read.problems);
  const frontMatter = read.document && parseFrontMatter(read.document, issueFrontMatter);
  problems.push(...(frontMatter?.problems ?? []));
  const data = frontMatter?.data;
  if (read.document && data && folderMatch && Number(folderMatch[1]) !== data.number) {
    problems.push(
      read.document.fieldProblem(
        ['number'],
        `${data.number} does not match the folder's number ${folderMatch[1]} (${folderMatch[0]})`,
      ),
    );
  }
  const foreword = read.document?.body.trim() ?? '';
  if (read.document && foreword === '') {
    problems.push(bodyProblem(read.document, 'foreword', 'missing; write it below the front matter'));
  }

  const cases: CaseStudy[] = [];
  const caseIds: Claim[] = [];
  const caseFiles = await markdownFiles(path.join(folder, 'cases'), problems);
  if (caseFiles.length === 0) {
    const message = 'no case studies; an issue needs at least one cases/NN-slug.md';
    problems.push(folderProblem(path.join(folder, 'cases'), 'cases', message));
  }
  for (const [index, file] of caseFiles.entries()) {
    const result = await loadCase(file, index + 1, data?.number);
    problems.push(...result.problems);
    if (result.caseStudy) cases.push(result.caseStudy);
    if (result.id) caseIds.push(result.id);
  }
  const articles: FeatureArticle[] = [];
  for (const file of await markdownFiles(path.join(folder, 'articles'), problems)) {
    const result = await loadArticle(file);
    problems.push(...result.problems);
    if (result.article) articles.push(result.article);
  }
  const number = read.document &&
    data && { key: String(data.number), path: read.document.path, line: read.document.lineOf(['number']) };
  if (problems.length > 0 || !read.document || !data || !folderMatch) {
    return { problems, caseIds, number: number ?? undefined };
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
    cases,
    articles,
  };
  return { issue, problems, caseIds, number: number ?? undefined };
}

async function loadCase(
  file: string,
  order: number,
  issueNumber: number | undefined,
): Promise<{ caseStudy?: CaseStudy; id?: Claim; problems: ContentProblem[] }> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems };
  const document = read.document;
  const { data, problems } = parseFrontMatter(document, caseFrontMatter);
  if (data && issueNumber !== undefined && !data.id.startsWith(`${issueNumber}-`)) {
    problems.push(
      document.fieldProblem(
        ['id'],
        `"${data.id}" does not belong to issue ${issueNumber}; use ${issueNumber}-<n>`,
      ),
    );
  }
  const { sections, problems: sectionProblems } = readSections(document, CASE_SECTIONS);
  problems.push(...sectionProblems);
  const id = data && { key: data.id, path: document.path, line: document.lineOf(['id']) };
  if (!id || problems.length > 0 || issueNumber === undefined) return { problems, id };
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
  };
  return { caseStudy, id, problems };
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

function parseFrontMatter<T extends z.ZodType>(
  document: ContentDocument,
  schema: T,
): { data?: z.output<T>; problems: ContentProblem[] } {
  const parsed = schema.safeParse(document.data ?? {});
  if (parsed.success) return { data: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      const known = knownFields(schema, issue.path).join(', ');
      return issue.keys.map((key) =>
        document.fieldProblem([...issue.path, key], `unknown field; use ${known}`),
      );
    }
    return [document.fieldProblem(issue.path, issue.message)];
  });
  return { problems };
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

async function readDocument(
  file: string,
): Promise<{ document: ContentDocument | null; problems: ContentProblem[] }> {
  try {
    return readContentDocument(displayPath(file), await readFile(file, 'utf8'));
  } catch (error) {
    if (isMissing(error)) {
      return { document: null, problems: [folderProblem(file, 'file', 'missing')] };
    }
    throw error;
  }
}

/** The `.md` files of a folder in name order; other files are problems, a missing folder is none. */
async function markdownFiles(folder: string, problems: ContentProblem[]): Promise<string[]> {
  const files: string[] = [];
  for (const entry of (await listFolder(folder)) ?? []) {
    if (entry.isFile() && entry.name.endsWith('.md')) files.push(path.join(folder, entry.name));
    else if (!/^[.#]|~$/.test(entry.name)) {
      const message = 'not a Markdown file; name it NN-slug.md or move it out of this folder';
      problems.push(folderProblem(path.join(folder, entry.name), 'file', message));
    }
  }
  return files;
}

async function listFolder(folder: string) {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((entry) => !entry.name.startsWith('.'))
      .sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

function folderProblem(file: string, field: string, message: string): ContentProblem {
  return { path: displayPath(file), line: 1, field, message };
}

function bodyProblem(document: ContentDocument, field: string, message: string): ContentProblem {
  return { path: document.path, line: document.bodyLine, field, message };
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort((a, b) =>
    a.path === b.path ? a.line - b.line : a.path.localeCompare(b.path, 'en', { numeric: true }),
  );
}
