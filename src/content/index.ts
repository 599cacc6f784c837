export * from './model';
export type * from './views';
export { loadLibrary, CASE_SECTIONS, type LoadOptions, type LoadResult } from './loader';
export { createLibrary, libraryCounts } from './library';
export { markdownToHtml, markdownToText } from './markdown';
export { caseText, issueText, presentLibrary, summarizeCase, type LibraryViews } from './present';
export { glossaryOf, type Glossary } from './glossary';
export { hasQuestionsFor, questionsFor, type ChosenQuestions } from './questions';
export { CaseSearch, type SearchQuery } from './search';
export { InvalidContentError } from './problems';
export {
  LibrarySource,
  createSnapshot,
  type ContentSnapshot,
  type LibraryChangeListener,
  type LibrarySourceOptions,
} from './source';
