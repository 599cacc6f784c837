import type { Issue } from '../content/model';
import type { GraphOperations } from '../graph/ports';
import { textFor } from '../i18n';
import { languagesOfPost, type Language, type PostLanguage } from '../i18n/language';
import { tabDeepLink } from '../links';
import type { Logger } from '../logger';
import type { Store, Subscription, Team } from '../store/types';
import type { TenantAccess } from '../tenants/access';

/** The activity type declared in the app manifest (`activities.activityTypes`). */
export const NEW_ISSUE_ACTIVITY_TYPE = 'newIssuePublished';

export interface NewIssueNoticeDeps {
  store: Store;
  graph: Pick<GraphOperations, 'sendActivityNotice'>;
  tenants: TenantAccess;
  logger: Logger;
  teamsAppId: string;
  /** Stops between teams when aborted (the service is shutting down). */
  signal?: AbortSignal;
}

export interface NoticeCounts {
  sent: number;
  /** Already claimed by an earlier run or another instance. */
  alreadySent: number;
  failed: number;
}

/** What a notice says of an issue: its number, title and theme, in English and perhaps Welsh. */
export type AnnouncedIssue = Pick<Issue, 'number' | 'title' | 'theme' | 'publishedOn' | 'welsh'>;

/**
 * Tells each subscribed team of a served tenant about a new issue with one activity-feed notice,
 * in the language of the team's weekly post: teams with an active subscription that keeps
 * new-issue notices on, installed before the issue came out. Each (tenant, team, issue) is
 * claimed in the store first, so a notice goes out at most once across restarts and instances; a
 * failed send is logged, not repeated. Safe to call at every start and on every library reload.
 */
export async function announceNewIssue(
  deps: NewIssueNoticeDeps,
  issue: AnnouncedIssue,
): Promise<NoticeCounts> {
  const counts: NoticeCounts = { sent: 0, alreadySent: 0, failed: 0 };
  const publishedBy = Date.parse(`${issue.publishedOn}T00:00:00Z`) + 86_400_000;
  for (const tenant of await deps.store.tenants.list()) {
    if (!(await deps.tenants.isAllowed(tenant.id))) continue;
    for (const { team, language } of await teamsToTell(deps.store, tenant.id)) {
      if (deps.signal?.aborted) return counts;
      if (team.installedAt.getTime() >= publishedBy) continue;
      if (!(await deps.store.claims.newIssueNotice(tenant.id, team.id, issue.number))) {
        counts.alreadySent += 1;
        continue;
      }
      try {
        await deps.graph.sendActivityNotice(tenant.id, team.graphGroupId!, {
          activityType: NEW_ISSUE_ACTIVITY_TYPE,
          ...noticeText(issue, language),
          webUrl: tabDeepLink(deps.teamsAppId, `/issues/${issue.number}`),
        });
        counts.sent += 1;
      } catch (error) {
        counts.failed += 1;
        deps.logger.warn(
          { err: error, tenantId: tenant.id, teamId: team.id, issue: issue.number },
          'new-issue notice failed',
        );
      }
    }
  }
  deps.logger.info({ issue: issue.number, ...counts }, 'new-issue notices');
  return counts;
}

/**
 * The notice's preview and its template's theme in the team's language(s): the issue's Welsh
 * where it has a translation, both (Welsh first) for a bilingual team.
 */
function noticeText(issue: AnnouncedIssue, postLanguage: PostLanguage) {
  const languages = languagesOfPost(postLanguage);
  const inEach = (say: (language: Language) => string) =>
    [...new Set(languages.map(say))].join(' · ');
  const text = (language: Language) => (language === 'cy' ? (issue.welsh ?? issue) : issue);
  const previewText = inEach((language) =>
    textFor('common', language).text('issue.heading', {
      number: issue.number,
      title: text(language).title,
    }),
  );
  const theme = inEach((language) => text(language).theme);
  return {
    previewText: previewText.slice(0, 150),
    templateParameters: { issueNumber: String(issue.number), theme },
  };
}

/**
 * Teams still installed, known to Graph, with an active subscription that wants notices, with
 * the language of their posts (both, when their channels' posts differ).
 */
async function teamsToTell(
  store: Store,
  tenantId: string,
): Promise<{ team: Team; language: PostLanguage }[]> {
  const subscriptions = await store.subscriptions.list({ tenantId, status: 'active' });
  const wanting = new Map<string, Subscription[]>();
  for (const subscription of subscriptions.filter((s) => s.notifyNewIssues)) {
    wanting.set(subscription.teamId, [...(wanting.get(subscription.teamId) ?? []), subscription]);
  }
  const teams = await store.teams.list(tenantId);
  return teams
    .filter((team) => team.removedAt === null && team.graphGroupId !== null)
    .flatMap((team) => {
      const languages = new Set(wanting.get(team.id)?.map((s) => s.postLanguage));
      if (languages.size === 0) return [];
      const language: PostLanguage = languages.size === 1 ? [...languages][0]! : 'bilingual';
      return [{ team, language }];
    });
}
