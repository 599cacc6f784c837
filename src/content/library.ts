import type { CaseStudy, Issue, Library, Poll } from './model';

/** A `Library` over validated issues: newest first, deeply frozen, with lookups by number and id. */
export function createLibrary(issues: readonly Issue[], polls: readonly Poll[] = []): Library {
  const sorted = [...issues].sort((a, b) => b.number - a.number).map(deepFreeze);
  const byNumber = new Map(sorted.map((issue) => [issue.number, issue]));
  const byId = new Map<string, CaseStudy>(
    sorted.flatMap((issue) => issue.cases.map((caseStudy) => [caseStudy.id, caseStudy] as const)),
  );
  const distinct = (values: string[]) => Object.freeze([...new Set(values)].sort());
  return Object.freeze({
    issues: Object.freeze(sorted),
    polls: Object.freeze(
      [...polls].sort((a, b) => a.opensOn.localeCompare(b.opensOn)).map(deepFreeze),
    ),
    latest: sorted[0],
    issue: (number: number) => byNumber.get(number),
    caseStudy: (id: string) => byId.get(id),
    themes: distinct(sorted.map((issue) => issue.theme)),
    factors: distinct(sorted.flatMap((issue) => issue.cases.flatMap((c) => c.factors))),
  });
}

/** Counts for log lines and the validator's summary, with the Welsh translations. */
export function libraryCounts(library: Library): {
  issues: number;
  cases: number;
  questions: number;
  /** Files translated into Welsh (issues, cases and articles). */
  translations: number;
  /** Of those, the ones a Welsh translator has still to review. */
  translationsToReview: number;
  /** Issues whose pack has the issue as published (`issue.pdf`). */
  publishedPdfs: number;
} {
  const cases = library.issues.flatMap((issue) => issue.cases);
  const translations = library.issues.flatMap((issue) => [
    issue.welsh,
    ...issue.cases.map((caseStudy) => caseStudy.welsh),
    ...issue.articles.map((article) => article.welsh),
  ]);
  const translated = translations.filter((translation) => translation !== undefined);
  return {
    issues: library.issues.length,
    cases: cases.length,
    questions: cases.reduce((sum, caseStudy) => sum + caseStudy.questions.length, 0),
    translations: translated.length,
    translationsToReview: translated.filter((translation) => translation.review === 'needed')
      .length,
    publishedPdfs: library.issues.filter((issue) => issue.publishedPdf !== null).length,
  };
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
