import { access } from 'node:fs/promises';
import path from 'node:path';
import type { ContentDocument } from './document';
import { bodyProblem, folderProblem, readDocument } from './files';
import { parseFrontMatter, validField } from './front-matter';
import type {
  ArticleTranslation,
  Audience,
  CaseStudy,
  CaseTranslation,
  ContentProblem,
  IssueTranslation,
} from './model';
import { readSections } from './sections';
import {
  articleTranslationFrontMatter,
  caseTranslationFrontMatter,
  issueTranslationFrontMatter,
} from './schemas';

/**
 * Welsh translations: `issue.cy.md`, and `NN-slug.cy.md` beside a case or article's `NN-slug.md`.
 * Each is checked on its own and against its English file, so a translation never says less than
 * the English: the same ids, the same number of factors, points and questions for each audience.
 */

const WELSH_SUFFIX = '.cy.md';

/** The three sections of a case's translation, in the order of the English `CASE_SECTIONS`. */
export const WELSH_CASE_SECTIONS = [
  'Beth ddigwyddodd',
  'Beth wnaeth yr heddlu',
  'Canlyniadau i’r swyddogion a’r staff',
] as const;

/** A Welsh name given to an English factor or theme, and where, for the library's glossary check. */
export interface NameClaim {
  kind: 'factor' | 'theme';
  english: string;
  welsh: string;
  path: string;
  line: number;
}

interface TranslationResult<T> {
  translation?: T;
  problems: ContentProblem[];
  claims: NameClaim[];
}

/** Whether a file is a Welsh translation (`*.cy.md`). */
export function isTranslationFile(file: string): boolean {
  return file.endsWith(WELSH_SUFFIX);
}

/** The English file a translation belongs beside. */
export function englishFileOf(file: string): string {
  return `${file.slice(0, -WELSH_SUFFIX.length)}.md`;
}

/** The Welsh translation's file for an English file. */
export function welshFileOf(file: string): string {
  return `${file.slice(0, -'.md'.length)}${WELSH_SUFFIX}`;
}

/** A problem for a translation whose English file is not beside it. */
export function orphanProblem(file: string): ContentProblem {
  const english = path.basename(englishFileOf(file));
  return folderProblem(
    file,
    'file',
    `no ${english} beside it; a translation is named after its English file (NN-slug.cy.md beside NN-slug.md)`,
  );
}

/** Whether a file exists. */
export async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

/** `issue.cy.md`, checked against the English issue when that is valid. */
export async function loadIssueTranslation(
  file: string,
  english:
    | { number: number; theme: string; contentWarning: string | null; sample: boolean }
    | undefined,
): Promise<TranslationResult<IssueTranslation>> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems, claims: [] };
  const document = read.document;
  const { data, problems } = parseFrontMatter(document, issueTranslationFrontMatter);
  const foreword = document.body.trim();
  if (foreword === '') {
    problems.push(bodyProblem(document, 'foreword', 'missing; write it below the front matter'));
  }
  if (!english) return { problems, claims: [] };
  const shape = issueTranslationFrontMatter.shape;
  const number = validField(document, 'number', shape.number);
  if (number !== undefined && number !== english.number) {
    const message = `${number} is not the English issue’s number ${english.number}; a translation keeps its English file’s number`;
    problems.push(document.fieldProblem(['number'], message));
  }
  problems.push(...matchingWarning(
      document,
      english.contentWarning,
      validField(document, 'contentWarning', shape.contentWarning),
    ),);
  problems.push(...matchingSample(document, english.sample, validField(document, 'sample', shape.sample)));
  const theme = validField(document, 'theme', shape.theme);
  const claims = theme ? [claim(document, 'theme', english.theme, theme, ['theme'])] : [];
  if (!data || problems.length > 0) return { problems, claims };
  const translation: IssueTranslation = {
    title: data.title,
    theme: data.theme,
    foreword,
    contentWarning: data.contentWarning ?? null,
    pdfUrl: data.pdf ?? null,
    feedbackUrl: data.feedback ?? null,
    review: data.translationReview,
  };
  return { translation, problems, claims };
}

/** A case's `.cy.md`, checked against the English case when that is valid. */
export async function loadCaseTranslation(
  file: string,
  english: CaseStudy | undefined,
): Promise<TranslationResult<CaseTranslation>> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems, claims: [] };
  const document = read.document;
  const { data, problems } = parseFrontMatter(document, caseTranslationFrontMatter);
  const { sections, problems: sectionProblems } = readSections(document, WELSH_CASE_SECTIONS);
  problems.push(...sectionProblems);
  if (!english) return { problems, claims: [] };
  const shape = caseTranslationFrontMatter.shape;
  const englishName = path.basename(englishFileOf(file));
  const id = validField(document, 'id', shape.id);
  if (id !== undefined && id !== english.id) {
    const message = `"${id}" is not the id of ${englishName} ("${english.id}"); a translation keeps its English file’s id`;
    problems.push(document.fieldProblem(['id'], message));
  }
  const factors = validField(document, 'factors', shape.factors);
  if (factors && factors.length !== english.factors.length) {
    const message = `${count(factors.length, 'factor')}; ${englishName} has ${english.factors.length}: give the Welsh name of each, in the same order`;
    problems.push(document.fieldProblem(['factors'], message));
  }
  const keyLearning = validField(document, 'keyLearning', shape.keyLearning);
  if (keyLearning && keyLearning.length !== english.keyLearning.length) {
    const message = `${count(keyLearning.length, 'point')}; ${englishName} has ${english.keyLearning.length}: translate each point, in the same order`;
    problems.push(document.fieldProblem(['keyLearning'], message));
  }
  const questions = validField(document, 'questions', shape.questions) ?? [];
  for (const [audience, [welsh, inEnglish]] of questionCounts(questions, english.questions)) {
    if (welsh === inEnglish || questions.length === 0) continue;
    const message = `${count(welsh, 'question')} for ${audience}; ${englishName} has ${inEnglish}: translate each question, with its audience`;
    problems.push(document.fieldProblem(['questions'], message));
  }
  const claims =
    factors && factors.length === english.factors.length
      ? factors.map((welsh, index) =>
          claim(document, 'factor', english.factors[index]!, welsh, ['factors', index]),
        )
      : [];
  if (!data || problems.length > 0) return { problems, claims };
  const section = (name: (typeof WELSH_CASE_SECTIONS)[number]) =>
    sections.get(name)?.markdown ?? '';
  const translation: CaseTranslation = {
    title: data.title,
    summary: data.summary,
    whatHappened: section('Beth ddigwyddodd'),
    keyLearning: data.keyLearning,
    forceResponse: section('Beth wnaeth yr heddlu'),
    outcomes: section('Canlyniadau i’r swyddogion a’r staff'),
    factors: data.factors,
    questions: data.questions,
    review: data.translationReview,
  };
  return { translation, problems, claims };
}

