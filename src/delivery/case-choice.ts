import type { CaseStudy, Library } from '../content/model';
import { hasQuestionsFor } from '../content/questions';
import type { Subscription } from '../store/types';

/**
 * The case a channel gets next: the newest case it has been sent least often, within the
 * subscription's themes (every theme when none are chosen), and among those, one with questions
 * for the channel's audiences when one remains. Newest means the newest issue first, then the
 * issue's reading order; so a channel works back from the latest issue through older ones, a
 * newly published issue's cases go first, and no case repeats until every case in the themes has
 * been posted (then it starts again from the newest). A control room set to call handlers gets
 * the cases with call-handler questions first; when none is left in the round, the next case not
 * yet posted (its card says whose questions it has).
 *
 * `postedCaseIds` holds one entry per earlier post in the channel (repeats included).
 */
export function chooseCase(
  library: Library,
  subscription: Pick<Subscription, 'themes' | 'audiences'>,
  postedCaseIds: readonly string[],
): CaseStudy | undefined {
  const themes = new Set(subscription.themes.map(normaliseTheme));
  const timesPosted = new Map<string, number>();
  for (const id of postedCaseIds) timesPosted.set(id, (timesPosted.get(id) ?? 0) + 1);
  let choice: { caseStudy: CaseStudy; count: number; forAudiences: boolean } | undefined;
  for (const issue of newestFirst(library)) {
    if (themes.size > 0 && !themes.has(normaliseTheme(issue.theme))) continue;
    for (const caseStudy of [...issue.cases].sort((a, b) => a.order - b.order)) {
      const count = timesPosted.get(caseStudy.id) ?? 0;
      const forAudiences = hasQuestionsFor(caseStudy.questions, subscription.audiences);
      const better =
        !choice ||
        count < choice.count ||
        (count === choice.count && forAudiences && !choice.forAudiences);
      if (better) choice = { caseStudy, count, forAudiences };
    }
  }
  return choice?.caseStudy;
}

function newestFirst(library: Library) {
  return [...library.issues].sort(
    (a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.number - a.number,
  );
}

function normaliseTheme(theme: string): string {
  return theme.trim().toLowerCase();
}
