import MiniSearch from 'minisearch';
import type { Language } from '../i18n/language';
import { glossaryOf, type Glossary } from './glossary';
import { markdownToText } from './markdown';
import type { Audience, CaseStudy, Library } from './model';
import { issueText, summarizeCase } from './present';
import type { SearchHitView, SearchResultsView } from './views';
import { welshRadicals } from './welsh-terms';

/** What a reader asks for: words (as typed so far) and optional filters. */
export interface SearchQuery {
  text: string;
  /** A theme or factor may be named in English or, where a translation names it, in Welsh. */
  theme?: string;
  factor?: string;
  audience?: Audience;
  /** The language of the hits (default English); the words match either language. */
  language?: Language;
  /** At most this many hits (default 50). */
  limit?: number;
}

/** The text of a case searched by: its English and, when translated, its Welsh. */
interface CaseDocument {
  id: string;
  title: string;
  summary: string;
  keyLearning: string;
  whatHappened: string;
  questions: string;
  factors: string;
  titleCy: string;
  summaryCy: string;
  keyLearningCy: string;
  whatHappenedCy: string;
  questionsCy: string;
  factorsCy: string;
}

type SearchField = Exclude<keyof CaseDocument, 'id'>;

const BOOST: Readonly<Record<SearchField, number>> = {
  title: 5,
  summary: 2,
  factors: 2,
  keyLearning: 1.5,
  questions: 1,
  whatHappened: 1,
  titleCy: 5,
  summaryCy: 2,
  factorsCy: 2,
  keyLearningCy: 1.5,
  questionsCy: 1,
  whatHappenedCy: 1,
};

/** Words too common to search by, in English and in Welsh. */
const STOP_WORDS = new Set(
  `a an and are as at be by did do for from had has have how in is it its of on or that the their
  this to was were what when which who why with you your
  ac am ar beth ble bod drwy dros ei eich ein eu fe fel gan gyda hefyd heb hon hwn hyn hynny i mae
  na nad neu ni nid o oedd oes ond pa pam pan pryd pwy r sut sy sydd trwy wedi wrth y ydy yn yr
  yw`.split(/\s+/),
);

/** The longest search, in characters: longer input is cut to this. */
export const MAX_QUERY_LENGTH = 200;

const indexes = new WeakMap<Library, CaseSearch>();

/** Full-text search over a library's case studies in English and Welsh, built once per library. */
export class CaseSearch {
  private readonly index: MiniSearch<CaseDocument>;
  private readonly library: Library;
  private readonly glossary: Glossary;

  private constructor(library: Library) {
    this.library = library;
    this.glossary = glossaryOf(library);
    this.index = new MiniSearch<CaseDocument>({
      fields: Object.keys(BOOST),
      processTerm: indexTerms,
      searchOptions: {
        boost: BOOST,
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
        combineWith: 'AND',
        processTerm: normalizeTerm,
      },
    });
    this.index.addAll(library.issues.flatMap((issue) => issue.cases.map(toDocument)));
  }

  /** The library's index: built on first use, then shared by everyone who asks. */
  static of(library: Library): CaseSearch {
    let index = indexes.get(library);
    if (!index) {
      index = new CaseSearch(library);
      indexes.set(library, index);
    }
    return index;
  }

  /**
   * Hits ranked by score, in the query's language. With no words, the filtered cases newest issue
   * first; with neither words nor filters, no hits. A Welsh word finds its mutated forms too
   * (`cell` finds `gell` and `nghell`).
   */
  search(query: SearchQuery): SearchResultsView {
    const text = query.text.trim().slice(0, MAX_QUERY_LENGTH);
    const limit = query.limit ?? 50;
    const language = query.language ?? 'en';
    const theme = lowerOrUndefined(query.theme, (name) => this.glossary.themeKey(name));
    const factor = lowerOrUndefined(query.factor, (name) => this.glossary.factorKey(name));
    const { audience } = query;
    const matches = (caseStudy: CaseStudy) =>
      (theme === undefined ||
        this.library.issue(caseStudy.issueNumber)?.theme.toLowerCase() === theme) &&
      (factor === undefined || caseStudy.factors.includes(factor)) &&
      (audience === undefined ||
        caseStudy.audiences.includes(audience) ||
        caseStudy.questions.some((question) => question.audience === audience));
    if (text === '') {
      if (theme === undefined && factor === undefined && audience === undefined) {
        return { query: text, hits: [] };
      }
      const cases = this.library.issues.flatMap((issue) => issue.cases).filter(matches);
      return { query: text, hits: cases.slice(0, limit).map((c) => this.hit(c, 0, language)) };
    }
    const results = this.index.search(text, {
      filter: (result) => matches(this.caseOf(result.id)),
    });
    return {
      query: text,
      hits: results
        .slice(0, limit)
        .map((result) => this.hit(this.caseOf(result.id), result.score, language)),
    };
  }

  private caseOf(id: unknown): CaseStudy {
    return this.library.caseStudy(String(id))!;
  }

  private hit(caseStudy: CaseStudy, score: number, language: Language): SearchHitView {
    const issue = this.library.issue(caseStudy.issueNumber);
    const issueInLanguage = issue ? issueText(issue, language) : undefined;
    return {
      ...summarizeCase(caseStudy, language),
      issueLanguage: issueInLanguage?.language ?? 'en',
      issueTheme: issueInLanguage?.theme ?? '',
      score: Math.round(score * 1000) / 1000,
    };
  }
}

function lowerOrUndefined(value: string | undefined, key: (name: string) => string) {
  const trimmed = value?.trim();
  return trimmed ? key(trimmed).toLowerCase() : undefined;
}

function toDocument(caseStudy: CaseStudy): CaseDocument {
  const welsh = caseStudy.welsh;
  const lines = (items: readonly string[] | undefined) => items?.join('\n') ?? '';
  return {
    id: caseStudy.id,
    title: caseStudy.title,
    summary: caseStudy.summary,
    keyLearning: lines(caseStudy.keyLearning),
    whatHappened: markdownToText(caseStudy.whatHappened),
    questions: lines(caseStudy.questions.map((question) => question.text)),
    factors: lines(caseStudy.factors),
    titleCy: welsh?.title ?? '',
    summaryCy: welsh?.summary ?? '',
    keyLearningCy: lines(welsh?.keyLearning),
    whatHappenedCy: welsh ? markdownToText(welsh.whatHappened) : '',
    questionsCy: lines(welsh?.questions.map((question) => question.text)),
    factorsCy: lines(welsh?.factors),
  };
}

/** A word as searched by: without accents, lower case; null for a stop word. */
function normalizeTerm(term: string): string | null {
  const normalized = term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return STOP_WORDS.has(normalized) ? null : normalized;
}

/** A word as indexed: as searched by, and in a Welsh field also the forms it may mutate from. */
function indexTerms(term: string, fieldName?: string): string | string[] | null {
  const normalized = normalizeTerm(term);
  if (normalized === null || !fieldName?.endsWith('Cy')) return normalized;
  return [normalized, ...welshRadicals(normalized)];
}
