import MiniSearch from 'minisearch';
import { markdownToText } from './markdown';
import type { Audience, CaseStudy, Library } from './model';
import { summarizeCase } from './present';
import type { SearchHitView, SearchResultsView } from './views';

/** What a reader asks for: words (as typed so far) and optional filters. */
export interface SearchQuery {
  text: string;
  theme?: string;
  factor?: string;
  audience?: Audience;
  /** At most this many hits (default 50). */
  limit?: number;
}

interface CaseDocument {
  id: string;
  title: string;
  summary: string;
  keyLearning: string;
  whatHappened: string;
  questions: string;
  factors: string;
}

const BOOST: Readonly<Record<Exclude<keyof CaseDocument, 'id'>, number>> = {
  title: 5,
  summary: 2,
  factors: 2,
  keyLearning: 1.5,
  questions: 1,
  whatHappened: 1,
};

/** Words too common to search by. */
const STOP_WORDS = new Set(
  `a an and are as at be by did do for from had has have how in is it its of on or that the their
  this to was were what when which who why with you your`.split(/\s+/),
);

const MAX_QUERY_LENGTH = 200;

const indexes = new WeakMap<Library, CaseSearch>();

/** Full-text search over a library's case studies, built once per library. */
export class CaseSearch {
  private readonly index: MiniSearch<CaseDocument>;
  private readonly library: Library;

  private constructor(library: Library) {
    this.library = library;
    this.index = new MiniSearch<CaseDocument>({
      fields: Object.keys(BOOST),
      processTerm: normalizeTerm,
      searchOptions: {
        boost: BOOST,
        prefix: true,
        fuzzy: (term) => (term.length >= 5 ? 0.15 : false),
        combineWith: 'AND',
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
   * Hits ranked by score. With no words, the filtered cases newest issue first; with neither
   * words nor filters, no hits.
   */
  search(query: SearchQuery): SearchResultsView {
    const text = query.text.trim().slice(0, MAX_QUERY_LENGTH);
    const limit = query.limit ?? 50;
    const theme = query.theme?.trim().toLowerCase() || undefined;
    const factor = query.factor?.trim().toLowerCase() || undefined;
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
      return { query: text, hits: cases.slice(0, limit).map((c) => this.hit(c, 0)) };
    }
    const results = this.index.search(text, {
      filter: (result) => matches(this.caseOf(result.id)),
    });
    return {
      query: text,
      hits: results.slice(0, limit).map((result) => this.hit(this.caseOf(result.id), result.score)),
    };
  }

  private caseOf(id: unknown): CaseStudy {
    return this.library.caseStudy(String(id))!;
  }

  private hit(caseStudy: CaseStudy, score: number): SearchHitView {
    return {
      ...summarizeCase(caseStudy),
      issueTheme: this.library.issue(caseStudy.issueNumber)?.theme ?? '',
      score: Math.round(score * 1000) / 1000,
    };
  }
}

function toDocument(caseStudy: CaseStudy): CaseDocument {
  return {
    id: caseStudy.id,
    title: caseStudy.title,
    summary: caseStudy.summary,
    keyLearning: caseStudy.keyLearning.join('\n'),
    whatHappened: markdownToText(caseStudy.whatHappened),
    questions: caseStudy.questions.map((question) => question.text).join('\n'),
    factors: caseStudy.factors.join('\n'),
  };
}

function normalizeTerm(term: string): string | null {
  const normalized = term
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
  return STOP_WORDS.has(normalized) ? null : normalized;
}
