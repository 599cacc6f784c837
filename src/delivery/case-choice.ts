import type { CaseStudy, Library } from '../content/model';
import type { Subscription } from '../store/types';

/**
 * The case a channel gets next: the newest case it has been sent least often, within the
 * subscription's themes (every theme when none are chosen). Newest means the newest issue first,
 * then the issue's reading order; so a channel works back from the latest issue through older
 * ones, a newly published issue's cases go first, and no case repeats until every case in the
 * themes has been posted (then it starts again from the newest).
 *
 * `postedCaseIds` holds one entry per earlier post in the channel (repeats included).
 */
export function chooseCase(
  library: Library,
  subscription: Pick<Subscription, 'themes'>,
  postedCaseIds: readonly string[],
): CaseStudy | undefined {
  const themes = new Set(subscription.themes.map(normaliseTheme));
  const timesPosted = new Map<string, number>();
  for (const id of postedCaseIds) timesPosted.set(id, (timesPosted.get(id) ?? 0) + 1);
  let choice: CaseStudy | undefined;
  let fewest = Number.POSITIVE_INFINITY;
  for (const issue of newestFirst(library)) {
    if (themes.size > 0 && !themes.has(normaliseTheme(issue.theme))) continue;
    for (const caseStudy of [...issue.cases].sort((a, b) => a.order - b.order)) {
      const count = timesPosted.get(caseStudy.id) ?? 0;
      if (count < fewest) {
        choice = caseStudy;
        fewest = count;
      }
    }
  }
  return choice;
}

function newestFirst(library: Library) {
  return [...library.issues].sort(
    (a, b) => b.publishedOn.localeCompare(a.publishedOn) || b.number - a.number,
  );
}

function normaliseTheme(theme: string): string {
  return theme.trim().toLowerCase();
}
