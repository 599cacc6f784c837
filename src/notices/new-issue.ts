import type { Issue } from '../content/model';
import type { GraphOperations } from '../graph/ports';
import { tabDeepLink } from '../links';
import type { Logger } from '../logger';
import type { Store, Team } from '../store/types';
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

/**
 * Tells each subscribed team of a served tenant about a new issue with one activity-feed notice:
 * teams with an active subscription that keeps new-issue notices on, installed before the issue
 * came out. Each (tenant, team, issue) is claimed in the store first, so a notice goes out at
 * most once across restarts and instances; a failed send is logged, not repeated. Safe to call
 * at every start and on every library reload.
 */
export async function announceNewIssue(
  deps: NewIssueNoticeDeps,
  issue: Pick<Issue, 'number' | 'title' | 'theme' | 'publishedOn'>,
): Promise<NoticeCounts> {
  const counts: NoticeCounts = { sent: 0, alreadySent: 0, failed: 0 };
  const publishedBy = Date.parse(`${issue.publishedOn}T00:00:00Z`) + 86_400_000;
  for (const tenant of await deps.store.listTenants()) {
    if (!(await deps.tenants.isAllowed(tenant.id))) continue;
    for (const team of await teamsToTell(deps.store, tenant.id)) {
      if (deps.signal?.aborted) return counts;
      if (team.installedAt.getTime() >= publishedBy) continue;
      if (!(await deps.store.claimNewIssueNotice(tenant.id, team.id, issue.number))) {
        counts.alreadySent += 1;
        continue;
      }
      try {
        await deps.graph.sendActivityNotice(tenant.id, team.graphGroupId!, {
          activityType: NEW_ISSUE_ACTIVITY_TYPE,
          previewText: `Issue ${issue.number}: ${issue.title}`.slice(0, 150),
          webUrl: tabDeepLink(deps.teamsAppId, `/issues/${issue.number}`),
          templateParameters: { issueNumber: String(issue.number), theme: issue.theme },
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

/** Teams still installed, known to Graph, with an active subscription that wants notices. */
async function teamsToTell(store: Store, tenantId: string): Promise<Team[]> {
  const subscriptions = await store.listSubscriptions({ tenantId, status: 'active' });
  const wanting = new Set(subscriptions.filter((s) => s.notifyNewIssues).map((s) => s.teamId));
  const teams = await store.listTeams(tenantId);
  return teams.filter(
    (team) => team.removedAt === null && team.graphGroupId !== null && wanting.has(team.id),
  );
}