/** An article's `.cy.md`. */
export async function loadArticleTranslation(
  file: string,
): Promise<TranslationResult<ArticleTranslation>> {
  const read = await readDocument(file);
  if (!read.document) return { problems: read.problems, claims: [] };
  const { data, problems } = parseFrontMatter(read.document, articleTranslationFrontMatter);
  const body = read.document.body.trim();
  if (body === '') {
    problems.push(
      bodyProblem(read.document, 'body', 'missing; write the article below the front matter'),
    );
  }
  if (!data || problems.length > 0) return { problems, claims: [] };
  const translation: ArticleTranslation = {
    title: data.title,
    author: data.author,
    organisation: data.organisation,
    body,
    review: data.translationReview,
  };
  return { translation, problems, claims: [] };
}

/**
 * A problem for each Welsh name that disagrees with an earlier one: an English factor or theme
 * has one Welsh name across the library, and no two share one (filters map one onto the other).
 */
export function glossaryProblems(claims: readonly NameClaim[]): ContentProblem[] {
  const byEnglish = new Map<string, NameClaim>();
  const byWelsh = new Map<string, NameClaim>();
  const problems: ContentProblem[] = [];
  for (const current of claims) {
    const englishKey = `${current.kind}:${current.english.toLowerCase()}`;
    const welshKey = `${current.kind}:${current.welsh.toLowerCase()}`;
    const sameEnglish = byEnglish.get(englishKey);
    const sameWelsh = byWelsh.get(welshKey);
    const field = current.kind === 'factor' ? 'factors' : 'theme';
    if (sameEnglish && sameEnglish.welsh.toLowerCase() !== current.welsh.toLowerCase()) {
      problems.push({
        path: current.path,
        line: current.line,
        field,
        message: `"${current.welsh}" translates the ${current.kind} "${current.english}", which ${sameEnglish.path} calls "${sameEnglish.welsh}"; use one Welsh name for each ${current.kind}`,
      });
    } else if (sameWelsh && sameWelsh.english.toLowerCase() !== current.english.toLowerCase()) {
      problems.push({
        path: current.path,
        line: current.line,
        field,
        message: `"${current.welsh}" already translates the ${current.kind} "${sameWelsh.english}" (${sameWelsh.path}); give "${current.english}" its own Welsh name`,
      });
    }
    if (!byEnglish.has(englishKey)) byEnglish.set(englishKey, current);
    if (!byWelsh.has(welshKey)) byWelsh.set(welshKey, current);
  }
  return problems;
}

function claim(
  document: ContentDocument,
  kind: NameClaim['kind'],
  english: string,
  welsh: string,
  segments: readonly PropertyKey[],
): NameClaim {
  return { kind, english, welsh, path: document.path, line: document.lineOf(segments) };
}

/** Per audience in either language: how many questions the Welsh and the English have. */
function questionCounts(
  welsh: readonly { audience: Audience }[],
  english: readonly { audience: Audience }[],
): Map<Audience, [number, number]> {
  const counts = new Map<Audience, [number, number]>();
  for (const question of english) {
    const [w, e] = counts.get(question.audience) ?? [0, 0];
    counts.set(question.audience, [w, e + 1]);
  }
  for (const question of welsh) {
    const [w, e] = counts.get(question.audience) ?? [0, 0];
    counts.set(question.audience, [w + 1, e]);
  }
  return counts;
}

function count(n: number, noun: string): string {
  return `has ${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** A translation of a sample says so too (`sample: true`), and only then. */
function matchingSample(
  document: ContentDocument,
  english: boolean,
  welsh: boolean | undefined,
): ContentProblem[] {
  if (english && welsh !== true) {
    const message = 'the English issue is a sample (sample: true); write sample: true here too';
    return [document.fieldProblem(['sample'], message)];
  }
  if (!english && welsh === true) {
    const message = 'the English issue is not a sample; remove this line';
    return [document.fieldProblem(['sample'], message)];
  }
  return [];
}

function matchingWarning(
  document: ContentDocument,
  english: string | null,
  welsh: string | null | undefined,
): ContentProblem[] {
  if (english !== null && !welsh) {
    const message = 'missing; the English has a content warning: translate it';
    return [document.fieldProblem(['contentWarning'], message)];
  }
  if (english === null && welsh) {
    const message = 'the English has no content warning; remove this line';
    return [document.fieldProblem(['contentWarning'], message)];
  }
  return [];
}
