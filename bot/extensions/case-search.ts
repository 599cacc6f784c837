import type { MessagingExtensionResponse, TurnContext } from 'botbuilder';
import { AUDIENCES, type CaseStudy, type Library } from '../../src/content/model';
import { CaseSearch, MAX_QUERY_LENGTH } from '../../src/content/search';
import type { Language } from '../../src/i18n/language';
import type { BotDeps } from '../deps';
import { botText } from '../text';
import { answerServedForce, caseAttachment, listResult, messageResult } from './results';
import { readCaseQuery, type CaseQuery } from './search-query';

/**
 * `composeExtension/query`: the compose box's search over every case study (the tab's search:
 * words in English or Welsh, a factor, an audience), answered with case cards (Adaptive Card
 * 1.5) carrying the questions for the audience chosen, or every audience's. Before anything is
 * typed, the latest issue's cases.
 */
export function answerCaseSearch(
  deps: BotDeps,
  context: TurnContext,
  value: unknown,
): Promise<MessagingExtensionResponse> {
  return answerServedForce(deps, context, (language) => {
    const t = botText(language);
    const reading = readCaseQuery(value);
    if (!reading.ok) {
      return messageResult(
        t.text(`extension.problem.${reading.problem}`, { max: MAX_QUERY_LENGTH }),
      );
    }
    const { query } = reading;
    const library = deps.library();
    const found = casesFor(library, query, language).slice(query.skip, query.skip + query.count);
    if (found.length === 0) {
      return messageResult(t.text(library.latest ? 'extension.none' : 'latest.none'));
    }
    const audiences = query.audience ? [query.audience] : AUDIENCES;
    return listResult(
      found.flatMap((caseStudy) => {
        const issue = library.issue(caseStudy.issueNumber);
        return issue
          ? [caseAttachment(deps, { issue, caseStudy, audiences, language, version: '1.5' })]
          : [];
      }),
    );
  });
}

/** The cases a query finds, best first, as far as the page it asks for. */
function casesFor(library: Library, query: CaseQuery, language: Language): CaseStudy[] {
  if (query.initialRun || (!query.words && !query.factor && !query.audience)) {
    return library.latest?.cases ?? [];
  }
  const { hits } = CaseSearch.of(library).search({
    text: query.words,
    ...(query.factor ? { factor: query.factor } : {}),
    ...(query.audience ? { audience: query.audience } : {}),
    language,
    limit: query.skip + query.count,
  });
  return hits.flatMap((hit) => library.caseStudy(hit.id) ?? []);
}
