/**
 * The tab's sub-pages, shared by the bot (which builds deep links on cards) and the tab (which
 * opens them). A sub-page is the hash route without `#`: `/cases/44-3`, `/issues/43`, or, from a
 * channel post, `/cases/44-3?team=<graph group id>&channel=<channel id>&thread=<root message id>`.
 */

export interface ThreadRef {
  /** The team's Graph group id. */
  team: string;
  channel: string;
  /** The root message id of the thread the bot posted. */
  thread: string;
}

export type SubPage =
  | { view: 'latest' }
  | { view: 'library' }
  | { view: 'issue'; issueNumber: number }
  | { view: 'case'; caseId: string; thread: ThreadRef | null };

const caseIdPattern = /^\d{1,4}-\d{1,3}$/;

/** The sub-page of a case, optionally naming the channel thread it was opened from. */
export function caseSubPage(caseId: string, thread?: ThreadRef): string {
  if (!thread) return `/cases/${caseId}`;
  const query = new URLSearchParams({
    team: thread.team,
    channel: thread.channel,
    thread: thread.thread,
  });
  return `/cases/${caseId}?${query.toString()}`;
}

/** Parses a sub-page or hash route; anything unknown is the latest issue. */
export function parseSubPage(value: string | null | undefined): SubPage {
  const raw = (value ?? '').replace(/^#/, '');
  const [path = '', queryString = ''] = raw.split('?', 2);
  const segments = path.split('/').filter((segment) => segment !== '');
  if (segments[0] === 'library' && segments.length === 1) return { view: 'library' };
  if (segments[0] === 'issues' && segments.length === 2 && /^\d{1,4}$/.test(segments[1]!)) {
    return { view: 'issue', issueNumber: Number(segments[1]) };
  }
  if (segments[0] === 'cases' && segments.length === 2 && caseIdPattern.test(segments[1]!)) {
    const query = new URLSearchParams(queryString);
    const team = query.get('team');
    const channel = query.get('channel');
    const thread = query.get('thread');
    return {
      view: 'case',
      caseId: segments[1]!,
      thread: team && channel && thread ? { team, channel, thread } : null,
    };
  }
  return { view: 'latest' };
}

/** The deep link that opens the personal tab on a sub-page (design contract). */
export function tabDeepLink(teamsAppId: string, subPage: string): string {
  const context = encodeURIComponent(JSON.stringify({ subEntityId: subPage }));
  return `https://teams.microsoft.com/l/entity/${teamsAppId}/library?context=${context}`;
}
